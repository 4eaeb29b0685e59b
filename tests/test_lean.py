"""The speed paths give what the general paths give (issue 16, item 3)."""

from __future__ import annotations

import gc

import pytest

from govcheck.catalog.engine import EngineError, _match
from govcheck.document.loader import _plain_scalar
from govcheck.run.checker import check_file


def test_a_match_is_read_from_the_start_of_its_json_or_decoded_in_full():
    assert _match('{"MRS002":{"m":{"id": "goal:goals[3]", "kind": "goal"}}}') == (
        "MRS002", "goal:goals[3]")
    # an escaped id, or a fact whose id is not written first: decoded in full, same answer
    assert _match(r'{"MRS002":{"m":{"id": "a\"b", "kind": "goal"}}}') == ("MRS002", 'a"b')
    assert _match('{"MRS002": {"m": {"kind": "goal", "id": "g"}}}') == ("MRS002", "g")
    with pytest.raises(EngineError, match="unexpected match for MRS002"):
        _match('{"MRS002":{"m":{"kind": "goal"}}}')


@pytest.mark.parametrize("text", ["", "~", "null", "NULL", "true", "False", "+1", "-2", "07",
                                  ".5", "1e3", "-.5E-2", "nope", "Tekst", "æøå", " 1", "x1"])
def test_plain_text_resolves_as_the_patterns_say(text):
    expected = {"": None, "~": None, "null": None, "NULL": None, "true": True,
                "False": False, "+1": 1, "-2": -2, "07": 7, ".5": 0.5, "1e3": 1000.0,
                "-.5E-2": -0.005}.get(text, text)
    assert _plain_scalar(text) == expected and type(_plain_scalar(text)) is type(expected)


@pytest.mark.parametrize("collector_on", [True, False])
def test_the_garbage_collector_is_as_it_was_after_a_document(tmp_path, collector_on):
    good = tmp_path / "plan.yaml"
    good.write_text("govcheck: 1\ndocument: {id: A, type: business_plan, year: 2026}\n"
                    "goals: []\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("govcheck: 1\ngoals: [\n", encoding="utf-8")
    (gc.enable if collector_on else gc.disable)()
    try:
        for path in (good, broken):
            result = check_file(str(path))
            assert (result.error is None) == (path is good)
            assert gc.isenabled() is collector_on
    finally:
        gc.enable()
