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
from ..terms import known, severity_word
from .annual import attainment_shares

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
    annual: dict | None = None  # an annual report read against its letters (views/annual)


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
        indicators=fact.get("indicator_count", 0), annual=attainment_shares(result),
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


HEADINGS = {
    "nb": {"document": "dokument", "agency": "virksomhet", "type": "type", "year": "år",
           "level1": "nivå 1", "goals": "mål", "indicators": "styringsparametere",
           "legend": "✓ oppfylt  ✗ ikke oppfylt  ? ikke vurdert  – ikke relevant",
           "annual": "{doc}: styringsparametere rapportert {reported} av {indicators}, nådd "
                     "{met} av {judged} som kunne vurderes; oppdrag utført {done} av "
                     "{assignments}"},
    "nn": {"document": "dokument", "agency": "verksemd", "type": "type", "year": "år",
           "level1": "nivå 1", "goals": "mål", "indicators": "styringsparametrar",
           "legend": "✓ oppfylt  ✗ ikkje oppfylt  ? ikkje vurdert  – ikkje relevant",
           "annual": "{doc}: styringsparametrar rapporterte {reported} av {indicators}, nådde "
                     "{met} av {judged} som kunne vurderast; oppdrag utførte {done} av "
                     "{assignments}"},
    "en": {"document": "document", "agency": "agency", "type": "type", "year": "year",
           "level1": "level 1", "goals": "goals", "indicators": "indicators",
           "legend": "✓ met  ✗ not met  ? not reviewed  – not applicable",
           "annual": "{doc}: indicators reported {reported} of {indicators}, met {met} of "
                     "{judged} that could be judged; assignments done {done} of "
                     "{assignments}"},
}


def render_text(portfolio: Portfolio, lang: str) -> str:
    words = HEADINGS[known(lang)]
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
    reports = [words["annual"].format(doc=safe.text(row.document_id), **row.annual)
               for row in portfolio.rows if row.annual]
    return "\n".join(lines + ["", words["legend"]] + ([""] + reports if reports else [])) + "\n"


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
        "level1_goals", "goals", "indicators", "load_error", "indicators_reported",
        "indicators_met", "indicators_judged", "assignments_done", "assignments"])
    for row in portfolio.rows:
        writer.writerow(safe.csv_cell(cell) for cell in [
            row.file, row.document_id, row.agency, row.type, row.year or "",
            *(row.areas.get(a, "") for a in portfolio.areas),
            *(row.counts[s] for s in SEVERITIES),
            row.level1_goals, row.goals, row.indicators, row.error,
            *((row.annual[k] for k in ("reported", "met", "judged", "done", "assignments"))
              if row.annual else [""] * 5)])
    return out.getvalue()
