"""The finding: what is wrong, where, under which rule and regulation."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")  # most severe first
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


class Cell(tuple):
    """A (row, column) position on a sheet of a workbook: unpacks like (line, column)."""

    sheet: str

    def __new__(cls, row: int, column: int, sheet: str):
        position = super().__new__(cls, (row, column))
        position.sheet = sheet
        return position

    def __getnewargs__(self):  # pickled across processes with --jobs
        return (self[0], self[1], self.sheet)


def column_letter(column: int) -> str:
    """Spreadsheet column name: 1 → A, 27 → AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def place(line: int, column: int, sheet: str = "") -> str:
    """`LINE:COL` in a text file, `Sheet!D7` in a workbook."""
    return f"{sheet}!{column_letter(column)}{line}" if sheet else f"{line}:{column}"


@dataclass(frozen=True)
class Waiver:
    rule: str
    target: str
    justification: str
    approved_by: str
    expires: str
    file: str  # the goal document, or the configuration file that holds the waiver
    line: int
    column: int
    index: int  # position in its `waivers` list
    sheet: str = ""  # in a workbook: the sheet of the waiver's row

    @property
    def label(self) -> str:
        return f"waivers[{self.index}]"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    target: str  # the id the finding is about, `document`, or `waivers[N]`
    file: str
    line: int
    column: int
    citation: str = ""
    document_id: str = ""
    path: tuple = field(default=(), compare=False)
    params: tuple = field(default=(), compare=False)  # message parameters, for baselines
    waiver: Waiver | None = field(default=None, compare=False)
    sheet: str = ""  # in a workbook: line and column are the row and column on this sheet

    @property
    def place(self) -> str:
        return place(self.line, self.column, self.sheet)

    @property
    def cell(self) -> str:
        return place(self.line, self.column, self.sheet).split("!")[1] if self.sheet else ""

    @property
    def suppressed(self) -> bool:
        return self.waiver is not None

    def sort_key(self):
        return (self.file, self.sheet, self.line, self.column, self.rule, self.target,
                self.message)


def sort_findings(findings) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold]
