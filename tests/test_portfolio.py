"""The ministry's portfolio view over samples/portfolio, cell by cell."""

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import main

PORTFOLIO = Path(__file__).resolve().parents[1] / "samples" / "portfolio"
AREAS = ["CASC", "CHAIN", "FOLLOW", "HIER", "IC", "LETTER", "MRS", "PERSP", "REPORT", "RES",
         "RISK", "STAB", "USER", "VALID", "WAIVER"]
# document → type, year, depth under its parent, area marks in AREAS order (✓ met,
# ✗ not met, ? not reviewed, – not applicable), then error, warning, info counts;
# ranked worst first, a child right under its parent. These files are format 1, which
# cannot state a hovedinstruks (LETTER008), a risk's objective category (RISK009) or
# participation phases (USER005): LETTER, RISK and (for NAV Vestland, whose systemic
# arrangements cannot name their phases) USER are not reviewed where no other rule of
# the area fails.
ROWS = {
    "AVDIR-VESTLAND-2025": ("disposition_letter", 2025, 1, "✗✗○✓✓–✓✓–✓???✓○", (1, 1, 1)),
    "AID-IMDI-2025": ("allocation_letter", 2025, 0, "–✗✓✓✓?✓––✓✗?✓✓○", (0, 8, 2)),
    "AID-HAVTIL-2025": ("allocation_letter", 2025, 0, "–✗✓✗✓?✗––✓✗?✓✓○", (0, 5, 3)),
    "AID-SPK-2025": ("allocation_letter", 2025, 0, "–✗✓✓✓✗✓––✓??✓✓○", (0, 1, 6)),
    "AID-AT-2025": ("allocation_letter", 2025, 0, "–✗✓✓✓?✗––✗?✗✓✓○", (0, 0, 7)),
    # the annual report, under the letter it answers: REPORT, and format, references and
    # waivers as on every document
    "AT-AR-2025": ("annual_report", 2025, 1, "––––––––✗––––✓○", (0, 3, 0)),
    "AID-NAV-2024": ("allocation_letter", 2024, 0, "–✓✗✓✓?✓––✓??✓✓○", (0, 1, 0)),
    "AID-AT-2024": ("allocation_letter", 2024, 0, "–✗✓✓✓?✓––✓??✓✓○", (0, 0, 1)),
    "AID-NAV-2025": ("allocation_letter", 2025, 0, "–✓✓✓✓?✓––✓?✓✓✓○", (0, 0, 0)),
    "AID-STAMI-2025": ("allocation_letter", 2025, 0, "–✓✓✓✓?✓––✓??✓✓○", (0, 0, 0)),
}
# the latest year per recipient (an annual report: issuer) and type; NAV Vestland under NAV's
# 2025 letter, Arbeidstilsynet's annual report under the letter it answers
DEFAULT = ["AID-IMDI-2025", "AID-HAVTIL-2025", "AID-SPK-2025", "AID-AT-2025", "AT-AR-2025",
           "AID-NAV-2025", "AVDIR-VESTLAND-2025", "AID-STAMI-2025"]
ALL = ["AID-IMDI-2025", "AID-HAVTIL-2025", "AID-SPK-2025", "AID-NAV-2024", "AID-AT-2025",
       "AT-AR-2025", "AID-AT-2024", "AID-NAV-2025", "AVDIR-VESTLAND-2025", "AID-STAMI-2025"]
EXPECTED = [(d, *ROWS[d][3:]) for d in DEFAULT]
MARK = {"met": "✓", "not_met": "✗", "not_reviewed": "?", "nothing_to_assess": "○",
        "not_applicable": "–"}


def portfolio(*args, exit_code=None):
    result = CliRunner().invoke(main, ["portfolio", str(PORTFOLIO), "--as-of", "2025-06-30",
                                       "--jobs", "1", *args])
    assert result.exit_code in ((0, 1) if exit_code is None else (exit_code,)), result.output
    return result.output


