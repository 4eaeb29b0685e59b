"""Fail closed, as a property: nulling any stated value, list element or section moves each
(rule, target) result only towards «ikke vurdert»; reordering list items changes no finding.

The machinery is shared with tests/test_fail_closed.py, which runs a few hundred examples;
this script runs many more:

    .venv/bin/python benchmarks/fail_closed.py [--examples 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from govcheck.catalog.facts import build_facts
from govcheck.catalog.known import unknown_when
from govcheck.document.loader import parse
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_document
from govcheck.run.config import build_settings
from govcheck.run.ruletest import _related

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate_text  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
# what a document is, not what it states: nulling these makes it another document
FIXED = {("govcheck",), ("document", "type"), ("document", "language"), ("waivers",)}
# validation and run-level rules, not judged from facts
NOT_FROM_FACTS = ("SCHEMA", "REF", "RELATED", "WAIVER")
ORDER = {"none": 0, "unreviewed": 1, "finding": 2}


@dataclass
class Case:
    """One document to mutate: its data, its related texts (fixtures) and settings."""

    name: str
    data: dict
    related: dict | None = None
    config: dict | None = None


def cases() -> list[Case]:
    """Every sample, every case of every rule fixture, and a few generated documents."""
    found = []
    for path in sorted((ROOT / "samples").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "govcheck" in data:
            found.append(Case(str(path.relative_to(ROOT)), _loaded(path.read_bytes())))
    for path in sorted((ROOT / "tests" / "rules").glob("*.yaml")):
        fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, case in enumerate(fixture.get("cases") or ()):
            found.append(Case(f"{path.name}#{index + 1}", _loaded(case["document"].encode()),
                              case.get("related"), case.get("config")))
    for index in range(4):
        found.append(Case(f"generated#{index}", _loaded(generate_text(7, index).encode())))
    return found


def _loaded(text: bytes) -> dict:
    document = parse(text, "case.yaml")
    normalize(document.data)
    return document.data


_SETTINGS: dict = {}


def _settings(config: dict | None):
    key = repr(sorted((config or {}).items()))
    if key not in _SETTINGS:
        _SETTINGS[key] = build_settings(dict(config or {}), None, "fail-closed", None)
    return _SETTINGS[key]


def outcome(case: Case, data: dict) -> tuple[dict, set, set]:
    """(rule, target) → none / unreviewed / finding; the targets the facts have; the rules
    that could not run at all (their related document is not at hand)."""
    document = parse(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode(),
                     "case.yaml")
    normalize(document.data)
    settings = _settings(case.config)
    related = _related(case.related, document, "case.yaml") if case.related else {}
    checked = check_document(document, settings, "en", AS_OF, related)
    # keyed by the fact's id (kind and path), which nulling an item's `id` leaves alone
    facts_of: dict = {}
    for fact in checked.facts:
        facts_of.setdefault((fact["kind"], fact["target"]), []).append(fact["id"])
    result: dict = {}
    for item in checked.unreviewed_items:
        result[(item.rule, item.fact_id)] = "unreviewed"
    for finding in checked.findings:
        if not finding.suppressed and not finding.rule.startswith(NOT_FROM_FACTS):
            kind = settings.catalog.rules[finding.rule].check["fact"]
            for fact_id in facts_of.get((kind, finding.target), ()):
                result[(finding.rule, fact_id)] = "finding"
    return result, {fact["id"] for fact in checked.facts}, set(checked.not_reviewed)


def by_target(case: Case, data: dict) -> dict:
    """(rule, target, message) of each finding, and (rule, target) of each item not
    reviewed: what reordering must leave alone (paths move with the items, ids do not)."""
    document = parse(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode(),
                     "case.yaml")
    normalize(document.data)
    related = _related(case.related, document, "case.yaml") if case.related else {}
    checked = check_document(document, _settings(case.config), "en", AS_OF, related)
    return sorted({(f.rule, f.target, f.message) for f in checked.findings
                   if not f.rule.startswith(NOT_FROM_FACTS)}
                  | {(i.rule, i.target, "not reviewed") for i in checked.unreviewed_items})


_OUTCOMES: dict = {}
_FACTS: dict = {}


def _before(case: Case) -> tuple:
    if id(case) not in _OUTCOMES:
        _OUTCOMES[id(case)] = outcome(case, case.data)
    return _OUTCOMES[id(case)]


def paths(data, prefix=()) -> list[tuple]:
    """Every stated value, list element and section, as a path."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            path = prefix + (key,)
            if path in FIXED or value is None or any(f[:len(path)] == path for f in FIXED):
                continue
            found.append(path)
            found.extend(paths(value, path))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if value is not None:
                found.append(prefix + (index,))
                found.extend(paths(value, prefix + (index,)))
    return found


