"""Words of the format in nb, nn and en (docs/terminology.md), for messages and reports.

The English words are the message ids of the gettext catalogs (docs/translating.md).
"""

from __future__ import annotations

from govcheck.i18n import LANGS, N_, NP_, Texts, npgettext

# The format's words as a reader says them; English keeps the format's own word (underscores
# as spaces) except where another is written here.
TERMS = Texts({
    "allocation_letter": N_("allocation letter"),
    "disposition_letter": N_("disposition letter"),
    "business_plan": N_("business plan"),
    "annual_report": N_("annual report"),
    "input": N_("input"),
    "activity": N_("activity"),
    "output": N_("products and services"),
    "outcome": N_("outcome"),
    "none": N_("none"),
    "user": N_("user"),
    "production": N_("production"),
    "employee": N_("employee"),
    "finance": N_("finance"),
    "document": N_("document"),
    "strategic_goal": N_("strategic goal"),
    "goal": N_("goal"),
    "indicator": N_("indicator"),
    "assignment": N_("assignment"),
    "risk": N_("risk"),
    "control": N_("control"),
    "mechanism": N_("mechanism"),
    "budget_line": N_("budget line"),
    "authorisation": N_("authorisation"),
    "reporting": N_("reporting"),
    "legal_basis": N_("legal basis"),
    "evaluation": N_("evaluation"),
    "nothing": N_("nothing"),
    "planning": N_("planning"),
    "implementation": N_("implementation"),
    "evaluation_goals": N_("which goals it informs (`goals`)"),
    "evaluation_period": N_("when it is to be carried out (`period`)"),
    "percent": N_("percent"),
    "count": N_("count"),
    "days": N_("days"),
    "weeks": N_("weeks"),
    "nok": N_("NOK"),
    "ratio": N_("ratio"),
    "score": N_("score"),
    "higher_is_better": N_("higher is better"),
    "lower_is_better": N_("lower is better"),
    "on_target": N_("on target"),
    "accept": N_("accept"),
    "reduce": N_("reduce"),
    "transfer": N_("transfer"),
    "avoid": N_("avoid"),
    "over_frame": N_("spending has already passed the year's allocation"),
    "overspent": N_("overspending at year end"),
    "underspent": N_("underspending at year end, beyond the 5 % that may be carried over"),
    "no_allocation": N_("spending without an allocation"),
    "treatment_choice": N_("a treatment (reduce, transfer or avoid)"),
    "complete_measure": N_("a measure with owner and deadline"),
    "no_deadline": N_("has no deadline"),
    "deadline_before_year": N_("has a deadline before the budget year"),
    "agreed_tolerance": N_("above the agreed risk tolerance"),
    "govcheck_threshold": N_("a govcheck threshold, no agreed risk tolerance stated"),
    "source": N_("source"),
    "frequency": N_("frequency"),
    "owner": N_("owner"),
    "yes": N_("yes"),
    "no": N_("no"),
    "not_stated": N_("not stated"),
    "supplementary_allocation_letter": N_("supplementary allocation letter"),
    "nb": N_("Bokmål"),
    "nn": N_("Nynorsk"),
    "en": N_("English"),
    "standing": N_("standing"),
    "priority": N_("priority"),
    "numeric": N_("numeric"),
    "qualitative": NP_("TERMS.qualitative", "qualitative"),
    "milestone": N_("milestone"),
    "hours": N_("hours"),
    "minutes": N_("minutes"),
    "other": N_("other"),
    "monthly": N_("monthly"),
    "tertial": N_("tertial"),
    "quarterly": N_("quarterly"),
    "annual": N_("annual"),
    "not_started": N_("not started"),
    "in_progress": N_("in progress"),
    "done": NP_("TERMS.done", "done"),
    "cancelled": N_("cancelled"),
    "goals_and_results": N_("goals and results"),
    "reliable_reporting": N_("reliable reporting"),
    "compliance": N_("compliance"),
    "user_council": N_("user council"),
    "survey": N_("survey"),
    "co_design": N_("co-design"),
    "consultation": N_("consultation"),
    "systemic": N_("systemic"),
    "individual": N_("individual"),
    "proposition": N_("proposition"),
    "recommendation": N_("recommendation"),
    "decision": N_("decision"),
    "tertial_report": N_("tertial report"),
    "monthly_report": N_("monthly report"),
    "governance_meeting": N_("governance meeting"),
    "half_year_meeting": N_("half year meeting"),
    "annual_report_meeting": N_("annual report meeting"),
    "budget_proposal": N_("budget proposal"),
    "deadline": N_("deadline"),
    "internal": N_("internal"),
    "external": N_("external"),
    "main_instruction": N_("main instruction"),
    "financial_instruction": N_("financial instruction"),
})


# English keeps the format's own word (underscores as spaces) except where listed.

# Severity words (docs/terminology.md says why), singular or plural.
SEVERITY_WORDS = {
    "error": lambda lang, n: npgettext(lang, "severity", "error", "errors", n),
    "warning": lambda lang, n: npgettext(lang, "severity", "warning", "warnings", n),
    "info": lambda lang, n: npgettext(lang, "severity", "info", "info", n),
}


def known(lang: str | None) -> str:
    """The language to use: nb for anything unknown."""
    return lang if lang in LANGS else "nb"


def term(word: str, lang: str) -> str:
    """A format word as the reader's language says it; English keeps the format's word."""
    if lang in ("nb", "nn"):
        return TERMS[lang].get(word, word)
    return TERMS["en"].get(word, word.replace("_", " "))


# The words that close a list: «A, B og C»; «A, B eller C».
CONJUNCTIONS = Texts({"and": N_("and"), "or": N_("or")})


def listing(items, lang: str, conjunction: str = "and") -> str:
    """Items as prose: commas between them and «og»/«eller» before the last."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {CONJUNCTIONS[known(lang)][conjunction]} {items[-1]}"


def severity_word(severity: str, lang: str, count: int = 1) -> str:
    return SEVERITY_WORDS[severity](known(lang), 1 if count == 1 else 2)


def glossary_markdown() -> str:
    """docs/glossary.md: the format's English words and how Norwegian reports say them."""
    lines = ["# Glossary", "",
             "The goal-document format's keys and values are English. Reports and messages",
             "in Norwegian say them with these words (from `govcheck/terms.py`; this page is",
             "generated from it, and a test keeps it current; docs/terminology.md gives the",
             "sources). Words not listed are shown as they are (in English with spaces for",
             "underscores).", "",
             "| format | bokmål | nynorsk | English |", "| --- | --- | --- | --- |"]
    for word in TERMS["nb"]:
        lines.append(f"| `{word}` | {term(word, 'nb')} | {term(word, 'nn')} | "
                     f"{term(word, 'en')} |")
    return "\n".join(lines) + "\n"


def pick(texts: dict, lang: str) -> str:
    """A text of a {nb, nn, en} mapping; a text without nn falls back on nb."""
    lang = known(lang)
    if lang in texts:
        return texts[lang]
    return texts["nb"] if lang == "nn" and "nb" in texts else texts.get("en", "")
