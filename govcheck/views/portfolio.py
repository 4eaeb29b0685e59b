"""A ministry's view: every document checked with one catalog, one row each, ranked.

A row holds a document's verdict per requirement area, its counts by severity and
its goal and indicator counts beside the thresholds; an annual report's row also its
attainment counts (views/annual). By default the view shows one row per recipient (of an
annual report: its issuer) and document type, of the latest year present (`Scope`); a
document whose parent is shown sits under it (ministry → directorate → county, letter →
annual report), so a chain is not read as peers. Rows are ranked worst first among their siblings:
most errors, then warnings, then information, then by file. The text, CSV and JSON
forms are in portfolio_text; the year-by-year trend per agency in trend.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..findings import SEVERITIES, at_or_above
from ..run.summary import area_status, not_assessed, verdict
from . import trend as trends
from .annual import attainment_shares

STATUS_MARK = {"met": "✓", "not_met": "✗", "not_reviewed": "?", "nothing_to_assess": "○",
               "not_applicable": "–"}


@dataclass(frozen=True)
class Scope:
    """Which documents the view shows: the latest year per recipient and type unless
    `all`; `year` and `type` narrow it further."""

    year: int | None = None
    type: str | None = None
    all: bool = False

    def to_dict(self) -> dict:
        return {"year": self.year, "type": self.type, "all": self.all}


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
    issuer: str = ""
    parent: str = ""  # document.parent, as named
    depth: int = 0  # 0 at the top of a chain shown, 1 under its parent, …
    annual: dict | None = None  # an annual report read against its letters (views/annual)
    verdict: str = ""  # run/summary.verdict, and beside it what could not be assessed
    not_assessed: int = 0


@dataclass(frozen=True)
class Portfolio:
    areas: tuple
    thresholds: dict  # max_top_goals, max_goals
    rows: tuple  # in scope, ranked, children under their parents
    scope: Scope = Scope()
    trends: tuple = ()  # trend.Trend per agency with several years
    exit_code: int = 0  # as check: 1 with a finding at or above fail-on, 2 unreadable
    left_out: int = 0  # documents outside the scope


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _parent(named) -> str:
    """The parent as named; an annual report answering a letter and its supplements sits
    under the first of them, the letter."""
    return _text(named[0] if isinstance(named, list) and named else named)


def _row(result) -> Row:
    meta = result.meta
    counts = {severity: sum(1 for f in result.active if f.severity == severity)
              for severity in SEVERITIES}
    if result.error:
        return Row(result.file, "", "", "", None, {}, counts, 0, 0, 0, str(result.error),
                   verdict="failed")
    fact = result.document_fact
    year = meta.get("year")
    # an annual report is the agency's own: its issuer, not the ministry it reports to
    agency = meta.get("issuer" if result.document_type == "annual_report" else "recipient")
    return Row(
        file=result.file, document_id=result.document_id,
        agency=_text(agency), type=result.document_type,
        year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        areas=area_status(result), counts=counts,
        level1_goals=fact.get("level1_count", 0), goals=fact.get("goal_count", 0),
        indicators=fact.get("indicator_count", 0),
        issuer=_text(meta.get("issuer")), parent=_parent(meta.get("parent")),
        annual=attainment_shares(result),
        verdict=verdict(result), not_assessed=not_assessed(result),
    )


def agency_key(row: Row) -> tuple:
    """Agency (case and spacing aside) and document type: one agency's letters, or its
    annual reports."""
    return " ".join(row.agency.split()).casefold(), row.type


def in_scope(rows: list[Row], scope: Scope) -> list[Row]:
    """The rows the scope shows; unreadable files are always shown."""
    chosen = [r for r in rows if r.error or (
        (scope.type is None or r.type == scope.type)
        and (scope.year is None or r.year == scope.year))]
    if scope.all or scope.year is not None:
        return chosen
    latest: dict[tuple, int] = {}
    for row in chosen:
        if not row.error and row.year is not None:
            key = agency_key(row)
            latest[key] = max(latest.get(key, row.year), row.year)
    return [r for r in chosen if r.error or r.year is None
            or r.year == latest[agency_key(r)]]


def _rank(row: Row) -> tuple:
    return (not row.error, -row.counts["error"], -row.counts["warning"],
            -row.counts["info"], row.file)


def chained(rows: list[Row]) -> list[Row]:
    """Ranked rows with each document right under its parent when the parent is shown,
    depth set. A cycle of parents is broken where it is first met."""
    shown = {r.document_id: r for r in rows if r.document_id}
    children: dict[str, list[Row]] = {}
    for row in rows:
        if row.parent in shown and row.parent != row.document_id:
            children.setdefault(row.parent, []).append(row)
    ordered: list[Row] = []
    placed: set[str] = set()

    def place(row: Row, depth: int) -> None:
        placed.add(row.file)
        ordered.append(replace(row, depth=depth))
        for child in sorted(children.get(row.document_id, []), key=_rank):
            if child.file not in placed:
                place(child, depth + 1)

    tops = [r for r in rows if r.parent not in shown or r.parent == r.document_id]
    for row in sorted(tops, key=_rank) + sorted(rows, key=_rank):
        if row.file not in placed:
            place(row, 0)
    return ordered


def _exit_code(results, fail_on: str | None) -> int:
    code = 0
    for result in results:
        if result.error:
            return 2
        threshold = fail_on or (result.settings.fail_on if result.settings else "error")
        if any(at_or_above(f.severity, threshold) for f in result.active):
            code = 1
    return code


def build(results, settings, scope: Scope | None = None,
          fail_on: str | None = None) -> Portfolio:
    """Rows for the results in scope, ranked and chained; the trend of every agency with
    several years (of the scope's type); the exit code for `fail_on` (None: each
    document's configured fail-on). `settings` give the areas and thresholds."""
    scope = scope or Scope()
    pairs = [(_row(result), result) for result in results]
    rows = in_scope([row for row, _ in pairs], scope)
    files = {row.file for row in rows}
    values = settings.parameter_values
    typed = [(row, result) for row, result in pairs
             if not row.error and (scope.type is None or row.type == scope.type)]
    return Portfolio(
        areas=tuple(settings.catalog.areas()),
        thresholds={"max_top_goals": values["max_top_goals"], "max_goals": values["max_goals"]},
        rows=tuple(chained(rows)), scope=scope,
        trends=trends.build(typed, agency_key),
        exit_code=_exit_code([r for row, r in pairs if row.file in files], fail_on),
        left_out=len(pairs) - len(rows),
    )