# lists whose order a rule judges: an annual report's parts stand in the prescribed order
ORDERED = {("parts",)}


def lists(data, prefix=()) -> list[tuple]:
    """Every list of two or more items whose order is not judged, as a path."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(lists(value, prefix + (key,)))
    elif isinstance(data, list):
        if len(data) > 1 and prefix not in ORDERED:
            found.append(prefix)
        for index, value in enumerate(data):
            found.extend(lists(value, prefix + (index,)))
    return found


def _copy(data):
    return yaml.safe_load(yaml.safe_dump(data))


def _at(data, path):
    for part in path:
        data = data[part]
    return data


def nulled(data: dict, path: tuple) -> dict:
    changed = _copy(data)
    _at(changed, path[:-1])[path[-1]] = None
    return changed


def reordered(data: dict, path: tuple, order: list[int]) -> dict:
    changed = _copy(data)
    items = _at(changed, path)
    items[:] = [items[i] for i in order]
    return changed


def null_violations(case: Case, path: tuple) -> list[str]:
    """What nulling `path` did against the property: empty when it only moved results
    towards «ikke vurdert»."""
    before, existed, before_rules = _before(case)
    after, targets, after_rules = outcome(case, nulled(case.data, path))
    problems = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, "none"), after.get(key, "none")
        if key[0] in after_rules - before_rules:
            new = "unreviewed"  # the rule as a whole could not run (parent named null)
        if old == new or new == "unreviewed":
            continue
        if old != "none" and new == "none" and key[1] not in targets:
            continue  # the item itself is now unknown
        if key[1] not in existed:
            continue  # a fact keyed by its first line: another line's now (parent_post)
        problems.append(f"{case.name} {'.'.join(map(str, path))} := null: "
                        f"{key[0]} {key[1]} {old} → {new}")
    return problems


def reorder_violations(case: Case, path: tuple, order: list[int]) -> list[str]:
    before = by_target(case, case.data)
    after = by_target(case, reordered(case.data, path, order))
    where = f"{case.name} {'.'.join(map(str, path))} reordered {order}"
    return [f"{where}: only before: {item}" for item in before if item not in after] + \
        [f"{where}: only after: {item}" for item in after if item not in before]


def fact_violations(case: Case, path: tuple, read: dict) -> list[str]:
    """A property a rule reads that nulling changed must be listed in `unknown`."""
    if id(case) not in _FACTS:
        _FACTS[id(case)] = {f["id"]: f for f in _facts(case, case.data)}
    before = _FACTS[id(case)]
    problems = []
    for fact in _facts(case, nulled(case.data, path)):
        problems += [f"{case.name} {'.'.join(map(str, path))} := null: {fact['kind']}.{name} "
                     "is unknown, docs/facts.md does not say when"
                     for name in fact.get("unknown", ()) if not unknown_when(fact["kind"], name)]
        old = before.get(fact["id"])
        if old is None or old["target"] != fact["target"]:
            continue
        for name in sorted(read.get(fact["kind"], ())):
            if old.get(name) != fact.get(name) and name not in fact.get("unknown", ()):
                problems.append(f"{case.name} {'.'.join(map(str, path))} := null: "
                                f"{fact['id']}.{name} {old.get(name)!r} → "
                                f"{fact.get(name)!r}, not listed unknown")
    return problems


def _facts(case: Case, data: dict) -> list[dict]:
    document = parse(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode(),
                     "case.yaml")
    normalize(document.data)
    related = _related(case.related, document, "case.yaml") if case.related else {}
    return build_facts(document, _settings(case.config).parameter_values,
                       {relation: link[1] for relation, link in related.items() if link[1]})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    every = cases()
    started, problems, tried = time.perf_counter(), [], 0
    while tried < options.examples:
        case = rng.choice(every)
        if rng.random() < 0.8:
            chosen = paths(case.data)
            if chosen:
                problems += null_violations(case, rng.choice(chosen))
        else:
            chosen = lists(case.data)
            if chosen:
                path = rng.choice(chosen)
                order = list(range(len(_at(case.data, path))))
                rng.shuffle(order)
                problems += reorder_violations(case, path, order)
        tried += 1
    for problem in sorted(set(problems)):
        print(problem)
    print(f"{tried} examples over {len(every)} documents in "
          f"{time.perf_counter() - started:.1f} s: {len(set(problems))} violations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
