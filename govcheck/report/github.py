"""GitHub Actions workflow commands: one annotation per unsuppressed finding, shown on
the line in the pull request's diff. Unreadable files are annotated as errors."""

from __future__ import annotations

from .sarif import shown_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_SOURCE = {"nb": "Hjemmel", "en": "Source"}


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


def render(results, lang: str | None = None) -> str:
    lines = []
    for result in results:
        if result.error is not None:
            error = result.error
            lines.append(command("error", error.file, error.line, error.column, "govcheck",
                                 error.message))
        source = _SOURCE["en" if (lang or result.lang) == "en" else "nb"]
        for finding in result.active:
            message = finding.message
            if finding.citation:
                message += f"\n{source}: {finding.citation}"
            lines.append(command(COMMANDS[finding.severity], shown_path(finding.file, result.file),
                                 finding.line, finding.column, finding.rule, message))
    return "".join(line + "\n" for line in lines)
