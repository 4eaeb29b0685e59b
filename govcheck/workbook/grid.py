"""A sheet's values read once, within bounds, with its merged ranges and notes.

The values and merged ranges come from sheet_xml in one pass; notes from the sheet's
comments part, read here from the (already size-checked) archive.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field

from .guard import SHEET_FACTOR, WHOLE_FACTOR, bound_part
from .sheet_xml import Book, read_notes, read_sheet

_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


@dataclass
class Grid:
    title: str
    rows: list = field(default_factory=list)  # row-major values; rows may be short
    merged: list = field(default_factory=list)  # (min_row, min_col, ref) in sheet order
    notes: dict = field(default_factory=dict)  # (row, column) → text

    @property
    def max_row(self) -> int:
        return len(self.rows)

    @property
    def max_column(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, column: int):
        if row > len(self.rows):
            return None
        values = self.rows[row - 1]
        return values[column - 1] if column <= len(values) else None


def read_grid(title: str, path: str, archive: zipfile.ZipFile, book: Book) -> Grid:
    """The sheet `title`, read from the archive's part `path`."""
    grid = Grid(title)
    bound_part(archive, path, book.file, book.bound, SHEET_FACTOR)
    with archive.open(path) as source:  # the rows that are there, whatever size is stated
        grid.rows, grid.merged = read_sheet(source, book, title)
    while grid.rows and all(v is None for v in grid.rows[-1]):
        grid.rows.pop()
    grid.merged.sort()
    grid.notes = _notes(archive, path, book, title)
    return grid


def _notes(archive: zipfile.ZipFile, path: str, book: Book, title: str) -> dict:
    from openpyxl.packaging.relationship import RelationshipList
    from openpyxl.xml.functions import fromstring

    folder, name = posixpath.split(path)
    rels_path = posixpath.join(folder, "_rels", name + ".rels")
    if rels_path not in archive.namelist():
        return {}
    rels = RelationshipList.from_tree(fromstring(archive.read(rels_path)))
    notes = {}
    for rel in rels.find(_COMMENTS):
        target = rel.Target.lstrip("/") if rel.Target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, rel.Target))
        if target in archive.namelist():
            bound_part(archive, target, book.file, book.bound, WHOLE_FACTOR)
            with archive.open(target) as source:
                notes.update(read_notes(source, book, title))
    return notes
