"""What a document states and what it leaves unknown (format 2), read the same way for
format 1: targets as a list, income posts, risk tolerance, the new sections.

A fact property a rule needs but the document does not state is listed in the fact's
`unknown`; the checker reports such a rule on such an item as not reviewed.
"""

from __future__ import annotations

import datetime as dt
import operator

from ..document.items import ITEM_LISTS, items
from ..document.periods import parse_period
from .properties import LOWER_BOUNDS, UNKNOWN_WHEN
from .values import digits, is_number, is_text, iso_date, whole_number

MEETINGS = ("governance_meeting", "half_year_meeting", "annual_report_meeting")
INCOME_CHAPTERS = range(3000, 6000)  # kap. 3000–5999: inntekter


def targets(indicator: dict) -> list[dict]:
    """The indicator's targets: format 2's `targets`, or format 1's single `target`."""
    listed = indicator.get("targets")
    if isinstance(listed, list):
        return [t for t in listed if isinstance(t, dict)]
    single = indicator.get("target")
    return [single] if isinstance(single, dict) else []


def target_kind(target: dict) -> str:
    kind = target.get("kind")
    if kind in ("numeric", "qualitative", "milestone"):
        return kind
    return "numeric" if "value" in target else "qualitative"


def _when(target: dict) -> bool:
    return parse_period(target.get("period")) is not None or (
        target_kind(target) == "milestone" and iso_date(target.get("deadline")) is not None)


def target_facts(indicator: dict) -> dict:
    """has_target (a requirement with a period: a number, or words), quantitative (it is
    steered by a number), counts per kind. `targets: null`, or a target with a null part
    and none complete, leaves has_target unknown; no target and no unit leave
    quantitative unknown."""
    found = targets(indicator)
    kinds = [target_kind(t) for t in found]
    stated = [t for t in found if _when(t) and (
        is_number(t.get("value")) or is_text(t.get("description")))]
    open_parts = any(t.get(k, 0) is None for t in found
                     for k in ("value", "description", "period", "deadline"))
    properties = {
        "has_target": bool(stated),
        "target_count": len(found),
        "numeric_target_count": kinds.count("numeric"),
        "qualitative_target_count": kinds.count("qualitative"),
        "milestone_target_count": kinds.count("milestone"),
    }
    unknown = []
    if not stated and (open_parts or any(key in indicator and _open(indicator[key])
                                         for key in ("targets", "target"))):
        unknown.append("has_target")
    if found:
        properties["quantitative"] = "numeric" in kinds
    elif indicator.get("unit") is not None:
        properties["quantitative"] = True
    else:
        unknown.append("quantitative")
    properties["unknown"] = unknown
    return properties


def numeric_view(indicator: dict) -> dict:
    """The indicator as follow-up reads it: one `target`, the first with a number."""
    numeric = next((t for t in targets(indicator) if is_number(t.get("value"))), None)
    view = dict(indicator)
    view.pop("targets", None)
    if numeric is not None:
        view["target"] = numeric
    else:
        view.pop("target", None)
    return view


def follow_up_unknowns(indicator: dict) -> list[str]:
    """Follow-up (FOLLOW001/FOLLOW002) left unknown: the indicator has actuals, stated or
    written null, and its numeric target, the target's period or its direction is not
    stated; or the target is stated and an actual, its value or its period is not."""
    actuals = indicator.get("actuals")
    if "actuals" not in indicator or actuals == []:
        return []
    open_actuals = _open(actuals) or any(
        isinstance(a, dict) and (a.get("value", 0) is None or a.get("period", 0) is None)
        for a in actuals)
    found = targets(indicator)
    open_target = any(key in indicator and _open(indicator[key])
                      for key in ("targets", "target")) or any(
        t.get("value", 0) is None or (is_number(t.get("value")) and t.get("period", 0) is None)
        for t in found)
    numeric = any(is_number(t.get("value")) for t in found)
    actions = indicator.get("corrective_actions")
    open_actions = "corrective_actions" in indicator and (_open(actions) or any(
        isinstance(a, dict) and a.get("period", 0) is None for a in actions or ()))
    open_direction = (numeric or open_target) and indicator.get("direction") is None
    if open_target or open_direction or (numeric and open_actuals):
        return ["latest_miss", "uncorrected_miss_run"]
    return ["uncorrected_miss_run"] if numeric and open_actions else []


def is_income(line: dict) -> bool:
    chapter = line.get("chapter")
    return digits(chapter) and int(chapter) in INCOME_CHAPTERS


