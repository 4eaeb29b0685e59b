"""Document → flat facts, the only input of the rule engine.

Everything a rule condition cannot compute itself is computed here, once per
document: counts, shares, subtrees, chain stages, risk scores, runs of missed
targets, spending ratios. Each fact is a flat mapping of JSON values with a
`kind`, a `target` (the id a finding is about) and `path` (where it sits).
A wrongly typed field reads as absent; list items that are not mappings are
skipped, so rules still run on a document the schema rejects.

The property `id` belongs to the engine (fact identity), so the item's own id
travels as `target`; see docs/facts.md for every property.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..document.items import Item, items, path_text, references
from ..document.periods import Period, parse_period
from .patterns import search

STAGES = ("input", "activity", "output", "outcome")
DELIVERY_STAGES = ("input", "activity", "output")
FREQUENT = ("monthly", "tertial", "quarterly")  # tuples: values may be unhashable
PERSPECTIVES = ("user", "production", "employee", "finance")
INFO_KEYS = ("source", "frequency")


LARGEST = 1e15  # beyond any real amount or figure; larger ones read as absent


def is_number(value) -> bool:
    """A figure the rules can compute with; a bigger one (a typo) would overflow floats."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and -LARGEST <= value <= LARGEST


def is_text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def whole_number(value) -> int | None:
    """An integer as the schema reads one (1 and 1.0), never a boolean."""
    if not is_number(value):
        return None
    return int(value) if float(value).is_integer() else None


def iso_date(value) -> dt.date | None:
    """A YYYY-MM-DD date; anything else reads as absent."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _fact(kind: str, item_path: tuple, target, key: str = "", **properties) -> dict:
    """A fact; its engine id is unique per document: kind, path, and `key` where several
    facts share a path."""
    fact = {"id": f"{kind}:{path_text(item_path) or kind}{key}", "kind": kind}
    fact["target"] = target if isinstance(target, str) else path_text(item_path)
    fact["path"] = list(item_path)
    fact.update(properties)
    return fact


class _Goals:
    """The goal tree: parents resolved to the first goal of that id."""

    def __init__(self, goals: list[Item]):
        self.goals = goals
        self.by_id: dict[str, int] = {}
        for index, goal in enumerate(goals):
            if goal.id is not None:
                self.by_id.setdefault(goal.id, index)
        self.parent: list[int | None] = [
            self.by_id.get(goal.data.get("parent")) if isinstance(goal.data.get("parent"), str)
            else None
            for goal in goals
        ]
        self.children: list[list[int]] = [[] for _ in goals]
        for index, parent in enumerate(self.parent):
            if parent is not None:
                self.children[parent].append(index)

    def subtree(self, index: int) -> list[int]:
        seen, order, todo = {index}, [index], [index]
        while todo:
            for child in self.children[todo.pop()]:
                if child not in seen:
                    seen.add(child)
                    order.append(child)
                    todo.append(child)
        return order

    def inherited(self, index: int, key: str):
        """The goal's own value of `key`, or else its nearest ancestor's."""
        seen = set()
        current: int | None = index
        while current is not None and current not in seen:
            value = self.goals[current].data.get(key)
            if is_text(value):
                return value
            seen.add(current)
            current = self.parent[current]
        return None

    def cycle_heads(self) -> set[int]:
        """For each cycle of parent links, its first goal in file order."""
        heads, settled = set(), set()
        for start in range(len(self.goals)):
            trail, position = [], {}
            current = start
            while current is not None and current not in settled and current not in position:
                position[current] = len(trail)
                trail.append(current)
                current = self.parent[current]
            if current is not None and current in position:
                heads.add(min(trail[position[current]:]))
            settled.update(trail)
        return heads


def stage(goal: Item) -> str | None:
    chain = goal.data.get("chain")
    return chain if chain in STAGES else None


def valid_target(target) -> bool:
    if not isinstance(target, dict) or parse_period(target.get("period")) is None:
        return False
    return is_number(target.get("value")) or is_text(target.get("description"))


def risk_score(risk: Item):
    likelihood = whole_number(risk.data.get("likelihood"))
    consequence = whole_number(risk.data.get("consequence"))
    if likelihood is None or consequence is None:
        return None
    return likelihood * consequence


def shortfall(direction, target: float, actual: float) -> float | None:
    """How much worse than target an actual is, in the indicator's unit."""
    if direction == "higher_is_better":
        difference = target - actual
    elif direction == "lower_is_better":
        difference = actual - target
    elif direction == "on_target":
        difference = abs(actual - target)
    else:
        return None
    return round(difference, 9)  # 1.1 - 0.9 is 0.2, not 0.20000000000000007


