"""The versioned JSON result (docs/json-format.md): stable keys, sorted findings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict

from .. import __version__, safe
from ..document.items import path_text
from ..findings import SEVERITIES, place
from ..run.disclosure import configuration, reason_key, rule_lists
from ..run.summary import area_status, not_assessed, rule_statuses, threshold, verdict

FORMAT_VERSION = 1


def finding_dict(finding) -> dict:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "target": finding.target,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "citation": finding.citation,
        "suppressed_by": asdict(finding.waiver) if finding.waiver else None,
        **({"sheet": finding.sheet, "cell": finding.cell} if finding.sheet else {}),
    }


def _cell_of(thing) -> dict:
    """In a workbook: the sheet and cell (line and column are then row and column)."""
    sheet = getattr(thing, "sheet", "")
    return {"sheet": sheet, "cell": place(thing.line, thing.column, sheet).split("!")[1]} \
        if sheet else {}


def result_dict(result, fail_on: str | None = None) -> dict:
    error = result.error
    return {
        "file": result.file,
        "sha256": result.sha256 or None,
        "document_id": result.document_id or None,
        "type": result.meta.get("type") if isinstance(result.meta.get("type"), str) else None,
        "language": result.lang,
        "configuration": result.settings.source if result.settings else None,
        "error": None if error is None else {
            "line": error.line, "column": error.column, "message": error.message,
            **_cell_of(error),
        },
        "verdict": verdict(result, fail_on),
        "not_assessed": not_assessed(result),
        "fail_on": threshold(result, fail_on),
        "findings": [finding_dict(f) for f in result.findings],
        "baselined": [finding_dict(f) for f in result.baselined],
        "not_reviewed": [
            {"rule": rule_id, "needs": reason[0], "named": reason[1], "reason": reason_key(reason)}
            for rule_id, reason in sorted(result.not_reviewed.items())
        ],
        "not_reviewed_items": [
            {"rule": item.rule, "target": item.target, "line": item.line,
             "column": item.column, "not_stated": list(item.missing), **_cell_of(item)}
            for item in result.unreviewed_items
        ],
        "not_reviewed_sections": [
            {"rule": rule_id, "section": path_text(path)}
            for rule_id, path in sorted(result.open_sections.items())
        ],
        "rules": rule_lists(result),
        "status": None if error or result.settings is None else {
            "areas": area_status(result), "rules": rule_statuses(result)},
        **_fingerprints(result.settings),
    }


def _fingerprints(settings) -> dict:
    """The configuration file's SHA-256 and the rule-set fingerprint (run/disclosure.py)."""
    found = configuration(settings) if settings else {}
    return {"configuration_sha256": found.get("sha256"),
            "ruleset_fingerprint": found.get("ruleset_fingerprint")}


def baseline_dict(baseline) -> dict | None:
    if baseline is None:
        return None
    return {"file": baseline.file, "sha256": baseline.sha256, "written": baseline.written,
            "entries": len(baseline)}


def stream(results, tally, as_of: str, baseline=None) -> Iterator[str]:
    """The JSON document in pieces, one per result, so output streams; `tally` counts."""
    header = {"format": "govcheck-results", "version": FORMAT_VERSION,
              "govcheck": __version__, "as_of": as_of, "fail_on": tally.fail_on,
              "baseline": baseline_dict(baseline)}
    yield safe.json_utf8(json.dumps(header, ensure_ascii=False, indent=2)[:-2]) + \
        ',\n  "documents": ['
    for index, result in enumerate(results):
        tally.add(result)
        text = safe.json_utf8(json.dumps(result_dict(result, tally.fail_on), ensure_ascii=False,
                                         indent=2))
        yield ("," if index else "") + "\n    " + text.replace("\n", "\n    ")
    summary = {
        "files": tally.files,
        **{severity: tally.counts[severity] for severity in SEVERITIES},
        "suppressed": tally.suppressed,
        "baselined": tally.baselined,
        "unreadable": tally.unreadable,
        "skipped": list(tally.skipped),
        "verdict": tally.verdict,
        "not_assessed": tally.not_assessed,
        "exit_code": tally.exit_code,
    }
    yield ("\n  " if tally.files else "") + '],\n  "summary": ' + json.dumps(
        summary, indent=2).replace("\n", "\n  ") + "\n}\n"
