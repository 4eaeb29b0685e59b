"""The ministry's portfolio report: a cover, the documents × requirement areas as a heat
map, a block per document (several to a page), and beside it every readable document's
own audit report.

The model is portfolio.build (rows ranked worst first); the look and the safety are the
audit report's: templates with autoescape, the bundled stylesheets and fonts, and in the
PDF one fetcher that serves bundled assets and refuses everything else. Document text
never reaches CSS, a URL or a file name: the detailed reports are named from the
document id reduced to [A-Za-z0-9._-], inside `<stem>-documents/` next to the report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import multiprocessing
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from govcheck.i18n import N_, Texts

from .. import __version__
from ..atomic import replacing
from ..findings import SEVERITIES, SEVERITY_RANK
from ..numbers import date as prose_date
from ..run.summary import STATUSES, VERDICTS, verdict
from ..terms import known, term
from ..views.portfolio import STATUS_MARK, build
from . import charts
from .html import environment, render_html
from .pdf import SCHEME, fetch_asset, render_pdf, write_pdf
from .words import PORTFOLIO as WORDS
from .words import REPORT as REPORT_WORDS
from .words import SEVERITY_HEADS, area_name, completeness

HERE = Path(__file__).parent
STATIC = HERE / "static"
STYLESHEETS = ("report.css", "portfolio.css")
FORMATS = ("pdf", "html")
# a document's areas by status, the ones to look at first
GROUP_ORDER = ("not_met", "not_reviewed", "nothing_to_assess", "met", "not_applicable")
TOP_FINDINGS = 10  # findings listed in a document's block; the rest are in its own report
NAME_LENGTH = 80  # characters of a detailed report's file name, before the suffix
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# names Windows refuses whatever the suffix
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
            *(f"lpt{i}" for i in range(10))}
LETTERS = str.maketrans({"æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O"})  # NFKD keeps these


LINK_REFUSED = Texts(N_("{folder} is a symbolic link; refusing to write through it"))


class WriteRefused(ValueError):
    """A folder govcheck will not write into, said in every language; str() is English."""

    def __init__(self, texts: dict):
        super().__init__(texts["en"])
        self.texts = texts


def write_portfolio(results: list, settings, path: str, fmt: str, lang: str,
                    as_of: dt.date, catalog_version: str, *, jobs: int = 1, scope=None,
                    url_fetcher: Callable[[str], tuple[bytes, str]] = fetch_asset) -> list[str]:
    """Write the portfolio report to `path` (fmt "pdf" or "html") and each readable
    document's audit report, in the same format, to `<stem>-documents/` beside it.
    Returns the files written, the portfolio report first, then in rank order.

    `settings` give the areas and thresholds (as for portfolio.build). The results must
    keep their documents (check_paths(..., keep_documents=True), the default).
    With `jobs` > 1 the detailed reports are written by that many forked processes while
    this one renders the portfolio (each report is its own file, so the bytes are the
    same). `url_fetcher` is asked for every URL WeasyPrint wants for the portfolio PDF;
    it raises to refuse.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    lang = known(lang)
    results = list(results)
    stripped = [r.file for r in results if not r.error and r.document is None]
    if stripped:
        raise ValueError("results without their documents cannot be reported (check with "
                         f"keep_documents=True): {', '.join(stripped[:3])}")
    table = build(results, settings, scope)
    ranked = _pair(table.rows, results)
    target = Path(path)
    folder = target.parent / f"{target.stem}-documents"
    names = detail_names([result for _, result in ranked], fmt)

    details = [(result, name) for (_, result), name in zip(ranked, names, strict=True)
               if name]
    if details:
        if folder.is_symlink():
            raise WriteRefused({lang: text.format(folder=folder)
                                for lang, text in LINK_REFUSED.items()})
        folder.mkdir(exist_ok=True)
    job = {"details": details, "folder": folder, "fmt": fmt, "lang": lang, "as_of": as_of,
           "catalog_version": catalog_version}
    href_base = quote(folder.name, safe="") + "/"
    page_args = (table, ranked, names, href_base, folder.name, lang, as_of, catalog_version)
    with _detail_writer(job, jobs) as written:
        with replacing(target, binary=fmt != "html", newline="\n") as handle:
            if fmt == "html":
                handle.write(build_portfolio_page(*page_args))
            else:
                page = build_portfolio_page(*page_args,
                                            stylesheets=[SCHEME + s for s in STYLESHEETS])
                render_pdf(page, handle, _identifier(results, lang, as_of, catalog_version,
                                                      folder.name), url_fetcher)
    return [str(target), *written]


# ---- detailed reports -------------------------------------------------------------

