"""`govcheck requirements`: the requirement register with the rules that check each
requirement and its coverage; docs/requirements.md is generated from it.

JSON format (documented in docs/requirements.md): {"format": "govcheck-requirements",
"version": 1, "language", "summary": {coverage: count}, "requirements": [...]}.
"""

from __future__ import annotations

import json

from govcheck.i18n import N_, Texts

from ..catalog.requirements import read_register, text_in, words
from ..resources import resource_dir
from ..run.summary import STATUSES, rules_status
from ..terms import known
from .words import REPORT

FORMAT_VERSION = 1
COVERAGE = ("covered", "partly", "not_covered", "not_expressible")
_COVERAGE_WORDS = Texts({
    "covered": N_("covered"),
    "partly": N_("partly covered"),
    "not_covered": N_("not covered by any rule"),
    "not_expressible": N_("not expressible in the format"),
})
_KIND_WORDS = Texts({
    "law": N_("law"),
    "regulation": N_("regulation"),
    "provisions": N_("provisions"),
    "guidance": N_("guidance"),
    "study": N_("study"),
    "practice": N_("practice"),
    "govcheck": N_("govcheck format"),
})
# Coverage is counted apart per group: a binding requirement covered is not the same as a
# study's figure or govcheck's own format rows (review of catalog 2, §4.2).
GROUPS = {"binding": ("law", "regulation", "provisions"), "guidance": ("guidance",),
          "studies_and_practice": ("study", "practice"), "govcheck": ("govcheck",)}
_GROUP_WORDS = Texts({
    "binding": N_("Binding requirements (law, regulation, provisions)"),
    "guidance": N_("Guidance"),
    "studies_and_practice": N_("Studies and practice"),
    "govcheck": N_("govcheck's own format"),
    "all": N_("All rows"),
})
_STATUS_WORDS = Texts({
    "wording_read": N_("wording read"),
    "section_from_secondary": N_("from a secondary source"),
    "unconfirmed": N_("unconfirmed"),
})


def coverage(requirement: dict, rules: list) -> str:
    if requirement["checkable"] == "none":
        return "not_expressible"
    if not rules:
        return "not_covered"
    return "partly" if requirement["checkable"] == "partial" else "covered"


def rows(catalog) -> list[dict]:
    """One row per requirement of the shipped register, in register order."""
    register = read_register(str(resource_dir("rules")))
    checked_by: dict[str, list] = {}
    for rule in catalog.rules.values():
        for requirement_id in rule.requirements:
            checked_by.setdefault(requirement_id, []).append(rule.id)
    out = []
    for requirement_id, requirement in register["requirements"].items():
        instrument = register["instruments"][requirement["instrument"]]
        rules = sorted(checked_by.get(requirement_id, []))
        out.append({"id": requirement_id, "requirement": requirement,
                    "instrument": instrument, "rules": rules,
                    "coverage": coverage(requirement, rules)})
    return out


def _place(row: dict, lang: str) -> str:
    section = row["requirement"]["section"]
    section = text_in(section, lang) if isinstance(section, dict) else section
    unit = row["instrument"]["unit"]
    if not section:
        return ""
    if unit == "paragraph":
        return f"§ {section}"
    return f"{words(lang)[unit]} {section}" if unit in ("point", "chapter") else section


def _json_row(row: dict, lang: str) -> dict:
    requirement, instrument = row["requirement"], row["instrument"]
    entry = {
        "id": row["id"], "kind": instrument["kind"],
        "instrument": text_in(instrument["name"], lang), "place": _place(row, lang),
        "status": requirement["status"], "edition": instrument["edition"],
        "types": requirement["types"],
        "paraphrase": text_in(requirement["paraphrase"], lang),
        "rules": row["rules"], "coverage": row["coverage"],
    }
    if "gap" in requirement:
        entry["gap"] = text_in(requirement["gap"], lang)
    if instrument.get("url"):
        entry["url"] = instrument["url"]
    return entry


def summary(table: list) -> dict:
    return {state: sum(1 for row in table if row["coverage"] == state) for state in COVERAGE}


def summary_by_group(table: list) -> dict:
    """Coverage counted within each group of sources (GROUPS)."""
    return {group: summary([row for row in table if row["instrument"]["kind"] in kinds])
            for group, kinds in GROUPS.items()}


def _summary_lines(table: list, lang: str) -> list[str]:
    """One line per group and one for all rows: «Bindende krav …: dekket: 3, … (22)»."""
    cover, names = _COVERAGE_WORDS[lang], _GROUP_WORDS[lang]
    groups = {**summary_by_group(table), "all": summary(table)}
    return [f"{names[group]}: " + ", ".join(f"{cover[state]}: {counts[state]}"
                                             for state in COVERAGE)
            + f" ({sum(counts.values())})" for group, counts in groups.items()]


