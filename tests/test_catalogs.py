"""The gettext catalogs (govcheck/locale/): current with the code, complete in nb and nn, the
same placeholders in every language, compiled .mo files current with their .po."""

import io
import re
import shlex
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from govcheck import i18n

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "govcheck" / "locale"


def _po(lang: str):
    with open(LOCALE / lang / "LC_MESSAGES" / "govcheck.po", "rb") as f:
        return read_po(f)


CATALOGS = {lang: _po(lang) for lang in i18n.LANGS}


def _ids(catalog) -> set:
    return {(m.context, m.id if isinstance(m.id, str) else tuple(m.id))
            for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The texts the code marks today, extracted as `make messages` does."""
    keywords = re.search(r"^BABEL_KEYWORDS := ((?:.*\\\n)*.*)$",
                         (ROOT / "Makefile").read_text(), re.M).group(1).replace("\\\n", " ")
    pot = tmp_path_factory.mktemp("pot") / "govcheck.pot"
    subprocess.run([str(Path(sys.executable).with_name("pybabel")), "-q", "extract",
                    "-F", "babel.cfg", "--no-default-keywords", *shlex.split(keywords),
                    "--omit-header", "-o", str(pot), "."], cwd=ROOT, check=True)
    with open(pot, "rb") as f:
        return read_po(f)


def test_extraction_finds_the_marked_texts(extracted):
    assert (None, ("day", "days")) in _ids(extracted)
    assert ("CLDR date pattern", "d MMMM y") in _ids(extracted)
    assert all(m.locations for m in extracted if m.id)


@pytest.mark.parametrize("lang", [*i18n.LANGS, "pot"])
def test_a_catalog_holds_exactly_the_texts_of_the_code(extracted, lang):
    """`make messages` refreshes them when this fails."""
    if lang == "pot":
        with open(LOCALE / "govcheck.pot", "rb") as f:
            catalog = read_po(f)
    else:
        catalog = CATALOGS[lang]
    have, want = _ids(catalog), _ids(extracted)
    assert not want - have, f"{lang}: not in the catalog: {sorted(want - have, key=str)[:5]}"
    assert not have - want, f"{lang}: no longer in the code: {sorted(have - want, key=str)[:5]}"


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_every_text_is_translated_and_none_is_fuzzy(lang):
    for message in CATALOGS[lang]:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms), f"{lang}: untranslated: {message.id!r}"
        assert not message.fuzzy, f"{lang}: fuzzy: {message.id!r}"


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_real_plural_forms(lang):
    assert CATALOGS[lang].plural_forms == "nplurals=2; plural=(n != 1);"
    one, many = "{files} file checked: {parts}", "{files} files checked: {parts}"
    said = [i18n.ngettext(lang, one, many, n) for n in (0, 1, 2)]
    assert said[0] == said[2] != said[1]


def _fields(text: str) -> set:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # not a template: a text with braces of its own
        return set()
    return {name for _, name, _, _ in parsed if name is not None and name.isidentifier()}


def test_the_placeholder_check_sees_a_missing_or_renamed_field():
    assert _fields("{n} dokument i {year}") == {"n", "year"}
    assert _fields("{n} dokument") != _fields("{count} documents")


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_a_translation_has_the_placeholders_of_its_english(lang):
    for message in CATALOGS[lang]:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        for index, form in enumerate(forms):
            source = ids[min(index, len(ids) - 1)]
            if form:
                assert _fields(form) == _fields(source), (lang, message.id, form)


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_the_compiled_catalog_is_current(lang):
    """The .mo files are committed (docs/translating.md says why); `make messages`."""
    compiled = io.BytesIO()
    write_mo(compiled, CATALOGS[lang])
    mo = LOCALE / lang / "LC_MESSAGES" / "govcheck.mo"
    assert mo.read_bytes() == compiled.getvalue(), f"{mo} is stale: run make messages"


def test_each_language_reads_its_own_catalog_and_english_is_the_source():
    assert i18n.ngettext("nn", "week", "weeks", 2) == "veker"
    assert i18n.ngettext("nb", "week", "weeks", 1) == "uke"
    assert i18n.ngettext("en", "week", "weeks", 2) == "weeks"
    assert i18n.pgettext("nb", "CLDR date pattern", "d MMMM y") == "d. MMMM y"
    assert i18n.gettext("nn", "a text no catalog has") == "a text no catalog has"


def test_a_table_reads_each_language_once():
    table = i18n.Texts({"unit": i18n.N_("NOK\u00a0{n}"), "n": 3, "none": "",
                        "date": i18n.NP_("CLDR date pattern", "d MMMM y")})
    assert table["nn"] == {"unit": "{n}\u00a0kr", "n": 3, "none": "", "date": "d. MMMM y"}
    assert table["nn"] is table["nn"] and sorted(table) == sorted(i18n.LANGS)
    with pytest.raises(KeyError):
        table["de"]
