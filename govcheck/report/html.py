"""The audit report as one self-contained HTML page (CSS inlined, charts as inline SVG).

pdf.py renders the same page with WeasyPrint. This module only arranges what the
checker produced; it never imports weasyprint. Every text from a document reaches
the page through a Jinja2 template with autoescape on, never through CSS or a URL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__, safe
from ..catalog.follow_up import shortfall
from ..catalog.requirements import citation_groups, text_in
from ..catalog.values import PERSPECTIVES, STAGES, is_number
from ..document.items import items
from ..document.periods import parse_period
from ..findings import SEVERITIES, place
from ..numbers import date as prose_date
from ..numbers import number as locale_number
from ..run.summary import area_status, overall_verdict, severity_counts, verdict
from ..terms import known, pick, severity_word, term
from . import charts
from .annual import annual_section
from .appendix import appendix, cover_facts
from .not_reviewed import why_not_reviewed
from .requirements import traceability
from .stated import budget_rows, indicator_lines
from .unstated import not_stated
from .words import REPORT as WORDS
from .words import area_name

HERE = Path(__file__).parent
STATIC = HERE / "static"
EXCERPT_WIDTH = 150  # characters of a YAML line shown in an excerpt
REPORT_FINDINGS_PER_RULE = 20  # in full with excerpt; the rest of a rule as table rows
REPORT_ROWS_PER_RULE = 80  # table rows after those; the JSON and SARIF output have them all
REPORT_TREE_GOALS = 300  # goals the goal tree shows; WeasyPrint's table layout is slow
DESCRIPTION_WIDTH = 240  # characters of a goal description shown in the goal tree


def render_html(results: list, lang: str, as_of: dt.date, catalog_version: str,
                fail_on: str | None = None, baseline=None) -> str:
    """The report as a self-contained HTML page."""
    return build_page(results, lang, as_of, catalog_version, fail_on=fail_on,
                      baseline=baseline)


def build_page(results: list, lang: str, as_of: dt.date, catalog_version: str,
               stylesheet_url: str | None = None, *, fail_on: str | None = None,
               baseline=None) -> str:
    """The report page; with `stylesheet_url` the CSS is linked (for WeasyPrint's
    fetcher) instead of inlined. `fail_on` (the command line's, None for each
    configuration's) and `baseline` are the run's, so the verdict is the exit code's."""
    lang = known(lang)
    words = WORDS[lang]
    sections = [_section(result, number, lang, as_of, fail_on)
                for number, result in enumerate(results, start=1)]
    css = None if stylesheet_url else Markup((STATIC / "report.css").read_text("utf-8"))
    context = {
        "w": words, "lang": lang, "as_of": as_of.isoformat(),
        "as_of_text": prose_date(as_of, lang), "version": __version__,
        "catalog_version": catalog_version, "sections": sections,
        "totals": severity_counts(results),
        "overall": overall_verdict(s["verdict"] for s in sections),
        "run": cover_facts(results, fail_on, baseline, lang),
        "meta": _metadata(sections, words, as_of, lang),
        "appendix": appendix(results, lang, fail_on, lambda r: _not_reviewed(r, lang)),
        "css": css, "stylesheet_url": stylesheet_url, "severities": SEVERITIES,
        "suppressed_total": sum(s["suppressed_count"] for s in sections),
    }
    return environment().get_template("report.html.j2").render(context)


def environment() -> Environment:
    """The templates' Jinja2 environment, autoescaping everything (reports reuse it)."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      finalize=_finalize)
    env.globals.update(severity_word=severity_word, term=term)
    return env


def _finalize(value):
    """Every `{{ }}` value before autoescape: text shows controls and bidi controls
    escaped (a right-to-left override would reorder what the auditor reads)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return safe.html(value)
    return value


def _text(value) -> str:
    """A scalar of the document as text; anything else (a list, a mapping) as nothing."""
    if isinstance(value, bool) or value is None:
        return ""
    return str(value) if isinstance(value, (str, int, float)) else ""


def _metadata(sections: list, words: dict, as_of: dt.date, lang: str) -> dict:
    readable = [s for s in sections if not s["error"]]
    if len(sections) == 1 and readable:
        subject_of = readable[0]["title"] or readable[0]["file"]
    else:
        subject_of = words["n_documents"].format(n=len(sections))
    ids = ", ".join(s["doc_id"] or s["file"] for s in sections)
    return {
        "title": f"{words['report']}: {subject_of}",
        "author": f"govcheck {__version__}",
        "description": words["subject"].format(ids=ids, date=prose_date(as_of, lang)),
    }


def _section(result, number: int, lang: str, as_of: dt.date, fail_on: str | None) -> dict:
    """Everything the template shows for one input file."""
    words = WORDS[lang]
    anchor = f"doc-{number}"
    section = {
        "number": number, "anchor": anchor, "file": result.file, "sha256": result.sha256,
        "error": None, "verdict": verdict(result, fail_on), "doc_id": result.document_id or "",
        "suppressed_count": sum(1 for f in result.findings if f.suppressed),
        "counts": severity_counts([result]),
    }
    if result.error:
        error = result.error
        sheet = getattr(error, "sheet", "")
        section.update(error={"line": error.line, "column": error.column,
                              "cell": place(error.line, error.column, sheet) if sheet else "",
                              "message": error.message}, title="", meta={}, doc_type="")
        return section
    data = result.document.data
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    unstated = term("not_stated", lang)  # where the document leaves a value out or null
    section.update(
        title=_text(meta.get("title")),
        meta={**{key: _text(meta.get(key)) or unstated
                 for key in ("issuer", "recipient", "year")},
              "date": prose_date(_text(meta.get("date")), lang) or unstated},
        doc_type=term(_text(meta.get("type")), lang) if meta.get("type") else "",
    )
    values = result.settings.parameter_values
    high = values.get("high_risk_score", 15)
    goals = _goal_rows(result, high, lang)
    section.update(
        areas=_areas(result, lang), not_reviewed=_not_reviewed(result, lang),
        goals=goals, high_risk_score=high, goal_total=len(_goal_tree(result)[0]),
        charts=_charts(result, values, lang),
        findings=_findings(result, lang), suppressed=_suppressed(result),
        baselined=[_finding(f, result, lang, result.document.text.splitlines())
                   for f in result.baselined],
        waivers=_waivers(result, as_of),
        traceability=traceability(result, lang),
        annual=annual_section(result, lang),
    )
    section["risk_legend"] = words["risk_legend"].format(n=high)
    section["not_stated"] = unstated
    section["budget"] = budget_rows(data, lang)
    section["risks_stated"] = not ("risks" in data and data["risks"] is None)
    return section


def _areas(result, lang: str) -> list[dict]:
    status = area_status(result)
    catalog = result.settings.catalog
    open_by_area: dict[str, int] = {}
    for finding in result.active:
        rule = catalog.rules.get(finding.rule)
        area = rule.area if rule else "?"
        open_by_area[area] = open_by_area.get(area, 0) + 1
    return [{"code": area, "name": area_name(area, lang), "status": state,
             "open": open_by_area.get(area, 0)} for area, state in status.items()]


def _not_reviewed(result, lang: str) -> list[tuple[str, str]]:
    """(rule id, why) for rules that need a parent or previous document not at hand, and
    for items a rule could not judge: what the document does not state."""
    rows = []
    for rule_id, reason in sorted(result.not_reviewed.items()):
        rows.append((rule_id, why_not_reviewed(reason, lang)))
    for item in getattr(result, "unreviewed_items", ()):  # values the document leaves out
        rows.append((item.rule, f"{_text(item.target)}: {not_stated(item, lang)}"))
    return rows


# ---- goal hierarchy ---------------------------------------------------------------

def _goal_list(data: dict) -> list:
    goals = data.get("goals")
    return goals if isinstance(goals, list) else []


def _goal_tree(result) -> tuple[list[dict], dict[int, int | None]]:
    """Goal facts in file order, and each goal's parent (index into that list)."""
    facts = [f for f in result.facts if f["kind"] == "goal"]
    first = {}
    for index, fact in enumerate(facts):
        first.setdefault(fact["target"], index)
    parent = {index: first.get(fact["parent"]) if fact.get("parent_resolves") else None
              for index, fact in enumerate(facts)}
    return facts, parent


def _inherited(goals: list, facts: list, parent: dict, key: str) -> list[tuple]:
    """For each goal: its own value of `key`, else its nearest ancestor's (as the rules
    read it), and whether it was inherited; each goal resolved once."""
    found: list = [None] * len(facts)
    for start in range(len(facts)):
        trail, on_trail, value = [], set(), (None, False)
        current = start
        while current is not None and found[current] is None and current not in on_trail:
            goal = goals[facts[current]["path"][1]]
            own = goal.get(key) if isinstance(goal, dict) else None
            if isinstance(own, str) and own.strip():
                found[current] = (own, False)
                break
            trail.append(current)
            on_trail.add(current)
            current = parent[current]
        if current is not None and found[current] is not None:
            value = (found[current][0], found[current][0] is not None)
        for goal_index in trail:
            found[goal_index] = value
    return found


def _goal_rows(result, high: int, lang: str) -> list[dict]:
    """The goals depth first from each top goal, with what the tree column shows."""
    goals = _goal_list(result.document.data)
    facts, parent = _goal_tree(result)
    children: dict[int | None, list[int]] = {}
    for index in range(len(facts)):
        children.setdefault(parent[index], []).append(index)
    order, seen = [], set()

    def visit(index: int, depth: int) -> None:
        stack = [(index, depth)]
        while stack:
            current, level = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            order.append((current, level))
            stack.extend((child, level + 1) for child in reversed(children.get(current, [])))

    for root in children.get(None, []):
        visit(root, 0)
    for index in range(len(facts)):  # goals in a parent cycle reach no top goal
        visit(index, 0)
    rows = []
    perspectives = _inherited(goals, facts, parent, "perspective")
    for index, depth in order[:REPORT_TREE_GOALS]:
        fact = facts[index]
        goal = goals[fact["path"][1]]
        perspective, inherited = perspectives[index]
        score = fact.get("max_threat_score", 0)
        unknown = set(fact.get("unknown", ()))
        rows.append({
            "id": fact["target"], "title": _text(goal.get("title")), "depth": min(depth, 6),
            "description": _shorten(_text(goal.get("description")), DESCRIPTION_WIDTH),
            "indicator_list": indicator_lines(goal.get("indicators"), lang),
            "level": fact.get("level", ""),
            "chain": term("not_stated" if goal.get("chain") is None else fact["chain"], lang),
            "perspective": term(perspective, lang) if perspective else "",
            "perspective_inherited": inherited,
            "indicators": term("not_stated", lang) if "indicators" in goal
            and goal["indicators"] is None else fact.get("indicator_count", 0),
            "score": score, "high_risk": score >= high,
            "score_unknown": "max_threat_score" in unknown,
        })
    return rows


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


# ---- charts -----------------------------------------------------------------------

def _number(lang: str):
    def number(value: float) -> str:
        return locale_number(value, lang)
    return number


def _charts(result, values: dict, lang: str) -> dict:
    words = WORDS[lang]
    data = result.document.data
    facts = [f for f in result.facts if f["kind"] == "goal"]
    stages = [fact["chain"] for fact in facts]
    stage_bars = [(term(s, lang), stages.count(s)) for s in STAGES]
    if stages.count("none"):
        stage_bars.append((words["no_stage"], stages.count("none")))

    goals, (tree_facts, parent) = _goal_list(data), _goal_tree(result)
    at_path = {tuple(f["path"]): i for i, f in enumerate(tree_facts)}
    perspective_of = []
    perspectives = _inherited(goals, tree_facts, parent, "perspective")
    for indicator in items(data, "indicator"):
        index = at_path.get(tuple(indicator.path[:2]))
        found = perspectives[index][0] if index is not None else None
        perspective_of.append(found if found in PERSPECTIVES else None)
    perspective_bars = [(term(p, lang), perspective_of.count(p)) for p in PERSPECTIVES]
    if perspective_of.count(None):
        perspective_bars.append((words["no_perspective"], perspective_of.count(None)))

    level1 = sum(1 for fact in facts  # as MRS007 counts: a year's priority is no level-1 goal
                 if fact.get("level") == 1 and fact.get("goal_kind") != "priority")
    limits = [(words["level1_goals"], level1, values.get("max_top_goals")),
              (words["all_goals"], len(facts), values.get("max_goals"))]
    missing_limits = [name for name, _, limit in limits if limit is None]
    return {
        "stages": charts.bar_chart(stage_bars, words["count"], words["chart_stages"]),
        "perspectives": charts.bar_chart(perspective_bars, words["count"],
                                         words["chart_perspectives"]),
        "limits": charts.limit_chart(limits, words["limit"], words["chart_limits"]),
        "missing_limits": missing_limits,
        "risks": _risk_chart(data, values.get("high_risk_score", 15), lang),
        "series": _series_charts(data, values.get("tolerance", 0), lang),
    }


def _risk_chart(data: dict, high: int, lang: str) -> dict:
    words = WORDS[lang]
    placed, rows, unplaced = [], [], []
    for risk in items(data, "risk"):
        likelihood, consequence = risk.data.get("likelihood"), risk.data.get("consequence")
        unstated = term("not_stated", lang)
        row = {"id": _text(risk.data.get("id")), "title": _text(risk.data.get("title")),
               "likelihood": _text(likelihood) or unstated,
               "consequence": _text(consequence) or unstated,
               "unknown": likelihood is None or consequence is None}
        on_scale = all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5
                       for v in (likelihood, consequence))
        if on_scale:
            row["number"] = len(rows) + 1
            row["score"] = likelihood * consequence
            row["high"] = row["score"] >= high
            placed.append((row["number"], likelihood, consequence))
            rows.append(row)
        else:
            unplaced.append(row)
    svg = charts.risk_matrix(placed, high, words["likelihood"], words["consequence"],
                             words["chart_risks"])
    return {"svg": svg, "rows": rows, "unplaced": unplaced,
            "legend": words["risk_zones"].format(high=high, middle=(high + 1) // 2,
                                                 high_less=high - 1)}


