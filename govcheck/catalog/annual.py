"""Annual reports (årsrapporter): the six parts, and the report read against the letters
it answers (the allocation letter and its supplements, merged into one plan).

The part names are those of the provisions as DFØ quotes them; the nynorsk forms are
govcheck's own rendering (no nynorsk edition of the provisions was read).
"""

from __future__ import annotations

import re

from ..document.items import items
from .values import is_number, is_text, iso_date, new_fact, whole_number

PARTS = ("I", "II", "III", "IV", "V", "VI")
SIGNED_PARTS = ("I", "VI")
TITLES = {
    "I": ("leders beretning", "leiaren si melding", "leiars melding", "leiar si melding"),
    "II": ("introduksjon til virksomheten og hovedtall",
           "introduksjon til verksemda og hovudtal"),
    "III": ("årets aktiviteter og resultater", "årets aktivitetar og resultat"),
    "IV": ("styring og kontroll i virksomheten", "styring og kontroll i verksemda"),
    "V": ("vurdering av framtidsutsikter", "vurdering av fremtidsutsikter"),
    "VI": ("årsregnskap", "årsrekneskap"),
}
_LEADING_NUMBER = re.compile(r"^(?:del\s+)?(?:i|ii|iii|iv|v|vi)\s*[.:)–-]?\s+")


def normal_title(text: str) -> str:
    """Lower case, single spaces, a leading «Del III» or «III.» left out."""
    text = " ".join(text.lower().split())
    return _LEADING_NUMBER.sub("", text)


def part_of_title(text) -> str | None:
    if not is_text(text):
        return None
    plain = normal_title(text)
    return next((part for part, names in TITLES.items() if plain in names), None)


def _listed(data: dict, key: str):
    """(entries that are mappings, whether the list is complete): None or a null entry
    says the rest was not retrieved."""
    value = data.get(key)
    if value is None and key in data:
        return [], False
    if not isinstance(value, list):
        return [], True
    return ([(i, e) for i, e in enumerate(value) if isinstance(e, dict)],
            None not in value)


def part_facts(data: dict) -> list[dict]:
    """One fact per prescribed part: present, titled, in order, signed."""
    entries, complete = _listed(data, "parts")
    # a part known by neither number nor title may be any of them
    complete = complete and not any(e.get("number") not in PARTS and e.get("title", 0) is None
                                    for _, e in entries)
    position: dict[str, tuple[int, dict]] = {}
    for index, entry in entries:
        numeral = entry.get("number") if entry.get("number") in PARTS \
            else part_of_title(entry.get("title"))
        if numeral and numeral not in position:
            position[numeral] = (index, entry)
    facts, previous = [], None
    for numeral in PARTS:
        found = position.get(numeral)
        path = ("parts", found[0]) if found else ("parts",)
        fact = new_fact("report_part", path, f"part-{numeral}", key=f":{numeral}",
                        part=numeral, present=found is not None,
                        signature_needed=numeral in SIGNED_PARTS)
        if found:
            index, entry = found
            fact["title"] = entry.get("title") if is_text(entry.get("title")) else ""
            fact["title_recognised"] = part_of_title(entry.get("title")) == numeral
            fact["signed"] = is_text(entry.get("signed_by"))
            fact["dated"] = iso_date(entry.get("signed_on")) is not None
            unknown = _nulls(entry, {"signed_by": "signed", "signed_on": "dated",
                                     "title": "title_recognised"})
            if not complete:  # a part the file does not name may stand before it
                unknown.append("in_order")
            if unknown:
                fact["unknown"] = unknown
            if previous is not None:
                fact["in_order"] = index > position[previous][0]
                fact["preceding"] = previous
            previous = numeral
        elif not complete:  # the part may be in the report: nothing about it is known
            fact["unknown"] = ["present", "signed", "dated", "title_recognised", "in_order"]
        facts.append(fact)
    return facts


def _nulls(entry: dict, names: dict) -> list[str]:
    """Properties whose key is written `null`: stated in the report, not known here."""
    return [prop for key, prop in names.items() if key in entry and entry[key] is None]


def report_fact(data: dict, meta: dict) -> dict:
    """The report as a whole: is it dated?"""
    fact = new_fact("annual_report", ("document",), meta.get("id"),
                    dated=iso_date(meta.get("date")) is not None)
    if _nulls(meta, {"date": "dated"}):
        fact["unknown"] = ["dated"]
    return fact


