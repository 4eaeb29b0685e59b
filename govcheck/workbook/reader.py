"""Workbook → the same document tree the YAML loader gives, with a cell for every node.

Every rule then runs unchanged; a finding's position is a `Cell` (row, column, sheet), so
reports name `plan.xlsx:Styringsparametere!D7` where a YAML file gets `plan.yaml:41:9`.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass

from ..document.loader import DEFAULT_MAX_BYTES, Document, read_bounded
from ..document.normalize import normalize
from ..findings import Cell
from .cells import ITEM, KEY, MISSING, decode
from .enums import code_of
from .errors import CellError, WorkbookError
from .grid import read_grid
from .guard import bound_whole_parts, checked_archive
from .sheet_xml import Book, read_strings
from .table import (
    FIELDS_SHEET,
    FORMER_LABELS,
    LABELS,
    LANGS,
    RESULTS_AFTER,
    RESULTS_SHEET,
    SHEETS,
    Column,
    column_label,
    field_rows,
    parent_spec,
    sheet_columns,
    sheet_name,
)

ANY = Column((), "any")
TOP_ORDER = ("govcheck", "document", "strategy", "goals", "assignments", "risks",
             "risk_tolerance", "internal_control", "user_participation", "budget", "reporting",
             "dialogue", "government_requirements", "audit_follow_up", "evaluations",
             "instructions", "legal_basis", "waivers")


@dataclass(frozen=True)
class WorkbookDocument(Document):
    first_sheet: str = ""  # where findings about the whole document point


def _norm(text) -> str:
    return " ".join(str(text).split()).casefold()


def load_workbook_document(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> WorkbookDocument:
    return read_workbook(read_bounded(path, max_bytes), path, max_bytes)


def read_workbook(raw: bytes, path: str, bound: int = DEFAULT_MAX_BYTES) -> WorkbookDocument:
    """The document in a workbook's bytes; `path` names it in positions and messages.
    `bound` (max-file-size) bounds its packed size and, as sheet_xml counts it, its content."""
    grids = read_grids(raw, path, bound)
    reading = _Reading(path)
    try:
        data = reading.read(grids)
    except WorkbookError as error:  # said in the language the workbook states, as YAML's
        error.stated_language = _stated_language(grids)
        raise
    normalize(data)
    return WorkbookDocument(path, data, reading.positions, reading.positions, "",
                            hashlib.sha256(raw).hexdigest(), reading.first_sheet)


def read_head(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """The fields sheet (Dokument) alone: `govcheck`, `document` and the other top-level
    fields, what a pre-read needs to tell a goal document and link it by id."""
    titles = {_norm(name) for name in FIELDS_SHEET}
    grids = read_grids(read_bounded(path, max_bytes), path, max_bytes, titles)
    if not grids:
        raise WorkbookError.of(path, "", 1, 1, "missing_sheet", sheet=FIELDS_SHEET[0])
    data: dict = {}
    _Reading(path)._fields(grids[0], data)
    return normalize(data)


def read_grids(raw: bytes, path: str, bound: int, titles: set | None = None) -> list:
    """The grids of the sheets (of those whose title is in `titles`), in workbook order.

    openpyxl reads the workbook's sheet list and styles step by step as its load_workbook
    does, less that function's pre-read of every sheet's size (a sixth of a workbook's
    read, and a stated size is not trusted here anyway); the shared strings and cells are
    read and counted by sheet_xml."""
    stream = checked_archive(raw, path)
    from openpyxl.reader.excel import ExcelReader  # only when a workbook is read
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.xml.constants import SHARED_STRINGS

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it drops
            reader = ExcelReader(stream, read_only=True, data_only=True, keep_links=False)
            with reader.archive as archive:
                bound_whole_parts(archive, path, bound)
                reader.read_manifest()
                bound_whole_parts(archive, path, bound, reader.package)
                reader.read_workbook()
                apply_stylesheet(archive, reader.wb)
                table = reader.package.find(SHARED_STRINGS)
                strings = []
                if table is not None:
                    with archive.open(table.PartName.lstrip("/")) as source:
                        strings = read_strings(source, path, bound)
                cells = Book.of(reader, path, bound, strings)
                parts = archive.namelist()
                return [read_grid(sheet.name, rel.target.lstrip("/"), archive, cells)
                        for sheet, rel in reader.parser.find_sheets()
                        if rel.target.lstrip("/") in parts and "chartsheet" not in rel.Type
                        and (titles is None or _norm(sheet.name) in titles)]
    except (WorkbookError, MemoryError):  # the memory bound is said as such, not as a
        raise                                # broken workbook
    except Exception as error:  # openpyxl raises many kinds on broken XML
        if type(error).__module__.startswith("govcheck."):  # the time bound, say: ours
            raise
        raise WorkbookError.of(path, "", 1, 1, "unreadable",
                               reason=type(error).__name__) from None


class _Reading:
    def __init__(self, file: str):
        self.file = file
        self.positions: dict = {}
        self.first_sheet = ""
        self._holder_paths: dict = {}  # id() of a dict holding a list → its path

    def fail(self, sheet, row, column, text_key, /, **values):
        """Stop with the error `text_key` of texts.WORKBOOK_TEXT at this cell."""
        raise WorkbookError.of(self.file, sheet.title if sheet is not None else "", row,
                               column, text_key, **values)

    def decode(self, sheet, row, column, value, kind):
        try:
            return decode(value, kind)
        except CellError as error:
            self.fail(sheet, row, column, error.key, **error.values)

    def at(self, path, sheet, row, column):
        self.positions.setdefault(tuple(path), Cell(row, column, sheet.title))

    def read(self, grids: list) -> dict:
        sheets = self._sheets(grids)
        for sheet in sheets.values():
            self._guard(sheet)
        fields = sheets["fields"]
        self.first_sheet = fields.title
        self.positions[()] = Cell(1, 1, fields.title)
        data: dict = {}
        self._fields(fields, data)
        for spec in SHEETS:
            self._items(sheets[spec.key], spec, data)
            if spec.key == RESULTS_AFTER:
                self._scorecard(sheets["results"], data)
        ordered = {k: data[k] for k in TOP_ORDER if k in data}
        ordered.update((k, v) for k, v in data.items() if k not in ordered)
        return ordered

    def _sheets(self, grids: list) -> dict:
        wanted = {"fields": FIELDS_SHEET, "results": RESULTS_SHEET}
        wanted.update((spec.key, spec.names) for spec in SHEETS)
        by_name = {_norm(name): key for key, names in wanted.items() for name in names}
        found: dict = {}
        for sheet in grids:
            if sheet.title.startswith("x-"):
                continue  # the planner's own sheet: not part of the document
            key = by_name.get(_norm(sheet.title))
            if key is None:
                self.fail(sheet, 1, 1, "unknown_sheet", sheet=sheet.title)
            if key in found:
                self.fail(sheet, 1, 1, "sheet_twice", sheet=sheet.title,
                          first=found[key].title)
            found[key] = sheet
        lang = _lang_of(next(iter(found.values()))) if found else "nb"
        for key, names in wanted.items():
            if key not in found:  # named as the workbook's other sheets are
                self.fail(None, 1, 1, "missing_sheet", sheet=sheet_name(names, lang))
        return found

    def _guard(self, sheet):
        for row, column, ref in sheet.merged:
            self.fail(sheet, row, column, "merged", ref=ref)

    def _fields(self, sheet, data: dict):
        by_label = {}
        for path, column, names in field_rows():
            for name in names + FORMER_LABELS.get(path[-1], ()):
                by_label.setdefault(_norm(name), (path, column))
        self._headers(sheet, [("field",), ("value",)])
        seen = {}
        for row in range(2, sheet.max_row + 1):
            name, value = sheet.cell(row, 1), sheet.cell(row, 2)
            if name is None or str(name).strip() == "":
                if value is not None:
                    self.fail(sheet, row, 1, "value_without_field")
                continue
            path, column = self._field(sheet, row, str(name), by_label)
            if path in seen:
                self.fail(sheet, row, 1, "field_twice", name=str(name), row=seen[path])
            seen[path] = row
            decoded = self.decode(sheet, row, 2, value, column)
            if decoded is not MISSING:
                self._set(data, path, decoded, sheet, row, 2)

    def _field(self, sheet, row, name: str, by_label: dict):
        found = by_label.get(_norm(name))
        if found:
            return found
        if name.startswith(KEY) and name[len(KEY):].strip():
            return tuple(name[len(KEY):].strip().split(".")), ANY
        if name.startswith("x-"):
            return (name,), ANY
        self.fail(sheet, row, 1, "unknown_field", name=name)

    def _set(self, data, path, value, sheet, row, column):
        node = data
        for step in path[:-1]:
            node = node.setdefault(step, {})
            if not isinstance(node, dict):
                self.fail(sheet, row, column, "inside_whole", path=".".join(path))
        node[path[-1]] = value
        self.at(path, sheet, row, column)

    def _headers(self, sheet, expected: list[tuple]) -> list:
        """Each header cell's meaning: a label key path, ("x", key) or None (unused)."""
        by_label = {}
        for key in expected:
            for lang in LANGS:
                by_label.setdefault(_norm(_label(key, lang)), key)
            for name in FORMER_LABELS.get(".".join(key), ()):
                by_label.setdefault(_norm(name), key)
        meanings = []
        for column in range(1, sheet.max_column + 1):
            text = sheet.cell(1, column)
            if text is None or str(text).strip() == "":
                if any(sheet.cell(r, column) is not None
                       for r in range(2, sheet.max_row + 1)):
                    self.fail(sheet, 1, column, "no_header")
                meanings.append(None)
                continue
            text = str(text).strip()
            meaning = by_label.get(_norm(text))
            if meaning is None and text.startswith("x-"):
                meaning = ("extra", text)
            elif meaning is None and text.startswith(KEY) and text[len(KEY):].strip():
                meaning = ("extra", text[len(KEY):].strip())
            if meaning is None:
                names = ", ".join(_label(k, _lang_of(sheet)) for k in expected)
                self.fail(sheet, 1, column, "unknown_column", text=text, names=names)
            if meaning in meanings:
                self.fail(sheet, 1, column, "column_twice", text=text)
            meanings.append(meaning)
        return meanings

    def _items(self, sheet, spec, data: dict):
        columns = {c.key: c for c in sheet_columns(spec)}
        expected = ([("link", spec.link)] if spec.link else []) + list(columns)
        meanings = self._headers(sheet, expected)
        item_columns = [i for i, m in enumerate(meanings, 1) if m and m[0] != "link"]
        finder = _Parents(self, data, parent_spec(spec)) if spec.link else None
        used = [i for i, m in enumerate(meanings, 1) if m]
        for row in range(2, sheet.max_row + 1):
            values = sheet.rows[row - 1]
            cells = {i: values[i - 1] for i in used if i <= len(values)}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
                continue
            if spec.link:
                link_column = meanings.index(("link", spec.link)) + 1
                parent = finder.find(sheet, row, link_column, cells.get(link_column))
                holder, key = _holder(self, data, parent + (spec.path[-2],), sheet, row)
            else:
                holder, key = _top_holder(self, data, spec.path[:-1], sheet, row)
            target = holder.setdefault(key, [])
            path = self._path_of(spec, holder, key, len(target))
            entry = self._entry(sheet, row, meanings, cells, columns, item_columns, path)
            target.append(entry)
            # a top-level list is its sheet; an item's list starts at its first row
            nested = any(isinstance(step, int) for step in path[:-1])
            self.at(path[:-1], sheet, *((row, item_columns[0] if item_columns else 1)
                                        if nested else (1, 1)))

    def _path_of(self, spec, holder, key, index):
        return self._holder_paths[id(holder)] + (key, index)

    def _entry(self, sheet, row, meanings, cells, columns, item_columns, path):
        first = item_columns[0] if item_columns else None
        value = cells.get(first)
        if isinstance(value, str) and value.startswith(ITEM):
            self.at(path, sheet, row, first)
            return self.decode(sheet, row, first, "json:" + value[len(ITEM):], ANY)
        entry: dict = {}
        self.at(path, sheet, row, first or 1)
        for index in item_columns:
            meaning = meanings[index - 1]
            if meaning[0] == "extra":
                key_path, kind = (meaning[1],), ANY
            else:
                key_path, kind = meaning, columns[meaning]
            value = cells.get(index)
            if value is None:  # the common empty cell, without a call
                continue
            decoded = self.decode(sheet, row, index, value, kind)
            if decoded is MISSING:
                continue
            node = entry
            for step in key_path[:-1]:
                node = node.setdefault(step, {})
                self.at(path + key_path[:-1], sheet, row, index)
            node[key_path[-1]] = decoded
            self.at(path + key_path, sheet, row, index)
        return entry

    def _scorecard(self, sheet, data: dict):
        meanings = self._headers_scorecard(sheet)
        spec = next(s for s in SHEETS if s.key == "actuals")
        finder = _Parents(self, data, parent_spec(spec))
        value_kind = Column(("value",), "number")
        for row in range(2, sheet.max_row + 1):
            link = sheet.cell(row, 1)
            values = {c: sheet.cell(row, c) for c in meanings}
            if link is None and all(v is None for v in values.values()):
                continue
            parent = finder.find(sheet, row, 1, link)
            holder, key = _holder(self, data, parent + ("actuals",), sheet, row)
            actuals = holder.setdefault(key, [])
            for column, period in meanings.items():
                value = self.decode(sheet, row, column, values[column], value_kind)
                if value is MISSING:
                    continue
                actual = {"period": period, "value": value}
                if sheet.notes.get((row, column)):
                    actual["comment"] = sheet.notes[(row, column)]
                path = parent + ("actuals", len(actuals))
                actuals.append(actual)
                for sub in ((), ("period",), ("value",), ("comment",)):
                    self.at(path + sub, sheet, row, column)

    def _headers_scorecard(self, sheet) -> dict:
        for column, key in ((1, "indicator"), (2, "results_name")):
            text = sheet.cell(1, column)
            if _norm(text or "") not in {_norm(n) for n in LABELS[key]}:
                self.fail(sheet, 1, column, "expected_column",
                          name=LABELS[key][LANGS.index(_lang_of(sheet))])
        periods = {}
        for column in range(3, sheet.max_column + 1):
            text = sheet.cell(1, column)
            if text is None or str(text).strip() == "":
                if any(sheet.cell(r, column) is not None
                       for r in range(2, sheet.max_row + 1)):
                    self.fail(sheet, 1, column, "no_period")
                continue
            period = str(text).strip()
            if period in periods.values():
                self.fail(sheet, 1, column, "period_twice", period=period)
            periods[column] = period
        return periods