def cells(payload) -> list[tuple]:
    return [(row["document_id"], row["type"], row["year"], row["depth"],
             "".join(MARK[row["areas"][a]] for a in AREAS),
             (row["counts"]["error"], row["counts"]["warning"], row["counts"]["info"]))
            for row in payload["rows"]]


@pytest.mark.parametrize(("args", "shown"), [((), DEFAULT), (("--all",), ALL),
                                             (("--year", "2024"), ["AID-NAV-2024",
                                                                   "AID-AT-2024"])])
def test_matrix_cell_by_cell(args, shown):
    payload = json.loads(portfolio("--format", "json", *args))
    assert payload["areas"] == AREAS
    assert payload["thresholds"] == {"max_top_goals": 10, "max_goals": 40}
    assert cells(payload) == [(d, *ROWS[d]) for d in shown]
    assert payload["left_out"] == 10 - len(shown)


def test_type_filter_and_chain_parent():
    payload = json.loads(portfolio("--format", "json", "--type", "disposition_letter"))
    # the parent is not shown, so the child stands at the top
    assert cells(payload) == [("AVDIR-VESTLAND-2025", "disposition_letter", 2025, 0,
                               *ROWS["AVDIR-VESTLAND-2025"][3:])]
    assert payload["rows"][0]["parent"] == "AID-NAV-2025"
    assert payload["trends"] == []


def test_trend_for_the_agencies_with_two_years():
    trends = json.loads(portfolio("--format", "json"))["trends"]
    assert [(t["agency"], [y["year"] for y in t["years"]]) for t in trends] == [
        ("Arbeids- og velferdsdirektoratet", [2024, 2025]), ("Arbeidstilsynet", [2024, 2025])]
    nav, at = trends
    assert [(y["document_id"], "".join(MARK[y["areas"][a]] for a in AREAS),
             tuple(y["counts"].values())) for y in nav["years"]] == [
        ("AID-NAV-2024", *ROWS["AID-NAV-2024"][3:]), ("AID-NAV-2025", *ROWS["AID-NAV-2025"][3:])]
    assert "since_previous" not in nav["years"][0]
    assert nav["years"][1]["since_previous"] == {
        "new": [], "persistent": [],
        "resolved": [{"rule": "FOLLOW001", "target": "NAV-P3.1b", "severity": "warning"}]}
    since = at["years"][1]["since_previous"]
    assert [(f["rule"], f["target"]) for f in since["new"]] == [
        ("CHAIN003", "AT-M3"), ("MRS005", "AT-P2.3"), ("MRS005", "AT-P3.5"),
        ("MRS005", "AT-P3.6"), ("RES003", "document"), ("STAB001", "document"),
        ("STAB002", "document")]
    assert [(f["rule"], f["target"]) for f in since["resolved"]] == [("CHAIN003", "AT-M4")]
    assert since["persistent"] == []
    text = portfolio()
    assert "siden 2024: nye 7, løste 1, vedvarende 0" in text
    assert "          − FOLLOW001 NAV-P3.1b (advarsel)" in text


@pytest.mark.parametrize(("args", "code"), [
    ((), 1),  # NAV Vestland's CASC002 is an error
    (("--year", "2024"), 0), (("--year", "2024", "--fail-on", "warning"), 1),
    (("--type", "allocation_letter"), 0), (("--type", "allocation_letter", "--fail-on",
                                            "info"), 1),
])
def test_exit_code_with_fail_on(args, code):
    portfolio(*args, exit_code=code)


def test_text_fits_100_columns_with_a_legend():
    text = portfolio()
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert lines[0].split() == ["virksomhet", "type", "CA", "CH", "FO", "HI", "IC", "LE", "MR",
                                "PE", "RE", "RS", "RI", "ST", "US", "VA", "WA", "fei", "adv",
                                "til", "IV", "N1", "M", "SP"]
    assert lines[5].startswith("└ Arbeidstilsynet    ÅR 2025  ")  # the issuer's own report
    assert lines[6].startswith("Arbeids- og velfer…  TB 2025")
    assert lines[7].startswith("└ NAV Vestland       DB 2025  ✗")
    assert "CA Nedbryting fra styringsdokumentet over · CH Resultatkjeden" in text
    assert "RE Årsrapporten · RS Ressurser og effektivitet" in text
    assert "2 dokumenter utenfor utvalget" in text


