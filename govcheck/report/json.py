"""The versioned JSON result (docs/json-format.md): stable keys, sorted findings."""

from __future__ import annotations

import json
from collections import Counter
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
    meta = result.document.data.get("document") if result.document else None
    meta = meta if isinstance(meta, dict) else {}
    error = result.error
    return {
        "file": result.file,
        "sha256": result.sha256 or None,
        "document_id": meta.get("id") if isinstance(meta.get("id"), str) else None,
        "type": meta.get("type") if isinstance(meta.get("type"), str) else None,
        "language": result.lang,
        "error": None if error is None else {
            "line": error.line, "column": error.column, "message": error.message,
        },
        "findings": [finding_dict(f) for f in result.findings],
        "not_reviewed": [
            {"rule": rule_id, "needs": relation, "named": named}
            for rule_id, (relation, named) in sorted(result.not_reviewed.items())
        ],
    }


def render(results, as_of: str) -> str:
    counts = Counter(f.severity for r in results for f in r.active)
    payload = {
        "format": "govcheck-results",
        "version": FORMAT_VERSION,
        "govcheck": __version__,
        "as_of": as_of,
        "documents": [result_dict(r) for r in results],
        "summary": {
            "files": len(results),
            **{severity: counts[severity] for severity in SEVERITIES},
            "suppressed": sum(1 for r in results for f in r.findings if f.suppressed),
            "unreadable": sum(1 for r in results if r.error),
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
