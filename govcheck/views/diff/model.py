"""The diff's model: sides, changes, entries, sections, and the whole Diff with its JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = "govcheck-diff"
VERSION = 2


@dataclass(frozen=True)
class Side:
    file: str
    document_id: str | None
    year: int | None
    type: str | None = None
    recipient: str | None = None


@dataclass(frozen=True)
class Change:
    """One changed property. For `target_value`, `trend` is lowered/raised and
    `effect` easier/harder (None when the direction does not say)."""

    field: str
    old: Any
    new: Any
    trend: str | None = None
    effect: str | None = None

    def to_dict(self) -> dict:
        out = {"field": self.field, "old": self.old, "new": self.new}
        if self.field == "target_value":
            out["trend"] = self.trend
            out["effect"] = self.effect
        return out


@dataclass(frozen=True)
class Entry:
    """A goal or indicator in the diff. `line` is in the new file, or in the old
    file for a removed item; `old_line` is set for changed items."""

    kind: str  # goal | indicator
    id: str
    label: str | None  # title of a goal, name of an indicator
    line: int
    level: int | None = None  # goals
    goal: str | None = None  # indicators: the goal it sits on
    unit: str | None = None  # indicators
    old_line: int | None = None
    changes: tuple[Change, ...] = ()

    def to_dict(self, changed: bool) -> dict:
        out: dict = {"id": self.id}
        if self.kind not in ("goal", "indicator"):
            out["title"] = self.label
        elif self.kind == "goal":
            out["title"] = self.label
            out["level"] = self.level
        else:
            out["name"] = self.label
            out["goal"] = self.goal
            out["unit"] = self.unit
        out["line"] = self.line
        if changed:
            out["old_line"] = self.old_line
            out["changes"] = [c.to_dict() for c in self.changes]
        return out


@dataclass(frozen=True)
class Section:
    added: tuple[Entry, ...] = ()
    removed: tuple[Entry, ...] = ()
    changed: tuple[Entry, ...] = ()

    def to_dict(self) -> dict:
        return {
            "added": [e.to_dict(False) for e in self.added],
            "removed": [e.to_dict(False) for e in self.removed],
            "changed": [e.to_dict(True) for e in self.changed],
        }

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


COUNTED = ("goals", "level1_goals", "indicators", "assignments", "budget_lines", "risks")
SECTIONS = ("goals", "indicators", "budget_lines", "assignments", "risks")


@dataclass(frozen=True)
class Findings:
    """Findings of the checker on both documents, keyed as the baseline keys them
    without the document: (rule, target, severity) per finding, sorted."""

    new: tuple = ()
    resolved: tuple = ()
    persistent: tuple = ()

    def to_dict(self) -> dict:
        return {name: [{"rule": r, "target": t, "severity": s} for r, t, s in found]
                for name, found in (("new", self.new), ("resolved", self.resolved),
                                    ("persistent", self.persistent))}


@dataclass(frozen=True)
class Diff:
    old: Side
    new: Side
    counts: dict[str, tuple[int, int]]  # COUNTED → (old, new)
    goals: Section = field(default_factory=Section)
    indicators: Section = field(default_factory=Section)
    budget_lines: Section = field(default_factory=Section)
    assignments: Section = field(default_factory=Section)
    risks: Section = field(default_factory=Section)
    findings: Findings | None = None  # None when the checker was not run
    # ("type" | "recipient", old, new) when the two documents differ in it
    warnings: tuple = ()

    @property
    def empty(self) -> bool:
        """Nothing was added, removed or changed."""
        return all(getattr(self, name).empty for name in SECTIONS)

    def to_dict(self) -> dict:
        def side(s: Side) -> dict:
            return {"file": s.file, "document_id": s.document_id, "year": s.year,
                    "type": s.type, "recipient": s.recipient}

        out = {
            "format": FORMAT,
            "version": VERSION,
            "old": side(self.old),
            "new": side(self.new),
            "warnings": [{"field": f, "old": o, "new": n} for f, o, n in self.warnings],
            "counts": {k: {"old": self.counts[k][0], "new": self.counts[k][1]}
                       for k in COUNTED},
        }
        out.update({name: getattr(self, name).to_dict() for name in SECTIONS})
        out["findings"] = self.findings.to_dict() if self.findings else None
        return out
