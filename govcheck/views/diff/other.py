"""Budget lines, assignments (oppdrag) and risks of two documents: matched by id (a budget
line without one by chapter/post), then by title, and compared field by field."""

from __future__ import annotations

from ...catalog.relations import post_key
from ...document.items import Item, items
from ...document.loader import Document
from .goals import _match, _section
from .model import Change, Entry, Section

# Fields compared, in output order. Format v2 fields (an assignment's owner and status,
# a risk's tolerance) compare as absent on both sides until a document has them.
FIELDS = {
    "budget_line": ("chapter", "post", "title", "amount", "goals"),
    "assignment": ("title", "deadline", "goal", "owner", "status"),
    "risk": ("title", "likelihood", "consequence", "score", "treatment", "tolerance", "owner"),
}


def _value(item: Item, key: str):
    if key == "score":  # likelihood × consequence, as the RISK rules read it
        likelihood, consequence = item.data.get("likelihood"), item.data.get("consequence")
        if all(isinstance(v, int) and not isinstance(v, bool) for v in (likelihood,
                                                                         consequence)):
            return likelihood * consequence
        return None
    value = item.data.get(key)
    if key in ("chapter", "post") and isinstance(value, int) and not isinstance(value, bool):
        return str(value).zfill(2 if key == "post" else 0)
    return value if isinstance(value, (str, int, float, bool, list)) else None


def _keyed(found: list[Item]) -> dict[str, Item]:
    """By id, the first of a duplicated one; a budget line without id by `kap.post`."""
    by_key: dict[str, Item] = {}
    for item in found:
        key = item.id or (post_key(item) if item.kind == "budget_line" else None)
        if key is not None and key not in by_key:
            by_key[key] = item
    return by_key


class _Sides:
    def __init__(self, old: Document, new: Document):
        self.old, self.new = old, new

    def line(self, document: Document, item: Item) -> int:
        return document.locate(item.path)[0]


def other_section(old: Document, new: Document, kind: str) -> Section:
    ctx = _Sides(old, new)
    before, after = _keyed(items(old.data, kind)), _keyed(items(new.data, kind))
    pairs = _match(before, after, "title")
    key_of = {id(item): key for side in (before, after) for key, item in side.items()}

    def entry(document: Document, item: Item) -> Entry:
        title = item.data.get("title")
        return Entry(kind, key_of[id(item)], title if isinstance(title, str) else None,
                     ctx.line(document, item))

    def changes(a: Item, b: Item) -> list[Change]:
        found = []
        if key_of[id(a)] != key_of[id(b)]:
            found.append(Change("id", key_of[id(a)], key_of[id(b)]))
        for name in FIELDS[kind]:
            old_value, new_value = _value(a, name), _value(b, name)
            if old_value != new_value:
                found.append(Change(name, old_value, new_value))
        return found

    return _section(ctx, before, after, pairs, entry, changes)