def render(catalog, output_format: str, lang: str) -> str:
    table = rows(catalog)
    if output_format == "json":
        return json.dumps({"format": "govcheck-requirements", "version": FORMAT_VERSION,
                           "language": lang, "summary": summary(table),
                           "summary_by_group": summary_by_group(table),
                           "requirements": [_json_row(r, lang) for r in table]},
                          ensure_ascii=False, indent=2) + "\n"
    if output_format == "markdown":
        return markdown(table, lang)
    cover, kinds, status = _COVERAGE_WORDS[lang], _KIND_WORDS[lang], _STATUS_WORDS[lang]
    lines = []
    for row in table:
        place = _place(row, lang)
        lines.append(f"{row['id']:<12} {kinds[row['instrument']['kind']]:<15} "
                     f"{cover[row['coverage']]:<30} {', '.join(row['rules']) or '–'}")
        lines.append(f"{'':<13}{text_in(row['instrument']['name'], lang)}"
                     f"{' ' + place if place else ''} ({status[row['requirement']['status']]})")
    lines.append("")
    lines += _summary_lines(table, lang)
    return "\n".join(lines) + "\n"


_MD = Texts((
    N_("# Requirement register"),
    N_("Generated from `rules/requirements.yaml` by `python -m govcheck.report.catalog`; do not "
       "edit by hand."),
    (
        N_("id"),
        N_("kind"),
        N_("source and place"),
        N_("status"),
        N_("requirement"),
        N_("rules"),
        N_("coverage"),
    ),
))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(table: list, lang: str = "en") -> str:
    title, note, heads = _MD.get(lang, _MD["en"])
    cover, kinds, status = _COVERAGE_WORDS[lang], _KIND_WORDS[lang], _STATUS_WORDS[lang]
    out = [title, "", note, ""] + [f"- {line}" for line in _summary_lines(table, lang)] + ["",
           "| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
    for row in table:
        requirement, instrument = row["requirement"], row["instrument"]
        place = _place(row, lang)
        source = text_in(instrument["name"], lang) + (f", {place}" if place else "")
        claim = text_in(requirement["paraphrase"], lang)
        if "gap" in requirement:
            claim += f" *{text_in(requirement['gap'], lang)}*"
        out.append("| " + " | ".join(_cell(c) for c in (
            row["id"], kinds[instrument["kind"]], source, status[requirement["status"]], claim,
            ", ".join(row["rules"]) or "–", cover[row["coverage"]])) + " |")
    out += ["", _JSON_DOC.get(lang, _JSON_DOC["en"]), ""]
    return "\n".join(out)


_JSON_DOC = Texts(N_("## JSON (`govcheck requirements --format json`)\n\n`{\"format\": "
   "\"govcheck-requirements\", \"version\": 1, \"language\", \"summary\", "
   "\"summary_by_group\",\n\"requirements\"}`. `summary` counts requirements per coverage "
   "(`covered`, `partly`,\n`not_covered`, `not_expressible`); `summary_by_group` counts the "
   "same within `binding` (law,\nregulation, provisions), `guidance`, `studies_and_practice` "
   "and `govcheck`. Each\nrequirement has `id`, `kind` (`law`, `regulation`, `provisions`, "
   "`guidance`, `study`,\n`practice`, `govcheck`), `instrument`, `place` (with its unit "
   "word),\n`status` (`wording_read`, `section_from_secondary`, `unconfirmed`), `edition` (a "
   "date we saw,\nor null), `types` (`all` or document types), `paraphrase`, `rules` (ids), "
   "`coverage`, and\nwhen present `gap` and `url`. A change that removes or renames a key "
   "raises `version`."))


_TRACE_WORDS = Texts({
    "title": N_("Traceability: requirements, rules and result"),
    "requirement": N_("Requirement"),
    "source": N_("Source and place"),
    "rules": N_("Rules"),
    "result": N_("Result"),
    "note": N_("Every requirement in govcheck's register with the rules that test it. “Not "
               "covered by any rule” means govcheck did not test the requirement, not that it is "
               "met. Rules with findings are marked *, rules that could not judge everything ?."),
})


def requirement_result(result, rule_ids: list) -> str:
    """met / not_met / not_reviewed / nothing_to_assess / not_applicable for one requirement,
    judged like the report's requirement areas (run/summary.py); not_covered when no rule
    tests it."""
    catalog = result.settings.catalog
    rules = [catalog.rules[r] for r in rule_ids if r in catalog.rules]
    return rules_status(result, rules) if rules else "not_covered"


def traceability(result, lang: str) -> dict:
    """The report's traceability table for one checked document."""
    with_findings = {f.rule for f in result.active}
    unjudged = set(result.not_reviewed) | {item.rule for item in result.unreviewed_items} | \
        set(result.open_sections)
    out = []
    for row in rows(result.settings.catalog):
        requirement, instrument = row["requirement"], row["instrument"]
        place = _place(row, lang)
        out.append({
            "id": row["id"], "paraphrase": text_in(requirement["paraphrase"], lang),
            "source": text_in(instrument["name"], lang) + (f", {place}" if place else ""),
            "rules": [r + ("*" if r in with_findings else "") + ("?" if r in unjudged else "")
                      for r in row["rules"]],
            "state": requirement_result(result, row["rules"]),
        })
    lang = known(lang)
    states = {state: REPORT[lang][state] for state in STATUSES}  # as the areas say them
    return {"rows": out, "words": {**_TRACE_WORDS[lang], **states,
                                   "not_covered": _COVERAGE_WORDS[lang]["not_covered"]}}