def safe_name(text: str) -> str:
    """`text` as a file name of [A-Za-z0-9._-]: no separator, no leading dot, never empty."""
    text = unicodedata.normalize("NFKD", text.translate(LETTERS))
    name = UNSAFE.sub("_", text.encode("ascii", "ignore").decode("ascii"))
    name = name.strip("._-")[:NAME_LENGTH].rstrip("._-")
    if not name:
        return "document"
    return f"_{name}" if name.split(".")[0].lower() in RESERVED else name


def detail_names(results: list, fmt: str) -> list[str | None]:
    """A distinct file name per readable result (None for unreadable ones), from its
    document id, else its file's name; distinct ignoring case, for case-blind disks."""
    taken: set[str] = set()
    names: list[str | None] = []
    for result in results:
        if result.error:
            names.append(None)
            continue
        base = safe_name(result.document_id or Path(result.file).stem)
        name, number = base, 1
        while name.lower() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name.lower())
        names.append(f"{name}.{fmt}")
    return names


_job: dict = {}  # a worker's share of the run, inherited through fork


def _start_worker(job: dict) -> None:
    _job.update(job)


def _detail_at(index: int) -> str:
    result, name = _job["details"][index]
    return _write_detail(result, _job["folder"], name, _job["fmt"], _job["lang"],
                         _job["as_of"], _job["catalog_version"])


@contextlib.contextmanager
def _detail_writer(job: dict, jobs: int):
    """Writes the detailed reports: in worker processes while the caller's block runs,
    or one by one first. Yields the list the paths land in, in rank order."""
    written: list[str] = []
    count = len(job["details"])
    forked = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or count < 2 or not forked:
        _start_worker(job)
        try:
            written.extend(_detail_at(index) for index in range(count))
        finally:
            _job.clear()
        yield written
        return
    # fork: the results reach the workers without pickling (settings hold the catalog)
    with ProcessPoolExecutor(min(jobs, count), mp_context=multiprocessing.get_context("fork"),
                             initializer=_start_worker, initargs=(job,)) as pool:
        pending = [pool.submit(_detail_at, index) for index in range(count)]
        try:
            yield written
        except BaseException:
            for future in pending:  # the portfolio failed: write no more
                future.cancel()
            raise
        written.extend(future.result() for future in pending)


def _write_detail(result, folder: Path, name: str, fmt: str, lang: str, as_of: dt.date,
                  catalog_version: str) -> str:
    target = folder / name
    # the name is sanitised; this only guards against a mistake in that
    if target.parent.resolve() != folder.resolve() or target.name != name:
        raise ValueError(f"refusing to write outside {folder}: {name}")
    if target.is_symlink():  # a planted link must not redirect the write
        target.unlink()
    if fmt == "html":
        with replacing(target, newline="\n") as handle:
            handle.write(render_html([result], lang, as_of, catalog_version))
    else:
        write_pdf([result], str(target), lang, as_of, catalog_version)
    return str(target)


# ---- the page ---------------------------------------------------------------------

def build_portfolio_page(table, ranked: list, names: list, href_base: str, folder: str,
                         lang: str, as_of: dt.date, catalog_version: str,
                         stylesheets: list[str] | None = None) -> str:
    """The portfolio page; with `stylesheets` (URLs for WeasyPrint's fetcher) the CSS is
    linked instead of inlined."""
    words = {**REPORT_WORDS[lang], **WORDS[lang]}
    documents = [_document(row, result, number, name, href_base, folder, table, lang)
                 for number, ((row, result), name) in enumerate(zip(ranked, names,
                                                                     strict=True), start=1)]
    results = [result for _, result in ranked]
    ministry = _ministry(results)
    css = None if stylesheets else Markup("\n".join(
        (STATIC / name).read_text("utf-8") for name in STYLESHEETS))
    verdicts = Counter(d["verdict"] for d in documents)
    context = {
        "w": words, "lang": lang, "as_of": as_of.isoformat(),
        "as_of_text": prose_date(as_of, lang), "version": __version__,
        "catalog_version": catalog_version, "ministry": ministry, "documents": documents,
        "areas": [{"code": a, "name": area_name(a, lang)} for a in table.areas],
        "thresholds": table.thresholds, "severities": SEVERITIES,
        "severity_heads": SEVERITY_HEADS[lang], "statuses": STATUSES,
        "marks": STATUS_MARK,
        "totals": {s: sum(d["counts"][s] for d in documents) for s in SEVERITIES},
        "verdicts": {v: verdicts[v] for v in VERDICTS},
        "completeness": completeness(sum(d.get("not_assessed", 0) for d in documents), lang),
        "not_met": {a: sum(1 for d in documents if not d["error"] and
                           d["cells"][i]["status"] == "not_met")
                    for i, a in enumerate(table.areas)},
        "meta": _metadata(ministry, len(documents), words, as_of),
        "trends": [_trend(t, words, lang) for t in table.trends],
        "css": css, "stylesheets": stylesheets or [],
    }
    return environment().get_template("portfolio.html.j2").render(context)


