"""A run's verdict and exit code, and per-document status by requirement area."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import SEVERITIES, at_or_above

STATUSES = ("met", "not_met", "not_reviewed", "nothing_to_assess", "not_applicable")


def rules_status(result, rules: list) -> str:
    """How a document stands against a group of rules (one rule, an area, or the rules
    testing one requirement), the one status every output shows:

    `not_applicable`: no rule of it applies to the document's type;
    `not_met`: an enabled rule of it has an open finding (unsuppressed, not baselined),
    of any severity: a rule that flags something is not met, even «til orientering»;
    `not_reviewed`: none of its applicable rules ran (switched off), one of its enabled
    rules could not run (waiting for another document), could not judge an item the
    document leaves unknown, or reads a list the document leaves open (null, or ending
    in null: not every item is in the file);
    `nothing_to_assess`: its rules ran but judged no item, because the section they read
    is stated empty or absent (run/checker.py, `judged_counts`);
    `met`: at least one item judged and none breaks a rule. Never `met` on what was not
    looked at. A rule switched off by the configuration leaves the others to decide: the
    report's appendix names it."""
    settings = result.settings
    applicable = [r for r in rules if r.applies_to(result.document_type)]
    enabled = [r for r in applicable if r.id in settings.enabled]
    ran = [r for r in enabled if r.id not in result.not_reviewed]
    failing = {f.rule for f in result.active}  # an open finding, even for information
    unjudged = {item.rule for item in getattr(result, "unreviewed_items", ())}
    unjudged |= set(getattr(result, "open_sections", ()))
    if not applicable:
        return "not_applicable"
    if any(r.id in failing for r in ran):
        return "not_met"
    if not ran or len(ran) < len(enabled) or any(r.id in unjudged for r in ran):
        return "not_reviewed"
    judged = getattr(result, "judged", {})
    if not any(judged.get(r.id, 0) for r in ran):
        return "nothing_to_assess"
    return "met"


def rule_status(result, rule) -> str:
    """rules_status of one rule; `not_applicable` too for a rule switched off (the
    appendix lists those apart)."""
    if rule.id not in result.settings.enabled:
        return "not_applicable"
    return rules_status(result, [rule])


def rule_statuses(result) -> dict[str, str]:
    """rule id → status, for every enabled rule that applies to the document's type."""
    kind = result.document_type
    return {rule_id: rules_status(result, [rule])
            for rule_id, rule in sorted(result.settings.catalog.rules.items())
            if rule_id in result.settings.enabled and rule.applies_to(kind)}


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


NOTHING_CHECKED = "nothing_checked"  # a run's verdict when it checked no document


def verdict(result, fail_on: str | None = None) -> str:
    """The one verdict of a document, decided from what decides the exit code
    (docs/json-format.md, "Verdict"):

    `failed`: unreadable, or an open finding at or above the fail-on level (exit 1 or 2);
    `passed_with_findings`: exit 0, but open findings below the fail-on level or findings
    accepted by a baseline;
    `passed`: none of these. Findings suppressed by a valid waiver do not count: the
    waiver register discloses them. What could not be assessed neither lowers nor
    raises the verdict: it is said beside it (`not_assessed`), in every output."""
    if result.error:
        return "failed"
    level = threshold(result, fail_on)
    if any(at_or_above(f.severity, level) for f in result.active):
        return "failed"
    if result.active or result.baselined:
        return "passed_with_findings"
    return "passed"


def not_assessed(result) -> int:
    """The matters govcheck could not assess in a document, the verdict's completeness
    statement: each item a rule could not judge because the document does not state
    what it needs, each rule that could not run (waiting for another document), and each
    rule whose items the document lists only in part (a section null or ending in null).
    None for an unreadable file: nothing in it was assessed."""
    if result.error:
        return 0
    return len(result.unreviewed_items) + len(result.not_reviewed) + len(result.open_sections)


def overall_verdict(verdicts) -> str:
    """The worst of the documents' verdicts; `nothing_checked` for a run that checked no
    document (exit 2, or 0 with --allow-empty): never a pass."""
    found = set(verdicts)
    return next((state for state in VERDICTS if state in found), NOTHING_CHECKED)


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
    not_assessed: int = 0  # the documents' `not_assessed`, summed
    allow_empty: bool = True  # False: a run that found no document exits 2 (check's default)
    worst_exit: int = 0  # 0 clean, 1 findings at or above fail-on, 2 unreadable input
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
            self.worst_exit = 2
            return
        self.counts.update(f.severity for f in result.active)
        self.not_assessed += not_assessed(result)
        self.suppressed += sum(1 for f in result.findings if f.suppressed)
        self.baselined += len(result.baselined)
        if self.worst_exit == 0 and state == "failed":
            self.worst_exit = 1

    @property
    def verdict(self) -> str:
        return overall_verdict(self.verdicts)

    @property
    def exit_code(self) -> int:
        """The run's exit code; 2 for a run that found no document unless --allow-empty,
        so every output (JSON, SARIF) says the code the run ends with."""
        return 2 if self.files == 0 and not self.allow_empty else self.worst_exit
