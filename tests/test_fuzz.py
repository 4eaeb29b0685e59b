"""Property-based fuzzing: mutated goal documents through every stage and renderer.

Documents start from the benchmark's generator and are mutated by hypothesis:
values replaced by hostile ones, keys dropped or added, ids collided. Whatever a
file contains, no exception escapes, and every output stays well-formed.
Profiles: `ci` (the default, a few hundred examples) and `long`
(GOVCHECK_FUZZ=long, run by `benchmarks/run.py --only fuzz`).
"""

import datetime as dt
import html.parser
import json
import os
import random
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.document.loader import LoadError, parse
from govcheck.document.normalize import normalize
from govcheck.report import json as json_report
from govcheck.report import sarif, text
from govcheck.report.html import render_html
from govcheck.run.checker import Result, check_document, check_loaded
from govcheck.run.config import default_settings
from govcheck.run.summary import Tally

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import generate_document  # noqa: E402

settings.register_profile("ci", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("GOVCHECK_FUZZ", "ci"))

AS_OF = dt.date(2026, 1, 1)
SETTINGS = default_settings()
HOSTILE_TEXT = st.sampled_from([
    "<script>alert(1)</script>", "<img src='file:///etc/passwd'>", "http://127.0.0.1:9/x",
    "../../etc/passwd", "{{ 7*7 }}", "%(x)s {0}", "æøå ÆØÅ", "", " ", "\u202e", "NO", "null",
    "2015-13-45", ".inf", "G1", "document", "#", "a#b", "x" * 300,
])
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6)
    | st.floats(allow_nan=False, allow_infinity=False) | HOSTILE_TEXT
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        HOSTILE_TEXT | st.sampled_from(["id", "level", "parent", "goals", "value", "period"]),
        inner, max_size=3),
    max_leaves=8,
)


def _nodes(data, path=()):
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, path + (index,))


def _mutate(document: dict, draw) -> dict:
    for _ in range(draw(st.integers(1, 6))):
        paths = [p for p in _nodes(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add", "collide"]))
        if action == "replace":
            parent[path[-1]] = draw(VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(HOSTILE_TEXT)] = draw(VALUES)
        elif action == "collide" and isinstance(parent, dict) and "id" in parent:
            parent["id"] = draw(st.sampled_from(["G0", "I0_0", "R0", "document", "GEN-00001"]))
    return document


@st.composite
def mutated_texts(draw):
    rng = random.Random(draw(st.integers(0, 10**6)))
    document = generate_document(rng, draw(st.integers(0, 2)), goals=draw(st.integers(1, 12)))
    document = _mutate(document, draw)
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


class _StrictParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"


def _check(text_yaml: str) -> Result:
    try:
        document = parse(text_yaml.encode("utf-8"), "fuzz.yaml")
    except LoadError as error:
        return Result(file="fuzz.yaml", settings=SETTINGS, error=error)
    normalize(document.data)
    return check_loaded(document, SETTINGS, "nb", AS_OF)


@given(mutated_texts())
def test_mutated_documents_never_break_any_stage(text_yaml):
    result = _check(text_yaml)
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1
        assert finding.rule in SETTINGS.catalog.rules
    lines = list(text.stream([result], Tally(), "en", False))
    assert lines[-1].startswith("1 file checked")
    payload = json.loads("".join(json_report.stream([result], Tally(), AS_OF.isoformat())))
    assert len(payload["documents"][0]["findings"]) == len(result.findings)
    log = json.loads(sarif.render([result], "en"))
    assert log["version"] == "2.1.0"
    page = render_html([result], "en", AS_OF, "1")
    parser = _StrictParser()
    parser.feed(page)
    assert parser.scripts == 0  # no text from the document becomes markup


@given(st.binary(max_size=400))
def test_arbitrary_bytes_load_or_fail_cleanly(raw):
    try:
        document = parse(raw, "bytes.yaml")
    except LoadError as error:
        assert str(error).startswith("bytes.yaml:") and "\n" not in str(error)
        return
    normalize(document.data)
    check_document(document, SETTINGS, "en", AS_OF)
