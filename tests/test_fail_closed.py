"""Fail closed, tested as a property over every sample, every rule fixture and generated
documents (issue 23):

- nulling any stated value, list element or section moves each (rule, item) result only
  towards «ikke vurdert»: never a new finding, never from a finding or «ikke vurdert» to
  silence, never to met;
- every fact property a rule reads that nulling changes is listed in the fact's `unknown`
  (derived from the rules' conditions, not a hand-kept list);
- reordering the items of a list changes no finding.

benchmarks/fail_closed.py runs the same property with many more examples.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.catalog.catalog import load_catalog
from govcheck.catalog.judge import judge, reads

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fail_closed as fc  # noqa: E402

CASES = fc.cases()
SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _read_by_kind() -> dict:
    found: dict = {}
    for rule in load_catalog().rules.values():
        check = rule.check
        if "fact" in check:
            names = found.setdefault(check["fact"], set())
            names |= reads(check["condition"])
            if "escalate" in check:
                names |= reads(check["escalate"]["condition"])
    return found


READ = _read_by_kind()


@st.composite
def nulling(draw):
    case = draw(st.sampled_from(CASES))
    paths = fc.paths(case.data)
    return case, draw(st.sampled_from(paths)) if paths else None


@st.composite
def reordering(draw):
    case = draw(st.sampled_from([c for c in CASES if fc.lists(c.data)]))
    path = draw(st.sampled_from(fc.lists(case.data)))
    size = len(fc._at(case.data, path))
    return case, path, draw(st.permutations(range(size)))


@SETTINGS
@given(nulling())
def test_nulling_moves_results_only_towards_not_reviewed(chosen):
    case, path = chosen
    if path is not None:
        assert fc.null_violations(case, path) == []


@SETTINGS
@given(nulling())
def test_a_property_nulling_changes_is_listed_unknown(chosen):
    case, path = chosen
    if path is not None:
        assert fc.fact_violations(case, path, READ) == []


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(reordering())
def test_reordering_list_items_changes_no_finding(chosen):
    case, path, order = chosen
    assert fc.reorder_violations(case, path, list(order)) == []


def test_every_sample_fixture_and_generated_document_is_a_case():
    names = {case.name for case in CASES}
    assert any(name.startswith("samples/real-letters/") for name in names)
    assert any(name.startswith("IC004.yaml#") for name in names)
    assert any(name.startswith("generated#") for name in names)


# the three-valued reading itself, on hand-made facts


def test_and_with_a_known_false_part_is_false_whatever_the_unknown():
    fact = {"level": 2, "risk_count": 0, "unknown": ["risk_count"]}
    assert judge({"$and": [{"level": 1}, {"risk_count": 0}]}, fact) is False
    assert judge({"$and": [{"level": 2}, {"risk_count": 0}]}, fact) is None


def test_or_with_a_known_true_part_is_true_whatever_the_unknown():
    fact = {"output_goal_count": 0, "unknown": ["outcome_goal_count"]}
    assert judge({"$or": [{"output_goal_count": 0}, {"outcome_goal_count": 0}]}, fact) is True
    fact = {"output_goal_count": 1, "unknown": ["outcome_goal_count"]}
    assert judge({"$or": [{"output_goal_count": 0}, {"outcome_goal_count": 0}]}, fact) is None


def test_a_lower_bound_decides_what_every_larger_value_decides():
    fact = {"goal_count": 12, "unknown": ["goal_count"], "at_least": ["goal_count"]}
    assert judge({"$gt": {"goal_count": 10}}, fact) is True
    assert judge({"$gt": {"goal_count": 20}}, fact) is None
    assert judge({"goal_count": 0}, fact) is False
    assert judge({"$lt": {"goal_count": 3}}, fact) is False
    assert judge({"$lt": {"goal_count": 30}}, fact) is None
    assert judge({"$neq": {"goal_count": 3}}, fact) is True


def test_an_unknown_property_is_unknown_even_when_present():
    fact = {"has_target": False, "unknown": ["has_target"]}
    assert judge({"has_target": False}, fact) is None
    assert judge({"$ex": {"has_target": 1}}, fact) is None
    assert judge({"has_target": False}, {"has_target": False}) is True
    assert judge({"$gt": {"score": 1}}, {}) is False  # absent, not unknown: as the engine
