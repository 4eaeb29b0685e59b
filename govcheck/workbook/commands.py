"""`govcheck export`, `govcheck import` and `govcheck import-results`."""

from __future__ import annotations

import os
import sys

import click

from govcheck.i18n import N_, Texts

from .. import safe, usage
from ..atomic import replacing

WORDS = Texts({
    "exists": N_("exists; not overwritten (use --force)"),
    "add": N_("added"),
    "same": N_("unchanged"),
    "overwrite": N_("overwritten"),
    "would_add": N_("would be added"),
    "would_overwrite": N_("would be overwritten"),
    "no_match": N_("no styringsparameter with this id or name"),
    "bad_period": N_("not a period (2015, 2015-03, 2015-T1, 2015-Q1)"),
    "bad_value": N_("not a number"),
    "twice": N_("same styringsparameter and period again"),
    "unmatched": N_("not used"),
    "row": N_("row"),
    "summary": N_("{matched} rows matched ({add} new, {same} unchanged, {overwrite} changed), "
                  "{unmatched} did not match"),
    "dry": N_("nothing written (use --write to write to {file})"),
    "wrote": N_("wrote {file}"),
    "export_fail": N_("cannot be written as a workbook: {cell} holds a control character that a "
                      "workbook cannot hold"),
    "yaml_only": N_("results go into a YAML document, not a workbook"),
})


def _lang(lang: str | None) -> str:
    return lang if lang in WORDS else "nb"


def _stop(message: str):
    click.echo(safe.text(message), err=True)
    sys.exit(2)


def _stop_load(error, lang: str | None):
    """A file that could not be read: its one line in --lang, else the language the
    document states (when known), else nb."""
    _stop(error.in_language(lang))


def _write(path: str, make, force: bool, lang: str, source: str) -> None:
    """The bytes `make()` returns as `path`: the path is opened before they are made."""
    if os.path.exists(path) and not force:
        _stop(f"{path}:1:1: {WORDS[lang]['exists']}")
    if os.path.exists(path) and os.path.samefile(path, source):  # --force or not
        _stop(usage.say("overwrite", lang, path=path))
    with replacing(path, binary=True) as handle:
        handle.write(make())


@click.command("export", help=N_("Write a goal document as a workbook: one sheet per part, the "
                                 "scorecard of results per period, Norwegian headers. YAML "
                                 "comments are not carried over."))
@click.argument("document", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help=N_("The workbook to write (.xlsx)."))
@click.option("--lang", type=click.Choice(("nb", "nn", "en")),
              help=N_("Header language; default: the document's language (nb when not stated)."))
@click.option("--force", is_flag=True, help=N_("Overwrite an existing workbook."))
def export_command(document, output, lang, force):
    from ..document.loader import LoadError, load
    from .export import ExportError, export_workbook

    try:
        loaded = load(document)
    except LoadError as error:
        _stop_load(error, lang or _peeked_lang(document))
    words = WORDS[_lang(lang or _doc_lang(loaded.data))]

    def workbook() -> bytes:
        try:
            return export_workbook(loaded.data, lang)
        except ExportError as error:
            _stop(f"{document}:1:1: {words['export_fail'].format(cell=error)}")

    _write(output, workbook, force, _lang(lang or _doc_lang(loaded.data)), document)
    click.echo(safe.text(words["wrote"].format(file=output)), err=True)


def _peeked_lang(path: str) -> str | None:
    from ..document.loader import peek_document

    return peek_document(path).get("language")


def _doc_lang(data: dict) -> str | None:
    meta = data.get("document")
    return meta.get("language") if isinstance(meta, dict) else None


@click.command("import", help=N_("Read a workbook written by `govcheck export` (and edited) back "
                                 "to a goal document. Your own columns starting with x- come "
                                 "back as x- keys."))
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help=N_("The format-2 YAML to write; default: standard output."))
@click.option("--force", is_flag=True, help=N_("Overwrite an existing file."))
@click.option("--lang", type=click.Choice(("nb", "nn", "en")),
              help=N_("Language of messages; default: the document's."))
def import_command(workbook, output, force, lang):
    from ..document.loader import LoadError
    from .reader import load_workbook_document
    from .yaml_out import document_yaml

    try:
        loaded = load_workbook_document(workbook)
    except LoadError as error:
        _stop_load(error, lang or getattr(error, "stated_language", None))
    if output is None:
        click.echo(document_yaml(loaded.data, os.path.basename(workbook)), nl=False)
        return
    lang = _lang(lang or _doc_lang(loaded.data))
    _write(output, lambda: document_yaml(loaded.data, os.path.basename(workbook))
           .encode("utf-8"), force, lang, workbook)
    click.echo(safe.text(WORDS[lang]["wrote"].format(file=output)), err=True)


