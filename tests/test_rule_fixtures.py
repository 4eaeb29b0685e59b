"""Every rule's fixtures: documents that break and keep it, with exact findings."""

import functools
from pathlib import Path

import pytest
import yaml

from govcheck.catalog.catalog import load_catalog
from govcheck.run.ruletest import run_fixture

FIXTURES = Path(__file__).parent / "rules"
FIXTURE_FILES = sorted(FIXTURES.glob("*.yaml"))


def _cases():
    """One test per case, named as run_fixture names it; collecting only reads the files
    (the cases run in the tests), and a file's cases stay on one worker, which runs the
    file once (`--dist loadgroup`)."""
    for path in FIXTURE_FILES:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        for index, case in enumerate(data["cases"]):
            name = str(case.get("name", f"case {index + 1}"))
            yield pytest.param(path, index, id=f"{data['rule']}:{name}",
                               marks=pytest.mark.xdist_group(f"rule-fixture-{path.stem}"))


@functools.cache
def _results(path: Path) -> list:
    return run_fixture(str(path))


@pytest.mark.parametrize(("path", "index"), list(_cases()))
def test_fixture_case(path, index):
    result = _results(path)[index]
    assert result.passed, result.detail


def test_every_rule_has_fixtures_and_every_fixture_a_rule():
    rules = set(load_catalog().rules)
    fixtures = {path.stem for path in FIXTURE_FILES}
    assert sorted(rules - fixtures) == [], "rules without fixtures"
    assert sorted(fixtures - rules) == [], "fixtures without rules"
