"""What a document states, as the report's tables show it: a value the document leaves
out or writes null (format 2: unknown is a value) reads «ikke oppgitt», never 0 or «–»."""

from __future__ import annotations

from ..catalog.known import is_income, target_kind, targets
from ..catalog.values import is_number
from ..numbers import budget, nok, with_unit
from ..numbers import date as prose_date
from ..numbers import number as locale_number
from ..terms import term
from .words import REPORT as WORDS


def _text(value) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value) if isinstance(value, (str, int, float)) else ""


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def indicator_lines(indicators, lang: str) -> list[dict]:
    """Each indicator of a goal with its targets as the reader would say them."""
    words = WORDS[lang]
    lines = []
    for indicator in indicators if isinstance(indicators, list) else []:
        if not isinstance(indicator, dict):
            continue
        if "targets" in indicator and indicator["targets"] is None:
            said = [term("not_stated", lang)]
        else:
            said = [target_text(t, indicator, lang) for t in targets(indicator)]
        lines.append({"id": _text(indicator.get("id")), "name": _text(indicator.get("name")),
                      "target": f"{words['target']} {'; '.join(said)}" if said else ""})
    return lines


def target_text(target: dict, indicator: dict, lang: str) -> str:
    """One resultatkrav: its number with unit, or its words; and when it applies."""
    words, unstated = WORDS[lang], term("not_stated", lang)
    value, unit = target.get("value"), indicator.get("unit")
    described = _shorten(_text(target.get("description")), 80)
    if is_number(value):
        unit_text = _text(indicator.get("unit_text"))
        if unit_text and unit in (None, "other"):
            wanted = f"{locale_number(value, lang)} {unit_text}"
        elif unit is None:
            wanted = f"{locale_number(value, lang)} ({words['unit']}: {unstated})"
        else:
            wanted = with_unit(value, _text(unit), lang)
    elif value is None and ("value" in target or target.get("kind") == "numeric"):
        wanted = f"{unstated}: {described}" if described else unstated  # number not known
    else:
        wanted = described or unstated
    period = _text(target.get("period"))
    if not period and target_kind(target) == "milestone" and _text(target.get("deadline")):
        period = prose_date(_text(target["deadline"]), lang)
    return f"{wanted} ({period or words['period'] + ': ' + unstated})"


def budget_rows(data: dict, lang: str) -> dict:
    """The budget lines (kap./post, title, amount); `stated` is false when the document
    writes its budget or its lines null."""
    budget_part = data.get("budget")
    lines = budget_part.get("lines") if isinstance(budget_part, dict) else None
    stated = not (("budget" in data and budget_part is None)
                  or (isinstance(budget_part, dict) and "lines" in budget_part
                      and (lines is None or None in (lines or []))))
    rows = []
    for line in lines if isinstance(lines, list) else []:
        if not isinstance(line, dict):
            continue
        amount = line.get("amount")
        chapter, post = _text(line.get("chapter")), _text(line.get("post"))
        rows.append({
            "id": _text(line.get("id")),
            "address": budget(f"{chapter}/{post}", lang) if chapter and post else chapter,
            "title": _text(line.get("title")),
            "amount": nok(amount, lang) if is_number(amount) else term("not_stated", lang),
            "income": is_income(line),
        })
    return {"rows": rows, "stated": stated}
