"""Why a rule was not reviewed: it needs a parent, amended or previous document that is
not at hand. One sentence for the text output, the HTML/PDF report and JUnit, in nb, nn
and en.

The reason is run.checker's (relation, named id or None, and "self", "ambiguous" or
"other_agency" when the named document is at hand but unusable); docs/json-format.md names
the same reasons.
"""

from __future__ import annotations

from ..run.disclosure import reason_key
from ..terms import known

WHY = {
    "nb": {"parent": "overordnet styringsdokument", "previous": "fjorårets dokument",
           "absent": "trenger {what} {named}, som ikke er med i kontrollen",
           "self": "trenger {what}, men dokumentet oppgir seg selv ({named})",
           "ambiguous": "trenger {what} {named}, men flere filer i kontrollen har den id-en",
           "other_agency": "trenger {what} {named}, men det er ikke vist at det gjelder "
                           "samme virksomhet (utsteder og mottaker)",
           "none": "trenger {what}, men dokumentet oppgir ikke noe",
           # a supplementary letter's parent is the letter it amends (document.amends)
           "amends_absent": "trenger tildelingsbrevet det endrer, {named}, som ikke er med i "
                            "kontrollen",
           "amends_self": "trenger tildelingsbrevet det endrer, men dokumentet oppgir seg "
                          "selv ({named})",
           "amends_ambiguous": "trenger tildelingsbrevet det endrer, {named}, men flere filer "
                               "i kontrollen har den id-en",
           "amends_none": "trenger tildelingsbrevet det endrer, men dokumentet oppgir ikke "
                          "noe"},
    "nn": {"parent": "overordna styringsdokument", "previous": "dokumentet frå i fjor",
           "absent": "treng {what} {named}, som ikkje er med i kontrollen",
           "self": "treng {what}, men dokumentet oppgir seg sjølv ({named})",
           "ambiguous": "treng {what} {named}, men fleire filer i kontrollen har den id-en",
           "other_agency": "treng {what} {named}, men det er ikkje vist at det gjeld "
                           "same verksemd (utferdar og mottakar)",
           "none": "treng {what}, men dokumentet oppgir ikkje noko",
           "amends_absent": "treng tildelingsbrevet det endrar, {named}, som ikkje er med i "
                            "kontrollen",
           "amends_self": "treng tildelingsbrevet det endrar, men dokumentet oppgir seg "
                          "sjølv ({named})",
           "amends_ambiguous": "treng tildelingsbrevet det endrar, {named}, men fleire filer "
                               "i kontrollen har den id-en",
           "amends_none": "treng tildelingsbrevet det endrar, men dokumentet oppgir ikkje "
                          "noko"},
    "en": {"parent": "parent document", "previous": "previous document",
           "absent": "needs the {what} {named}, which was not checked with it",
           "self": "needs the {what}, but the document names itself ({named})",
           "ambiguous": "needs the {what} {named}, but more than one file in this run has "
                        "that id",
           "other_agency": "needs the {what} {named}, but it is not shown to concern the "
                           "same agency (issuer and recipient)",
           "none": "needs a {what}, but the document names none",
           "amends_absent": "needs the letter it amends, {named}, which was not checked with "
                            "it",
           "amends_self": "needs the letter it amends, but the document names itself "
                          "({named})",
           "amends_ambiguous": "needs the letter it amends, {named}, but more than one file "
                               "in this run has that id",
           "amends_none": "needs the letter it amends, but the document names none"},
}


def why_not_reviewed(reason, lang: str | None) -> str:
    """The reason as a reader of `lang` says it: «trenger overordnet styringsdokument X,
    som ikke er med i kontrollen»."""
    words = WHY[known(lang)]
    if not isinstance(reason, tuple):
        return str(reason)
    relation, named = reason[0], reason[1]
    key = reason_key(reason)
    template = words.get(f"{relation}_{key}", words[key])  # a relation with its own sentence
    return template.format(what=words.get(relation, str(relation)), named=named)
