"""A run's verdict and exit code, and per-document status by requirement area."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import SEVERITIES, at_or_above

STATUSES = ("met", "not_met", "not_reviewed", "not_applicable")


def rules_status(result, rules: list) -> str:
    """How a document stands against a group of rules (an area, or the rules testing one
    requirement): `not_met` when an enabled rule of it has an unsuppressed error or
    warning; `not_reviewed` when none of its applicable rules ran (switched off), when one
    of its enabled rules could not run (waiting for another document) or could not judge
    an item the document leaves unknown: never `met` on what was not looked at;
    `not_applicable` when no rule of it applies to the document's type; else `met`. A rule
    switched off by the configuration leaves the others to decide: the report's appendix
    names it."""
    settings = result.settings
    applicable = [r for r in rules if r.applies_to(result.document_type)]
    enabled = [r for r in applicable if r.id in settings.enabled]
    ran = [r for r in enabled if r.id not in result.not_reviewed]
    failing = {f.rule for f in result.active if f.severity in ("error", "warning")}
    unjudged = {item.rule for item in getattr(result, "unreviewed_items", ())}
    if not applicable:
        return "not_applicable"
    if any(r.id in failing for r in ran):
        return "not_met"
    if not ran or len(ran) < len(enabled) or any(r.id in unjudged for r in ran):
        return "not_reviewed"
    return "met"


def area_status(result) -> dict[str, str]:
    """rules_status for each area of the catalog."""
    rules = result.settings.catalog.rules.values()
    return {area: rules_status(result, [r for r in rules if r.area == area])
            for area in result.settings.catalog.areas()}


def severity_counts(results) -> dict[str, int]:
    counts = Counter(f.severity for result in results for f in result.active)
    return {severity: counts[severity] for severity in SEVERITIES}


VERDICTS = ("failed", "passed_with_findings", "passed")  # worst first


def threshold(result, fail_on: str | None = None) -> str:
    """The fail-on level in force for a result: the command line's, else its configuration's."""
    return fail_on or (result.settings.fail_on if result.settings else "error")


def verdict(result, fail_on: str | None = None) -> str:
    """The one verdict of a document, decided from what decides the exit code
    (docs/json-format.md, "Verdict"):

    `failed`: unreadable, or an open finding at or above the fail-on level (exit 1 or 2);
    `passed_with_findings`: exit 0, but open findings below the fail-on level, findings
    accepted by a baseline, rules not reviewed (waiting for another document), or items a
    rule could not judge because the document does not state a value it needs;
    `passed`: none of these. Findings suppressed by a valid waiver do not count: the
    waiver register discloses them."""
    if result.error:
        return "failed"
    level = threshold(result, fail_on)
    if any(at_or_above(f.severity, level) for f in result.active):
        return "failed"
    if result.active or result.baselined or result.not_reviewed or result.unreviewed_items:
        return "passed_with_findings"
    return "passed"


def overall_verdict(verdicts) -> str:
    """The worst of the documents' verdicts. A run that checked nothing (--allow-empty)
    exits 0 but reviewed nothing: never `passed`."""
    found = set(verdicts)
    return next((state for state in VERDICTS if state in found), "passed_with_findings")


@dataclass
class Tally:
    """Running totals over results as they stream past: the summary line, the exit code,
    the run's verdict (both from `verdict`, so they cannot disagree)."""

    fail_on: str | None = None  # None: each document's configured fail-on
    files: int = 0
    counts: Counter = field(default_factory=Counter)
    suppressed: int = 0
    baselined: int = 0
    unreadable: int = 0
    unreviewed: int = 0  # items a rule could not judge: the document does not state enough
    exit_code: int = 0  # 0 clean, 1 findings at or above fail-on, 2 unreadable input
    verdicts: Counter = field(default_factory=Counter)
    skipped: list = field(default_factory=list)  # walked YAML files that are no goal documents
    first_config: str | None = None  # of the first document: named once, in the summary

    def add(self, result) -> None:
        self.files += 1
        state = verdict(result, self.fail_on)
        self.verdicts[state] += 1
        source = result.settings.source if result.settings else None
        if self.files == 1:
            self.first_config = source
        if result.error:
            self.unreadable += 1
            self.exit_code = 2
            return
        self.counts.update(f.severity for f in result.active)
        self.unreviewed += len(result.unreviewed_items)
        self.suppressed += sum(1 for f in result.findings if f.suppressed)
        self.baselined += len(result.baselined)
        if self.exit_code == 0 and state == "failed":
            self.exit_code = 1

    @property
    def verdict(self) -> str:
        return overall_verdict(self.verdicts)