def _ordered_by_period(entries: list) -> list[tuple]:
    """(period, entry) for entries with a readable period, by end then list order."""
    dated = [(parse_period(e.get("period")), i, e) for i, e in enumerate(entries)
             if isinstance(e, dict)]
    dated = [(p, i, e) for p, i, e in dated if p is not None]
    dated.sort(key=lambda item: (item[0].last, item[1]))
    return [(p, e) for p, _, e in dated]


def _follow_up(indicator: dict, tolerance: float) -> dict:
    """Latest actual against a numeric target, and runs of misses."""
    target = indicator.get("target")
    if not isinstance(target, dict) or not is_number(target.get("value")):
        return {}
    goal_value = target["value"]
    direction = indicator.get("direction")
    if shortfall(direction, 0, 0) is None:
        return {}
    window = parse_period(target.get("period"))
    actuals = indicator.get("actuals") if isinstance(indicator.get("actuals"), list) else []
    judged = [(p, e) for p, e in _ordered_by_period(actuals)
              if is_number(e.get("value")) and (window is None or window.contains(p))]
    if not judged:
        return {}
    latest_period, latest = judged[-1]
    facts = {
        "target_value": goal_value,
        "latest_period": latest["period"],
        "latest_value": latest["value"],
        "latest_shortfall": shortfall(direction, goal_value, latest["value"]),
    }
    actions = indicator.get("corrective_actions")
    actions = actions if isinstance(actions, list) else []
    action_periods = [p for p, _ in _ordered_by_period(actions)]
    runs, run = [], []
    for period, entry in judged:
        if shortfall(direction, goal_value, entry["value"]) > tolerance:
            run.append((period, entry))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    longest = []
    for run in runs:
        span = Period(min(p.first for p, _ in run), max(p.last for p, _ in run))
        corrected = any(span.overlaps(p) for p in action_periods)
        if not corrected and len(run) > len(longest):
            longest = run
    facts["uncorrected_miss_run"] = len(longest)
    if longest:
        facts["miss_run_first"] = longest[0][1]["period"]
        facts["miss_run_last"] = longest[-1][1]["period"]
    return facts


