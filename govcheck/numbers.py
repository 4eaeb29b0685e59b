"""Numbers, money, dates and units as a reader of nb, nn or en writes them, through Babel.

One entry point, `show(value, style, lang, unit=None)`, used by message templates
(`{x:number}`, `{x:percent}`, `{x:nok}`, `{x:date}`, `{x:unit}`, `{x:difference}`,
`{x:budget}`) and by the reports. Babel decides the decimal comma and the (no-break)
thousands separator from its nb/nn locale data; only the words around the number are
ours. Babel costs about 60 ms on a cold start (import and locale data), so it is
imported on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from decimal import Decimal

from govcheck.i18n import gettext, ngettext, pgettext

LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
NBSP = "\u00a0"
MILLION = 1_000_000

# Units of an indicator (format: unit) as words after a number, singular or plural.
# count, ratio and other are said as a bare number: the number is the whole value.
UNIT_WORDS = {
    "percent": lambda lang, n: ngettext(lang, "per cent", "per cent", n),
    "days": lambda lang, n: ngettext(lang, "day", "days", n),
    "weeks": lambda lang, n: ngettext(lang, "week", "weeks", n),
    "hours": lambda lang, n: ngettext(lang, "hour", "hours", n),
    "minutes": lambda lang, n: ngettext(lang, "minute", "minutes", n),
    "nok": lambda lang, n: ngettext(lang, "krone", "kroner", n),
    "score": lambda lang, n: ngettext(lang, "point", "points", n),
}
UNSPOKEN_UNITS = ("count", "ratio", "other")
# A difference of two shares is said in percentage points, not per cent (75 % − 71 % is
# 4 prosentpoeng); every other unit says its differences as its values.
DIFFERENCE_WORDS = {
    "percent": lambda lang, n: ngettext(lang, "percentage point", "percentage points", n),
}


def _money(lang: str) -> tuple[str, str]:
    """(whole kroner, millions) around the number {n}."""
    return (gettext(lang, "NOK\u00a0{n}"), gettext(lang, "NOK\u00a0{n}\u00a0million"))


@functools.cache
def _babel():
    from babel import dates, numbers  # lazily: see the module docstring

    return numbers, dates


def _lang(lang: str) -> str:
    return lang if lang in LOCALES else "nb"


def number(value, lang: str, decimals: int = 2) -> str:
    """12 500,5 (nb, nn) or 12,500.5 (en); at most `decimals` decimals, none when whole."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return str(value)
    numbers, _ = _babel()
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return numbers.format_decimal(round(value, decimals), format=pattern,
                                  locale=LOCALES[_lang(lang)])


def percent(share, lang: str) -> str:
    """A share (0.286) as 28,6 % (nb, nn) or 28.6% (en), one decimal at most."""
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not math.isfinite(share):
        return str(share)
    numbers, _ = _babel()
    exact = Decimal(str(round(share * 100, 1))) / 100  # no binary noise: 0.286, not 0.28600…03
    return numbers.format_percent(exact, locale=LOCALES[_lang(lang)], decimal_quantization=False)


def nok(amount, lang: str) -> str:
    """Kroner: 24 mill. kroner for whole tenths of a million and more, else 1 234 567 kr."""
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        return str(amount)
    whole, millions = _money(_lang(lang))
    if abs(amount) >= MILLION and amount % (MILLION // 10) == 0:
        return millions.format(n=number(amount / MILLION, lang, 1))
    return whole.format(n=number(amount, lang, 2))


def date(value, lang: str) -> str:
    """31. desember 2025 (nb, nn) or 31 December 2025 (en); other text is kept as it is."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, dt.date):
        return str(value)
    _, dates = _babel()
    lang = _lang(lang)
    pattern = pgettext(lang, "CLDR date pattern", "d MMMM y")
    return dates.format_date(value, pattern, locale=LOCALES[lang])


def with_unit(value, unit, lang: str, difference: bool = False) -> str:
    """56 prosent, 14 dager, 3 veker, 1 time, 24 mill. kroner; a count or ratio as a bare
    number. One (or minus one, as shown) takes the singular."""
    lang = _lang(lang)
    if unit == "nok":
        return nok(value, lang)
    shown = number(value, lang)
    words = (difference and DIFFERENCE_WORDS.get(unit)) or UNIT_WORDS.get(unit)
    if words is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return shown
    return f"{shown}{NBSP}{words(lang, 1 if abs(round(value, 2)) == 1 else 2)}"


def budget(value, lang: str) -> str:
    """A budget address "605/01" (chapter/post) as kap. 605 post 01."""
    chapter, _, post = str(value).partition("/")
    if not post:
        return str(value)
    text = gettext(_lang(lang), "chapter {chapter} post {post}")
    return text.format(chapter=chapter, post=post)


def show(value, style: str, lang: str, unit=None) -> str:
    """The one formatting function behind every message placeholder style."""
    if style == "percent":
        return percent(value, lang)
    if style == "nok":
        return nok(value, lang)
    if style == "date":
        return date(value, lang)
    if style == "unit":
        return with_unit(value, unit, lang)
    if style == "difference":
        return with_unit(value, unit, lang, difference=True)
    if style == "budget":
        return budget(value, lang)
    return number(value, lang)
