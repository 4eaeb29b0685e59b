"""One value ↔ one cell, by the column's kind.

A value a planner would type goes in as it is (a text, a number, a date, ids separated by
commas, texts one per line). A value the column cannot hold as typed (a text in a number
column of a broken document, an empty list) is written `json:` and its JSON, so that the
round trip loses nothing; an explicit `null` is written as the words for "not stated".
An empty cell is a key left out.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

from govcheck.i18n import N_, Texts

from .enums import code_of, word, words
from .errors import CellError

MISSING = object()  # the key is left out
RAW = "json:"  # the cell holds a JSON value
ITEM = "item:"  # a list entry that is not an object (or null), as JSON
KEY = "key:"  # a header naming a key the format does not know, written as the file has it
NULL_WORDS = Texts(N_("(not stated)"))
_NULLS = {word.casefold() for word in NULL_WORDS.values()}
_PREFIXES = (RAW, ITEM, KEY)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ID = re.compile(r"^[^\s,]+$")
DATE_FORMAT = "dd.mm.yyyy"
AMOUNT_FORMAT = "#,##0"  # Excel shows the reader's separators: 1 500 000 in Norwegian


def _raw(value) -> str:
    return RAW + json.dumps(value, ensure_ascii=False)


def _plain_text(value) -> bool:
    """A text that reads back as itself from a text cell."""
    return isinstance(value, str) and value.strip() != "" and not value.startswith(_PREFIXES) \
        and value.strip().casefold() not in _NULLS


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(
        value)


def _iso_date(value) -> dt.date | None:
    if isinstance(value, str) and _ISO.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _joined(value, column, separator: str, fits) -> str | None:
    if isinstance(value, str) and column.scalar_ok and fits(value) and separator.strip() \
            not in value:
        return value
    if not isinstance(value, list) or not value or (column.scalar_ok and len(value) < 2):
        return None
    if all(fits(v) for v in value):
        return separator.join(value)
    return None


def encode(value, column, lang: str):
    """(cell value, number format or None) for one value; (None, None) for left out."""
    if value is MISSING:
        return None, None
    if value is None:
        return NULL_WORDS[lang], None
    kind = column.kind
    if column.enum:
        return _encode_enum(value, column, lang), None
    if kind == "text" and _plain_text(value):
        return value, None
    if kind == "any" and (_plain_text(value) or _number(value) or isinstance(value, bool)):
        return value, None
    if kind in ("int", "amount") and isinstance(value, int) and not isinstance(value, bool):
        return value, AMOUNT_FORMAT if kind == "amount" else None
    if kind == "number" and _number(value):
        return value, None
    if kind == "bool" and isinstance(value, bool):
        return value, None
    if kind == "date" and _iso_date(value):
        return _iso_date(value), DATE_FORMAT
    if kind == "ids":
        joined = _joined(value, column, ", ", lambda v: _plain_text(v) and bool(_ID.match(v)))
        if joined is not None:
            return joined, None
    if kind == "texts":
        joined = _joined(value, column, "\n", lambda v: _plain_text(v) and "\n" not in v)
        if joined is not None:
            return joined, None
    return _raw(value), None


def _encode_enum(value, column, lang: str):
    """A code as its word in `lang`; anything else (a value the format does not allow) as
    JSON, so that it reads back as itself and never as the code a word names."""
    if column.kind == "enum" and isinstance(value, str) and value in column.enum:
        return word(value, lang)
    if column.kind == "ids" and isinstance(value, list) and len(value) >= (
            2 if column.scalar_ok else 1) and all(
            isinstance(v, str) and v in column.enum for v in value):
        return ", ".join(word(v, lang) for v in value)
    return _raw(value)


def decode(cell, column):
    """The value of one cell's content (already the cached value of a formula)."""
    if cell is None or (isinstance(cell, str) and cell.strip() == ""):
        return MISSING
    if isinstance(cell, dt.datetime):
        if cell.time() != dt.time(0, 0):
            raise CellError("time_of_day", value=cell.isoformat(" "))
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, (dt.time, dt.timedelta)):
        raise CellError("a_time", value=str(cell))
    if isinstance(cell, str):
        return _decode_text(cell, column)
    if isinstance(cell, float) and column.kind in ("int", "amount") and cell.is_integer():
        return int(cell)
    if isinstance(cell, float) and not math.isfinite(cell):
        raise CellError("not_finite")
    return cell


def _decode_text(cell: str, column):
    if cell.strip().casefold() in _NULLS:
        return None
    if cell.startswith(RAW):
        try:
            return json.loads(cell[len(RAW):])
        except ValueError:
            raise CellError("bad_json") from None
    kind = column.kind
    if kind in ("int", "amount", "number"):
        raise CellError("text_in_number", text=_short(cell))
    if kind == "bool":
        raise CellError("text_in_bool", text=_short(cell))
    if column.enum:
        return _decode_enum(cell, column)
    if kind == "date":
        return _text_date(cell)
    if kind in ("ids", "texts"):
        separator = "," if kind == "ids" else "\n"
        if column.scalar_ok and separator not in cell:
            return cell.strip() if kind == "ids" else cell
        parts = cell.split(separator)
        return [p.strip() for p in parts if p.strip()] if kind == "ids" else parts
    return cell


def _text_date(cell: str) -> str:
    text = cell.strip()
    if _iso_date(text):
        return text
    match = _NORWEGIAN_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            pass
    raise CellError("not_date", text=_short(cell))


def _decode_enum(cell: str, column):
    """The codes a cell's words name (its code, or its word in nb, nn or en, any case)."""
    parts = cell.split(",") if column.kind == "ids" else [cell]
    codes = []
    for part in parts:
        if not part.strip() and column.kind == "ids":
            continue
        code = code_of(part, column.enum)
        if code is None:
            choices = {lang: ", ".join(words(column.enum, lang)) for lang in ("nb", "nn", "en")}
            raise CellError("unknown_word", text=_short(part), choices=choices)
        codes.append(code)
    if column.kind == "ids" and not (column.scalar_ok and len(codes) == 1 and "," not in cell):
        return codes
    return codes[0]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"
