"""Text from documents, configuration, rule files and file names, made safe for the
format it lands in. One function per output kind; reporters, views and the CLI call
these, and nothing else escapes user text (Jinja2's autoescape does the HTML markup,
`html` the rest). It sits beside findings.py because every layer that prints uses it.
JSON output carries the exact values as data; see docs/ci.md for the whole policy.

What a hostile text could do, and what stops it:
- a newline, CR or another line break forges output lines (one finding = one line);
- ESC and other C0/C1 controls drive the terminal; bidi controls reorder what a
  reviewer sees (the "Trojan Source" trick);
- the GitHub runner reads `::command::` at a line's start and the legacy `##[command]`
  anywhere in a line of any step's stdout and stderr, whatever govcheck's format;
- `=`, `+`, `-`, `@`, TAB or CR at a CSV cell's start make a spreadsheet formula.

Controls are shown escaped the way Python writes them (`\\n`, `\\x1b`, `\\u202e`), so
an auditor sees they are there. A backslash is left as it is (Windows paths).
"""

from __future__ import annotations

import re

# C0, DEL, C1, Unicode line and paragraph separators, Bidi_Control, the zero-width and
# invisible characters (two titles that look the same must not be), lone surrogates
# (undecodable bytes of file names) and the noncharacters XML cannot carry
_OTHER = (r"\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e"
          r"\u2060-\u2064\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff")
_UNSAFE = re.compile(rf"[\t\n\x0b\x0c\r{_OTHER}]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE_IN_HTML = re.compile(rf"[\x0b\x0c\r{_OTHER}]")  # HTML folds \n and \t
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LEGACY_COMMAND = "##["  # GitHub's runner reads it anywhere in a line
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=[#A-Za-z0-9])")


def _escape_one(match: re.Match) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _neutral_line(line: str) -> str:
    """No workflow command: `::` at the start (after blanks) and `##[` anywhere."""
    line = line.replace(_LEGACY_COMMAND, "##\\x5b")
    stripped = line.lstrip()
    if stripped.startswith("::"):
        start = len(line) - len(stripped)
        line = line[:start] + "\\x3a" + line[start + 1:]
    return line


def json_utf8(dumped: str) -> str:
    """JSON text that is valid UTF-8: a lone surrogate (an undecodable byte of a file name,
    which json.dumps with ensure_ascii=False leaves raw) as its `\\u` escape, which JSON
    allows and a reader turns back into the same value."""
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)


def text(value) -> str:
    """One line for the terminal, stderr, logs: controls and bidi shown escaped."""
    return _neutral_line(_UNSAFE.sub(_escape_one, str(value)))


def text_block(value) -> str:
    """Several lines kept as lines (a rule's example), each made safe like `text`."""
    return "\n".join(text(line) for line in str(value).split("\n"))


def github_data(*lines) -> str:
    """The message of a workflow command: each part made safe as text, the parts joined
    by line breaks, then GitHub's own escaping of %, CR and LF."""
    joined = "\n".join(text(line) for line in lines)
    return joined.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(value) -> str:
    """A `key=value` property of a workflow command: also `:` and `,`, which end it."""
    return github_data(value).replace(":", "%3A").replace(",", "%2C")


def xml(value) -> str:
    """Text for an XML attribute or element (ElementTree escapes the markup): one line,
    controls escaped, so nothing XML 1.0 cannot carry remains."""
    return text(value)


def xml_block(value) -> str:
    """Several lines for an XML element's text."""
    return text_block(value)


def sarif(value) -> str:
    """A SARIF message text, shown by code scanning: controls and bidi escaped."""
    return text(value)


def csv_cell(value):
    """A CSV cell. Numbers stay numbers; text is escaped as `text` and, when it starts
    with a formula character (after blanks), prefixed with `'` (OWASP's advice), so a
    spreadsheet shows it as text. A text that looks like a number is still text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    shown = text("" if value is None else value)
    if shown.lstrip().startswith(_FORMULA):
        return "'" + shown
    return shown


def markdown(value) -> str:
    """Inline Markdown (a table cell, a heading): one line, markup characters
    backslash-escaped, and `&` before a name as `&amp;` so no HTML entity is formed."""
    return _ENTITY.sub("&amp;", _MARKDOWN.sub(r"\\\1", text(value)))


def html(value) -> str:
    """Text for the HTML report before autoescape: line breaks and tabs stay (HTML
    folds them), every other control and bidi control is shown escaped."""
    return _UNSAFE_IN_HTML.sub(_escape_one, str(value))
