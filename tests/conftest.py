"""Shared by the whole suite: tests that read the same costly fixture run on one worker.

A module- or session-scoped fixture (a rendered PDF, a checked portfolio) is computed
once per worker that runs a test needing it; with `-n 2` and the default distribution
both workers would render it. Each such test is put in an xdist group named after the
fixtures it needs (with `--dist loadgroup`, set in pyproject.toml), so it is computed once.
"""

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def _shared_fixtures(item) -> dict:
    """The module- and session-scoped fixtures of this suite the test needs, by name."""
    info = getattr(item, "_fixtureinfo", None)
    found = {}
    for name, definitions in (info.name2fixturedefs.items() if info else ()):
        definition = definitions[-1]
        code = getattr(definition.func, "__code__", None)
        if definition.scope in ("module", "session") and code is not None \
                and Path(code.co_filename).resolve().is_relative_to(TESTS):
            found[name] = definition
    return found


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items):
    for item in items:
        shared = _shared_fixtures(item)
        # grouped by the fixtures the others build on: a test of a derived fixture
        # needs its root too, so both go to the worker that computes the root
        roots = sorted(name for name, definition in shared.items()
                       if not set(definition.argnames) & set(shared))
        if roots and not item.get_closest_marker("xdist_group"):
            where = {shared[name].scope for name in roots}
            prefix = "" if where == {"session"} else item.module.__name__ + ":"
            item.add_marker(pytest.mark.xdist_group(prefix + "+".join(roots)))
