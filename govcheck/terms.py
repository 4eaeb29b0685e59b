"""Words of the format in Norwegian Bokmål (glossary.md), for messages and reports."""

from __future__ import annotations

NB = {
    # severities
    "error": "avvik", "warning": "merknad", "info": "anbefaling",
    # document types
    "allocation_letter": "tildelingsbrev", "disposition_letter": "mål- og disponeringsbrev",
    "business_plan": "virksomhetsplan",
    # results chain
    "input": "innsatsfaktor", "activity": "aktivitet", "output": "resultat", "outcome": "effekt",
    "none": "ingen",
    # perspectives
    "user": "bruker", "production": "produksjon", "employee": "medarbeider", "finance": "økonomi",
    # kinds of item
    "document": "dokument", "strategic_goal": "strategisk mål", "goal": "mål",
    "indicator": "styringsparameter", "assignment": "oppdrag", "risk": "risiko",
    "control": "kontrolltiltak", "mechanism": "medvirkningsordning",
    "budget_line": "budsjettpost", "authorisation": "fullmakt", "reporting": "rapporteringskrav",
    "legal_basis": "hjemmel", "nothing": "ingenting",
    # indicator units and directions
    "percent": "prosent", "count": "antall", "days": "dager", "nok": "kroner",
    "ratio": "forholdstall", "score": "poeng",
    "higher_is_better": "høyere er bedre", "lower_is_better": "lavere er bedre",
    "on_target": "på målet",
    # risk treatments
    "accept": "akseptere", "reduce": "redusere", "transfer": "overføre", "avoid": "unngå",
    # keys named in messages
    "source": "kilde", "frequency": "frekvens", "owner": "eier",
}

EN = {"nok": "NOK"}  # where English does not simply use the format's word

PLURAL_NB = {"error": "avvik", "warning": "merknader", "info": "anbefalinger"}


def term(word: str, lang: str) -> str:
    """A format word as the reader's language says it; English keeps the format's word."""
    if lang in ("nb", "nn"):
        return NB.get(word, word)
    return EN.get(word, word.replace("_", " "))


def severity_word(severity: str, lang: str, count: int = 1) -> str:
    if lang in ("nb", "nn"):
        return PLURAL_NB[severity] if count != 1 else NB[severity]
    return severity + ("s" if count != 1 and severity != "info" else "")


def glossary_markdown() -> str:
    """docs/glossary.md: the format's English words and how Norwegian reports say them."""
    lines = ["# Glossary", "",
             "The goal-document format's keys and values are English. Reports and messages",
             "in Norwegian say them with these words (from `govcheck/terms.py`; this page is",
             "generated from it, and a test keeps it current). Nynorsk reports use the same",
             "words for now. Words not listed are shown as they are (in English with spaces",
             "for underscores).", "",
             "| format | bokmål | English |", "| --- | --- | --- |"]
    for word, norwegian in NB.items():
        lines.append(f"| `{word}` | {norwegian} | {term(word, 'en')} |")
    return "\n".join(lines) + "\n"
