"""Structure fuzzing (issue 27, item 2): any field of any sample replaced by a value of the
wrong shape — `[[]]`, `{}`, `[null]`, lists nested past the depth cap — and any cell of an
exported workbook, and any line of an import-results table, made hostile. Whatever the
change, the document gets findings or one line (exit 2), never a traceback, and the other
documents of the run keep their full results.

Profiles as in test_fuzz.py: `ci` by default, GOVCHECK_FUZZ=long for long runs
(`benchmarks/run.py --only fuzz`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz import _nodes

from govcheck.cli import main
from govcheck.document.loader import LoadError, load, parse
from govcheck.document.normalize import normalize
from govcheck.report import json as json_report
from govcheck.report import sarif, text
from govcheck.run.checker import check_loaded
from govcheck.run.config import default_settings
from govcheck.run.summary import Tally
from govcheck.workbook.export import export_workbook
from govcheck.workbook.reader import load_workbook_document

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 1, 1)
SETTINGS = default_settings()
LONG = os.environ.get("GOVCHECK_FUZZ") == "long"
SOURCES = sorted([*ROOT.glob("samples/*.yaml"), *ROOT.glob("samples/real-letters/*.yaml"),
                  *ROOT.glob("samples/portfolio/**/*.yaml"), *ROOT.glob("tests/data/*.yaml")])
DOCUMENTS = {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in SOURCES}


def _deep(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


SHAPES = [[[]], {}, [None], [{}], _deep(40), _deep(200), {"x": _deep(80)}]


PATHS = [(name, path) for name, data in DOCUMENTS.items() for path in _nodes(data) if path]


def _replaced(data, path, value):
    data = json.loads(json.dumps(data, default=str))  # a copy, dates as text
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def _assert_checked(document_text: str, name: str):
    try:
        document = parse(document_text.encode("utf-8"), name)
    except LoadError as error:  # past the depth cap: one line
        assert str(error).startswith(f"{name}:") and "\n" not in str(error)
        return
    normalize(document.data)
    result = check_loaded(document, SETTINGS, "nb", AS_OF)
    lines = list(text.stream([result], Tally(), "en", False))
    assert lines[-1].startswith("1 file checked")
    payload = json.loads("".join(json_report.stream([result], Tally(), AS_OF.isoformat())))
    assert len(payload["documents"][0]["findings"]) == len(result.findings)
    assert json.loads(sarif.render([result], "en"))["version"] == "2.1.0"


@settings(max_examples=3000 if LONG else 120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), st.sampled_from(SHAPES))
def test_a_value_of_the_wrong_shape_anywhere_gives_findings_or_one_line(where, shape):
    name, path = where
    mutated = _replaced(DOCUMENTS[name], path, shape)
    _assert_checked(yaml.safe_dump(mutated, allow_unicode=True, sort_keys=False), name)


@pytest.mark.parametrize("change", [
    ("reporting", [{"period": 2026, "indicators": [[]]}]),
    ("goals", [{"id": "G1", "title": "Mål", "level": 1, "strategy": [[]]}]),
])
def test_the_reported_shapes_leave_the_other_documents_of_the_run_whole(change, tmp_path):
    data = _replaced(DOCUMENTS["tildelingsbrev-2015-clean.yaml"], (change[0],), change[1])
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                       encoding="utf-8")
    clean = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    (tmp_path / "nav.yaml").write_bytes(clean.read_bytes())
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json",
                                       "--jobs", "1"])
    assert result.exit_code == 1 and result.exception is None or \
        isinstance(result.exception, SystemExit), result.output
    payload = json.loads(result.stdout)
    by_name = {Path(d["file"]).name: d for d in payload["documents"]}
    assert any(f["rule"] == "SCHEMA" for f in by_name["bad.yaml"]["findings"])
    alone = CliRunner().invoke(main, ["check", str(tmp_path / "nav.yaml"), "--format", "json",
                                      "--jobs", "1"])
    assert by_name["nav.yaml"]["findings"] == json.loads(alone.stdout)["documents"][0][
        "findings"]


# ---- every cell of an exported workbook ------------------------------------------------

WORKBOOK = export_workbook(load(str(ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml")).data)
_BOOK = openpyxl.load_workbook(io.BytesIO(WORKBOOK))
CELLS = [(sheet.title, row, column) for sheet in _BOOK.worksheets
         for row in range(1, sheet.max_row + 2) for column in range(1, sheet.max_column + 2)]
CELL_VALUES = ["json:[[]]", "json:{}", "json:[null]", "json:" + "[" * 1200 + "]" * 1200,
               "json:" + "[" * 70 + "]" * 70, "json:NaN", "[[]]", "{}", "\r\n\r", "=1+1",
               "x" * 40_000, -1e308, 10**30]


@settings(max_examples=400 if LONG else 25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(CELLS), st.sampled_from(CELL_VALUES))
def test_any_cell_of_a_workbook_gives_findings_or_one_line(tmp_path, cell, value):
    book = openpyxl.load_workbook(io.BytesIO(WORKBOOK))
    sheet, row, column = cell
    book[sheet].cell(row=row, column=column, value=value)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    try:
        document = load_workbook_document(str(path))
    except LoadError as error:
        assert str(error).startswith(f"{path}:") and "\n" not in str(error)
        return
    result = check_loaded(document, SETTINGS, "nb", AS_OF)
    assert list(text.stream([result], Tally(), "en", False))[-1].startswith("1 file checked")


# ---- every line of an import-results table ---------------------------------------------

TABLE = ["Styringsparameter;Periode;Verdi;Kommentar", "NH-I07;2012-12;83;Desember",
         "NH-I07-UFO;2012-11;58;", "Andel meldekort levert elektronisk;2013-01;80,5;"]
LINE_CHANGES = {
    "cr": lambda line: line + "\r", "bare cr": lambda line: line.replace(";", ";\r", 1),
    "huge": lambda line: line + ";" + "x" * 140_000, "open quote": lambda line: '"' + line,
    "nul": lambda line: line + "\x00", "nan": lambda line: line.rsplit(";", 2)[0] + ";nan;",
    "1e309": lambda line: line.rsplit(";", 2)[0] + ";1e309;", "empty": lambda line: "",
    "list": lambda line: "[[]];[[]];[[]]",
}


@settings(max_examples=300 if LONG else 60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(TABLE) - 1), st.sampled_from(sorted(LINE_CHANGES)),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_line_of_a_results_table_gives_a_plan_or_one_line(tmp_path, index, change, end):
    lines = list(TABLE)
    lines[index] = LINE_CHANGES[change](lines[index])
    table = tmp_path / "results.csv"
    table.write_bytes(end.join(lines).encode("utf-8"))
    letter = tmp_path / "nav.yaml"
    letter.write_bytes((ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml").read_bytes())
    result = CliRunner().invoke(main, ["import-results", str(table), "--into", str(letter)])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert len(result.stderr.splitlines()) == 1, result.stderr
    else:
        assert "ikke et tall" in result.stdout or change not in ("nan", "1e309") or index == 0
