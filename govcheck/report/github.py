"""GitHub Actions workflow commands: one annotation per unsuppressed finding, shown on
the line in the pull request's diff. Unreadable files are annotated as errors."""

from __future__ import annotations

from collections.abc import Iterator

from .. import safe
from .sarif import shown_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def command(kind: str, file: str, line: int, column: int, title: str, *message) -> str:
    """One workflow command; `message` parts become the annotation's lines."""
    properties = ",".join(f"{key}={safe.github_property(value)}" for key, value in (
        ("file", file), ("line", line), ("col", column), ("title", title)))
    return f"::{kind} {properties}::{safe.github_data(*message)}"


def stream(results, lang: str | None = None, tally=None) -> Iterator[str]:
    """Command lines for each result as it arrives; `tally` (summary.Tally) counts."""
    for result in results:
        if tally is not None:
            tally.add(result)
        if result.error is not None:
            error = result.error
            yield command("error", error.file, error.line, error.column, "govcheck",
                          error.message) + "\n"
        for finding in result.active:
            message = [finding.message + (f" ({finding.place})" if finding.sheet else "")] + (
                [finding.citation] if finding.citation else [])
            yield command(COMMANDS[finding.severity], shown_path(finding.file, result.file),
                          finding.line, finding.column, finding.rule, *message) + "\n"


def render(results, lang: str | None = None, tally=None) -> str:
    return "".join(stream(results, lang, tally))