def test_goal_counts_against_thresholds(tmp_path):
    rows = {r["document_id"]: r for r in json.loads(portfolio("--format", "json"))["rows"]}
    assert (rows["AID-SPK-2025"]["level1_goals"], rows["AID-SPK-2025"]["goals"]) == (9, 25)
    text = portfolio()
    assert "Statens pensjonska…  TB 2025" in text and "9!" not in text  # within 10 and 40
    assert ("N1 hovedmål (nivå 1)  M mål  SP styringsparametere  ! over govcheck-grensen "
            "(10 hovedmål, 40 mål)") in text
    config = tmp_path / "govcheck.yaml"
    config.write_text("parameters: {max_top_goals: 6, max_goals: 21}\n", encoding="utf-8")
    over = portfolio("--config", str(config))
    assert "9! 25!" in over  # over the thresholds, marked


def test_csv_opens_with_the_csv_module():
    rows = list(csv.DictReader(io.StringIO(portfolio("--format", "csv"))))
    assert [r["document_id"] for r in rows] == DEFAULT
    vestland = rows[6]
    assert (vestland["CASC"], vestland["error"], vestland["parent"], vestland["depth"]) == (
        "not_met", "1", "AID-NAV-2025", "1")
    assert all(r["load_error"] == "" for r in rows)
    at = rows[3]
    assert (at["document_id"], at["previous_document"], at["new_since_previous"],
            at["resolved_since_previous"], at["persistent_since_previous"]) == (
        "AID-AT-2025", "AID-AT-2024", "7", "1", "0")


def test_parallel_portfolio_is_identical():
    assert portfolio("--format", "json", "--jobs", "2") == portfolio("--format", "json")


def test_html_portfolio_with_detailed_reports(tmp_path):
    target = tmp_path / "portefolje.html"
    portfolio("--format", "html", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    written = sorted(p.name for p in (tmp_path / "portefolje-documents").iterdir())
    assert written == sorted(f"{e[0]}.html" for e in EXPECTED)
    assert all(f'href="portefolje-documents/{name}"' in page for name in written)
    # the trend: one small multiple per agency with two years
    assert page.count('<figure class="multiple">') == 2
    assert "<strong>Arbeidstilsynet</strong> (tildelingsbrev)" in page
    assert "2025: nye 7, løste 1, vedvarende 0" in page
    assert 'aria-label="Arbeids- og velferdsdirektoratet: Utvikling per virksomhet"' in page


def test_report_formats_need_an_output_file():
    result = CliRunner().invoke(main, ["portfolio", str(PORTFOLIO), "--format", "pdf"])
    assert result.exit_code == 2 and "--output" in result.output


def test_annual_report_row_shows_reported_met_and_done():
    rows = {r["document_id"]: r for r in json.loads(portfolio("--format", "json"))["rows"]}
    annual = rows["AT-AR-2025"]["annual"]
    assert {k: annual[k] for k in ("indicators", "reported", "judged", "met", "assignments",
                                    "done")} == {"indicators": 9, "reported": 8, "judged": 7,
                                                 "met": 4, "assignments": 13, "done": 9}
    assert rows["AID-AT-2025"]["annual"] is None
    assert ("AT-AR-2025            styringsparametere rapportert 8 av 9, nådd 4 av 7 som "
            "kunne vurderes\n                      oppdrag utført 9 av 13\n") in portfolio()
    report = next(r for r in csv.DictReader(io.StringIO(portfolio("--format", "csv")))
                  if r["document_id"] == "AT-AR-2025")
    assert (report["agency"], report["parent"], report["indicators_reported"],
            report["indicators_met"], report["indicators_judged"], report["assignments_done"],
            report["assignments"]) == ("Arbeidstilsynet", "AID-AT-2025", "8", "4", "7", "9", "13")
    assert ("AT-AR-2025            indicators reported 8 of 9, met 4 of 7 that could be "
            "judged\n") in portfolio("--lang", "en")
