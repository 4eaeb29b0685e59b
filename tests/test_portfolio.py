"""The ministry's portfolio view over samples/portfolio, cell by cell."""

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from govcheck.cli import main

PORTFOLIO = Path(__file__).resolve().parents[1] / "samples" / "portfolio"
AREAS = ["CASC", "CHAIN", "FOLLOW", "HIER", "IC", "LETTER", "MRS", "PERSP", "RES", "RISK",
         "STAB", "USER", "VALID", "WAIVER"]
# document → area marks in AREAS order (✓ met, ✗ not met, ? not reviewed, – not applicable),
# then error, warning, info counts; ranked worst first
EXPECTED = [  # catalog v2: thresholds 10/40, STAB002 info (docs/catalog-changes.md)
    # These files are format 1, which cannot state a hovedinstruks (LETTER008), a risk's
    # objective category (RISK009) or participation phases (USER005): LETTER, RISK and
    # (for the NAV disposition letter) USER are not reviewed where no other rule of the
    # area fails.
    ("AVDIR-VESTLAND-2025", "✗✓✓✓✓–✓✓✓???✓✓", (1, 1, 1)),
    ("AID-IMDI-2025", "–✓✓✓✓?✓–✓✗?✓✓✓", (0, 8, 2)),
    ("AID-HAVTIL-2025", "–✓✓✗✓?✗–✓✗?✓✓✓", (0, 5, 3)),
    ("AID-SPK-2025", "–✓✓✓✓✗✓–✓??✓✓✓", (0, 1, 6)),
    ("AID-NAV-2024", "–✓✗✓✓?✓–✓??✓✓✓", (0, 1, 0)),
    ("AID-AT-2025", "–✓✓✓✓?✓–✓?✓✓✓✓", (0, 0, 7)),
    ("AID-AT-2024", "–✓✓✓✓?✓–✓??✓✓✓", (0, 0, 1)),
    ("AID-NAV-2025", "–✓✓✓✓?✓–✓?✓✓✓✓", (0, 0, 0)),
    ("AID-STAMI-2025", "–✓✓✓✓?✓–✓??✓✓✓", (0, 0, 0)),
]
MARK = {"met": "✓", "not_met": "✗", "not_reviewed": "?", "not_applicable": "–"}


def portfolio(*args):
    result = CliRunner().invoke(main, ["portfolio", str(PORTFOLIO), "--as-of", "2025-06-30",
                                       "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_matrix_cell_by_cell():
    payload = json.loads(portfolio("--format", "json"))
    assert payload["areas"] == AREAS
    assert payload["thresholds"] == {"max_top_goals": 10, "max_goals": 40}
    got = [(row["document_id"], "".join(MARK[row["areas"][a]] for a in AREAS),
            (row["counts"]["error"], row["counts"]["warning"], row["counts"]["info"]))
           for row in payload["rows"]]
    assert got == EXPECTED


def test_goal_counts_against_thresholds(tmp_path):
    rows = {r["document_id"]: r for r in json.loads(portfolio("--format", "json"))["rows"]}
    assert (rows["AID-SPK-2025"]["level1_goals"], rows["AID-SPK-2025"]["goals"]) == (9, 25)
    assert "9!" not in portfolio()  # within the defaults (10 and 40)
    config = tmp_path / "govcheck.yaml"
    config.write_text("parameters: {max_top_goals: 6, max_goals: 21}\n", encoding="utf-8")
    text = portfolio("--config", str(config))
    assert "9!" in text and "25!" in text  # over the configured thresholds, marked


def test_csv_opens_with_the_csv_module():
    rows = list(csv.DictReader(io.StringIO(portfolio("--format", "csv"))))
    assert [r["document_id"] for r in rows] == [e[0] for e in EXPECTED]
    assert rows[0]["CASC"] == "not_met" and rows[0]["error"] == "1"
    assert all(r["load_error"] == "" for r in rows)


def test_parallel_portfolio_is_identical():
    assert portfolio("--format", "json", "--jobs", "2") == portfolio("--format", "json")


def test_html_portfolio_with_detailed_reports(tmp_path):
    target = tmp_path / "portefolje.html"
    portfolio("--format", "html", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    written = sorted(p.name for p in (tmp_path / "portefolje-documents").iterdir())
    assert written == sorted(f"{e[0]}.html" for e in EXPECTED)
    assert all(f'href="portefolje-documents/{name}"' in page for name in written)


def test_report_formats_need_an_output_file():
    result = CliRunner().invoke(main, ["portfolio", str(PORTFOLIO), "--format", "pdf"])
    assert result.exit_code == 2 and "--output" in result.output
