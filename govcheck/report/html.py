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

from .. import __version__
from ..catalog.follow_up import shortfall
from ..catalog.requirements import citation_groups, text_in
from ..catalog.values import PERSPECTIVES, STAGES, is_number
from ..document.items import items
from ..document.periods import parse_period
from ..findings import SEVERITIES
from ..run.summary import area_status, severity_counts, verdict
from ..terms import severity_word, term
from . import charts

HERE = Path(__file__).parent
STATIC = HERE / "static"
EXCERPT_WIDTH = 150  # characters of a YAML line shown in an excerpt
DESCRIPTION_WIDTH = 240  # characters of a goal description shown in the goal tree


def render_html(results: list, lang: str, as_of: dt.date, catalog_version: str) -> str:
    """The report as a self-contained HTML page."""
    return build_page(results, lang, as_of, catalog_version)


def build_page(results: list, lang: str, as_of: dt.date, catalog_version: str,
               stylesheet_url: str | None = None) -> str:
    """The report page; with `stylesheet_url` the CSS is linked (for WeasyPrint's
    fetcher) instead of inlined."""
    lang = "en" if lang == "en" else "nb"
    words = WORDS[lang]
    sections = [_section(result, number, lang, as_of)
                for number, result in enumerate(results, start=1)]
    css = None if stylesheet_url else Markup((STATIC / "report.css").read_text("utf-8"))
    context = {
        "w": words, "lang": lang, "as_of": as_of.isoformat(), "version": __version__,
        "catalog_version": catalog_version, "sections": sections,
        "totals": severity_counts(results), "overall": _overall(results),
        "meta": _metadata(sections, words, as_of), "appendix": _appendix(results, lang),
        "css": css, "stylesheet_url": stylesheet_url, "severities": SEVERITIES,
        "suppressed_total": sum(s["suppressed_count"] for s in sections),
    }
    return environment().get_template("report.html.j2").render(context)


