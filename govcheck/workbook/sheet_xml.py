"""A sheet's cell values, read from its XML with the standard library's streaming parser.

openpyxl's streaming reader builds a dict and a rich-text object for every cell, and was two
thirds of a workbook's read (issue 17). The workbook's sheet list and styles still come from
openpyxl; the cells, shared strings and notes are read here, to the values openpyxl gives
(`values_only`), which the round-trip and differential tests compare. Reading counts the
content as it goes and stops where the workbook's content bound (max-file-size) is passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import iterparse

from openpyxl.utils.datetime import from_excel, from_ISO8601

from .errors import WorkbookError

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE = MAIN + "row", MAIN + "c", MAIN + "v"
INLINE, TEXT, RUN = MAIN + "is", MAIN + "t", MAIN + "r"
STRING, NOTE, NOTE_TEXT = MAIN + "si", MAIN + "comment", MAIN + "text"
MERGE = MAIN + "mergeCell"
MAX_ROWS = 20_000
MAX_COLUMNS = 400
# Content is counted as about the bytes of the YAML it makes (within a quarter on the samples):
# a value costs its text and 10 (a key and its indent), an empty cell 1 (spreadsheets keep
# formatted empty cells). The bound is max-file-size, as for YAML: README «Size bound».
VALUE_WEIGHT = 10
EMPTY_WEIGHT = 1
_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_RANGE = re.compile(r"([A-Z]+)([0-9]+)(?::[A-Z]+[0-9]+)?$")
_COLUMNS: dict = {}  # letters → number, shared by every read


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


@dataclass
class Book:
    """What every sheet's cells need from the workbook, and the content left to read."""

    file: str
    strings: list  # the shared-string table
    date_styles: frozenset  # style indices whose number format shows a date or time
    duration_styles: frozenset
    epoch: object
    content_left: int  # counts down from the bound (max-file-size)
    bound: int

    @classmethod
    def of(cls, reader, file: str, bound: int, strings: list) -> Book:
        """From openpyxl's ExcelReader once it has read the workbook and its styles; the
        date styles are openpyxl's own index, as its sheet reader uses it."""
        book = reader.wb
        return cls(file, strings, frozenset(book._date_formats),
                   frozenset(book._timedelta_formats), book.epoch, bound, bound)


def read_strings(source, file: str, bound: int) -> list:
    """The shared-string table (where Excel keeps every text of the sheets), each entry
    as openpyxl gives it. Counted as cells are, against a bound of its own: a table is
    no larger than the cells that use it, but is read before them."""
    strings: list = []
    left = bound
    for _event, element in iterparse(source):
        if element.tag == STRING:
            text = _text_of(element).replace("x005F_", "")  # openpyxl's unescaping
            left -= VALUE_WEIGHT + len(text)
            if left < 0:
                raise WorkbookError.of(file, "", 1, 1, "strings", limit=bound,
                                       weight=VALUE_WEIGHT)
            strings.append(text)
            element.clear()
    return strings


def read_sheet(source, book: Book, title: str) -> tuple[list, list]:
    """Each row's values (row-major; rows may be short, missing rows empty), and the
    merged ranges as (first row, first column, ref) in sheet order: one pass over the part."""
    rows: list = []
    merged: list = []
    cells = 0  # in the row being read: a row is built whole before it is seen
    for _event, element in iterparse(source):
        tag = element.tag
        if tag == CELL:
            cells += 1
            if cells > MAX_COLUMNS:
                match = _REF.match(element.get("r") or "")
                row = int(match.group(2)) if match else len(rows) + 1
                raise WorkbookError.of(book.file, title, row, 1, "columns", limit=MAX_COLUMNS)
        elif tag == ROW:
            cells = 0
            number = int(element.get("r") or len(rows) + 1)
            if number <= len(rows):
                raise WorkbookError.of(book.file, title, number, 1, "row_order", row=number)
            if number > MAX_ROWS:
                raise WorkbookError.of(book.file, title, 1, 1, "rows", limit=MAX_ROWS)
            rows.extend([] for _ in range(number - 1 - len(rows)))
            rows.append(_row(element, number, book, title))
            element.clear()
        elif tag == MERGE:
            match = _RANGE.match(element.get("ref") or "")
            if match:
                merged.append((int(match.group(2)), column_number(match.group(1)),
                               match.group(0)))
    return rows, merged


def _row(element, number: int, book: Book, title: str) -> list:
    values: list = []
    column = 0
    spent = 0
    for cell in element:
        if cell.tag != CELL:
            continue
        ref = cell.get("r")
        column = _column(ref, book, title, number) if ref else column + 1
        if column > MAX_COLUMNS:
            raise WorkbookError.of(book.file, title, number, 1, "columns", limit=MAX_COLUMNS)
        value = _value(cell, book)
        if value is None:
            spent += EMPTY_WEIGHT
        else:
            spent += VALUE_WEIGHT + (len(value) if type(value) is str else 0)
        if spent > book.content_left:  # stop here: the rest of the sheet is not read
            raise WorkbookError.of(book.file, title, number, column, "content",
                                   limit=book.bound, weight=VALUE_WEIGHT)
        if column > len(values):
            values.extend([None] * (column - len(values)))
        values[column - 1] = value
    book.content_left -= spent
    return values


def _column(ref: str, book: Book, title: str, row: int) -> int:
    match = _REF.match(ref)
    if match is None:
        raise WorkbookError.of(book.file, title, row, 1, "bad_ref", ref=ref[:20])
    letters = match.group(1)
    number = _COLUMNS.get(letters)
    if number is None:
        number = _COLUMNS[letters] = column_number(letters)
    return number


def read_notes(source, book: Book, title: str) -> dict:
    """(row, column) → the text of each note (comment) on a sheet; counted as cells are."""
    notes: dict = {}
    for _event, element in iterparse(source):
        if element.tag != NOTE:
            continue
        match = _REF.match(element.get("ref") or "")
        node = element.find(NOTE_TEXT)
        if match and node is not None:
            row, column = int(match.group(2)), column_number(match.group(1))
            text = _text_of(node)
            book.content_left -= VALUE_WEIGHT + len(text)
            if book.content_left < 0:
                raise WorkbookError.of(book.file, title, row, column, "content",
                                       limit=book.bound, weight=VALUE_WEIGHT)
            notes[(row, column)] = text
        element.clear()
    return notes


def _value(cell, book: Book):
    """The cell's value as openpyxl's values_only gives it; a formula's cached value."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        node = cell.find(INLINE)
        return None if node is None else _text_of(node)
    text = cell.findtext(VALUE)
    if not text:
        return None
    if kind == "n":
        number = float(text) if "." in text or "e" in text or "E" in text else int(text)
        style = cell.get("s")
        if style and int(style) in book.date_styles:
            try:
                return from_excel(number, book.epoch,
                                  timedelta=int(style) in book.duration_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"  # a date no calendar holds: what a spreadsheet shows
        return number
    if kind == "s":
        return book.strings[int(text)]
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        return from_ISO8601(text)
    return text  # "str" (a formula's text) and "e" (an error such as #N/A) as written


def _text_of(node) -> str:
    """An inline or shared string's text: its plain part, then its formatted runs'."""
    plain = node.findtext(TEXT) or ""
    runs = node.findall(RUN)
    if not runs:
        return plain
    return plain + "".join(run.findtext(TEXT) or "" for run in runs)
