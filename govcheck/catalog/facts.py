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

import operator
from collections import defaultdict

from ..document.items import Item, items, path_text, references
from .annual import annual_facts, attainment_counts
from .coverage import add_coverage
from .follow_up import follow_up
from .goal_tree import GoalTree, stage
from .known import (
    MEETINGS,
    document_facts,
    evaluation_facts,
    follow_up_unknowns,
    goal_unknowns,
    is_income,
    key_unknowns,
    numeric_view,
    participation_phases,
    residual_against_tolerance,
    section_unknowns,
    target_facts,
)
from .known import (
    open_value as _open,
)
from .known import tolerance as risk_tolerance
from .patterns import search
from .properties import LOWER_BOUNDS
from .relations import (
    contribution,
    parent_goal_facts,
    parent_link,
    parent_post_facts,
    stability,
)
from .spending import Budget, spending_facts
from .values import (
    DELIVERY_STAGES,
    FREQUENT,
    INFO_KEYS,
    STAGES,
    is_number,
    is_text,
    iso_date,
    new_fact,
    whole_number,
)


def risk_score(risk: Item):
    likelihood = whole_number(risk.data.get("likelihood"))
    consequence = whole_number(risk.data.get("consequence"))
    if likelihood is None or consequence is None:
        return None
    return likelihood * consequence


class _Links:
    """What the items of one document say about each other, resolved once."""

    def __init__(self, data: dict):
        self.data = data
        self.goals = items(data, "goal")
        self.tree = GoalTree(self.goals)
        self.goal_at = {goal.path: i for i, goal in enumerate(self.goals)}
        self.risks = items(data, "risk")
        self.controls = items(data, "control")
        self.lines = items(data, "budget_line")
        self.mechanisms = items(data, "mechanism")
        self.indicators = items(data, "indicator")
        self.indicators_of: list[list[Item]] = [[] for _ in self.goals]
        for indicator in self.indicators:
            self.indicators_of[self.goal_at[indicator.path[:2]]].append(indicator)
        self._link_risks_and_controls()
        self.threat: dict[int, int] = defaultdict(int)
        self.risk_count: dict[int, int] = defaultdict(int)
        self.unscored_threat: set[int] = set()  # goals a risk without a score threatens
        for risk in self.risks:
            score = risk_score(risk)
            for goal in set(self.goal_refs(risk, "goals")):
                self.risk_count[goal] += 1
                self.threat[goal] = max(self.threat[goal], score or 0)
                if score is None:
                    self.unscored_threat.add(goal)
        self.line_goals = [self.goal_refs(line, "goals") for line in self.lines]

    def goal_refs(self, item: Item, key: str) -> list[int]:
        by_id = self.tree.by_id
        return [by_id[ref] for _, ref in references(item, key, True) if ref in by_id]

    def _link_risks_and_controls(self) -> None:
        """Risk ↔ control links, in either direction; references resolve to the first id."""
        risk_by_id, control_by_id = first_by_id(self.risks), first_by_id(self.controls)
        self.linked_controls: dict[tuple, set] = defaultdict(set)  # risk path → controls
        self.linked_risks: dict[tuple, set] = defaultdict(set)  # control path → risks
        for risk in self.risks:
            for _, ref in references(risk, "controls", True):
                if ref in control_by_id:
                    self.linked_controls[risk.path].add(control_by_id[ref].path)
                    self.linked_risks[control_by_id[ref].path].add(risk.path)
        for control in self.controls:
            for _, ref in references(control, "risks", True):
                if ref in risk_by_id:
                    self.linked_risks[control.path].add(risk_by_id[ref].path)
                    self.linked_controls[risk_by_id[ref].path].add(control.path)


def _has_null(data: dict, section: str) -> bool:
    """budget: null, lines: null, or a list of lines with a null entry."""
    node = data.get(section)
    if section in data and node is None:
        return True
    lines = node.get("lines", []) if isinstance(node, dict) else []
    return lines is None or (isinstance(lines, list) and None in lines)


