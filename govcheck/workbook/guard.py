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
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def is_workbook(path: str) -> bool:
    return str(path).lower().endswith(WORKBOOK_SUFFIXES)


def checked_archive(raw: bytes, file: str) -> io.BytesIO:
    """The workbook's bytes, once they are known to be a plain .xlsx within bounds."""
    def fail(message):
        raise WorkbookError(file, "", 1, 1, message)

    if raw.startswith(OLE_MAGIC):
        fail("an encrypted or old-format (.xls) workbook; save it unencrypted as .xlsx")
    if str(file).lower().endswith(".xlsm"):
        fail("a macro-enabled workbook (.xlsm) is not read; save it as .xlsx")
    if not raw.startswith(b"PK"):
        fail("not an .xlsx workbook (not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        fail(f"not a readable .xlsx workbook ({error})")
    if len(members) > MAX_MEMBERS:
        fail(f"{len(members)} parts in the archive, over the limit of {MAX_MEMBERS}")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        fail(f"unpacks to {total} bytes, over the limit of {MAX_UNCOMPRESSED}")
    for member in members:
        if member.file_size > 1024 * 1024 and \
                member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            fail(f"part {member.filename} unpacks to {ratio} times its packed size: "
                 "refused as a possible zip bomb")
        if member.flag_bits & 0x1:
            fail("an encrypted archive; save the workbook unencrypted as .xlsx")
    names = {m.filename.lower() for m in members}
    if "xl/vbaproject.bin" in names or _declares_macros(archive):
        fail("the workbook holds macros; save it as a plain .xlsx without macros")
    if "xl/workbook.xml" not in names:
        fail("not an .xlsx workbook (no xl/workbook.xml)")
    return io.BytesIO(raw)


def _declares_macros(archive: zipfile.ZipFile) -> bool:
    try:
        types = archive.read("[Content_Types].xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
    return b"macroEnabled" in types or b"vbaProject" in types
