"""`FILE:LINE:COL: SEVERITY RULE message` lines and a one-line summary."""

from __future__ import annotations

from collections.abc import Iterator

import click

from ..findings import SEVERITIES
from ..terms import known, severity_word
from .words import TEXT

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def finding_line(finding, lang: str, colour: bool) -> str:
    word = severity_word(finding.severity, lang)
    if colour:
        word = click.style(word, fg=_COLOURS[finding.severity], bold=True)
    return (f"{finding.file}:{finding.line}:{finding.column}: {word} {finding.rule} "
            f"{finding.message}")


def summary_line(tally, lang: str) -> str:
    words = TEXT[known(lang)]
    counts, files = tally.counts, tally.files
    parts = ", ".join(f"{counts[s]} {severity_word(s, lang, counts[s])}" for s in SEVERITIES)
    noun = words["file"] if files == 1 else words["files"]
    line = words["checked"].format(files=files, noun=noun, parts=parts)
    extras = [words["suppressed"].format(n=tally.suppressed)] if tally.suppressed else []
    extras += [words["unreadable"].format(n=tally.unreadable)] if tally.unreadable else []
    return line + (f" ({'; '.join(extras)})" if extras else "")


def not_reviewed_lines(result, lang: str) -> list[str]:
    """Rules that could not run because a document the file names was not checked with it."""
    words = TEXT[known(lang)]
    by_relation: dict[tuple, list[str]] = {}
    for rule_id, (relation, named) in sorted(result.not_reviewed.items()):
        if named:
            by_relation.setdefault((relation, named), []).append(rule_id)
    return [words["not_reviewed"].format(file=result.file, rules=", ".join(rule_ids),
                                         what=words[relation], named=named)
            for (relation, named), rule_ids in sorted(by_relation.items())]


def stream(results, tally, lang: str | None, colour: bool) -> Iterator[str]:
    """Lines for each result as it arrives, then the summary; `tally` counts them."""
    seen = set()
    for result in results:
        tally.add(result)
        shown = lang or result.lang
        seen.add(result.lang if not result.error else None)
        for finding in result.active:
            yield finding_line(finding, shown, colour) + "\n"
        for line in not_reviewed_lines(result, shown):
            yield line + "\n"
    common = seen.pop() if len(seen) == 1 else None  # the documents' one language, if any
    yield summary_line(tally, lang or common or "nb") + "\n"
