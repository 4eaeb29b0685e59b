"""docs/messages.md: every message govcheck writes, in nb, nn and en side by side.

Rule messages are filled with one realistic set of values (NAV-like figures), so a
Norwegian reader can review the whole catalog's language in one sitting. Regenerate with
`python -m govcheck.report.catalog`; tests/test_docs.py fails when the page is stale.
"""

from __future__ import annotations

from govcheck.i18n import DOMAIN, LOCALE_DIR, N_, Texts, gettext

from ..catalog.messages import placeholders, render
from ..catalog.rule_text import RULE_TEXT
from ..cli_help import FRAME
from ..document.load_text import LOAD_TEXT
from ..document.migrate import MIGRATE_TEXT
from ..document.validate import SCHEMA_TEXT
from ..run.config import CONFIG_TEXT
from ..run.ruletest import FIXTURE_TEXT
from ..terms import LANGS, SEVERITY_WORDS, TERMS, pick, severity_word, term
from ..usage import USAGE_TEXT
from ..views.diff.text import _WORDS as DIFF
from ..views.portfolio_text import WORDS as HEADINGS
from ..workbook.texts import WORKBOOK_TEXT
from .not_reviewed import WHY
from .unstated import UNSTATED, sentence
from .words import AREAS, CATALOG, PORTFOLIO, REPORT, TEXT

# One value per placeholder name; a rule naming another fails tests/test_language.py.
EXAMPLE = {
    "target": "G2", "goal": "G1", "parent": "G1", "parent_goal": "HM1",
    "parent_document": "AID-NAV-2025", "previous_document": "NAV-VIK-2024",
    "year": 2026, "parent_year": 2025, "issuer": "NAV Vestland",
    "parent_recipient": "Arbeids- og velferdsdirektoratet", "post": "605.01",
    "children_count": 2, "children_total": 43_000_000, "parent_amount": 42_000_000,
    "named": "AID-NAV-2026", "relation": "parent", "rules": "CASC001, CASC002",
    "contributes_to": "AID-NAV-2025#HM3", "identifier": "I4", "reference": "G9",
    "files": "b.yaml", "high_from": 12, "high_basis": "agreed_tolerance",
    "amended_by": ["AID-NAV-2025-S1"],
    "where": "risks[2].goals[0]",
    "wanted": "goal", "found_as": Texts(N_("the id belongs to: indicator")),
    "rule": "MRS009", "waived_target": "G3",
    "expires": "2025-06-30", "count": 2, "lines": [41, 87], "level": 3, "level_step": 2,
    "chain": "activity", "parent_chain": "output", "treatment": "accept",
    "missing_info": ["frequency"], "missing_perspectives": ["employee", "finance"],
    "output_goal_count": 0, "outcome_goal_count": 4, "goal_count": 23, "level1_count": 7,
    "level1_standing_count": 7, "date": "2026-03-23",
    "indicator_count": 6, "assignment_count": 14, "kept_indicator_count": 5,
    "previous_indicator_count": 12, "goal_change": -3, "indicator_change": 4,
    "governance_meetings_in_year": 1, "complete_measure_count": 0, "score": 16,
    "max_risk_score": 20, "max_threat_score": 16, "high_risk_score": 15,
    "latest_period": "2025-T2", "latest_value": 56, "target_value": 75, "unit": "percent",
    "tolerance": 0, "uncorrected_miss_run": 3, "miss_run_first": "2024-T3",
    "miss_run_last": "2025-T2", "address": "605/01", "amount": 24_000_000,
    "spent": 14_350_000, "expected": 12_000_000, "spending_period": "2025-06",
    "spending_deviation": 0.1958, "budget_tolerance": 0.1, "share": 0.286,
    "material_share": 0.25, "activity_share": 0.4, "max_activity_share": 0.3,
    "assignment_growth": 0.75, "max_assignment_growth": 0.5, "kept_indicator_share": 5 / 12,
    "min_kept_share": 0.7, "steering_change": 1, "spending_problem": "overspent",
    "deadline_problem": "no_deadline", "allowed_shortfall": 4.75,
    "target_direction": "higher_is_better",
    "treatment_gaps": ["treatment_choice", "complete_measure"],
    "part": "III", "preceding": "IV", "title": "Regnskapet", "signed": True, "dated": False,
    "name": "Andel tilsyn med reaksjon", "result_value": 61, "target_period": "2025",
    "reported_unit": "count", "reported_periods": ["2025-T2"], "what": "indicator",
    "residual_score": 12, "tolerance_score": 9, "missing_phases": ["implementation", "evaluation"],
    "missing_parts": ["evaluation_period"],
    "detail": {lang: words["unknown"].format(
        where="goals[0]", key="titel", allowed="chain, description, id, level, title")
        for lang, words in SCHEMA_TEXT.items()},
}

# A placeholder two rules read differently: RELATED001 names a document, REPORT012 an item.
RULE_EXAMPLE = {"REPORT012": {"named": "SP9"}}


def _row(cells) -> str:
    return "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _table(first: str, rows) -> list[str]:
    return [_row([first, "nb", "nn", "en"]), "| --- | --- | --- | --- |",
            *(_row(row) for row in rows), ""]