def _series_charts(data: dict, tolerance: float, lang: str) -> list[dict]:
    """One chart per indicator with actuals: the series against its numeric target."""
    words = WORDS[lang]
    found = []
    for indicator in items(data, "indicator"):
        entry = indicator.data
        actuals = entry.get("actuals")
        if not isinstance(actuals, list):
            continue
        dated = []
        for order, actual in enumerate(actuals):
            if not isinstance(actual, dict):
                continue
            period, value = parse_period(actual.get("period")), actual.get("value")
            if period and is_number(value):
                dated.append((period.last, order, actual["period"], value))
        if not dated:
            continue
        dated.sort()
        target = entry.get("target")
        goal = target.get("value") if isinstance(target, dict) else None
        goal = goal if is_number(goal) else None
        direction = entry.get("direction")
        points = []
        for _, _, period, value in dated:
            gap = shortfall(direction, goal, value) if goal is not None else None
            points.append((period, value, None if gap is None else gap <= tolerance))
        periods = [p for p, _, _ in points]
        year = periods[0][:5] if all(p[:5] == periods[0][:5] and len(p) > 5
                                     for p in periods) else ""
        if year:
            points = [(p[5:], v, met) for p, v, met in points]
        name = _text(entry.get("name"))
        found.append({
            "id": _text(entry.get("id")), "name": name, "year": year.rstrip("-"),
            "unit": term(_text(entry.get("unit")), lang),
            "has_target": goal is not None,
            "met": sum(1 for _, _, met in points if met),
            "missed": sum(1 for _, _, met in points if met is False),
            "svg": charts.series_chart(points, goal, words["target"],
                                       words["chart_series"].format(name=name),
                                       _number(lang)),
        })
    return found