# --- the letter's side -----------------------------------------------------------------


def letter_plan(data: dict) -> dict:
    """What an annual report must answer, from one letter: indicators with their goal and
    targets, assignments, and reporting requirements (by id)."""
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    own = meta.get("id") if isinstance(meta.get("id"), str) else ""
    plan = {"year": whole_number(meta.get("year")), "documents": [own], "indicators": {},
            "assignments": {}, "reporting": {}}
    goal_titles = {goal.path: goal.data for goal in items(data, "goal")}
    for indicator in items(data, "indicator"):
        if indicator.id is None:
            continue
        got = indicator.data
        targets = got.get("targets") if "targets" in got else [got.get("target")]
        goal = goal_titles.get(indicator.path[:2], {})
        plan["indicators"][indicator.id] = {
            "name": got.get("name") if is_text(got.get("name")) else indicator.id,
            "unit": got.get("unit") if isinstance(got.get("unit"), str) else None,
            "direction": got.get("direction") if isinstance(got.get("direction"), str)
            else None,
            "document": own,
            "goal": goal.get("id") if isinstance(goal.get("id"), str) else "",
            "goal_title": goal.get("title") if is_text(goal.get("title")) else "",
            "targets": [_target(t) for t in targets if isinstance(t, dict)]
            if isinstance(targets, list) else None,
        }
    for assignment in items(data, "assignment"):
        if assignment.id is not None:
            title = assignment.data.get("title")
            plan["assignments"][assignment.id] = {"title": title if is_text(title) else "",
                                                  "document": own}
    for requirement in items(data, "reporting"):
        if requirement.id is not None:
            got = requirement.data
            plan["reporting"][requirement.id] = {
                "kind": got.get("kind"), "document": own,
                "description": got.get("description") if is_text(got.get("description"))
                else ""}
    return plan


def _target(target: dict) -> dict:
    value = target.get("value")
    kind = target.get("kind") or ("numeric" if is_number(value) else "qualitative")
    return {"kind": kind, "value": value if is_number(value) else None,
            "period": target.get("period") if isinstance(target.get("period"), str)
            else None,
            "description": target.get("description") if is_text(target.get("description"))
            else ""}


def merge_plans(plans: list[dict]) -> dict:
    """The letter and its supplements as one plan: a later document's item replaces an
    earlier one with the same id (a supplement changing a target)."""
    merged = {"year": plans[0]["year"], "documents": [], "indicators": {}, "assignments": {},
              "reporting": {}}
    for plan in plans:
        merged["documents"] += plan["documents"]
        for key in ("indicators", "assignments", "reporting"):
            merged[key].update(plan[key])
    return merged


def annual_facts(data: dict, meta: dict, year, parent, params: dict) -> list[dict]:
    """The facts of an annual report; those comparing it with its letters only when the
    letters are at hand (`parent`: their merged Summary)."""
    facts = part_facts(data) + [report_fact(data, meta)]
    if parent is not None and parent.plan is not None:
        from .attainment import comparison_facts

        compared = comparison_facts(data, year, parent.plan, params["tolerance"],
                                    params["relative_tolerance"])
        for fact in compared:  # the letter that set the item; all of them for an unasked one
            fact.setdefault("parent_document", ", ".join(parent.plan["documents"]))
        facts += compared
    return facts


def attainment_counts(facts: list[dict]) -> dict:
    """What the ministries' view shows of a report read against its letters, kept on the
    document fact (the one fact a parallel run brings back); empty without the letters."""
    indicators = [f for f in facts if f["kind"] == "indicator_result"]
    assignments = [f for f in facts if f["kind"] == "assignment_result"]
    if not indicators and not assignments:
        return {}
    states = [f["attainment"] for f in indicators]
    return {
        "report_indicator_count": len(indicators),
        "report_reported_count": sum(1 for f in indicators if f["reported"]),
        "report_judged_count": states.count("met") + states.count("not_met") +
        states.count("partly"),
        "report_met_count": states.count("met"),
        "report_assignment_count": len(assignments),
        "report_done_count": sum(1 for f in assignments if f.get("status") == "done"),
    }
