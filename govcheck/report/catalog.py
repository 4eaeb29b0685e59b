"""The rule catalog as text, JSON or Markdown; `explain`; docs/rules.md and docs/facts.md.

Regenerate the docs with `python -m govcheck.report.catalog`.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .. import safe
from ..catalog.properties import PROPERTIES
from ..catalog.requirements import citation_groups, text_in
from ..document.items import DOCUMENT_TYPES
from ..terms import severity_word


def _rule_rows(settings):
    for rule_id, rule in settings.catalog.rules.items():
        yield rule, rule_id in settings.enabled, settings.severity_of(rule_id)


def _types(rule) -> str:
    if rule.types == DOCUMENT_TYPES:
        return "all"
    short = {"allocation_letter": "AL", "disposition_letter": "DL", "business_plan": "BP"}
    return ", ".join(short[t] for t in rule.types)


def render(settings, output_format: str, lang: str) -> str:
    if output_format == "json":
        return json.dumps([_rule_dict(rule, enabled, severity, settings)
                           for rule, enabled, severity in _rule_rows(settings)],
                          ensure_ascii=False, indent=2) + "\n"
    if output_format == "markdown":
        return rules_markdown(settings, lang)
    lines = []
    for rule, enabled, severity in _rule_rows(settings):
        state = "" if enabled else (" (av)" if lang == "nb" else " (off)")
        lines.append(f"{rule.id:<10} {severity_word(severity, lang):<11} {rule.area:<7} "
                     f"{safe.text(rule.title[lang])}{state}\n"
                     f"{'':<30}{safe.text(rule.citation_text(lang))}")
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
    catalog = settings.catalog
    out = ["# Rule catalog", "",
           "Generated from `rules/*.yaml` by `python -m govcheck.report.catalog`; "
           "do not edit by hand.", ""]
    for area in catalog.areas():
        out += [f"## {area}", "", "| id | severity | types | checks | parameters | citation |",
                "| --- | --- | --- | --- | --- | --- |"]
        for rule in catalog.rules.values():
            if rule.area != area:
                continue
            params = ", ".join(
                f"`{name}` = {safe.markdown(json.dumps(catalog.parameters[name].default))}"
                for name in rule.parameters)
            out.append(f"| {rule.id} | {rule.severity} | {_types(rule)} "
                       f"| {safe.markdown(rule.title[lang])} "
                       f"| {params} | {safe.markdown(rule.citation_text(lang))} |")
        out.append("")
    return "\n".join(out)


def facts_markdown() -> str:
    out = ["# Facts the rules read", "",
           "Generated from `govcheck/catalog/properties.py` by "
           "`python -m govcheck.report.catalog`; do not edit by hand. Every fact also has "
           "`kind`.", ""]
    for kind, properties in PROPERTIES.items():
        out += [f"## `{kind}`", "", "| property | type | meaning |", "| --- | --- | --- |"]
        out += [f"| `{name}` | {kind_} | {meaning} |"
                for name, (kind_, meaning) in properties.items()]
        out.append("")
    return "\n".join(out)


def explain(rule, settings, lang: str) -> str:
    nb = lang == "nb"
    catalog = settings.catalog
    heading = {
        "rationale": "Begrunnelse" if nb else "Rationale",
        "citation": "Grunnlag" if nb else "Basis",
        "parameters": "Parametere" if nb else "Parameters",
        "remediation": "Slik retter du det" if nb else "How to fix it",
        "example": "Eksempel som bryter regelen" if nb else "Example that breaks the rule",
        "types": "Gjelder" if nb else "Applies to",
    }
    values = settings.parameter_values
    out = [f"{rule.id}  {safe.text(rule.title[lang])}",
           f"{severity_word(settings.severity_of(rule.id), lang)} · {rule.area} · "
           f"{heading['types']}: {_types(rule)}", ""]
    out += [heading["rationale"], textwrap.fill(safe.text(rule.rationale[lang]), 88), ""]
    out.append(heading["citation"] + (f" ({', '.join(rule.requirements)})"
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
        out.append(heading["parameters"])
        for name in rule.parameters:
            parameter = catalog.parameters[name]
            default = json.dumps(parameter.default, ensure_ascii=False)
            current = json.dumps(values[name], ensure_ascii=False)
            shown = default if current == default else f"{current} (default {default})"
            out.append(f"  {name} = {safe.text(shown)}")
            if parameter.description:
                out.append(f"    {safe.text(parameter.description[lang])}")
            source = parameter.source
            source = text_in(source, lang) if isinstance(source, dict) else source
            out.append(f"    {'Kilde' if nb else 'Source'}: {safe.text(source)}")
        out.append("")
    out += [heading["remediation"], textwrap.fill(safe.text(rule.remediation[lang]), 88), ""]
    out += [heading["example"], textwrap.indent(safe.text_block(rule.example.rstrip()), "  "), ""]
    return "\n".join(out)


def write_docs(root: Path) -> None:
    from ..run.config import default_settings

    (root / "docs" / "rules.md").write_text(rules_markdown(default_settings()), encoding="utf-8")
    (root / "docs" / "facts.md").write_text(facts_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write_docs(Path(__file__).resolve().parents[2])
