"""The finding: what is wrong, where, under which rule and regulation."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")  # most severe first
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Waiver:
    rule: str
    target: str
    justification: str
    approved_by: str
    expires: str
    file: str  # the goal document, or the configuration file that holds the waiver
    line: int
    column: int
    index: int  # position in its `waivers` list

    @property
    def label(self) -> str:
        return f"waivers[{self.index}]"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    target: str  # the id the finding is about, `document`, or `waivers[N]`
    file: str
    line: int
    column: int
    citation: str = ""
    document_id: str = ""
    path: tuple = field(default=(), compare=False)
    params: tuple = field(default=(), compare=False)  # message parameters, for baselines
    waiver: Waiver | None = field(default=None, compare=False)

    @property
    def suppressed(self) -> bool:
        return self.waiver is not None

    def sort_key(self):
        return (self.file, self.line, self.column, self.rule, self.target, self.message)


def sort_findings(findings) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold]
