"""Checking a workbook: every rule gives what it gives on the YAML the workbook imports to,
and each finding names its cell in every output format."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.loader import load
from govcheck.run.checker import check_file
from govcheck.workbook.export import export_workbook
from govcheck.workbook.reader import load_workbook_document
from govcheck.workbook.yaml_out import document_yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate_document  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
SAMPLES = sorted((ROOT / "samples").rglob("*.yaml"))
GENERATED = 30  # benchmarks/workbook.py runs 200


def _findings(path) -> Counter:
    result = check_file(str(path), as_of=AS_OF)
    assert result.error is None, result.error
    return Counter((f.rule, f.target, f.severity, f.suppressed) for f in result.findings)


def _both(data: dict, tmp_path: Path, name: str):
    workbook = tmp_path / f"{name}.xlsx"
    workbook.write_bytes(export_workbook(data))
    imported = tmp_path / f"{name}.yaml"
    imported.write_text(document_yaml(load_workbook_document(str(workbook)).data, "x"),
                        encoding="utf-8")
    return _findings(workbook), _findings(imported)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_same_findings_on_a_sample_and_its_workbook(path, tmp_path):
    data = load(str(path)).data
    on_workbook, on_yaml = _both(data, tmp_path, path.stem)
    assert on_workbook == on_yaml
    if data.get("govcheck") == 2:  # format 1 comes back as format 2 (as migrate writes it)
        assert on_workbook == _findings(path)


def test_same_findings_on_generated_documents_and_their_workbooks(tmp_path):
    compared = 0
    for index in range(GENERATED):
        rng = random.Random(17_000 + index)
        data = generate_document(rng, index, goals=rng.randint(3, 18), defect_rate=0.3)
        yaml_file = tmp_path / f"gen{index}.yaml"
        yaml_file.write_text(document_yaml(data, "generated"), encoding="utf-8")
        on_workbook, on_yaml = _both(load(str(yaml_file)).data, tmp_path, f"gen{index}")
        assert on_workbook == on_yaml, index
        assert on_workbook == _findings(yaml_file), index
        compared += sum(on_workbook.values())
    assert compared > 100  # the generated documents really break rules


def _row_of(sheet, column: int, value) -> int:
    return next(row for row in range(2, sheet.max_row + 1)
                if sheet.cell(row, column).value == value)


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """The NAV 2013 letter as a workbook, with a number in one goal's results chain (a
    word that is no stage is refused at load; a number reaches the schema)."""
    path = tmp_path_factory.mktemp("cells") / "plan.xlsx"
    data = load(str(ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml")).data
    path.write_bytes(export_workbook(data))
    book = openpyxl.load_workbook(path)
    goals = book["Mål"]
    goals.cell(_row_of(goals, 1, "HM03"), 7, 4)  # G: Resultatkjede
    book.save(path)
    indicators = book["Styringsparametere"]
    rows = {"ufo": _row_of(indicators, 2, "NH-I07-UFO"), "hm03": _row_of(goals, 1, "HM03")}
    return path, rows


def test_text_names_the_cell(faulty):
    path, rows = faulty
    result = CliRunner().invoke(main, ["check", str(path), "--as-of", "2026-01-01"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith(f"{path}:Styringsparametere!B{rows['ufo']}: advarsel FOLLOW001 "
                               "[NH-I07-UFO]") for line in lines), result.output
    assert any(line.startswith(f"{path}:Mål!G{rows['hm03']}: feil SCHEMA") for line in lines)


def test_json_sarif_junit_and_html_name_the_cell(faulty, tmp_path):
    path, rows = faulty
    runner = CliRunner()
    out = runner.invoke(main, ["check", str(path), "--format", "json", "--as-of", "2026-01-01"])
    finding = next(f for f in json.loads(out.output)["documents"][0]["findings"]
                   if f["rule"] == "FOLLOW001" and f["target"] == "NH-I07-UFO")
    assert (finding["sheet"], finding["cell"], finding["line"]) == (
        "Styringsparametere", f"B{rows['ufo']}", rows["ufo"])
    sarif = json.loads(runner.invoke(main, ["check", str(path), "--format", "sarif",
                                            "--as-of", "2026-01-01"]).output)
    result = next(r for r in sarif["runs"][0]["results"]
                  if r["ruleId"] == "FOLLOW001" and r["properties"]["target"] == "NH-I07-UFO")
    location = result["locations"][0]
    assert "region" not in location["physicalLocation"]  # a workbook has no lines
    assert {"name": f"B{rows['ufo']}", "fullyQualifiedName": f"Styringsparametere!B{rows['ufo']}",
            "kind": "element"} in location["logicalLocations"]
    assert result["message"]["text"].endswith(f"(Styringsparametere!B{rows['ufo']})")
    junit = runner.invoke(main, ["check", str(path), "--format", "junit",
                                 "--as-of", "2026-01-01"]).output
    assert f"plan.xlsx:Mål!G{rows['hm03']}: " in junit
    github = runner.invoke(main, ["check", str(path), "--format", "github",
                                  "--as-of", "2026-01-01"]).output
    assert f"(Styringsparametere!B{rows['ufo']})" in github
    from govcheck.report.html import render_html
    from govcheck.run.checker import check_paths

    html = render_html(list(check_paths([str(path)], as_of=AS_OF)), "nb", AS_OF, "2")
    assert f"Styringsparametere!B{rows['ufo']}" in html


def test_walking_a_directory_reads_a_workbook_unless_it_is_beside_its_yaml(tmp_path):
    from govcheck.run.checker import collect_files

    source = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    (tmp_path / "nav.yaml").write_bytes(source.read_bytes())
    (tmp_path / "nav.xlsx").write_bytes(export_workbook(load(str(source)).data))
    (tmp_path / "other.xlsx").write_bytes(export_workbook(load(str(source)).data))
    (tmp_path / "~$other.xlsx").write_bytes(b"lock")  # a spreadsheet's lock file
    assert collect_files([str(tmp_path)]) == [str(tmp_path / "nav.yaml"),
                                              str(tmp_path / "other.xlsx")]


def test_portfolio_reads_a_workbook(tmp_path):
    source = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    (tmp_path / "hordaland.xlsx").write_bytes(export_workbook(load(str(source)).data))
    result = CliRunner().invoke(main, ["portfolio", str(tmp_path), "--format", "csv",
                                       "--as-of", "2026-01-01", "-j", "1"])
    assert result.exit_code in (0, 1), result.output
    assert "AVDIR-HORDALAND-2013" in result.output