@click.command("import-results", help=N_("Merge a table of results (CSV or .xlsx: "
                                         "styringsparameter id or name, period, value; or one "
                                         "column per period, as the scorecard) into a document's "
                                         "actuals. Reports what matched, what did not and what "
                                         "would change; writes only with --write, keeping the "
                                         "document's comments and layout."))
@click.argument("table", type=click.Path(dir_okay=False))
@click.option("--into", "document", required=True, type=click.Path(dir_okay=False),
              help=N_("The YAML goal document whose actuals receive the results."))
@click.option("--write", is_flag=True, help=N_("Write the merged document (default: only report)."))
@click.option("--lang", type=click.Choice(("nb", "nn", "en")),
              help=N_("Language of the report; default: the document's."))
def import_results_command(table, document, write, lang):
    from ..document.loader import DEFAULT_MAX_BYTES, LoadError, decode, load, read_bounded
    from .merge_text import MergeError
    from .results import plan, read_table, rows_of

    try:
        loaded = load(document)
    except LoadError as error:
        _stop_load(error, lang or _peeked_lang(document))
    said = lang or _doc_lang(loaded.data)
    words = WORDS[_lang(said)]
    if loaded.text == "":
        _stop(f"{document}:1:1: {words['yaml_only']}")
    try:
        rows = rows_of(read_table(table, DEFAULT_MAX_BYTES), table)
        text = decode(read_bounded(document), document)
    except LoadError as error:
        _stop_load(error, said)
    found = plan(loaded.data, rows)
    for line in _plan_lines(found, words, write, table):
        click.echo(safe.text(line))
    if not write:
        click.echo(safe.text(words["dry"].format(file=document)), err=True)
    elif found.add or found.overwrite:
        with replacing(document, newline="") as handle:
            try:
                handle.write(_merged(text, loaded.data, found, document))
            except MergeError as error:
                _stop_load(error, said)
        click.echo(safe.text(words["wrote"].format(file=document)), err=True)
    sys.exit(1 if found.unmatched else 0)


def _plan_lines(found, words: dict, write: bool, table: str) -> list[str]:
    lines = []  # (row of the table, text): reported in the table's order
    for row, identifier in found.add:
        lines.append((row.line, f"{identifier} {row.period}: {row.value} "
                                f"{words['add' if write else 'would_add']}"))
    for row, identifier, old in found.overwrite:
        lines.append((row.line, f"{identifier} {row.period}: {old} → {row.value} "
                                f"{words['overwrite' if write else 'would_overwrite']}"))
    for row, identifier in found.same:
        lines.append((row.line, f"{identifier} {row.period}: {row.value} {words['same']}"))
    for row, reason in found.unmatched:
        lines.append((row.line, f"{words['unmatched']}: «{row.key}» {row.period} "
                                f"{row.value}: {words[reason]}"))
    matched = len(found.add) + len(found.same) + len(found.overwrite)
    return [f"{table}:{line}: {text}" for line, text in sorted(lines, key=lambda e: e[0])] + [
        words["summary"].format(matched=matched, add=len(found.add), same=len(found.same),
                                overwrite=len(found.overwrite),
                                unmatched=len(found.unmatched))]


def _merged(text: str, data: dict, found, document: str) -> str:
    """The merged text, once it reads back as exactly the intended data."""
    import copy

    from ..document.loader import LoadError, parse
    from ..document.normalize import normalize
    from .merge_text import MergeError, merged_text

    merged = merged_text(text, found, document)
    expected = copy.deepcopy(data)
    indicators = {i.id: i.data for i in _indicators(expected)}
    for row, identifier in found.add:
        entry = {"period": row.period, "value": row.value}
        if row.comment:
            entry["comment"] = row.comment
        actuals = indicators[identifier].get("actuals")
        if not isinstance(actuals, list):
            indicators[identifier]["actuals"] = actuals = []
        actuals.append(entry)
    for row, identifier, _ in found.overwrite:
        for actual in indicators[identifier]["actuals"]:
            if isinstance(actual, dict) and str(actual.get("period")) == row.period:
                actual["value"] = row.value
    try:
        reread = normalize(parse(merged.encode("utf-8"), document).data)
    except LoadError as error:
        raise MergeError.of(document, "", 1, 1, "merge_breaks",
                            problem=error.message) from None
    if reread != expected:
        raise MergeError.of(document, "", 1, 1, "merge_differs")
    return merged


def _indicators(data: dict):
    from ..document.items import items

    return items(data, "indicator")
