"""The appendix tells the truth: per document, the rules that ran, did not apply, or
could not be reviewed; what the configuration changed; whose rule files were used.
The JSON carries the same lists. And explain/rules find the configuration as check."""

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.run.config import default_settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
AS_OF = "2016-06-30"
OWN_RULE = """id: OWN001
area: OWN
title: {nb: Høyst to mål, en: At most two goals}
severity: warning
types: all
citation: {instrument: Intern instruks, section: "punkt 3", edition: "2024", confirmed: true}
rationale: {nb: Vi vil ha få mål., en: We want few goals.}
remediation: {nb: Slå sammen mål., en: Merge goals.}
message: {nb: "Dokumentet har {goal_count} mål.", en: "The document has {goal_count} goals."}
check:
  fact: document
  at: goals
  condition: {$gt: {goal_count: 2}}
example: "goals: [...]"
"""


def check(path, *args):
    """JSON of one document and the HTML report's appendix, as plain text."""
    report = Path(path).with_suffix(".report.html")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json", "--lang", "en",
                                       "--as-of", AS_OF, "-j", "1", "--report", str(report),
                                       *args])
    assert result.exit_code in (0, 1), result.output
    (document,) = json.loads(result.stdout)["documents"]
    page = report.read_text(encoding="utf-8")
    appendix = page[page.index('<section class="appendix"'):]
    return document, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", appendix))


def row(appendix: str, label: str) -> str:
    """The text of an appendix row, up to the next row's label."""
    labels = "Ran|Not applicable to the document type|Not reviewed"
    found = re.search(re.escape(label) + rf" \(\d+\) (.*?)(?= ({labels}) \(| Rules switched on"
                      r"| \d+ [A-Z])", appendix)
    assert found, (label, appendix[:2000])
    return found.group(1)


def applicable(kind: str) -> set[str]:
    return {r.id for r in default_settings().catalog.rules.values() if r.applies_to(kind)}


@pytest.fixture
def copied(tmp_path):
    def copy(name: str) -> Path:
        target = tmp_path / name
        target.write_bytes((SAMPLES / name).read_bytes())
        return target
    return copy


def test_allocation_letter(copied):
    document, appendix = check(copied("tildelingsbrev-2015-clean.yaml"))
    lists = document["rules"]
    everything = set(default_settings().enabled)
    assert set(lists["ran"]) | set(lists["not_applicable"]) | {
        r["rule"] for r in lists["not_reviewed"]} == everything
    assert "LETTER001" in lists["ran"]  # allocation letters only
    assert {"CASC001", "CASC002"} <= set(lists["not_applicable"])  # need a parent
    assert set(lists["not_applicable"]) == everything - applicable("allocation_letter")
    # no previous year's letter named: the stability rules cannot run, and say why
    assert lists["not_reviewed"] == [
        {"rule": "STAB001", "needs": "previous", "named": None, "reason": "none"},
        {"rule": "STAB002", "needs": "previous", "named": None, "reason": "none"}]
    assert lists["switched_off"] == lists["severity_changed"] == []
    assert lists["parameters_changed"] == lists["local_rules"] == []
    assert document["configuration"] is None
    assert row(appendix, "Ran") == ", ".join(lists["ran"])
    assert row(appendix, "Not applicable to the document type") == ", ".join(
        lists["not_applicable"])
    assert "STAB001 : needs a previous document, but the document names none" in appendix
    assert "LETTER001" not in row(appendix, "Not applicable to the document type")


def test_disposition_letter_without_its_parent(copied):
    document, appendix = check(copied("nav-disposisjonsbrev-2013.yaml"))
    lists = document["rules"]
    assert {"rule": "CASC001", "needs": "parent", "named": "AD-AVDIR-2013",
            "reason": "absent"} in lists[
        "not_reviewed"]
    assert "CASC001" not in lists["ran"] and "LETTER001" in lists["not_applicable"]
    assert {r["rule"] for r in lists["not_reviewed"]} == {
        "CASC001", "CASC002", "CASC004", "CASC005", "CASC006", "CASC007", "STAB001", "STAB002"}
    assert ("CASC001 : needs the parent document AD-AVDIR-2013, which was not checked with "
            "it") in appendix
    assert document["verdict"] == "passed_with_findings"


