"""Why a rule was not reviewed: it needs a parent, amended or previous document that is
not at hand. One sentence for the text output, the HTML/PDF report and JUnit, in nb, nn
and en.

The reason is run.checker's (relation, named id or None, and "self" or "ambiguous" when
the named document is at hand but unusable); docs/json-format.md names the same reasons.
"""

from __future__ import annotations

from govcheck.i18n import N_, Texts

from ..run.disclosure import reason_key
from ..terms import known

WHY = Texts({
    "parent": N_("parent document"),
    "previous": N_("previous document"),
    "absent": N_("needs the {what} {named}, which was not checked with it"),
    "self": N_("needs the {what}, but the document names itself ({named})"),
    "ambiguous": N_("needs the {what} {named}, but more than one file in this run has that id"),
    "none": N_("needs a {what}, but the document names none"),
    "amends_absent": N_("needs the letter it amends, {named}, which was not checked with it"),
    "amends_self": N_("needs the letter it amends, but the document names itself ({named})"),
    "amends_ambiguous": N_("needs the letter it amends, {named}, but more than one file in this "
                           "run has that id"),
    "amends_none": N_("needs the letter it amends, but the document names none"),
})


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
