"""The loader: positions, YAML 1.2 scalars, and one clean error for each hostile input."""

import hashlib

import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document import loader
from govcheck.document.loader import LoadError

HEADER = (
    "govcheck: 1\n"
    "document: {id: D1, type: business_plan, title: Plan, year: 2016, issuer: A, recipient: B}\n"
)


def write(tmp_path, content, name="doc.yaml"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def load_error(tmp_path, content, **kwargs) -> LoadError:
    with pytest.raises(LoadError) as caught:
        loader.load(write(tmp_path, content), **kwargs)
    return caught.value


def test_positions_of_keys_values_and_items(tmp_path):
    document = loader.load(write(tmp_path, HEADER + "goals:\n  - id: G1\n    title: Mål\n"))
    assert document.locate(("goals", 0)) == (4, 5)
    assert document.locate(("goals", 0, "title")) == (5, 12)
    assert document.locate_key(("goals", 0, "title")) == (5, 5)
    assert document.locate_key(("goals",)) == (3, 1)
    # an absent node points at its nearest ancestor
    assert document.locate(("goals", 0, "indicators", 3)) == (4, 5)
    assert document.locate_key(("budget", "lines")) == (1, 1)


def test_yaml_1_1_surprises_are_gone(tmp_path):
    text = HEADER + "x-a: NO\nx-b: yes\nx-c: off\nx-d: 2015-03-01\nx-e: 012\nx-f: .inf\n" \
        "x-g: true\nx-h: ~\nx-i: 1.5\n"
    data = loader.load(write(tmp_path, text)).data
    assert data["x-a"] == "NO" and data["x-b"] == "yes" and data["x-c"] == "off"
    assert data["x-d"] == "2015-03-01"
    assert data["x-e"] == 12
    assert data["x-f"] == ".inf"
    assert data["x-g"] is True and data["x-h"] is None and data["x-i"] == 1.5


def test_merge_keys_still_work_and_explicit_keys_win(tmp_path):
    text = HEADER + "x-base: &base {unit: percent, direction: higher_is_better}\n" \
        "x-ind:\n  <<: *base\n  direction: on_target\n"
    data = loader.load(write(tmp_path, text)).data
    assert data["x-ind"] == {"unit": "percent", "direction": "on_target"}


def test_bom_is_accepted_and_the_hash_is_of_the_file_bytes(tmp_path):
    raw = b"\xef\xbb\xbf" + HEADER.encode()
    document = loader.load(write(tmp_path, raw))
    assert document.data["document"]["id"] == "D1"
    assert document.sha256 == hashlib.sha256(raw).hexdigest()


def test_integers_are_read_as_the_text_they_mean(tmp_path):
    text = HEADER + "goals:\n  - {id: 7, title: T, level: 1, chain: outcome}\n" \
        "budget:\n  lines:\n    - {id: 12, chapter: 605, post: 1, amount: 10, goals: [7]}\n"
    data = loader.load(write(tmp_path, text)).data
    assert data["goals"][0]["id"] == "7"
    assert data["budget"]["lines"][0] == {
        "id": "12", "chapter": "605", "post": "01", "amount": 10, "goals": ["7"]}


HOSTILE = [
    ("duplicate key", HEADER + "goals: []\ngoals: []\n", 4, 1, "duplicate key 'goals'"),
    ("python tag", HEADER + "goals: !!python/object/apply:os.system ['true']\n", 3, 8,
     "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed; use plain YAML values"),
    ("custom tag", HEADER + "goals: !include other.yaml\n", 3, 8,
     "tag !include is not allowed; use plain YAML values"),
    ("alias bomb",
     "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n", 4, 36,
     "aliases expand to more than 10000 nodes"),
    ("deep nesting", "x: " + "[" * 100 + "]" * 100 + "\n", 1, 67, "nesting deeper than 64 levels"),
    ("invalid utf-8", HEADER.encode() + b"goals:\n  - title: \xc3\x28\n", 4, 12, "invalid UTF-8"),
    ("utf-16", "x: 1\n".encode("utf-16"), 1, 1, "file is UTF-16; save it as UTF-8"),
    ("nul byte", HEADER.encode() + b"goals: [\x00]\n", 3, 9,
     "NUL byte in file; goal documents are text"),
    ("not a mapping", "- a\n- b\n", 1, 1, "a goal document must be a mapping at the top level"),
    ("scalar document", "just text\n", 1, 1,
     "a goal document must be a mapping at the top level"),
    ("empty file", "", 1, 1, "the file is empty; a goal document is a mapping"),
    ("several documents", HEADER + "---\nx: 1\n", 3, 1, "more than one YAML document in the file"),
    ("syntax error", HEADER + "goals: [a, b\n", 4, 1,
     "YAML syntax error: did not find expected ',' or ']'"),
    ("recursive alias", "x: &a [1, *a]\n", 1, 11, "alias *a refers to itself"),
    ("unknown alias", "x: *nothing\n", 1, 4, "alias *nothing names no anchor"),
    ("collection as key", "? [a, b]\n: c\n", 1, 3,
     "a mapping key must be a plain value, not a collection"),
]


@pytest.mark.parametrize("name, content, line, column, message", HOSTILE,
                         ids=[case[0] for case in HOSTILE])
def test_hostile_input_is_one_clean_error(tmp_path, name, content, line, column, message):
    error = load_error(tmp_path, content)
    assert (error.line, error.column, error.message) == (line, column, message)
    assert str(error) == f"{error.file}:{line}:{column}: {message}"


@pytest.mark.parametrize("name, content, line, column, message", HOSTILE,
                         ids=[case[0] for case in HOSTILE])
def test_cli_reports_hostile_input_on_one_line_with_exit_2(tmp_path, name, content, line,
                                                            column, message):
    path = write(tmp_path, content)
    before = open(path, "rb").read()
    result = CliRunner().invoke(main, ["check", path, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{path}:{line}:{column}: {message}"]
    assert "Traceback" not in result.output
    assert open(path, "rb").read() == before


def test_file_over_the_size_bound(tmp_path):
    path = write(tmp_path, HEADER + "x-pad: '" + "a" * 2000 + "'\n")
    with pytest.raises(LoadError) as caught:
        loader.load(path, max_bytes=1000)
    assert caught.value.message.startswith("file is ") and "over the limit of 1000" in str(
        caught.value)


def test_size_bound_is_configurable(tmp_path):
    write(tmp_path, "max-file-size: 500\n", "govcheck.yaml")
    path = write(tmp_path, HEADER + "x-pad: '" + "a" * 600 + "'\n")
    result = CliRunner().invoke(main, ["check", path])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}:1:1: filen er på 712 byte, over grensen på 500 byte (max-file-size)\n")


def test_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "finner ikke filen eller mappen" in result.output  # nb without --lang
