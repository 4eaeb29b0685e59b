"""A ministry's view: every document checked with one catalog, one row each, ranked.

A row holds a document's verdict per requirement area, its counts by severity and
its goal and indicator counts beside the thresholds. Rows are ranked worst first:
most errors, then warnings, then information, then by file.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from .. import safe
from ..findings import SEVERITIES
from ..run.summary import area_status
from ..terms import severity_word

STATUS_MARK = {"met": "✓", "not_met": "✗", "not_reviewed": "?", "not_applicable": "–"}


@dataclass(frozen=True)
class Row:
    file: str
    document_id: str
    agency: str
    type: str
    year: int | None
    areas: dict  # area → status
    counts: dict  # severity → unsuppressed findings
    level1_goals: int
    goals: int
    indicators: int
    error: str = ""  # the load error of an unreadable file


@dataclass(frozen=True)
class Portfolio:
    areas: tuple
    thresholds: dict  # max_top_goals, max_goals
    rows: tuple  # ranked


def _row(result) -> Row:
    meta = result.meta
    counts = {severity: sum(1 for f in result.active if f.severity == severity)
              for severity in SEVERITIES}
    if result.error:
        return Row(result.file, "", "", "", None, {}, counts, 0, 0, 0, str(result.error))
    fact = result.document_fact
    year = meta.get("year")
    return Row(
        file=result.file, document_id=result.document_id,
        agency=str(meta.get("recipient", "")), type=result.document_type,
        year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        areas=area_status(result), counts=counts,
        level1_goals=fact.get("level1_count", 0), goals=fact.get("goal_count", 0),
        indicators=fact.get("indicator_count", 0),
    )


def build(results, settings) -> Portfolio:
    """Rows for the results, ranked; `settings` give the areas and thresholds."""
    rows = [_row(result) for result in results]
    rows.sort(key=lambda r: (not r.error, -r.counts["error"], -r.counts["warning"],
                             -r.counts["info"], r.file))
    values = settings.parameter_values
    return Portfolio(
        areas=tuple(settings.catalog.areas()),
        thresholds={"max_top_goals": values["max_top_goals"], "max_goals": values["max_goals"]},
        rows=tuple(rows),
    )


def _headings(lang: str) -> dict:
    if lang == "en":
        return {"document": "document", "agency": "agency", "type": "type", "year": "year",
                "level1": "level 1", "goals": "goals", "indicators": "indicators"}
    return {"document": "dokument", "agency": "virksomhet", "type": "type", "year": "år",
            "level1": "nivå 1", "goals": "mål", "indicators": "styringsparametere"}


def render_text(portfolio: Portfolio, lang: str) -> str:
    words = _headings(lang)
    header = [words["document"], words["agency"], words["year"], *portfolio.areas,
              *(severity_word(s, lang, 2) for s in SEVERITIES),
              f"{words['level1']} (≤{portfolio.thresholds['max_top_goals']})",
              f"{words['goals']} (≤{portfolio.thresholds['max_goals']})", words["indicators"]]
    table = [header]
    for row in portfolio.rows:
        if row.error:
            table.append([safe.text(row.file), safe.text(row.error)])
            continue
        table.append([safe.text(row.document_id), safe.text(row.agency), str(row.year or ""),
                      *(STATUS_MARK[row.areas[a]] for a in portfolio.areas),
                      *(str(row.counts[s]) for s in SEVERITIES),
                      _against(row.level1_goals, portfolio.thresholds["max_top_goals"]),
                      _against(row.goals, portfolio.thresholds["max_goals"]),
                      str(row.indicators)])
    widths = [max(len(r[i]) for r in table if len(r) > i and len(r) == len(header))
              for i in range(len(header))]
    lines = []
    for cells in table:
        if len(cells) != len(header):
            lines.append("  ".join(cells))
            continue
        lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    legend = ("✓ met  ✗ not met  ? not reviewed  – not applicable" if lang == "en"
              else "✓ oppfylt  ✗ ikke oppfylt  ? ikke vurdert  – ikke relevant")
    return "\n".join(lines + ["", legend]) + "\n"


def _against(count: int, limit: int) -> str:
    return f"{count}!" if count > limit else str(count)


def render_json(portfolio: Portfolio) -> str:
    payload = {"format": "govcheck-portfolio", "version": 1, "areas": list(portfolio.areas),
               "thresholds": portfolio.thresholds,
               "rows": [asdict(row) for row in portfolio.rows]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_csv(portfolio: Portfolio) -> str:
    """Counts and years are numbers; every text cell goes through safe.csv_cell, which
    keeps a spreadsheet from reading it as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(safe.csv_cell(cell) for cell in [
        "file", "document_id", "agency", "type", "year", *portfolio.areas, *SEVERITIES,
        "level1_goals", "goals", "indicators", "load_error"])
    for row in portfolio.rows:
        writer.writerow(safe.csv_cell(cell) for cell in [
            row.file, row.document_id, row.agency, row.type, row.year or "",
            *(row.areas.get(a, "") for a in portfolio.areas),
            *(row.counts[s] for s in SEVERITIES),
            row.level1_goals, row.goals, row.indicators, row.error])
    return out.getvalue()
