"""Bad workbooks get what bad YAML gets: one line naming the file, sheet and cell, exit 2,
and nothing in them run or evaluated."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.loader import Head, LoadError, load, peek
from govcheck.workbook import guard
from govcheck.workbook.export import export_workbook
from govcheck.workbook.reader import load_workbook_document

ROOT = Path(__file__).resolve().parent.parent
SMALL = {"govcheck": 2,
         "document": {"id": "D-2025", "type": "business_plan", "year": 2025, "title": "Plan"},
         "goals": [{"id": "G1", "title": "Flere i arbeid", "level": 1},
                   {"id": "G2", "title": "Raskere svar", "level": 1}]}


@pytest.fixture()
def plan(tmp_path) -> Path:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(export_workbook(SMALL))
    return path


def _edit(path: Path, change) -> Path:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def _only_line(path: Path, lang: str = "en") -> str:
    """The one line `govcheck check` gives for an unreadable file; exit 2."""
    result = CliRunner().invoke(main, ["check", str(path), "--lang", lang])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.startswith(str(path))]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0][len(str(path)):]


def test_a_renamed_sheet(plan):
    _edit(plan, lambda book: setattr(book["Mål"], "title", "Målene"))
    assert _only_line(plan).startswith(":Målene!A1: unknown sheet «Målene»")


def test_a_missing_sheet(plan):
    _edit(plan, lambda book: book.remove(book["Risikoer"]))
    assert _only_line(plan) == (":1:1: sheet «Risikoer» is missing; every sheet of "
                                "`govcheck export` must be there")
    assert _only_line(plan, "nb") == (":1:1: arket «Risikoer» mangler; alle arkene "
                                      "`govcheck export` skriver, må være med")


def test_a_misspelt_header(plan):
    _edit(plan, lambda book: setattr(book["Mål"]["B1"], "value", "Titel"))
    assert _only_line(plan).startswith(":Mål!B1: unknown column «Titel»; this sheet's "
                                       "columns are Id, Tittel, Nivå")


def test_text_in_a_number_column(plan):
    _edit(plan, lambda book: setattr(book["Mål"]["C3"], "value", "en"))
    assert _only_line(plan) == ":Mål!C3: text «en» in a number column; type a number"


def test_merged_cells(plan):
    _edit(plan, lambda book: book["Mål"].merge_cells("B2:B3"))
    assert _only_line(plan) == (":Mål!B2: merged cells B2:B3: unmerge them, every value "
                                "needs a cell of its own")


def _with_cached(path: Path, formula: str, cached: str | None):
    """Level of G1 as a formula; `cached` is the value the file says it computed (openpyxl
    writes none, so it is put into the sheet's XML as Excel would)."""
    _edit(path, lambda book: setattr(book["Mål"]["C2"], "value", f"={formula}"))
    raw = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if cached is not None and b"<f>" + formula.encode() + b"</f>" in data:
                data = data.replace(b"<f>" + formula.encode() + b"</f><v></v>",
                                    b"<f>" + formula.encode() + b"</f><v>" +
                                    cached.encode() + b"</v>")
                data = data.replace(b"<f>" + formula.encode() + b"</f><v />",
                                    b"<f>" + formula.encode() + b"</f><v>" +
                                    cached.encode() + b"</v>")
            target.writestr(member, data)
    path.write_bytes(out.getvalue())


def test_a_formula_is_read_by_its_cached_value_never_evaluated(plan):
    _with_cached(plan, "1+1", "3")  # a stale cache: evaluating would give 2
    assert load_workbook_document(str(plan)).data["goals"][0]["level"] == 3


def test_a_formula_without_a_cached_value_is_not_stated(plan):
    _with_cached(plan, "1+1", None)
    goal = load_workbook_document(str(plan)).data["goals"][0]
    assert "level" not in goal
    result = CliRunner().invoke(main, ["check", str(plan)])
    assert f"{plan}:Mål!A2: feil SCHEMA [G1]" in result.output  # level is required


def test_a_macro_enabled_workbook(plan, tmp_path):
    macro = tmp_path / "plan.xlsm"
    shutil.copy(plan, macro)
    assert _only_line(macro) == (":1:1: a macro-enabled workbook (.xlsm) is not read; save "
                                 "it as .xlsx")
    with zipfile.ZipFile(plan, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 64)
    assert _only_line(plan) == ":1:1: the workbook holds macros; save it as a plain .xlsx " \
                               "without macros"


def test_an_encrypted_workbook(tmp_path):
    path = tmp_path / "secret.xlsx"  # Excel saves a password-protected workbook as OLE
    path.write_bytes(guard.OLE_MAGIC + b"\x00" * 1024)
    assert _only_line(path) == (":1:1: an encrypted or old-format (.xls) workbook; save it "
                                "unencrypted as .xlsx")


def test_a_zip_bomb_posing_as_a_workbook(plan):
    with zipfile.ZipFile(plan, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", b"\x00" * (3 * 1024 * 1024))
    assert _only_line(plan).startswith(":1:1: part xl/media/image1.png unpacks to ")
    assert _only_line(plan).endswith("times its packed size: refused as a possible zip bomb")


def test_too_much_unpacked_in_all(plan, monkeypatch):
    monkeypatch.setattr(guard, "MAX_UNCOMPRESSED", 20_000)
    with pytest.raises(LoadError, match=r"unpacks to \d+ bytes, over the limit of 20000$"):
        load(str(plan))


def test_an_oversized_sheet(plan):
    _edit(plan, lambda book: setattr(book["Oppdrag"].cell(20_001, 1), "value", "x"))
    assert _only_line(plan) == ":Oppdrag!A1: over 20000 rows, the limit for a sheet"


def test_an_oversized_row(plan):
    _edit(plan, lambda book: setattr(book["Oppdrag"].cell(2, 401), "value", "x"))
    assert _only_line(plan) == ":Oppdrag!A2: over 400 columns, the limit for a sheet"


def test_an_oversized_file(plan):
    with pytest.raises(LoadError, match=r":1:1: file is \d+ bytes, over the limit of 1000 "
                                        r"bytes \(max-file-size\)$"):
        load(str(plan), max_bytes=1000)


def test_not_a_workbook_at_all(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("Mål; Styringsparameter\n", encoding="utf-8")
    assert _only_line(path) == ":1:1: not an .xlsx workbook (not a zip archive)"


def test_the_report_of_an_unreadable_workbook_names_the_cell(plan):
    import datetime as dt

    from govcheck.report.html import render_html
    from govcheck.run.checker import check_paths

    _edit(plan, lambda book: book["Mål"].merge_cells("B2:B3"))
    page = render_html(list(check_paths([str(plan)])), "nb", dt.date(2026, 1, 1), "2")
    assert '<span class="mono">Mål!B2</span>' in page


def _rewrite_sheets(path: Path, change) -> None:
    """Each sheet's XML through `change(name, xml) -> xml`, the rest of the archive kept."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename.startswith("xl/worksheets/sheet"):
                data = change(member.filename, data)
            target.writestr(member, data)
    path.write_bytes(out.getvalue())


def test_a_workbook_over_its_content_bound_stops_where_it_passes_it(tmp_path):
    """xlsx is compressed: 27 KB packed here hold about 40 KB of content. The bound
    (max-file-size) counts each cell's text plus 10, and reading stops at the cell that
    passes it, before the sheet's last row (121)."""
    goals = [{"id": f"G{i}", "title": "Flere i arbeid " * 20, "level": 1}
             for i in range(1, 121)]
    path = tmp_path / "plan.xlsx"
    path.write_bytes(export_workbook({**SMALL, "goals": goals}))
    assert path.stat().st_size < 36_000
    (tmp_path / "govcheck.yaml").write_text("max-file-size: 36000\n", encoding="utf-8")
    assert _only_line(path) == (
        ":Mål!B107: the workbook holds more content than the bound of 36000 bytes "
        "(max-file-size) allows; each cell counts its text plus 10; reading stopped here")
    assert _only_line(path, "nn") == (
        ":Mål!B107: arbeidsboka har meir innhald enn grensa på 36 000 byte (max-file-size) "
        "tillèt; kvar celle tel teksten sin pluss 10; lesinga stoppa her")


def test_a_sample_workbook_is_within_the_default_content_bound():
    sample = ROOT / "samples" / "nav-disposisjonsbrev-2013.xlsx"
    result = CliRunner().invoke(main, ["check", str(sample)])
    assert result.exit_code in (0, 1), result.output
    goals = load_workbook_document(str(sample)).data["goals"]
    assert [g["id"] for g in goals] == [g["id"] for g in load(
        str(ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml")).data["goals"]]


def test_rows_out_of_order(plan):
    def swap(name, xml):
        return xml.replace(b'<row r="2">', b'<row r="9">') if b"G1" in xml else xml

    _rewrite_sheets(plan, swap)
    assert _only_line(plan) == (":Mål!A3: row 3 comes after a later row in the sheet's XML; "
                                "save the workbook again in a spreadsheet")


def test_a_cell_with_an_invalid_address(plan):
    def corrupt(name, xml):
        return xml.replace(b'r="B2"', b'r="B2X"') if b"G1" in xml else xml

    _rewrite_sheets(plan, corrupt)
    assert _only_line(plan) == ":Mål!A2: the cell has the invalid address «B2X»"


def _as_excel_saves_it(path: Path) -> None:
    """Inline strings (what openpyxl writes) moved to a shared-string table, as Excel saves
    a workbook, with one string in two formatted runs."""
    table: list[bytes] = []

    def share(name, xml):
        def one(match):
            table.append(match.group(3))
            return b"<c " + match.group(1) + b't="s"' + match.group(2) + b"><v>" + str(
                len(table) - 1).encode() + b"</v></c>"
        return re.sub(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', one, xml)

    _rewrite_sheets(path, share)
    runs = b"<r><t>Flere i</t></r><r><rPr><b/></rPr><t> arbeid</t></r>"
    items = [runs if t == b"<t>Flere i arbeid</t>" else t for t in table]
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + b"".join(b"<si>" + t + b"</si>" for t in items) + b"</sst>")
    override = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        types = archive.read("[Content_Types].xml").replace(b"</Types>", override + b"</Types>")
        archive.writestr("xl/sharedStrings.xml", strings)
    _replace_member(path, "[Content_Types].xml", types)


def _replace_member(path: Path, name: str, data: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            target.writestr(member, data if member.filename == name else source.read(member))
    path.write_bytes(out.getvalue())


def test_shared_strings_and_formatted_runs_read_as_inline_strings(plan):
    before = load_workbook_document(str(plan))
    _as_excel_saves_it(plan)
    with zipfile.ZipFile(plan) as archive:
        assert b"<r><t>Flere i</t></r>" in archive.read("xl/sharedStrings.xml")
    after = load_workbook_document(str(plan))
    assert after.data == before.data and after.data["goals"][0]["title"] == "Flere i arbeid"
    assert after.positions == before.positions


def test_the_pre_read_reads_the_fields_sheet_alone(plan):
    """Linking documents by id reads one sheet; a fault on another is the check's to report."""
    _edit(plan, lambda book: book["Mål"].merge_cells("B2:B3"))
    assert peek(str(plan)) == Head(True, SMALL["document"], True)
    assert _only_line(plan).startswith(":Mål!B2: merged cells B2:B3")


def test_a_shared_string_table_over_its_content_bound(plan):
    """The table is read before any cell: it has a bound of its own, counted the same way,
    so that texts no cell uses cannot make a small file expensive."""
    _as_excel_saves_it(plan)
    with zipfile.ZipFile(plan) as archive:
        table = archive.read("xl/sharedStrings.xml")
    unused = b"<si><t>Flere i arbeid</t></si>" * 3000  # 3000 × (14 + 10) = 72000
    _replace_member(plan, "xl/sharedStrings.xml", table.replace(b"</sst>", unused + b"</sst>"))
    assert plan.stat().st_size < 60_000
    with pytest.raises(LoadError) as caught:
        load(str(plan), max_bytes=60_000)
    assert str(caught.value) == (
        f"{plan}:1:1: the shared-string table holds more content than the bound of 60000 "
        "bytes (max-file-size) allows; each text counts its length plus 10")
    assert load(str(plan), max_bytes=80_000).data["goals"][0]["title"] == "Flere i arbeid"


def test_a_note_counts_toward_the_content_bound(plan):
    from openpyxl.comments import Comment

    _edit(plan, lambda book: setattr(book["Mål"]["B2"], "comment", Comment("x" * 40_000, "a")))
    assert plan.stat().st_size < 35_000
    with pytest.raises(LoadError) as caught:
        load(str(plan), max_bytes=35_000)
    assert str(caught.value) == (
        f"{plan}:Mål!B2: the workbook holds more content than the bound of 35000 bytes "
        "(max-file-size) allows; each cell counts its text plus 10; reading stopped here")


def test_a_row_of_too_many_cells_is_refused_before_it_is_built_whole(plan):
    """Cells without addresses (allowed: each follows the one before) are counted as the
    parser meets them, not when their row ends."""
    many = b"<c><v>1</v></c>" * 5_000

    def widen(name, xml):
        return xml.replace(b'<row r="3">', b'<row r="3">' + many) if b"G1" in xml else xml

    _rewrite_sheets(plan, widen)
    assert _only_line(plan) == ":Mål!A3: over 400 columns, the limit for a sheet"


def test_a_part_read_whole_over_its_bound(plan):
    """Styles, the workbook part and relationships are parsed whole by openpyxl: each may
    unpack to 4 × max-file-size (a small file could otherwise carry megabytes of styles)."""
    with zipfile.ZipFile(plan) as archive:
        styles = archive.read("xl/styles.xml")
    padded = styles.replace(b"<styleSheet", b"<!--" + b"x" * 200_000 + b"--><styleSheet", 1)
    _replace_member(plan, "xl/styles.xml", padded)
    assert plan.stat().st_size < 40_000
    size = len(padded)
    with pytest.raises(LoadError) as caught:
        load(str(plan), max_bytes=40_000)
    assert str(caught.value) == (f"{plan}:1:1: part xl/styles.xml unpacks to {size} bytes, "
                                 "over its limit of 160000 (4 × max-file-size)")
    assert load(str(plan), max_bytes=60_000).data["goals"][0]["id"] == "G1"


def test_a_sheet_of_markup_that_is_not_cells(plan):
    """A sheet's columns, views and the like are not content: the sheet may unpack to
    32 × max-file-size, so that a small file cannot carry megabytes of them."""
    columns = b'<col min="1" max="1" width="9"/>' * 30_000  # under 1 MiB: no zip-bomb ratio

    def pad(name, xml):
        return xml.replace(b"<sheetData>", b"<cols>" + columns + b"</cols><sheetData>") \
            if name == "xl/worksheets/sheet5.xml" else xml  # Mål

    _rewrite_sheets(plan, pad)
    with zipfile.ZipFile(plan) as archive:
        size = archive.getinfo("xl/worksheets/sheet5.xml").file_size
    assert plan.stat().st_size < 30_000
    with pytest.raises(LoadError) as caught:
        load(str(plan), max_bytes=30_000)
    assert str(caught.value) == (f"{plan}:1:1: part xl/worksheets/sheet5.xml unpacks to {size} "
                                 "bytes, over its limit of 960000 (32 × max-file-size)")
