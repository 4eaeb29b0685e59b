"""Schema and reference checks: SCHEMA, REF001 and REF002 findings.

The JSON Schema is the one source of structure; this module only turns its
errors into messages a planner understands, at the node they are about.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict

from govcheck.i18n import N_, Texts

from ..resources import resource_dir
from ..terms import listing, term
from .items import REFERENCES, all_items, items, path_text, references
from .loader import Document

SCHEMA_FILE = "goal-document.schema.json"

@functools.cache
def schema() -> dict:
    return json.loads((resource_dir("schemas") / SCHEMA_FILE).read_text(encoding="utf-8"))


@functools.cache
def validator():
    import decimal  # noqa: F401  jsonschema_rs imports it on first use; not under an alarm

    import jsonschema_rs  # Rust: fast enough to run on every document

    return jsonschema_rs.Draft202012Validator(schema(), validate_formats=True)


# Every text of a SCHEMA finding, per language (the same keys in each).
SCHEMA_TEXT = Texts({
    "top": N_("top level"),
    "or": N_(" or "),
    "string": N_("a text"),
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "boolean": N_("true or false"),
    "array": N_("a list"),
    "object": N_("a mapping"),
    "null": N_("empty"),
    "required": N_("{where}: required key '{key}' is missing"),
    "unknown": N_("{where}: unknown key '{key}' (allowed: {allowed}; own keys start with x-)"),
    "type": N_("{where} must be {kinds}, not {value}"),
    "enum": N_("{where} is {value}; expected one of: {choices}"),
    "const": N_("{where} must be {value}"),
    "pattern": N_("{where} is {value}; expected {hint}"),
    "format": N_("{where} is {value}, which is no valid date (YYYY-MM-DD)"),
    "bound": N_("{where} is {value}; it must be {bound} {limit}"),
    "minimum": N_("at least"),
    "maximum": N_("at most"),
    "exclusiveMinimum": N_("above"),
    "exclusiveMaximum": N_("below"),
    "empty": N_("{where} must not be empty"),
    "long": N_("{where} is longer than {limit} characters"),
    "needs": N_("{where} needs {keys}"),
    "no_form": N_("{where} does not match any allowed form"),
    "other": N_("{where}: {message}"),
    "hint_period": N_("a period such as 2015, 2015-03, 2015-T1, 2015-Q1 or (format 2) 2013–2015"),
    "hint_chapter": N_("a chapter of 3–4 digits, such as 605"),
    "hint_post": N_("a post of 2 digits, such as 01"),
    "hint_contributes_to": N_("DOCUMENT-ID#GOAL-ID"),
    "hint_rule": N_("a rule id such as MRS001"),
    "hint_date": N_("a date such as 2016-03-01"),
    "hint_id": N_("an id without spaces, '#' or control characters"),
    "ref_absent": N_("the id is nowhere in the document"),
    "ref_other": N_("the id belongs to: {kinds}"),
    "more_lines": N_("{n} more"),
})
_HINTS = {"period": "hint_period", "chapter": "hint_chapter", "post": "hint_post",
          "contributes_to": "hint_contributes_to", "rule": "hint_rule",
          "date": "hint_date", "deadline": "hint_date", "expires": "hint_date"}
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _found(kinds, lang: str, words: dict) -> str:
    """What a dangling reference's id is instead: another kind of item, or nothing."""
    if not kinds:
        return words["ref_absent"]
    return words["ref_other"].format(kinds=listing([term(kind, lang) for kind in sorted(kinds)],
                                                   lang))


def _name(path, words: dict) -> str:
    return path_text(tuple(path)) or words["top"]


def _show(value, words: dict) -> str:
    if isinstance(value, (dict, list)):
        return words["object" if isinstance(value, dict) else "array"]
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _schema_node(schema_path) -> dict:
    """The schema object an error's keyword sits in (paths start at a $defs entry)."""
    node = schema()
    for part in list(schema_path)[:-1]:
        node = node[part]
    return node