# Values for the placeholders of the other tables; a {name} left is one this page lacks.
FIELDS = {
    "where": "goals[3]", "key": "titel", "allowed": "chain, description, id, level, title",
    "value": '"2016-13-01"', "choices": "monthly, tertial, quarterly, annual", "limit": 5,
    "keys": "'value' eller 'description'", "message": "…", "known": "select, ignore, …",
    "directory": "/srv/regler", "name": "max_top_goals", "rule": "MRS001",
    "reason": "Permission denied", "expected": "et heltall", "files": 3,
    "parts": "2 feil, 1 advarsel, 0 til orientering", "n": 3, "file": "brev.yaml",
    "rules": "STAB001, STAB002", "what": "fjorårets dokument", "named": "KD-X-2024",
    "ids": "SD-SJT-2012", "date": "30. juni 2016", "high": 15, "middle": 8, "high_less": 14,
    "met": 1, "total": 3, "names": "max_goals", "top": 6, "all": 21, "ministry": "KMD",
    "old": "70", "new": "75", "added": 1, "removed": 0, "changed": 2, "label": "tittel",
    "choices_p": "user, production", "kinds": "en tekst", "bound": "høyst", "hint": "…",
    "problem": "…", "source": "govcheck.yaml", "limit_bytes": 67108864, "why": "…",
    "sheet": "Målene", "first": "Mål", "ref": "B2:B3", "text": "Titel", "path": "goals",
    "id": "G9", "period": "2015-03", "count": 600, "size": 52428800, "ratio": 1000,
    "part": "xl/media/image1.png", "row": 4, "indicator": "I4",
    "fact": "goal", "detail": "…", "found": 2, "weight": 10, "factor": 4,
}


class _Fill(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _filled(text) -> str:
    if isinstance(text, tuple):
        return " / ".join(text)
    return text.format_map(_Fill(FIELDS)) if isinstance(text, str) else str(text)


def _words(table: dict) -> list[tuple]:
    return [(key, *(_filled(table[lang][key]) for lang in LANGS)) for key in table["nb"]]


def _catalog_rows(*sources: str) -> list[tuple]:
    """The texts of the gettext catalogs that these source files mark: (English, nb, nn, en)."""
    from babel.messages.pofile import read_po

    with open(LOCALE_DIR / "nb" / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as file:
        found = read_po(file)
    return [(m.id, *(gettext(lang, m.id) for lang in LANGS)) for m in found
            if m.id and not m.context and any(where in sources for where, _ in m.locations)]


def rule_rows(catalog, values: dict) -> list[tuple]:
    rows = []
    for rule in catalog.rules.values():
        filled = {**{name: p.default for name, p in catalog.parameters.items()}, **EXAMPLE,
                  **RULE_EXAMPLE.get(rule.id, {})}
        rows.append((f"{rule.id} {pick(rule.title, 'nb')}",
                     *(render(pick(rule.message, lang), filled, lang) for lang in LANGS)))
    return rows


def missing_examples(catalog) -> set[str]:
    """Placeholders of rule messages that have neither an example nor a parameter."""
    named = set().union(*(placeholders(t) for r in catalog.rules.values()
                          for t in r.message.values()))
    return named - set(EXAMPLE) - set(catalog.parameters)


def messages_markdown(catalog) -> str:
    out = ["# Every message in nb, nn and en", "",
           "Generated by `python -m govcheck.report.catalog` from the rule files and the text "
           "tables (see docs/terminology.md); do not edit by hand. Rule messages are filled "
           "with one example set of values; the other texts with example values too (the same "
           "values in every language).", ""]
    out += ["## Rule messages", ""] + _table("rule", rule_rows(catalog, EXAMPLE))
    out += ["## Severity words", ""] + _table("severity", [
        (s, *(f"{severity_word(s, lang, 1)} / {severity_word(s, lang, 2)}" for lang in LANGS))
        for s in SEVERITY_WORDS])
    out += ["## Terms of the format", ""] + _table("word", [
        (word, *(term(word, lang) for lang in LANGS)) for word in TERMS["nb"]])
    out += ["## Requirement areas", ""] + _table("area", [
        (code, *(names[lang] for lang in LANGS)) for code, names in AREAS.items()])
    sections = [("Format errors (SCHEMA details)", SCHEMA_TEXT),
                ("Configuration errors", CONFIG_TEXT),
                ("Errors reading a file (documents, baselines)", LOAD_TEXT),
                ("Usage errors", USAGE_TEXT), ("Rule file errors", RULE_TEXT),
                ("Rule fixture errors (`rules test`)", FIXTURE_TEXT),
                ("`migrate` errors", MIGRATE_TEXT), ("CLI summary", TEXT),
                ("Why a rule was not reviewed", WHY),
                ("`rules` and `explain`", CATALOG), ("Audit report", REPORT),
                ("Portfolio report", PORTFOLIO), ("Portfolio table", HEADINGS),
                ("`diff`", DIFF), ("Workbooks that cannot be read", WORKBOOK_TEXT),
                ("`--help`: the words around the texts", FRAME)]
    for heading, table in sections:
        out += [f"## {heading}", ""] + _table("key", _words(table))
    out += ["## `--help`", ""] + _table("English", _catalog_rows(
        "govcheck/cli.py", "govcheck/workbook/commands.py"))
    return "\n".join(out + _unstated_section())


def _unstated_section() -> list[str]:
    """Items not reviewed: the sentence for each property (`kind.property`: for that fact
    kind only), and one naming three."""
    several = ("document", ("activity_share", "goal_count", "level1_count"))
    rows = []
    for key in UNSTATED["nb"]:
        kind, _, name = key.rpartition(".")
        rows.append((key, *(sentence(kind, (name,), lang) for lang in LANGS)))
    rows.append((f"{several[0]}: {', '.join(several[1])}",
                 *(sentence(*several, lang) for lang in LANGS)))
    return ["## What a document does not state (items not reviewed)", "",
            *_table("property", rows)]
