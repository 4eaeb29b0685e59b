"""The versioned JSON result (docs/json-format.md): stable keys, sorted findings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict

from .. import __version__
from ..findings import SEVERITIES

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
    }


def result_dict(result) -> dict:
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
        },
        "findings": [finding_dict(f) for f in result.findings],
        "not_reviewed": [
            {"rule": rule_id, "needs": relation, "named": named}
            for rule_id, (relation, named) in sorted(result.not_reviewed.items())
        ],
    }


def stream(results, tally, as_of: str) -> Iterator[str]:
    """The JSON document in pieces, one per result, so output streams; `tally` counts."""
    header = {"format": "govcheck-results", "version": FORMAT_VERSION,
              "govcheck": __version__, "as_of": as_of}
    yield json.dumps(header, ensure_ascii=False, indent=2)[:-2] + ',\n  "documents": ['
    for index, result in enumerate(results):
        tally.add(result)
        text = json.dumps(result_dict(result), ensure_ascii=False, indent=2)
        yield ("," if index else "") + "\n    " + text.replace("\n", "\n    ")
    summary = {
        "files": tally.files,
        **{severity: tally.counts[severity] for severity in SEVERITIES},
        "suppressed": tally.suppressed,
        "unreadable": tally.unreadable,
        "skipped": list(tally.skipped),
    }
    yield ("\n  " if tally.files else "") + '],\n  "summary": ' + json.dumps(
        summary, indent=2).replace("\n", "\n  ") + "\n}\n"
