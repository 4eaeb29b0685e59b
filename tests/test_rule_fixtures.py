"""Every rule's fixtures: documents that break and keep it, with exact findings."""

from pathlib import Path

import pytest

from govcheck.catalog.catalog import load_catalog
from govcheck.run.ruletest import run_fixture

FIXTURES = Path(__file__).parent / "rules"
FIXTURE_FILES = sorted(FIXTURES.glob("*.yaml"))


def _cases():
    for path in FIXTURE_FILES:
        for result in run_fixture(str(path)):
            yield pytest.param(result, id=f"{result.rule}:{result.name}")


@pytest.mark.parametrize("result", list(_cases()))
def test_fixture_case(result):
    assert result.passed, result.detail


def test_every_rule_has_fixtures_and_every_fixture_a_rule():
    rules = set(load_catalog().rules)
    fixtures = {path.stem for path in FIXTURE_FILES}
    assert sorted(rules - fixtures) == [], "rules without fixtures"
    assert sorted(fixtures - rules) == [], "fixtures without rules"
