"""What the JSON Schema marks beyond structure: the items that carry an id
(`x-govcheck-item: goal`) and the fields that refer to one (`x-govcheck-ref: goal`).

The schema is walked beside a document's data, so a reference field added to the schema
with its mark is normalised and resolved (REF002) without new code. Validators ignore
keywords they do not know; `x-` keeps ours apart from any future JSON Schema keyword.
"""

from __future__ import annotations

import functools
import json
from typing import NamedTuple

from ..resources import resource_dir

SCHEMA_FILE = "goal-document.schema.json"
ITEM, REF = "x-govcheck-item", "x-govcheck-ref"


@functools.cache
def schema() -> dict:
    return json.loads((resource_dir("schemas") / SCHEMA_FILE).read_text(encoding="utf-8"))


class Marked(NamedTuple):
    items: list  # (kind, path, id) of each item with a text id, in document order
    references: list  # (path, value as written, kind wanted) of each reference


def marked(data) -> Marked:
    """The items and references of a document, as the schema marks them. A reference is
    each text or whole number in a marked field, or in the list a marked field holds."""
    found = Marked([], [])
    _visit("#", data, (), found)
    return found


@functools.cache
def _resolve(pointer: str) -> dict:
    """The schema node at a JSON pointer within the schema (`#/$defs/v2Goal`)."""
    node = schema()
    for part in pointer.split("/")[1:]:
        node = node[part]
    return node


@functools.cache
def _holds_marks(pointer: str) -> bool:
    """Whether the schema node at `pointer`, or anything below it, is marked."""
    return _marks_below(_resolve(pointer), set())


def _marks_below(node, seen: set) -> bool:
    if not isinstance(node, dict):
        return False
    if ITEM in node or REF in node:
        return True
    target = node.get("$ref")
    if isinstance(target, str) and target not in seen:
        seen.add(target)
        if _marks_below(_resolve(target), seen):
            return True
    subs = [node.get(key) for key in ("items", "if", "then", "else")]
    subs += list(node.get("properties", {}).values()) + list(node.get("allOf", ()))
    return any(_marks_below(sub, seen) for sub in subs)


@functools.cache
def _condition(pointer: str):
    """A validator for the `if` at `pointer` (its `$ref`s resolve in the whole schema)."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator({**_resolve(pointer), "$defs": schema()["$defs"]})


def _text(value):
    """A whole number is read as its text, as normalize does before the schema sees it."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _visit(pointer: str, value, path: tuple, found: Marked) -> None:
    node = _resolve(pointer)
    if REF in node:
        values = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, ref in values:
            if isinstance(_text(ref), str):
                where = path if index is None else path + (index,)
                found.references.append((where, _text(ref), node[REF]))
        return
    if ITEM in node and isinstance(value, dict) and isinstance(_text(value.get("id")), str):
        found.items.append((node[ITEM], path, _text(value["id"])))
    if isinstance(node.get("$ref"), str) and _holds_marks(node["$ref"]):
        _visit(node["$ref"], value, path, found)
    if "if" in node and any(branch in node and _holds_marks(f"{pointer}/{branch}")
                            for branch in ("then", "else")):
        branch = "then" if _condition(f"{pointer}/if").is_valid(value) else "else"
        if branch in node:
            _visit(f"{pointer}/{branch}", value, path, found)
    for index in range(len(node.get("allOf", ()))):
        if _holds_marks(f"{pointer}/allOf/{index}"):
            _visit(f"{pointer}/allOf/{index}", value, path, found)
    if isinstance(value, dict):
        for key in node.get("properties", {}):
            if key in value and _holds_marks(f"{pointer}/properties/{key}"):
                _visit(f"{pointer}/properties/{key}", value[key], path + (key,), found)
    elif isinstance(value, list) and "items" in node and _holds_marks(f"{pointer}/items"):
        for index, element in enumerate(value):
            _visit(f"{pointer}/items", element, path + (index,), found)
