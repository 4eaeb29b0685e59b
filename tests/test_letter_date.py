"""LETTER007 (a letter dated after its budget year began) and the year's priorities
(`kind: priority`): what the rule-fixture format cannot say, the items *not reviewed*."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govcheck.run.checker import check_file

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 1, 1)

LETTER = """\
govcheck: 2
document:
  id: D1
  type: allocation_letter
  title: Brev
  year: 2016
{date}
goals:
  - {{id: G1, title: Flere i arbeid, level: 1}}
"""


def check_text(tmp_path, text: str, lang: str = "en"):
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_file(str(path), lang=lang, as_of=AS_OF)
    assert result.error is None
    assert not [f for f in result.findings if f.rule == "SCHEMA"], result.findings
    return result


def unreviewed(result, rule: str) -> list[tuple]:
    return [(i.target, i.line, i.missing) for i in result.unreviewed_items if i.rule == rule]


@pytest.mark.parametrize("date", ["  date: null", "", "  reference: 15/1"])
def test_a_letter_without_a_stated_date_is_not_reviewed_never_met(tmp_path, date):
    result = check_text(tmp_path, LETTER.format(date=date))
    assert "LETTER007" not in {f.rule for f in result.findings}
    [(target, _, missing)] = unreviewed(result, "LETTER007")
    assert (target, missing) == ("document", ("days_after_year_start",))


@pytest.mark.parametrize("date, late", [("2016-02-29", True), ("2015-12-31", False)])
def test_a_stated_date_is_judged_and_leaves_nothing_unreviewed(tmp_path, date, late):
    result = check_text(tmp_path, LETTER.format(date=f"  date: {date}"))
    assert unreviewed(result, "LETTER007") == []
    assert [(f.rule, f.line) for f in result.active if f.rule == "LETTER007"] == (
        [("LETTER007", 7)] if late else [])


@pytest.mark.parametrize("lang, text", [
    ("nb", "Tildelingsbrevet er datert 23. mars 2015, etter at budsjettåret 2015 begynte "
           "1. januar."),
    ("nn", "Tildelingsbrevet er datert 23. mars 2015, etter at budsjettåret 2015 byrja "
           "1. januar."),
    ("en", "The allocation letter is dated 23 March 2015, after budget year 2015 began on "
           "1 January."),
])
def test_the_nav_2015_letter_is_noted_as_dated_late_for_information(lang, text):
    result = check_file(str(ROOT / "samples/real-letters/nav-2015.yaml"), lang=lang,
                        as_of=AS_OF)
    [finding] = [f for f in result.active if f.rule == "LETTER007"]
    assert (finding.severity, finding.message) == ("info", text)
    # the source is DFØ guidance whose place and wording are not confirmed: it says so
    unconfirmed = {"nb": "ikke bekreftet mot originalen", "nn": "ikkje stadfesta mot originalen",
                   "en": "not checked against the original"}
    assert unconfirmed[lang] in finding.citation


PRIORITIES = """\
govcheck: 2
document: {id: D1, type: allocation_letter, title: Brev, year: 2018, date: 2017-12-20}
goals:
  - {id: OM1, title: Rask og god saksbehandling, level: 1}
  - {id: OM2, title: Godt arbeidsmiljø, level: 2, parent: OM1}
  - {id: P1, title: Rask håndtering av rettssaker, level: 1, kind: priority}
risks: null
"""


def test_items_a_rule_does_not_judge_are_not_listed_as_not_reviewed(tmp_path):
    """With `risks: null`, RISK001 cannot judge OM1; it never judges the level-2 goal OM2 or
    the priority P1, so they are not «not reviewed» either."""
    result = check_text(tmp_path, PRIORITIES)
    assert [target for target, _, _ in unreviewed(result, "RISK001")] == ["OM1"]
    assert [target for target, _, _ in unreviewed(result, "CHAIN003")] == ["OM1"]
    assert "RISK001" not in {f.rule for f in result.findings}


def test_a_priority_is_not_counted_among_the_level1_goals(tmp_path):
    config = tmp_path / "govcheck.yaml"
    config.write_text("parameters: {max_top_goals: 1}\n", encoding="utf-8")
    result = check_text(tmp_path, PRIORITIES)
    assert "MRS007" not in {f.rule for f in result.findings}
    two = PRIORITIES.replace("level: 2, parent: OM1", "level: 1")
    [finding] = [f for f in check_text(tmp_path, two).findings if f.rule == "MRS007"]
    assert finding.message.startswith("The document has 2 level-1 goals;")
