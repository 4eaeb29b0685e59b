"""Enumeration cells in the planner's language: a workbook shows «effekt», not `outcome`.

The words are the format's terms (govcheck/terms.py, docs/terminology.md); this module
only picks them per column. Reading accepts a value's code and its word in nb, nn or en,
in any case, so a workbook exported in one language still reads after a colleague types
in another.
"""

from __future__ import annotations

import functools

from ..terms import LANGS, term

KEPT = ("NOK",)  # codes that are their own word in every language (the currency)
# Words a code was shown as before the terms followed DFØ and the letters (catalog 3):
# a workbook exported then still reads.
FORMER = {"user_council": ("brukerråd", "brukarråd"),
          "goals_and_results": ("mål og resultater", "mål og resultat"),
          "annual_report_meeting": ("møte om årsrapporten",)}


def word(code: str, lang: str) -> str:
    """The word a cell shows for a code."""
    return code if code in KEPT else term(code, lang)


def words(enum: tuple, lang: str) -> tuple[str, ...]:
    """The words a list offers, in the format's order."""
    return tuple(word(code, lang) for code in enum)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.cache
def readings(enum: tuple) -> dict[str, str]:
    """Every accepted spelling (casefolded) → its code. Two codes that share a spelling
    would make a cell ambiguous: refused here, and a test reads every enumeration."""
    found: dict[str, str] = {}
    for code in enum:
        for spelling in (code, *(word(code, lang) for lang in LANGS), *FORMER.get(code, ())):
            if found.setdefault(_key(spelling), code) != code:
                raise ValueError(f"«{spelling}» names both {found[_key(spelling)]} and {code}")
    return found


def code_of(text: str, enum: tuple) -> str | None:
    """The code a typed word names, or None when it names none of this column's."""
    return readings(enum).get(_key(text))
