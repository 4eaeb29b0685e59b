"""The user-facing words of govcheck in nb, nn and en, from the gettext catalogs in
govcheck/locale/ (docs/translating.md).

The message ids are the English text; nb.po and nn.po translate them, en.po may correct the
English without touching the code. The language is always passed, never read from the
process locale, so two documents of one run can be reported in two languages. Each catalog
is read once, on first use.

Texts are marked for extraction (`make messages`) by the calls below: `gettext(lang, text)`,
`ngettext(lang, one, many, n)`, `pgettext(lang, context, text)`,
`npgettext(lang, context, one, many, n)`, and in tables read later,
`N_(text)` and `NP_(context, text)` (see `Texts`).
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

LANGS = ("nb", "nn", "en")
DOMAIN = "govcheck"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def catalog(lang: str) -> _gettext.GNUTranslations:
    """The compiled catalog of a language, opened directly: gettext.translation would
    search the locale's aliases, which is slower and never needed here."""
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as file:
        return _gettext.GNUTranslations(file)


def gettext(lang: str, message: str) -> str:
    return catalog(lang).gettext(message)


def ngettext(lang: str, singular: str, plural: str, n: int) -> str:
    return catalog(lang).ngettext(singular, plural, n)


def pgettext(lang: str, context: str, message: str) -> str:
    return catalog(lang).pgettext(context, message)


def npgettext(lang: str, context: str, singular: str, plural: str, n: int) -> str:
    return catalog(lang).npgettext(context, singular, plural, n)


class Msg(NamedTuple):
    """A message id with its context: the same English said two ways in Norwegian."""

    context: str
    message: str


def N_(message: str) -> str:  # noqa: N802 - the gettext marker's conventional name
    """Marks a text for extraction; it is translated when its table is read."""
    return message


def NP_(context: str, message: str) -> Msg:  # noqa: N802
    return Msg(context, message)


def translate(value, lang: str):
    """`value` with every marked text in `lang`, however deeply nested."""
    if isinstance(value, Msg):
        return pgettext(lang, value.context, value.message)
    if isinstance(value, str):
        return gettext(lang, value) if value else value
    if isinstance(value, dict):
        return {key: translate(inner, lang) for key, inner in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(translate(inner, lang) for inner in value)
    return value


class Texts(Mapping):
    """A table of English texts read per language: `TABLE[lang][key]`, as the tables keyed
    by language were read before the catalogs. Each language is translated once, on first
    use."""

    def __init__(self, source) -> None:
        self._source = source
        self._by_lang: dict = {}

    def __getitem__(self, lang: str):
        if lang not in LANGS:
            raise KeyError(lang)
        if lang not in self._by_lang:
            self._by_lang[lang] = translate(self._source, lang)
        return self._by_lang[lang]

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)
