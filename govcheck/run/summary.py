"""Per-document verdicts by requirement area: met, not met, not reviewed, not applicable."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import SEVERITIES, at_or_above

STATUSES = ("met", "not_met", "not_reviewed", "not_applicable")


def area_status(result) -> dict[str, str]:
    """For each area of the catalog: `not_met` when an enabled rule of it has an
    unsuppressed error or warning; `not_reviewed` when none of its applicable rules
    ran (switched off, or waiting for another document); `not_applicable` when no
    rule of it applies to the document's type; else `met`."""
    settings = result.settings
    kind = result.document_type
    failing = {f.rule for f in result.active if f.severity in ("error", "warning")}
    status = {}
    for area in settings.catalog.areas():
        rules = [r for r in settings.catalog.rules.values() if r.area == area]
        applicable = [r for r in rules if r.applies_to(kind)]
        ran = [r for r in applicable
               if r.id in settings.enabled and r.id not in result.not_reviewed]
        if not applicable:
            status[area] = "not_applicable"
        elif any(r.id in failing for r in ran):
            status[area] = "not_met"
        elif not ran:
            status[area] = "not_reviewed"
        else:
            status[area] = "met"
    return status


def severity_counts(results) -> dict[str, int]:
    counts = Counter(f.severity for result in results for f in result.active)
    return {severity: counts[severity] for severity in SEVERITIES}


def verdict(result) -> str:
    """`fail` with an unsuppressed error, `pass` otherwise; `unreadable` on load errors."""
    if result.error:
        return "unreadable"
    return "fail" if any(f.severity == "error" for f in result.active) else "pass"


@dataclass
class Tally:
    """Running totals over results as they stream past: the summary line, the exit code."""

    fail_on: str | None = None  # None: each document's configured fail-on
    files: int = 0
    counts: Counter = field(default_factory=Counter)
    suppressed: int = 0
    unreadable: int = 0
    exit_code: int = 0  # 0 clean, 1 findings at or above fail-on, 2 unreadable input
    skipped: list = field(default_factory=list)  # walked YAML files that are no goal documents
    first_config: str | None = None  # of the first document: named once, in the summary

    def add(self, result) -> None:
        self.files += 1
        source = result.settings.source if result.settings else None
        if self.files == 1:
            self.first_config = source
        if result.error:
            self.unreadable += 1
            self.exit_code = 2
            return
        self.counts.update(f.severity for f in result.active)
        self.suppressed += sum(1 for f in result.findings if f.suppressed)
        threshold = self.fail_on or (result.settings.fail_on if result.settings else "error")
        if self.exit_code == 0 and any(at_or_above(f.severity, threshold)
                                       for f in result.active):
            self.exit_code = 1