def _trend(trend, words: dict, lang: str) -> dict:
    """One small multiple: the chart, and the change since the year before, per year."""
    years = [(str(y.year), y.counts["error"], y.counts["warning"], y.counts["info"])
             for y in trend.years]
    since = [words["since"].format(year=y.year, new=len(y.new), resolved=len(y.resolved),
                                   persistent=len(y.persistent)) for y in trend.years[1:]]
    return {"agency": trend.agency, "type": term(trend.type, lang),
            "chart": charts.trend_chart(years, f"{trend.agency}: {words['trend']}"),
            "since": "; ".join(since)}


def _pair(rows, results: list) -> list[tuple]:
    """Each ranked row with the result it was built from (rows name their file)."""
    by_file: dict[str, list] = {}
    for result in results:
        by_file.setdefault(result.file, []).append(result)
    return [(row, by_file[row.file].pop(0)) for row in rows]


def _text(value) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value) if isinstance(value, (str, int, float)) else ""


def _ministry(results: list) -> str:
    """The most common issuer; ties go to the first in alphabetical order."""
    issuers = Counter(_text(r.meta.get("issuer")).strip() for r in results if not r.error)
    issuers.pop("", None)
    return min(issuers.items(), key=lambda item: (-item[1], item[0]))[0] if issuers else ""


def _metadata(ministry: str, count: int, words: dict, as_of: dt.date) -> dict:
    subject_of = ministry or words["n_documents"].format(n=count)
    return {
        "title": f"{words['report']}: {subject_of}",
        "author": f"govcheck {__version__}",
        "description": words["subject"].format(n=count, ministry=subject_of,
                                               date=as_of.isoformat()),
    }


def _document(row, result, number: int, name: str | None, href_base: str, folder: str,
              table, lang: str) -> dict:
    """What the matrix row and the document's page show."""
    limits = table.thresholds
    entry = {
        "number": number, "anchor": f"doc-{number}", "file": row.file,
        "doc_id": row.document_id, "agency": row.agency, "year": row.year or "",
        "type": term(row.type, lang) if row.type and row.type != "none" else "",
        "verdict": verdict(result), "counts": row.counts, "error": None,
        "completeness": completeness(row.not_assessed, lang), "not_assessed": row.not_assessed,
        "cells": [{"code": a, "status": row.areas.get(a, "not_reviewed")}
                  for a in table.areas],
        "goal_counts": [
            {"key": "level1", "value": row.level1_goals, "limit": limits["max_top_goals"],
             "over": row.level1_goals > limits["max_top_goals"]},
            {"key": "goals", "value": row.goals, "limit": limits["max_goals"],
             "over": row.goals > limits["max_goals"]},
            {"key": "indicators", "value": row.indicators, "limit": None, "over": False},
        ],
        "href": href_base + name if name else "", "link_text": f"{folder}/{name}",
    }
    if result.error:
        error = result.error
        entry.update(error={"line": error.line, "column": error.column,
                            "message": error.message}, title="", issuer="", recipient="",
                     findings=[], more=0, suppressed=0, area_groups=[])
        return entry
    meta = result.meta
    active = sorted(result.active, key=lambda f: (SEVERITY_RANK[f.severity], f.file != row.file,
                                                  f.sort_key()))
    entry.update(
        title=_text(meta.get("title")), issuer=_text(meta.get("issuer")),
        recipient=_text(meta.get("recipient")),
        suppressed=sum(1 for f in result.findings if f.suppressed),
        findings=[{"rule": f.rule, "severity": f.severity, "message": f.message,
                   "where": f"{Path(f.file).name}:{f.line}"} for f in active[:TOP_FINDINGS]],
        more=max(0, len(active) - TOP_FINDINGS),
        area_groups=_area_groups(entry["cells"], lang),
    )
    return entry


def _area_groups(cells: list[dict], lang: str) -> list[dict]:
    """The areas by status, one line each in the document's block."""
    groups = []
    for state in GROUP_ORDER:
        areas = [{"code": c["code"], "name": area_name(c["code"], lang)}
                 for c in cells if c["status"] == state]
        if areas:
            groups.append({"status": state, "areas": areas})
    return groups


# ---- PDF --------------------------------------------------------------------------

def _identifier(results, lang: str, as_of: dt.date, catalog_version: str,
                folder: str) -> bytes:
    """A PDF file identifier from the inputs only, so reruns give the same bytes."""
    text = "\n".join(["portfolio", __version__, catalog_version, lang, as_of.isoformat(),
                      folder] + [f"{r.file} {r.sha256}" for r in results])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32].encode("ascii")
