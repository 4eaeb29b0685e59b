"""What a document states and what it leaves unknown (format 2), read the same way for
format 1: targets as a list, income posts, risk tolerance, the new sections.

A fact property a rule needs but the document does not state is listed in the fact's
`unknown`; the checker reports such a rule on such an item as not reviewed.
"""

from __future__ import annotations

from ..document.periods import parse_period
from .values import is_number, is_text, iso_date, whole_number

MEETINGS = ("governance_meeting", "half_year_meeting", "annual_report_meeting")
INCOME_CHAPTERS = range(3000, 6000)  # kap. 3000–5999: inntekter


def targets(indicator: dict) -> list[dict]:
    """The indicator's targets: format 2's `targets`, or format 1's single `target`."""
    listed = indicator.get("targets")
    if isinstance(listed, list):
        return [t for t in listed if isinstance(t, dict)]
    single = indicator.get("target")
    return [single] if isinstance(single, dict) else []


def target_kind(target: dict) -> str:
    kind = target.get("kind")
    if kind in ("numeric", "qualitative", "milestone"):
        return kind
    return "numeric" if "value" in target else "qualitative"


def _when(target: dict) -> bool:
    return parse_period(target.get("period")) is not None or (
        target_kind(target) == "milestone" and iso_date(target.get("deadline")) is not None)


def target_facts(indicator: dict) -> dict:
    """has_target (a requirement with a period: a number, or words), quantitative (it is
    steered by a number), counts per kind. `targets: null`, or a target with a null part
    and none complete, leaves has_target unknown; no target and no unit leave
    quantitative unknown."""
    found = targets(indicator)
    kinds = [target_kind(t) for t in found]
    stated = [t for t in found if _when(t) and (
        is_number(t.get("value")) or is_text(t.get("description")))]
    open_parts = any(t.get(k, 0) is None for t in found
                     for k in ("value", "description", "period", "deadline"))
    properties = {
        "has_target": bool(stated),
        "target_count": len(found),
        "numeric_target_count": kinds.count("numeric"),
        "qualitative_target_count": kinds.count("qualitative"),
        "milestone_target_count": kinds.count("milestone"),
    }
    unknown = []
    if not stated and (open_parts or ("targets" in indicator and indicator["targets"] is None)):
        unknown.append("has_target")
    if found:
        properties["quantitative"] = "numeric" in kinds
    elif indicator.get("unit") is not None:
        properties["quantitative"] = True
    else:
        unknown.append("quantitative")
    properties["unknown"] = unknown
    return properties


def numeric_view(indicator: dict) -> dict:
    """The indicator as follow-up reads it: one `target`, the first with a number."""
    numeric = next((t for t in targets(indicator) if is_number(t.get("value"))), None)
    view = dict(indicator)
    view.pop("targets", None)
    if numeric is not None:
        view["target"] = numeric
    else:
        view.pop("target", None)
    return view


def is_income(line: dict) -> bool:
    chapter = line.get("chapter")
    return isinstance(chapter, str) and chapter.isdigit() and int(chapter) in INCOME_CHAPTERS


def tolerance(data: dict) -> dict:
    """The agreed risk tolerance, when the document states one."""
    stated = data.get("risk_tolerance")
    if not isinstance(stated, dict):
        return {}
    found = {}
    score = whole_number(stated.get("max_score"))
    if score is not None:
        found["tolerance_score"] = score
    if is_text(stated.get("agreed_with")):
        found["tolerance_agreed_with"] = stated["agreed_with"]
    return found


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def document_facts(data: dict, meta: dict, lines: list) -> dict:
    """Counts over format 2's sections and letter metadata, and the budget split into
    expenditure and income; `unknown` names what the document leaves open."""
    spending = [line.data for line in lines if not is_income(line.data)]
    amounts = [line.get("amount") for line in spending]
    allocated = sum(1 for a in amounts if is_number(a) and a > 0)
    unknown = []
    if spending and not allocated and any(a is None for a in amounts):
        unknown.append("allocated_line_count")  # lines stated, their money not
    instructions = _list(data, "instructions")
    parent = meta.get("parent")
    facts = {
        "expenditure_line_count": len(spending),
        "income_line_count": len(lines) - len(spending),
        "allocated_line_count": allocated,
        "budget_basis_count": len(_list(data.get("budget") or {}, "basis"))
        if isinstance(data.get("budget"), dict) else 0,
        "government_requirement_count": len(_list(data, "government_requirements")),
        "audit_follow_up_count": len(_list(data, "audit_follow_up")),
        "evaluation_count": len(_list(data, "evaluations")),
        "instruction_count": len(instructions),
        "has_main_instruction": any(i.get("kind") == "main_instruction" for i in instructions),
        "has_risk_tolerance": isinstance(data.get("risk_tolerance"), dict),
        "has_reference": is_text(meta.get("reference")),
        "has_date": iso_date(meta.get("date")) is not None,
        "signatory_count": len(_list(meta, "signatories")),
        "attachment_count": len(_list(meta, "attachments")),
        "parent_count": len(parent) if isinstance(parent, list) else int(is_text(parent)),
        "amends": meta["amends"] if is_text(meta.get("amends")) else "",
        "unknown": unknown,
    }
    return facts