def tolerance(data: dict) -> dict:
    """The agreed risk tolerance, when the document states one."""
    stated = data.get("risk_tolerance")
    if not isinstance(stated, dict):
        return {}
    found = {}
    score = whole_number(stated.get("max_score"))
    if score is not None:
        found["tolerance_score"] = score
    if is_text(stated.get("agreed_with")):
        found["tolerance_agreed_with"] = stated["agreed_with"]
    return found


def residual_against_tolerance(risk: dict) -> dict:
    """Whether the risk left after the measures lies above the agreed tolerance (RISK007).
    A risk whose own score is within the tolerance needs no residual; one above it
    without a stated residual leaves the answer unknown."""
    if "tolerance_score" not in risk:
        return {}
    tolerance, score = risk["tolerance_score"], risk.get("score")
    if score is not None and score <= tolerance:
        return {"residual_above_tolerance": False}
    if "residual_score" in risk:
        return {"residual_above_tolerance": risk["residual_score"] > tolerance}
    return {"unknown": sorted(set(risk["unknown"]) | {"residual_above_tolerance"})}


PHASES = ("planning", "implementation", "evaluation")


def participation_phases(mechanisms: list) -> tuple[dict, list]:
    """Phases (NAV-loven § 6) that no systemic participation mechanism names, and the
    facts left unknown: some are missing and a systemic mechanism does not state its
    phases."""
    systemic = [m.data for m in mechanisms if m.data.get("level") == "systemic"]
    named = {p for m in systemic if isinstance(m.get("phases"), list) for p in m["phases"]}
    missing = [p for p in PHASES if p not in named]
    facts = {"missing_phases": missing, "missing_phase_count": len(missing)}
    if missing and any(_open(m.get("phases")) or not isinstance(m.get("phases"), list)
                       for m in systemic):
        return facts, ["missing_phases", "missing_phase_count"]
    return facts, []


def evaluation_facts(evaluation: dict, goals: list) -> dict:
    """What an evaluation says about the goals it informs and when it is done (R § 16)."""
    has_period = parse_period(evaluation.get("period")) is not None
    missing = [part for part, gap in (("evaluation_goals", not goals),
                                      ("evaluation_period", not has_period)) if gap]
    return {"goal_link_count": len(goals), "has_period": has_period,
            "missing_parts": missing, "missing_part_count": len(missing)}


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def document_facts(data: dict, meta: dict, lines: list) -> dict:
    """Counts over format 2's sections and letter metadata, and the budget split into
    expenditure and income; `unknown` names what the document leaves open."""
    spending = [line.data for line in lines if not is_income(line.data)]
    amounts = [line.get("amount") for line in spending]
    allocated = sum(1 for a in amounts if is_number(a) and a > 0)
    unknown = []
    if any(a is None for a in amounts):
        unknown.append("allocated_line_count")  # lines stated, some of their money not
    tolerance = data.get("risk_tolerance")
    if isinstance(tolerance, dict) and tolerance.get("agreed_with", 0) is None:
        unknown.append("tolerance_agreed")
    instructions = _list(data, "instructions")
    if not any(i.get("kind") == "main_instruction" for i in instructions) and any(
            i.get("kind", 0) is None for i in instructions):
        unknown.append("has_main_instruction")  # an instruction of unstated kind may be it
    parent = meta.get("parent")
    issued, year = iso_date(meta.get("date")), whole_number(meta.get("year"))
    if issued is None or year is None or not 1 <= year <= 9999:
        unknown.append("days_after_year_start")  # no date stated: lateness unknown
        issued = None
    facts = {
        "expenditure_line_count": len(spending),
        "income_line_count": len(lines) - len(spending),
        "allocated_line_count": allocated,
        "budget_basis_count": len(_list(data.get("budget") or {}, "basis"))
        if isinstance(data.get("budget"), dict) else 0,
        "government_requirement_count": len(_list(data, "government_requirements")),
        "audit_follow_up_count": len(_list(data, "audit_follow_up")),
        "evaluation_count": len(_list(data, "evaluations")),
        "instruction_count": len(instructions),
        "has_main_instruction": any(i.get("kind") == "main_instruction" for i in instructions),
        "has_risk_tolerance": isinstance(data.get("risk_tolerance"), dict),
        "tolerance_agreed": is_text((data.get("risk_tolerance") or {}).get("agreed_with"))
        if isinstance(data.get("risk_tolerance"), dict) else False,
        "has_reference": is_text(meta.get("reference")),
        "has_date": iso_date(meta.get("date")) is not None,
        "signatory_count": len(_list(meta, "signatories")),
        "attachment_count": len(_list(meta, "attachments")),
        "parent_count": len(parent) if isinstance(parent, list) else int(is_text(parent)),
        "amends": meta["amends"] if is_text(meta.get("amends")) else "",
        "unknown": unknown,
    }
    if issued is not None:
        facts["date"] = issued.isoformat()
        facts["days_after_year_start"] = (issued - dt.date(year, 1, 1)).days
    return facts


