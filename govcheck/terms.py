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
    # spending against the allocation (FOLLOW003)
    "over_frame": "forbruket har allerede passert årets tildeling",
    "overspent": "merforbruk ved årets slutt",
    "underspent": "mindreforbruk ved årets slutt, ut over de 5 % som kan overføres",
    "no_allocation": "forbruk uten tildeling",
    # what a high risk or an assignment lacks (RISK002, MRS013)
    "treatment_choice": "en håndteringsstrategi (redusere, overføre eller unngå)",
    "complete_measure": "et tiltak med ansvarlig og frist",
    "no_deadline": "har ingen frist",
    "deadline_before_year": "har en frist før budsjettåret",
    # keys named in messages
    "source": "kilde", "frequency": "frekvens", "owner": "eier",
}

# where English does not simply use the format's word
EN = {"nok": "NOK", "over_frame": "spending has already passed the year's allocation",
      "overspent": "overspending at year end",
      "underspent": "underspending at year end, beyond the 5 % that may be carried over",
      "no_allocation": "spending without an allocation",
      "treatment_choice": "a treatment (reduce, transfer or avoid)",
      "complete_measure": "a measure with owner and deadline",
      "no_deadline": "has no deadline",
      "deadline_before_year": "has a deadline before the budget year"}

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
