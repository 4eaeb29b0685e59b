"""A goal document is untrusted input: markup in it must print as text, and rendering
the report must read no local file and make no request, whatever the document says."""

import datetime as dt
import http.server
import re
import threading

import pytest
from htmltags import start_tags
from pypdf import PdfReader
from test_report import letter, pdf_text, squeeze

from govcheck.report import pdf as pdf_report
from govcheck.report.html import render_html
from govcheck.report.pdf import AssetRefused, fetch_asset, write_pdf
from govcheck.run.checker import check_paths

AS_OF = dt.date(2016, 6, 30)
HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/passwd">',
    "<script>alert('x')</script>",
    '<img src="http://127.0.0.1:9/x.png">',
    "<b>fet</b> & <i>kursiv</i>",
    '<style>@import url("http://127.0.0.1:9/a.css");</style>',
    '"></td><object data="file:///etc/passwd">',
]


class Listener(http.server.BaseHTTPRequestHandler):
    """Counts every request; a report must never make one."""

    requests: list = []

    def do_GET(self):  # noqa: N802 (the standard library's name)
        Listener.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def hostile(server):
    strings = HOSTILE + [f'<img src="{server}/img.png">',
                         f'<link rel="attachment" href="{server}/att.pdf">',
                         f'<link rel="stylesheet" href="{server}/s.css">']
    return strings


@pytest.fixture(scope="module")
def rendered(hostile, tmp_path_factory):
    """One document with a hostile string in every kind of free text, as PDF and HTML,
    rendered through a fetcher that records what it was asked for."""
    folder = tmp_path_factory.mktemp("hostile")
    count = iter(range(10_000))

    def text(kind, key):
        return f"{kind} {key}: {hostile[next(count) % len(hostile)]}"

    path = folder / "hostile.yaml"
    path.write_text(letter(goals=12, text=text), encoding="utf-8")
    results = list(check_paths([str(path)], as_of=AS_OF))
    assert results[0].error is None
    asked = []

    def recording(url):
        asked.append(url)
        return fetch_asset(url)

    target = folder / "report.pdf"
    write_pdf(results, str(target), "nb", AS_OF, "1", url_fetcher=recording)
    return {"results": results, "pdf": target, "asked": asked,
            "html": render_html(results, "nb", AS_OF, "1"),
            "titles": _free_texts(results[0].document.data)}


def _free_texts(data) -> list[str]:
    meta = data["document"]
    texts = [meta["title"], meta["issuer"]]
    for goal in data["goals"]:
        texts += [goal["title"], goal["description"]]
        texts += [indicator["name"] for indicator in goal.get("indicators", [])]
    return texts


def test_the_fetcher_was_asked_only_for_bundled_assets(rendered):
    assert rendered["asked"], "the stylesheet comes through the fetcher"
    assert all(url.startswith(pdf_report.SCHEME) for url in rendered["asked"])
    for url in rendered["asked"]:
        fetch_asset(url)  # each one is served, none refused


def test_no_request_reached_the_network(rendered):
    assert Listener.requests == []


def test_pdf_prints_the_markup_literally(rendered, hostile):
    text = squeeze(pdf_text(rendered["pdf"]))
    for value in rendered["titles"]:
        assert squeeze(value) in text, value
    for value in hostile:
        assert squeeze(value) in text, value


def test_pdf_has_no_attachment_and_no_external_link(rendered):
    reader = PdfReader(str(rendered["pdf"]))
    assert reader.attachments == {}
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            assert annotation["/Subtype"] != "/FileAttachment"
            action = annotation.get("/A")
            assert action is None or "/URI" not in action.get_object()


def test_pdf_metadata_keeps_the_title_as_text(rendered):
    title = PdfReader(str(rendered["pdf"])).metadata.title
    assert rendered["results"][0].document.data["document"]["title"] in title


def test_html_escapes_every_document_text(rendered, hostile):
    html = rendered["html"]

    seen = start_tags(html)
    tags = {tag for tag, _ in seen}
    assert not tags & {"img", "script", "link", "object", "iframe", "embed", "base", "i"}
    assert tags & {"b"} == set()
    for _, attributes in seen:
        for name, value in attributes.items():
            assert name not in ("src", "data", "style")
            assert name != "href" or value.startswith("#")
    for value in hostile:
        assert value not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html


def test_no_document_text_in_css(rendered):
    style = re.search(r"<style>(.*?)</style>", rendered["html"], re.S).group(1)
    css = (pdf_report.STATIC / "report.css").read_text(encoding="utf-8")
    assert style.strip() == css.strip()


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "http://127.0.0.1:9/x.png", "https://example.org/a.css",
    "data:text/css,body{}", "govcheck-asset:../html.py", "govcheck-asset:fonts/../../pdf.py",
    "govcheck-asset:/etc/passwd", "govcheck-asset:fonts.conf", "govcheck-asset:",
    "govcheck-asset:missing.css", "GOVCHECK-ASSET:report.css", "/etc/passwd",
])
def test_fetch_asset_refuses_everything_else(url):
    with pytest.raises(AssetRefused):
        fetch_asset(url)


def test_fetch_asset_serves_the_bundled_files():
    body, media_type = fetch_asset("govcheck-asset:report.css")
    assert media_type == "text/css" and b"@page" in body
    body, media_type = fetch_asset("govcheck-asset:fonts/DejaVuSans.ttf")
    assert media_type == "font/ttf" and len(body) > 100_000
