"""A workbook that cannot be read: one line naming the file, sheet and cell, in nb, nn or en."""

from __future__ import annotations

from ..document.load_text import texts_of
from ..document.loader import LoadError
from ..findings import place
from ..terms import pick
from .texts import WORKBOOK_TEXT


class WorkbookError(LoadError):
    """`plan.xlsx:Mål!B7: message`; a problem with the whole file has no sheet
    (`plan.xlsx:1:1: message`, as a YAML file's would)."""

    def __init__(self, file: str, sheet: str, row: int, column: int, message: str,
                 texts=None):
        super().__init__(file, row, column, message, texts)
        self.sheet = sheet
        self.stated_language = None  # the workbook's Språk, where it could be read
        self.args = (f"{file}:{place(row, column, sheet)}: {self.message}",)

    @classmethod
    def of(cls, file: str, sheet: str, row: int, column: int, text_key: str, /, **values):
        """The error `text_key` of texts.WORKBOOK_TEXT; str() is English."""
        texts = texts_of(WORKBOOK_TEXT, text_key, values)
        return cls(file, sheet, row, column, texts["en"], texts)

    def __str__(self) -> str:
        return self.args[0]

    def __reduce__(self):
        return self.__class__, (self.file, self.sheet, self.line, self.column, self.message,
                                self.texts)

    def in_language(self, lang: str | None) -> str:
        return f"{self.file}:{place(self.line, self.column, self.sheet)}: {self._text(lang)}"

    def said_in(self, lang: str | None) -> WorkbookError:
        """This error with its message in `lang`, its sheet kept."""
        return self if not self.texts else WorkbookError(
            self.file, self.sheet, self.line, self.column, self._text(lang), self.texts)


class CellError(ValueError):
    """A cell that cannot be read: the text key of texts.WORKBOOK_TEXT and its values;
    str() says why in English, without the place."""

    def __init__(self, text_key: str, /, **values):
        self.key, self.values = text_key, values
        super().__init__(pick(texts_of(WORKBOOK_TEXT, text_key, values), "en"))
