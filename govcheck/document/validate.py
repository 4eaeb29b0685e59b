"""Schema and reference checks: SCHEMA, REF001 and REF002 findings.

The JSON Schema is the one source of structure; this module only turns its
errors into messages a planner understands, at the node they are about.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict

from ..resources import resource_dir
from .items import REFERENCES, all_items, items, path_text, references
from .loader import Document

SCHEMA_FILE = "goal-document.schema.json"

@functools.cache
def schema() -> dict:
    return json.loads((resource_dir("schemas") / SCHEMA_FILE).read_text(encoding="utf-8"))


@functools.cache
def _validator():
    import jsonschema_rs  # Rust: fast enough to run on every document

    return jsonschema_rs.Draft202012Validator(schema(), validate_formats=True)


_KIND_WORDS = {
    "string": "a text", "integer": "a whole number", "number": "a number",
    "boolean": "true or false", "array": "a list", "object": "a mapping", "null": "empty",
}
_PATTERN_HINTS = {
    "period": "a period such as 2015, 2015-03, 2015-T1 or 2015-Q1",
    "chapter": "a chapter of 3–4 digits, such as 605",
    "post": "a post of 2 digits, such as 01",
    "contributes_to": "DOCUMENT-ID#GOAL-ID",
    "rule": "a rule id such as MRS001",
    **{key: "a date such as 2016-03-01" for key in ("date", "deadline", "expires")},
}


def _name(path) -> str:
    return path_text(tuple(path)) or "top level"


def _show(value) -> str:
    if isinstance(value, (dict, list)):
        return _KIND_WORDS["object" if isinstance(value, dict) else "array"]
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _schema_node(schema_path) -> dict:
    """The schema object an error's keyword sits in (paths start at a $defs entry)."""
    node = schema()
    for part in list(schema_path)[:-1]:
        node = node[part]
    return node


def _schema_message(error) -> list[tuple[tuple, bool, str]]:
    """(path, point at the key?, message) for one jsonschema-rs error."""
    path = tuple(error.instance_path)
    where = _name(path)
    kind, value = error.kind, error.instance
    keyword = kind.name
    if keyword == "required":
        return [(path, False, f"{where}: required key '{kind.property}' is missing")]
    if keyword == "additionalProperties":
        allowed = ", ".join(sorted(_schema_node(error.schema_path).get("properties", {})))
        return [(path + (key,), True, f"{where}: unknown key '{key}' (allowed: {allowed}; "
                 "own keys start with x-)") for key in kind.unexpected]
    if keyword == "type":
        words = " or ".join(_KIND_WORDS.get(t, t) for t in kind.types)
        return [(path, False, f"{where} must be {words}, not {_show(value)}")]
    if keyword == "enum":
        choices = ", ".join(str(choice) for choice in kind.options)
        return [(path, False, f"{where} is {_show(value)}; expected one of: {choices}")]
    if keyword == "const":
        return [(path, False, f"{where} must be {_show(kind.expected_value)}")]
    if keyword == "pattern":
        key = next((p for p in reversed(path) if isinstance(p, str)), "")
        hint = _PATTERN_HINTS.get(key, "an id without spaces, '#' or control characters")
        return [(path, False, f"{where} is {_show(value)}; expected {hint}")]
    if keyword == "format":
        return [(path, False, f"{where} is {_show(value)}, which is no valid "
                 f"{kind.format} (YYYY-MM-DD)")]
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "above",
                 "exclusiveMaximum": "below"}[keyword]
        return [(path, False, f"{where} is {_show(value)}; it must be {bound} {kind.limit}")]
    if keyword in ("minLength", "minItems"):
        return [(path, False, f"{where} must not be empty")]
    if keyword == "maxLength":
        return [(path, False, f"{where} is longer than {kind.limit} characters")]
    if keyword in ("oneOf", "anyOf"):
        return [(path, False, _alternatives(where, kind.context))]
    return [(path, False, f"{where}: {error.message}")]


def _alternatives(where: str, alternatives: list) -> str:
    """What oneOf/anyOf wanted: the keys that would each do (a target's `value` or
    `description`), or else the complaint of the nearest alternative."""
    if alternatives and all(len(a) == 1 and a[0].kind.name == "required" for a in alternatives):
        keys = " or ".join(f"'{a[0].kind.property}'" for a in alternatives)
        return f"{where} needs {keys}"
    nearest = min(alternatives, key=len) if alternatives else []
    if not nearest:
        return f"{where} does not match any allowed form"
    return f"{where} does not match any allowed form: " + _schema_message(nearest[0])[0][2]


def schema_problems(document: Document) -> list[tuple[str, tuple, bool, dict]]:
    """Every schema violation as (rule, path, at key, message parameters)."""
    validator = _validator()
    if validator.is_valid(document.data):
        return []
    found = {}
    for error in validator.iter_errors(document.data):
        for path, at_key, message in _schema_message(error):
            found.setdefault((path, message), ("SCHEMA", path, at_key, {"detail": message}))
    return list(found.values())


def reference_problems(document: Document) -> list[tuple[str, tuple, bool, dict]]:
    """REF001 for ids used more than once, REF002 for references that resolve to nothing."""
    data = document.data
    found = []
    places: dict[str, list[tuple]] = defaultdict(list)
    kind_of: dict[str, set] = defaultdict(set)
    meta = data.get("document")
    if isinstance(meta, dict) and isinstance(meta.get("id"), str):
        places[meta["id"]].append(("document", "id"))
        kind_of[meta["id"]].add("document")
    for item in all_items(data):
        if item.id is not None:
            places[item.id].append(item.path + ("id",))
            kind_of[item.id].add(item.kind)
    for identifier, where in places.items():
        where.sort(key=document.locate)  # file order, whatever the order of sections
        if len(where) > 1:
            lines = [document.locate(p)[0] for p in where]
            found.append(("REF001", where[1], False,
                          {"identifier": identifier, "count": len(where), "lines": lines}))
    for kind, key, wanted, many in REFERENCES:
        for item in items(data, kind):
            for path, ref in references(item, key, many):
                if wanted in kind_of.get(ref, ()):
                    continue
                found.append(("REF002", path, False, {
                    "where": _name(path), "reference": ref, "wanted": wanted,
                    "found_kinds": sorted(kind_of.get(ref, ())) or ["nothing"],
                }))
    return found

