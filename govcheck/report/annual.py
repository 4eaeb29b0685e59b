"""The annual report's own pages: goal attainment, a chart per styringsparameter, the
oppdrag and the parts checklist. Built only from the facts the checker made
(catalog/annual.py, catalog/attainment.py); nothing is judged here.
"""

from __future__ import annotations

from govcheck.i18n import N_, NP_, Texts

from ..catalog.annual import PARTS, TITLES
from ..numbers import number as locale_number
from ..numbers import with_unit
from ..terms import known
from . import charts

WORDS = Texts({
    "attainment": N_("Goal attainment"),
    "goal": N_("Goal"),
    "indicator": N_("Indicator"),
    "requirement": N_("Result requirement"),
    "result": N_("Reported result"),
    "state": N_("Assessment"),
    "explanation": N_("Explanation"),
    "met": NP_("WORDS.met", "met"),
    "not_met": NP_("WORDS.not_met", "not met"),
    "not_reported": N_("not reported"),
    "not_judged": N_("not reviewed"),
    "unknown": N_("not stated"),
    "partly_met": N_("partly met"),
    "not_stated": N_("not stated in the report"),
    "by_report": N_("by the report"),
    "none": "–",
    "no_letter": N_("The letter the report answers was not checked with it; goal attainment is "
                    "not reviewed."),
    "attainment_note": N_("A result requirement counts as not met when the shortfall exceeds the "
                          "deviation limit (a configurable govcheck threshold); the letter "
                          "states no limit of its own. A result requirement in words or a "
                          "milestone is judged by what the report itself says (met, partly "
                          "met, not met); govcheck does not read the text. «Not reviewed»: no "
                          "requirement for the year, or the figure, period or direction is not "
                          "stated in the file."),
    "charts": N_("Result against requirement"),
    "target": NP_("WORDS.target", "target"),
    "assignments": N_("Assignments"),
    "assignment": N_("Assignment"),
    "status": N_("Status"),
    "comment": N_("Comment"),
    "done": N_("done"),
    "partly": N_("partly done"),
    "not_done": N_("not done"),
    "no_status": N_("no status"),
    "parts": N_("Parts of the annual report"),
    "part": N_("Part"),
    "prescribed": N_("Prescribed name"),
    "written": N_("Name in the report"),
    "present": N_("Present"),
    "title_ok": N_("Right name"),
    "order_ok": N_("Order"),
    "signed": N_("Signed and dated"),
    "yes": N_("yes"),
    "no": N_("no"),
})


def annual_section(result, lang: str) -> dict | None:
    """The annual report's pages for one checked document, or None for other types."""
    if result.document_type != "annual_report":
        return None
    lang = known(lang)
    words = WORDS[lang]
    facts = result.facts or []
    rows = [_attainment_row(f, words, lang) for f in facts if f["kind"] == "indicator_result"]
    return {
        "w": words, "rows": rows, "compared": bool(rows) or "REPORT006" not in
        result.not_reviewed,
        "charts": [_chart(f, words, lang) for f in facts if f["kind"] == "indicator_result"
                   and "target_value" in f and "result_value" in f],
        "assignments": [_assignment_row(f, words) for f in facts
                        if f["kind"] == "assignment_result"],
        "parts": [_part_row(f, words) for f in facts if f["kind"] == "report_part"],
    }


def _value(value, unit, lang: str) -> str:
    return with_unit(value, unit, lang) if unit else locale_number(value, lang)


def _attainment_row(fact: dict, words: dict, lang: str) -> dict:
    unit = fact.get("unit")
    requirement = words["none"]
    if "target_value" in fact:
        requirement = f"{_value(fact['target_value'], unit, lang)} ({fact['target_period']})"
    elif "requirement_kind" in fact:  # in words or a milestone: the letter's own words
        requirement = fact.get("target_description") or words["none"]
    state = fact["attainment"]
    if "result_value" in fact:
        result = _value(fact["result_value"], unit, lang)
    elif "requirement_kind" in fact and fact["reported"]:
        result = fact.get("assessment") or words["none"]  # the report's own assessment
    elif fact["reported"] and "target_value" in fact:
        result = words["unknown"]
    else:
        result = words["none"]
    word = words["partly_met" if state == "partly" else state]
    if fact.get("attainment_stated"):
        word += f" ({words['by_report']})"
    return {"goal": fact.get("goal_title") or fact.get("goal", ""), "id": fact["target"],
            "name": fact.get("name", ""), "requirement": requirement, "result": result,
            "state": state, "state_word": word, "explanation": fact.get("explanation", "")}


def _chart(fact: dict, words: dict, lang: str) -> dict:
    met = not fact["missed"]
    point = [(str(fact["target_period"]), fact["result_value"], met)]
    return {"id": fact["target"], "name": fact.get("name", ""),
            "svg": charts.series_chart(point, fact["target_value"], words["target"],
                                       f"{fact['target']}: {fact.get('name', '')}",
                                       lambda v: locale_number(v, lang), width=200,
                                       height=120)}


def _assignment_row(fact: dict, words: dict) -> dict:
    status = fact.get("status")
    return {"id": fact["target"], "title": fact.get("title", ""),
            "state": status or "none",
            "state_word": words[status] if status else words["no_status"],
            "comment": fact.get("comment", "")}


def _part_row(fact: dict, words: dict) -> dict:
    def mark(key):
        return "" if key not in fact else (words["yes"] if fact[key] else words["no"])

    signed = ""
    if fact["signature_needed"] and fact["present"]:
        signed = words["yes"] if fact.get("signed") and fact.get("dated") else words["no"]
    present = words["unknown"] if "present" in fact.get("unknown", ()) else (
        words["yes"] if fact["present"] else words["no"])
    return {"part": fact["part"], "prescribed": TITLES[fact["part"]][0].capitalize(),
            "written": fact.get("title", ""), "present": present,
            "title_ok": mark("title_recognised"), "order_ok": mark("in_order"),
            "signed": signed, "order": PARTS.index(fact["part"])}
