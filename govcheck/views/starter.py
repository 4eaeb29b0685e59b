"""`govcheck init` and `govcheck schema`: a commented starter document and the schema
editors use to complete and check goal documents as they are typed."""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_file
from ..document.items import DOCUMENT_TYPES
from ..resources import resource_dir

SCHEMA_FILE = "goal-document.schema.json"
# Where the starter's modeline looks for the schema: next to the document, written
# there by `govcheck schema > goal-document.schema.json` (docs/editors.md).
SCHEMA_REF = SCHEMA_FILE
FILE_NAMES = {
    "allocation_letter": "tildelingsbrev",
    "disposition_letter": "disposisjonsbrev",
    "business_plan": "virksomhetsplan",
}
_TEMPLATES = Path(__file__).resolve().parent / "starters"


def schema_text() -> str:
    """The goal-document JSON Schema, as shipped."""
    return (resource_dir("schemas") / SCHEMA_FILE).read_text(encoding="utf-8")


def _check_type(doc_type: str) -> None:
    if doc_type not in DOCUMENT_TYPES:
        raise ValueError(f"unknown document type {doc_type!r} "
                         f"(known: {', '.join(DOCUMENT_TYPES)})")


def starter_document(doc_type: str, year: int, schema_ref: str = SCHEMA_REF) -> str:
    """A commented starter document of the given type for `year`: valid against the
    schema, and free of error findings."""
    _check_type(doc_type)
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9998:
        raise ValueError(f"year should be a year such as 2026, not {year!r}")
    text = (_TEMPLATES / f"{doc_type}.yaml").read_text(encoding="utf-8")
    for placeholder, value in (("@SCHEMA@", schema_ref), ("@PREV_YEAR@", str(year - 1)),
                               ("@NEXT_YEAR@", str(year + 1)), ("@YEAR@", str(year))):
        text = text.replace(placeholder, value)
    return text


def default_file_name(doc_type: str, year: int) -> str:
    """`tildelingsbrev-2026.yaml` and the like, for `govcheck init` without a path."""
    _check_type(doc_type)
    return f"{FILE_NAMES[doc_type]}-{year}.yaml"


def write_starter(path: str, doc_type: str, year: int, schema_ref: str = SCHEMA_REF) -> None:
    """Write a starter document to `path`; an existing file is never overwritten
    (FileExistsError)."""
    text = starter_document(doc_type, year, schema_ref)
    try:
        write_file(path, text, newline="\n", exclusive=True)
    except FileExistsError:
        raise FileExistsError(f"{path} already exists; govcheck init never overwrites a "
                              "file (choose another name or remove it first)") from None