def build_facts(document, params: dict, related: dict | None = None) -> list[dict]:
    """All facts of one document, in a fixed order. `related` holds the summaries of
    the parent and previous documents (documents.Summary) when they are at hand."""
    related = related or {}
    data = document.data
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    year = whole_number(meta.get("year"))

    goal_items = items(data, "goal")
    tree = _Goals(goal_items)
    goal_at = {goal.path: i for i, goal in enumerate(goal_items)}
    risks = items(data, "risk")
    controls = items(data, "control")
    lines = items(data, "budget_line")
    mechanisms = items(data, "mechanism")

    def first_of(kind_items: list[Item]) -> dict[str, Item]:
        found: dict[str, Item] = {}
        for item in kind_items:
            if item.id is not None:
                found.setdefault(item.id, item)
        return found

    # risk ↔ control links, in either direction; references resolve to the first id
    risk_by_id, control_by_id = first_of(risks), first_of(controls)
    linked_controls: dict[tuple, set] = defaultdict(set)  # risk path → control paths
    linked_risks: dict[tuple, set] = defaultdict(set)  # control path → risk paths
    for risk in risks:
        for _, ref in references(risk, "controls", True):
            if ref in control_by_id:
                linked_controls[risk.path].add(control_by_id[ref].path)
                linked_risks[control_by_id[ref].path].add(risk.path)
    for control in controls:
        for _, ref in references(control, "risks", True):
            if ref in risk_by_id:
                linked_risks[control.path].add(risk_by_id[ref].path)
                linked_controls[risk_by_id[ref].path].add(control.path)

    def goal_refs(item: Item, key: str) -> list[int]:
        return [tree.by_id[ref] for _, ref in references(item, key, True) if ref in tree.by_id]

    threat: dict[int, int] = defaultdict(int)
    risk_count: dict[int, int] = defaultdict(int)
    for risk in risks:
        score = risk_score(risk) or 0
        for goal in set(goal_refs(risk, "goals")):
            risk_count[goal] += 1
            threat[goal] = max(threat[goal], score)
    line_goals = [goal_refs(line, "goals") for line in lines]

    indicators_of: list[list[Item]] = [[] for _ in goal_items]
    all_indicators = items(data, "indicator")
    for indicator in all_indicators:
        indicators_of[goal_at[indicator.path[:2]]].append(indicator)

    facts: list[dict] = []
    cycle_heads = tree.cycle_heads()
    for index, goal in enumerate(goal_items):
        level = whole_number(goal.data.get("level"))
        parent = tree.parent[index]
        subtree = tree.subtree(index)
        subtree_indicators = [i for g in subtree for i in indicators_of[g]]
        properties = {
            "has_parent": isinstance(goal.data.get("parent"), str),
            "parent_resolves": parent is not None,
            "chain": stage(goal) or "none",
            "has_children": bool(tree.children[index]),
            "is_leaf": not tree.children[index],
            "indicator_count": len(indicators_of[index]),
            "subtree_indicator_count": len(subtree_indicators),
            "subtree_outcome_indicator_count": sum(
                len(indicators_of[g]) for g in subtree if stage(goal_items[g]) == "outcome"
            ),
            "descendant_delivery_count": sum(
                1 for g in subtree[1:] if stage(goal_items[g]) in DELIVERY_STAGES
            ),
            "risk_count": risk_count[index],
            "max_threat_score": threat[index],
            "subtree_frequent_indicator_count": sum(
                1 for i in subtree_indicators if i.data.get("frequency") in FREQUENT
            ),
            "subtree_budget_line_count": sum(
                1 for goals in line_goals if any(g in subtree for g in goals)
            ),
            "document_has_budget": bool(lines),
            "cycle_head": index in cycle_heads,
        }
        if level is not None:
            properties["level"] = level
        if parent is not None:
            parent_level = whole_number(goal_items[parent].data.get("level"))
            if level is not None and parent_level is not None:
                properties["level_step"] = level - parent_level
            properties["parent"] = goal_items[parent].id or path_text(goal_items[parent].path)
            own, above = stage(goal), stage(goal_items[parent])
            if own and above:
                properties["stage_rise"] = STAGES.index(own) - STAGES.index(above)
                properties["parent_chain"] = above
        properties.update(_contribution(goal, related.get("parent")))
        facts.append(_fact("goal", goal.path, goal.id, **properties))

    tolerance = params["tolerance"]
    for indicator in all_indicators:
        goal_index = goal_at[indicator.path[:2]]
        owner = tree.inherited(goal_index, "owner")
        missing = [key for key in INFO_KEYS if not is_text(indicator.data.get(key))]
        baseline = indicator.data.get("baseline")
        goal = goal_items[goal_index]
        properties = {
            "goal": goal.id or path_text(goal.path),
            "has_target": valid_target(indicator.data.get("target")),
            "has_baseline": isinstance(baseline, dict) and is_number(baseline.get("value")),
            "missing_info": missing,
            "missing_info_count": len(missing),
            "quality": indicator.data.get("quality") is True,
            "goal_has_owner": owner is not None,
        }
        properties.update(_follow_up(indicator.data, tolerance))
        facts.append(_fact("indicator", indicator.path, indicator.id, **properties))

    high_scores = []
    for risk in risks:
        score = risk_score(risk)
        measures = risk.data.get("measures")
        complete = sum(
            1 for m in (measures if isinstance(measures, list) else [])
            if isinstance(m, dict) and is_text(m.get("owner")) and iso_date(m.get("deadline"))
        )
        treatment = risk.data.get("treatment")
        properties = {
            "treatment": treatment if isinstance(treatment, str) else "none",
            "complete_measure_count": complete,
            "has_owner": is_text(risk.data.get("owner")),
            "control_link_count": len(linked_controls[risk.path]),
        }
        if score is not None:
            properties["score"] = score
            high_scores.append(score)
        facts.append(_fact("risk", risk.path, risk.id, **properties))

    for control in controls:
        missing = [key for key in ("owner", "frequency") if not is_text(control.data.get(key))]
        facts.append(_fact(
            "control", control.path, control.id,
            missing_info=missing, missing_info_count=len(missing),
            risk_link_count=len(linked_risks[control.path]),
        ))

    for mechanism in mechanisms:
        facts.append(_fact(
            "mechanism", mechanism.path, mechanism.id,
            goal_link_count=len(goal_refs(mechanism, "goals")),
            systemic=mechanism.data.get("level") == "systemic",
        ))

    amounts = [line.data.get("amount") for line in lines]
    total = sum(a for a in amounts if is_number(a))
    risked_goals = {g for risk in risks for g in goal_refs(risk, "goals")}
    spending = items(data, "spending")
    line_by_id = first_of(lines)
    for l_index, line in enumerate(lines):
        amount = line.data.get("amount")
        properties = {
            "goal_link_count": len(line_goals[l_index]),
            "risked_goal_count": sum(1 for g in set(line_goals[l_index]) if g in risked_goals),
        }
        if is_number(amount):
            properties["amount"] = amount
            if total > 0:
                properties["share"] = amount / total
        properties.update(_spending(line, line_by_id, spending, year))
        facts.append(_fact("budget_line", line.path, line.id, **properties))

    for assignment in items(data, "assignment"):
        deadline = iso_date(assignment.data.get("deadline"))
        # without a year the deadline cannot be judged; SCHEMA reports the missing year
        properties = {"has_deadline": deadline is not None,
                      "deadline_ok": deadline is not None
                      and (year is None or deadline.year >= year)}
        if deadline is not None:
            properties["deadline"] = deadline.isoformat()
        facts.append(_fact("assignment", assignment.path, assignment.id, **properties))

    document_fact = _document_fact(data, meta, year, goal_items, tree, all_indicators,
                                   indicators_of, lines, controls, mechanisms, high_scores,
                                   params)
    if year is not None:
        document_fact["year"] = year
    if related.get("previous"):
        document_fact.update(_stability(document_fact, all_indicators, related["previous"]))
    facts.append(document_fact)
    if related.get("parent"):
        facts.extend(_parent_goals(goal_items, related["parent"]))
    return facts


