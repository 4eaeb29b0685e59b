"""Nothing hidden: with a baseline, every output says so and lists what it accepted;
an expired waiver can never be baselined away."""

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft4Validator
from pypdf import PdfReader

from govcheck.cli import main
from govcheck.run.baseline import finding_key, load_baseline
from govcheck.run.checker import check_paths

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "samples" / "virksomhetsplan-2016-problems.yaml"  # waiver expires 2015-12-31
BEFORE, AFTER = "2015-06-30", "2016-06-30"
NEVER = ("SCHEMA", "REF", "WAIVER")


def run(*args):
    return CliRunner().invoke(main, [*args, "-j", "1"])


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """A baseline written while the waiver was valid, then the check a year later."""
    out = tmp_path_factory.mktemp("baseline")
    baseline = out / "baseline.json"
    written = run("check", str(PLAN), "--as-of", BEFORE, "--write-baseline", str(baseline))
    assert written.exit_code == 0, written.output
    pdf = out / "report.pdf"
    as_json = run("check", str(PLAN), "--as-of", AFTER, "--baseline", str(baseline),
                  "--format", "json", "--lang", "en", "--report", str(pdf))
    sarif = run("check", str(PLAN), "--as-of", AFTER, "--baseline", str(baseline),
                "--format", "sarif")
    return {"baseline": baseline, "json": as_json, "payload": json.loads(as_json.stdout),
            "sarif_log": json.loads(sarif.stdout), "sarif": json.loads(sarif.stdout)["runs"][0],
            "pdf": pdf}


def test_the_file_records_its_date_and_nothing_unbaselinable(checked):
    data = json.loads(checked["baseline"].read_text(encoding="utf-8"))
    assert data["written"] == BEFORE
    assert data["findings"] and not [e for e in data["findings"]
                                     if e["rule"].startswith(NEVER)]


def test_an_expired_waiver_still_reports_waiver001(checked):
    payload = checked["payload"]
    (document,) = payload["documents"]
    rules = [f["rule"] for f in document["findings"] if f["suppressed_by"] is None]
    assert "WAIVER001" in rules
    assert "MRS009" in rules  # the finding the expired waiver no longer suppresses
    assert document["baselined"], "the faults of 2015 are known, not gone"
    assert checked["json"].exit_code == 1 and payload["summary"]["verdict"] == "failed"


def test_json_states_the_baseline_and_lists_what_it_accepted(checked):
    payload = checked["payload"]
    baseline = checked["baseline"]
    assert payload["baseline"] == {
        "file": str(baseline), "written": BEFORE, "entries": len(load_baseline(str(baseline))),
        "sha256": hashlib.sha256(baseline.read_bytes()).hexdigest()}
    (document,) = payload["documents"]
    assert payload["summary"]["baselined"] == len(document["baselined"])
    assert not [f for f in document["baselined"] if f["rule"].startswith(NEVER)]


def test_sarif_marks_baselined_results_unchanged_and_the_rest_new(checked):
    run_ = checked["sarif"]
    states = {}
    for result in run_["results"]:
        states.setdefault(result["baselineState"], []).append(result["ruleId"])
    (document,) = checked["payload"]["documents"]
    assert sorted(states["unchanged"]) == sorted(f["rule"] for f in document["baselined"])
    assert "WAIVER001" in states["new"] and set(states) == {"new", "unchanged"}
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(
        encoding="utf-8"))
    assert list(Draft4Validator(schema).iter_errors(checked["sarif_log"])) == []
    invocation = run_["invocations"][0]
    assert invocation["properties"]["baseline"]["sha256"] == checked["payload"]["baseline"][
        "sha256"]


def test_the_report_read_back_lists_the_baseline_and_its_findings(checked):
    text = "\n".join(page.extract_text() for page in PdfReader(str(checked["pdf"])).pages)
    flat = squeeze(text)
    payload = checked["payload"]
    (document,) = payload["documents"]
    assert payload["baseline"]["sha256"] in flat
    assert f"written{BEFORE}" in flat and "Knownfindings(baseline)" in flat
    assert f"knownfindings(baseline):{len(document['baselined'])}" in flat  # on the cover
    section = flat[flat.index("Knownfindings(baseline)Thesefindings"):]
    for finding in document["baselined"]:
        assert squeeze(f"{finding['rule']}") in section
        assert squeeze(finding["target"]) in section


def test_a_baseline_listing_unbaselinable_findings_accepts_none_of_them(tmp_path):
    """A file as older govcheck wrote it, recording every open finding, WAIVER001 and
    the schema findings included: those are reported all the same."""
    (result,) = check_paths([str(PLAN)], as_of=dt.date.fromisoformat(AFTER))
    keys = Counter(finding_key(result, finding) for finding in result.active)
    assert {key[1] for key in keys} >= {"WAIVER001", "SCHEMA", "REF001"}
    entries = [{"document": d, "rule": r, "target": t, "params": json.loads(p), "count": n}
               for (d, r, t, p), n in sorted(keys.items())]
    baseline = tmp_path / "old.json"  # no "written": such files stay readable
    baseline.write_text(json.dumps({"format": "govcheck-baseline", "version": 1,
                                    "findings": entries}), encoding="utf-8")
    assert load_baseline(str(baseline)).written is None
    again = run("check", str(PLAN), "--as-of", AFTER, "--format", "json", "--baseline",
                str(baseline))
    (kept,) = json.loads(again.stdout)["documents"]
    open_rules = sorted(f["rule"] for f in kept["findings"] if f["suppressed_by"] is None)
    assert open_rules == sorted(f.rule for f in result.active if f.rule.startswith(NEVER))
    assert len(kept["baselined"]) == len(result.active) - len(open_rules)
    assert again.exit_code == 1
