"""What the report discloses about the run: the cover's verdict facts (fail-on level,
completeness, configuration, baseline) and the appendix of rules, per configuration
and per document. The lists come from run/disclosure.py, as in the JSON output."""

from __future__ import annotations

from ..run.disclosure import configuration, configuration_changes, local_rules, rule_lists
from ..run.summary import STATUSES, not_assessed, rule_statuses, threshold, verdict
from .words import completeness


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def cover_facts(results: list, fail_on: str | None, baseline, lang: str = "nb") -> dict:
    """The levels in force and where they come from, how complete the review was, the
    configurations used and the baseline, for the cover."""
    readable = [r for r in results if r.settings is not None]
    configurations = {}
    for result in readable:
        settings = result.settings
        found = configuration(settings)
        configurations.setdefault((found["file"], found["ruleset_fingerprint"]), found)
    return {
        "fail_on": sorted({threshold(r, fail_on) for r in results},
                          key=("error", "warning", "info").index),
        "fail_on_from": "cli" if fail_on else "config",
        # what the verdict could not see: the statement beside it, then its parts
        "not_assessed_text": completeness(sum(not_assessed(r) for r in readable), lang),
        "completeness": [
            {"key": "rules_not_reviewed", "n": sum(len(r.not_reviewed) for r in readable)},
            {"key": "values_not_stated", "n": sum(len(r.unreviewed_items) for r in readable)},
            {"key": "sections_open", "n": sum(len(r.open_sections) for r in readable)},
            {"key": "unreadable_files", "n": sum(1 for r in results if r.error)},
        ],
        "configurations": list(configurations.values()),
        "baseline": None if baseline is None else {
            "file": baseline.file, "sha256": baseline.sha256, "written": baseline.written,
            "known": sum(len(r.baselined) for r in results)},
    }


def _rule_row(rule_id: str, settings, lang: str) -> dict:
    catalog, values = settings.catalog, settings.parameter_values
    rule = catalog.rules[rule_id]
    parameters = []
    for name in rule.parameters:
        default = catalog.parameters[name].default
        parameters.append({"name": name, "value": _value(values.get(name)),
                           "default": None if values.get(name) == default
                           else _value(default)})
    return {"id": rule_id, "area": rule.area,
            "title": rule.title.get(lang) or rule.title.get("nb", ""),
            "severity": settings.severity_of(rule_id), "parameters": parameters}


def _document_lists(result, number: int, why) -> dict:
    lists = rule_lists(result)
    entry = {"number": number, "file": result.file, "doc_id": result.document_id,
             "verdict": None, "lists": lists}
    if lists is not None:
        reasons = dict(why(result))
        entry["not_reviewed"] = [(item["rule"], reasons.get(item["rule"], ""))
                                 for item in lists["not_reviewed"]]
        by_status = rule_statuses(result)
        groups = [(state, [r for r, s in by_status.items() if s == state])
                  for state in STATUSES if state != "not_applicable"]
        entry["statuses"] = [(state, rules) for state, rules in groups if rules]
    return entry


def appendix(results: list, lang: str, fail_on: str | None, why) -> list[dict]:
    """One block per distinct configuration: what it changed, the rules it switched
    on with their parameters, and for each of its documents the rules that ran, did
    not apply to the type, or could not be reviewed (`why(result)` gives the reasons)."""
    blocks, seen = [], {}
    for number, result in enumerate(results, start=1):
        settings = result.settings
        if settings is None:
            continue
        key = (settings.source, settings.rule_dirs, settings.enabled, settings.values,
               settings.severities)
        if key not in seen:
            changes = configuration_changes(settings)
            for item in changes["parameters_changed"]:
                item.update(value=_value(item["value"]), default=_value(item["default"]))
            seen[key] = {
                **configuration(settings), **changes, "local_rules": local_rules(settings),
                "rules": [_rule_row(r, settings, lang) for r in settings.enabled],
                "documents": [],
            }
            blocks.append(seen[key])
        document = _document_lists(result, number, why)
        document["verdict"] = verdict(result, fail_on)
        seen[key]["documents"].append(document)
    return blocks
