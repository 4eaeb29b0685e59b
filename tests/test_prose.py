"""Lists and dangling references as a Norwegian reader writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from govcheck.document.loader import parse
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_loaded
from govcheck.run.config import default_settings
from govcheck.terms import listing

SETTINGS = default_settings()
PLAN = ("govcheck: 2\ndocument: {id: D, type: business_plan, year: 2016, issuer: A, "
        "recipient: B}\n")


@pytest.mark.parametrize("items, lang, conjunction, expected", [
    ([], "nb", "and", ""),
    (["ansvarlig"], "nb", "and", "ansvarlig"),
    (["ansvarlig", "hyppighet"], "nb", "and", "ansvarlig og hyppighet"),
    (["a", "b", "c"], "nn", "or", "a, b eller c"),
    (["owner", "frequency"], "en", "and", "owner and frequency"),
])
def test_listing_closes_with_a_conjunction(items, lang, conjunction, expected):
    assert listing(items, lang, conjunction) == expected


def _messages(body: str, lang: str, rule: str) -> list[tuple]:
    document = parse((PLAN + body).encode("utf-8"), "doc.yaml")
    normalize(document.data)
    result = check_loaded(document, SETTINGS, lang, dt.date(2026, 1, 1))
    return [(f.target, f.line, f.message) for f in result.active if f.rule == rule]


GOALS = "goals:\n  - {id: G1, title: M, level: 1}\n"


@pytest.mark.parametrize("lang, expected", [
    ("nb", "risks[0].goals[0] peker på G9, men det er ingen mål med den id-en (id-en finnes "
           "ikke noe sted i dokumentet)."),
    ("nn", "risks[0].goals[0] peikar på G9, men det finst ingen mål med den id-en (id-en "
           "finst ikkje nokon stad i dokumentet)."),
    ("en", "risks[0].goals[0] names G9, but no goal has that id (the id is nowhere in the "
           "document)."),
])
def test_a_reference_to_nothing_says_so(lang, expected):
    body = GOALS + "risks:\n  - {id: R1, title: T, goals: [G9], likelihood: 1, consequence: 1}\n"
    assert _messages(body, lang, "REF002") == [("R1", 6, expected)]


def test_a_reference_to_another_kind_names_that_kind():
    body = (GOALS + "assignments:\n  - {id: O1, title: T, goals: [G1]}\n"
            "risks:\n  - {id: R1, title: T, goals: [O1], likelihood: 1, consequence: 1}\n")
    assert _messages(body, "nb", "REF002") == [
        ("R1", 8, "risks[0].goals[0] peker på O1, men det er ingen mål med den id-en (id-en "
                  "tilhører: oppdrag).")]