def first_by_id(kind_items: list[Item]) -> dict[str, Item]:
    found: dict[str, Item] = {}
    for item in kind_items:
        if item.id is not None:
            found.setdefault(item.id, item)
    return found


def build_facts(document, params: dict, related: dict | None = None) -> list[dict]:
    """All facts of one document, in a fixed order. `related` holds the summaries of
    the parent and previous documents (documents.Summary) when they are at hand."""
    related = related or {}
    data = document.data
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    year = whole_number(meta.get("year"))
    links = _Links(data)
    facts = _goal_facts(links, related.get("parent"))
    facts += _indicator_facts(links, params["tolerance"], params["relative_tolerance"])
    facts += _risk_facts(links, risk_tolerance(data), params)
    facts += [new_fact("control", control.path, control.id, **_control(control, links))
              for control in links.controls]
    facts += [new_fact("mechanism", m.path, m.id,
                       goal_link_count=len(links.goal_refs(m, "goals")),
                       systemic=m.data.get("level") == "systemic")
              for m in links.mechanisms]
    facts += _budget_facts(links, Budget(links.lines, items(data, "spending"),
                                         items(data, "authorisation"), year),
                           params["budget_tolerance"])
    facts += _assignment_facts(items(data, "assignment"), year)
    facts += [new_fact("evaluation", e.path, e.id, **evaluation_facts(e.data,
                                                                      links.goal_refs(e, "goals")))
              for e in items(data, "evaluation")]
    scores = [score for score in map(risk_score, links.risks) if score is not None]
    document_fact = _document_fact(data, meta, year, links, scores, params)
    if year is not None:
        document_fact["year"] = year
    if related.get("previous"):
        document_fact.update(stability(document_fact, links.indicators, related["previous"]))
    facts.append(document_fact)
    if related.get("parent") and meta.get("type") != "annual_report":  # a report has no goals
        parent = related["parent"]
        # a supplement is part of its letter: only its link to the letter is judged
        amends = meta.get("type") == "supplementary_allocation_letter"
        facts.extend([] if amends else parent_goal_facts(links.goals, parent))
        facts.append(new_fact("parent_link", ("document",), "document",
                              **parent_link(meta, year, parent)))
        facts.extend([] if amends else parent_post_facts(links.lines, parent, document.file))
    _mark_unknowns(facts, links, section_unknowns(data), data)
    _mark_high(facts, risk_tolerance(data), params)
    if related.get("previous"):  # year over year, from counts that may be unknown
        open_counts = set(document_fact.get("unknown", ()))
        open_stability = {name for name, reads in _STABILITY.items() if reads & open_counts}
        if open_stability:
            document_fact["unknown"] = sorted(open_counts | open_stability)
    add_coverage(data, facts)
    if meta.get("type") == "annual_report":
        report = annual_facts(data, meta, year, related.get("parent"), params)
        document_fact.update(attainment_counts(report))
        facts += report
    for fact in facts:
        bounded = LOWER_BOUNDS.get(fact["kind"], frozenset()).intersection(
            fact.get("unknown", ()))
        if bounded:
            fact["at_least"] = sorted(bounded)
    return facts


_STABILITY = {
    "goal_change": {"goal_count"}, "indicator_change": {"indicator_count"},
    "steering_change": {"goal_count", "indicator_count"},
    "assignment_growth": {"assignment_count"},
    "kept_indicator_count": {"indicator_count"}, "kept_indicator_share": {"indicator_count"},
}


