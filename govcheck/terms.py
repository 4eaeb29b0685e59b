"""Words of the format in nb, nn and en (docs/terminology.md), for messages and reports.

One table per language, same keys: tests/test_language.py fails when they drift apart.
"""

from __future__ import annotations

LANGS = ("nb", "nn", "en")

NB = {
    # document types
    "allocation_letter": "tildelingsbrev", "disposition_letter": "mål- og disponeringsbrev",
    "business_plan": "virksomhetsplan", "annual_report": "årsrapport",
    # results chain (DFØ: resultatkjeden)
    "input": "innsatsfaktor", "activity": "aktivitet", "output": "produkter og tjenester",
    "outcome": "effekt", "none": "ingen",
    # perspectives
    "user": "bruker", "production": "produksjon", "employee": "medarbeider", "finance": "økonomi",
    # kinds of item
    "document": "dokument", "strategic_goal": "strategisk mål", "goal": "mål",
    "indicator": "styringsparameter", "assignment": "oppdrag", "risk": "risiko",
    "control": "kontrolltiltak", "mechanism": "medvirkningsordning",
    "budget_line": "bevilgning", "authorisation": "fullmakt", "reporting": "rapporteringskrav",
    "legal_basis": "hjemmel", "evaluation": "evaluering", "nothing": "ingenting",
    # phases of user participation (USER005)
    "planning": "planlegging", "implementation": "gjennomføring",
    # what an evaluation lacks (FOLLOW004)
    "evaluation_goals": "hvilke mål den gir kunnskap om (`goals`)",
    "evaluation_period": "når den skal gjennomføres (`period`)",
    # indicator units and directions
    "percent": "prosent", "count": "antall", "days": "dager", "weeks": "uker", "nok": "kroner",
    "ratio": "forholdstall", "score": "poeng",
    "higher_is_better": "høyere er bedre", "lower_is_better": "lavere er bedre",
    "on_target": "lik resultatkravet",
    # risk treatments (risikohåndtering)
    "accept": "akseptere", "reduce": "redusere", "transfer": "overføre", "avoid": "unngå",
    # spending against the allocation (FOLLOW003)
    "over_frame": "forbruket har allerede passert rammen for hele året",
    "overspent": "forbruket er over årets ramme ved årets slutt",
    "no_allocation": "forbruk uten tildeling",
    # what a high risk or an assignment lacks (RISK002, MRS013)
    "treatment_choice": "en håndteringsstrategi (redusere, overføre eller unngå)",
    "complete_measure": "et tiltak med ansvarlig og frist",
    "no_deadline": "har ingen frist",
    "deadline_before_year": "har en frist før budsjettåret",
    # where RISK002's threshold comes from
    "agreed_tolerance": "over den avtalte risikotoleransen",
    "govcheck_threshold": "govcheck-terskel, ingen avtalt risikotoleranse oppgitt",
    # keys named in messages
    "source": "kilde", "frequency": "hyppighet", "owner": "ansvarlig",
    "yes": "ja", "no": "nei",
    # a value the document leaves out or writes null (format 2: unknown is a value)
    "not_stated": "ikke oppgitt",
    # the format's other enumeration values, as a workbook's cells and lists show them
    "supplementary_allocation_letter": "supplerende tildelingsbrev",
    "nb": "bokmål", "nn": "nynorsk", "en": "engelsk",
    "standing": "varig", "priority": "prioritert",
    "numeric": "tallfestet", "qualitative": "kvalitativt", "milestone": "milepæl",
    "hours": "timer", "minutes": "minutter", "other": "annet",
    "monthly": "månedlig", "tertial": "tertialvis", "quarterly": "kvartalsvis",
    "annual": "årlig",
    "not_started": "ikke startet", "in_progress": "pågår", "done": "fullført",
    "cancelled": "avbrutt",
    "goals_and_results": "mål og resultatkrav", "reliable_reporting": "pålitelig rapportering",
    "compliance": "etterlevelse",
    "user_council": "brukerutvalg", "survey": "brukerundersøkelse", "co_design": "samskaping",
    "consultation": "høring", "systemic": "systemnivå", "individual": "individnivå",
    "proposition": "proposisjon", "recommendation": "innstilling", "decision": "vedtak",
    "tertial_report": "tertialrapport", "monthly_report": "månedsrapport",
    "governance_meeting": "etatsstyringsmøte", "half_year_meeting": "halvårsmøte",
    "annual_report_meeting": "årsrapportmøte", "budget_proposal": "budsjettforslag",
    "deadline": "frist", "internal": "intern", "external": "ekstern",
    "main_instruction": "hovedinstruks", "financial_instruction": "økonomiinstruks",
    # the supplements counted into an amended letter (CASC rules)
    "amended_one": "inkludert supplerende tildelingsbrev {ids}",
    "amended_many": "inkludert supplerende tildelingsbrev {ids}",
}

