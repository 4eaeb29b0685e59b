"""The JSON Schema and the format pages must agree: docs/goal-document.md (format 2)
and docs/goal-document-v1.md (format 1).

This module runs once per format: as itself for format 1, and again through
tests/test_schema_spec_v2.py with VERSION = 2. The schema file holds both formats,
their roots at $defs/v1 and $defs/v2.

The key lists, required keys and enumerated values below are read from the
markdown: its tables (first column in backticks, a `required` column where there is
one) and its inline lists (`{a, b, c}` after "list of", "`a` and `b` are required",
"all required", "`kind`: `x`, `y`"). The only explicit knowledge here is where the two
headings that are not key names sit in a document (HEADING_PATHS).

The schema is checked statically (same keys, required sets and enums at the same
places) and by behaviour against tests/data/every-key.yaml, a document using every
key of the spec. These tests import nothing from govcheck: they validate plain data
as the loader will deliver it after normalisation (ids, periods, chapter and post as
strings, dates as "YYYY-MM-DD" strings).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

VERSION = globals().get("VERSION", 1)  # set to 2 by test_schema_spec_v2.py
V2 = VERSION == 2
ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "docs" / ("goal-document.md" if V2 else "goal-document-v1.md")
SCHEMA_PATH = ROOT / "schemas" / "goal-document.schema.json"
FIXTURE_PATH = ROOT / "tests" / "data" / ("every-key-v2.yaml" if V2 else "every-key.yaml")

# Headings that are not a key name in backticks, and where their keys live.
HEADING_PATHS: dict[str, tuple[str, ...] | None] = {
    "Top level": (),
    "Indicators": ("goals", "indicators"),
    "Targets": ("goals", "indicators", "targets"),
    "Baseline": ("goals", "indicators", "baseline"),
    "Residual risk": ("risks", "residual"),
    "Budget basis": ("budget", "basis"),
    "Reported figures": ("results", "values"),
    "From format 1": None,
    "Links are taken from content, not from ids alone": None,  # prose on cross-document links
    "Conventions": None,  # prose rules, tested separately below
}

# ---------------------------------------------------------------------------
# Markdown parsing
# ---------------------------------------------------------------------------

TICK = re.compile(r"`([^`]*)`")
BRACES = re.compile(r"`\{([^}`]*)\}`")
RUN = r"(?:`\w+`(?:,\s*|\s+and\s+))*`\w+`"  # `a`, `b` and `c`
REQUIRED_PHRASE = re.compile(rf"({RUN})\s+(?:are\s+)?required")
ALL_REQUIRED = re.compile(r"\ball required\b")
IN_CLAUSE = re.compile(rf"\b[Ii]n `(\w+)`,\s*({RUN})")  # "In `actuals`, `period` and `value`"
LIST_OF = re.compile(r"(?:`(\w+)`:\s*)?\b[Ll]ist of `\{([^}`]*)\}`")
INLINE_ENUM = re.compile(r"`(\w+)`:\s*(`[^;.]*)")  # "`kind`: `a` (...), `b`"
WORD = re.compile(r"[A-Za-z_]+")


@dataclass
class SpecObject:
    """One kind of mapping the spec describes, at a path of keys from the root."""

    path: tuple[str, ...]
    keys: dict[str, str] = field(default_factory=dict)  # key -> meaning text
    required: set[str] = field(default_factory=set)
    alternatives: list[set[str]] = field(default_factory=list)  # exactly one of these
    enums: dict[str, list[str]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return ".".join(self.path) or "<root>"


@dataclass
class Spec:
    objects: dict[tuple[str, ...], SpecObject] = field(default_factory=dict)
    unknown_headings: list[str] = field(default_factory=list)
    top_sections: list[str] = field(default_factory=list)

    def get(self, path: tuple[str, ...]) -> SpecObject:
        if path not in self.objects:
            self.objects[path] = SpecObject(path)
        return self.objects[path]


def brace_keys(inner: str) -> list[str]:
    """`{id, title, focus_areas: [text]}` -> id, title, focus_areas."""
    return [part.split(":")[0].strip() for part in inner.split(",") if part.strip()]


def ticked(run: str) -> set[str]:
    return set(TICK.findall(run))


def required_in(text: str, keys: list[str]) -> set[str]:
    found = set()
    for m in REQUIRED_PHRASE.finditer(text):
        found |= ticked(m.group(1))
    if ALL_REQUIRED.search(text):
        found |= set(keys)
    return found


def split_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_table(spec: Spec, path: tuple[str, ...], lines: list[str]) -> None:
    header = [h.lower() for h in split_row(lines[0])]
    req_col = header.index("required") if "required" in header else None
    meaning_col = header.index("meaning")
    obj = spec.get(path)
    for line in lines[1:]:
        cells = split_row(line)
        if all(re.fullmatch(r":?-+:?", c) for c in cells):
            continue
        key = TICK.fullmatch(cells[0]).group(1)
        meaning = cells[meaning_col]
        obj.keys[key] = meaning
        if req_col is not None and cells[req_col].lower() == "yes":
            obj.required.add(key)
        groups = [brace_keys(g) for g in BRACES.findall(meaning)]
        if not groups:
            continue
        sub = spec.get(path + (key,))
        for group in groups:
            for k in group:
                sub.keys.setdefault(k, "")
        if re.search(r"\blist of\b", meaning, re.IGNORECASE):
            sub.required |= required_in(meaning, list(sub.keys))
        else:
            # A single mapping given as one or more alternative shapes, e.g.
            # `{value, period}` or `{description, period}`: the shared keys are
            # required, and exactly one alternative's own keys must be present.
            sets = [set(g) for g in groups]
            common = set.intersection(*sets)
            sub.required |= common
            if len(sets) > 1:
                sub.alternatives = [s - common for s in sets]


def parse_prose(spec: Spec, path: tuple[str, ...], text: str) -> None:
    for m in IN_CLAUSE.finditer(text):
        spec.get(path + (m.group(1),)).required |= ticked(m.group(2))
    text = IN_CLAUSE.sub("", text)
    matches = list(LIST_OF.finditer(text))
    for i, m in enumerate(matches):
        target = path
        if m.group(1):
            spec.get(path).keys.setdefault(m.group(1), "")
            target = path + (m.group(1),)
        obj = spec.get(target)
        keys = brace_keys(m.group(2))
        for k in keys:
            obj.keys.setdefault(k, "")
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        obj.required |= required_in(text[m.end() : end], keys)
    for m in INLINE_ENUM.finditer(text):
        spec.get(path).enums[m.group(1)] = TICK.findall(m.group(2))


def parse_spec(markdown: str) -> Spec:
    spec = Spec()
    sections: list[tuple[str, list[str]]] = []
    for line in markdown.splitlines():
        m = re.match(r"(#{2,3}) (.*)", line)
        if m:
            sections.append((m.group(2).strip(), []))
            if m.group(1) == "##":
                spec.top_sections.append(m.group(2).strip())
        elif sections:
            sections[-1][1].append(line)

    for heading, lines in sections:
        ticks = TICK.findall(heading)
        if ticks:
            path: tuple[str, ...] | None = (ticks[0],)
        else:
            plain = re.sub(r"\s*\(.*\)", "", heading).strip()
            if plain not in HEADING_PATHS:
                spec.unknown_headings.append(heading)
                continue
            path = HEADING_PATHS[plain]
        if path is None:
            continue
        tables: list[list[str]] = []
        prose: list[str] = []
        in_table = False
        for line in lines:
            if line.lstrip().startswith("|"):
                if not in_table:
                    tables.append([])
                tables[-1].append(line)
                in_table = True
            else:
                in_table = False
                prose.append(line.strip())
        for table in tables:
            parse_table(spec, path, table)
        parse_prose(spec, path, " ".join(prose))

    # Enumerated values in table rows: the backticked words of a meaning that are not
    # key names (`input`, `percent`, `NOK`; not `id`, `parent`, `true`, `1`).
    all_keys = {k for o in spec.objects.values() for k in o.keys} | {
        k for p in spec.objects for k in p
    }
    for obj in spec.objects.values():
        for key, meaning in obj.keys.items():
            if key in obj.enums:
                continue
            values = [
                t
                for t in TICK.findall(meaning)
                if WORD.fullmatch(t) and t not in all_keys and t not in ("true", "false")
            ]
            if values:
                obj.enums[key] = values
    return spec


SPEC = parse_spec(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
FIXTURE = yaml.safe_load(FIXTURE_PATH.read_text(encoding="utf-8"))

TARGET = "targets" if V2 else "target"  # format 2: a list of resultatkrav
OBJECTS = sorted(SPEC.objects.values(), key=lambda o: o.path)
KEYS = [(o, k) for o in OBJECTS for k in o.keys]
REQUIRED = [(o, k) for o in OBJECTS for k in sorted(o.required)]
ALTERNATIVE_KEYS = {(o.path, k) for o in OBJECTS for alt in o.alternatives for k in alt}
OPTIONAL = [(o, k) for o, k in KEYS if k not in o.required and (o.path, k) not in ALTERNATIVE_KEYS]
ENUMS = [(o, k, vals) for o in OBJECTS for k, vals in sorted(o.enums.items())]


# ---------------------------------------------------------------------------
# Schema and document helpers
# ---------------------------------------------------------------------------


def resolve(node: dict) -> dict:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/$defs/"), ref
        node = SCHEMA["$defs"][ref.removeprefix("#/$defs/")]
    return node


ROOT_SCHEMA = SCHEMA["$defs"][f"v{VERSION}"]


def types(node: dict) -> list:
    kind = node.get("type", [])
    return [kind] if isinstance(kind, str) else kind


def object_schema(path: tuple[str, ...]) -> dict:
    node = ROOT_SCHEMA
    for key in path:
        node = resolve(resolve(node)["properties"][key])
        if "array" in types(node):
            node = resolve(node["items"])
    return resolve(node)


def property_schema(path: tuple[str, ...], key: str) -> dict:
    return object_schema(path)["properties"][key]


def enum_of(prop: dict) -> list | None:
    """The allowed values, null left out (format 2 allows null for any optional key);
    for a list of enumerated values, the values of its items."""
    prop = resolve(prop)
    if "array" in types(prop) and "items" in prop:
        prop = resolve(prop["items"])
    if "enum" in prop:
        return [v for v in prop["enum"] if v is not None]
    if "const" in prop:
        return [prop["const"]]
    return None


Loc = tuple  # a location in a document: keys and list indexes


def instances(doc: dict, path: tuple[str, ...]) -> list[tuple[Loc, dict]]:
    """Every mapping at `path` in `doc` (lists are stepped through)."""
    found: list[tuple[Loc, dict]] = [((), doc)]
    for key in path:
        nxt = []
        for loc, node in found:
            value = node.get(key)
            if isinstance(value, list):
                nxt += [(loc + (key, i), v) for i, v in enumerate(value) if isinstance(v, dict)]
            elif isinstance(value, dict):
                nxt.append((loc + (key,), value))
        found = nxt
    return found


def first_with(doc: dict, path: tuple[str, ...], key: str) -> tuple[Loc, dict]:
    for loc, node in instances(doc, path):
        if key in node:
            return loc, node
    raise AssertionError(f"fixture has no {'.'.join(path)} with key {key!r}")


def node_at(doc, loc: Loc):
    for step in loc:
        doc = doc[step]
    return doc


def with_value(loc: Loc, value, doc: dict | None = None) -> dict:
    doc = copy.deepcopy(FIXTURE if doc is None else doc)
    node_at(doc, loc[:-1])[loc[-1]] = value
    return doc


def all_mappings(doc, loc: Loc = ()) -> list[Loc]:
    """Locations of every mapping in the document, user x- data excluded."""
    out = []
    if isinstance(doc, dict):
        out.append(loc)
        for k, v in doc.items():
            if not str(k).startswith("x-"):
                out += all_mappings(v, loc + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += all_mappings(v, loc + (i,))
    return out


def errors(doc: dict) -> list:
    return list(VALIDATOR.iter_errors(doc))


def describe(errs: list) -> str:
    return "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errs)


def assert_valid(doc: dict) -> None:
    errs = errors(doc)
    assert not errs, describe(errs)


def assert_error(doc: dict, loc: Loc, validator: str) -> None:
    errs = errors(doc)
    hits = [e for e in errs if tuple(e.absolute_path) == loc and e.validator == validator]
    assert hits, f"expected a {validator!r} error at {list(loc)}, got: {describe(errs) or 'none'}"


def locations_of(defname: str) -> list[Loc]:
    """Fixture locations of every spec key whose schema property is $defs/<defname>."""
    ref = "#/$defs/" + defname
    out = []
    for obj, key in KEYS:
        if property_schema(obj.path, key).get("$ref") != ref:
            continue
        out += [loc + (key,) for loc, node in instances(FIXTURE, obj.path) if key in node]
    return out


def loc_id(loc: Loc) -> str:
    return "/".join(str(s) for s in loc) or "<root>"


def key_id(item) -> str:
    obj, key = item[0], item[1]
    return f"{obj.name}.{key}"


def reachable_defs(node, found: set) -> set:
    """Names of the $defs reachable from a node."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        name = ref.removeprefix("#/$defs/")
        if ref and name not in found:
            found.add(name)
            reachable_defs(SCHEMA["$defs"][name], found)
        for value in node.values():
            reachable_defs(value, found)
    elif isinstance(node, list):
        for value in node:
            reachable_defs(value, found)
    return found


