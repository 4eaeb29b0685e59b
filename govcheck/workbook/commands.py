"""`govcheck export`, `govcheck import` and `govcheck import-results`."""

from __future__ import annotations

import os
import sys

import click

from .. import safe

WORDS = {
    "nb": {"exists": "finnes allerede; ikke overskrevet (bruk --force)",
           "wrote": "skrev {file}",
           "export_fail": "kan ikke skrives som regneark: {why}"},
    "nn": {"exists": "finst alt; ikkje overskriven (bruk --force)",
           "wrote": "skreiv {file}",
           "export_fail": "kan ikkje skrivast som rekneark: {why}"},
    "en": {"exists": "exists; not overwritten (use --force)",
           "wrote": "wrote {file}",
           "export_fail": "cannot be written as a workbook: {why}"},
}


def _lang(lang: str | None) -> str:
    return lang if lang in WORDS else "nb"


def _stop(message: str):
    click.echo(safe.text(message), err=True)
    sys.exit(2)


def _write(path: str, payload: bytes, force: bool, lang: str) -> None:
    if os.path.exists(path) and not force:
        _stop(f"{path}:1:1: {WORDS[lang]['exists']}")
    with open(path, "wb") as handle:
        handle.write(payload)


@click.command("export")
@click.argument("document", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The workbook to write (.xlsx).")
@click.option("--lang", type=click.Choice(("nb", "nn", "en")),
              help="Header language; default: the document's language (nb when not stated).")
@click.option("--force", is_flag=True, help="Overwrite an existing workbook.")
def export_command(document, output, lang, force):
    """Write a goal document as a workbook: one sheet per part, the scorecard of results
    per period, Norwegian headers. YAML comments are not carried over."""
    from ..document.loader import LoadError, load
    from .export import ExportError, export_workbook

    try:
        loaded = load(document)
    except LoadError as error:
        _stop(str(error))
    words = WORDS[_lang(lang or _doc_lang(loaded.data))]
    try:
        payload = export_workbook(loaded.data, lang)
    except ExportError as error:
        _stop(f"{document}:1:1: {words['export_fail'].format(why=error)}")
    _write(output, payload, force, _lang(lang or _doc_lang(loaded.data)))
    click.echo(safe.text(words["wrote"].format(file=output)), err=True)


def _doc_lang(data: dict) -> str | None:
    meta = data.get("document")
    return meta.get("language") if isinstance(meta, dict) else None


@click.command("import")
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="The format-2 YAML to write; default: standard output.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def import_command(workbook, output, force):
    """Read a workbook written by `govcheck export` (and edited) back to a goal document.
    Your own columns starting with x- come back as x- keys."""
    from ..document.loader import LoadError
    from .reader import load_workbook_document
    from .yaml_out import document_yaml

    try:
        loaded = load_workbook_document(workbook)
    except LoadError as error:
        _stop(str(error))
    text = document_yaml(loaded.data, os.path.basename(workbook))
    if output is None:
        click.echo(text, nl=False)
        return
    lang = _lang(_doc_lang(loaded.data))
    _write(output, text.encode("utf-8"), force, lang)
    click.echo(safe.text(WORDS[lang]["wrote"].format(file=output)), err=True)
