"""An annual report read against the plan of the letters it answers (annual.letter_plan):
one fact per styringsparameter, oppdrag and rapporteringskrav of the letters, and one per
entry of the report that answers something the letters never asked.

Whether a resultatkrav is missed follows FOLLOW001: a shortfall beyond the larger of the
shared `tolerance` and `relative_tolerance` × |target| (govcheck thresholds the user can
change; format 2 has no tolerance of the letter's own). A target without a period is read
as the letter's year.
"""

from __future__ import annotations

from ..document.periods import parse_period
from .annual import _listed
from .follow_up import shortfall
from .values import is_number, is_text, new_fact

STATUSES = ("done", "partly", "not_done")


def _entries(data: dict, key: str, reference: str) -> tuple[list, bool]:
    """As annual._listed; an entry that does not say what it answers (`reference` null)
    may answer any of them, so the list is not complete either."""
    entries, complete = _listed(data, key)
    return entries, complete and not any(e.get(reference, 0) is None for _, e in entries)


def _by_reference(entries: list, key: str) -> dict:
    found: dict = {}
    for index, entry in entries:
        if isinstance(entry.get(key), str):
            found.setdefault(entry[key], (index, entry))
    return found


def comparison_facts(data: dict, year, plan: dict, tolerance: float,
                     relative: float) -> list[dict]:
    facts = []
    results, complete = _entries(data, "results", "indicator")
    reported = _by_reference(results, "indicator")
    for identifier, indicator in plan["indicators"].items():
        facts.append(_indicator_fact(identifier, indicator, reported.get(identifier), complete,
                                     year, (tolerance, relative)))
    facts += _status_facts(data, plan)
    facts += _answer_facts(data, plan)
    facts += _unasked(results, "results", "indicator", plan["indicators"], "indicator")
    return facts


def _indicator_fact(identifier: str, indicator: dict, found, complete: bool, year,
                    limits: tuple) -> dict:
    path = ("results", found[0]) if found else ("results",)
    fact = new_fact("indicator_result", path, identifier, key=f":{identifier}",
                    name=indicator["name"], goal=indicator["goal"],
                    parent_document=indicator["document"],
                    goal_title=indicator["goal_title"], reported=found is not None)
    if indicator["unit"]:
        fact["unit"] = indicator["unit"]
    target = _applicable_target(indicator, year)
    if target is not None:
        fact["target_value"], fact["target_period"] = target[0], target[2]
    if found is None:
        fact["attainment"] = "not_reported"
        if not complete:
            fact["unknown"] = ["reported"]
        return fact
    entry = found[1]
    fact["explained"] = is_text(entry.get("explanation"))
    if "explanation" in entry and entry["explanation"] is None:
        fact["unknown"] = ["explained"]  # the report explains; this file lacks the text
    fact["assessed"] = is_text(entry.get("assessment"))
    if fact["assessed"]:
        fact["assessment"] = entry["assessment"]
    if fact["explained"]:
        fact["explanation"] = entry["explanation"]
    figures = entry.get("values")
    if "values" in entry and (figures is None or isinstance(figures, list) and None in figures):
        _unknown(fact, "unit_matches")  # figures the file does not hold
        _unknown(fact, "period_matches")
    figures = [f for f in figures if isinstance(f, dict)] if isinstance(figures, list) else None
    if figures:
        _units(fact, indicator["unit"], figures)
    fact["attainment"] = "not_judged"
    if target is None:
        _stated_attainment(fact, entry, _worded_requirement(indicator, year))
        return fact
    if figures is None:
        _unknown(fact, "missed")
        return fact
    same = [f for f in figures if parse_period(f.get("period")) == target[1]]
    if not same and any(f.get("period", 0) is None for f in figures):
        _unknown(fact, "period_matches")  # a figure without its period may be the target's
        _unknown(fact, "missed")
        return fact
    if not same:
        if any(is_number(f.get("value")) for f in figures):
            fact["period_matches"] = False
            fact["reported_periods"] = [str(f.get("period")) for f in figures]
        _unknown(fact, "missed")
        return fact
    value = same[0].get("value")
    gap = shortfall(indicator["direction"], target[0], value) if is_number(value) else None
    if gap is None:  # the figure or the direction is not stated
        fact["period_matches"] = True
        _unknown(fact, "missed")
        return fact
    allowed = max(limits[0], round(limits[1] * abs(target[0]), 9))
    fact.update(result_value=value, shortfall=gap, allowed_shortfall=allowed,
                target_direction=indicator["direction"], missed=gap > allowed,
                period_matches=True)
    fact["attainment"] = "not_met" if fact["missed"] else "met"
    return fact


# The report's own word on a qualitative or milestone resultatkrav (`results[].attainment`)
STATED = {"achieved": "met", "partly": "partly", "not_achieved": "not_met"}


