"""Smaller items of issue 27 (item 8), each on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from govcheck import safe
from govcheck.document.loader import LoadError
from govcheck.workbook.reader import load_workbook_document

ROOT = Path(__file__).resolve().parents[1]
WORKBOOK = ROOT / "samples" / "nav-disposisjonsbrev-2013.xlsx"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\u2063"])
def test_zero_width_characters_are_shown_not_hidden(char):
    title = f"Mål{char}1"
    assert safe.text(title) == f"Mål\\u{ord(char):04x}1"


def test_a_workbook_with_a_part_twice_is_refused_in_one_line(tmp_path):
    doubled = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(WORKBOOK) as source, zipfile.ZipFile(doubled, "w") as target:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: the point
            for item in source.infolist():
                target.writestr(item, source.read(item))
            sheet = next(i for i in source.infolist() if i.filename.startswith("xl/worksheets/"))
            target.writestr(sheet.filename, source.read(sheet))
    with pytest.raises(LoadError) as caught:
        load_workbook_document(str(doubled))
    assert str(caught.value) == (
        f"{doubled}:1:1: the workbook holds the part {sheet.filename.lower()} twice, so which "
        "one counts is unclear; save it again from a spreadsheet program")


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_json_for_a_file_name_that_is_not_utf8_is_utf8(output_format, tmp_path):
    name = os.fsdecode(b"brev-\xff.yaml")
    (tmp_path / name).write_bytes((ROOT / "samples" / "tildelingsbrev-2015-clean.yaml")
                                  .read_bytes())
    run = subprocess.run([sys.executable, "-m", "govcheck", "check", name, "--format",
                          output_format, "--jobs", "1"], cwd=tmp_path, capture_output=True)
    assert run.returncode == 0, run.stderr
    payload = json.loads(run.stdout.decode("utf-8"))  # strict: raw \xff would fail here
    if output_format == "json":  # the exact name, as data: its bytes come back
        assert os.fsencode(payload["documents"][0]["file"]) == b"brev-\xff.yaml"


@pytest.mark.parametrize("mebibytes", [4, 6, 12])
def test_a_workbook_past_the_memory_bound_is_said_as_such(mebibytes, tmp_path):
    """Where the bound fires depends on the process; wherever it does, it is named, never
    «not a readable workbook» and never a traceback (jsonschema-rs cannot even be mapped
    under a low limit: it is loaded before the bound)."""
    for name in ("a.xlsx", "b.xlsx"):
        (tmp_path / name).write_bytes(WORKBOOK.read_bytes())
    (tmp_path / "govcheck.yaml").write_text(f"max-memory-per-document: {mebibytes}\n",
                                            encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "govcheck", "check", "a.xlsx", "b.xlsx",
                          "--jobs", "2"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode in (1, 2), run.stderr
    assert "Traceback" not in run.stderr and "lesbar" not in run.stderr, run.stderr
    for line in run.stderr.splitlines():
        assert f"stoppet ved {mebibytes} MiB minne" in line, run.stderr
