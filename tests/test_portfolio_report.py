"""The portfolio report over samples/portfolio, rendered for real and read back: the
heat map, a block per document, the detailed reports beside it and the links to them."""

import datetime as dt
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import pytest
from htmltags import start_tags
from pypdf import PdfReader

from govcheck import __version__
from govcheck.findings import SEVERITY_RANK
from govcheck.numbers import date as prose_date
from govcheck.report.pdf import SCHEME, fetch_asset
from govcheck.report.portfolio_report import safe_name, write_portfolio
from govcheck.run.checker import check_paths
from govcheck.run.config import default_settings, settings_for
from govcheck.views.portfolio import Scope, build

EVERY = Scope(all=True)  # the report tests read every document of the sample

PORTFOLIO = Path(__file__).resolve().parents[1] / "samples" / "portfolio"
STAMI = PORTFOLIO / "stami" / "stami-tildelingsbrev-2025.yaml"
AS_OF = dt.date(2025, 6, 30)
CATALOG = "test-catalog-3"
MINISTRY = "Arbeids- og inkluderingsdepartementet"
LEGEND = {"nb": ("oppfylt", "ikke oppfylt", "ikke vurdert", "ikke relevant"),
          "en": ("met", "not met", "not reviewed", "not applicable")}
STATUSES = ("met", "not_met", "not_reviewed", "not_applicable")


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace: PDF extraction breaks lines where the layout wrapped."""
    return re.sub(r"\s+", "", text)


def uri_links(path) -> list[tuple[int, str]]:
    """(page index, URI) of every link to outside the PDF."""
    found = []
    for index, page in enumerate(PdfReader(str(path)).pages):
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                found.append((index, str(action["/URI"])))
    return found


def outline_titles(outline) -> list[str]:
    titles = []
    for entry in outline:
        titles.extend(outline_titles(entry) if isinstance(entry, list) else [entry.title])
    return titles


@pytest.fixture(scope="module")
def results():
    found = list(check_paths([str(PORTFOLIO)], as_of=AS_OF))
    assert len(found) == 10 and not any(r.error for r in found)  # 9 letters, 1 annual report
    return found


@pytest.fixture(scope="module")
def settings():
    return settings_for(str(PORTFOLIO / "x.yaml"), None)  # as the portfolio command does


@pytest.fixture(scope="module")
def rendered(results, settings, tmp_path_factory):
    """PDF in nb (twice: one by one and with two processes, into the same file names),
    PDF in en, and HTML in both languages."""
    out = {}
    for key, lang, fmt, jobs in (("nb", "nb", "pdf", 1), ("nb-again", "nb", "pdf", 2),
                                 ("en", "en", "pdf", 2), ("html-nb", "nb", "html", 1),
                                 ("html-en", "en", "html", 2)):
        folder = tmp_path_factory.mktemp(key)
        target = folder / f"portfolio.{fmt}"
        written = write_portfolio(results, settings, str(target), fmt, lang, AS_OF, CATALOG,
                                  jobs=jobs, scope=EVERY)
        entry = {"path": target, "written": written, "folder": folder / "portfolio-documents"}
        if fmt == "pdf":
            entry["pages"] = pdf_pages(target)
        else:
            entry["html"] = target.read_text("utf-8")
        out[key] = entry
    return out


def test_files_written_are_the_report_and_one_detailed_report_per_document(rendered,
                                                                            results):
    for key, suffix in (("nb", "pdf"), ("html-en", "html")):
        entry = rendered[key]
        assert entry["written"][0] == str(entry["path"])
        details = [Path(p) for p in entry["written"][1:]]
        assert sorted(p.name for p in details) == sorted(
            f"{r.document_id}.{suffix}" for r in results)
        assert all(p.is_file() and p.parent == entry["folder"] for p in details)
        assert sorted(entry["folder"].iterdir()) == sorted(details)


def test_every_document_id_legend_and_cover_fact_is_in_the_pdf(rendered, results):
    for lang in ("nb", "en"):
        pages = rendered[lang]["pages"]
        text = "\n".join(pages)
        for result in results:
            assert result.document_id in text
        matrix = pages[1]
        for word in LEGEND[lang]:
            assert word in matrix, word
        cover = squeeze(pages[0])
        for fact in (MINISTRY, prose_date(AS_OF, lang), __version__, CATALOG):
            assert squeeze(fact) in cover, fact


def test_matrix_rows_follow_the_portfolio_ranking(rendered, results, settings):
    ranked = [row.document_id for row in build(results, settings, EVERY).rows]
    matrix = rendered["nb"]["pages"][1]
    positions = [matrix.index(doc_id) for doc_id in ranked]
    assert positions == sorted(positions)


def test_goal_counts_over_the_thresholds_are_marked(rendered, results, settings):
    thresholds = build(results, settings, EVERY).thresholds
    matrix = squeeze(rendered["nb"]["pages"][1])
    assert f"≤{thresholds['max_top_goals']}" in matrix
    # AID-SPK-2025: 9 top goals, 25 goals; marked only above the (catalog v2) thresholds
    assert ("9!" in matrix) == (9 > thresholds["max_top_goals"])
    assert ("25!" in matrix) == (25 > thresholds["max_goals"])


def test_heat_map_cells_say_what_the_portfolio_decided(rendered, results, settings):
    rows = build(results, settings, EVERY).rows
    html = rendered["html-nb"]["html"]
    body = html.split('<table class="heat">')[1].split("<tbody>")[1].split("</tbody>")[0]
    cells = [re.findall(r'class="cell heat-(\w+)"', row)
             for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]
    assert len(cells) == len(rows)  # the totals row has class="totals"
    for row, states in zip(rows, cells, strict=True):
        assert states == [row.areas[area] for area in build(results, settings, EVERY).areas]
    assert set(STATUSES) <= set(re.findall(r"swatch heat-(\w+)", html))


def test_each_document_block_gives_its_counts_areas_and_top_findings(rendered, results,
                                                                     settings):
    table = build(results, settings, EVERY)
    by_file = {r.file: r for r in results}
    blocks = rendered["html-en"]["html"].split('<section class="agency"')[1:]
    text = squeeze("\n".join(rendered["en"]["pages"][3:]))
    assert len(blocks) == len(table.rows)
    for index, (row, block) in enumerate(zip(table.rows, blocks, strict=True)):
        areas = {}
        for state, names in re.findall(r'class="area-line"><span class="status status-(\w+)"'
                                       r">[^<]*</span>:(.*?)</p>", block, re.S):
            areas.update((code, state) for code in re.findall(r"\((\w+)\)", names))
        assert areas == {area: row.areas.get(area, "not_reviewed") for area in table.areas}
        counts = re.search(r'class="count-line">(.*?)</p>', block, re.S).group(1)
        assert [int(n) for n in re.findall(r"<b[^>]*>(\d+)!?</b>", counts)] == [
            *(row.counts[s] for s in ("error", "warning", "info")), row.level1_goals,
            row.goals, row.indicators]
        active = by_file[row.file].active
        shown = re.findall(r'class="finding-line sev-(\w+)"><b>(\w+)</b>', block)
        assert len(shown) == min(len(active), 10)
        ranks = [SEVERITY_RANK[severity] for severity, _ in shown]
        assert ranks == sorted(ranks)  # the most severe first
        assert Counter(rule for _, rule in shown) <= Counter(f.rule for f in active)
        # and the PDF says the same: every area's code in the document's part of the text
        start = text.index(f"{row.document_id}·")
        end = text.index(f"{table.rows[index + 1].document_id}·") \
            if index + 1 < len(table.rows) else len(text)
        assert all(f"({area})" in text[start:end] for area in table.areas)


def test_each_document_page_links_to_its_detailed_report(rendered, results):
    entry = rendered["nb"]
    links = uri_links(entry["path"])
    assert len(links) == len(results)
    for index, uri in links:
        target = (entry["path"].parent / unquote(uri)).resolve()
        assert str(target) in {str(Path(p).resolve()) for p in entry["written"][1:]}
        assert target.stem in entry["pages"][index]  # the page of that document
        doc_id = target.stem
        assert doc_id in "\n".join(pdf_pages(target))


def test_detailed_reports_read_back_with_their_document_id(rendered):
    for path in rendered["en"]["written"][1:]:
        text = "\n".join(pdf_pages(path))
        assert Path(path).stem in text
        assert "Compliance report" in text


def test_headings_follow_the_language(rendered):
    nb = "\n".join(rendered["nb"]["pages"])
    en = "\n".join(rendered["en"]["pages"])
    pairs = [("Porteføljerapport", "Portfolio report"),
             ("Dokumenter og kravområder", "Documents and requirement areas"),
             ("Forklaring", "Key:"), ("Kravområder", "Requirement areas"),
             ("Åpne funn, de alvorligste først", "Open findings, most severe first"),
             ("Detaljert rapport", "Detailed report")]
    for norwegian, english in pairs:
        assert norwegian in nb and norwegian not in en
        assert english in en and english not in nb


def test_pdf_metadata_outline_and_page_numbers(rendered, results):
    reader = PdfReader(str(rendered["en"]["path"]))
    assert reader.metadata.title == f"Portfolio report: {MINISTRY}"
    assert reader.metadata.author == f"govcheck {__version__}"
    assert AS_OF.isoformat() in reader.metadata.subject
    titles = outline_titles(reader.outline)
    assert "Documents and requirement areas" in titles
    for result in results:
        assert any(result.meta["title"] in title for title in titles)
    pages = rendered["en"]["pages"]
    assert len(pages) < len(results)  # the documents' blocks share pages
    assert f"Page 2 / {len(pages)}" in pages[1]
    assert "govcheck · Portfolio report" in pages[1]  # the running header
    matrix_box = reader.pages[1].mediabox
    assert matrix_box.width > matrix_box.height  # the wide matrix turns sideways


def test_each_page_is_headed_by_the_document_it_begins_or_goes_on_with(rendered, results,
                                                                       settings):
    ids = [row.document_id for row in build(results, settings, EVERY).rows]
    header = "govcheck · Portfolio report "
    begun, current, kinds = [], None, set()
    for page in rendered["en"]["pages"][3:]:  # after the cover, matrix and trend
        lines = page.splitlines()
        starts = [line.split(" · ")[0] for line in lines if line.split(" · ")[0] in ids]
        named = next(line[len(header):] for line in lines if line.startswith(header))
        opens = bool(starts) and lines[0].startswith(f"{starts[0]} · ")
        kinds.add(opens)
        assert named == (starts[0] if opens else current)
        begun += starts
        current = starts[-1] if starts else current
    assert begun == ids  # each document's first line once, in rank order
    assert kinds == {True, False}  # pages that begin with a document, and that go on


def test_same_input_gives_the_same_files(rendered):
    first, again = rendered["nb"], rendered["nb-again"]
    assert [Path(p).name for p in first["written"]] == [Path(p).name for p in again["written"]]
    for one, other in zip(first["written"], again["written"], strict=True):
        assert Path(one).read_bytes() == Path(other).read_bytes(), one


def test_html_is_self_contained_and_links_only_to_its_documents(rendered):
    entry = rendered["html-nb"]
    html = entry["html"]
    seen = start_tags(html)
    names = {tag for tag, _ in seen}
    assert "style" in names
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base"}
    ids = {attrs["id"] for _, attrs in seen if "id" in attrs}
    files = []
    for _, attrs in seen:
        assert "src" not in attrs
        href = attrs.get("href")
        if href is None:
            continue
        assert "://" not in href and not href.startswith(("//", "/"))
        if href.startswith("#"):
            assert href[1:] in ids
            continue
        target = (entry["path"].parent / unquote(href)).resolve()
        assert target.parent == entry["folder"].resolve() and target.is_file()
        files.append(target)
    assert sorted(str(f) for f in files) == sorted(
        str(Path(p).resolve()) for p in entry["written"][1:])
    assert "url(" not in html and "@import" not in html
    for path in entry["written"][1:]:
        detail = Path(path).read_text("utf-8")
        assert "<script" not in detail and Path(path).stem in detail


def test_html_headings_follow_the_language(rendered):
    nb, en = rendered["html-nb"]["html"], rendered["html-en"]["html"]
    assert '<html lang="nb">' in nb and '<html lang="en">' in en
    assert "Porteføljerapport" in nb and "Portfolio report" not in nb
    assert "Portfolio report" in en and "Porteføljerapport" not in en


# ---- hostile and broken input ------------------------------------------------------

def _letter(doc_id: str, title: str) -> str:
    text = STAMI.read_text("utf-8")
    text = text.replace("  id: AID-STAMI-2025", f"  id: {doc_id}", 1)
    return text.replace("  title: Tildelingsbrev 2025 – Statens arbeidsmiljøinstitutt",
                        f"  title: {title}", 1)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    inputs = folder / "in"
    inputs.mkdir()
    (inputs / "a-evil.yaml").write_text(
        _letter('"../../etc/passwd"', '"<script>alert(1)</script> <img src=x>"'), "utf-8")
    (inputs / "b-same.yaml").write_text(_letter('"etc_passwd"', "Samme navn"), "utf-8")
    (inputs / "c-case.yaml").write_text(_letter('"ETC-PASSWD/.."', "Store bokstaver"),
                                        "utf-8")
    (inputs / "d-broken.yaml").write_text("govcheck: 1\ndocument: [unclosed\n", "utf-8")
    found = list(check_paths([str(inputs)], as_of=AS_OF))
    assert [r.error is not None for r in found] == [False, False, False, True]
    return {"root": folder, "results": found}


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_hostile_ids_stay_inside_the_documents_folder(hostile, fmt):
    root, results = hostile["root"], hostile["results"]
    out = root / f"out-{fmt}"
    out.mkdir()
    before = _files_under(root)
    asked = []

    def recording(url):
        asked.append(url)
        return fetch_asset(url)

    written = write_portfolio(results, default_settings(), str(out / f"report.{fmt}"), fmt,
                              "nb", AS_OF, CATALOG, url_fetcher=recording)
    folder = (out / "report-documents").resolve()
    created = _files_under(root) - before
    assert {p.resolve() for p in created} == {Path(p).resolve() for p in written}
    details = [Path(p).resolve() for p in written[1:]]
    assert len(details) == 3  # the broken file gets no detailed report
    assert all(p.parent == folder for p in details)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", p.name) for p in details)
    assert len({p.name.lower() for p in details}) == 3  # distinct, even ignoring case
    assert all(p.resolve().is_relative_to(out.resolve()) for p in created)
    if fmt == "pdf":
        assert asked and all(url.startswith(SCHEME) for url in asked)
        text = "\n".join(pdf_pages(written[0]))
        assert "../../etc/passwd" in text and "Kunne ikke leses" in text
        assert "<script>alert(1)</script>" in text  # printed, not run
    else:
        html = Path(written[0]).read_text("utf-8")
        assert "<script" not in html and "&lt;script&gt;" in html
        assert "<img" not in html
        assert "did not find expected" in html or "Kunne ikke leses" in html


def test_a_planted_link_is_replaced_not_followed(hostile, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", "utf-8")
    folder = tmp_path / "report-documents"
    folder.mkdir()
    (folder / "etc_passwd.html").symlink_to(outside)
    write_portfolio(hostile["results"], default_settings(), str(tmp_path / "report.html"),
                    "html", "en", AS_OF, CATALOG)
    assert outside.read_text("utf-8") == "keep me"
    assert not (folder / "etc_passwd.html").is_symlink()


def test_a_linked_documents_folder_is_refused(hostile, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "report-documents").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ValueError, match="symbolic link"):
        write_portfolio(hostile["results"], default_settings(), str(tmp_path / "report.html"),
                        "html", "en", AS_OF, CATALOG)
    assert list(elsewhere.iterdir()) == []


def test_safe_names():
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert safe_name("AID-NAV-2025") == "AID-NAV-2025"
    assert safe_name("Tildelingsbrev Ærø/Ås 2025") == "Tildelingsbrev_AEro_As_2025"
    assert safe_name("") == safe_name("../..") == safe_name("///") == "document"
    assert safe_name("CON") == "_CON" and safe_name("nul.txt") == "_nul.txt"
    assert safe_name(".hidden") == "hidden"
    assert len(safe_name("x" * 500)) <= 80
    assert os.sep not in safe_name(f"a{os.sep}b") and "\0" not in safe_name("a\0b")


def test_results_without_documents_are_refused(results, settings, tmp_path):
    stripped = [replace(results[0], document=None)]
    with pytest.raises(ValueError, match="keep_documents"):
        write_portfolio(stripped, settings, str(tmp_path / "p.html"), "html", "nb", AS_OF,
                        CATALOG)
    with pytest.raises(ValueError, match="format"):
        write_portfolio(results, settings, str(tmp_path / "p.docx"), "docx", "nb", AS_OF,
                        CATALOG)
    assert list(tmp_path.iterdir()) == []


def test_html_path_never_loads_weasyprint():
    code = ("import sys, govcheck.report.portfolio_report; "
            "sys.exit('weasyprint' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