def _schema_message(error, words: dict) -> list[tuple[tuple, bool, str]]:
    """(path, point at the key?, message) for one jsonschema-rs error, in one language."""
    path = tuple(error.instance_path)
    where = _name(path, words)
    kind, value = error.kind, error.instance
    keyword = kind.name
    shown = _show(value, words)
    if keyword == "required":
        return [(path, False, words["required"].format(where=where, key=kind.property))]
    if keyword == "additionalProperties":
        allowed = ", ".join(sorted(_schema_node(error.schema_path).get("properties", {})))
        return [(path + (key,), True, words["unknown"].format(where=where, key=key,
                                                              allowed=allowed))
                for key in kind.unexpected]
    if keyword == "type":
        kinds = words["or"].join(words.get(t, t) for t in kind.types)
        return [(path, False, words["type"].format(where=where, kinds=kinds, value=shown))]
    if keyword == "enum":
        choices = ", ".join(str(choice) for choice in kind.options)
        return [(path, False, words["enum"].format(where=where, value=shown, choices=choices))]
    if keyword == "const":
        return [(path, False, words["const"].format(where=where,
                                                    value=_show(kind.expected_value, words)))]
    if keyword == "pattern":
        key = next((p for p in reversed(path) if isinstance(p, str)), "")
        hint = words[_HINTS.get(key, "hint_id")]
        return [(path, False, words["pattern"].format(where=where, value=shown, hint=hint))]
    if keyword == "format":
        return [(path, False, words["format"].format(where=where, value=shown))]
    if keyword in _BOUNDS:
        return [(path, False, words["bound"].format(where=where, value=shown,
                                                    bound=words[keyword], limit=kind.limit))]
    if keyword in ("minLength", "minItems"):
        return [(path, False, words["empty"].format(where=where))]
    if keyword == "maxLength":
        return [(path, False, words["long"].format(where=where, limit=kind.limit))]
    if keyword in ("oneOf", "anyOf"):
        return [(path, False, _alternatives(where, kind.context, words))]
    return [(path, False, words["other"].format(where=where, message=error.message))]


def _alternatives(where: str, alternatives: list, words: dict) -> str:
    """What oneOf/anyOf wanted: the keys that would each do (a target's `value` or
    `description`), or else the complaint of the nearest alternative."""
    if alternatives and all(len(a) == 1 and a[0].kind.name == "required" for a in alternatives):
        keys = words["or"].join(f"'{a[0].kind.property}'" for a in alternatives)
        return words["needs"].format(where=where, keys=keys)
    nearest = min(alternatives, key=len) if alternatives else []
    if not nearest:
        return words["no_form"].format(where=where)
    return (words["no_form"].format(where=where) + ": "
            + _schema_message(nearest[0], words)[0][2])


def schema_problems(document: Document) -> list[tuple[str, tuple, bool, dict]]:
    """Every schema violation as (rule, path, at key, message parameters)."""
    checker = validator()
    if checker.is_valid(document.data):
        return []
    found = {}
    for error in checker.iter_errors(document.data):
        by_lang = {lang: _schema_message(error, words) for lang, words in SCHEMA_TEXT.items()}
        for index, (path, at_key, message) in enumerate(by_lang["en"]):
            detail = {lang: messages[index][2] for lang, messages in by_lang.items()}
            found.setdefault((path, message), ("SCHEMA", path, at_key, {"detail": detail}))
    return list(found.values())


MAX_LINES_NAMED = 10  # lines a REF001 message names; the count says how many in all


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
            lines: list = [document.locate(p)[0] for p in where[:MAX_LINES_NAMED]]
            if len(where) > MAX_LINES_NAMED:  # one message, not one the size of the file
                rest = len(where) - MAX_LINES_NAMED
                lines.append({lang: w["more_lines"].format(n=rest)
                              for lang, w in SCHEMA_TEXT.items()})
            found.append(("REF001", where[1], False,
                          {"identifier": identifier, "count": len(where), "lines": lines}))
    for kind, key, wanted, many in REFERENCES:
        for item in items(data, kind):
            for path, ref in references(item, key, many):
                if wanted in kind_of.get(ref, ()):
                    continue
                found.append(("REF002", path, False, {
                    "where": {lang: _name(path, w) for lang, w in SCHEMA_TEXT.items()},
                    "reference": ref, "wanted": wanted,
                    "found_as": {lang: _found(kind_of.get(ref, ()), lang, w)
                              for lang, w in SCHEMA_TEXT.items()},
                }))
    return found