VERSION_DEFS = reachable_defs(ROOT_SCHEMA, {f"v{VERSION}"})


def object_defs() -> list[tuple[str, dict]]:
    """This format's object definitions, its root included."""
    return [(n, d) for n, d in SCHEMA["$defs"].items()
            if n in VERSION_DEFS and "object" in types(d)]


# ---------------------------------------------------------------------------
# The schema itself and the parse of the spec
# ---------------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == "https://govcheck.invalid/schemas/goal-document.schema.json"


def test_spec_headings_are_all_understood():
    assert not SPEC.unknown_headings, (
        f"new headings in the spec; map them in HEADING_PATHS: {SPEC.unknown_headings}"
    )


def test_every_section_is_a_top_level_key():
    top_keys = set(SPEC.objects[()].keys)
    for heading in SPEC.top_sections:
        ticks = TICK.findall(heading)
        if ticks:
            assert ticks[0] in top_keys, heading


def test_spec_parse_found_the_expected_shapes():
    # A guard against the parser silently finding nothing.
    assert len(OBJECTS) >= (30 if V2 else 20)
    assert len(KEYS) >= (200 if V2 else 100)
    assert len(ENUMS) >= (20 if V2 else 10)
    assert all(o.keys for o in OBJECTS)
    assert any(o.alternatives for o in OBJECTS) != V2  # format 2 targets have none


