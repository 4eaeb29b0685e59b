"""Goals and indicators of two documents: matched by id, then by title or name, and
compared field by field (see the package docstring)."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from ...document.items import Item, items
from ...document.loader import Document
from .model import Change, Entry, Section


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _number(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _same_label(value) -> str | None:
    return " ".join(value.split()).casefold() if isinstance(value, str) and value.strip() else None


def _sort_key(identifier: str):
    # natural order, so G2 comes before G10; the raw text breaks ties. ASCII digits only:
    # str.isdigit also takes «¹», which int() refuses
    parts = re.split(r"([0-9]+)", identifier)
    return [(0, int(p), "") if index % 2 else (1, 0, p) for index, p in enumerate(parts)], \
        identifier


def _first_by_id(found: list[Item]) -> dict[str, Item]:
    # a duplicated id resolves to its first occurrence, as references do
    by_id: dict[str, Item] = {}
    for item in found:
        if item.id is not None and item.id not in by_id:
            by_id[item.id] = item
    return by_id


def _match(old: dict[str, Item], new: dict[str, Item], label: str) -> dict[str, str]:
    """old id → new id: same id first, then same title/name among the rest.

    The spare old items are indexed by label once, so matching is linear in the
    number of items (8 000 renamed goals took 42 s with a scan per new item)."""
    pairs = {i: i for i in old if i in new}
    spare: dict[str, deque] = {}
    for old_id, item in old.items():  # file order, so ties pair up in order
        wanted = _same_label(item.data.get(label)) if old_id not in pairs else None
        if wanted is not None:
            spare.setdefault(wanted, deque()).append(old_id)
    for new_id, item in new.items():
        if new_id in old:
            continue
        waiting = spare.get(_same_label(item.data.get(label)) or "")
        if waiting:
            pairs[waiting.popleft()] = new_id
    return pairs


def _shift_period(period, years: int):
    if not isinstance(period, str) or not years:
        return period
    match = re.match(r"^(\d{4})(.*)$", period)
    return f"{int(match.group(1)) + years}{match.group(2)}" if match else period


def _target(data: dict):
    """(kind, value, description, period) of an indicator's target."""
    target = data.get("target")
    if not isinstance(target, dict):
        return "none", None, None, None
    value = _number(target.get("value"))
    description = _text(target.get("description"))
    period = target.get("period")
    period = period if isinstance(period, str) else None
    if value is not None:
        return "numeric", value, description, period
    if description and description.strip():
        return "qualitative", None, description, period
    return "none", None, None, period


def _effect(trend: str, direction) -> str | None:
    if direction == "higher_is_better":
        return "easier" if trend == "lowered" else "harder"
    if direction == "lower_is_better":
        return "harder" if trend == "lowered" else "easier"
    return None


def year_of(data: dict) -> int | None:
    meta = data.get("document")
    year = meta.get("year") if isinstance(meta, dict) else None
    return year if isinstance(year, int) and not isinstance(year, bool) else None


class _Context:
    def __init__(self, old: Document, new: Document):
        self.old, self.new = old, new
        old_year, new_year = year_of(old.data), year_of(new.data)
        self.years = new_year - old_year if old_year and new_year else 0
        self.old_goals = _first_by_id(items(old.data, "goal"))
        self.new_goals = _first_by_id(items(new.data, "goal"))
        self.goal_map = _match(self.old_goals, self.new_goals, "title")

    def mapped(self, old_goal_id):
        """An old goal reference as it would read in the new document."""
        return self.goal_map.get(old_goal_id, old_goal_id)

    def line(self, document: Document, item: Item) -> int:
        return document.locate(item.path)[0]


def _goal_changes(ctx: _Context, old_id: str, new_id: str, before: dict, after: dict):
    changes = []
    if old_id != new_id:
        changes.append(Change("id", old_id, new_id))
    for key in ("title", "level", "chain"):
        if before.get(key) != after.get(key):
            changes.append(Change(key, before.get(key), after.get(key)))
    old_parent, new_parent = _text(before.get("parent")), _text(after.get("parent"))
    if ctx.mapped(old_parent) != new_parent:
        changes.append(Change("parent", old_parent, new_parent))
    return changes


