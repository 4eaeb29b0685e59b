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


class _Plan(NamedTuple):
    """What to do at one schema node, worked out once: only the parts that hold marks."""

    ref: str | None  # the kind a reference here names
    item: str | None  # the kind of item here
    same: tuple  # pointers read against the same value ($ref, allOf)
    branches: tuple  # (if, then, else) pointers, or () when neither branch holds marks
    properties: tuple  # (key, pointer) of the properties that hold marks
    items: str | None  # pointer of the list elements' schema, when it holds marks


@functools.cache
def _plan(pointer: str) -> _Plan:
    node = _resolve(pointer)
    same = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
    same += [f"{pointer}/allOf/{i}" for i in range(len(node.get("allOf", ())))]
    branches = ()
    if "if" in node and any(b in node and _holds_marks(f"{pointer}/{b}") for b in ("then", "else")):
        branches = tuple(f"{pointer}/{b}" if b in node else None for b in ("if", "then", "else"))
    properties = tuple((key, f"{pointer}/properties/{key}") for key in node.get("properties", {}))
    items = f"{pointer}/items" if "items" in node else None
    plan = _Plan(node.get(REF), node.get(ITEM), tuple(p for p in same if _holds_marks(p)),
                 branches, tuple((k, p) for k, p in properties if _holds_marks(p)),
                 items if items and _holds_marks(items) else None)
    if plan[:2] == (None, None) and len(plan.same) == 1 and not any(plan[3:]):
        return _plan(plan.same[0])  # only a $ref: go straight to what it names
    return plan


def _visit(pointer: str, value, path: tuple, found: Marked) -> None:
    plan = _plan(pointer)
    if plan.ref is not None:
        if isinstance(value, list):
            for index, ref in enumerate(value):
                ref = _text(ref)
                if isinstance(ref, str):
                    found.references.append((path + (index,), ref, plan.ref))
        elif isinstance(ref := _text(value), str):
            found.references.append((path, ref, plan.ref))
        return
    if plan.item is not None and isinstance(value, dict):
        identifier = _text(value.get("id"))
        if isinstance(identifier, str):
            found.items.append((plan.item, path, identifier))
    for other in plan.same:
        _visit(other, value, path, found)
    if plan.branches:
        condition, then, otherwise = plan.branches
        branch = then if _condition(condition).is_valid(value) else otherwise
        if branch is not None:
            _visit(branch, value, path, found)
    if isinstance(value, dict):
        for key, sub in plan.properties:
            if key in value:
                _visit(sub, value[key], path + (key,), found)
    elif isinstance(value, list) and plan.items is not None:
        for index, element in enumerate(value):
            _visit(plan.items, element, path + (index,), found)
