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
        extras += [f"configuration {safe.text(tally.first_config)}"] if tally.first_config \
            else []
    else:
        line = f"{files} {'fil' if files == 1 else 'filer'} kontrollert: " + ", ".join(parts)
        extras = [f"{tally.suppressed} dempet av unntak"] if tally.suppressed else []
        extras += [f"{tally.unreadable} kunne ikke leses"] if tally.unreadable else []
        extras += [f"{len(tally.skipped)} {'fil' if len(tally.skipped) == 1 else 'filer'} "
                   "hoppet over: ikke styringsdokumenter"] if tally.skipped else []
        extras += [f"konfigurasjon {safe.text(tally.first_config)}"] if tally.first_config \
            else []
    return line + (f" ({'; '.join(extras)})" if extras else "")


_RELATION_WORDS = {
    ("parent", "en"): "parent document", ("previous", "en"): "previous document",
    ("parent", "nb"): "overordnet dokument", ("previous", "nb"): "fjorårets dokument",
}


_WHY_NOT = {
    ("absent", "en"): "{what} {named} was not checked with it",
    ("absent", "nb"): "{what} {named} er ikke med i kontrollen",
    ("self", "en"): "{what} {named} is this document itself",
    ("self", "nb"): "{what} {named} er dette dokumentet selv",
    ("ambiguous", "en"): "{what} {named}: more than one file in this run has that id",
    ("ambiguous", "nb"): "{what} {named}: flere filer i kontrollen har den id-en",
}


def not_reviewed_lines(result, lang: str) -> list[str]:
    """Rules that could not run because a document the file names was not checked with
    it, is the file itself, or is not the only file with that id."""
    by_relation: dict[tuple, list[str]] = {}
    for rule_id, (relation, named, *why) in sorted(result.not_reviewed.items()):
        if named:
            by_relation.setdefault((relation, named, *(why or ["absent"])), []).append(rule_id)
    lines = []
    file = safe.text(result.file)
    language = "en" if lang == "en" else "nb"
    for (relation, named, why), rule_ids in sorted(by_relation.items()):
        reason = _WHY_NOT[(why, language)].format(
            what=_RELATION_WORDS[(relation, language)], named=safe.text(named))
        label = "not reviewed" if language == "en" else "ikke vurdert"
        lines.append(f"{file}: {label}: {', '.join(rule_ids)} ({reason})")
    return lines


def config_line(result, tally, lang: str) -> str | None:
    """Names the configuration of a document whose configuration is not the run's first
    (a govcheck.yaml in a subfolder replaces the one above it)."""
    source = result.settings.source if result.settings else None
    if result.settings is None or source == tally.first_config:
        return None
    file, source = safe.text(result.file), safe.text(source) if source else None
    if lang == "en":
        return f"{file}: configuration {source or 'none (defaults)'}"
    return f"{file}: konfigurasjon {source or 'ingen (standard)'}"


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