def _mark_high(facts: list[dict], agreed: dict, params: dict) -> None:
    """One meaning of «high risk» in a document (RISK002, RISK003, RISK005, IC001): above
    the agreed tolerance when the document states one, else from `high_risk_score`."""
    if "tolerance_score" in agreed:
        high_from, basis = agreed["tolerance_score"] + 1, "agreed_tolerance"
    else:
        high_from, basis = params.get("high_risk_score"), "govcheck_threshold"
    if high_from is None:
        return
    # the score-bearing property of each kind, and the property that says it is high
    judged = dict(zip(("risk", "goal", "document"), [
        ("score", "high"), ("max_threat_score", "high_threat"), ("max_risk_score", "high_risk")],
        strict=True))
    for fact in facts:
        if fact["kind"] not in judged:
            continue
        score_key, high_key = judged[fact["kind"]]
        fact.update(high_from=high_from, high_basis=basis)
        if score_key in fact.get("unknown", ()):
            fact["unknown"] = sorted(set(fact["unknown"]) | {high_key})
        elif score_key in fact:
            fact[high_key] = fact[score_key] >= high_from


def _node(data, path):
    for part in path:
        if not isinstance(data, (dict, list)) or (isinstance(data, dict) and part not in data):
            return {}  # a fact about a section the document leaves out (no `goals:`)
        data = data[part]
    return data


def _mark_unknowns(facts: list[dict], links: _Links, open_sections: dict, data) -> None:
    """Add to each fact's `unknown` what null sections and unstated chains leave open."""
    tree = links.tree
    per_goal, document = goal_unknowns(links.goals, tree)
    for index in links.unscored_threat:  # the unscored risk may be the highest
        per_goal[index].add("max_threat_score")
    for index, parent in enumerate(tree.parent):
        if parent is not None and None in (links.goals[parent].data.get("chain"),
                                           links.goals[index].data.get("chain")):
            per_goal[index].update(("stage_rise", "parent_chain"))
    goals_open = "goal" in open_sections and "has_children" in open_sections["goal"]
    for index, goal in enumerate(links.goals):
        parent = tree.parent[index]
        if parent is None and goals_open and isinstance(goal.data.get("parent"), str):
            # the goal it names may be the one the file does not hold
            per_goal[index].update(("parent_resolves", "level_step", "stage_rise",
                                    "parent_chain", "parent_indicator_count"))
        elif parent is not None:
            above = links.goals[parent].data
            if above.get("level", 0) is None:
                per_goal[index].add("level_step")
            if "indicators" in above and _open(above["indicators"]):
                per_goal[index].add("parent_indicator_count")
    owner_open = [_owner_open(index, links, goals_open) for index in range(len(links.goals))]
    goal_facts = iter(per_goal)
    for fact in facts:
        extra = set(open_sections.get(fact["kind"], ()))
        if fact["kind"] == "goal":
            extra |= next(goal_facts)
        elif fact["kind"] == "indicator" and not fact["goal_has_owner"] \
                and owner_open[links.goal_at[tuple(fact["path"][:2])]]:
            extra.add("goal_has_owner")
        elif fact["kind"] == "document":
            extra |= document
        if fact["path"]:
            extra |= key_unknowns(fact["kind"], _node(data, fact["path"]))
        if extra:
            fact["unknown"] = sorted(set(fact.get("unknown", ())) | extra)


def _owner_open(index: int, links: _Links, goals_open: bool) -> bool:
    """Whether a goal without a stated owner, itself or above, may have one: an owner
    written null on the way up, or a parent link that is null or may name a goal the
    file does not hold. A stated owner on the way up decides."""
    seen, open_ = set(), False
    while index is not None and index not in seen:
        seen.add(index)
        data = links.goals[index].data
        if is_text(data.get("owner")):
            return False
        parent = links.tree.parent[index]
        open_ = open_ or ("owner" in data and data["owner"] is None) or (
            "parent" in data and data["parent"] is None) or (
            parent is None and goals_open and isinstance(data.get("parent"), str))
        index = parent
    return open_


def _line_bits(links: _Links) -> list[int]:
    """For each goal, the budget lines linked to it, as the bits of an int."""
    found = [0] * len(links.goals)
    for l_index, goals in enumerate(links.line_goals):
        for goal in goals:
            found[goal] |= 1 << l_index
    return found


