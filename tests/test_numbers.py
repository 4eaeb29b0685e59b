"""Units said after a number: every unit the format allows is spoken or deliberately bare,
with the singular for one."""

import json
from pathlib import Path

import pytest

from govcheck.numbers import NBSP, UNIT_WORDS, UNSPOKEN_UNITS, show

ROOT = Path(__file__).resolve().parents[1]


def _schema_units() -> list[str]:
    schema = json.loads((ROOT / "schemas" / "goal-document.schema.json").read_text("utf-8"))
    unit = schema["$defs"]["v2Indicator"]["properties"]["unit"]
    return [u for u in unit["enum"] if u is not None]


def test_every_unit_of_the_format_is_spoken_or_deliberately_bare():
    for unit in _schema_units():
        for lang in ("nb", "nn", "en"):
            assert (unit in UNIT_WORDS) != (unit in UNSPOKEN_UNITS), (unit, lang)
    assert show(3, "unit", "nb", "count") == "3"
    assert show(3, "unit", "nb", "other") == "3"


@pytest.mark.parametrize("value, unit, nb, nn, en", [
    (0, "hours", "0 timer", "0 timar", "0 hours"),
    (1, "hours", "1 time", "1 time", "1 hour"),
    (1.0, "hours", "1 time", "1 time", "1 hour"),
    (2.5, "hours", "2,5 timer", "2,5 timar", "2.5 hours"),
    (-3, "hours", "-3 timer", "-3 timar", "-3 hours"),
    (-1, "hours", "-1 time", "-1 time", "-1 hour"),
    (0, "minutes", "0 minutter", "0 minutt", "0 minutes"),
    (1, "minutes", "1 minutt", "1 minutt", "1 minute"),
    (2.5, "minutes", "2,5 minutter", "2,5 minutt", "2.5 minutes"),
    (-0.5, "minutes", "-0,5 minutter", "-0,5 minutt", "-0.5 minutes"),
    (1.004, "minutes", "1 minutt", "1 minutt", "1 minute"),  # said as 1: singular
    (1, "days", "1 dag", "1 dag", "1 day"),
    (-1, "weeks", "-1 uke", "-1 veke", "-1 week"),
])
def test_hours_and_minutes_are_spoken_with_the_singular_for_one(value, unit, nb, nn, en):
    for lang, expected in (("nb", nb), ("nn", nn), ("en", en)):
        assert show(value, "unit", lang, unit) == expected.replace(" ", NBSP), lang


def test_a_value_that_is_not_a_number_keeps_no_unit_word():
    assert show("?", "unit", "nb", "hours") == "?"
    assert show(True, "unit", "nb", "hours") == "True"


@pytest.mark.parametrize(("lang", "said"), [
    ("nb", "3,75\u00a0prosentpoeng"), ("nn", "3,75\u00a0prosentpoeng"),
    ("en", "3.75\u00a0percentage points")])
def test_a_difference_of_shares_is_in_percentage_points(lang, said):
    assert show(3.75, "difference", lang, "percent") == said
    assert show(1, "difference", lang, "percent").endswith(said.split("\u00a0")[1].rstrip("s"))
    assert show(2, "difference", lang, "days") == show(2, "unit", lang, "days")