NN = {
    "allocation_letter": "tildelingsbrev", "disposition_letter": "mål- og disponeringsbrev",
    "business_plan": "verksemdsplan", "annual_report": "årsrapport",
    "input": "innsatsfaktor", "activity": "aktivitet", "output": "produkt og tenester",
    "outcome": "effekt", "none": "ingen",
    "user": "brukar", "production": "produksjon", "employee": "medarbeidar", "finance": "økonomi",
    "document": "dokument", "strategic_goal": "strategisk mål", "goal": "mål",
    "indicator": "styringsparameter", "assignment": "oppdrag", "risk": "risiko",
    "control": "kontrolltiltak", "mechanism": "medverknadsordning",
    "budget_line": "løyving", "authorisation": "fullmakt", "reporting": "rapporteringskrav",
    "legal_basis": "heimel", "evaluation": "evaluering", "nothing": "ingenting",
    "planning": "planlegging", "implementation": "gjennomføring",
    "evaluation_goals": "kva mål ho gir kunnskap om (`goals`)",
    "evaluation_period": "når ho skal gjennomførast (`period`)",
    "percent": "prosent", "count": "tal", "days": "dagar", "weeks": "veker", "nok": "kroner",
    "ratio": "forholdstal", "score": "poeng",
    "higher_is_better": "høgare er betre", "lower_is_better": "lågare er betre",
    "on_target": "lik resultatkravet",
    "accept": "akseptere", "reduce": "redusere", "transfer": "overføre", "avoid": "unngå",
    "over_frame": "forbruket har alt passert ramma for heile året",
    "overspent": "forbruket er over ramma for året ved slutten av året",
    "no_allocation": "forbruk utan tildeling",
    "treatment_choice": "ein handteringsstrategi (redusere, overføre eller unngå)",
    "complete_measure": "eit tiltak med ansvarleg og frist",
    "no_deadline": "har ingen frist",
    "deadline_before_year": "har ein frist før budsjettåret",
    "source": "kjelde", "frequency": "hyppigheit", "owner": "ansvarleg",
    "yes": "ja", "no": "nei",
    "agreed_tolerance": "over den avtalte risikotoleransen",
    "govcheck_threshold": "govcheck-terskel, inga avtalt risikotoleranse oppgitt",
    "not_stated": "ikkje oppgitt",
    "supplementary_allocation_letter": "supplerande tildelingsbrev",
    "nb": "bokmål", "nn": "nynorsk", "en": "engelsk",
    "standing": "varig", "priority": "prioritert",
    "numeric": "talfesta", "qualitative": "kvalitativt", "milestone": "milepæl",
    "hours": "timar", "minutes": "minutt", "other": "anna",
    "monthly": "månadleg", "tertial": "tertialvis", "quarterly": "kvartalsvis",
    "annual": "årleg",
    "not_started": "ikkje starta", "in_progress": "pågår", "done": "fullført",
    "cancelled": "avbrote",
    "goals_and_results": "mål og resultatkrav", "reliable_reporting": "påliteleg rapportering",
    "compliance": "etterleving",
    "user_council": "brukarutval", "survey": "brukarundersøking", "co_design": "samskaping",
    "consultation": "høyring", "systemic": "systemnivå", "individual": "individnivå",
    "proposition": "proposisjon", "recommendation": "innstilling", "decision": "vedtak",
    "tertial_report": "tertialrapport", "monthly_report": "månadsrapport",
    "governance_meeting": "etatsstyringsmøte", "half_year_meeting": "halvårsmøte",
    "annual_report_meeting": "årsrapportmøte", "budget_proposal": "budsjettframlegg",
    "deadline": "frist", "internal": "intern", "external": "ekstern",
    "main_instruction": "hovudinstruks", "financial_instruction": "økonomiinstruks",
    # the supplements counted into an amended letter (CASC rules)
    "amended_one": "medrekna supplerande tildelingsbrev {ids}",
    "amended_many": "medrekna supplerande tildelingsbrev {ids}",
}