def _stated_language(grids: list) -> str | None:
    """The code of the Språk row on the first sheet, when it names one."""
    titles = {_norm(name) for name in FIELDS_SHEET}
    labels = {_norm(name) for name in LABELS["language"]}
    for sheet in grids:
        if _norm(sheet.title) not in titles:
            continue
        for row in range(2, sheet.max_row + 1):
            value = sheet.cell(row, 2)
            if _norm(sheet.cell(row, 1) or "") in labels and isinstance(value, str):
                return code_of(value, LANGS)
    return None


def _label(key: tuple, lang: str) -> str:
    if key[0] == "link":
        return LABELS[key[1]][LANGS.index(lang)]
    if key in (("field",), ("value",)):
        return LABELS[key[0]][LANGS.index(lang)]
    return column_label(Column(key, "text"), lang)


def _lang_of(sheet) -> str:
    for spec_names in [FIELDS_SHEET, RESULTS_SHEET] + [s.names for s in SHEETS]:
        for lang, name in zip(LANGS, spec_names, strict=True):
            if _norm(name) == _norm(sheet.title):
                return lang
    return "nb"


def _top_holder(reading, data, path, sheet, row):
    """The dict that holds a top-level list (`goals`, `budget.lines`) and its key."""
    node = data
    for step in path[:-1]:
        node = node.setdefault(step, {})
        if not isinstance(node, dict):
            reading.fail(sheet, row, 1, "part_whole", path=".".join(path))
    reading._holder_paths[id(node)] = tuple(path[:-1])
    if path[-1] in node and not isinstance(node[path[-1]], list):
        reading.fail(sheet, row, 1, "list_whole", path=".".join(path))
    return node, path[-1]


