"""`govcheck export DOC.yaml -o plan.xlsx`: a goal document as a workbook a planner knows.

One sheet per part (see table.py), Norwegian headers by the document's language, frozen
header rows, lists to choose enumerations from, dates as dates and amounts as numbers.
A value the document does not state stays empty (or says so, where the YAML says `null`);
nothing is written as 0.
"""

from __future__ import annotations

import io
import json

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .cells import ITEM, MISSING, NULL_WORDS, encode
from .enums import words
from .layout import (
    extra_fields,
    extra_keys,
    field_label,
    get,
    header_of_extra,
    item_rows,
    known_keys,
    link_value,
    period_key,
    rows_kept_whole,
    scorecard_fits,
)
from .table import (
    FIELDS_SHEET,
    RESULTS_AFTER,
    RESULTS_SHEET,
    SHEETS,
    Column,
    column_label,
    field_rows,
    label,
    sheet_columns,
    sheet_name,
)

ANY = Column((), "any")
_HEADER_FONT = Font(bold=True)
_WIDTHS = {"text": 40, "texts": 40, "ids": 18, "enum": 18, "date": 12, "int": 10,
           "amount": 16, "number": 10, "bool": 10, "any": 20}
VALIDATED_ROWS = 500  # rows below the data that still offer the lists


class ExportError(Exception):
    """A value that a workbook cannot hold (a control character); str() is its cell."""


def migrated(data: dict) -> dict:
    """Format-1 data read as format 2, as `govcheck migrate` writes it: the version, and
    each indicator's single `target` as a one-entry `targets` list."""
    if data.get("govcheck") != 1:
        return data
    data = dict(data, govcheck=2)
    goals = data.get("goals")
    if isinstance(goals, list):
        data["goals"] = [_migrated_goal(g) for g in goals]
    return data


def _migrated_goal(goal):
    if not isinstance(goal, dict) or not isinstance(goal.get("indicators"), list):
        return goal
    indicators = []
    for indicator in goal["indicators"]:
        if isinstance(indicator, dict) and "target" in indicator and \
                "targets" not in indicator:
            indicator = {("targets" if k == "target" else k): ([v] if k == "target" else v)
                         for k, v in indicator.items()}
        indicators.append(indicator)
    return dict(goal, indicators=indicators)


def document_language(data: dict, lang: str | None) -> str:
    if lang:
        return lang
    meta = data.get("document")
    chosen = meta.get("language") if isinstance(meta, dict) else None
    return chosen if chosen in NULL_WORDS else "nb"


def export_workbook(data: dict, lang: str | None = None) -> bytes:
    """The .xlsx bytes of a document's (normalised) data."""
    data = migrated(data)
    lang = document_language(data, lang)
    book = Workbook()
    _fields_sheet(book.active, data, lang)
    for spec in SHEETS:
        _item_sheet(book.create_sheet(sheet_name(spec.names, lang)), data, spec, lang)
        if spec.key == RESULTS_AFTER:
            _results_sheet(book.create_sheet(sheet_name(RESULTS_SHEET, lang)), data, lang)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _put(sheet, row: int, column: int, value, number_format=None):
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        raise ExportError(f"{sheet.title}!{get_column_letter(column)}{row}")
    cell = sheet.cell(row=row, column=column, value=value)
    if cell.data_type == "f":  # text that starts with "=" stays text, never a formula
        cell.data_type = "s"
    if number_format:
        cell.number_format = number_format
    if isinstance(value, str) and "\n" in value:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _header(sheet, headers: list[str], kinds: list[str], frozen: str = "A2"):
    for index, (text, kind) in enumerate(zip(headers, kinds, strict=True), start=1):
        cell = _put(sheet, 1, index, text)
        cell.font = _HEADER_FONT
        sheet.column_dimensions[get_column_letter(index)].width = max(
            _WIDTHS.get(kind, 20), min(len(text) + 2, 40))
    sheet.freeze_panes = frozen


def _list_formula(codes: tuple, lang: str) -> str:
    """The inline list of an enumeration's words in `lang` and the word for not stated."""
    return '"' + ",".join(words(codes, lang) + (NULL_WORDS[lang],)) + '"'


def _choices(sheet, column_index: int, values: tuple, last_row: int, lang: str):
    """A list to choose from; import also reads the codes and the other languages' words."""
    formula = _list_formula(values, lang)
    if len(formula) > 255:  # Excel's limit for an inline list
        return
    letter = get_column_letter(column_index)
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.error, validation.showErrorMessage = "", False
    validation.add(f"{letter}2:{letter}{last_row + VALIDATED_ROWS}")
    sheet.add_data_validation(validation)


