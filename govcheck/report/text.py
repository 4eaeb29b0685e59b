"""`FILE:LINE:COL: SEVERITY RULE message` lines and a one-line summary."""

from __future__ import annotations

from collections import Counter

import click

from ..findings import SEVERITIES
from ..terms import severity_word

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def finding_line(finding, lang: str, colour: bool) -> str:
    word = severity_word(finding.severity, lang)
    if colour:
        word = click.style(word, fg=_COLOURS[finding.severity], bold=True)
    return (f"{finding.file}:{finding.line}:{finding.column}: {word} {finding.rule} "
            f"{finding.message}")


def summary_line(results, lang: str) -> str:
    counts = Counter(f.severity for r in results for f in r.active)
    suppressed = sum(1 for r in results for f in r.findings if f.suppressed)
    unreadable = sum(1 for r in results if r.error)
    files = len(results)
    parts = [f"{counts[s]} {severity_word(s, lang, counts[s])}" for s in SEVERITIES]
    if lang == "en":
        line = f"{files} file{'s' if files != 1 else ''} checked: " + ", ".join(parts)
        extras = [f"{suppressed} suppressed by waivers"] if suppressed else []
        extras += [f"{unreadable} unreadable"] if unreadable else []
    else:
        line = f"{files} {'fil' if files == 1 else 'filer'} kontrollert: " + ", ".join(parts)
        extras = [f"{suppressed} dempet av unntak"] if suppressed else []
        extras += [f"{unreadable} kunne ikke leses"] if unreadable else []
    return line + (f" ({'; '.join(extras)})" if extras else "")


_RELATION_WORDS = {
    ("parent", "en"): "parent document", ("previous", "en"): "previous document",
    ("parent", "nb"): "overordnet dokument", ("previous", "nb"): "fjorårets dokument",
}


def not_reviewed_lines(result, lang: str) -> list[str]:
    """Rules that could not run because a document the file names was not checked with it."""
    by_relation: dict[tuple, list[str]] = {}
    for rule_id, (relation, named) in sorted(result.not_reviewed.items()):
        if named:
            by_relation.setdefault((relation, named), []).append(rule_id)
    lines = []
    for (relation, named), rule_ids in sorted(by_relation.items()):
        what = _RELATION_WORDS[(relation, "en" if lang == "en" else "nb")]
        if lang == "en":
            lines.append(f"{result.file}: not reviewed: {', '.join(rule_ids)} ({what} "
                         f"{named} was not checked with it)")
        else:
            lines.append(f"{result.file}: ikke vurdert: {', '.join(rule_ids)} ({what} "
                         f"{named} er ikke med i kontrollen)")
    return lines


def render(results, lang: str, colour: bool) -> str:
    lines = [finding_line(f, r.lang if lang is None else lang, colour)
             for r in results for f in r.active]
    lines += [line for r in results for line in not_reviewed_lines(r, lang or r.lang)]
    lines.append(summary_line(results, lang or "nb"))
    return "\n".join(lines) + "\n"
