"""Facts across documents: the parent document's goals, last year's document."""

from __future__ import annotations

from ..document.items import Item
from .values import is_text, new_fact


def contribution(goal: Item, parent) -> dict:
    """Whether the goal's `contributes_to` names a goal of the parent document."""
    named = goal.data.get("contributes_to")
    if parent is None or not isinstance(named, str):
        return {}
    document_id, _, goal_id = named.partition("#")
    resolves = document_id == parent.id and goal_id in parent.goals
    return {"contributes_to": named, "contributes_to_resolves": resolves,
            "parent_document": parent.id}


def parent_goal_facts(goals: list[Item], parent) -> list[dict]:
    """One fact per level-1 goal of the parent document: is it carried down here?"""
    carried = [g.data.get("contributes_to") for g in goals]
    return [
        new_fact("parent_goal", ("goals",), f"{parent.id}#{goal_id}", key=f":{goal_id}",
              parent_document=parent.id, parent_goal=goal_id,
              carried_down_count=carried.count(f"{parent.id}#{goal_id}"))
        for goal_id in parent.level1_goals
    ]


def stability(current: dict, indicators: list[Item], previous) -> dict:
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
        "steering_change": current["goal_count"] + current["indicator_count"]
        - previous.goal_count - previous.indicator_count,
        "assignment_growth": (current["assignment_count"] - previous.assignment_count)
        / max(previous.assignment_count, 1),
    }
    if previous.indicator_count:
        facts["kept_indicator_share"] = kept / previous.indicator_count
        facts["kept_indicator_count"] = kept
    return facts
