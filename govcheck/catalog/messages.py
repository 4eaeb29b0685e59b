"""Fill a rule's message template from a fact: `{name}` or `{name:STYLE}`.

Styles: `terms` (a format word in the reader's language), and through govcheck.numbers
`number`, `percent` (a share), `nok`, `date`, `unit` (with the fact's `unit`), `difference`
(a difference in that unit: percentage points for per cent), `budget`;
`supplements` (a list of supplementary letters' ids: « (inkludert supplerende tildelingsbrev
X)», or nothing when the list is empty).
A value may be a {nb, nn, en} mapping of texts: the reader's language is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..i18n import LANGS, ngettext
from ..numbers import number, show
from ..terms import listing, pick, term

STYLES = ("terms", "number", "percent", "nok", "date", "unit", "difference", "budget",
          "supplements")
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?::(" + "|".join(STYLES) + r"))?\}")


def _plain(value, lang: str) -> str:
    if isinstance(value, bool):
        return term("yes" if value else "no", lang)
    if isinstance(value, float):  # a decimal comma in nb/nn; whole ints (years, counts) as is
        return number(value, lang)
    return str(value)


def _one(value, style: str | None, lang: str, unit) -> str:
    if isinstance(value, Mapping):  # a text already in each language (SCHEMA details)
        return pick(value, lang)
    if style == "terms":
        return term(str(value), lang)
    if style is None or isinstance(value, bool) or value == "?":
        return _plain(value, lang)
    return show(value, style, lang, unit)


def _supplements(ids, lang: str) -> str:
    """The supplements counted into an amended letter, as a clause after its id."""
    ids = [str(i) for i in ids] if isinstance(ids, (list, tuple)) else []
    if not ids:
        return ""
    said = ngettext(lang if lang in LANGS else "en",
                    "including supplementary allocation letter {ids}",
                    "including supplementary allocation letters {ids}", len(ids))
    return f" ({said.format(ids=', '.join(ids))})"


def render(template: str, values: dict, lang: str) -> str:
    unit = values.get("unit")

    def fill(match):
        name, style = match.groups()
        # a value the fact does not carry is one the document does not state
        value = values.get(name, term("not_stated", lang))
        if style == "supplements":
            return _supplements(value, lang)
        if isinstance(value, list):
            return listing([_one(v, style, lang, unit) for v in value], lang)
        return _one(value, style, lang, unit)

    return PLACEHOLDER.sub(fill, template)


def placeholders(template: str) -> set[str]:
    return {match.group(1) for match in PLACEHOLDER.finditer(template)}