def _indicator_goal(data: dict, item: Item) -> str | None:
    goals = data.get("goals")
    goal = goals[item.path[1]] if isinstance(goals, list) else None
    return _text(goal.get("id")) if isinstance(goal, dict) else None


def _indicator_changes(ctx: _Context, old_item: Item, new_item: Item):
    before, after = old_item.data, new_item.data
    changes = []
    if old_item.id != new_item.id:
        changes.append(Change("id", old_item.id, new_item.id))
    if before.get("name") != after.get("name"):
        changes.append(Change("name", before.get("name"), after.get("name")))
    old_goal = _indicator_goal(ctx.old.data, old_item)
    new_goal = _indicator_goal(ctx.new.data, new_item)
    if ctx.mapped(old_goal) != new_goal:
        changes.append(Change("goal", old_goal, new_goal))
    for key in ("unit", "direction"):
        if before.get(key) != after.get(key):
            changes.append(Change(key, before.get(key), after.get(key)))
    old_kind, old_value, old_text, old_period = _target(before)
    new_kind, new_value, new_text, new_period = _target(after)
    if old_kind != new_kind:
        changes.append(Change("target_kind", old_kind, new_kind))
    elif old_kind == "numeric" and old_value != new_value:
        trend = "lowered" if new_value < old_value else "raised"
        # easier or harder only means something when the direction stayed put
        direction = after.get("direction")
        effect = _effect(trend, direction) if before.get("direction") == direction else None
        changes.append(Change("target_value", old_value, new_value, trend, effect))
    elif old_kind == "qualitative" and old_text != new_text:
        changes.append(Change("target_description", old_text, new_text))
    if "none" not in (old_kind, new_kind) and _shift_period(old_period, ctx.years) != new_period:
        changes.append(Change("target_period", old_period, new_period))
    return changes


def _sorted(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: _sort_key(e.id)))


def _section(ctx: _Context, old_items, new_items, pairs, make_entry, changes_of) -> Section:
    matched_new = set(pairs.values())
    added = [make_entry(ctx.new, item) for i, item in new_items.items() if i not in matched_new]
    removed = [make_entry(ctx.old, item) for i, item in old_items.items() if i not in pairs]
    changed = []
    for old_id, new_id in pairs.items():
        changes = changes_of(old_items[old_id], new_items[new_id])
        if changes:
            entry = make_entry(ctx.new, new_items[new_id])
            changed.append(replace(entry, old_line=ctx.line(ctx.old, old_items[old_id]),
                                   changes=tuple(changes)))
    return Section(_sorted(added), _sorted(removed), _sorted(changed))


def goal_sections(old: Document, new: Document) -> tuple[Section, Section]:
    """Goals and indicators added, removed and changed from `old` to `new`."""
    ctx = _Context(old, new)

    def goal_entry(document: Document, item: Item) -> Entry:
        level = item.data.get("level")
        return Entry("goal", item.id, _text(item.data.get("title")),
                     ctx.line(document, item),
                     level=level if isinstance(level, int) and not isinstance(level, bool)
                     else None)

    def indicator_entry(document: Document, item: Item) -> Entry:
        return Entry("indicator", item.id, _text(item.data.get("name")),
                     ctx.line(document, item), goal=_indicator_goal(document.data, item),
                     unit=_text(item.data.get("unit")))

    goals = _section(
        ctx, ctx.old_goals, ctx.new_goals, ctx.goal_map, goal_entry,
        lambda a, b: _goal_changes(ctx, a.id, b.id, a.data, b.data),
    )
    old_indicators = _first_by_id(items(old.data, "indicator"))
    new_indicators = _first_by_id(items(new.data, "indicator"))
    indicator_map = _match(old_indicators, new_indicators, "name")
    indicators = _section(
        ctx, old_indicators, new_indicators, indicator_map, indicator_entry,
        lambda a, b: _indicator_changes(ctx, a, b),
    )
    return goals, indicators