def test_a_local_rule_a_changed_severity_and_parameter(copied, tmp_path):
    rules = tmp_path / "my-rules"
    rules.mkdir()
    (rules / "OWN001.yaml").write_text(OWN_RULE, encoding="utf-8")
    config = tmp_path / "govcheck.yaml"
    config.write_text("rule-dirs: [my-rules]\nignore: [USER001, IC]\n"
                      "severity: {FOLLOW001: error, MRS001: error}\n"
                      "parameters: {max_goals: 99}\n", encoding="utf-8")
    document, appendix = check(copied("nav-disposisjonsbrev-2013.yaml"))
    lists = document["rules"]
    own_sha = hashlib.sha256((rules / "OWN001.yaml").read_bytes()).hexdigest()
    assert lists["local_rules"] == [{"rule": "OWN001", "file": str(rules / "OWN001.yaml"),
                                     "sha256": own_sha}]
    assert "OWN001" in lists["ran"]
    # MRS001 is an error already: only the real change is listed
    assert lists["severity_changed"] == [{"rule": "FOLLOW001", "from": "warning",
                                          "to": "error"}]
    default = default_settings().catalog.parameters["max_goals"].default
    assert default != 99
    assert lists["parameters_changed"] == [{"name": "max_goals", "value": 99,
                                            "default": default}]
    ic = sorted(r for r in default_settings().enabled if r.startswith("IC"))
    assert lists["switched_off"] == sorted(["USER001", *ic])
    assert not set(lists["switched_off"]) & set(lists["ran"] + lists["not_applicable"])
    assert document["configuration"] == str(config)
    assert document["configuration_sha256"] == hashlib.sha256(
        config.read_bytes()).hexdigest()
    assert document["verdict"] == "failed"  # FOLLOW001, now an error, fails the run
    for text in ("OWN001 : " + str(rules / "OWN001.yaml"), own_sha,
                 "FOLLOW001 : warning → error",
                 f"max_goals = 99 (default {default})", document["configuration_sha256"],
                 document["ruleset_fingerprint"]):
        assert text in appendix, text


def test_the_fingerprint_changes_with_the_rules_and_nothing_else(copied, tmp_path):
    doc = copied("tildelingsbrev-2015-clean.yaml")
    first = check(doc)[0]["ruleset_fingerprint"]
    assert check(doc)[0]["ruleset_fingerprint"] == first
    same, other = tmp_path / "same.yaml", tmp_path / "other.yaml"
    same.write_text("fail-on: warning\n", encoding="utf-8")
    other.write_text("severity: {MRS007: error}\n", encoding="utf-8")
    assert check(doc, "--config", str(same))[0]["ruleset_fingerprint"] == first
    assert check(doc, "--config", str(other))[0]["ruleset_fingerprint"] != first


def test_explain_rules_and_rules_test_find_the_configuration_as_check_does(tmp_path):
    rules = tmp_path / "my-rules"
    rules.mkdir()
    (rules / "OWN001.yaml").write_text(OWN_RULE, encoding="utf-8")
    (tmp_path / "govcheck.yaml").write_text("rule-dirs: [my-rules]\n", encoding="utf-8")
    below = tmp_path / "letters" / "2026"
    below.mkdir(parents=True)
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    (fixtures / "OWN001.yaml").write_text(
        "rule: OWN001\ncases:\n  - name: three goals\n    document: |\n"
        "      govcheck: 1\n      document: {id: D1, type: business_plan, title: P, "
        "year: 2016, issuer: A, recipient: B}\n      goals:\n"
        "        - {id: G1, title: En, level: 1, chain: outcome}\n"
        "        - {id: G2, title: To, level: 1, chain: outcome}\n"
        "        - {id: G3, title: Tre, level: 1, chain: outcome}\n"
        "    expect:\n      - {target: document, line: 3}\n"
        "  - name: one goal\n    document: |\n"
        "      govcheck: 1\n      document: {id: D1, type: business_plan, title: P, "
        "year: 2016, issuer: A, recipient: B}\n      goals:\n"
        "        - {id: G1, title: En, level: 1, chain: outcome}\n"
        "    expect: []\n", encoding="utf-8")
    here = os.getcwd()
    os.chdir(below)
    try:
        explained = CliRunner().invoke(main, ["explain", "OWN001", "--lang", "en"])
        listed = CliRunner().invoke(main, ["rules", "--format", "json"])
        tested = CliRunner().invoke(main, ["rules", "test", str(fixtures), "--lang", "en"])
    finally:
        os.chdir(here)
    assert explained.exit_code == 0, explained.output
    assert "At most two goals" in explained.stdout
    assert listed.exit_code == 0 and "OWN001" in listed.stdout
    assert tested.exit_code == 0, tested.output
    assert tested.stdout.strip().endswith("2 passed, 0 failed")
