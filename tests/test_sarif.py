"""SARIF output: valid against the OASIS 2.1.0 schema, rules described, waivers as
suppressions, unreadable files as notifications, the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft4Validator

from govcheck.report import github, junit, sarif
from govcheck.run.checker import check_paths
from govcheck.views.starter import starter_document

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))
AS_OF = dt.date(2026, 3, 1)
UNWAIVABLE = ("SCHEMA", "REF", "WAIVER")


def _bad_plan() -> dict:
    """The starter business plan with faults of several severities."""
    data = yaml.safe_load(starter_document("business_plan", 2026))
    goals = {goal["id"]: goal for goal in data["goals"]}
    del goals["D1.2"]["indicators"]  # a leaf goal without indicators
    del goals["M1"]["indicators"][0]["baseline"]
    goals["D2.1"]["descripton"] = "misspelt key"
    del data["risks"][1]["owner"]
    return data


def _write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _check(*paths) -> list:
    return list(check_paths([str(p) for p in paths], as_of=AS_OF))


def _waivable(results) -> tuple[str, str]:
    finding = next(f for r in results for f in r.active if not f.rule.startswith(UNWAIVABLE))
    return finding.rule, finding.target


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """Relative paths, as a CI job gives them: a faulty plan, the same plan with a
    waiver in the document, one with a waiver in govcheck.yaml, and a broken file."""
    monkeypatch.chdir(tmp_path)
    bad = _write(Path("plans/bad.yaml"), _bad_plan())
    rule, target = _waivable(_check(bad))
    waiver = {"rule": rule, "target": target, "justification": "Godkjent for overgangsåret",
              "approved_by": "Direktøren", "expires": "2026-12-31"}
    waived = _write(Path("plans/waived.yaml"), {**_bad_plan(), "waivers": [waiver]})
    external = _bad_plan()
    external["document"]["id"] = "DIR-VP-EXT"
    # a folder name of its own: settings are cached per folder name as given
    folder = Path(f"configured-{tmp_path.name}")
    configured = _write(folder / "plan.yaml", external)
    unused = {**waiver, "target": "nothing-of-that-name"}  # WAIVER002, in govcheck.yaml
    config = {"waivers": [{"document": "DIR-VP-EXT", **waiver},
                          {"document": "DIR-VP-EXT", **unused}]}
    _write(folder / "govcheck.yaml", config)
    broken = Path("plans/broken.yaml")
    broken.write_text("govcheck: 1\ngoals: [unclosed\n", encoding="utf-8")
    return {"bad": bad, "waived": waived, "configured": configured, "broken": broken,
            "waiver": (rule, target), "config": str(folder / "govcheck.yaml")}


def _log(results, lang=None) -> dict:
    return json.loads(sarif.render(results, lang))


def test_output_validates_against_the_sarif_schema(workspace):
    for name in ("bad", "waived", "configured", "broken"):
        log = _log(_check(workspace[name]))
        errors = sorted(Draft4Validator(SCHEMA).iter_errors(log), key=str)
        assert errors == [], f"{name}: {errors[0].message}"
    log = _log(_check(*(workspace[n] for n in ("bad", "waived", "configured", "broken"))))
    assert list(Draft4Validator(SCHEMA).iter_errors(log)) == []


def test_rules_are_the_enabled_catalog_rules_sorted(workspace):
    results = _check(workspace["bad"])
    settings = results[0].settings
    rules = _log(results)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(settings.enabled)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor in rules:
        rule = settings.catalog.rules[descriptor["id"]]
        assert descriptor["shortDescription"]["text"] == rule.title["nb"]
        assert descriptor["name"] and descriptor["name"] != rule.id
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]
        assert rule.citation_text("nb") in descriptor["help"]["text"]
        assert rule.remediation["nb"].strip() in descriptor["help"]["markdown"]
        assert descriptor["properties"]["area"] == rule.area
        assert descriptor["properties"]["citation"]["requirements"] == list(rule.requirements)


def test_every_result_points_at_its_rule(workspace):
    results = _check(workspace["bad"], workspace["waived"])
    run = _log(results)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    findings = [f for r in results for f in r.findings]
    assert len(run["results"]) == len(findings) > 0
    for entry, finding in zip(run["results"], findings, strict=True):
        assert rules[entry["ruleIndex"]]["id"] == entry["ruleId"] == finding.rule
        assert entry["level"] == {"info": "note"}.get(finding.severity, finding.severity)
        assert entry["message"]["text"] == finding.message
        location = entry["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == finding.file
        assert location["region"] == {"startLine": finding.line, "startColumn": finding.column}
    fingerprints = [e["partialFingerprints"]["govcheck/v1"] for e in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_waivers_become_suppressions(workspace):
    rule, target = workspace["waiver"]
    for name, kind in (("waived", "inSource"), ("configured", "external")):
        run = _log(_check(workspace[name]))["runs"][0]
        suppressed = [e for e in run["results"] if "suppressions" in e]
        assert suppressed, name
        for entry in suppressed:
            assert (entry["ruleId"], entry["properties"]["target"]) == (rule, target)
            (suppression,) = entry["suppressions"]
            assert suppression["kind"] == kind
            assert suppression["status"] == "accepted"
            assert suppression["justification"] == "Godkjent for overgangsåret"
        others = [e for e in run["results"] if "suppressions" not in e]
        assert all((e["ruleId"], e["properties"]["target"]) != (rule, target) for e in others)


def test_unreadable_file_is_a_tool_notification(workspace):
    run = _log(_check(workspace["broken"], workspace["bad"]))["runs"][0]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    location = notification["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "plans/broken.yaml"
    assert location["region"]["startLine"] >= 2
    assert all(e["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               == "plans/bad.yaml" for e in run["results"])


def test_output_is_deterministic_and_holds_no_absolute_path(workspace):
    paths = [workspace[n] for n in ("bad", "waived", "configured", "broken")]
    first, second = sarif.render(_check(*paths), None), sarif.render(_check(*paths), None)
    assert first == second
    assert sarif.render(_check(*paths), "en") != first  # rule texts follow the language
    # the configuration is found, not given: its findings still name it relatively
    results = _check(*paths)
    for render in (sarif.render, junit.render, github.render):
        assert os.getcwd() not in render(results, None), render.__module__
    run = json.loads(first)["runs"][0]
    (unused,) = [e for e in run["results"] if e["ruleId"] == "WAIVER002"]
    location = unused["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": workspace["config"]}


def test_paths_become_uri_references():
    assert sarif._uri("plans/mål 2026.yaml") == "plans/m%C3%A5l%202026.yaml"
    assert sarif._uri("c:odd.yaml") == "c%3Aodd.yaml"  # not a URI scheme
    assert sarif._uri("/srv/plans/a.yaml") == "file:///srv/plans/a.yaml"