# A section written `null` says the document has one this file does not know: the
# facts counted from it are unknown, for each fact kind.
_GOAL_INDICATORS = ["indicator_count", "subtree_indicator_count",
                    "subtree_outcome_indicator_count", "subtree_frequent_indicator_count"]
_DOC_INDICATORS = ["indicator_count", "quality_indicator_count", "user_indicator_count",
                   "efficiency_indicator_count", "missing_perspectives",
                   "missing_perspective_count"]
_DOC_GOALS = ["level1_count", "level1_standing_count", "goal_count", "activity_share",
              "output_goal_count", "outcome_goal_count"]
_POSTS = ["amount", "children_total", "exceeds_parent"]
_LINES = {"parent_post": _POSTS,
          "document": ["budget_line_count", "expenditure_line_count", "income_line_count",
                       "allocated_line_count"],
          "goal": ["subtree_budget_line_count", "document_has_budget"]}
# what a goal's place in the tree decides: a goal that may be missing, or a parent link
# that is null, may add children below any goal
_GOAL_TREE = ["has_children", "is_leaf", "descendant_delivery_count",
              "subtree_indicator_count", "subtree_outcome_indicator_count",
              "subtree_frequent_indicator_count", "subtree_budget_line_count", "cycle_head"]
SECTION_UNKNOWNS: dict[tuple, dict[str, list[str]]] = {
    ("goals",): {"document": _DOC_GOALS + _DOC_INDICATORS, "goal": _GOAL_TREE,
                 "parent_goal": ["carried_down_count"],
                 "budget_line": ["goal_link_count", "risked_goal_count"],
                 "mechanism": ["goal_link_count"],
                 "evaluation": ["goal_link_count", "missing_parts", "missing_part_count"]},
    ("risks",): {"document": ["max_risk_score"], "goal": ["risk_count", "max_threat_score"],
                 "budget_line": ["risked_goal_count"], "control": ["risk_link_count"]},
    ("internal_control",): {"document": ["control_count"], "risk": ["control_link_count"]},
    ("user_participation",): {"document": ["systemic_mechanism_count", "missing_phases",
                                           "missing_phase_count"]},
    ("assignments",): {"document": ["assignment_count"]},
    ("reporting",): {"document": ["annual_report_next_year_count"],
                     "indicator": ["reported_in", "document_has_reporting"]},
    ("dialogue",): {"document": ["governance_meetings_in_year"]},
    ("legal_basis",): {"document": ["legal_basis_count"]},
    ("budget",): {"document": _LINES["document"] + ["authorisation_count", "budget_basis_count"],
                  "goal": _LINES["goal"]},
    ("budget", "lines"): _LINES,
    ("budget", "authorisations"): {"document": ["authorisation_count"]},
    ("budget", "basis"): {"document": ["budget_basis_count"]},
    ("budget", "spending"): {"budget_line": ["spending_problem", "underspent"]},
    ("strategy",): {"goal": ["strategy_link_count", "document_has_strategy"]},
    ("strategy", "strategic_goals"): {"goal": ["strategy_link_count", "document_has_strategy"]},
    ("government_requirements",): {"document": ["government_requirement_count"]},
    ("audit_follow_up",): {"document": ["audit_follow_up_count"]},
    ("evaluations",): {"document": ["evaluation_count"]},
    ("instructions",): {"document": ["instruction_count", "has_main_instruction"]},
    ("risk_tolerance",): {"document": ["has_risk_tolerance", "tolerance_agreed"],
                          "risk": ["residual_above_tolerance"]},
    ("document", "copy_to"): {"document": ["copies_riksrevisjonen"]},
    ("document", "signatories"): {"document": ["signatory_count"]},
    ("document", "attachments"): {"document": ["attachment_count"]},
    ("document", "reference"): {"document": ["has_reference"]},
    ("document", "date"): {"document": ["has_date"]},
}


# Facts read from keys format 1 does not have: a format-1 document cannot state them,
# so they are unknown there, never "none"; `govcheck migrate` writes those keys as null.
# (Participation phases need no entry: a systemic arrangement that names none leaves
# them unknown in either format.)
FORMAT_2_ONLY: dict[str, set] = {
    "risk": {"has_objective_category"},
    "document": {"has_main_instruction"},
}


def open_value(value) -> bool:
    """null, or a list with a null entry: more exists than the file holds."""
    return value is None or (isinstance(value, list) and None in value)


