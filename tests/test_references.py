"""Every reference field the schema marks (`x-govcheck-ref`) is resolved by REF002: the
fields are read from the schema, never from a list kept here, and each is fed a dangling
id and an id of the wrong kind (issue 23.3)."""

import json
from pathlib import Path

import jsonschema
import jsonschema_rs
import pytest
import yaml

from govcheck.document.items import ITEM_LISTS
from govcheck.document.loader import load
from govcheck.document.marks import REF, marked, schema
from govcheck.run.checker import check_paths
from govcheck.terms import term

ROOT = Path(__file__).resolve().parent.parent
EVERY_KEY = {1: ROOT / "tests" / "data" / "every-key.yaml",
             2: ROOT / "tests" / "data" / "every-key-v2.yaml"}
DANGLING = "NO-SUCH-ID"


def _resolve(pointer):
    node = schema()
    for part in pointer.split("/")[1:]:
        node = node[part]
    return node


def _fields(pointer, pattern=(), seen=()):
    """(data path pattern, kind wanted, mark's pointer) of every marked reference below the
    schema node at `pointer`; "*" stands for list elements."""
    node = _resolve(pointer)
    if REF in node:
        yield pattern, node[REF], pointer
        return
    if "$ref" in node and node["$ref"] not in seen:
        yield from _fields(node["$ref"], pattern, seen + (node["$ref"],))
    for key in ("then", "else"):
        if key in node:
            yield from _fields(f"{pointer}/{key}", pattern, seen)
    for key in node.get("properties", {}):
        yield from _fields(f"{pointer}/properties/{key}", pattern + (key,), seen)
    if isinstance(node.get("items"), dict):
        yield from _fields(f"{pointer}/items", pattern + ("*",), seen)


def _all_marks(node, pointer="#"):
    """The pointer of every node of the schema marked as a reference, wherever it is."""
    if isinstance(node, dict):
        if REF in node:
            yield pointer
        for key, value in node.items():
            yield from _all_marks(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _all_marks(value, f"{pointer}/{index}")


FIELDS = {version: sorted({(p, k) for p, k, _ in _fields(f"#/$defs/v{version}")})
          for version in (1, 2)}
CASES = [(version, pattern, kind) for version, fields in FIELDS.items()
         for pattern, kind in fields]


def _case_id(case):
    version, pattern, kind = case
    return f"v{version}:{'.'.join(pattern)}→{kind}"


def test_every_mark_in_the_schema_is_reached_from_a_format():
    reached = {pointer for version in (1, 2) for _, _, pointer in _fields(f"#/$defs/v{version}")}
    assert reached == set(_all_marks(schema()))


def test_the_fields_issue_23_names_are_marked():
    assert {(("reporting", "*", "goals"), "goal"), (("reporting", "*", "assignments"),
            "assignment"), (("reporting", "*", "government_requirements"),
            "government_requirement"), (("budget", "authorisations", "*", "basis"),
            "budget_basis"), (("budget", "authorisations", "*", "lines"), "budget_line")
            } <= set(FIELDS[2])


def test_cross_document_links_are_not_marked():
    for version in (1, 2):
        assert not [p for p, _ in FIELDS[version] if p[0] == "document"
                    or p[-1] == "contributes_to"]


def test_both_validators_accept_the_marked_schema():
    jsonschema.Draft202012Validator.check_schema(schema())
    for version in (1, 2):
        data = load(str(EVERY_KEY[version])).data
        assert jsonschema_rs.Draft202012Validator(schema()).is_valid(data)
        assert jsonschema.Draft202012Validator(schema()).is_valid(data)


@pytest.mark.parametrize("kind, pattern", sorted(ITEM_LISTS.items()))
def test_item_lists_agree_with_the_schema_marks(kind, pattern):
    """facts and the reference check see the same items: each kind's list in
    document/items.py holds items the schema marks as that kind."""
    for version in (1, 2):
        data = load(str(EVERY_KEY[version])).data
        marks = {path: item_kind for item_kind, path, _ in marked(data).items}
        places = _matching(data, pattern)
        assert all(marks.get(path) == kind for path in places), (version, places)
    assert _matching(load(str(EVERY_KEY[2])).data, pattern)


def _matching(data, pattern, path=()):
    if not pattern:
        return [path] if isinstance(data, dict) else []
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        return [p for i, v in enumerate(data) for p in _matching(v, rest, path + (i,))] \
            if isinstance(data, list) else []
    return _matching(data[head], rest, path + (head,)) \
        if isinstance(data, dict) and head in data else []


def _with(version, pattern, value):
    """The every-key document of the format with the field at `pattern` (its first place)
    set to `value`; the concrete path."""
    data = yaml.safe_load(EVERY_KEY[version].read_text(encoding="utf-8"))
    holder = _matching(data, pattern[:-1])
    assert holder, f"tests/data/every-key{'-v2' if version == 2 else ''}.yaml needs " \
                   f"{'.'.join(pattern[:-1])} for this test"
    node = data
    for part in holder[0]:
        node = node[part]
    many = "array" in json.dumps(_field_type(version, pattern))
    node[pattern[-1]] = [value] if many else value
    return data, holder[0] + (pattern[-1],) + ((0,) if many else ())


def _field_type(version, pattern):
    for found, _, pointer in _fields(f"#/$defs/v{version}"):
        if found == pattern:
            node = _resolve(pointer)
            return _resolve(node["$ref"]).get("type") if "$ref" in node else node.get("type")
    raise AssertionError(pattern)


def _ref002(tmp_path, data, path):
    """REF002 findings (line, column, message) of the document, and where PyYAML's own
    composer puts the node at `path`."""
    file = tmp_path / "doc.yaml"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    file.write_text(text, encoding="utf-8")
    node = yaml.compose(text)
    for part in path:
        node = node.value[part] if isinstance(part, int) else next(
            value for key, value in node.value if key.value == part)
    (result,) = check_paths([str(file)], lang="nb", jobs=1)
    return [(f.line, f.column, f.message) for f in result.active if f.rule == "REF002"], \
        (node.start_mark.line + 1, node.start_mark.column + 1)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_a_dangling_id_in_every_reference_field_is_ref002(tmp_path, case):
    version, pattern, kind = case
    data, path = _with(version, pattern, DANGLING)
    found, (line, column) = _ref002(tmp_path, data, path)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[1:]
    assert found == [(line, column, f"{where} peker på {DANGLING}, men det er ingen "
                      f"{term(kind, 'nb')} med den id-en (id-en finnes ikke noe sted i "
                      "dokumentet).")]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_an_id_of_another_kind_in_every_reference_field_is_ref002(tmp_path, case):
    version, pattern, kind = case
    items = marked(load(str(EVERY_KEY[version])).data).items
    other_kind, _, other = next((k, p, i) for k, p, i in items
                                if k not in (kind, "document") and i != DANGLING)
    data, path = _with(version, pattern, other)
    found, (line, column) = _ref002(tmp_path, data, path)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[1:]
    assert found == [(line, column, f"{where} peker på {other}, men det er ingen "
                      f"{term(kind, 'nb')} med den id-en (id-en tilhører: "
                      f"{term(other_kind, 'nb')}).")]