def _holder(reading, data, path, sheet, row):
    """The item that holds a child list (an indicator's `targets`) and the list's key."""
    node = data
    for step in path[:-1]:
        node = node[step]
    reading._holder_paths[id(node)] = tuple(path[:-1])
    if path[-1] in node and not isinstance(node[path[-1]], list):
        reading.fail(sheet, row, 1, "item_whole", path=path[-1])
    return node, path[-1]


class _Parents:
    """Finds the item a child row names: by its id, or by its indices (`json:[2, 0]`)."""

    def __init__(self, reading: _Reading, data: dict, spec):
        self.reading, self.paths, self.ids = reading, [], {}
        from .layout import item_rows

        for path, entry in item_rows(data, spec):
            if isinstance(entry, dict):
                self.paths.append(path)
                identifier = entry.get("id")
                if isinstance(identifier, (str, int)) and not isinstance(identifier, bool):
                    self.ids.setdefault(str(identifier), []).append(path)
        self.sheet_name = spec.names

    def find(self, sheet, row, column, value) -> tuple:
        fail = self.reading.fail
        if value is None or (isinstance(value, str) and not value.strip()):
            fail(sheet, row, column, "no_parent")
        decoded = self.reading.decode(sheet, row, column, value, ANY)
        if isinstance(decoded, list):
            indices = tuple(decoded)
            for path in self.paths:
                if tuple(i for i in path if isinstance(i, int)) == indices:
                    return path
            fail(sheet, row, column, "no_item_at", value=str(value))
        found = self.ids.get(str(decoded).strip(), [])
        if len(found) != 1:
            fail(sheet, row, column, "many_items_id" if found else "no_item_id",
                 sheet=sheet_name(self.sheet_name, _lang_of(sheet)), id=str(decoded))
        return found[0]