def _goal_facts(links: _Links, parent_document) -> list[dict]:
    goal_items, tree, indicators_of = links.goals, links.tree, links.indicators_of
    facts = []
    cycle_heads = tree.cycle_heads()
    stages = [stage(goal) for goal in goal_items]
    own_indicators = [len(found) for found in indicators_of]
    indicator_sum = tree.subtree_sums(own_indicators)
    outcome_sum = tree.subtree_sums([count if stages[g] == "outcome" else 0
                                     for g, count in enumerate(own_indicators)])
    own_delivery = [1 if s in DELIVERY_STAGES else 0 for s in stages]
    delivery_sum = tree.subtree_sums(own_delivery)
    frequent_sum = tree.subtree_sums([
        sum(1 for i in found if i.data.get("frequency") in FREQUENT) for found in indicators_of
    ])
    line_sum = tree.subtree_sums(_line_bits(links), operator.or_)
    for index, goal in enumerate(goal_items):
        level = whole_number(goal.data.get("level"))
        parent = tree.parent[index]
        properties = {
            "has_parent": isinstance(goal.data.get("parent"), str),
            "parent_resolves": parent is not None,
            "chain": stages[index] or "none",
            "has_children": bool(tree.children[index]),
            "is_leaf": not tree.children[index],
            "indicator_count": own_indicators[index],
            "subtree_indicator_count": indicator_sum[index],
            "subtree_outcome_indicator_count": outcome_sum[index],
            "descendant_delivery_count": delivery_sum[index] - own_delivery[index],
            "risk_count": links.risk_count[index],
            "max_threat_score": links.threat[index],
            "subtree_frequent_indicator_count": frequent_sum[index],
            "subtree_budget_line_count": line_sum[index].bit_count(),
            "document_has_budget": bool(links.lines),
            "cycle_head": index in cycle_heads,
            "has_owner": is_text(goal.data.get("owner")),
            "goal_kind": "priority" if goal.data.get("kind") == "priority" else "standing",
        }
        if level is not None:
            properties["level"] = level
        if parent is not None:
            properties.update(_parent_properties(goal, goal_items[parent], level))
            properties["parent_indicator_count"] = len(indicators_of[parent])
        properties.update(contribution(goal, parent_document))
        facts.append(new_fact("goal", goal.path, goal.id, **properties))
    return facts


def _parent_properties(goal: Item, parent: Item, level) -> dict:
    properties = {"parent": parent.id or path_text(parent.path)}
    parent_level = whole_number(parent.data.get("level"))
    if level is not None and parent_level is not None:
        properties["level_step"] = level - parent_level
    own, above = stage(goal), stage(parent)
    if own and above:
        properties["stage_rise"] = STAGES.index(own) - STAGES.index(above)
        properties["parent_chain"] = above
    return properties


def _indicator_facts(links: _Links, tolerance: float, relative: float) -> list[dict]:
    facts = []
    owners = links.tree.inherited_all("owner")
    for indicator in links.indicators:
        goal_index = links.goal_at[indicator.path[:2]]
        owner = owners[goal_index]
        missing = [key for key in INFO_KEYS if not is_text(indicator.data.get(key))]
        baseline = indicator.data.get("baseline")
        goal = links.goals[goal_index]
        properties = {
            "goal": goal.id or path_text(goal.path),
            "has_baseline": isinstance(baseline, dict) and is_number(baseline.get("value")),
            "missing_info": missing,
            "missing_info_count": len(missing),
            "quality": indicator.data.get("quality") is True,
            "goal_has_owner": owner is not None,
            "has_owner": is_text(indicator.data.get("owner")),
        }
        if is_text(indicator.data.get("unit")):  # for `{x:unit}`: 56 prosent, 14 dager
            properties["unit"] = indicator.data["unit"]
        properties.update(target_facts(indicator.data))
        if isinstance(baseline, dict) and baseline.get("value", 0) is None:
            properties["unknown"] = properties["unknown"] + ["has_baseline"]
        properties.update(follow_up(numeric_view(indicator.data), tolerance, relative))
        properties["unknown"] = properties["unknown"] + follow_up_unknowns(indicator.data)
        facts.append(new_fact("indicator", indicator.path, indicator.id, **properties))
    return facts