# English keeps the format's own word (underscores as spaces) except where listed.
EN = {"nok": "NOK", "output": "products and services",
      "over_frame": "spending has already passed the whole year's frame",
      "overspent": "spending is over the year's frame at year end",
      "no_allocation": "spending without an allocation",
      "treatment_choice": "a treatment (reduce, transfer or avoid)",
      "complete_measure": "a measure with owner and deadline",
      "no_deadline": "has no deadline",
      "evaluation_goals": "which goals it informs (`goals`)",
      "evaluation_period": "when it is to be carried out (`period`)",
      "deadline_before_year": "has a deadline before the budget year",
      "agreed_tolerance": "above the agreed risk tolerance",
      "govcheck_threshold": "a govcheck threshold, no agreed risk tolerance stated",
      "not_stated": "not stated",
      "nb": "Bokmål", "nn": "Nynorsk", "en": "English", "co_design": "co-design",
      "amended_one": "including supplementary allocation letter {ids}",
      "amended_many": "including supplementary allocation letters {ids}"}

# Severity words (docs/terminology.md says why): (one, many).
SEVERITY_WORDS = {
    "nb": {"error": ("feil", "feil"), "warning": ("advarsel", "advarsler"),
           "info": ("til orientering", "til orientering")},
    "nn": {"error": ("feil", "feil"), "warning": ("åtvaring", "åtvaringar"),
           "info": ("til orientering", "til orientering")},
    "en": {"error": ("error", "errors"), "warning": ("warning", "warnings"),
           "info": ("info", "info")},
}


def norwegian(lang: str) -> bool:
    return lang in ("nb", "nn")


def known(lang: str | None) -> str:
    """The language to use: nb for anything unknown."""
    return lang if lang in LANGS else "nb"


def term(word: str, lang: str) -> str:
    """A format word as the reader's language says it; English keeps the format's word."""
    if lang == "nn":
        return NN.get(word, word)
    if lang == "nb":
        return NB.get(word, word)
    return EN.get(word, word.replace("_", " "))


# The words that close a list: «A, B og C»; «A, B eller C».
CONJUNCTIONS = {"nb": {"and": "og", "or": "eller"}, "nn": {"and": "og", "or": "eller"},
                "en": {"and": "and", "or": "or"}}


def listing(items, lang: str, conjunction: str = "and") -> str:
    """Items as prose: commas between them and «og»/«eller» before the last."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {CONJUNCTIONS[known(lang)][conjunction]} {items[-1]}"


def severity_word(severity: str, lang: str, count: int = 1) -> str:
    one, many = SEVERITY_WORDS[known(lang)][severity]
    return one if count == 1 else many


def glossary_markdown() -> str:
    """docs/glossary.md: the format's English words and how Norwegian reports say them."""
    lines = ["# Glossary", "",
             "The goal-document format's keys and values are English. Reports and messages",
             "in Norwegian say them with these words (from `govcheck/terms.py`; this page is",
             "generated from it, and a test keeps it current; docs/terminology.md gives the",
             "sources). Words not listed are shown as they are (in English with spaces for",
             "underscores).", "",
             "| format | bokmål | nynorsk | English |", "| --- | --- | --- | --- |"]
    for word in NB:
        lines.append(f"| `{word}` | {term(word, 'nb')} | {term(word, 'nn')} | "
                     f"{term(word, 'en')} |")
    return "\n".join(lines) + "\n"


def pick(texts: dict, lang: str) -> str:
    """A text of a {nb, nn, en} mapping; a text without nn falls back on nb."""
    lang = known(lang)
    if lang in texts:
        return texts[lang]
    return texts["nb"] if lang == "nn" and "nb" in texts else texts.get("en", "")
