"""`govcheck import-results`: a table of results (CSV or a workbook) matched to a document's
styringsparametere, as the monthly routine of a scorecard needs.

The table is long (one row per styringsparameter and period: id or name, period, value,
comment) or wide like the scorecard (one row per styringsparameter, one column per
period). A row matches an indicator by its id, else by its name when exactly one
indicator has it. What matches is added to the indicator's `actuals`, or would change a
value already there; nothing is written unless asked.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field

from ..document.items import items
from ..document.loader import read_bounded
from .errors import WorkbookError
from .guard import is_workbook

PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]|T[1-3]|Q[1-4]))?$")
_HEADERS = {
    "indicator": ("styringsparameter", "indicator", "id", "styringsparameter-id"),
    "name": ("navn", "namn", "name", "navn (kun til lesing)", "namn (berre til lesing)",
             "name (read only)"),
    "period": ("periode", "period", "måned", "månad", "month"),
    "value": ("verdi", "value", "resultat", "result"),
    "comment": ("kommentar", "comment"),
}


@dataclass
class Row:
    line: int  # row number in the table (header is 1)
    key: str  # id or name as written
    period: str
    value: object  # a number, or the text that is not one
    comment: str | None = None


@dataclass
class Plan:
    add: list = field(default_factory=list)  # (row, indicator id)
    same: list = field(default_factory=list)
    overwrite: list = field(default_factory=list)  # (row, indicator id, old value)
    unmatched: list = field(default_factory=list)  # (row, reason key)


def _norm(text) -> str:
    return " ".join(str(text or "").split()).casefold()


def number(text):
    """A number as people type it: 71, 71,5, 1 234,5, 71.5; None when it is none (and for
    nan, inf or 1e309, which float() reads but no result is)."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return text if math.isfinite(text) else None
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", str(text)).rstrip("%")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and "." not in cleaned else value


def read_table(path: str, max_bytes: int) -> list[list]:
    """The cells of the table, header first."""
    raw = read_bounded(path, max_bytes)
    if is_workbook(path):
        from .reader import read_grids  # read and bounded as a goal document's workbook

        grids = read_grids(raw, path, max_bytes)
        names = {_norm(grid.title): grid for grid in grids}
        sheet = next((names[k] for k in ("resultater", "resultat", "results") if k in names),
                     grids[0] if grids else None)
        return [list(row) for row in sheet.rows] if sheet else []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's «CSV» in Norway
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # old Mac's lines, a CR in a field
    header = text.split("\n", 1)[0]  # Norwegian spreadsheets separate with ; (, is decimal)
    delimiter = ";" if ";" in header else "\t" if "\t" in header else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error:  # a field past the csv module's limit, or a quote left open
        raise WorkbookError.of(path, "", reader.line_num, 1, "csv_bad",
                               limit=csv.field_size_limit()) from None


def rows_of(table: list[list], file: str) -> list[Row]:
    if not table:
        raise WorkbookError.of(file, "", 1, 1, "table_empty")
    header = [_norm(h) for h in table[0]]
    where = {}
    for role, names in _HEADERS.items():
        for index, text in enumerate(header):
            if text in names and role not in where:
                where[role] = index
    if "indicator" not in where and "name" not in where:
        raise WorkbookError.of(file, "", 1, 1, "no_indicator_column")
    if "period" in where:
        if "value" not in where:
            raise WorkbookError.of(file, "", 1, 1, "period_without_value")
        return _long(table, where)
    return _wide(table, where, header, file)


def _cell(row: list, index):
    return row[index] if index is not None and index < len(row) else None


def _key(row: list, where: dict) -> str:
    for role in ("indicator", "name"):
        value = _cell(row, where.get(role))
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _long(table, where) -> list[Row]:
    found = []
    for line, row in enumerate(table[1:], start=2):
        if not any(c not in (None, "") for c in row):
            continue
        value = _cell(row, where["value"])
        if value in (None, ""):
            continue  # no value: nothing to merge
        comment = _cell(row, where.get("comment"))
        found.append(Row(line, _key(row, where), str(_cell(row, where["period"]) or "").strip(),
                         value, str(comment) if comment not in (None, "") else None))
    return found


def _wide(table, where, header, file) -> list[Row]:
    used = set(where.values())
    periods = {i: str(table[0][i]).strip() for i in range(len(header))
               if i not in used and table[0][i] not in (None, "")}
    if not periods:
        raise WorkbookError.of(file, "", 1, 1, "no_periods")
    found = []
    for line, row in enumerate(table[1:], start=2):
        key = _key(row, where)
        for index, period in periods.items():
            value = _cell(row, index)
            if value not in (None, ""):
                found.append(Row(line, key, period, value))
    return found


def plan(data: dict, rows: list[Row]) -> Plan:
    indicators = [i for i in items(data, "indicator")]
    by_id = {i.id: i for i in indicators if i.id}
    by_name: dict[str, list] = {}
    for indicator in indicators:
        by_name.setdefault(_norm(indicator.data.get("name")), []).append(indicator)
    result = Plan()
    seen = set()
    for row in rows:
        indicator = by_id.get(row.key)
        if indicator is None and len(by_name.get(_norm(row.key), [])) == 1:
            indicator = by_name[_norm(row.key)][0]
        value = number(row.value)
        reason = ("no_match" if indicator is None else "bad_period"
                  if not PERIOD.match(row.period) else "bad_value" if value is None
                  else "twice" if (indicator.id, row.period) in seen else None)
        if reason:
            result.unmatched.append((row, reason))
            continue
        seen.add((indicator.id, row.period))
        row.value = value
        actuals = indicator.data.get("actuals")
        old = next((a for a in actuals if isinstance(a, dict) and str(a.get("period")) ==
                    row.period), None) if isinstance(actuals, list) else None
        if old is None:
            result.add.append((row, indicator.id))
        elif old.get("value") == value:
            result.same.append((row, indicator.id))
        else:
            result.overwrite.append((row, indicator.id, old.get("value")))
    return result
