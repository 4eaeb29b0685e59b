"""The HTML and PDF audit report, rendered for real from real check results.

Rules are added all the time, so the tests never list expected findings: they read
what check_paths produced and look for it in the report.
"""

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from htmltags import start_tags
from pypdf import PdfReader

from govcheck import __version__
from govcheck.numbers import date as prose_date
from govcheck.report.html import render_html
from govcheck.report.pdf import write_pdf
from govcheck.run.checker import check_paths
from govcheck.run.summary import area_status

AS_OF = dt.date(2016, 6, 30)
CATALOG = "test-catalog-7"
SAMPLES = sorted((Path(__file__).parents[1] / "samples").glob("*.yaml"))
PERSPECTIVES = ("user", "production", "employee", "finance")


def letter(goals: int = 30, title: str = "Disposisjonsbrev 2016 – Testetaten",
           text=lambda kind, key: None) -> str:
    """A disposition letter with `goals` goals, monthly actuals on every fourth indicator,
    risks, a leaf goal without indicator (waived), an indicator without target and an
    expired waiver. `text(kind, key)` may replace any free text (safety tests)."""
    def say(kind, key, default):
        return text(kind, key) or default

    tops = max(1, goals // 6)
    items = [{"id": f"M{t + 1}", "level": 1,
              "title": say("goal", f"M{t + 1}", f"Hovedmål {t + 1} om tjenester"),
              "chain": "outcome", "perspective": PERSPECTIVES[t % 4], "owner": "Direktør"}
             for t in range(tops)]
    for c in range(goals - tops):
        gid = f"D{c % tops + 1}.{c // tops + 1}"
        items.append({"id": gid, "title": say("goal", gid, f"Delmål {gid} om leveranser"),
                      "level": 2, "parent": f"M{c % tops + 1}",
                      "chain": "activity" if c % 7 == 3 else "output"})
    number = 0
    for goal in items:
        goal["description"] = say("description", goal["id"], "Beskrivelse av målet.")
        if goal["id"] == "D2.2":
            continue  # a leaf goal without indicator, waived below
        number += 1
        iid = f"I{number:02d}"
        indicator = {"id": iid, "name": say("indicator", iid, f"Andel saker innen fristen {iid}"),
                     "unit": "percent", "direction": "higher_is_better",
                     "target": {"value": 80, "period": 2016},
                     "baseline": {"value": 78, "period": 2015},
                     "frequency": "monthly", "source": "Saksbehandlingssystemet"}
        if number == 7:
            del indicator["target"]
        if number % 4 == 1:
            indicator["actuals"] = [{"period": f"2016-{m:02d}", "value": 70 + (m * 7 + number) % 20}
                                    for m in range(1, 13)]
        goal["indicators"] = [indicator]
    data = {
        "govcheck": 1,
        "document": {"id": "TEST-DL-2016", "type": "disposition_letter",
                     "title": say("document", "title", title), "year": 2016,
                     "issuer": say("document", "issuer", "Direktoratet for testing"),
                     "recipient": "Testetaten region øst", "date": "2016-01-10"},
        "goals": items,
        "risks": [{"id": f"R{r + 1}", "title": say("risk", f"R{r + 1}", f"Risiko {r + 1}"),
                   "goals": [f"M{r % tops + 1}"], "likelihood": 1 + r % 5,
                   "consequence": 1 + (r * 3) % 5, "owner": "Direktør", "treatment": "reduce",
                   "controls": ["K1"],
                   "measures": [{"description": "Tiltak", "owner": "Leder",
                                 "deadline": "2016-06-30"}]} for r in range(8)],
        "internal_control": [{"id": "K1", "title": "Månedlig kontroll", "risks": ["R1"],
                              "frequency": "monthly", "owner": "Controller"}],
        "user_participation": [{"id": "U1", "kind": "user_council", "level": "systemic",
                                "goals": ["M1"]}],
        "waivers": [{"rule": "MRS002", "target": "D2.2",
                     "justification": say("waiver", "0", "Nytt mål, måles fra 2017."),
                     "approved_by": "Direktøren", "expires": "2016-12-31"},
                    {"rule": "MRS004", "target": "I99", "justification": "Gammelt unntak.",
                     "approved_by": "Direktøren", "expires": "2015-12-31"}],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def squeeze(text: str) -> str:
    """Text without whitespace: PDF extraction breaks lines where the layout wrapped."""
    return re.sub(r"\s+", "", text)


def outline_titles(outline) -> list[str]:
    titles = []
    for entry in outline:
        titles.extend(outline_titles(entry) if isinstance(entry, list) else [entry.title])
    return titles


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    (folder / "a-letter.yaml").write_text(letter(), encoding="utf-8")
    (folder / "b-small.yaml").write_text(letter(goals=6, title="Lite brev"), encoding="utf-8")
    (folder / "c-broken.yaml").write_text("govcheck: 1\ndocument: [unclosed\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rendered(documents, tmp_path_factory):
    """Results and a PDF and HTML report per language, rendered once for the module."""
    out = tmp_path_factory.mktemp("reports")
    found = {}
    for lang in ("nb", "en"):
        results = list(check_paths([str(documents)], lang=lang, as_of=AS_OF))
        pdf = out / f"report-{lang}.pdf"
        write_pdf(results, str(pdf), lang, AS_OF, CATALOG)
        html = render_html(results, lang, AS_OF, CATALOG)
        found[lang] = {"results": results, "pdf": pdf, "text": pdf_text(pdf), "html": html}
    return found


def test_the_documents_produce_findings_to_report(rendered):
    results = rendered["nb"]["results"]
    assert [r.error is not None for r in results] == [False, False, True]
    assert any(r.findings for r in results)


def test_cover_shows_hash_versions_and_date_of_every_input(rendered):
    for lang in ("nb", "en"):
        reader = PdfReader(str(rendered[lang]["pdf"]))
        cover = squeeze(reader.pages[0].extract_text())
        for result in rendered[lang]["results"]:
            assert squeeze(result.file) in cover
            if result.sha256:
                assert result.sha256 in cover
        assert squeeze(prose_date(AS_OF, lang)) in cover  # 30. juni 2016
        assert __version__ in cover and CATALOG in cover


def test_every_open_finding_appears_with_rule_line_and_column(rendered):
    for lang, line_word in (("nb", "linje"), ("en", "line")):
        text = squeeze(rendered[lang]["text"])
        for result in rendered[lang]["results"]:
            for finding in result.findings:
                assert finding.rule in text
                assert f"{line_word}{finding.line}" in text
                if not finding.suppressed:
                    assert squeeze(finding.message) in text


def test_suppressed_findings_are_listed_as_suppressed_not_open(rendered):
    result = rendered["nb"]["results"][0]
    suppressed = {(f.rule, f.target) for f in result.findings if f.suppressed}
    assert suppressed, "the test letter waives MRS002 for D2.2"
    section = rendered["nb"]["html"].split('id="doc-1"')[1].split('id="doc-2"')[0]
    articles = re.findall(r"<article.*?</article>", section, re.S)
    shown = {(re.search(r'rule-id">([^<]+)<', a).group(1),
              re.search(r'<dd class="mono">([^<]+)<', a).group(1)) for a in articles}
    assert shown == {(f.rule, f.target) for f in result.active}
    table = section.split('<table class="suppressed">')[1].split("</table>")[0]
    for rule, target in suppressed:
        assert f'<td class="mono">{rule}</td>' in table and target in table


def test_waiver_register_shows_every_waiver_and_its_status(rendered):
    for lang, expired, active in (("nb", "utløpt", "gyldig"), ("en", "expired", "active")):
        text = rendered[lang]["text"]
        results = [r for r in rendered[lang]["results"] if r.document]
        for result in results:
            for waiver in result.document.data["waivers"]:
                assert squeeze(waiver["justification"]) in squeeze(text)
        if any(f.rule == "WAIVER001" for r in results for f in r.findings):
            assert expired in text
        assert active in text


def test_unreadable_file_is_reported_with_its_message(rendered):
    broken = rendered["nb"]["results"][2]
    text = squeeze(rendered["nb"]["text"])
    assert squeeze(broken.error.message) in text
    assert "Filenkunneikkeleses" in text and "filersomikkekunneleses:1" in text
    assert "KonklusjonIkkebestått" in text  # an unreadable file fails the run (exit 2)
    assert "filesthatcouldnotberead:1" in squeeze(rendered["en"]["text"])


def test_headings_follow_the_language(rendered):
    nb, en = rendered["nb"]["text"], rendered["en"]["text"]
    pairs = [("Sammendrag", "Summary"), ("Målhierarki", "Goal hierarchy"),
             ("Unntaksregister", "Waiver register"), ("Innhold", "Contents"),
             ("Vedlegg: regler og konfigurasjon", "Appendix: rules and configuration"),
             ("Samsvarsrapport", "Compliance report"), ("Kravområder", "Requirement areas")]
    for norwegian, english in pairs:
        assert norwegian in nb and norwegian not in en
        assert english in en and english not in nb
    assert "feil" in nb and "error" in en


def test_area_table_says_what_summary_decided(rendered):
    words = {"met": "oppfylt", "not_met": "ikke oppfylt", "not_reviewed": "ikke vurdert",
             "nothing_to_assess": "ingenting å vurdere", "not_applicable": "ikke relevant"}
    html = rendered["nb"]["html"]
    result = rendered["nb"]["results"][0]
    section = html.split('id="doc-1"')[1].split('id="doc-2"')[0]
    for area, state in area_status(result).items():
        row = re.search(rf'<td class="mono muted">{area}</td>\s*<td>(.*?)</td>', section, re.S)
        assert row and f">{words[state]}<" in row.group(1), area


def test_area_switched_off_is_not_reviewed_never_met(tmp_path):
    (tmp_path / "letter.yaml").write_text(letter(goals=6), encoding="utf-8")
    probe = next(check_paths([str(tmp_path)], as_of=AS_OF))
    area = next(a for a, s in area_status(probe).items() if s in ("met", "not_met"))
    config = tmp_path / "govcheck.yaml"  # explicit: configuration lookups are cached
    config.write_text(f"ignore: [{area}]\n", encoding="utf-8")
    result = next(check_paths([str(tmp_path / "letter.yaml")], str(config), as_of=AS_OF))
    assert area_status(result)[area] == "not_reviewed"
    html = render_html([result], "en", AS_OF, CATALOG)
    row = re.search(rf'<td class="mono muted">{area}</td>\s*<td>(.*?)</td>', html, re.S)
    assert ">not reviewed<" in row.group(1)


def test_area_with_a_rule_waiting_for_its_parent_is_not_reviewed_never_met():
    # CASC003 and CASC008 run on the child alone and pass; six CASC rules wait for the
    # parent letter, so the area is not met, nor can it be called met.
    folder = Path(__file__).parents[1] / "samples" / "portfolio" / "nav"
    child = str(folder / "nav-vestland-disponeringsbrev-2025.yaml")
    alone = next(check_paths([child], as_of=AS_OF))
    assert sorted(r for r in alone.not_reviewed if r.startswith("CASC")) == [
        "CASC001", "CASC002", "CASC004", "CASC005", "CASC006", "CASC007"]
    assert area_status(alone)["CASC"] == "not_reviewed"
    html = render_html([alone], "nb", AS_OF, CATALOG)
    row = re.search(r'<td class="mono muted">CASC</td>\s*<td>(.*?)</td>', html, re.S)
    assert ">ikke vurdert<" in row.group(1)
    with_parent = [r for r in check_paths([child, str(folder / "nav-tildelingsbrev-2025.yaml")],
                                          as_of=AS_OF) if r.file == child]
    assert area_status(with_parent[0])["CASC"] == "not_met"  # CASC002: VL-M4's target


UNCONFIRMED_RULE = """\
id: ZZREPORT
area: ZZ
title: {nb: Testregel for rapporten, nn: Testregel for rapporten, en: Test rule for the report}
severity: warning
types: all
citation:
  instrument: Testinstruks for rapporter
  section: "§ 99 tredje ledd"
  edition: "2099"
  confirmed: false
  also: [Se også denne]
rationale: {nb: Fordi., nn: Fordi., en: Because.}
remediation: {nb: Rett det slik., nn: Rett det slik., en: Fix it so.}
message:
  nb: "Dokumentet har {level1_count} hovedmål."
  nn: "Dokumentet har {level1_count} hovudmål."
  en: "{level1_count} top goals."
check:
  fact: document
  at: goals
  condition:
    $gte: {level1_count: 0}
example: "goals: []"
"""


def test_citation_is_structured_and_unconfirmed_sections_say_so(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ZZREPORT.yaml").write_text(UNCONFIRMED_RULE, encoding="utf-8")
    config = tmp_path / "govcheck.yaml"
    config.write_text("rule-dirs: [rules]\n", encoding="utf-8")
    (tmp_path / "letter.yaml").write_text(letter(goals=6), encoding="utf-8")
    for lang, flag, area in (("nb", "henvisningen er ikke bekreftet", "ZZ"),
                             ("en", "section unconfirmed", "ZZ")):
        result = next(check_paths([str(tmp_path / "letter.yaml")], str(config), lang=lang,
                                  as_of=AS_OF))
        finding = next(f for f in result.findings if f.rule == "ZZREPORT")
        write_pdf([result], str(tmp_path / f"{lang}.pdf"), lang, AS_OF, CATALOG)
        text = squeeze(pdf_text(tmp_path / f"{lang}.pdf"))
        for part in ("Testinstruks for rapporter", "§ 99 tredje ledd", "(2099)", flag,
                     "Se også denne", "Rett det slik." if lang == "nb" else "Fix it so.",
                     finding.message, area):
            assert squeeze(part) in text, part


def test_goal_tree_lists_every_goal_with_risk_marker(rendered):
    html = rendered["nb"]["html"]
    result = rendered["nb"]["results"][0]
    high = result.settings.parameter_values["high_risk_score"]
    tree = html.split('<table class="tree">')[1].split("</table>")[0]
    rows = {m.group(1): m.group(0) for m in re.finditer(
        r'<span class="gid">([^<]+)</span>.*?</tr>', tree, re.S)}
    goals = [f for f in result.facts if f["kind"] == "goal"]
    assert len(rows) == len(goals) == 30
    for fact in goals:
        assert ("▲" in rows[fact["target"]]) == (fact["max_threat_score"] >= high)


def test_charts_are_inline_svg_and_in_the_pdf(rendered):
    html = rendered["nb"]["html"]
    document = rendered["nb"]["results"][0].document
    with_actuals = sum(1 for goal in document.data["goals"]
                       for indicator in goal.get("indicators", []) if "actuals" in indicator)
    section = html.split('id="doc-1"')[1].split('id="doc-2"')[0]
    assert section.count("<svg") == 4 + with_actuals
    text = rendered["nb"]["text"]
    for title in ("Mål etter trinn i resultatkjeden", "Styringsparametere etter perspektiv",
                  "Antall mål mot grensene", "Risikomatrise", "Oppfølging:"):
        assert title in text
    assert "Goals by results-chain stage" in rendered["en"]["text"]
    pages = len(PdfReader(str(rendered["nb"]["pdf"])).pages)
    assert 2 <= pages <= 80  # the traceability section adds pages per document


def test_pdf_metadata_and_outline(rendered):
    reader = PdfReader(str(rendered["en"]["pdf"]))
    assert reader.metadata.title.startswith("Compliance report")
    assert reader.metadata.author == f"govcheck {__version__}"
    assert "TEST-DL-2016" in reader.metadata.subject
    titles = outline_titles(reader.outline)
    assert "Contents" in titles and "Appendix: rules and configuration" in titles
    assert titles.count("Summary") == 2  # one per readable document
    assert any("Disposisjonsbrev 2016" in title for title in titles)


def test_html_is_self_contained(rendered):
    html = rendered["en"]["html"]

    seen = start_tags(html)
    tags = {tag for tag, _ in seen}
    assert "style" in tags and "svg" in tags
    assert not tags & {"link", "img", "script", "iframe", "object", "embed", "base"}
    for _, attrs in seen:
        assert "src" not in attrs
        assert attrs.get("href", "#").startswith("#")
    assert '<meta name="author" content="govcheck' in html
    assert '<meta name="description"' in html and "<title>Compliance report" in html


def test_same_input_gives_the_same_pdf(rendered, tmp_path):
    results = rendered["nb"]["results"]
    again = tmp_path / "again.pdf"
    write_pdf(results, str(again), "nb", AS_OF, CATALOG)
    assert pdf_text(again) == rendered["nb"]["text"]
    assert again.read_bytes() == rendered["nb"]["pdf"].read_bytes()


def test_a_sparse_document_and_no_document_render(tmp_path):
    (tmp_path / "bare.yaml").write_text(
        "govcheck: 1\ndocument: {id: BARE-1, type: business_plan, title: Bar plan, year: 2016,"
        " issuer: A, recipient: B}\ngoals: []\n", encoding="utf-8")
    results = list(check_paths([str(tmp_path / "bare.yaml")], as_of=AS_OF))
    write_pdf(results, str(tmp_path / "bare.pdf"), "en", AS_OF, CATALOG)
    text = pdf_text(tmp_path / "bare.pdf")
    assert "The document has no goals." in text and "The document has no risks." in text
    assert "<svg" in render_html(results, "nb", AS_OF, CATALOG)
    assert "0 dokumenter" in render_html([], "nb", AS_OF, CATALOG)


@pytest.mark.skipif(not SAMPLES, reason="no samples/*.yaml")
def test_samples_render_in_one_report(tmp_path):
    results = list(check_paths([str(p) for p in SAMPLES], as_of=AS_OF))
    target = tmp_path / "samples.pdf"
    write_pdf(results, str(target), "nb", AS_OF, CATALOG)
    reader = PdfReader(str(target))
    assert 2 <= len(reader.pages) <= 90  # the samples grew by the format-2 clean letter
    text = squeeze(pdf_text(target))
    for result in results:
        assert result.sha256 in text
        for finding in result.active:
            assert finding.rule in text and f"linje{finding.line}" in text


def test_rendering_never_loads_weasyprint_on_the_lint_path():
    code = ("import sys, govcheck.run.checker, govcheck.cli, govcheck.report.html, "
            "govcheck.report.charts, govcheck.report.pdf; "
            "sys.exit('weasyprint' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