def _contribution(goal: Item, parent) -> dict:
    """Whether the goal's `contributes_to` names a goal of the parent document."""
    named = goal.data.get("contributes_to")
    if parent is None or not isinstance(named, str):
        return {}
    document_id, _, goal_id = named.partition("#")
    resolves = document_id == parent.id and goal_id in parent.goals
    return {"contributes_to": named, "contributes_to_resolves": resolves,
            "parent_document": parent.id}


def _parent_goals(goals: list[Item], parent) -> list[dict]:
    """One fact per level-1 goal of the parent document: is it carried down here?"""
    carried = [g.data.get("contributes_to") for g in goals]
    return [
        _fact("parent_goal", ("goals",), f"{parent.id}#{goal_id}", key=f":{goal_id}",
              parent_document=parent.id, parent_goal=goal_id,
              carried_down_count=carried.count(f"{parent.id}#{goal_id}"))
        for goal_id in parent.level1_goals
    ]


def _stability(current: dict, indicators: list[Item], previous) -> dict:
    """Year over year: indicators kept (same id or name), and counts then and now."""
    ids = {i.id for i in indicators if i.id}
    names = {i.data.get("name") for i in indicators if is_text(i.data.get("name"))}
    kept = sum(1 for identifier, name in previous.indicators
               if identifier in ids or (name and name in names))
    facts = {
        "previous_document": previous.id,
        "previous_goal_count": previous.goal_count,
        "previous_indicator_count": previous.indicator_count,
        "previous_assignment_count": previous.assignment_count,
        "goal_change": current["goal_count"] - previous.goal_count,
        "indicator_change": current["indicator_count"] - previous.indicator_count,
        "assignment_growth": (current["assignment_count"] - previous.assignment_count)
        / max(previous.assignment_count, 1),
    }
    if previous.indicator_count:
        facts["kept_indicator_share"] = kept / previous.indicator_count
        facts["kept_indicator_count"] = kept
    return facts


