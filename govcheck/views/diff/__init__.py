"""What changed between two goal documents: `govcheck diff OLD NEW`.

`compare` matches the items of two documents, usually last year's and this year's
letter — goals, indicators, budget lines, assignments (oppdrag), risks — and lists
what was added, removed and changed; given the checker's results for both, also the
findings new, resolved and persistent. `render_text` and `render_json` print it.

Matching: by id first; then an unmatched item whose title (name, for indicators)
equals that of an unmatched item on the other side, ignoring case and runs of
whitespace, is the same item under a new id; a budget line without id is keyed by
chapter and post. Matching is linear in the number of items. References (a goal's
parent, an indicator's goal) are compared through that matching, so renaming a
parent is not reported again on every child.

Target periods are compared relative to the document year: a target for 2024 in
the 2024 letter and one for 2025 in the 2025 letter is the same target, since
every indicator would otherwise show a change year on year.

Modules: model (the Diff and its JSON), goals (goals and indicators), other (budget
lines, assignments, risks), text (the readable report); annual compares two annual
reports instead (results and oppdrag statuses year over year).
"""

from __future__ import annotations

import json

from ...document.items import items
from ...document.loader import Document
from ..trend import finding_changes
from .goals import goal_sections, year_of
from .model import COUNTED, Change, Diff, Entry, Findings, Section, Side
from .other import other_section
from .text import render_text

__all__ = ["Change", "Diff", "Entry", "Findings", "Section", "Side", "compare",
           "render_json", "render_text"]


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _side(document: Document) -> Side:
    meta = document.data.get("document")
    meta = meta if isinstance(meta, dict) else {}
    return Side(document.file, _text(meta.get("id")), year_of(document.data),
                _text(meta.get("type")), _text(meta.get("recipient")))


def _counts(data: dict) -> dict[str, int]:
    goals = items(data, "goal")
    return {
        "goals": len(goals),
        "level1_goals": sum(1 for g in goals if not isinstance(g.data.get("level"), bool)
                            and g.data.get("level") == 1),
        "indicators": len(items(data, "indicator")),
        "assignments": len(items(data, "assignment")),
        "budget_lines": len(items(data, "budget_line")),
        "risks": len(items(data, "risk")),
    }


def _warnings(old: Side, new: Side) -> tuple:
    """The two documents are not two years of one thing: another type or recipient."""
    found = []
    if old.type != new.type:
        found.append(("type", old.type, new.type))
    same = [" ".join(s.recipient.split()).casefold() if s.recipient else None
            for s in (old, new)]
    if same[0] != same[1]:
        found.append(("recipient", old.recipient, new.recipient))
    return tuple(found)


def compare(old: Document, new: Document, results: tuple | None = None) -> Diff:
    """Everything added, removed and changed from `old` to `new`; with `results` (the
    checker's Result for old and new) also the findings compared."""
    goals, indicators = goal_sections(old, new)
    old_counts, new_counts = _counts(old.data), _counts(new.data)
    findings = Findings(*finding_changes(*results)) if results else None
    old_side, new_side = _side(old), _side(new)
    return Diff(old_side, new_side, {k: (old_counts[k], new_counts[k]) for k in COUNTED},
                goals, indicators, other_section(old, new, "budget_line"),
                other_section(old, new, "assignment"), other_section(old, new, "risk"),
                findings, _warnings(old_side, new_side))


def render_json(diff: Diff) -> str:
    """The versioned JSON form; same diff, same bytes."""
    return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