# ---- findings and waivers ---------------------------------------------------------

def _excerpt(lines: list[str], line: int) -> list[tuple[int, str, bool]]:
    if not 1 <= line <= len(lines):
        return []
    shown = []
    for number in range(max(1, line - 2), min(len(lines), line + 2) + 1):
        content = lines[number - 1]
        if len(content) > EXCERPT_WIDTH:
            content = content[:EXCERPT_WIDTH - 1] + "…"
        shown.append((number, content, number == line))
    return shown


def _citation(rule, lang: str) -> dict:
    """«Hjemmel» and «Kilde» groups built from the requirement register."""
    note = rule.citation.get("note")
    return {"groups": citation_groups(rule.citation, lang),
            "note": text_in(note, lang) if note else "",
            "requirements": list(rule.requirements)}


def _finding(finding, result, lang: str, lines: list[str]) -> dict:
    rule = result.settings.catalog.rules.get(finding.rule)
    same_file = finding.file == result.document.file
    return {
        "rule": finding.rule, "severity": finding.severity, "target": finding.target,
        "title": pick(rule.title, lang) if rule else "",
        "file": finding.file, "line": finding.line, "column": finding.column,
        "cell": finding.place if finding.sheet else "",
        "message": finding.message,
        "citation": _citation(rule, lang) if rule else None,
        "citation_text": finding.citation,
        "remediation": pick(rule.remediation, lang) if rule else "",
        "excerpt": _excerpt(lines, finding.line) if same_file else [],
    }