def only_v2(test):
    """Collected only where the format is 2 (a skip would count a test that never ran)."""
    return test if V2 else None


def only_v1(test):
    return None if V2 else test


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o.name)
def test_spec_object_is_an_object_in_the_schema(obj):
    node = object_schema(obj.path)
    assert "object" in types(node)


def schema_object_paths(node: dict, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    out = {path}
    for key, prop in resolve(node).get("properties", {}).items():
        prop = resolve(prop)
        if "array" in types(prop) and "items" in prop:
            prop = resolve(prop["items"])
        if "object" in types(prop):
            out |= schema_object_paths(prop, path + (key,))
    return out


def test_schema_describes_no_mapping_the_spec_does_not():
    assert schema_object_paths(ROOT_SCHEMA) == set(SPEC.objects)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o.name)
def test_schema_keys_equal_spec_keys(obj):
    assert set(object_schema(obj.path)["properties"]) == set(obj.keys)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o.name)
def test_schema_required_equals_spec_required(obj):
    assert set(object_schema(obj.path).get("required", [])) == obj.required


@only_v1  # format 2 targets have no alternatives
@pytest.mark.parametrize("obj", [o for o in OBJECTS if o.alternatives], ids=lambda o: o.name)
def test_schema_alternatives_equal_spec_alternatives(obj):
    one_of = object_schema(obj.path)["oneOf"]
    assert sorted(sorted(s["required"]) for s in one_of) == sorted(
        sorted(a) for a in obj.alternatives
    )