def _risk_facts(links: _Links, agreed: dict, params: dict) -> list[dict]:
    facts = []
    for risk in links.risks:
        score = risk_score(risk)
        measures = risk.data.get("measures")
        listed = [m for m in (measures if isinstance(measures, list) else [])
                  if isinstance(m, dict)]
        complete = sum(1 for m in listed
                       if is_text(m.get("owner")) and iso_date(m.get("deadline")))
        open_measure = any(m.get("owner", 0) is None or m.get("deadline", 0) is None
                           for m in listed)
        treatment = risk.data.get("treatment")
        treated = treatment in ("reduce", "transfer", "avoid")
        properties = {
            "treatment": treatment if isinstance(treatment, str) else "none",
            "complete_measure_count": complete,
            "treatment_gaps": [gap for gap, missing in (("treatment_choice", not treated),
                                                        ("complete_measure", not complete))
                               if missing],
            "has_owner": is_text(risk.data.get("owner")),
            "control_link_count": len(links.linked_controls[risk.path]),
            "unknown": ([] if score is not None else ["high", "score"])
            + (["complete_measure_count"] if open_measure else []),
            **agreed,
        }
        if score is not None:
            properties["score"] = score  # `high` and its threshold: _mark_high
        residual = risk.data.get("residual")
        if isinstance(residual, dict):
            residual_score = risk_score(Item("risk", risk.path, residual))
            if residual_score is not None:
                properties["residual_score"] = residual_score
        properties["has_objective_category"] = is_text(risk.data.get("objective_category"))
        properties.update(residual_against_tolerance(properties))
        facts.append(new_fact("risk", risk.path, risk.id, **properties))
    return facts


def _control(control: Item, links: _Links) -> dict:
    missing = [key for key in ("owner", "frequency") if not is_text(control.data.get(key))]
    return {"missing_info": missing, "missing_info_count": len(missing),
            "risk_link_count": len(links.linked_risks[control.path])}


def _budget_facts(links: _Links, budget: Budget, tolerance: float) -> list[dict]:
    amounts = [line.data.get("amount") for line in links.lines if not is_income(line.data)]
    total = sum(a for a in amounts if is_number(a))  # spending: income posts left out
    # an expenditure line without a stated amount, or a line the file does not hold, may
    # hold any part of the total: every share is unknown
    total_open = any(not is_number(a) for a in amounts) or _has_null(links.data, "budget")
    risked_goals = {g for risk in links.risks for g in links.goal_refs(risk, "goals")}
    facts = []
    for l_index, line in enumerate(links.lines):
        amount = line.data.get("amount")
        properties = {
            "goal_link_count": len(links.line_goals[l_index]),
            "risked_goal_count": sum(1 for g in set(links.line_goals[l_index])
                                     if g in risked_goals),
            "income": is_income(line.data),
            "unknown": [] if is_number(amount) else ["amount"],
        }
        if total_open and not properties["income"]:
            properties["unknown"].append("share")
        if not is_number(amount) and not properties["income"] and line.id in budget.latest:
            properties["unknown"] += ["spending_problem", "underspent"]  # spent, against no amount
        chapter, post = line.data.get("chapter"), line.data.get("post")
        if chapter is not None and post is not None:  # numbers or digit strings
            properties["address"] = f"{chapter}/{int(post):02d}" if isinstance(post, int) \
                else f"{chapter}/{post}"
        if is_number(amount):
            properties["amount"] = amount
            if total > 0 and not properties["income"]:
                properties["share"] = amount / total
        spent = spending_facts(line, budget, tolerance)
        properties["unknown"] += spent.pop("unknown", [])
        properties.update(spent)
        facts.append(new_fact("budget_line", line.path, line.id, **properties))
    return facts


