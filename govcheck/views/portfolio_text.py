"""The portfolio as text (fits 100 columns: areas abbreviated, a legend below), CSV (every
column, one row per document) and JSON (rows, scope and trends).

Every cell passes through `_cell`, every text line through `_line`, so escaping can be
added in one place each.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from govcheck.i18n import N_, NP_, Texts

from .. import safe
from ..findings import SEVERITIES
from ..numbers import number
from ..terms import known, severity_word, term
from .portfolio import STATUS_MARK, Portfolio, Row

AGENCY_WIDTH = 19  # the matrix, with its IV column, fits 100 columns
TYPE_CODE = {"allocation_letter": "TB", "disposition_letter": "DB", "business_plan": "VP",
             "annual_report": "ÅR"}
TYPE_CODE_EN = {"allocation_letter": "AL", "disposition_letter": "DL", "business_plan": "BP",
                "annual_report": "AR"}

WORDS = Texts({
    "agency": N_("agency"),
    "type": N_("type"),
    "year": N_("year"),
    "level1": N_("L1"),
    "goals": N_("G"),
    "indicators": N_("IN"),
    "trend": N_("Trend per agency"),
    "since": N_("since {year}: new {new}, resolved {resolved}, persistent {persistent}"),
    "left_out": N_("{n} documents outside the scope (--all shows all, --year YEAR one year)."),
    "marks": N_("✓ met  ✗ not met  ? not reviewed  ○ nothing to assess  – not applicable"),
    "not_assessed": NP_("portfolio column: matters not assessed", "NA"),
    "not_assessed_key": N_("NA matters that could not be assessed"),
    "counts": N_("L1 level-1 goals  G goals  IN indicators  ! over govcheck's limit ({top} "
                 "level-1 goals, {goals} goals)"),
    "chain": N_("└ under its parent document (document.parent)"),
    "annual": N_("Annual reports read against their letters"),
    "attainment": N_("indicators reported {reported} of {indicators}, met {met} of {judged} that "
                     "could be judged"),
    "done": N_("assignments done {done} of {assignments}"),
})


def _cell(value) -> str:
    return "" if value is None else safe.text(str(value))


def _line(text: str) -> str:
    return text.rstrip()


def abbreviations(areas) -> dict[str, str]:
    """Area code → two letters, unique: the first two, else first and a later letter."""
    found: dict[str, str] = {}
    for area in areas:
        choices = [area[:2]] + [area[0] + c for c in area[2:]] + [area[:1] + str(n)
                                                                   for n in range(10)]
        found[area] = next(c for c in choices if c not in found.values())
    return found


def _agency(row: Row) -> str:
    indent = "  " * (row.depth - 1) + "└ " if row.depth else ""
    name = safe.text(row.agency)
    room = AGENCY_WIDTH - len(indent)
    if len(name) > room and "(" in name and name.endswith(")"):
        name = name[name.rindex("(") + 1:-1]  # the short name it gives in brackets
    if len(name) > room:
        name = name[:room - 1] + "…"
    return indent + name


def _against(count: int, limit: int) -> str:
    return f"{count}!" if count > limit else str(count)


def _table(portfolio: Portfolio, lang: str, short: dict) -> list[list[str]]:
    words, codes = WORDS[lang], TYPE_CODE_EN if lang == "en" else TYPE_CODE
    header = [words["agency"], words["type"], *(short[a] for a in portfolio.areas),
              *(severity_word(s, lang, 2)[:3] for s in SEVERITIES), words["not_assessed"],
              words["level1"], words["goals"], words["indicators"]]
    table = [header]
    limits = portfolio.thresholds
    for row in portfolio.rows:
        if row.error:
            table.append([_cell(row.error)])
            continue
        kind = f"{codes.get(row.type, '?')} {_cell(row.year)}"
        table.append([_agency(row), kind,
                      *(STATUS_MARK[row.areas[a]] for a in portfolio.areas),
                      *(_cell(row.counts[s]) for s in SEVERITIES), _cell(row.not_assessed),
                      _against(row.level1_goals, limits["max_top_goals"]),
                      _against(row.goals, limits["max_goals"]), _cell(row.indicators)])
    return table


def _aligned(table: list[list[str]], areas: int) -> list[str]:
    header = table[0]
    widths = [max(len(r[i]) for r in table if len(r) == len(header))
              for i in range(len(header))]
    # two spaces between groups (agency, type, areas, counts, goal counts), one within
    breaks = {1, 2, 2 + areas, 2 + areas + len(SEVERITIES) + 1}  # counts: severities, NA
    lines = []
    for cells in table:
        if len(cells) != len(header):
            lines.append(_line("  ".join(cells)))
            continue
        text = ""
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            text += ("" if i == 0 else "  " if i in breaks else " ")
            text += cell.rjust(width) if i >= 2 + areas else cell.ljust(width)
        lines.append(_line(text))
    return lines


def _legend(portfolio: Portfolio, lang: str, short: dict) -> list[str]:
    from ..report.words import area_name  # the areas' names, as the reports give them

    words, codes = WORDS[lang], TYPE_CODE_EN if lang == "en" else TYPE_CODE
    parts = [f"{short[a]} {area_name(a, lang)}" for a in portfolio.areas]
    parts += [f"{codes[t]} {term(t, lang)}" for t in codes]
    parts += [f"{severity_word(s, lang, 2)[:3]} {severity_word(s, lang, 2)}"
              for s in SEVERITIES] + [words["not_assessed_key"]]
    lines, current = [], ""
    for part in parts:  # wrapped at 100 columns
        if current and len(current) + 3 + len(part) > 100:
            lines.append(current)
            current = ""
        current = f"{current} · {part}" if current else part
    limits = portfolio.thresholds
    return [words["marks"], *lines, _line(current),
            words["counts"].format(top=limits["max_top_goals"], goals=limits["max_goals"]),
            words["chain"]]


def _trend_lines(portfolio: Portfolio, lang: str, short: dict) -> list[str]:
    words, codes = WORDS[lang], TYPE_CODE_EN if lang == "en" else TYPE_CODE
    if not portfolio.trends:
        return []
    out = ["", words["trend"]]
    for trend in portfolio.trends:
        out.append(_line(f"{_cell(trend.agency)} ({codes.get(trend.type, '?')})"))
        previous = None
        for year in trend.years:
            marks = " ".join(STATUS_MARK[year.areas[a]].ljust(len(short[a]))
                             for a in portfolio.areas)
            counts = " ".join(_cell(year.counts[s]).rjust(3) for s in SEVERITIES)
            out.append(_line(f"  {year.year}  {_cell(year.document_id)[:AGENCY_WIDTH]:<20}"
                             f"  {marks}  {counts}"))
            if previous is not None:
                out.append(_line("        " + words["since"].format(
                    year=previous, new=len(year.new), resolved=len(year.resolved),
                    persistent=len(year.persistent))))
                out.extend(_line(f"          + {r} {_cell(t)} ({severity_word(s, lang)})")
                           for r, t, s in year.new)
                out.extend(_line(f"          − {r} {_cell(t)} ({severity_word(s, lang)})")
                           for r, t, s in year.resolved)
            previous = year.year
    return out


ATTAINMENT = ("indicators", "reported", "judged", "met", "assignments", "done")


def _attainment_lines(portfolio: Portfolio, lang: str) -> list[str]:
    """One line per annual report shown: styringsparametere reported and met, oppdrag done."""
    words = WORDS[lang]
    reports = [row for row in portfolio.rows if row.annual]
    if not reports:
        return []
    lines = ["", words["annual"]]
    for row in reports:  # two lines each, so a long id still fits 100 columns
        counts = {k: number(row.annual[k], lang) for k in ATTAINMENT}
        lines += [_line(f"{_cell(row.document_id)[:AGENCY_WIDTH]:<20}  "
                        + words["attainment"].format(**counts)),
                  _line(" " * 22 + words["done"].format(**counts))]
    return lines


def render_text(portfolio: Portfolio, lang: str) -> str:
    lang = known(lang)
    short = abbreviations(portfolio.areas)
    lines = _aligned(_table(portfolio, lang, short), len(portfolio.areas))
    lines += _attainment_lines(portfolio, lang)
    lines += ["", *_legend(portfolio, lang, short)]
    if portfolio.left_out:
        lines += ["", WORDS[lang]["left_out"].format(n=portfolio.left_out)]
    lines += _trend_lines(portfolio, lang, short)
    return "\n".join(lines) + "\n"


def render_json(portfolio: Portfolio) -> str:
    payload = {"format": "govcheck-portfolio", "version": 2, "areas": list(portfolio.areas),
               "thresholds": portfolio.thresholds, "scope": portfolio.scope.to_dict(),
               "left_out": portfolio.left_out,
               "rows": [asdict(row) for row in portfolio.rows],
               "trends": [t.to_dict() for t in portfolio.trends]}
    return safe.json_utf8(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"


def _since(portfolio: Portfolio) -> dict:
    """file → (previous year's document id, new, resolved, persistent) from the trends."""
    found = {}
    for trend in portfolio.trends:
        for before, year in zip(trend.years, trend.years[1:], strict=False):
            found[year.file] = (before.document_id, len(year.new), len(year.resolved),
                                len(year.persistent))
    return found


def render_csv(portfolio: Portfolio) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe.csv_cell(c) for c in [
        "file", "document_id", "agency", "type", "year", "issuer", "parent", "depth",
        *portfolio.areas, *SEVERITIES, "level1_goals", "goals", "indicators",
        "previous_document", "new_since_previous", "resolved_since_previous",
        "persistent_since_previous", "load_error", "indicators_reported", "indicators_met",
        "indicators_judged", "assignments_done", "assignments", "verdict", "not_assessed"]])
    since = _since(portfolio)
    for row in portfolio.rows:
        writer.writerow([safe.csv_cell("" if v is None else v) for v in (
            row.file, row.document_id, row.agency, row.type, row.year, row.issuer,
            row.parent, row.depth, *(row.areas.get(a, "") for a in portfolio.areas),
            *(row.counts[s] for s in SEVERITIES), row.level1_goals, row.goals,
            row.indicators, *since.get(row.file, ("", "", "", "")), row.error,
            *((row.annual[k] for k in ("reported", "met", "judged", "done", "assignments"))
              if row.annual else [""] * 5), row.verdict, row.not_assessed)])
    return out.getvalue()