_open = open_value


# An item key written `null` that leaves facts of other kinds unknown: a goal's unknown
# perspective may be the one no indicator covers; a risk's unknown goals may be the goal
# RISK001 finds without a risk, or the one a material budget line serves.
CROSS_KEY_UNKNOWNS: dict[tuple, dict[str, list[str]]] = {
    ("goal", "perspective"): {"document": ["missing_perspectives", "missing_perspective_count",
                                           "user_indicator_count",
                                           "efficiency_indicator_count"]},
    ("risk", "goals"): {"goal": ["risk_count", "max_threat_score"],
                        "budget_line": ["risked_goal_count"]},
    ("goal", "contributes_to"): {"parent_goal": ["carried_down_count"]},
    ("risk", "likelihood"): {"document": ["max_risk_score"]},
    ("risk", "consequence"): {"document": ["max_risk_score"]},
    ("indicator", "unit"): {"document": ["efficiency_indicator_count"]},
    ("mechanism", "level"): {"document": ["systemic_mechanism_count", "missing_phases",
                                          "missing_phase_count"]},
    ("spending", "line"): {"budget_line": ["spending_problem", "underspent"]},
    ("spending", "amount"): {"budget_line": ["spending_problem", "underspent"]},
    ("spending", "period"): {"budget_line": ["spending_problem", "underspent"]},
    ("control", "risks"): {"risk": ["control_link_count"]},
    ("risk", "controls"): {"control": ["risk_link_count"]},
    ("budget_line", "chapter"): {"parent_post": _POSTS},
    ("budget_line", "post"): {"parent_post": _POSTS},
    ("budget_line", "amount"): {"parent_post": _POSTS},
    ("indicator", "name"): {"document": ["kept_indicator_count", "kept_indicator_share"]},
    ("indicator", "id"): {"document": ["kept_indicator_count", "kept_indicator_share"],
                          "indicator": ["reported_in"]},
    ("goal", "level"): {"document": ["level1_count", "level1_standing_count"]},
    ("goal", "kind"): {"document": ["level1_standing_count"]},
    ("goal", "parent"): {"goal": _GOAL_TREE},
    ("indicator", "frequency"): {"goal": ["subtree_frequent_indicator_count"]},
    ("indicator", "quality"): {"document": ["quality_indicator_count"]},
    ("budget_line", "goals"): {"goal": ["subtree_budget_line_count"]},
    ("reporting", "indicators"): {"indicator": ["reported_in"]},
}


def _unnamed(value) -> bool:
    """A list with an item whose id is null: what names that item does not resolve."""
    return isinstance(value, list) and any(isinstance(v, dict) and "id" in v and v["id"] is None
                                           for v in value)


def section_unknowns(data: dict) -> dict[str, set]:
    """Fact kind → properties left unknown by sections the document writes as null, by
    item keys written null that other kinds' facts count from, and by keys a format-1
    document cannot have."""
    found: dict[str, set] = {}
    if data.get("govcheck") == 1:
        found = {kind: set(names) for kind, names in FORMAT_2_ONLY.items()}
    for path, by_kind in SECTION_UNKNOWNS.items():
        node = data
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and path[-1] in node and (
                _open(node[path[-1]]) or _unnamed(node[path[-1]])):
            for kind, names in by_kind.items():
                found.setdefault(kind, set()).update(names)
    for (item_kind, key), by_kind in CROSS_KEY_UNKNOWNS.items():
        if any(isinstance(item.data, dict) and key in item.data and _open(item.data[key])
               for item in items(data, item_kind)):
            for kind, names in by_kind.items():
                found.setdefault(kind, set()).update(names)
    return found


def goal_unknowns(goals: list, tree) -> tuple[list[set], set]:
    """Per goal, and for the document: what goals with `indicators: null` (indicators
    exist, not known) or without a stated chain leave unknown."""
    open_indicators = [isinstance(g.data, dict) and "indicators" in g.data
                       and _open(g.data["indicators"]) for g in goals]
    no_chain = [g.data.get("chain") is None for g in goals]
    open_below = tree.subtree_sums(open_indicators, operator.or_)
    chainless_below = tree.subtree_sums(no_chain, operator.or_)
    per_goal = []
    for index in range(len(goals)):
        names = set()
        if open_below[index]:
            names.update(_GOAL_INDICATORS)
        if no_chain[index]:
            names.add("chain")
        if chainless_below[index]:
            names.update(("subtree_outcome_indicator_count", "descendant_delivery_count"))
        per_goal.append(names)
    document = set(_DOC_INDICATORS) if any(open_indicators) else set()
    if any(no_chain):
        document.update(("activity_share", "output_goal_count", "outcome_goal_count"))
    return per_goal, document


