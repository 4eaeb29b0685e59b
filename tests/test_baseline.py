"""Baselines: accepted findings stay hidden through unrelated edits; new ones show."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from govcheck.document.loader import LoadError
from govcheck.findings import Finding
from govcheck.run.baseline import load_baseline, write_baseline
from govcheck.run.checker import Result, check_paths
from govcheck.views.starter import starter_document

AS_OF = dt.date(2026, 3, 1)


def _plan() -> dict:
    """The starter business plan with faults the baseline will accept."""
    data = yaml.safe_load(starter_document("business_plan", 2026))
    goals = {goal["id"]: goal for goal in data["goals"]}
    del goals["D1.2"]["indicators"]
    del goals["M1"]["indicators"][0]["baseline"]
    del data["risks"][1]["owner"]
    return data


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _check(path: Path) -> list:
    return list(check_paths([str(path)], as_of=AS_OF))


def _reordered(data: dict) -> dict:
    """Goal subtrees swapped, risks reversed: every list index moves."""
    goals = data["goals"]
    split = next(i for i, g in enumerate(goals) if g["id"] == "M2")
    return {**data, "goals": goals[split:] + goals[:split], "risks": data["risks"][::-1]}


def _spread(text: str) -> str:
    """Blank lines and comments everywhere: every line number moves."""
    lines = ["# Endret etter at baseline ble skrevet", ""]
    for line in text.splitlines():
        lines.append(line)
        if line.lstrip().startswith("- "):
            lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture
def accepted(tmp_path):
    """A plan with findings and the baseline written for it."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(_dump(_plan()), encoding="utf-8")
    results = _check(plan)
    assert sum(len(r.active) for r in results) >= 4
    baseline = tmp_path / "govcheck-baseline.json"
    written = write_baseline(results, str(baseline), AS_OF)
    # REF002 (a reporting line naming the removed indicator) can never be baselined
    assert written == sum(len(r.active) for r in results) - 1
    return plan, baseline


def test_a_baseline_hides_every_finding_it_recorded(accepted):
    plan, baseline = accepted
    filtered = load_baseline(str(baseline)).filter(_check(plan))
    assert [f.rule for r in filtered for f in r.active] == ["REF002"]
    # as the command line checks: in worker processes, documents not kept
    copy = plan.with_name("copy.yaml")  # an id of its own: one run, one file per id (REF003)
    document_id = yaml.safe_load(plan.read_text(encoding="utf-8"))["document"]["id"]
    copy.write_text(plan.read_text(encoding="utf-8").replace(document_id, document_id + "-B"),
                    encoding="utf-8")
    workers = list(check_paths([str(plan), str(copy)], as_of=AS_OF, jobs=2,
                               keep_documents=False))
    filtered = load_baseline(str(baseline)).filter(workers)
    left = [(f.file, f.rule) for r in filtered for f in r.active]
    assert left == [(str(plan), "REF002")] + [(str(copy), f.rule) for f in workers[1].active]


def test_blank_lines_and_reordering_resurrect_nothing(accepted):
    plan, baseline = accepted
    plan.write_text(_spread(_dump(_reordered(_plan()))), encoding="utf-8")
    results = _check(plan)
    before = {(f.rule, f.target) for f in results[0].active}
    assert len(before) >= 4  # the same faults, now elsewhere
    filtered = load_baseline(str(baseline)).filter(results)
    assert [f.rule for r in filtered for f in r.active] == ["REF002"]


def test_a_new_problem_is_reported_alone(accepted):
    plan, baseline = accepted
    data = _reordered(_plan())
    data["goals"].append({"id": "D2.3", "title": "Nytt delmål uten styringsparameter",
                          "level": 2, "parent": "M2", "chain": "output"})
    plan.write_text(_spread(_dump(data)), encoding="utf-8")
    filtered = load_baseline(str(baseline)).filter(_check(plan))
    new = [f for r in filtered for f in r.active if f.rule != "REF002"]
    assert new, "the new goal's findings must show"
    assert {f.target for f in new} == {"D2.3"}
    assert "MRS002" in {f.rule for f in new}


