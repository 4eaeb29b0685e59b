"""Where each item of a document goes: rows per sheet, and the cells of the scorecard.

Both directions share this: export lays a document out, import checks that what it reads
could have been laid out so (same headers, same links).
"""

from __future__ import annotations

import re

from .cells import ITEM, KEY, MISSING, RAW
from .table import OBJECT_PARTS, SHEETS, SheetSpec, field_rows, parent_spec, sheet_columns

ACTUAL_KEYS = ("period", "value", "comment")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})|T([1-3])|Q([1-4])))?$")
LIST_PARTS = tuple(s.path[:-1] for s in SHEETS if "*" not in s.path[:-1])


def period_key(period: str) -> tuple:
    """Chronological order of the scorecard's columns; unreadable periods last, as text."""
    match = _PERIOD.match(period)
    if not match:
        return (1, 0, 0, 0, period)
    year, month, tertial, quarter = match.groups()
    if month:
        start, length = int(month), 1
    elif tertial:
        start, length = 4 * (int(tertial) - 1) + 1, 4
    elif quarter:
        start, length = 3 * (int(quarter) - 1) + 1, 3
    else:
        start, length = 1, 12
    return (0, int(year), start, -length, period)


def get(data, path: tuple):
    """The value at a path of keys and indices, or MISSING."""
    for step in path:
        if isinstance(step, int):
            if not isinstance(data, list) or step >= len(data):
                return MISSING
            data = data[step]
        elif isinstance(data, dict) and step in data:
            data = data[step]
        else:
            return MISSING
    return data


def lists_at(data, pattern: tuple, prefix: tuple = ()):
    """(path of the list, the list) for each list the pattern (ending in "*") names."""
    head = pattern.index("*") if "*" in pattern else len(pattern)
    node = get(data, pattern[:head])
    path = prefix + pattern[:head]
    if head == len(pattern) - 1:
        if isinstance(node, list) and node:
            yield path, node
        return
    if isinstance(node, list):
        for index, entry in enumerate(node):
            if isinstance(entry, dict):
                yield from lists_at(entry, pattern[head + 1:], path + (index,))


def item_rows(data, spec: SheetSpec):
    """(path of the item, the entry) for every entry of every list of this sheet."""
    for path, entries in lists_at(data, spec.path):
        for index, entry in enumerate(entries):
            yield path + (index,), entry


def extra_keys(entries, known: set) -> list[str]:
    """Keys of the entries that have no column of their own, in order of appearance."""
    seen: dict[str, None] = {}
    for entry in entries:
        if isinstance(entry, dict):
            for key in entry:
                if key not in known:
                    seen.setdefault(key, None)
    return list(seen)


def header_of_extra(key: str) -> str:
    return key if key.startswith("x-") else KEY + key


def known_keys(spec: SheetSpec) -> set:
    return {c.key[0] for c in sheet_columns(spec)} | set(spec.children)


def spreads(entry: dict, nested: str, subkeys: set) -> bool:
    """Whether a nested object can spread over its columns (else it is kept whole)."""
    value = entry.get(nested, MISSING)
    return value is MISSING or (isinstance(value, dict) and bool(value) and set(value) <= subkeys
                                and not any(isinstance(v, (dict, list)) for v in value.values()))


def rows_kept_whole(entries, spec: SheetSpec) -> set:
    """Keys kept as one raw cell for at least one entry: nested objects that do not spread,
    and child lists that are not a non-empty list (null, empty, or another value)."""
    whole = set()
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for nested in spec.nested:
            subkeys = {c.key[1] for c in sheet_columns(spec) if c.key[0] == nested}
            if not spreads(entry, nested, subkeys):
                whole.add(nested)
        for child in spec.children:
            value = entry.get(child, MISSING)
            if value is not MISSING and not (isinstance(value, list) and value):
                whole.add(child)
    return whole


def link_value(data, spec: SheetSpec, parent_path: tuple):
    """How a child row names its parent item: the parent's id when it names exactly one
    item of the parent's sheet, else the item's indices as JSON."""
    parent = parent_spec(spec)
    entry = get(data, parent_path)
    identifier = entry.get("id") if isinstance(entry, dict) else None
    if isinstance(identifier, str) and identifier and not identifier.startswith(
            (RAW, ITEM, KEY)) and "," not in identifier:
        same = [p for p, e in item_rows(data, parent)
                if isinstance(e, dict) and e.get("id") == identifier]
        if len(same) == 1:
            return identifier
    return RAW + "[" + ", ".join(str(i) for i in parent_path if isinstance(i, int)) + "]"


def scorecard_fits(actuals) -> bool:
    """Whether an indicator's actuals read the same from the scorecard: objects of period
    (a text), value and comment (a non-empty text) only, periods in increasing order."""
    if not isinstance(actuals, list) or not actuals:
        return False
    keys = []
    for actual in actuals:
        if not isinstance(actual, dict) or not set(actual) <= set(ACTUAL_KEYS) or \
                "value" not in actual or not isinstance(actual.get("period"), str):
            return False
        period = actual["period"]
        if period.strip() != period or not period or period.startswith((RAW, ITEM, KEY)):
            return False
        comment = actual.get("comment", MISSING)
        if comment is not MISSING and not (isinstance(comment, str) and comment.strip()):
            return False
        keys.append(period_key(period))
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))


def field_paths() -> set:
    return {path for path, _, _ in field_rows()}


def extra_fields(data: dict) -> list[tuple]:
    """Paths of the first sheet's extra rows: values the format does not name (x- keys,
    unknown keys), parts that are not the object or non-empty list they should be."""
    found = []
    known = field_paths()
    list_parts = set(LIST_PARTS)
    for key, value in data.items():
        path = (key,)
        if key in OBJECT_PARTS:
            if not isinstance(value, dict):
                found.append(path)
                continue
            for sub, sub_value in value.items():
                sub_path = path + (sub,)
                if sub_path in list_parts:
                    if not (isinstance(sub_value, list) and sub_value):
                        found.append(sub_path)
                elif sub_path not in known:
                    found.append(sub_path)
        elif path in list_parts:
            if not (isinstance(value, list) and value):
                found.append(path)
        elif path not in known:
            found.append(path)
    return found


def field_label(path: tuple) -> str:
    return KEY + ".".join(path)