def _fields_sheet(sheet, data: dict, lang: str):
    sheet.title = sheet_name(FIELDS_SHEET, lang)
    _header(sheet, [label("field", lang), label("value", lang)], ["text", "text"], "B2")
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 60
    row = 1
    for path, column, names in field_rows():
        row += 1
        _put(sheet, row, 1, names[("nb", "nn", "en").index(lang)])
        _put(sheet, row, 2, *encode(get(data, path), column, lang))
        if column.enum:
            _choices_cell(sheet, row, column.enum, lang)
    for path in extra_fields(data):
        row += 1
        _put(sheet, row, 1, path[0] if len(path) == 1 and path[0].startswith("x-")
             else field_label(path))
        _put(sheet, row, 2, *encode(get(data, path), ANY, lang))


def _choices_cell(sheet, row: int, values: tuple, lang: str):
    validation = DataValidation(type="list", allow_blank=True, showErrorMessage=False,
                                formula1=_list_formula(values, lang))
    validation.add(f"B{row}")
    sheet.add_data_validation(validation)


def _item_sheet(sheet, data: dict, spec, lang: str):
    rows = list(item_rows(data, spec))
    entries = [entry for _, entry in rows]
    columns = [c for c in sheet_columns(spec)]
    whole = rows_kept_whole(entries, spec)
    if spec.key == "actuals":  # the scorecard holds the rest
        rows = [(p, e) for p, e in rows if not scorecard_fits(get(data, p[:-2] + ("actuals",)))]
        entries = [entry for _, entry in rows]
    extras = extra_keys(entries, known_keys(spec)) + sorted(whole)
    columns = [c for c in columns if c.key[0] not in whole]
    headers = ([label(spec.link, lang)] if spec.link else []) + \
        [column_label(c, lang) for c in columns] + [header_of_extra(k) for k in extras]
    kinds = (["ids"] if spec.link else []) + [c.kind for c in columns] + ["any"] * len(extras)
    _header(sheet, headers, kinds, "B2" if spec.link else "A2")
    first = 2 if spec.link else 1
    for row, (path, entry) in enumerate(rows, start=2):
        if spec.link:
            _put(sheet, row, 1, link_value(data, spec, path[:-2]))
        if not isinstance(entry, dict):
            _put(sheet, row, first, ITEM + _json(entry))
            continue
        for offset, column in enumerate(columns):
            _put(sheet, row, first + offset, *encode(get(entry, column.key), column, lang))
        for offset, key in enumerate(extras, start=first + len(columns)):
            value = entry.get(key, MISSING)
            if key in spec.children and isinstance(value, list) and value:
                continue  # its rows are on the child's sheet
            _put(sheet, row, offset, *encode(value, ANY, lang))
    for offset, column in enumerate(columns):
        if column.enum and column.kind == "enum":
            _choices(sheet, first + offset, column.enum, len(rows) + 1, lang)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def scorecard_rows(data: dict):
    """(indicator path, actuals) for the indicators whose actuals the scorecard holds."""
    indicators = next(s for s in SHEETS if s.key == "indicators")
    for path, entry in item_rows(data, indicators):
        if isinstance(entry, dict) and scorecard_fits(entry.get("actuals")):
            yield path, entry["actuals"]


def _results_sheet(sheet, data: dict, lang: str):
    rows = list(scorecard_rows(data))
    periods = sorted({a["period"] for _, actuals in rows for a in actuals}, key=period_key)
    headers = [label("indicator", lang), label("results_name", lang)] + periods
    _header(sheet, headers, ["ids", "text"] + ["number"] * len(periods), "C2")
    spec = next(s for s in SHEETS if s.key == "actuals")
    value_column = Column(("value",), "number")
    for row, (path, actuals) in enumerate(rows, start=2):
        _put(sheet, row, 1, link_value(data, spec, path))
        name = get(data, path + ("name",))
        if isinstance(name, str):
            _put(sheet, row, 2, *encode(name, Column(("name",), "text"), lang))
        for actual in actuals:
            column = 3 + periods.index(actual["period"])
            cell = _put(sheet, row, column, *encode(actual["value"], value_column, lang))
            if "comment" in actual:
                cell.comment = Comment(actual["comment"], "govcheck")
