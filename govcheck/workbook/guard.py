"""What is refused before openpyxl reads a byte of a workbook's XML.

A workbook is a zip archive. Its central directory states each member's size; Python's
zipfile never inflates a member past its stated size (a member that lies fails its
checksum), so bounding the stated sizes bounds what reading can cost. Macro-enabled
(.xlsm) and encrypted workbooks (an OLE compound file, as Excel writes them) are refused,
and nothing in a workbook is ever run or evaluated: formulas are read by their cached value.
"""

from __future__ import annotations

import io
import zipfile

from .errors import WorkbookError

MAX_MEMBERS = 500
MAX_UNCOMPRESSED = 40 * 1024 * 1024  # all members together, as stated in the directory
MAX_RATIO = 200  # uncompressed / compressed for any member over 1 MiB
# unpacked, × max-file-size: a part parsed whole (styles: 3 KB in an export), and a sheet
# (its cells count as content; 32 × leaves room for 23-byte formatted empty cells)
WHOLE_FACTOR = 4
SHEET_FACTOR = 32
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def is_workbook(path: str) -> bool:
    return str(path).lower().endswith(WORKBOOK_SUFFIXES)


def checked_archive(raw: bytes, file: str) -> io.BytesIO:
    """The workbook's bytes, once they are known to be a plain .xlsx within bounds."""
    def fail(text_key, **values):
        raise WorkbookError.of(file, "", 1, 1, text_key, **values)

    if raw.startswith(OLE_MAGIC):
        fail("encrypted_ole")
    if str(file).lower().endswith(".xlsm"):
        fail("xlsm")
    if not raw.startswith(b"PK"):
        fail("not_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        fail("bad_zip", reason=str(error))  # zipfile's own words, quoted
    if len(members) > MAX_MEMBERS:
        fail("parts", count=len(members), limit=MAX_MEMBERS)
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        fail("unpacked", size=total, limit=MAX_UNCOMPRESSED)
    for member in members:
        if member.file_size > 1024 * 1024 and \
                member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            fail("zip_bomb", part=member.filename, ratio=ratio)
        if member.flag_bits & 0x1:
            fail("encrypted_zip")
    names = {m.filename.lower() for m in members}
    if len(names) < len(members):  # which copy a reader takes differs: refuse to choose
        twice = sorted(n for n in names
                       if sum(m.filename.lower() == n for m in members) > 1)[0]
        fail("duplicate_part", part=twice)
    if "xl/vbaproject.bin" in names or _declares_macros(archive):
        fail("macros")
    if "xl/workbook.xml" not in names:
        fail("no_workbook_xml")
    return io.BytesIO(raw)


def bound_whole_parts(archive: zipfile.ZipFile, file: str, bound: int, package=None) -> None:
    """The parts openpyxl parses whole (content types, the workbook part, styles, the
    relationships) within WHOLE_FACTOR × max-file-size each, unpacked. `package` is
    openpyxl's reading of the content types, which names the workbook part."""
    whole = {"[content_types].xml", "xl/workbook.xml", "xl/styles.xml"}
    if package is not None:
        whole.update(part.PartName.lstrip("/").lower() for part in package.Override
                     if "main+xml" in part.ContentType)
    for member in archive.infolist():
        name = member.filename.lower()
        if name in whole or name.endswith(".rels"):
            bound_part(archive, member.filename, file, bound, WHOLE_FACTOR)


def bound_part(archive: zipfile.ZipFile, name: str, file: str, bound: int, factor: int) -> None:
    """A part within `factor` × max-file-size unpacked: what of its markup is not counted
    as content (a sheet's columns and views, a note's authors) stays within that."""
    size = archive.getinfo(name).file_size
    if size > factor * bound:
        raise WorkbookError.of(file, "", 1, 1, "part_bound", part=name, size=size,
                               limit=factor * bound, factor=factor)


def _declares_macros(archive: zipfile.ZipFile) -> bool:
    try:
        types = archive.read("[Content_Types].xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
    return b"macroEnabled" in types or b"vbaProject" in types