def _spending(line: Item, line_by_id: dict, spending: list[Item], year) -> dict:
    """Cumulative spending at the line's latest period in the document year."""
    if line.id is None or line_by_id.get(line.id) is not line or year is None:
        return {}
    entries = [s.data for s in spending if s.data.get("line") == line.id]
    in_year = [(p, e) for p, e in _ordered_by_period(entries)
               if p.first // 12 == year and p.last // 12 == year and is_number(e.get("amount"))]
    amount = line.data.get("amount")
    if not in_year or not is_number(amount):
        return {}
    period, entry = in_year[-1]
    expected = amount * period.months_into_year / 12
    spent = entry["amount"]
    facts = {"spent": spent, "expected": expected, "spending_period": entry["period"]}
    if expected > 0:
        facts["spending_deviation"] = abs(spent - expected) / expected
    else:
        facts["spent_without_allocation"] = spent > 0
    return facts


def _document_fact(data, meta, year, goals, tree, indicators, indicators_of, lines, controls,
                   mechanisms, high_scores, params) -> dict:
    stages = [stage(goal) for goal in goals]
    covered = set()
    user_indicators = 0
    for index in range(len(goals)):
        perspective = tree.inherited(index, "perspective")
        if indicators_of[index]:
            covered.add(perspective)
            user_indicators += len(indicators_of[index]) if perspective == "user" else 0
    missing = [p for p in params["required_perspectives"] if p not in covered]
    efficiency = sum(
        1 for index in range(len(goals)) for indicator in indicators_of[index]
        if tree.inherited(index, "perspective") == "finance"
        or indicator.data.get("unit") in ("nok", "ratio")
    )
    reporting = items(data, "reporting")
    annual = sum(
        1 for report in reporting
        if report.data.get("kind") == "annual_report" and year is not None
        and getattr(iso_date(report.data.get("deadline")), "year", None) == year + 1
    )
    dialogue = data.get("dialogue") if isinstance(data.get("dialogue"), list) else []
    meetings = sum(
        1 for meeting in dialogue
        if isinstance(meeting, dict) and meeting.get("kind") == "governance_meeting"
        and year is not None and getattr(iso_date(meeting.get("date")), "year", None) == year
    )
    copy_to = meta.get("copy_to") if isinstance(meta.get("copy_to"), list) else []
    parties = [str(meta.get(key, "")) for key in ("issuer", "recipient")]
    budget = data.get("budget") if isinstance(data.get("budget"), dict) else {}
    authorisations = budget.get("authorisations")
    legal = data.get("legal_basis")
    return _fact(
        "document", (), "document",
        doc_type=meta.get("type") if isinstance(meta.get("type"), str) else "none",
        level1_count=sum(1 for goal in goals if whole_number(goal.data.get("level")) == 1),
        goal_count=len(goals),
        activity_share=(
            sum(1 for s in stages if s in ("input", "activity")) / len(goals) if goals else 0
        ),
        output_goal_count=stages.count("output"),
        outcome_goal_count=stages.count("outcome"),
        indicator_count=len(indicators),
        quality_indicator_count=sum(1 for i in indicators if i.data.get("quality") is True),
        missing_perspectives=missing,
        missing_perspective_count=len(missing),
        user_indicator_count=user_indicators,
        efficiency_indicator_count=efficiency,
        assignment_count=len(items(data, "assignment")),
        max_risk_score=max(high_scores, default=0),
        control_count=len(controls),
        systemic_mechanism_count=sum(
            1 for m in mechanisms if m.data.get("level") == "systemic"
        ),
        is_nav=search(params["nav_pattern"], *parties),
        budget_line_count=len(lines),
        authorisation_count=len(authorisations) if isinstance(authorisations, list) else 0,
        annual_report_next_year_count=annual,
        governance_meetings_in_year=meetings,
        legal_basis_count=len(legal) if isinstance(legal, list) else 0,
        copies_riksrevisjonen=any(
            isinstance(entry, str) and "riksrevisjonen" in entry.lower() for entry in copy_to
        ),
    )


# Every fact property a rule may read: kind → name → (type, meaning). Rule files
# are checked against this table, so a misspelt property is an error, not a rule
# that silently never fires. docs/facts.md is generated from it.
_COMMON = {
    "target": ("string", "the item's id (its path when it has none); `document` for the document"),
}
PROPERTIES: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        **_COMMON,
        "doc_type": ("string", "document.type, or `none`"),
        "level1_count": ("integer", "goals at level 1"),
        "goal_count": ("integer", "goals at every level"),
        "activity_share": ("number", "share of goals at `input` or `activity` stage "
                                     "(0 without goals)"),
        "year": ("integer", "document.year (absent when not a whole number)"),
        "output_goal_count": ("integer", "goals at `output` stage"),
        "outcome_goal_count": ("integer", "goals at `outcome` stage"),
        "indicator_count": ("integer", "indicators in the document"),
        "quality_indicator_count": ("integer", "indicators with `quality: true`"),
        "missing_perspectives": ("list", "required_perspectives no indicator covers"),
        "missing_perspective_count": ("integer", "how many perspectives are missing"),
        "user_indicator_count": ("integer", "indicators on goals whose perspective is `user`"),
        "efficiency_indicator_count": ("integer", "indicators on `finance` goals or in nok/ratio"),
        "assignment_count": ("integer", "assignments"),
        "max_risk_score": ("integer", "highest likelihood × consequence (0 without risks)"),
        "control_count": ("integer", "internal controls"),
        "systemic_mechanism_count": ("integer", "participation mechanisms at `systemic` level"),
        "is_nav": ("boolean", "issuer or recipient matches nav_pattern"),
        "budget_line_count": ("integer", "budget lines"),
        "authorisation_count": ("integer", "budget authorisations"),
        "annual_report_next_year_count": ("integer",
                                          "annual_report requirements due in year + 1"),
        "governance_meetings_in_year": ("integer", "governance meetings dated in the year"),
        "legal_basis_count": ("integer", "entries of legal_basis"),
        "copies_riksrevisjonen": ("boolean", "copy_to names Riksrevisjonen"),
        "previous_document": ("string", "id of last year's document, when at hand"),
        "previous_goal_count": ("integer", "its goals"),
        "previous_indicator_count": ("integer", "its indicators"),
        "previous_assignment_count": ("integer", "its assignments"),
        "goal_change": ("integer", "goals now minus goals then"),
        "indicator_change": ("integer", "indicators now minus indicators then"),
        "assignment_growth": ("number", "(assignments now − then) ÷ then (at least 1)"),
        "kept_indicator_count": ("integer", "last year's indicators kept (same id or name)"),
        "kept_indicator_share": ("number", "that ÷ last year's indicators (absent when none)"),
    },
    "goal": {
        **_COMMON,
        "level": ("integer", "its level (absent when not a whole number)"),
        "has_parent": ("boolean", "it names a parent"),
        "parent_resolves": ("boolean", "its parent names an existing goal"),
        "parent": ("string", "the parent goal's id, when it resolves"),
        "level_step": ("integer", "level minus the parent's level, when both are known"),
        "chain": ("string", "its results-chain stage, or `none` when absent or invalid"),
        "parent_chain": ("string", "the parent's stage, when both stages are valid"),
        "stage_rise": ("integer", "stages it lies after its parent's (input=0 … outcome=3)"),
        "has_children": ("boolean", "some goal names it as parent"),
        "is_leaf": ("boolean", "no goal names it as parent"),
        "indicator_count": ("integer", "its own indicators"),
        "subtree_indicator_count": ("integer", "indicators on it and its descendants"),
        "subtree_outcome_indicator_count": ("integer",
                                            "indicators on `outcome` goals in its subtree"),
        "descendant_delivery_count": ("integer",
                                      "descendants at output, activity or input stage"),
        "risk_count": ("integer", "risks that name it in `goals`"),
        "max_threat_score": ("integer", "highest score of those risks (0 without any)"),
        "subtree_frequent_indicator_count": ("integer",
                                             "indicators in its subtree followed more often "
                                             "than annually"),
        "subtree_budget_line_count": ("integer", "budget lines linked to its subtree"),
        "document_has_budget": ("boolean", "the document has budget lines"),
        "cycle_head": ("boolean", "first goal, in file order, of a cycle of parent links"),
        "contributes_to": ("string", "its contributes_to, when the parent document is at hand"),
        "contributes_to_resolves": ("boolean", "that names a goal of the parent document"),
        "parent_document": ("string", "id of the parent document, when at hand"),
    },
    "parent_goal": {
        **_COMMON,
        "parent_document": ("string", "id of the parent document"),
        "parent_goal": ("string", "id of a level-1 goal of the parent document"),
        "carried_down_count": ("integer", "goals here whose contributes_to names it"),
    },
    "indicator": {
        **_COMMON,
        "goal": ("string", "the goal it sits on"),
        "has_target": ("boolean", "a target with a period and a value or description"),
        "has_baseline": ("boolean", "a baseline with a numeric value"),
        "missing_info": ("list", "which of source and frequency it lacks"),
        "missing_info_count": ("integer", "how many of them"),
        "quality": ("boolean", "`quality: true`"),
        "goal_has_owner": ("boolean", "its goal, or an ancestor, has an owner"),
        "target_value": ("number", "numeric target (absent without actuals to judge)"),
        "latest_period": ("string", "period of the latest judged actual"),
        "latest_value": ("number", "value of the latest judged actual"),
        "latest_shortfall": ("number", "how far the latest actual is worse than target"),
        "uncorrected_miss_run": ("integer", "longest run of consecutive misses with no "
                                            "corrective action overlapping it"),
        "miss_run_first": ("string", "first period of that run"),
        "miss_run_last": ("string", "last period of that run"),
    },
    "risk": {
        **_COMMON,
        "score": ("integer", "likelihood × consequence (absent when either is not a number)"),
        "treatment": ("string", "its treatment, or `none`"),
        "complete_measure_count": ("integer", "measures with both owner and deadline"),
        "has_owner": ("boolean", "it names an owner"),
        "control_link_count": ("integer", "controls linked either way"),
    },
    "control": {
        **_COMMON,
        "missing_info": ("list", "which of owner and frequency it lacks"),
        "missing_info_count": ("integer", "how many of them"),
        "risk_link_count": ("integer", "risks linked either way"),
    },
    "mechanism": {
        **_COMMON,
        "goal_link_count": ("integer", "goals it names that exist"),
        "systemic": ("boolean", "level is `systemic`"),
    },
    "budget_line": {
        **_COMMON,
        "goal_link_count": ("integer", "goals it names that exist"),
        "risked_goal_count": ("integer", "of those, goals some risk names"),
        "amount": ("number", "its amount"),
        "share": ("number", "amount ÷ the sum of all line amounts"),
        "spent": ("number", "cumulative spending at its latest period in the year"),
        "expected": ("number", "amount × months elapsed ÷ 12"),
        "spending_period": ("string", "that latest period"),
        "spending_deviation": ("number", "|spent − expected| ÷ expected"),
        "spent_without_allocation": ("boolean", "spending on a line of amount 0"),
    },
    "assignment": {
        **_COMMON,
        "has_deadline": ("boolean", "it has a valid deadline date"),
        "deadline": ("string", "that date, when valid"),
        "deadline_ok": ("boolean", "its deadline is on or after 1 January of the year (true "
                                   "when the year is unknown)"),
    },
    "waiver": {
        **_COMMON,
        "rule": ("string", "the rule it waives"),
        "waived_target": ("string", "the id it waives the rule for"),
        "expires": ("string", "its expiry date"),
        "expired": ("boolean", "expiry is before the check date"),
        "used_count": ("integer", "findings it suppressed"),
    },
}
