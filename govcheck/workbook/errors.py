"""A workbook that cannot be read: one line naming the file, sheet and cell."""

from __future__ import annotations

from ..document.loader import LoadError
from ..findings import place


class WorkbookError(LoadError):
    """`plan.xlsx:Mål!B7: message`; a problem with the whole file has no sheet
    (`plan.xlsx:1:1: message`, as a YAML file's would)."""

    def __init__(self, file: str, sheet: str, row: int, column: int, message: str):
        super().__init__(file, row, column, message)
        self.sheet = sheet
        self.args = (f"{file}:{place(row, column, sheet)}: {self.message}",)

    def __str__(self) -> str:
        return self.args[0]

    def __reduce__(self):
        return self.__class__, (self.file, self.sheet, self.line, self.column, self.message)
