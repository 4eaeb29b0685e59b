"""Where a document leaves a value out or writes it null (format 2: unknown is a value),
the report's cells say «ikke oppgitt» (nn «ikkje oppgitt», en «not stated»): never empty,
never 0, never «–». Values the document does state are shown as they are."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from govcheck.catalog.messages import render
from govcheck.report.html import render_html
from govcheck.report.pdf import write_pdf
from govcheck.run.checker import check_paths

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 1, 1)
NOT_STATED = {"nb": "ikke oppgitt", "nn": "ikkje oppgitt", "en": "not stated"}

LETTER = """\
govcheck: 2
document: {id: D-1, type: allocation_letter, year: 2013, title: T, issuer: KD,
           recipient: MET, date: null}
goals:
  - id: G1
    title: Bedre varsler
    level: 1
    indicators:
      - id: I1
        name: Avvik
        targets:
          - {kind: numeric, value: null, period: 2013}
      - id: I2
        name: Vind
        targets:
          - {value: 3, period: null}
      - id: I3
        name: Stasjoner
        targets: null
  - id: G2
    title: Observasjoner
    level: 1
    chain: outcome
    indicators: null
risks:
  - {id: R1, title: Datatap, goals: [G1], likelihood: null, consequence: 4}
budget:
  lines:
    - {id: B1, chapter: 283, post: 50, title: Drift, amount: null}
    - {id: B2, chapter: 283, post: 72, title: Samarbeid, amount: 1200000}
"""


class _Cells(HTMLParser):
    """Rows of cell texts of every table, by the table's class."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table = self._row = self._cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._table = self.tables.setdefault(dict(attrs).get("class", ""), [])
        elif tag == "tr" and self._table is not None:
            self._row = []
            self._table.append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def tables(html: str) -> dict[str, list[list[str]]]:
    parser = _Cells()
    parser.feed(html)
    return parser.tables


def row(rows: list[list[str]], start: str) -> list[str]:
    found = [r for r in rows if r and r[0].startswith(start)]
    assert len(found) == 1, (start, rows)
    return found[0]


@pytest.fixture(scope="module")
def letter_results(tmp_path_factory):
    path = tmp_path_factory.mktemp("unknowns") / "letter.yaml"
    path.write_text(LETTER, encoding="utf-8")
    results = list(check_paths([str(path)], as_of=AS_OF))
    assert results[0].error is None
    assert not [f for f in results[0].findings if f.rule == "SCHEMA"]
    return results


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_html_cells_say_not_stated_where_the_value_would_be(letter_results, lang):
    unstated = NOT_STATED[lang]
    found = tables(render_html(letter_results, lang, AS_OF, "2"))
    facts = [cell for r in found["doc-facts"] for cell in r]
    assert facts[facts.index({"nb": "Datert", "nn": "Datert", "en": "Dated"}[lang]) + 1] \
        == unstated

    goal_one = row(found["tree"], "G1")
    # level, chain, perspective, indicators, risk
    assert goal_one[1:] == ["1", unstated, "–", "3", unstated]  # chain and risk score unknown
    assert f"I1 Avvik · {'resultatkrav' if lang != 'en' else 'target'} {unstated} (2013)" \
        in goal_one[0]
    unit, period = {"nb": ("enhet", "periode"), "nn": ("eining", "periode"),
                    "en": ("unit", "period")}[lang]
    assert f"3 ({unit}: {unstated}) ({period}: {unstated})" in goal_one[0]
    assert f"I3 Stasjoner · {'resultatkrav' if lang != 'en' else 'target'} {unstated}" \
        in goal_one[0]
    goal_two = row(found["tree"], "G2")
    assert goal_two[2] != unstated and goal_two[4] == unstated  # chain stated; indicators not

    risk = row(found["risks"], "–")
    assert risk[2:] == [unstated, "4", unstated]  # likelihood, consequence, score
    assert "(" not in risk[1]  # not "outside the scale 1–5": the value is unknown

    assert row(found["budget"], "B1")[2] == unstated
    assert row(found["budget"], "B2")[2] not in (unstated, "", "0", "–")


def test_stated_values_are_shown_not_replaced(tmp_path):
    """The other way round: a letter that states its values shows them."""
    stated = (LETTER.replace("date: null", "date: 2012-12-19")
              .replace("likelihood: null", "likelihood: 2")
              .replace("amount: null", "amount: 500000"))
    path = tmp_path / "stated.yaml"
    path.write_text(stated, encoding="utf-8")
    found = tables(render_html(list(check_paths([str(path)], as_of=AS_OF)), "nb", AS_OF, "2"))
    assert "19. desember 2012" in [cell for r in found["doc-facts"] for cell in r]
    assert row(found["risks"], "1")[2:] == ["2", "4", "8"]
    assert "ikke oppgitt" not in " ".join(row(found["budget"], "B1"))


def test_the_real_met_letter_pdf_says_not_stated_in_its_cells(tmp_path):
    """MET 2013 as a PDF, read back: the date, the chain and risk columns of both goals,
    the amounts of both posts and the risk section are «ikke oppgitt»."""
    results = list(check_paths([str(ROOT / "samples/real-letters/met-2013.yaml")],
                               as_of=AS_OF))
    target = tmp_path / "met.pdf"
    write_pdf(results, str(target), "nb", AS_OF, "2")
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "År 2013 Datert ikke oppgitt" in lines
    # the goal tree: level, chain, perspective, indicators, risk of VM1 and VM2
    assert lines.count("1 ikke oppgitt – 3 ikke oppgitt") == 1
    assert lines.count("1 ikke oppgitt – 2 ikke oppgitt") == 1
    assert "SP2b Antall nye a… · resultatkrav ikke oppgitt" in lines
    assert "K283P50 kap. 283 post 50 Meteorologisk institutt ikke oppgitt" in lines
    assert "K283P72 kap. 283 post 72 Internasjonale samarbeidsprosjekter ikke oppgitt" in lines
    assert "Risiko: ikke oppgitt" in lines
    assert "Dokumentet har ingen risikoer." not in lines  # risks: null is not "no risks"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_message_value_the_fact_lacks_reads_not_stated(lang):
    assert render("Målet er {value:unit}.", {"unit": "percent"}, lang) == \
        f"Målet er {NOT_STATED[lang]}."


def test_a_goal_threatened_by_a_risk_without_score_is_not_reviewed_by_risk005(letter_results):
    """The unscored risk may be the highest: RISK005 cannot call G1 safe."""
    missing = {i.target: i.missing for i in letter_results[0].unreviewed_items
               if i.rule == "RISK005"}
    assert "high_threat" in missing["G1"]  # high from the threat score, which is unknown
    assert "G2" not in missing  # no risk names G2 (its indicators: null)
