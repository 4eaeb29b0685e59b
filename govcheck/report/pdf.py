"""The audit report as PDF: the HTML report rendered by WeasyPrint, fetching nothing.

WeasyPrint is imported inside `write_pdf` only: it costs half a second, and the lint
path must not pay it. Before that import, fontconfig is pointed at the fonts bundled
in static/ and nothing else (without fonts WeasyPrint crashes; with the machine's
fonts the PDF would differ between machines).

Every URL WeasyPrint asks for goes through one fetcher. `fetch_asset` serves files
under static/ by the `govcheck-asset:` scheme and refuses everything else, so no
file:// attachment and no http request can come from the report, whatever a
document contains.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from .. import __version__
from ..atomic import replacing
from .html import build_page

STATIC = Path(__file__).resolve().parent / "static"
SCHEME = "govcheck-asset:"
STYLESHEET = SCHEME + "report.css"
FONTCONFIG = STATIC / "fonts.conf"
MEDIA_TYPES = {".css": "text/css", ".ttf": "font/ttf", ".svg": "image/svg+xml"}


class AssetRefused(ValueError):
    """A URL outside the report's bundled assets."""


def fetch_asset(url: str) -> tuple[bytes, str]:
    """Bytes and media type of a bundled asset named `govcheck-asset:<path under static>`;
    any other URL raises AssetRefused without being opened."""
    if not url.startswith(SCHEME):
        raise AssetRefused(f"refused: {url}")
    name = PurePosixPath(url[len(SCHEME):].lstrip("/"))
    if not name.parts or ".." in name.parts or name.suffix not in MEDIA_TYPES:
        raise AssetRefused(f"refused: {url}")
    path = (STATIC / name).resolve()
    if not path.is_relative_to(STATIC.resolve()) or not path.is_file():
        raise AssetRefused(f"no such asset: {url}")
    return path.read_bytes(), MEDIA_TYPES[name.suffix]


@contextlib.contextmanager
def _bundled_fonts():
    """FONTCONFIG_FILE set to our configuration while WeasyPrint loads and renders
    (fontconfig reads it each time WeasyPrint builds its font configuration)."""
    before = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(FONTCONFIG)
    try:
        yield
    finally:
        if before is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = before


def _identifier(results, lang: str, as_of: dt.date, catalog_version: str,
                fail_on: str | None = None, baseline=None) -> bytes:
    """A PDF file identifier that depends only on the inputs, so reruns give the same file."""
    text = "\n".join([__version__, catalog_version, lang, as_of.isoformat(), str(fail_on),
                      baseline.sha256 if baseline else ""]
                     + [f"{r.file} {r.sha256}" for r in results])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32].encode("ascii")


def write_pdf(results: list, path: str, lang: str, as_of: dt.date, catalog_version: str,
              *, url_fetcher: Callable[[str], tuple[bytes, str]] = fetch_asset,
              fail_on: str | None = None, baseline=None) -> None:
    """Write the report as an A4 PDF with outline, page numbers and metadata.

    `url_fetcher(url) -> (bytes, media type)` is asked for every URL WeasyPrint wants;
    it raises to refuse. Tests pass a recording wrapper of `fetch_asset`. `fail_on`
    and `baseline` are the run's (see html.build_page)."""
    with replacing(path, binary=True) as target:  # a bad path fails before rendering
        page = build_page(results, lang, as_of, catalog_version, stylesheet_url=STYLESHEET,
                          fail_on=fail_on, baseline=baseline)
        render_pdf(page, target, _identifier(results, lang, as_of, catalog_version, fail_on,
                                             baseline), url_fetcher)


def render_pdf(page: str, target, identifier: bytes,
               url_fetcher: Callable[[str], tuple[bytes, str]] = fetch_asset) -> None:
    """Render an HTML page of ours to PDF with the bundled fonts, every URL through
    `url_fetcher`; `identifier` fixes the PDF's id so reruns give the same bytes."""
    with _bundled_fonts():
        import weasyprint
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        class Fetcher(URLFetcher):
            """WeasyPrint's fetcher interface around `url_fetcher`; never opens a URL."""

            def fetch(self, url, headers=None):
                body, media_type = url_fetcher(url)
                return URLFetcherResponse(url, body, {"Content-Type": media_type})

        document = weasyprint.HTML(string=page, base_url=SCHEME, url_fetcher=Fetcher(),
                                   media_type="print").render()
        document.write_pdf(target, pdf_identifier=identifier)
