"""GitHub Actions workflow commands: one annotation per unsuppressed finding, shown on
the line in the pull request's diff. Unreadable files are annotated as errors."""

from __future__ import annotations

from collections.abc import Iterator

from ..terms import known
from .sarif import shown_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_SOURCE = {"nb": "Kilde", "nn": "Kjelde", "en": "Source"}


def escape_data(text: str) -> str:
    """The message part: GitHub reads %, CR and LF as escapes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A `key=value` property: also `:` and `,`, which end a value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, file: str, line: int, column: int, title: str, message: str) -> str:
    properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in (
        ("file", file), ("line", line), ("col", column), ("title", title)))
    return f"::{kind} {properties}::{escape_data(message)}"


def stream(results, lang: str | None = None, tally=None) -> Iterator[str]:
    """Command lines for each result as it arrives; `tally` (summary.Tally) counts."""
    for result in results:
        if tally is not None:
            tally.add(result)
        if result.error is not None:
            error = result.error
            yield command("error", error.file, error.line, error.column, "govcheck",
                          error.message) + "\n"
        source = _SOURCE[known(lang or result.lang)]
        for finding in result.active:
            message = finding.message
            if finding.citation:
                message += f"\n{source}: {finding.citation}"
            yield command(COMMANDS[finding.severity], shown_path(finding.file, result.file),
                          finding.line, finding.column, finding.rule, message) + "\n"


def render(results, lang: str | None = None, tally=None) -> str:
    return "".join(stream(results, lang, tally))