def _stated_attainment(fact: dict, entry: dict, requirement: dict | None) -> None:
    """A resultatkrav in words or a milestone is judged by what the report says of it:
    achieved, partly or not achieved. A report that says nothing (no `attainment`)
    leaves the requirement unanswered (REPORT013); `attainment: null` says the report
    answers but this file lacks it (not reviewed). Not or only partly achieved needs an
    explanation as a missed figure does (REPORT014)."""
    if requirement is None:  # no resultatkrav for the year: nothing to judge
        return
    fact["requirement_kind"] = requirement["kind"]
    if requirement["description"]:
        fact["target_description"] = requirement["description"]
    stated = entry.get("attainment")
    if stated in STATED:
        fact.update(attainment_stated=True, attainment=STATED[stated],
                    stated_missed=stated != "achieved")
    elif "attainment" in entry and stated is None:
        _unknown(fact, "attainment_stated")
        _unknown(fact, "stated_missed")
    else:
        fact.update(attainment_stated=False, attainment="not_stated")


def _worded_requirement(indicator: dict, year) -> dict | None:
    """The first qualitative or milestone target for the report's year (one without a
    period is the letter's year)."""
    for target in indicator["targets"] or ():
        if target["kind"] == "numeric":
            continue
        period = parse_period(target["period"]) if target["period"] else None
        if target["period"] is None or (period is not None and period.year == year):
            return target
    return None


def _unknown(fact: dict, name: str) -> None:
    fact["unknown"] = sorted(set(fact.get("unknown", ())) | {name})


def _units(fact: dict, unit, figures: list) -> None:
    given = [f["unit"] for f in figures if isinstance(f.get("unit"), str)]
    if unit and given:
        wrong = [u for u in given if u != unit]
        fact["unit_matches"] = not wrong
        if wrong:
            fact["reported_unit"] = wrong[0]
    if not fact.get("reported_unit") and any(f.get("unit", 0) is None for f in figures):
        fact.pop("unit_matches", None)  # a unit not stated may be another
        _unknown(fact, "unit_matches")


def _applicable_target(indicator: dict, year) -> tuple | None:
    """(value, period, period text) of the first numeric target for the report's year."""
    for target in indicator["targets"] or ():
        if target["kind"] != "numeric" or target["value"] is None:
            continue
        text = target["period"] or (str(year) if year is not None else None)
        period = parse_period(text)
        if period is not None and year is not None and period.year == year:
            return target["value"], period, text
    return None


def _status_facts(data: dict, plan: dict) -> list[dict]:
    entries, complete = _entries(data, "assignment_status", "assignment")
    given = _by_reference(entries, "assignment")
    facts = []
    for identifier, assignment in plan["assignments"].items():
        found = given.get(identifier)
        path = ("assignment_status", found[0]) if found else ("assignment_status",)
        fact = new_fact("assignment_result", path, identifier, key=f":{identifier}",
                        title=assignment["title"], parent_document=assignment["document"])
        status = found[1].get("status") if found else None
        fact["has_status"] = status in STATUSES
        if status in STATUSES:
            fact["status"] = status
        if found and is_text(found[1].get("comment")):
            fact["comment"] = found[1]["comment"]
        stated_null = found is not None and "status" in found[1] and status is None
        if stated_null or (not found and not complete):
            fact["unknown"] = ["has_status"]
        facts.append(fact)
    return facts + _unasked(entries, "assignment_status", "assignment", plan["assignments"],
                            "assignment")


def _answer_facts(data: dict, plan: dict) -> list[dict]:
    """Rapporteringskrav the annual report must answer: those of kind annual_report."""
    entries, complete = _entries(data, "reporting_answers", "requirement")
    given = _by_reference(entries, "requirement")
    facts = []
    for identifier, requirement in plan["reporting"].items():
        if requirement["kind"] != "annual_report":
            continue
        found = given.get(identifier)
        path = ("reporting_answers", found[0]) if found else ("reporting_answers",)
        answer = found[1].get("answer") if found else None
        fact = new_fact("requirement_answer", path, identifier, key=f":{identifier}",
                        description=requirement["description"],
                        parent_document=requirement["document"],
                        answered=found is not None and answer != "")
        if not found and not complete:
            fact["unknown"] = ["answered"]
        facts.append(fact)
    return facts + _unasked(entries, "reporting_answers", "requirement", plan["reporting"],
                            "reporting")


def _unasked(entries: list, section: str, key: str, known: dict, what: str) -> list[dict]:
    return [new_fact("unasked_item", (section, index), entry[key], named=entry[key], what=what,
                     unasked=True)
            for index, entry in entries
            if isinstance(entry.get(key), str) and entry[key] not in known]