def test_counting_one_more_of_a_kind_is_new(tmp_path):
    def result(count: int) -> Result:
        findings = [Finding(rule="MRS002", severity="error", message="goals[0]: x",
                            target="G1", file="a.yaml", line=line, column=1,
                            document_id="DOC", params=(("detail", f"goals[{line}]: x"),))
                    for line in range(1, count + 1)]
        return Result(file="a.yaml", findings=findings)

    path = tmp_path / "baseline.json"
    write_baseline([result(2)], str(path), AS_OF)
    entries = json.loads(path.read_text(encoding="utf-8"))["findings"]
    assert [e["count"] for e in entries] == [2]
    baseline = load_baseline(str(path))
    assert len(baseline) == 2
    (kept,) = baseline.filter([result(3)])
    assert [f.line for f in kept.findings] == [3]  # the last in file order is the new one
    assert [f.line for f in kept.baselined] == [1, 2]  # kept, as known findings
    (kept,) = baseline.filter([result(1)])
    assert kept.findings == [] and len(kept.baselined) == 1


def test_the_file_is_versioned_sorted_and_stable(accepted, tmp_path):
    plan, baseline = accepted
    text = baseline.read_text(encoding="utf-8")
    data = json.loads(text)
    assert (data["format"], data["version"], data["written"]) == ("govcheck-baseline", 1,
                                                                  AS_OF.isoformat())
    keys = [(e["document"], e["rule"], e["target"], json.dumps(e["params"], sort_keys=True))
            for e in data["findings"]]
    assert keys == sorted(keys)
    assert all(e["document"] == "DIR-VP-2026" for e in data["findings"])
    assert '"line"' not in text and "goals[2]" not in text  # nothing positional
    again = tmp_path / "again.json"
    plan.write_text(_spread(_dump(_reordered(_plan()))), encoding="utf-8")
    write_baseline(_check(plan), str(again), AS_OF)
    assert again.read_text(encoding="utf-8") == text


def test_waived_findings_are_not_recorded(tmp_path):
    data = _plan()
    data["waivers"] = [{"rule": "MRS002", "target": "D1.2", "justification": "Ny enhet",
                        "approved_by": "Direktøren", "expires": "2026-12-31"}]
    plan = tmp_path / "plan.yaml"
    plan.write_text(_dump(data), encoding="utf-8")
    write_baseline(_check(plan), str(tmp_path / "b.json"), AS_OF)
    entries = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["findings"]
    assert ("MRS002", "D1.2") not in {(e["rule"], e["target"]) for e in entries}


@pytest.mark.parametrize("text, line, words", [
    ('{"format": "govcheck-baseline",\n "version": 1,\n "findings": [}', 3, "not valid JSON"),
    ('{"format": "govcheck-baseline", "version": 7, "findings": []}', 1, "version 7"),
    ('[1, 2]', 1, "not a govcheck baseline"),
    ('{"format": "govcheck-baseline",\n "version": 1,\n "findings": [\n'
     '  {"document": "D", "rule": "R", "target": "T", "params": {},\n'
     '   "count": 0}]}', 5, "count"),
    ('{"format": "govcheck-baseline", "version": 1, "findings": [{"rule": "R"}]}', 1,
     "document"),
])
def test_a_malformed_baseline_is_a_one_line_error(tmp_path, text, line, words):
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_baseline(str(path))
    error = caught.value
    assert (error.file, error.line) == (str(path), line)
    assert words in error.message
    assert "\n" not in str(error) and str(error).startswith(f"{path}:{line}:")


def test_a_missing_baseline_is_an_error(tmp_path):
    with pytest.raises(LoadError, match="cannot read baseline"):
        load_baseline(str(tmp_path / "none.json"))