@pytest.mark.parametrize("item", ENUMS, ids=key_id)
def test_schema_enum_equals_spec_enum(item):
    obj, key, values = item
    assert enum_of(property_schema(obj.path, key)) is not None, "no enum in the schema"
    assert set(enum_of(property_schema(obj.path, key))) == set(values)


def test_every_schema_enum_comes_from_the_spec():
    spec_sets = {frozenset(v) for _, _, v in ENUMS}
    for name, node in object_defs():
        for key, prop in node["properties"].items():
            values = enum_of(prop)
            if values is not None and prop.get("type") != "integer":
                assert frozenset(values) in spec_sets, f"{name}.{key}: {values}"


@pytest.mark.parametrize("name_node", object_defs(), ids=lambda nn: nn[0])
def test_every_object_is_closed_except_x_keys(name_node):
    _, node = name_node
    assert node["additionalProperties"] is False
    assert node["patternProperties"] == {"^x-": {}}


@pytest.mark.parametrize(
    "name_key_prop",
    [(n, k, p) for n, d in object_defs() for k, p in d["properties"].items()],
    ids=lambda t: f"{t[0]}.{t[1]}",
)
def test_every_property_has_title_and_bilingual_description(name_key_prop):
    _, _, prop = name_key_prop
    assert prop.get("title")
    english, sep, norwegian = prop.get("description", "").partition(" Norsk: ")
    assert sep and english.strip() and norwegian.strip()


# ---------------------------------------------------------------------------
# Every key, required and optional
# ---------------------------------------------------------------------------


def test_fixture_with_every_key_is_valid():
    assert_valid(FIXTURE)


@pytest.mark.parametrize("item", KEYS, ids=key_id)
def test_fixture_uses_every_spec_key(item):
    obj, key = item
    first_with(FIXTURE, obj.path, key)


@pytest.mark.parametrize("item", REQUIRED, ids=key_id)
def test_required_key_is_required(item):
    obj, key = item
    loc, _ = first_with(FIXTURE, obj.path, key)
    doc = copy.deepcopy(FIXTURE)
    del node_at(doc, loc)[key]
    assert_error(doc, loc, "required")


@pytest.mark.parametrize("item", OPTIONAL, ids=key_id)
def test_optional_key_is_optional(item):
    obj, key = item
    doc = copy.deepcopy(FIXTURE)
    for _, node in instances(doc, obj.path):
        node.pop(key, None)
    assert_valid(doc)


def test_document_with_only_required_keys_is_valid():
    doc = copy.deepcopy(FIXTURE)
    for obj in sorted(OBJECTS, key=lambda o: -len(o.path)):
        for _, node in instances(doc, obj.path):
            for key in list(node):
                if key not in obj.required and (obj.path, key) not in ALTERNATIVE_KEYS:
                    del node[key]
    assert set(doc) == SPEC.objects[()].required
    assert_valid(doc)


def test_goals_may_be_empty():
    doc = {k: copy.deepcopy(FIXTURE[k]) for k in SPEC.objects[()].required}
    doc["goals"] = []
    assert_valid(doc)


