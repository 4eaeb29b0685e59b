"""Year by year per agency: counts and area statuses, and the findings new, resolved and
persistent since the year before.

Findings are keyed as the baseline keys them (run/baseline.finding_key) without the
document part: a document's id changes every year (AID-AT-2024, AID-AT-2025), the rule,
target and message values are what stay the same when a finding persists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..run.baseline import finding_key


@dataclass(frozen=True)
class Year:
    year: int
    document_id: str
    file: str
    counts: dict  # severity → unsuppressed findings
    areas: dict  # area → status
    # since the year before (empty for the first year): (rule, target, severity), sorted
    new: tuple = ()
    resolved: tuple = ()
    persistent: tuple = ()

    def to_dict(self, first: bool) -> dict:
        out = {"year": self.year, "document_id": self.document_id, "file": self.file,
               "counts": self.counts, "areas": self.areas}
        if not first:
            out["since_previous"] = {
                name: [{"rule": r, "target": t, "severity": s} for r, t, s in found]
                for name, found in (("new", self.new), ("resolved", self.resolved),
                                    ("persistent", self.persistent))}
        return out


@dataclass(frozen=True)
class Trend:
    agency: str
    type: str
    years: tuple  # Year, oldest first

    def to_dict(self) -> dict:
        return {"agency": self.agency, "type": self.type,
                "years": [y.to_dict(i == 0) for i, y in enumerate(self.years)]}


def _keys(result) -> Counter:
    return Counter((finding_key(result, f)[1:], f.severity) for f in result.active)


def _split(before: Counter, after: Counter) -> tuple:
    """(new, resolved, persistent) as sorted (rule, target, severity), one per finding."""
    def listed(counter: Counter) -> tuple:
        return tuple(sorted((key[0], key[1], severity)
                            for (key, severity), n in counter.items() for _ in range(n)))

    return listed(after - before), listed(before - after), listed(after & before)


def finding_changes(before, after) -> tuple:
    """(new, resolved, persistent) findings from one Result to the next."""
    return _split(_keys(before), _keys(after))


def build(pairs: list, agency_key) -> tuple:
    """A Trend for every agency (by `agency_key(row)`) with readable documents for two or
    more years; the first document of a year (by file) stands for it. Sorted by agency."""
    by_agency: dict[tuple, dict[int, tuple]] = {}
    for row, result in sorted(pairs, key=lambda pair: pair[0].file):
        if row.year is not None:
            by_agency.setdefault(agency_key(row), {}).setdefault(row.year, (row, result))
    found = []
    for years in by_agency.values():
        if len(years) < 2:
            continue
        entries, before = [], None
        for year in sorted(years):
            row, result = years[year]
            keys = _keys(result)
            new, resolved, persistent = _split(before, keys) if before is not None \
                else ((), (), ())
            entries.append(Year(year, row.document_id, row.file, row.counts, row.areas,
                                new, resolved, persistent))
            before = keys
        first = years[min(years)][0]
        found.append(Trend(first.agency, first.type, tuple(entries)))
    return tuple(sorted(found, key=lambda t: (t.agency.casefold(), t.type)))
