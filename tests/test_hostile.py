"""Malicious and broken input: a one-line error and exit 2, or findings — never a
traceback, a hang, a changed input file, or anything run, read or fetched."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "hostile"
HEADER = (b"govcheck: 1\ndocument: {id: H1, type: business_plan, title: Plan, year: 2016, "
          b"issuer: A, recipient: B}\n")
PWNED = Path("/tmp/govcheck-pwned")

# file → ("error", "LINE:COL: message") or ("findings", rules that must be among them)
EXPECTED = {
    "alias-bomb.yaml": ("error", "5:8: aliases expand to more than 10000 nodes"),
    "python-tag.yaml": ("error", "3:8: tag tag:yaml.org,2002:python/object/apply:os.system "
                                 "is not allowed; use plain YAML values"),
    "python-name-tag.yaml": ("error", "3:8: tag tag:yaml.org,2002:python/name:os.system is not "
                                      "allowed; use plain YAML values"),
    "custom-tag.yaml": ("error", "3:8: tag !secret is not allowed; use plain YAML values"),
    "duplicate-key.yaml": ("error", "6:5: duplicate key 'title'"),
    "reference-cycles.yaml": ("findings", {"HIER003", "HIER002"}),
    "id-collisions.yaml": ("findings", {"REF001"}),
    "bad-dates.yaml": ("findings", {"SCHEMA", "MRS013"}),
    # a value of the wrong type is absent for the rules (document/sound.py): they say
    # «ikke vurdert», not a finding built on it
    "inf-nan.yaml": ("findings", {"SCHEMA"}),
    "path-ids.yaml": ("findings", {"SCHEMA"}),
    "wrong-types.yaml": ("findings", {"SCHEMA"}),
    "html-everywhere.yaml": ("findings", {"SCHEMA", "RISK002"}),
}

GENERATED = {
    "deep-nesting.yaml": (b"x: " + b"[" * 5000 + b"]" * 5000 + b"\n",
                          # libyaml's own bound (1000 levels) speaks first in flow style
                          ("error", "1:1003: YAML syntax error: exceeded maximum nesting depth")),
    "deep-mapping.yaml": (b"".join(b"  " * i + b"k:\n" for i in range(200)) + b"  " * 200 + b"v\n",
                          ("error", "65:129: nesting deeper than 64 levels")),
    "huge-scalar.yaml": (HEADER + b"goals: []\nx-big: '" + b"a" * 150_000 + b"'\n",
                         ("findings", {"MRS001"})),
    "huge-file.yaml": (HEADER + b"x-pad: '" + b"a" * 300_000 + b"'\n",
                       ("error", "1:1: file is 300112 bytes, over the limit of 196608 bytes "
                                 "(max-file-size)")),
    "invalid-utf8.yaml": (HEADER + b"goals: [\xff\xfe]\n", ("error", "3:9: invalid UTF-8")),
    "utf16.yaml": ("govcheck: 1\n".encode("utf-16"),
                   ("error", "1:1: file is UTF-16; save it as UTF-8")),
    "nul-bytes.yaml": (HEADER + b"goals: []\x00\n",
                       ("error", "3:10: NUL byte in file; goal documents are text")),
    "empty.yaml": (b"", ("error", "1:1: the file is empty; a goal document is a mapping")),
    "binary.yaml": (bytes(range(1, 256)) * 4, ("error", "2:118: invalid UTF-8")),
}


def run_check(path: Path):
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "govcheck", "check", str(path), "--format", "json", "--jobs", "1",
         "--lang", "en"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert path.read_bytes() == before, "input files are never modified"
    return result


def assert_outcome(path: Path, expected):
    result = run_check(path)
    assert "Traceback" not in result.stderr
    kind, detail = expected
    if kind == "error":
        assert result.returncode == 2
        assert result.stderr.splitlines() == [f"{path}:{detail}"]
    else:
        assert result.returncode == 1, result.stderr
        payload = json.loads(result.stdout)
        found = {f["rule"] for d in payload["documents"] for f in d["findings"]}
        assert detail <= found
    assert not PWNED.exists()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file(name):
    assert_outcome(CORPUS / name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_hostile_file(tmp_path, name):
    content, expected = GENERATED[name]
    path = tmp_path / name
    path.write_bytes(content)
    assert_outcome(path, expected)


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in CORPUS.glob("*.yaml")) == sorted(EXPECTED)

