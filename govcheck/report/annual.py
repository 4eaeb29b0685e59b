"""The annual report's own pages: goal attainment, a chart per styringsparameter, the
oppdrag and the parts checklist. Built only from the facts the checker made
(catalog/annual.py, catalog/attainment.py); nothing is judged here.
"""

from __future__ import annotations

from ..catalog.annual import PARTS, TITLES
from ..numbers import number as locale_number
from ..numbers import with_unit
from ..terms import known
from . import charts

WORDS = {
    "nb": {
        "attainment": "Måloppnåelse", "goal": "Mål", "indicator": "Styringsparameter",
        "requirement": "Resultatkrav", "result": "Rapportert resultat", "state": "Vurdering",
        "explanation": "Forklaring", "met": "nådd", "not_met": "ikke nådd",
        "not_reported": "ikke rapportert", "not_judged": "ikke vurdert",
        "partly_met": "delvis nådd", "not_stated": "ikke oppgitt i rapporten",
        "by_report": "ifølge rapporten", "unknown": "ikke oppgitt", "none": "–",
        "no_letter": "Brevet rapporten svarer på, er ikke med i kontrollen; måloppnåelsen er "
                     "ikke vurdert.",
        "attainment_note": "Et resultatkrav regnes som ikke nådd når avviket er større enn "
                           "avviksgrensen (govcheck-terskel som kan endres); brevet oppgir "
                           "ingen grense selv. Et resultatkrav i ord eller en milepæl vurderes "
                           "etter det rapporten selv sier (nådd, delvis nådd, ikke nådd); "
                           "govcheck vurderer ikke teksten. «Ikke vurdert»: ikke noe krav for "
                           "året, eller tallet, perioden eller retningen er ikke oppgitt i "
                           "filen.",
        "charts": "Resultat mot resultatkrav", "target": "krav",
        "assignments": "Oppdrag", "assignment": "Oppdrag", "status": "Status",
        "comment": "Kommentar", "done": "utført", "partly": "delvis utført",
        "not_done": "ikke utført", "no_status": "ingen status",
        "parts": "Årsrapportens deler", "part": "Del", "prescribed": "Foreskrevet navn",
        "written": "Navn i rapporten", "present": "Finnes", "title_ok": "Riktig navn",
        "order_ok": "Rekkefølge", "signed": "Signert og datert", "yes": "ja", "no": "nei",
    },
    "nn": {
        "attainment": "Måloppnåing", "goal": "Mål", "indicator": "Styringsparameter",
        "requirement": "Resultatkrav", "result": "Rapportert resultat", "state": "Vurdering",
        "explanation": "Forklaring", "met": "nådd", "not_met": "ikkje nådd",
        "not_reported": "ikkje rapportert", "not_judged": "ikkje vurdert",
        "partly_met": "delvis nådd", "not_stated": "ikkje oppgitt i rapporten",
        "by_report": "ifølgje rapporten", "unknown": "ikkje oppgitt", "none": "–",
        "no_letter": "Brevet rapporten svarar på, er ikkje med i kontrollen; måloppnåinga er "
                     "ikkje vurdert.",
        "attainment_note": "Eit resultatkrav blir rekna som ikkje nådd når avviket er større "
                           "enn avviksgrensa (govcheck-terskel som kan endrast); brevet oppgir "
                           "inga grense sjølv. Eit resultatkrav i ord eller ein milepæl blir "
                           "vurdert etter det rapporten sjølv seier (nådd, delvis nådd, ikkje "
                           "nådd); govcheck vurderer ikkje teksten. «Ikkje vurdert»: ikkje noko "
                           "krav for året, eller talet, perioden eller retninga er ikkje oppgitt "
                           "i fila.",
        "charts": "Resultat mot resultatkrav", "target": "krav",
        "assignments": "Oppdrag", "assignment": "Oppdrag", "status": "Status",
        "comment": "Kommentar", "done": "utført", "partly": "delvis utført",
        "not_done": "ikkje utført", "no_status": "ingen status",
        "parts": "Delane i årsrapporten", "part": "Del", "prescribed": "Føreskrive namn",
        "written": "Namn i rapporten", "present": "Finst", "title_ok": "Rett namn",
        "order_ok": "Rekkjefølgje", "signed": "Signert og datert", "yes": "ja", "no": "nei",
    },
    "en": {
        "attainment": "Goal attainment", "goal": "Goal", "indicator": "Indicator",
        "requirement": "Result requirement", "result": "Reported result", "state": "Assessment",
        "explanation": "Explanation", "met": "met", "not_met": "not met",
        "not_reported": "not reported", "not_judged": "not reviewed",
        "partly_met": "partly met", "not_stated": "not stated in the report",
        "by_report": "by the report", "unknown": "not stated", "none": "–",
        "no_letter": "The letter the report answers was not checked with it; goal attainment "
                     "is not reviewed.",
        "attainment_note": "A result requirement counts as not met when the shortfall exceeds "
                           "the deviation limit (a configurable govcheck threshold); the letter "
                           "states no limit of its own. «Not reviewed»: no numeric requirement "
                           "for the year, or the figure, period or direction is not stated.",
        "charts": "Result against requirement", "target": "target",
        "assignments": "Assignments", "assignment": "Assignment", "status": "Status",
        "comment": "Comment", "done": "done", "partly": "partly done",
        "not_done": "not done", "no_status": "no status",
        "parts": "Parts of the annual report", "part": "Part", "prescribed": "Prescribed name",
        "written": "Name in the report", "present": "Present", "title_ok": "Right name",
        "order_ok": "Order", "signed": "Signed and dated", "yes": "yes", "no": "no",
    },
}


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