@only_v1  # format 2 targets have no alternatives
@pytest.mark.parametrize("obj", [o for o in OBJECTS if o.alternatives], ids=lambda o: o.name)
def test_exactly_one_alternative(obj):
    """A target has a numeric value or a description, not both and not neither."""
    loc, node = instances(FIXTURE, obj.path)[0]
    present = [alt for alt in obj.alternatives if alt <= set(node)]
    assert len(present) == 1
    other = next(alt for alt in obj.alternatives if alt != present[0])
    neither = {k: v for k, v in node.items() if k not in present[0]}
    assert_error(with_value(loc, neither), loc, "oneOf")
    both = dict(node)
    for k in other:
        _, donor = first_with(FIXTURE, obj.path, k)
        both[k] = donor[k]
    assert_error(with_value(loc, both), loc, "oneOf")


def test_qualitative_target_needs_a_non_empty_description():
    loc, _ = first_with(FIXTURE, ("goals", "indicators", TARGET), "description")
    assert_error(with_value(loc + ("description",), ""), loc + ("description",), "minLength")


def test_goal_parent_is_not_required_by_the_schema_even_below_level_1():
    # HIER001 reports a missing parent with a better message than the schema could.
    loc, _ = first_with(FIXTURE, ("goals",), "parent")
    doc = copy.deepcopy(FIXTURE)
    del node_at(doc, loc)["parent"]
    assert node_at(doc, loc)["level"] > 1
    assert_valid(doc)


# ---------------------------------------------------------------------------
# Enumerations
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [(o, k, v) for o, k, vals in ENUMS for v in vals],
    ids=lambda t: f"{t[0].name}.{t[1]}={t[2]}",
)
def test_enum_value_is_accepted(item):
    obj, key, value = item
    loc, _ = first_with(FIXTURE, obj.path, key)
    listed = "array" in types(resolve(property_schema(obj.path, key)))
    assert_valid(with_value(loc + (key,), [value] if listed else value))


@pytest.mark.parametrize("item", ENUMS, ids=key_id)
def test_value_outside_enum_is_rejected(item):
    obj, key, values = item
    loc, _ = first_with(FIXTURE, obj.path, key)
    prop = resolve(property_schema(obj.path, key))
    validator = "const" if "const" in prop else "enum"
    at = loc + (key,) + ((0,) if "array" in types(prop) else ())
    for wrong in ("not_a_value", values[0].upper() if values[0].islower() else values[0].lower()):
        doc = with_value(loc + (key,), [wrong] if "array" in types(prop) else wrong)
        assert_error(doc, at, validator)


def test_enum_descriptions_name_every_value():
    for obj, key, values in ENUMS:
        text = property_schema(obj.path, key)["description"]
        for value in values:
            assert value in text, f"{obj.name}.{key}: {value}"


# ---------------------------------------------------------------------------
# Unknown keys
# ---------------------------------------------------------------------------


def misspelling(node: dict) -> str:
    key = next(k for k in node if not str(k).startswith("x-"))
    wrong = key[:-1] if len(key) > 2 else key + "x"
    while wrong in node or wrong.startswith("x-"):
        wrong += "s"
    return wrong


@pytest.mark.parametrize("loc", all_mappings(FIXTURE), ids=loc_id)
def test_misspelt_key_is_rejected_where_it_is(loc):
    node = node_at(FIXTURE, loc)
    wrong = misspelling(node)
    changed = dict(node, **{wrong: "oops"})
    doc = with_value(loc, changed) if loc else changed
    assert_error(doc, loc, "additionalProperties")
    assert any(wrong in e.message for e in errors(doc))