def _findings(result, lang: str) -> list[dict]:
    """Open findings grouped by area, areas in catalog order."""
    catalog = result.settings.catalog
    groups: dict[str, list] = {}
    for finding in result.active:
        rule = catalog.rules.get(finding.rule)
        groups.setdefault(rule.area if rule else "?", []).append(finding)
    order = [a for a in catalog.areas() if a in groups] + sorted(set(groups) -
                                                                 set(catalog.areas()))
    lines = result.document.text.splitlines()  # once per document, not once per finding
    return [_area_group(area, groups[area], result, lang, lines) for area in order]


def _area_group(area: str, findings: list, result, lang: str, lines: list[str]) -> dict:
    """One area's findings: each rule's first REPORT_FINDINGS_PER_RULE in full, the rest
    of that rule as table rows, and the rules so shortened, so the report says so."""
    shown, rest, per_rule = [], [], {}
    for finding in findings:
        per_rule[finding.rule] = per_rule.get(finding.rule, 0) + 1
        if per_rule[finding.rule] <= REPORT_FINDINGS_PER_RULE:
            shown.append(_finding(finding, result, lang, lines))
        elif per_rule[finding.rule] <= REPORT_FINDINGS_PER_RULE + REPORT_ROWS_PER_RULE:
            rest.append({"rule": finding.rule, "severity": finding.severity,
                         "target": finding.target, "line": finding.line,
                         "column": finding.column, "message": finding.message,
                         "cell": finding.place if finding.sheet else ""})
    shortened = [(rule, REPORT_FINDINGS_PER_RULE,
                  min(total, REPORT_FINDINGS_PER_RULE + REPORT_ROWS_PER_RULE), total)
                 for rule, total in per_rule.items() if total > REPORT_FINDINGS_PER_RULE]
    return {"code": area, "name": area_name(area, lang), "findings": shown,
            "rest": rest, "shortened": shortened}