def _assignment_facts(assignments: list[Item], year) -> list[dict]:
    facts = []
    for assignment in assignments:
        deadline = iso_date(assignment.data.get("deadline"))
        # without a year the deadline cannot be judged; SCHEMA reports the missing year
        properties = {"has_deadline": deadline is not None,
                      "has_owner": is_text(assignment.data.get("owner")),
                      "has_deliverable": is_text(assignment.data.get("deliverable")),
                      "status": assignment.data.get("status")
                      if isinstance(assignment.data.get("status"), str) else "none",
                      "deadline_ok": deadline is not None
                      and (year is None or deadline.year >= year)}
        if deadline is not None:
            properties["deadline"] = deadline.isoformat()
        if not properties["deadline_ok"]:
            properties["deadline_problem"] = ("deadline_before_year" if deadline is not None
                                              else "no_deadline")
        facts.append(new_fact("assignment", assignment.path, assignment.id, **properties))
    return facts


def _document_fact(data, meta, year, links: _Links, high_scores, params) -> dict:
    goals, tree, indicators_of = links.goals, links.tree, links.indicators_of
    indicators, lines, mechanisms = links.indicators, links.lines, links.mechanisms
    stages = [stage(goal) for goal in goals]
    covered = set()
    user_indicators = 0
    perspectives = tree.inherited_all("perspective")
    for index in range(len(goals)):
        perspective = perspectives[index]
        if indicators_of[index]:
            covered.add(perspective)
            user_indicators += len(indicators_of[index]) if perspective == "user" else 0
    missing = [p for p in params["required_perspectives"] if p not in covered]
    efficiency = sum(
        1 for index in range(len(goals)) for indicator in indicators_of[index]
        if perspectives[index] == "finance"
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
        if isinstance(meeting, dict) and meeting.get("kind") in MEETINGS
        and year is not None and getattr(iso_date(meeting.get("date")), "year", None) == year
    )
    # an entry whose kind or date is not stated may be the one counted
    open_counts = [name for name, entries, kinds, key in (
        ("annual_report_next_year_count", [r.data for r in reporting], ("annual_report",),
         "deadline"),
        ("governance_meetings_in_year", dialogue, MEETINGS, "date"))
        if year is None or any(isinstance(e, dict) and (e.get("kind", 0) is None or (
            e.get("kind") in kinds and e.get(key, 0) is None)) for e in entries)]
    copy_to = meta.get("copy_to") if isinstance(meta.get("copy_to"), list) else []
    parties = [str(meta.get(key, "")) for key in ("issuer", "recipient")]
    budget = data.get("budget") if isinstance(data.get("budget"), dict) else {}
    authorisations = budget.get("authorisations")
    legal = data.get("legal_basis")
    stated = document_facts(data, meta, lines)
    phases, open_phases = participation_phases(mechanisms)
    stated["unknown"] = stated["unknown"] + open_phases + open_counts
    return new_fact(
        "document", (), "document",
        doc_type=meta.get("type") if isinstance(meta.get("type"), str) else "none",
        level1_count=sum(1 for goal in goals if whole_number(goal.data.get("level")) == 1),
        # a kind written null may be a year's priority: not counted (a lower bound)
        level1_standing_count=sum(1 for goal in goals if whole_number(goal.data.get("level")) == 1
                                  and goal.data.get("kind", "standing") not in ("priority", None)),
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
        control_count=len(links.controls),
        systemic_mechanism_count=sum(
            1 for m in mechanisms if m.data.get("level") == "systemic"
        ),
        is_nav=search(params["nav_pattern"], *parties),
        budget_line_count=len(lines),
        authorisation_count=len(authorisations) if isinstance(authorisations, list) else 0,
        annual_report_next_year_count=annual,
        governance_meetings_in_year=meetings,
        legal_basis_count=len(legal) if isinstance(legal, list) else 0,
        **phases,
        copies_riksrevisjonen=any(
            isinstance(entry, str) and "riksrevisjonen" in entry.lower() for entry in copy_to
        ),
        **stated,
    )
