"""JUnit XML for GitLab and Jenkins, and GitHub workflow commands."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from govcheck import safe
from govcheck.findings import Finding
from govcheck.report import github, junit, sarif
from govcheck.run.checker import Result, check_paths
from govcheck.run.summary import Tally
from govcheck.views.starter import starter_document

AS_OF = dt.date(2026, 3, 1)


def _plan(**goal_keys) -> dict:
    """The starter business plan, its leaf goal D1.2 stripped of indicators, and extra
    keys on goal D2.1."""
    data = yaml.safe_load(starter_document("business_plan", 2026))
    goals = {goal["id"]: goal for goal in data["goals"]}
    del goals["D1.2"]["indicators"]
    del goals["M1"]["indicators"][0]["baseline"]
    goals["D2.1"].update(goal_keys)
    return data


def _write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = _write(Path("bad.yaml"), _plan(**{"x%y\nz": 1, 'a<&>"b': 2, "c\x01d": 3}))
    plan = _plan()
    plan["waivers"] = [{"rule": "MRS002", "target": "D1.2", "justification": "Ny enhet",
                        "approved_by": "Direktøren", "expires": "2026-12-31"}]
    waived = _write(Path("waived.yaml"), plan)
    good = Path("good.yaml")
    good.write_text(starter_document("allocation_letter", 2026), encoding="utf-8")
    broken = Path("broken.yaml")
    broken.write_text("govcheck: 1\ndocument: {id: X\n", encoding="utf-8")
    return [str(p) for p in (bad, waived, good, broken)]


def _check(paths) -> list:
    return list(check_paths(paths, as_of=AS_OF))


# --- JUnit --------------------------------------------------------------------

def test_junit_counts_match_the_findings(files):
    results = _check(files)
    root = ET.fromstring(junit.render(results, None))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == files
    for suite, result in zip(suites, results, strict=True):
        cases = suite.findall("testcase")
        failing = [f for f in result.active if f.severity in ("error", "warning")]
        assert len(suite.findall("testcase/failure")) == len(failing)
        assert int(suite.get("failures")) == len(failing)
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("skipped")) == len(suite.findall("testcase/skipped"))
        assert int(suite.get("errors")) == (1 if result.error else 0)
        messages = sorted(c.find("failure").get("message") for c in cases
                          if c.find("failure") is not None)
        shown = (f.message.replace("\x01", "\\x01").replace("\n", "\\n") for f in failing)
        assert messages == sorted(shown)  # controls shown escaped
    total = sum(len(r.active) for r in results if r.active)
    assert total > 0
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)


def test_junit_has_a_case_for_every_rule_that_ran(files):
    results = _check(files)
    root = ET.fromstring(junit.render(results, "en"))
    good_suite = root.findall("testsuite")[2]
    result = results[2]
    settings = result.settings
    applicable = sorted(r for r in settings.enabled
                        if settings.catalog.rules[r].applies_to("allocation_letter"))
    cases = good_suite.findall("testcase")
    names = [c.get("name") for c in cases]
    assert sorted({n.split()[0] for n in names}) == applicable
    assert not any(n.startswith("PERSP") for n in names)  # PERSP001 skips allocation letters
    assert all(c.get("classname").startswith("DEP-DIR-2026.") for c in cases)


def test_junit_skips_waived_findings_and_reports_unreadable_files(files):
    results = _check(files)
    waived, broken = ET.fromstring(junit.render(results, None)).findall("testsuite")[1::2]
    (case,) = [c for c in waived.findall("testcase") if c.get("name") == "MRS002 D1.2"]
    assert "Ny enhet" in case.find("skipped").get("message")
    assert int(broken.get("errors")) == 1
    assert broken.find("testcase/error").get("message") == results[3].error.message


def test_junit_info_findings_pass_with_output(files):
    results = _check(files[:1])
    root = ET.fromstring(junit.render(results, None))
    infos = [f for f in results[0].active if f.severity == "info"]
    outputs = root.findall(".//testcase/system-out")
    assert len(outputs) == len(infos) > 0
    assert all(o.text.split(": ", 1)[0].startswith("bad.yaml:") for o in outputs)


# --- GitHub -------------------------------------------------------------------

def test_github_one_command_per_active_finding(files):
    results = _check(files)
    lines = github.render(results, None).splitlines()
    expected = sum(len(r.active) for r in results) + sum(1 for r in results if r.error)
    assert len(lines) == expected
    commands = {"error": "::error ", "warning": "::warning ", "info": "::notice "}
    active = [f for r in results for f in r.active]
    for line, finding in zip([line for line in lines if "title=govcheck" not in line], active,
                             strict=True):
        assert line.startswith(commands[finding.severity])
        assert f"file={finding.file},line={finding.line},col={finding.column}," in line
        assert f",title={finding.rule}::" in line
    assert "::error file=broken.yaml,line=" in lines[-1]
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_github_escapes_data_and_properties(files):
    results = _check(files[:1])
    text = github.render(results, None)
    assert "'x%25y\\nz'" in text  # the misspelt key, from the real pipeline, shown escaped
    finding = Finding(rule="MRS002", severity="warning", message="100% sikker\r\nny linje",
                      target="G1", file="mål, del:1.yaml", line=3, column=5)
    line = github.render([Result(file="mål, del:1.yaml", findings=[finding])], "nb")
    assert line == ("::warning file=mål%2C del%3A1.yaml,line=3,col=5,title=MRS002"
                    "::100%25 sikker\\r\\nny linje\n")
    assert safe.github_property("a%b:c,d\ne") == "a%25b%3Ac%2Cd\\ne"
    assert safe.github_data("a:b,c%", "x") == "a:b,c%25%0Ax"  # our own line break


# --- all three: same input, same bytes -----------------------------------------

RENDERERS = [junit.render, github.render, sarif.render]


@pytest.mark.parametrize("render", RENDERERS, ids=["junit", "github", "sarif"])
def test_output_is_deterministic(files, tmp_path, render):
    first, second = render(_check(files), None), render(_check(files), None)
    assert first == second
    assert str(tmp_path) not in first
    # as the command line checks: in worker processes, documents not kept
    workers = check_paths(files, as_of=AS_OF, jobs=2, keep_documents=False)
    assert render(list(workers), None) == first


@pytest.mark.parametrize("render", RENDERERS, ids=["junit", "github", "sarif"])
def test_a_tally_counts_what_is_rendered(files, render):
    tally = Tally()
    render(_check(files), None, tally=tally)
    assert (tally.files, tally.unreadable, tally.exit_code) == (4, 1, 2)