def _suppressed(result) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity, "target": f.target, "file": f.file,
             "line": f.line, "column": f.column, "message": f.message,
             "cell": f.place if f.sheet else "",
             "waiver": f.waiver.label, "approved_by": f.waiver.approved_by,
             "expires": f.waiver.expires}
            for f in result.findings if f.suppressed]


def _waivers(result, as_of: dt.date) -> list[dict]:
    """Every waiver for the document, from the document and from the configuration, with
    its status: expired (WAIVER001), unused (WAIVER002), else active."""
    flagged = {}
    for finding in result.findings:
        state = {"WAIVER001": "expired", "WAIVER002": "unused"}.get(finding.rule)
        if state and flagged.get((finding.file, finding.target)) != "expired":
            flagged[(finding.file, finding.target)] = state
    document = result.document
    rows = {}
    entries = document.data.get("waivers")
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict):
            line, column = document.locate(("waivers", index))
            rows[(document.file, f"waivers[{index}]")] = dict(
                {k: _text(entry.get(k)) for k in ("rule", "target", "justification",
                                                  "approved_by", "expires")},
                file=document.file, line=line, column=column)
    settings = result.settings
    for waiver in settings.waivers:
        if waiver.document == result.document_id:
            rows[(settings.source, f"waivers[{waiver.index}]")] = {
                "rule": waiver.rule, "target": waiver.target, "expires": waiver.expires,
                "justification": waiver.justification, "approved_by": waiver.approved_by,
                "file": settings.source, "line": waiver.line, "column": waiver.column}
    used: dict[tuple, int] = {}
    for finding in result.findings:
        if finding.waiver:
            key = (finding.waiver.file, finding.waiver.label)
            used[key] = used.get(key, 0) + 1
    for key, row in rows.items():
        row["label"] = key[1]
        row["elsewhere"] = row["file"] != document.file  # a configuration's waiver
        row["suppressed"] = used.get(key, 0)
        row["status"] = flagged.get(key) or _waiver_state(row["expires"], as_of)
    return list(rows.values())


def _waiver_state(expires: str, as_of: dt.date) -> str:
    """For a waiver no WAIVER finding speaks of (those rules may be switched off)."""
    try:
        return "active" if dt.date.fromisoformat(expires) >= as_of else "expired"
    except ValueError:
        return "invalid"


