"""The rule catalog as text, JSON or Markdown; `explain`; docs/rules.md, facts.md, messages.md.

Regenerate the docs with `python -m govcheck.report.catalog`.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .. import safe
from ..catalog.known import unknown_when
from ..catalog.properties import PROPERTIES
from ..catalog.requirements import citation_groups, text_in
from ..document.items import ALL_TYPES
from ..terms import LANGS, known, pick, severity_word, term
from .unstated import phrase
from .words import CATALOG


def _rule_rows(settings):
    for rule_id, rule in settings.catalog.rules.items():
        yield rule, rule_id in settings.enabled, settings.severity_of(rule_id)


def _types(rule, lang: str = "en") -> str:
    if rule.types == ALL_TYPES:
        return "all" if lang == "en" else CATALOG[known(lang)]["all"]
    if lang == "en":
        short = {"allocation_letter": "AL", "disposition_letter": "DL", "business_plan": "BP",
                 "annual_report": "AR", "supplementary_allocation_letter": "SL"}
        return ", ".join(short[t] for t in rule.types)
    return ", ".join(term(t, lang) for t in rule.types)


def render(settings, output_format: str, lang: str) -> str:
    if output_format == "json":
        return json.dumps([_rule_dict(rule, enabled, severity, settings)
                           for rule, enabled, severity in _rule_rows(settings)],
                          ensure_ascii=False, indent=2) + "\n"
    if output_format == "markdown":
        return rules_markdown(settings, lang)
    off = f" ({CATALOG[known(lang)]['off']})"
    lines = []
    for rule, enabled, severity in _rule_rows(settings):
        lines.append(f"{rule.id:<10} {severity_word(severity, lang):<16} {rule.area:<7} "
                     f"{safe.text(pick(rule.title, lang))}{'' if enabled else off}\n"
                     f"{'':<35}{safe.text(rule.citation_text(lang))}")
    return "\n".join(lines) + "\n"


def _rule_dict(rule, enabled, severity, settings) -> dict:
    values = settings.parameter_values
    return {
        "id": rule.id, "area": rule.area, "severity": severity,
        "default_severity": rule.severity, "enabled": enabled, "types": list(rule.types),
        "title": rule.title, "requirements": list(rule.requirements),
        "citation": rule.citation, "citation_text": rule.citation_text("en"),
        "parameters": {name: values[name] for name in rule.parameters},
        "rationale": rule.rationale, "remediation": rule.remediation,
    }


def rules_markdown(settings, lang: str = "en") -> str:
    """The catalog as Markdown tables; rule texts (users' rule files too) are escaped."""
    catalog, words = settings.catalog, CATALOG[known(lang)]
    heads = " | ".join(words[k] for k in ("id", "severity", "types", "checks", "parameters",
                                          "citation"))
    out = [f"# {words['catalog']}", "", words["generated"], ""]
    for area in catalog.areas():
        out += [f"## {area}", "", f"| {heads} |", "| --- | --- | --- | --- | --- | --- |"]
        for rule in catalog.rules.values():
            if rule.area != area:
                continue
            params = ", ".join(
                f"`{name}` = {safe.markdown(json.dumps(catalog.parameters[name].default))}"
                for name in rule.parameters)
            severity = rule.severity if lang == "en" else severity_word(rule.severity, lang)
            out.append(f"| {rule.id} | {severity} | {_types(rule, lang)} "
                       f"| {safe.markdown(pick(rule.title, lang))} "
                       f"| {params} | {safe.markdown(rule.citation_text(lang))} |")
        out.append("")
    return "\n".join(out)


def facts_markdown() -> str:
    out = ["# Facts the rules read", "",
           "Generated from `govcheck/catalog/properties.py` by "
           "`python -m govcheck.report.catalog`; do not edit by hand. Every fact also has "
           "`kind`.", "",
           "When a rule cannot judge an item because the document leaves a property "
           "unknown, the text, HTML and JUnit outputs say «dokumentet oppgir ikke …» "
           "(nn «dokumentet oppgir ikkje …», en «the document does not state …») with the "
           "words of the last column, nb / nn / en (`govcheck/report/unstated.py`).", ""]
    out += ["A property is *unknown* when the document writes null what it is computed from "
            "(column «unknown when»); a rule whose condition the unknown leaves undecided "
            "reports the item as not reviewed (docs/rule-authoring.md). An empty cell: the "
            "property is never unknown.", ""]
    for kind, properties in PROPERTIES.items():
        out += [f"## `{kind}`", "", "| property | type | meaning | unknown when | not stated |",
                "| --- | --- | --- | --- | --- |"]
        out += [f"| `{name}` | {kind_} | {meaning} | {unknown_when(kind, name)} | "
                f"{_not_stated(kind, name)} |"
                for name, (kind_, meaning) in properties.items()]
        out.append("")
    return "\n".join(out)


def _not_stated(kind: str, name: str) -> str:
    said = [phrase(kind, name, lang) for lang in LANGS]
    return " / ".join(said) if all(said) else ""


def explain(rule, settings, lang: str) -> str:
    words = CATALOG[known(lang)]
    catalog = settings.catalog
    values = settings.parameter_values
    out = [f"{rule.id}  {safe.text(pick(rule.title, lang))}",
           f"{severity_word(settings.severity_of(rule.id), lang)} · {rule.area} · "
           f"{words['applies_to']}: {_types(rule, lang)}", ""]
    out += [words["rationale"], textwrap.fill(safe.text(pick(rule.rationale, lang)), 88), ""]
    out.append(words["citation_heading"] + (f" ({', '.join(rule.requirements)})"
                                            if rule.requirements else ""))
    for group in citation_groups(rule.citation, lang):
        for item in group["items"]:
            out.append(f"  {group['label']}: {safe.text(item['text'])}")
            if item["url"]:
                out.append(f"    {safe.text(item['url'])}")
    if rule.citation.get("note"):
        out.append("  " + safe.text(text_in(rule.citation["note"], lang)))
    out.append("")
    if rule.parameters:
        out.append(words["parameters_heading"])
        for name in rule.parameters:
            out += _parameter_lines(catalog.parameters[name], values[name], words, lang)
        out.append("")
    out += [words["remediation"], textwrap.fill(safe.text(pick(rule.remediation, lang)), 88),
            ""]
    out += [words["example"], textwrap.indent(safe.text_block(rule.example.rstrip()), "  "), ""]
    return "\n".join(out)


def _parameter_lines(parameter, value, words: dict, lang: str) -> list[str]:
    default = json.dumps(parameter.default, ensure_ascii=False)
    current = json.dumps(value, ensure_ascii=False)
    shown = default if current == default else \
        f"{current} ({words['default'].format(value=default)})"
    lines = [f"  {parameter.name} = {safe.text(shown)}"]
    if parameter.description:
        lines.append(f"    {safe.text(pick(parameter.description, lang))}")
    source = parameter.source
    source = pick(source, lang) if isinstance(source, dict) else source
    lines.append(f"    {words['source']}: {safe.text(source)}")
    return lines


def write_docs(root: Path) -> None:
    from ..run.config import default_settings

    (root / "docs" / "rules.md").write_text(rules_markdown(default_settings()), encoding="utf-8")
    (root / "docs" / "facts.md").write_text(facts_markdown(), encoding="utf-8")
    from ..terms import glossary_markdown

    (root / "docs" / "glossary.md").write_text(glossary_markdown(), encoding="utf-8")
    from .messages_doc import messages_markdown

    (root / "docs" / "messages.md").write_text(messages_markdown(default_settings().catalog),
                                               encoding="utf-8")
    from .requirements import markdown, rows

    (root / "docs" / "requirements.md").write_text(
        markdown(rows(default_settings().catalog)), encoding="utf-8")


if __name__ == "__main__":
    write_docs(Path(__file__).resolve().parents[2])
