"""Reading values as the rules read them (numbers, text, dates), the format's word lists,
and the shape of a fact.

A wrongly typed field reads as absent, so rules still run on a document the schema rejects.
"""

from __future__ import annotations

import datetime as dt

from ..document.items import path_text

STAGES = ("input", "activity", "output", "outcome")
DELIVERY_STAGES = ("input", "activity", "output")
FREQUENT = ("monthly", "tertial", "quarterly")  # tuples: values may be unhashable
PERSPECTIVES = ("user", "production", "employee", "finance")
INFO_KEYS = ("source", "frequency")


LARGEST = 1e15  # beyond any real amount or figure; larger ones read as absent


def is_number(value) -> bool:
    """A figure the rules can compute with; a bigger one (a typo) would overflow floats."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and -LARGEST <= value <= LARGEST


def is_text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def digits(value) -> bool:
    """A text of ASCII digits only, such as a chapter or post: str.isdigit alone also takes
    «¹²³», which int() refuses."""
    return isinstance(value, str) and value.isascii() and value.isdigit()


def whole_number(value) -> int | None:
    """An integer as the schema reads one (1 and 1.0), never a boolean."""
    if not is_number(value):
        return None
    return int(value) if float(value).is_integer() else None


def iso_date(value) -> dt.date | None:
    """A YYYY-MM-DD date; anything else reads as absent."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def new_fact(kind: str, item_path: tuple, target, key: str = "", **properties) -> dict:
    """A fact; its engine id is unique per document: kind, path, and `key` where several
    facts share a path."""
    fact = {"id": f"{kind}:{path_text(item_path) or kind}{key}", "kind": kind}
    fact["target"] = target if isinstance(target, str) else path_text(item_path)
    fact["path"] = list(item_path)
    fact.update(properties)
    return fact