@pytest.mark.parametrize(
    "loc, wrong",
    [
        ((), "docment"),
        (("document",), "yaer"),
        (("goals", 0), "titel"),
        (("goals", 1), "indikators"),
        (("goals", 1, "indicators", 0), "baseline_value"),
        (("goals", 1, "indicators", 0) + ((TARGET, 0) if V2 else (TARGET,)), "periode"),
        (("risks", 0), "likelyhood"),
        (("budget",), "line"),
        (("waivers", 0), "expiry"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_named_typos_are_rejected(loc, wrong):
    node = dict(node_at(FIXTURE, loc), **{wrong: 1})
    doc = with_value(loc, node) if loc else node
    assert_error(doc, loc, "additionalProperties")


@pytest.mark.parametrize("loc", all_mappings(FIXTURE), ids=loc_id)
def test_x_key_is_accepted_anywhere(loc):
    node = dict(node_at(FIXTURE, loc), **{"x-note": {"anything": [1, "to", None]}})
    assert_valid(with_value(loc, node) if loc else node)


def test_x_keys_everywhere_at_once():
    doc = copy.deepcopy(FIXTURE)
    for loc in all_mappings(doc):
        node_at(doc, loc)["x-owner-note"] = "intern merknad æøå"
    assert_valid(doc)


def test_a_key_merely_containing_x_is_not_user_data():
    doc = dict(copy.deepcopy(FIXTURE), **{"note-x-": 1, "X-note": 1})
    assert_error(doc, (), "additionalProperties")


# ---------------------------------------------------------------------------
# Conventions: ids, periods, dates, amounts, chapter/post, scales, percent
# ---------------------------------------------------------------------------

PERIOD_LOCS = locations_of("period") + locations_of("v2Period")
SPAN_LOCS = locations_of("v2Period")  # format 2: periods that may span years
DATE_LOCS = locations_of("isoDate") + locations_of("v2Date")
AMOUNT_LOCS = locations_of("amount") + locations_of("v2Amount")
ID_LOCS = locations_of("id")
REF_LOCS = locations_of("ref") + locations_of("v2Ref")


def test_conventions_have_locations():
    assert PERIOD_LOCS and DATE_LOCS and AMOUNT_LOCS and ID_LOCS and REF_LOCS


@pytest.mark.parametrize("loc", PERIOD_LOCS, ids=loc_id)
@pytest.mark.parametrize("period", ["2015", "2015-03", "2015-12", "2015-T1", "2015-T3", "2015-Q4"])
def test_period_accepted(loc, period):
    assert_valid(with_value(loc, period))


@pytest.mark.parametrize("loc", PERIOD_LOCS, ids=loc_id)
@pytest.mark.parametrize(
    "period",
    ["2015-T4", "2015-13", "15", "2015-00", "2015-3", "2015-Q5", "2015-T0", "2015-H1", "2015-"],
)
def test_period_rejected(loc, period):
    assert_error(with_value(loc, period), loc, "pattern")


def test_period_may_be_written_as_a_year_number():
    # People write `period: 2015`; the loader reads it as "2015", and editors accept it.
    loc = PERIOD_LOCS[0]
    assert_valid(with_value(loc, 2015))
    assert_error(with_value(loc, 2015.5), loc, "type")


@pytest.mark.parametrize("loc", DATE_LOCS, ids=loc_id)
def test_dates_accepted(loc):
    assert_valid(with_value(loc, "2016-02-29"))


@pytest.mark.parametrize("loc", DATE_LOCS, ids=loc_id)
@pytest.mark.parametrize("date", ["2015-02-30", "2015-13-01", "2015-02-29"])
def test_impossible_dates_rejected_by_format_checker(loc, date):
    assert_error(with_value(loc, date), loc, "format")


@pytest.mark.parametrize("loc", DATE_LOCS, ids=loc_id)
@pytest.mark.parametrize("date", ["23.03.2015", "2015-3-23", "20150323", "2015-03-23T10:00"])
def test_non_iso_dates_rejected(loc, date):
    assert_error(with_value(loc, date), loc, "pattern")


@pytest.mark.parametrize("loc", AMOUNT_LOCS, ids=loc_id)
@pytest.mark.parametrize("amount, ok", [(0, True), (10**12, True), (-1, False), (1.5, False)])
def test_amounts_are_integers_not_below_zero(loc, amount, ok):
    doc = with_value(loc, amount)
    if ok:
        assert_valid(doc)
    else:
        assert errors(doc)


def test_amount_must_be_a_number():
    loc = AMOUNT_LOCS[0]
    assert_error(with_value(loc, "1000"), loc, "type")


CHAPTER_LOC = first_with(FIXTURE, ("budget", "lines"), "chapter")[0] + ("chapter",)
POST_LOC = first_with(FIXTURE, ("budget", "lines"), "post")[0] + ("post",)


@pytest.mark.parametrize(
    "chapter, ok",
    [
        ("605", True),
        ("0605", True),
        ("2605", True),
        ("60", False),
        ("60500", False),
        ("6o5", False),
        ("605 ", False),
        (605, True),  # editors see the number people write; govcheck reads it as "605"
        (True, False),
    ],
)
def test_chapter_pattern(chapter, ok):
    doc = with_value(CHAPTER_LOC, chapter)
    if ok:
        assert_valid(doc)
    else:
        assert_error(doc, CHAPTER_LOC, "type" if isinstance(chapter, bool) else "pattern")


@pytest.mark.parametrize(
    "post, ok",
    [
        ("01", True),
        ("70", True),
        ("1", False),
        ("001", False),
        ("a1", False),
        (1, True),  # read as "01"
        (False, False),
    ],
)
def test_post_pattern(post, ok):
    doc = with_value(POST_LOC, post)
    if ok:
        assert_valid(doc)
    else:
        assert_error(doc, POST_LOC, "type" if isinstance(post, bool) else "pattern")


@pytest.mark.parametrize("key", ["likelihood", "consequence"])
@pytest.mark.parametrize(
    "value, validator",
    [
        (1, None),
        (3, None),
        (5, None),
        (0, "minimum"),
        (6, "maximum"),
        (2.5, "type"),
        ("3", "type"),
        (True, "type"),
    ],
)
def test_risk_scales_are_1_to_5(key, value, validator):
    loc = first_with(FIXTURE, ("risks",), key)[0] + (key,)
    doc = with_value(loc, value)
    if validator is None:
        assert_valid(doc)
    else:
        assert_error(doc, loc, validator)


@pytest.mark.parametrize("loc", ID_LOCS + REF_LOCS, ids=loc_id)
@pytest.mark.parametrize(
    "value, validator",
    [
        ("", "minLength"),
        ("G 1", "pattern"),
        ("G#1", "pattern"),
        ("x" * 101, "maxLength"),
        ("\tG1", "pattern"),
        # control and invisible formatting characters could forge or hide output
        ("G2\nFAKE:1:1: error SCHEMA injected", "pattern"),
        ("G\x1b[31m1", "pattern"),
        ("G\x07", "pattern"),
        ("G\x08", "pattern"),
        ("G\x00", "pattern"),
        ("G\x7f", "pattern"),
        ("G\x85", "pattern"),
        ("G\u202e1", "pattern"),
        ("G\u20661", "pattern"),
        ("G\u200b1", "pattern"),
        ("G\ufeff1", "pattern"),
        (True, "type"),
        ([7], "type"),
    ],
)
def test_ids_and_references_are_strings_without_space_or_hash(loc, value, validator):
    assert_error(with_value(loc, value), loc, validator)


@pytest.mark.parametrize("loc", ID_LOCS + REF_LOCS, ids=loc_id)
def test_ids_may_be_digits_and_unicode(loc):
    assert_valid(with_value(loc, "2015"))
    assert_valid(with_value(loc, 2015))  # a YAML integer id is read as its text
    assert_valid(with_value(loc, "MÅL-1.2_ø"))


def test_reference_lists_hold_references():
    loc = first_with(FIXTURE, ("risks",), "goals")[0] + ("goals",)
    assert_error(with_value(loc, ["G1", "G 2"]), loc + (1,), "pattern")
    assert_error(with_value(loc, "G1"), loc, "type")
    assert_valid(with_value(loc, []))


@pytest.mark.parametrize(
    "value, ok",
    [
        ("ASD-NAV-2015#M1", True),
        ("ASD-NAV-2015", False),
        ("#M1", False),
        ("ASD-NAV-2015#", False),
        ("A#B#C", False),
        ("ASD NAV#M1", False),
        ("ASD-NAV-2015#M\u202e1", False),
        ("ASD\x1b-NAV#M1", False),
    ],
)
def test_contributes_to_is_docid_hash_goalid(value, ok):
    loc = first_with(FIXTURE, ("goals",), "contributes_to")[0] + ("contributes_to",)
    doc = with_value(loc, value)
    if ok:
        assert_valid(doc)
    else:
        assert_error(doc, loc, "pattern")


@pytest.mark.parametrize(
    "value, validator",
    [
        (VERSION, None),
        (3, "enum"),
        (str(VERSION), "type"),
        (True, "type"),
        (1.5, "type"),
    ],
)
def test_format_version(value, validator):
    doc = with_value(("govcheck",), value)
    if validator is None:
        assert_valid(doc)
    else:
        assert_error(doc, ("govcheck",), validator)


def test_the_other_version_number_selects_the_other_format():
    # The kitchen-sink document of one format is not a document of the other.
    assert errors(with_value(("govcheck",), 3 - VERSION))


def test_format_version_is_required():
    doc = copy.deepcopy(FIXTURE)
    del doc["govcheck"]
    assert_error(doc, (), "required")


@pytest.mark.parametrize(
    "year, ok",
    [
        (1900, True),
        (2015, True),
        (2200, True),
        (1899, False),
        (2201, False),
        ("2015", False),
    ],
)
def test_document_year(year, ok):
    doc = with_value(("document", "year"), year)
    assert (not errors(doc)) == ok


@pytest.mark.parametrize(
    "level, ok", [(1, True), (7, True), (0, False), (1.5, False), ("1", False)]
)
def test_goal_level_is_a_positive_integer(level, ok):
    doc = with_value(("goals", 0, "level"), level)
    assert (not errors(doc)) == ok


def percent_indicator() -> tuple[Loc, dict]:
    for loc, node in instances(FIXTURE, ("goals", "indicators")):
        if node.get("unit") == "percent" and "baseline" in node and "actuals" in node:
            return loc, node
    raise AssertionError("fixture needs a percent indicator with target, baseline, actuals")


def value_locs(indicator_loc: Loc, node: dict) -> list[Loc]:
    target = (TARGET, 0) if V2 else (TARGET,)
    out = [indicator_loc + target + ("value",), indicator_loc + ("baseline", "value")]
    out += [indicator_loc + ("actuals", i, "value") for i in range(len(node["actuals"]))]
    return out


@pytest.mark.parametrize("which", ["target", "baseline", "actual"])
@pytest.mark.parametrize(
    "value, validator",
    [
        (0, None),
        (100, None),
        (55.5, None),
        (-0.1, "minimum"),
        (100.1, "maximum"),
        (250, "maximum"),
    ],
)
def test_percent_values_are_0_to_100(which, value, validator):
    ind_loc, node = percent_indicator()
    loc = value_locs(ind_loc, node)[["target", "baseline", "actual"].index(which)]
    doc = with_value(loc, value)
    if validator is None:
        assert_valid(doc)
    else:
        assert_error(doc, loc, validator)


def test_other_units_are_not_bounded_by_100():
    ind_loc, node = percent_indicator()
    doc = copy.deepcopy(FIXTURE)
    node_at(doc, ind_loc)["unit"] = "count"
    for loc in value_locs(ind_loc, node):
        node_at(doc, loc[:-1])[loc[-1]] = 250
    assert_valid(doc)


@pytest.mark.parametrize("value", [".inf", ".nan", "85", True, None, [85]])
def test_value_is_always_a_number(value):
    ind_loc, node = percent_indicator()
    for loc in value_locs(ind_loc, node):
        if V2 and value is None and "actuals" not in loc:
            assert_valid(with_value(loc, value))  # format 2: a value not stated
        else:
            assert_error(with_value(loc, value), loc, "type")


@pytest.mark.parametrize("value", [0, -3, 1.25, 10**9])
def test_values_of_other_units_are_any_number(value):
    locs = [
        loc + ((TARGET, 0, "value") if V2 else (TARGET, "value"))
        for loc, node in instances(FIXTURE, ("goals", "indicators"))
        if node.get("unit") != "percent"
        and "value" in (node.get(TARGET, [{}])[0] if V2 else node.get(TARGET, {}))
    ]
    assert locs
    assert_valid(with_value(locs[0], value))


@pytest.mark.parametrize(
    "rule, ok",
    [
        ("MRS009", True),
        ("SCHEMA", True),
        ("RISK002", True),
        ("mrs009", False),
        ("MRS-009", False),
        ("009", False),
        ("", False),
    ],
)
def test_waiver_rule_pattern(rule, ok):
    doc = with_value(("waivers", 0, "rule"), rule)
    assert (not errors(doc)) == ok


@pytest.mark.parametrize("key", ["justification", "approved_by", "target"])
def test_waiver_texts_are_not_empty(key):
    doc = with_value(("waivers", 0, key), "")
    assert_error(doc, ("waivers", 0, key), "minLength")


def test_quality_is_boolean():
    loc = first_with(FIXTURE, ("goals", "indicators"), "quality")[0] + ("quality",)
    assert_error(with_value(loc, "yes"), loc, "type")


def test_copy_to_is_a_list_of_strings():
    loc = ("document", "copy_to")
    assert_error(with_value(loc, "Riksrevisjonen"), loc, "type")
    assert_error(with_value(loc, ["Riksrevisjonen", 3]), loc + (1,), "type")


def test_free_text_survives_untouched():
    # Nothing in the schema constrains titles: æøå and any language pass.
    doc = with_value(("goals", 0, "title"), "Færre unge utenfor arbeidslivet – ÆØÅ «sitat» 🙂")
    assert_valid(doc)


# ---------------------------------------------------------------------------
# Format 2: unknown is a value; periods of several years
# ---------------------------------------------------------------------------


@only_v2
@pytest.mark.parametrize("item", OPTIONAL, ids=key_id)
def test_optional_key_may_be_null(item):
    obj, key = item
    doc = copy.deepcopy(FIXTURE)
    for _, node in instances(doc, obj.path):
        if key in node:
            node[key] = None
    assert_valid(doc)


@only_v1
@pytest.mark.parametrize("item", OPTIONAL, ids=key_id)
def test_format_1_never_takes_null(item):
    obj, key = item
    loc, _ = first_with(FIXTURE, obj.path, key)
    assert errors(with_value(loc + (key,), None))


@only_v2
@pytest.mark.parametrize("item", REQUIRED, ids=key_id)
def test_required_key_may_not_be_null(item):
    obj, key = item
    loc, _ = first_with(FIXTURE, obj.path, key)
    assert errors(with_value(loc + (key,), None))


@only_v2
@pytest.mark.parametrize("loc", SPAN_LOCS, ids=loc_id)
@pytest.mark.parametrize("period, ok", [
    ("2013–2015", True), ("2013-2015", True), ("2013–15", False), ("2013–", False),
    ("2013—2015", False), ("2013-T1–2015", False),
])
def test_period_may_span_years(loc, period, ok):
    doc = with_value(loc, period)
    if ok:
        assert_valid(doc)
    else:
        assert_error(doc, loc, "pattern")


@pytest.mark.parametrize("loc", [loc for loc in PERIOD_LOCS if loc not in SPAN_LOCS], ids=loc_id)
def test_actuals_and_spending_take_no_span(loc):
    assert_error(with_value(loc, "2013–2015"), loc, "pattern")


@only_v2
def test_several_targets_of_each_kind():
    loc, node = first_with(FIXTURE, ("goals", "indicators"), "targets")
    targets = [
        {"kind": "numeric", "value": 90, "period": "2015"},
        {"kind": "qualitative", "description": "Dokumentere fortsatt høy kvalitet."},
        {"kind": "milestone", "description": "Etablere systemet.", "deadline": "2015-06-30"},
        {"value": None, "period": "2013–2015"},
    ]
    assert_valid(with_value(loc + ("targets",), targets))
    assert_error(with_value(loc + ("targets",), [{"kind": "goal"}]), loc + ("targets", 0, "kind"),
                 "enum")