def environment() -> Environment:
    """The templates' Jinja2 environment, autoescaping everything (reports reuse it)."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(severity_word=severity_word, term=term)
    return env


def _text(value) -> str:
    """A scalar of the document as text; anything else (a list, a mapping) as nothing."""
    if isinstance(value, bool) or value is None:
        return ""
    return str(value) if isinstance(value, (str, int, float)) else ""


def _overall(results: list) -> str:
    verdicts = {verdict(result) for result in results}
    for worst in ("unreadable", "fail"):
        if worst in verdicts:
            return worst
    return "pass"


def _metadata(sections: list, words: dict, as_of: dt.date) -> dict:
    readable = [s for s in sections if not s["error"]]
    if len(sections) == 1 and readable:
        subject_of = readable[0]["title"] or readable[0]["file"]
    else:
        subject_of = words["n_documents"].format(n=len(sections))
    ids = ", ".join(s["doc_id"] or s["file"] for s in sections)
    return {
        "title": f"{words['report']}: {subject_of}",
        "author": f"govcheck {__version__}",
        "description": words["subject"].format(ids=ids, date=as_of.isoformat()),
    }


def _section(result, number: int, lang: str, as_of: dt.date) -> dict:
    """Everything the template shows for one input file."""
    words = WORDS[lang]
    anchor = f"doc-{number}"
    section = {
        "number": number, "anchor": anchor, "file": result.file, "sha256": result.sha256,
        "error": None, "verdict": verdict(result), "doc_id": result.document_id or "",
        "suppressed_count": sum(1 for f in result.findings if f.suppressed),
        "counts": severity_counts([result]),
    }
    if result.error:
        error = result.error
        section.update(error={"line": error.line, "column": error.column,
                              "message": error.message}, title="", meta={}, doc_type="")
        return section
    data = result.document.data
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    section.update(
        title=_text(meta.get("title")),
        meta={key: _text(meta.get(key)) for key in ("issuer", "recipient", "year", "date")},
        doc_type=term(_text(meta.get("type")), lang) if meta.get("type") else "",
    )
    values = result.settings.parameter_values
    high = values.get("high_risk_score", 15)
    goals = _goal_rows(result, high, lang)
    section.update(
        areas=_areas(result, lang), not_reviewed=_not_reviewed(result, lang),
        goals=goals, high_risk_score=high,
        charts=_charts(result, values, lang),
        findings=_findings(result, lang), suppressed=_suppressed(result),
        waivers=_waivers(result, as_of),
    )
    section["risk_legend"] = words["risk_legend"].format(n=high)
    return section


def _areas(result, lang: str) -> list[dict]:
    status = area_status(result)
    catalog = result.settings.catalog
    open_by_area: dict[str, int] = {}
    for finding in result.active:
        rule = catalog.rules.get(finding.rule)
        area = rule.area if rule else "?"
        open_by_area[area] = open_by_area.get(area, 0) + 1
    return [{"code": area, "name": AREAS.get(area, {}).get(lang, area), "status": state,
             "open": open_by_area.get(area, 0)} for area, state in status.items()]


def _not_reviewed(result, lang: str) -> list[tuple[str, str]]:
    """(rule id, why) for rules that need a parent or previous document not at hand."""
    words = WORDS[lang]
    rows = []
    for rule_id, why in sorted(result.not_reviewed.items()):
        relation, named = why if isinstance(why, tuple) and len(why) == 2 else (why, None)
        what = words.get(f"relation_{relation}", _text(relation))
        text = words["needs_named" if named else "needs_none"].format(what=what, named=named)
        rows.append((rule_id, text))
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


def _inherited(goals: list, facts: list, parent: dict, index: int, key: str):
    """The goal's own value of `key`, else its nearest ancestor's (as the rules read it)."""
    seen = set()
    current = index
    while current is not None and current not in seen:
        goal = goals[facts[current]["path"][1]]
        value = goal.get(key) if isinstance(goal, dict) else None
        if isinstance(value, str) and value.strip():
            return value, current != index
        seen.add(current)
        current = parent[current]
    return None, False


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
    for index, depth in order:
        fact = facts[index]
        goal = goals[fact["path"][1]]
        perspective, inherited = _inherited(goals, facts, parent, index, "perspective")
        score = fact.get("max_threat_score", 0)
        rows.append({
            "id": fact["target"], "title": _text(goal.get("title")), "depth": min(depth, 6),
            "description": _shorten(_text(goal.get("description")), DESCRIPTION_WIDTH),
            "indicator_list": _indicator_lines(goal.get("indicators"), lang),
            "level": fact.get("level", ""), "chain": term(fact["chain"], lang),
            "perspective": term(perspective, lang) if perspective else "",
            "perspective_inherited": inherited, "indicators": fact.get("indicator_count", 0),
            "score": score, "high_risk": score >= high,
        })
    return rows


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _indicator_lines(indicators, lang: str) -> list[dict]:
    """Each indicator of a goal with its target as the reader would say it."""
    words, number = WORDS[lang], _number(lang)
    lines = []
    for indicator in indicators if isinstance(indicators, list) else []:
        if not isinstance(indicator, dict):
            continue
        target = indicator.get("target") if isinstance(indicator.get("target"), dict) else {}
        value, unit = target.get("value"), _text(indicator.get("unit"))
        if is_number(value):
            wanted = f"{number(value)} {term(unit, lang) if unit else ''}".strip()
        else:
            wanted = _shorten(_text(target.get("description")), 80)
        period = _text(target.get("period"))
        said = f"{words['target']} {wanted}" if wanted else ""
        if said and period:
            said += f" ({period})"
        lines.append({"id": _text(indicator.get("id")), "name": _text(indicator.get("name")),
                      "target": said})
    return lines


# ---- charts -----------------------------------------------------------------------

def _number(lang: str):
    def number(value: float) -> str:
        text = charts.plain_number(value)
        return text.replace(".", ",") if lang == "nb" else text
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
    for indicator in items(data, "indicator"):
        index = at_path.get(tuple(indicator.path[:2]))
        found = _inherited(goals, tree_facts, parent, index, "perspective")[0] \
            if index is not None else None
        perspective_of.append(found if found in PERSPECTIVES else None)
    perspective_bars = [(term(p, lang), perspective_of.count(p)) for p in PERSPECTIVES]
    if perspective_of.count(None):
        perspective_bars.append((words["no_perspective"], perspective_of.count(None)))

    level1 = sum(1 for fact in facts if fact.get("level") == 1)
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
        row = {"id": _text(risk.data.get("id")), "title": _text(risk.data.get("title")),
               "likelihood": _text(likelihood), "consequence": _text(consequence)}
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

def _excerpt(text: str, line: int) -> list[tuple[int, str, bool]]:
    lines = text.splitlines()
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


def _finding(finding, result, lang: str) -> dict:
    rule = result.settings.catalog.rules.get(finding.rule)
    same_file = finding.file == result.document.file
    return {
        "rule": finding.rule, "severity": finding.severity, "target": finding.target,
        "title": rule.title.get(lang, "") if rule else "",
        "file": finding.file, "line": finding.line, "column": finding.column,
        "message": finding.message,
        "citation": _citation(rule, lang) if rule else None,
        "citation_text": finding.citation,
        "remediation": rule.remediation.get(lang, "") if rule else "",
        "excerpt": _excerpt(result.document.text, finding.line) if same_file else [],
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
    return [{"code": area, "name": AREAS.get(area, {}).get(lang, area),
             "findings": [_finding(f, result, lang) for f in groups[area]]} for area in order]


def _suppressed(result) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity, "target": f.target, "file": f.file,
             "line": f.line, "column": f.column, "message": f.message,
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


# ---- appendix ---------------------------------------------------------------------

def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _appendix(results: list, lang: str) -> list[dict]:
    """The rules that ran, once per distinct configuration among the results."""
    blocks, seen = [], {}
    for result in results:
        settings = result.settings
        if settings is None:
            continue
        key = (settings.source, settings.enabled, settings.values, settings.severities)
        if key in seen:
            seen[key]["files"].append(result.file)
            continue
        catalog, values = settings.catalog, settings.parameter_values
        rules = []
        for rule_id in settings.enabled:
            rule = catalog.rules[rule_id]
            parameters = []
            for name in rule.parameters:
                default = catalog.parameters[name].default
                parameters.append({"name": name, "value": _value(values.get(name)),
                                   "default": None if values.get(name) == default
                                   else _value(default)})
            rules.append({"id": rule_id, "area": rule.area, "title": rule.title.get(lang, ""),
                          "severity": settings.severity_of(rule_id), "parameters": parameters})
        block = {"source": settings.source, "rules": rules, "files": [result.file],
                 "disabled": [r for r in catalog.rules if r not in settings.enabled]}
        seen[key] = block
        blocks.append(block)
    return blocks


# ---- words ------------------------------------------------------------------------

AREAS = {
    "MRS": {"nb": "Mål og resultatkrav", "en": "Goals and result requirements"},
    "HIER": {"nb": "Målhierarki", "en": "Goal hierarchy"},
    "CHAIN": {"nb": "Virkningskjeden", "en": "Results chain"},
    "PERSP": {"nb": "De fire perspektivene", "en": "The four perspectives"},
    "RISK": {"nb": "Risiko og vesentlighet", "en": "Risk and materiality"},
    "IC": {"nb": "Internkontroll", "en": "Internal control"},
    "USER": {"nb": "Brukermedvirkning", "en": "User participation"},
    "RES": {"nb": "Ressurser og effektivitet", "en": "Resources and efficiency"},
    "LETTER": {"nb": "Tildelingsbrevets innhold", "en": "Allocation letter content"},
    "FOLLOW": {"nb": "Resultatoppfølging", "en": "Follow-up of results"},
    "CASC": {"nb": "Nedbryting fra overordnet dokument", "en": "Cascade from the parent"},
    "STAB": {"nb": "Stabilitet over år", "en": "Stability over years"},
    "VALID": {"nb": "Format og henvisninger", "en": "Format and references"},
    "WAIVER": {"nb": "Unntak", "en": "Waivers"},
}

WORDS = {
    "nb": {
        "report": "Samsvarsrapport", "page": "Side",
        "subtitle": "Kontroll av styringsdokumenter mot reglene for mål- og resultatstyring",
        "n_documents": "{n} dokumenter",
        "subject": "Kontroll av {ids} mot reglene for mål- og resultatstyring per {date}",
        "contents": "Innhold", "documents": "Kontrollerte dokumenter", "file": "Fil",
        "title": "Tittel", "issuer": "Utsteder", "recipient": "Mottaker", "year": "År",
        "date": "Datert", "doc_id": "Dokument-id",
        "as_of": "Kontrolldato", "govcheck_version": "govcheck-versjon",
        "catalog_version": "Versjon av regelkatalogen",
        "verdict": "Konklusjon", "pass": "Bestått", "fail": "Ikke bestått",
        "unreadable": "Kunne ikke leses", "summary": "Sammendrag",
        "by_severity": "Åpne funn etter alvorlighetsgrad",
        "suppressed_note": "{n} funn er dempet av unntak og står i unntaksregisteret.",
        "areas": "Kravområder", "area": "Område", "status": "Status",
        "open_findings": "Åpne funn",
        "met": "oppfylt", "not_met": "ikke oppfylt", "not_reviewed": "ikke vurdert",
        "not_applicable": "ikke relevant",
        "status_note": "«Ikke vurdert»: ingen regel i området kunne kjøres (slått av eller "
                       "venter på et annet dokument). Det betyr ikke at kravet er oppfylt.",
        "not_reviewed_rules": "Regler som ikke kunne kjøres",
        "relation_parent": "overordnet dokument", "relation_previous": "fjorårets dokument",
        "needs_named": "trenger {what} {named}, som ikke er med i kontrollen",
        "needs_none": "trenger {what}, men dokumentet oppgir ikke noe",
        "hierarchy": "Målhierarki", "goal": "Mål", "level": "Nivå",
        "chain": "Virknings\u00adkjede", "perspective": "Perspektiv",
        "indicators": "Styrings\u00adpara\u00admetere", "risk": "Risiko",
        "inherited_note": "Perspektiv i grått er arvet fra et overordnet mål.",
        "risk_legend": "▲ Målet trues av en risiko med skår (sannsynlighet × konsekvens) på "
                       "{n} eller mer (parameteren high_risk_score).",
        "no_goals": "Dokumentet har ingen mål.",
        "charts": "Diagrammer", "count": "Antall", "no_stage": "uten trinn",
        "no_perspective": "uten perspektiv",
        "chart_stages": "Mål etter trinn i virkningskjeden",
        "chart_perspectives": "Styringsparametere etter perspektiv",
        "chart_limits": "Antall mål mot grensene",
        "level1_goals": "Hovedmål (nivå 1)", "all_goals": "Alle mål", "limit": "grense",
        "missing_limit": "Ingen grense er satt for: {names} (parameterne max_top_goals og "
                         "max_goals finnes ikke i regelkatalogen som ble brukt).",
        "chart_risks": "Risikomatrise", "likelihood": "Sannsynlighet",
        "consequence": "Konsekvens", "score": "Skår", "no_risks": "Dokumentet har ingen "
        "risikoer.",
        "risk_zones": "Rød: skår ≥ {high} (høy risiko). Gul: skår {middle}–{high_less}. "
                      "Grønn: lavere.",
        "unplaced": "Ikke plassert (verdi utenfor skalaen 1–5)",
        "chart_series": "Oppfølging: {name}", "target": "krav",
        "series_heading": "Oppfølging av styringsparametere",
        "point_met": "innfridd", "point_missed": "ikke innfridd",
        "series_counts": "{met} av {total} perioder innfridd",
        "no_target": "Ingen tallfestet krav; periodene er ikke vurdert.",
        "no_series": "Ingen styringsparametere har oppfølgingstall (actuals).",
        "findings": "Funn", "no_findings": "Ingen åpne funn.", "rule": "Regel",
        "severity": "Alvorlighet", "location": "Sted", "line": "linje", "column": "kolonne",
        "target_item": "Gjelder", "message": "Funn", "citation": "Grunnlag",
        "instrument": "Regelverk", "section": "Bestemmelse", "edition": "Utgave",
        "also": "Se også", "unconfirmed": "paragraf ikke bekreftet",
        "remediation": "Slik retter du det", "excerpt": "Utdrag",
        "suppressed": "Dempede funn",
        "suppressed_intro": "Disse funnene er dempet av et gyldig unntak og regnes ikke "
                            "som åpne.",
        "waiver": "Unntak", "waivers": "Unntaksregister", "no_waivers": "Ingen unntak.",
        "justification": "Begrunnelse", "approved_by": "Godkjent av", "expires": "Utløper",
        "suppresses": "demper {n} funn",
        "active": "gyldig", "expired": "utløpt", "unused": "ubrukt", "invalid": "ugyldig dato",
        "error": "Filen kunne ikke leses",
        "appendix": "Vedlegg: regler som ble kjørt", "configuration": "Konfigurasjon",
        "defaults": "standardinnstillinger (ingen konfigurasjonsfil)",
        "applies_to": "Gjelder filene", "parameters": "Parametere", "default": "standard",
        "disabled": "Slått av", "none": "–",
    },
    "en": {
        "report": "Compliance report", "page": "Page",
        "subtitle": "Steering documents checked against the rules of management by "
                    "objectives and results",
        "n_documents": "{n} documents",
        "subject": "Check of {ids} against the rules of management by objectives and "
                   "results as of {date}",
        "contents": "Contents", "documents": "Documents checked", "file": "File",
        "title": "Title", "issuer": "Issuer", "recipient": "Recipient", "year": "Year",
        "date": "Dated", "doc_id": "Document id",
        "as_of": "Date of check", "govcheck_version": "govcheck version",
        "catalog_version": "Rule catalog version",
        "verdict": "Verdict", "pass": "Pass", "fail": "Fail", "unreadable": "Unreadable",
        "summary": "Summary", "by_severity": "Open findings by severity",
        "suppressed_note": "{n} findings are suppressed by waivers; see the waiver register.",
        "areas": "Requirement areas", "area": "Area", "status": "Status",
        "open_findings": "Open findings",
        "met": "met", "not_met": "not met", "not_reviewed": "not reviewed",
        "not_applicable": "not applicable",
        "status_note": "\u201cNot reviewed\u201d: no rule of the area could run (switched off, "
                       "or waiting for another document). It does not mean the area is met.",
        "not_reviewed_rules": "Rules that could not run",
        "relation_parent": "parent document", "relation_previous": "previous document",
        "needs_named": "needs the {what} {named}, which was not checked with it",
        "needs_none": "needs a {what}, but the document names none",
        "hierarchy": "Goal hierarchy", "goal": "Goal", "level": "Level",
        "chain": "Results chain", "perspective": "Perspective", "indicators": "Indicators",
        "risk": "Risk",
        "inherited_note": "A perspective in grey is inherited from a parent goal.",
        "risk_legend": "▲ The goal is threatened by a risk scoring (likelihood × consequence) "
                       "{n} or more (parameter high_risk_score).",
        "no_goals": "The document has no goals.",
        "charts": "Charts", "count": "Count", "no_stage": "no stage",
        "no_perspective": "no perspective",
        "chart_stages": "Goals by results-chain stage",
        "chart_perspectives": "Indicators by perspective",
        "chart_limits": "Goal counts against the limits",
        "level1_goals": "Level-1 goals", "all_goals": "All goals", "limit": "limit",
        "missing_limit": "No limit is set for: {names} (the parameters max_top_goals and "
                         "max_goals are not in the rule catalog used).",
        "chart_risks": "Risk matrix", "likelihood": "Likelihood",
        "consequence": "Consequence", "score": "Score",
        "no_risks": "The document has no risks.",
        "risk_zones": "Red: score ≥ {high} (high risk). Amber: score {middle}–{high_less}. "
                      "Green: lower.",
        "unplaced": "Not placed (value outside the 1–5 scale)",
        "chart_series": "Follow-up: {name}", "target": "target",
        "series_heading": "Follow-up of indicators",
        "point_met": "met", "point_missed": "missed",
        "series_counts": "{met} of {total} periods met",
        "no_target": "No numeric target; the periods are not judged.",
        "no_series": "No indicator has actuals.",
        "findings": "Findings", "no_findings": "No open findings.", "rule": "Rule",
        "severity": "Severity", "location": "Location", "line": "line", "column": "column",
        "target_item": "Target", "message": "Finding", "citation": "Basis",
        "instrument": "Instrument", "section": "Section", "edition": "Edition",
        "also": "See also", "unconfirmed": "section unconfirmed",
        "remediation": "How to fix it", "excerpt": "Excerpt",
        "suppressed": "Suppressed findings",
        "suppressed_intro": "These findings are suppressed by a valid waiver and do not count "
                            "as open.",
        "waiver": "Waiver", "waivers": "Waiver register", "no_waivers": "No waivers.",
        "justification": "Justification", "approved_by": "Approved by", "expires": "Expires",
        "suppresses": "suppresses {n}",
        "active": "active", "expired": "expired", "unused": "unused", "invalid": "invalid date",
        "error": "The file could not be read",
        "appendix": "Appendix: rules that ran", "configuration": "Configuration",
        "defaults": "defaults (no configuration file)",
        "applies_to": "Applies to the files", "parameters": "Parameters",
        "default": "default", "disabled": "Switched off", "none": "–",
    },
}