# An item key written `null` leaves the facts read from it unknown; an id written null,
# the counts of what names the item.
KEY_UNKNOWNS: dict[str, dict[str, tuple]] = {
    "goal": {"owner": ("has_owner",), "contributes_to": ("contributes_to_resolves",),
             "id": ("risk_count", "max_threat_score", *_GOAL_TREE),
             "level": ("level", "level_step"), "kind": ("goal_kind",),
             "parent": ("has_parent", "parent_resolves", "level_step", "stage_rise",
                        "parent_chain", "parent_indicator_count"),
             "strategy": ("strategy_link_count",)},
    "indicator": {"baseline": ("has_baseline",), "source": ("missing_info", "missing_info_count"),
                  "frequency": ("missing_info", "missing_info_count"), "owner": ("has_owner",),
                  "quality": ("quality",)},
    "evaluation": {"goals": ("goal_link_count", "missing_parts", "missing_part_count"),
                   "period": ("has_period", "missing_parts", "missing_part_count")},
    "risk": {"owner": ("has_owner",), "treatment": ("treatment",), "id": ("control_link_count",),
             "objective_category": ("has_objective_category",),
             "measures": ("complete_measure_count",), "controls": ("control_link_count",)},
    "control": {"owner": ("missing_info", "missing_info_count"),
                "frequency": ("missing_info", "missing_info_count"),
                "risks": ("risk_link_count",), "id": ("risk_link_count",)},
    "mechanism": {"goals": ("goal_link_count",), "level": ("systemic",)},
    "budget_line": {"goals": ("goal_link_count", "risked_goal_count"),
                    "id": ("spending_problem", "underspent"), "chapter": ("income", "share"),
                    "post": ("spending_problem", "underspent"),
                    "amount": ("spending_problem", "underspent")},
    "assignment": {"deadline": ("has_deadline", "deadline", "deadline_ok"),
                   "owner": ("has_owner",), "deliverable": ("has_deliverable",),
                   "status": ("status",), "goal": ("has_goal",)},
}


def key_unknowns(kind: str, item) -> set:
    table = KEY_UNKNOWNS.get(kind)
    if not table or not isinstance(item, dict):
        return set()
    return {name for key, names in table.items() if key in item and _open(item[key])
            for name in names}


def unknown_when(kind: str, name: str) -> str:
    """In words (docs/facts.md): what a document writes null that leaves the property of
    `kind` unknown, from the tables above and properties.UNKNOWN_WHEN."""
    said = []
    for path, by_kind in SECTION_UNKNOWNS.items():
        if name in by_kind.get(kind, ()):
            said.append(f"`{'.'.join(path)}` null or with a null entry")
    if name in {"goal": _GOAL_INDICATORS, "document": _DOC_INDICATORS}.get(kind, ()):
        said.append("a goal's `indicators` null or with a null entry")
    for key, names in KEY_UNKNOWNS.get(kind, {}).items():
        if name in names:
            said.append(f"its `{key}` null")
    for (item_kind, key), by_kind in CROSS_KEY_UNKNOWNS.items():
        if name in by_kind.get(kind, ()):
            said.append(f"a {item_kind.replace('_', ' ')}'s `{key}` null")
    if name in FORMAT_2_ONLY.get(kind, ()):
        said.append("always in format 1, which has no such key")
    if name in UNKNOWN_WHEN:
        said.append(UNKNOWN_WHEN[name])
    if said and name in LOWER_BOUNDS.get(kind, ()):
        said.append("the stated items are counted: the whole is at least that (`at_least`)")
    return "; ".join(dict.fromkeys(said))


_WAIVERS = ("waivers", "*")  # waiver facts are the checker's, not an item list's


def open_list(data: dict, kind: str) -> tuple | None:
    """The path of the first section on the way to the items of `kind` that the document
    leaves open (null, or a list holding a null: more exists than the file holds), else
    None. A rule on such items cannot be met: some of them are not in the file."""
    pattern = _WAIVERS if kind == "waiver" else ITEM_LISTS.get(kind)
    if pattern is None or not isinstance(data, dict):
        return None
    level = [((), data)]
    for head in pattern:
        below = []
        for path, value in level:
            if path and _open(value):  # a section written null, or a list ending in null
                return path
            if head == "*" and isinstance(value, list):
                below.extend((path + (index,), item) for index, item in enumerate(value))
            elif isinstance(value, dict) and head in value:
                below.append((path + (head,), value[head]))
        level = below
    return None
