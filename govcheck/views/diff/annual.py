"""Two years' annual reports side by side (`govcheck diff` of two annual reports): the
figure per styringsparameter before and after with the change, and each oppdrag's status.
"""

from __future__ import annotations

import json

from govcheck.i18n import N_, Texts

from ...catalog.values import is_number
from ...numbers import with_unit
from ...safe import text as safe_text
from ...terms import known


def _figures(data: dict) -> dict:
    """indicator id → (period, value, unit) of its first figure with a number, or None."""
    found = {}
    results = data.get("results")
    for entry in results if isinstance(results, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("indicator"), str):
            continue
        values = entry.get("values") if isinstance(entry.get("values"), list) else []
        numbers = [(str(v.get("period")), v["value"],
                    v.get("unit") if isinstance(v.get("unit"), str) else None) for v in values
                   if isinstance(v, dict) and is_number(v.get("value"))]
        found.setdefault(entry["indicator"], numbers[0] if numbers else None)
    return found


def _statuses(data: dict) -> dict:
    entries = data.get("assignment_status")
    return {e["assignment"]: e.get("status") for e in entries if isinstance(e, dict)
            and isinstance(e.get("assignment"), str)} if isinstance(entries, list) else {}


def compare_reports(old: dict, new: dict) -> dict:
    """Results year over year, by indicator id: last year's figure and this year's, each
    (period, value, unit) or None when missing, and the change when both are there in the
    same unit. Oppdrag statuses of both years."""
    before, after = _figures(old), _figures(new)
    rows = []
    for identifier in sorted(set(before) | set(after)):
        then, now = before.get(identifier), after.get(identifier)
        change = now[1] - then[1] if then and now and then[2] == now[2] else None
        rows.append({"indicator": identifier, "before": then, "after": now,
                     "change": round(change, 9) if change is not None else None})
    statuses = [{"assignment": a, "before": _statuses(old).get(a), "after": _statuses(new).get(a)}
                for a in sorted(set(_statuses(old)) | set(_statuses(new)))]
    ids = [d.get("document", {}).get("id") if isinstance(d.get("document"), dict) else None
           for d in (old, new)]
    return {"documents": [i if isinstance(i, str) else "" for i in ids], "results": rows,
            "assignments": statuses}


def render_json(comparison: dict) -> str:
    return json.dumps(comparison, ensure_ascii=False, indent=2) + "\n"


COMPARE_WORDS = Texts({
    "results": N_("Results per indicator"),
    "assignments": N_("Assignments"),
    "indicator": N_("indicator"),
    "assignment": N_("assignment"),
    "before": N_("before"),
    "after": N_("now"),
    "change": N_("change"),
    "none": "–",
    "done": N_("done"),
    "partly": N_("partly done"),
    "not_done": N_("not done"),
})


def render_comparison(comparison: dict, lang: str) -> str:
    """Two years' annual reports as plain-text tables."""
    words = COMPARE_WORDS[known(lang)]

    def figure(pair) -> str:
        return f"{with_unit(pair[1], pair[2], lang)} ({pair[0]})" if pair else words["none"]

    lines = [" → ".join(safe_text(i) for i in comparison.get("documents", ())), "",
             words["results"], ""]
    table = [[words["indicator"], words["before"], words["after"], words["change"]]]
    for row in comparison["results"]:
        change = row["change"]
        table.append([safe_text(row["indicator"]), figure(row["before"]), figure(row["after"]),
                      words["none"] if change is None else
                      ("+" if change > 0 else "")
                      + with_unit(change, row["after"][2], lang)])
    lines += _aligned(table)
    lines += ["", words["assignments"], ""]
    table = [[words["assignment"], words["before"], words["after"]]]
    for row in comparison["assignments"]:
        table.append([safe_text(row["assignment"]),
                      *(words.get(s, safe_text(s)) if s else words["none"]
                        for s in (row["before"], row["after"]))])
    return "\n".join(lines + _aligned(table)) + "\n"


def _aligned(table: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in table]
