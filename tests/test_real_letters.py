"""The five real letters of samples/real-letters/, written in format 2 with nothing
invented: they validate, and give exactly these findings. What the extracts did not
retrieve is null in the files, so the rules that need it report not reviewed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govcheck.run.checker import check_file

ROOT = Path(__file__).resolve().parents[1]
LETTERS = ROOT / "samples" / "real-letters"

# file → (findings as (rule, target, line), number of items not reviewed). A null date is
# one more item not reviewed (LETTER007); rules on standing goals pass over the year's
# priorities (kind: priority) and RES001 over income posts without listing them. Every
# allocation letter's `instructions: null` is one more (LETTER008: the parts not retrieved
# may name the hovedinstruks).
EXPECTED = {
    "met-2013.yaml": ([
        ("IC004", "SP1b", 54), ("IC004", "SP1c", 65), ("IC004", "SP2a", 76),
    ], 45),  # RES002 on VM1/VM2: the budget lines' `goals` are not retrieved, not reviewed
    "nav-2015.yaml": ([("LETTER007", "document", 30)], 60),  # dated 23 March 2015
    "distriktssenteret-2014.yaml": ([], 19),
    "nasjonalbiblioteket-2011.yaml": ([], 32),
    "regjeringsadvokaten-2018.yaml": ([
        ("IC004", "SP1", 76), ("MRS005", "SP1", 76), ("MRS006", "SP1", 76),
    ], 65),
    "regjeringsadvokaten-2018-tillegg.yaml": ([], 0),
}


def check(name: str):
    return check_file(str(LETTERS / name), lang="en", as_of=dt.date(2026, 1, 1))


def test_every_letter_is_tested():
    assert sorted(p.name for p in LETTERS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_letter_gives_its_findings(name):
    result = check(name)
    assert result.error is None
    assert not [f for f in result.findings if f.rule in ("SCHEMA", "REF001", "REF002")]
    findings, unreviewed = EXPECTED[name]
    assert sorted((f.rule, f.target, f.line) for f in result.active) == findings
    assert len(result.unreviewed_items) == unreviewed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_says_what_was_not_retrieved(name):
    text = (LETTERS / name).read_text(encoding="utf-8")
    assert "NOT RETRIEVED" in text.split("\ngovcheck: 2")[0]


def test_unknown_amounts_leave_letter001_not_reviewed_never_met():
    for name in ("met-2013.yaml", "distriktssenteret-2014.yaml",
                 "nasjonalbiblioteket-2011.yaml"):
        result = check(name)
        assert [i.missing for i in result.unreviewed_items if i.rule == "LETTER001"] == [
            ("allocated_line_count",)], name
        assert "LETTER001" not in {f.rule for f in result.findings}


def test_a_late_letter_whose_goal_sections_were_not_retrieved_is_not_called_compliant():
    result = check("nav-2015.yaml")
    from govcheck.run.summary import area_status

    statuses = area_status(result)
    assert "met" not in {statuses[a] for a in ("MRS", "RISK", "LETTER", "CHAIN")}


def test_the_supplement_amends_the_letter_and_no_goal_rule_runs_on_it():
    result = check("regjeringsadvokaten-2018-tillegg.yaml")
    assert result.meta["amends"] == "SMK-RA-2018"
    assert result.active == [] and result.unreviewed_items == []
