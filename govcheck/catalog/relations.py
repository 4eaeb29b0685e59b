"""Facts across documents: the parent document's goals, last year's document."""

from __future__ import annotations

import re

from ..document.items import Item
from .values import digits, is_number, is_text, new_fact


def contribution(goal: Item, parent) -> dict:
    """Whether the goal's `contributes_to` names a goal of the parent document."""
    named = goal.data.get("contributes_to")
    if parent is None or not isinstance(named, str):
        return {}
    document_id, _, goal_id = named.partition("#")
    # a goal a supplement adds is the amended letter's, named by either id
    resolves = document_id in (parent.id, *parent.amended_by) and goal_id in parent.goals
    return {"contributes_to": named, "contributes_to_resolves": resolves,
            "parent_document": parent.id}


def parent_goal_facts(goals: list[Item], parent) -> list[dict]:
    """One fact per level-1 goal of the parent document: is it carried down here?"""
    carried = [g.data.get("contributes_to") for g in goals]
    names = (parent.id, *parent.amended_by)
    return [
        new_fact("parent_goal", ("goals",), f"{parent.id}#{goal_id}", key=f":{goal_id}",
              parent_document=parent.id, parent_goal=goal_id,
              amended_by=list(parent.amended_by),
              carried_down_count=sum(carried.count(f"{name}#{goal_id}") for name in names))
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


def post_key(line: Item) -> str | None:
    """`605.01` for chapter 605 post 1, whether written as numbers or text."""
    chapter, post = line.data.get("chapter"), line.data.get("post")
    parts = []
    for value, width in ((chapter, 0), (post, 2)):
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            return None
        value = value.strip()
        parts.append(value.zfill(width) if digits(value) else value)
    return ".".join(parts)


def post_address(key: str) -> str:
    """`605/01`, the form `{x:budget}` writes as kap. 605 post 01, from the key `605.01`."""
    chapter, _, post = key.partition(".")
    return f"{chapter}/{post}"


def post_totals(lines: list[Item]) -> dict[str, float]:
    """Amount per chapter.post over the budget lines (several lines may share a post)."""
    totals: dict[str, float] = {}
    for line in lines:
        key, amount = post_key(line), line.data.get("amount")
        if key is not None and is_number(amount):
            totals[key] = totals.get(key, 0) + amount
    return totals


def _name(text: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", text).split()).casefold()


def is_unit_of(issuer: str, recipient: str) -> bool:
    """The issuer is the recipient, or a unit named after it: the recipient's name (or the
    short name it gives in brackets) occurs as whole words in the issuer's name —
    «Arbeidstilsynet region Nord» under «Arbeidstilsynet», «IMDi Vest» under
    «Integrerings- og mangfoldsdirektoratet (IMDi)». Other units need a waiver."""
    if not is_text(issuer) or not is_text(recipient):
        return True  # nothing to compare; the schema reports a missing name
    names = [_name(recipient)] + [" ".join(s.split()).casefold()
                                  for s in re.findall(r"\(([^)]*)\)", recipient)]
    wanted = " ".join(issuer.split()).casefold()
    return any(name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", wanted)
               for name in names)


def parent_link(meta: dict, year, parent) -> dict:
    """The document fact's view of its parent: same year, issued by the parent's recipient."""
    issuer = meta.get("issuer") if isinstance(meta.get("issuer"), str) else ""
    facts = {"parent_document": parent.id, "issuer": issuer,
             "amended_by": list(parent.amended_by),
             "parent_recipient": parent.recipient,
             "year_matches_parent": year is None or parent.year is None or year == parent.year,
             "issuer_is_parent_recipient": is_unit_of(issuer, parent.recipient)}
    if year is not None:
        facts["year"] = year
    if parent.year is not None:
        facts["parent_year"] = parent.year
    return facts


def parent_post_facts(lines: list[Item], parent, own_file: str) -> list[dict]:
    """One fact per chapter.post allocated here, at its first line: does the parent
    allocate it, and do the parent's children in the run together stay within it?"""
    own = post_totals(lines)
    parent_posts = dict(parent.posts)
    others = [dict(posts) for file, posts in parent.children if file != own_file]
    facts, seen = [], set()
    for line in lines:
        key = post_key(line)
        if key is None or key in seen or key not in own:
            continue
        seen.add(key)
        sharing = [posts[key] for posts in others if key in posts]
        total = own[key] + sum(sharing)
        parent_amount = parent_posts.get(key, 0)
        facts.append(new_fact(
            "parent_post", line.path, f"{key}", key=":post", parent_document=parent.id,
            post=key, address=post_address(key), amended_by=list(parent.amended_by),
            amount=own[key], in_parent=key in parent_posts,
            parent_amount=parent_amount, children_total=total,
            children_count=1 + len(sharing), exceeds_parent=total > parent_amount))
    return facts
