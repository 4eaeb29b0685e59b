"""`FILE:LINE:COL: SEVERITY RULE message` lines and a one-line summary."""

from __future__ import annotations

from collections.abc import Iterator

import click

from .. import safe
from ..document.items import path_text
from ..findings import SEVERITIES, place
from ..i18n import ngettext
from ..terms import known, severity_word
from .not_reviewed import why_not_reviewed
from .unstated import not_stated
from .words import REPORT, TEXT, completeness

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def finding_line(finding, lang: str, colour: bool) -> str:
    word = severity_word(finding.severity, lang)
    if colour:
        word = click.style(word, fg=_COLOURS[finding.severity], bold=True)
    # the target is what a waiver names: show it, so the reader can write one
    return (f"{safe.text(finding.file)}:{safe.text(finding.place)}: {word} {finding.rule} "
            f"[{safe.text(finding.target)}] {safe.text(finding.message)}")


def summary_line(tally, lang: str) -> str:
    lang = known(lang)
    words = TEXT[lang]
    counts, files = tally.counts, tally.files
    parts = ", ".join(f"{counts[s]} {severity_word(s, lang, counts[s])}" for s in SEVERITIES)
    line = ngettext(lang, "{files} file checked: {parts}", "{files} files checked: {parts}",
                    files).format(files=files, parts=parts)
    extras = [words["suppressed"].format(n=tally.suppressed)] if tally.suppressed else []
    extras += [words["baselined"].format(n=tally.baselined)] if tally.baselined else []
    extras += [words["unreadable"].format(n=tally.unreadable)] if tally.unreadable else []
    if tally.skipped:
        extras.append(ngettext(lang, "{n} file skipped: not goal documents",
                               "{n} files skipped: not goal documents",
                               len(tally.skipped)).format(n=len(tally.skipped)))
    extras += [words["configuration"].format(source=safe.text(tally.first_config))] \
        if tally.first_config else []
    line += f" ({'; '.join(extras)})" if extras else ""
    verdicts = REPORT[known(lang)]
    line = f"{line} — {verdicts['verdict']}: {verdicts[tally.verdict]}"
    if tally.files > tally.unreadable:  # beside the verdict whenever a document was read
        line += f"; {completeness(tally.not_assessed, known(lang))}"
    return line


def unreviewed_item_lines(result, lang: str) -> list[str]:
    """Items a rule could not judge because the document does not state what it needs."""
    words = TEXT[known(lang)]
    return [words["item_not_reviewed"].format(
                place=f"{safe.text(result.file)}:"
                      f"{safe.text(place(item.line, item.column, item.sheet))}",
                rule=item.rule, target=safe.text(item.target),
                why=safe.text(not_stated(item, lang)))
            for item in result.unreviewed_items]


def not_reviewed_lines(result, lang: str) -> list[str]:
    """Rules that could not run because the document names no document they need, or
    the one it names was not checked with it, is the file itself, or is not the only file
    with that id: each is a matter the verdict's completeness statement counts."""
    words = TEXT[known(lang)]
    by_reason: dict[tuple, list[str]] = {}
    for rule_id, reason in sorted(result.not_reviewed.items(), key=lambda kv: kv[0]):
        by_reason.setdefault(tuple(reason), []).append(rule_id)
    return [words["not_reviewed"].format(file=safe.text(result.file), rules=", ".join(rule_ids),
                                         why=safe.text(why_not_reviewed(reason, lang)))
            for reason, rule_ids in sorted(by_reason.items(), key=_reason_order)]


def open_section_lines(result, lang: str) -> list[str]:
    """Rules whose items the document lists only in part (a section null or ending in
    null), one line per section."""
    words = TEXT[known(lang)]
    by_section: dict[tuple, list[str]] = {}
    for rule_id, path in sorted(result.open_sections.items()):
        by_section.setdefault(path, []).append(rule_id)
    return [words["open_section"].format(file=safe.text(result.file), rules=", ".join(rules),
                                         section=safe.text(path_text(path)))
            for path, rules in sorted(by_section.items(), key=lambda kv: path_text(kv[0]))]


def config_line(result, tally, lang: str) -> str | None:
    """Names the configuration of a document whose configuration is not the run's first
    (a govcheck.yaml in a subfolder replaces the one above it)."""
    source = result.settings.source if result.settings else None
    if result.settings is None or source == tally.first_config:
        return None
    words = TEXT[known(lang)]
    return words["config_of"].format(file=safe.text(result.file),
                                     source=safe.text(source) if source else words["defaults"])


def stream(results, tally, lang: str | None, colour: bool) -> Iterator[str]:
    """Lines for each result as it arrives, then the summary; `tally` counts them."""
    seen = set()
    for result in results:
        tally.add(result)
        shown = lang or result.lang
        seen.add(result.lang if not result.error else None)
        line = config_line(result, tally, shown)
        if line:
            yield line + "\n"
        for finding in result.active:
            yield finding_line(finding, shown, colour) + "\n"
        for line in unreviewed_item_lines(result, shown):
            yield line + "\n"
        for line in not_reviewed_lines(result, shown) + open_section_lines(result, shown):
            yield line + "\n"
    common = seen.pop() if len(seen) == 1 else None  # the documents' one language, if any
    yield summary_line(tally, lang or common or "nb") + "\n"


def _reason_order(entry) -> tuple:
    (relation, named, *why), _ = entry
    return relation, named or "", tuple(why)
