"""`FILE:LINE:COL: SEVERITY RULE message` lines and a one-line summary."""

from __future__ import annotations

from collections.abc import Iterator

import click

from .. import safe
from ..findings import SEVERITIES
from ..terms import severity_word

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def finding_line(finding, lang: str, colour: bool) -> str:
    word = severity_word(finding.severity, lang)
    if colour:
        word = click.style(word, fg=_COLOURS[finding.severity], bold=True)
    return (f"{safe.text(finding.file)}:{finding.line}:{finding.column}: {word} {finding.rule} "
            f"{safe.text(finding.message)}")


def summary_line(tally, lang: str) -> str:
    counts, files = tally.counts, tally.files
    parts = [f"{counts[s]} {severity_word(s, lang, counts[s])}" for s in SEVERITIES]
    if lang == "en":
        line = f"{files} file{'s' if files != 1 else ''} checked: " + ", ".join(parts)
        extras = [f"{tally.suppressed} suppressed by waivers"] if tally.suppressed else []
        extras += [f"{tally.unreadable} unreadable"] if tally.unreadable else []
        extras += [f"{len(tally.skipped)} file{'s' if len(tally.skipped) != 1 else ''} "
                   "skipped: not goal documents"] if tally.skipped else []
        extras += [f"configuration {tally.first_config}"] if tally.first_config else []
    else:
        line = f"{files} {'fil' if files == 1 else 'filer'} kontrollert: " + ", ".join(parts)
        extras = [f"{tally.suppressed} dempet av unntak"] if tally.suppressed else []
        extras += [f"{tally.unreadable} kunne ikke leses"] if tally.unreadable else []
        extras += [f"{len(tally.skipped)} {'fil' if len(tally.skipped) == 1 else 'filer'} "
                   "hoppet over: ikke styringsdokumenter"] if tally.skipped else []
        extras += [f"konfigurasjon {tally.first_config}"] if tally.first_config else []
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
    file = safe.text(result.file)
    for (relation, named), rule_ids in sorted(by_relation.items()):
        what = _RELATION_WORDS[(relation, "en" if lang == "en" else "nb")]
        named = safe.text(named)
        if lang == "en":
            lines.append(f"{file}: not reviewed: {', '.join(rule_ids)} ({what} "
                         f"{named} was not checked with it)")
        else:
            lines.append(f"{file}: ikke vurdert: {', '.join(rule_ids)} ({what} "
                         f"{named} er ikke med i kontrollen)")
    return lines


def config_line(result, tally, lang: str) -> str | None:
    """Names the configuration of a document whose configuration is not the run's first
    (a govcheck.yaml in a subfolder replaces the one above it)."""
    source = result.settings.source if result.settings else None
    if result.settings is None or source == tally.first_config:
        return None
    if lang == "en":
        return f"{result.file}: configuration {source or 'none (defaults)'}"
    return f"{result.file}: konfigurasjon {source or 'ingen (standard)'}"


def stream(results, tally, lang: str | None, colour: bool) -> Iterator[str]:
    """Lines for each result as it arrives, then the summary; `tally` counts them."""
    for result in results:
        tally.add(result)
        shown = lang or result.lang
        line = config_line(result, tally, shown)
        if line:
            yield line + "\n"
        for finding in result.active:
            yield finding_line(finding, shown, colour) + "\n"
        for line in not_reviewed_lines(result, shown):
            yield line + "\n"
    yield summary_line(tally, lang or "nb") + "\n"
