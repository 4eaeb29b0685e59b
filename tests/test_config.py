"""Configuration: discovery, overrides that change outcomes, and errors by name."""

import json

import pytest
from click.testing import CliRunner

from govcheck.cli import main

DOC = """govcheck: 1
document: {id: D1, type: business_plan, title: Plan, year: 2016, issuer: A, recipient: B}
goals:
  - {id: G1, title: Mål en, level: 1, chain: outcome}
  - {id: G2, title: Mål to, level: 1, chain: outcome}
  - {id: G3, title: Mål tre, level: 1, chain: outcome}
waivers:
  - rule: MRS002
    target: G3
    justification: Målet er nytt i år
    approved_by: Direktør
    expires: 2016-06-30
"""


def findings(tmp_path, *args):
    result = CliRunner().invoke(main, ["check", str(tmp_path / "doc.yaml"), "--format",
                                       "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["documents"][0]["findings"]


def rules_of(found, suppressed=False):
    return sorted((f["rule"], f["target"]) for f in found
                  if (f["suppressed_by"] is not None) == suppressed)


@pytest.fixture
def doc(tmp_path):
    (tmp_path / "doc.yaml").write_text(DOC)
    return tmp_path


def test_select_ignore_and_severity(doc):
    (doc / "govcheck.yaml").write_text("select: [MRS]\nignore: [MRS001, MRS012]\n"
                                       "severity: {MRS002: info}\n")
    found = findings(doc, "--as-of", "2016-01-01")
    assert {f["rule"][:3] for f in found} <= {"MRS", "WAI"}
    assert all(f["severity"] == "info" for f in found if f["rule"] == "MRS002")


def test_threshold_override_changes_the_outcome(doc):
    (doc / "govcheck.yaml").write_text("select: [MRS007]\n")
    assert rules_of(findings(doc)) == []
    (doc / "govcheck.yaml").write_text("select: [MRS007]\nparameters: {max_top_goals: 2}\n")
    assert rules_of(findings(doc)) == [("MRS007", "document")]


def test_pyproject_table_is_found_from_the_file_upward(doc):
    (doc / "sub").mkdir()
    (doc / "sub" / "doc.yaml").write_text(DOC)
    (doc / "pyproject.toml").write_text("[tool.govcheck]\nselect = ['MRS007']\n"
                                        "parameters = {max_top_goals = 2}\n")
    assert rules_of(findings(doc / "sub")) == [("MRS007", "document")]


def test_waiver_suppresses_until_it_expires(doc):
    (doc / "govcheck.yaml").write_text("select: [MRS002, WAIVER]\n")
    before = findings(doc, "--as-of", "2016-06-30")  # valid on its expiry day
    assert rules_of(before, suppressed=True) == [("MRS002", "G3")]
    assert ("MRS002", "G3") not in rules_of(before)
    after = findings(doc, "--as-of", "2016-07-01")
    assert ("MRS002", "G3") in rules_of(after)
    assert ("WAIVER001", "waivers[0]") in rules_of(after)
    suppressed = [f for f in before if f["suppressed_by"]][0]["suppressed_by"]
    assert suppressed["approved_by"] == "Direktør" and suppressed["expires"] == "2016-06-30"


def test_config_waiver_for_one_document(doc):
    (doc / "govcheck.yaml").write_text(
        "select: [MRS002, WAIVER]\nwaivers:\n"
        "  - {document: D1, rule: MRS002, target: G1, justification: Pilot,"
        " approved_by: Revisjonssjef, expires: 2030-01-01}\n")
    found = findings(doc, "--as-of", "2016-01-01")
    assert ("MRS002", "G1") in rules_of(found, suppressed=True)


@pytest.mark.parametrize("config, message", [
    ("selekt: [MRS]\n", "1:1: unknown configuration key 'selekt'"),
    ("select: [MRS999]\n", "1:10: select: unknown rule or area 'MRS999'"),
    ("severity: {MRS001: fatal}\n", "1:20: severity of MRS001 should be error, warning or "
                                    "info, not 'fatal'"),
    ("parameters: {max_top_goals: many}\n",
     "1:29: parameter 'max_top_goals' should be a whole number, not 'many'"),
    ("parameters: {max_tops: 3}\n", "1:14: unknown parameter 'max_tops'"),
    ("fail-on: never\n", "1:10: fail-on should be error, warning or info, not 'never'"),
    ("rule-dirs: [nowhere]\n", "does not exist"),
])
def test_configuration_errors_are_one_line_with_exit_2(doc, config, message):
    (doc / "govcheck.yaml").write_text(config)
    result = CliRunner().invoke(main, ["check", str(doc / "doc.yaml"), "--lang", "en"])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{doc / 'govcheck.yaml'}:") and line.endswith(message) or (
        f"{doc / 'govcheck.yaml'}:{message}" in line)


@pytest.mark.parametrize("lang, message", [
    (None, "1:1: ukjent felt i konfigurasjonen: 'selekt' (kjente felt: select, ignore, "),
    ("nb", "1:1: ukjent felt i konfigurasjonen: 'selekt' (kjente felt: select, ignore, "),
    ("nn", "1:1: ukjend felt i konfigurasjonen: 'selekt' (kjende felt: select, ignore, "),
    ("en", "1:1: unknown configuration key 'selekt' (known: select, ignore, "),
])
def test_configuration_errors_in_the_lang_language_else_nb(doc, lang, message):
    (doc / "govcheck.yaml").write_text("selekt: [MRS]\nfail-on: error\n")
    extra = ["--lang", lang] if lang else []
    result = CliRunner().invoke(main, ["check", str(doc / "doc.yaml"), *extra])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{doc / 'govcheck.yaml'}:{message}")


def test_a_rule_directory_of_ones_own(doc):
    rules = doc / "my-rules"
    rules.mkdir()
    (rules / "OWN001.yaml").write_text("""id: OWN001
area: OWN
title: {nb: Høyst to mål, nn: Høyst to mål, en: At most two goals}
severity: warning
types: all
citation: {instrument: Intern instruks, section: "punkt 3", edition: "2024", confirmed: true}
rationale: {nb: Vi vil ha få mål., nn: Vi vil ha få mål., en: We want few goals.}
remediation: {nb: Slå sammen mål., nn: Slå sammen mål., en: Merge goals.}
message:
  nb: "Dokumentet har {goal_count} mål."
  nn: "Dokumentet har {goal_count} mål."
  en: "The document has {goal_count} goals."
check:
  fact: document
  at: goals
  condition: {$gt: {goal_count: 2}}
example: "goals: [...]"
""")
    (doc / "govcheck.yaml").write_text("rule-dirs: [my-rules]\nselect: [OWN]\n")
    found = findings(doc, "--lang", "en")
    assert [(f["rule"], f["message"], f["line"]) for f in found] == [
        ("OWN001", "The document has 3 goals.", 3)]


def test_a_rule_reading_an_unknown_property_is_refused(doc):
    rules = doc / "my-rules"
    rules.mkdir()
    (rules / "OWN002.yaml").write_text("""id: OWN002
area: OWN
title: {nb: T, nn: T, en: T}
severity: warning
types: all
citation: {instrument: I, section: "1", edition: "2024", confirmed: true}
rationale: {nb: R, nn: R, en: R}
remediation: {nb: R, nn: R, en: R}
message: {nb: M, nn: M, en: M}
check:
  fact: goal
  condition: {indicatr_count: 0}
example: "x"
""")
    (doc / "govcheck.yaml").write_text("rule-dirs: [my-rules]\n")
    result = CliRunner().invoke(main, ["check", str(doc / "doc.yaml"), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{rules / 'OWN002.yaml'}:12:14: condition reads 'indicatr_count', which facts of "
        "this kind do not have")


def test_a_parameter_default_outside_its_own_bounds_is_refused(doc):
    rules = doc / "my-rules"
    rules.mkdir()
    (rules / "OWN003.yaml").write_text("""id: OWN003
area: OWN
title: {nb: T, en: T}
severity: warning
types: all
parameters:
  most_goals: {type: integer, default: 0, minimum: 1, maximum: 50, source: "intern"}
citation: {instrument: I, section: "1", edition: "2024", confirmed: true}
rationale: {nb: R, en: R}
remediation: {nb: R, en: R}
message: {nb: M, en: M}
check:
  fact: document
  at: goals
  condition: {$gt: {goal_count: {$param: most_goals}}}
example: "x"
""")
    (doc / "govcheck.yaml").write_text("rule-dirs: [my-rules]\n")
    result = CliRunner().invoke(main, ["check", str(doc / "doc.yaml"), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{rules / 'OWN003.yaml'}:7:40: default of most_goals: should be between 1 and 50, "
        "not 0"]


def test_every_number_parameter_of_the_catalog_has_bounds():
    from govcheck.catalog.catalog import load_catalog

    for parameter in load_catalog().parameters.values():
        if parameter.type in ("integer", "number"):
            assert parameter.minimum is not None, parameter.name
            low, high = parameter.minimum, parameter.maximum
            assert low <= parameter.default and (high is None or parameter.default <= high)
