"""govcheck.views.diff: matching, every kind of change, JSON structure, text in nb and en."""

import json

import pytest

from govcheck.document.loader import load
from govcheck.views.diff import compare, render_json, render_text

OLD = """govcheck: 1
document:
  id: DEP-ETAT-2024
  type: allocation_letter
  title: Tildelingsbrev 2024
  year: 2024
  issuer: Departementet
  recipient: Etaten
goals:
  - id: G1
    title: Flere i arbeid
    level: 1
    chain: outcome
    indicators:
      - id: I1
        name: Andel i arbeid etter tiltak
        unit: percent
        direction: higher_is_better
        target: {value: 70, period: 2024}
      - id: I2
        name: Saksbehandlingstid for dagpenger
        unit: days
        direction: lower_is_better
        target: {value: 30, period: 2024}
  - id: G2
    title: Raskere og riktigere vedtak
    level: 2
    parent: G1
    chain: output
    indicators:
      - id: I3
        name: Andel omgjorte klagesaker
        unit: percent
        direction: lower_is_better
        target: {value: 5, period: 2024}
      - id: I4
        name: Brukertilfredshet
        unit: score
        direction: higher_is_better
        target: {value: 70, period: 2024}
  - id: G3
    title: Gjennomføre kurs for arbeidsgivere
    level: 1
    chain: activity
    indicators:
      - id: I5
        name: Ventetid på kurs
        unit: days
        direction: lower_is_better
        target: {value: 20, period: 2024}
      - id: I8
        name: Antall kurs
        unit: count
        direction: higher_is_better
        target: {value: 40, period: 2024}
  - id: G4
    title: Godt   arbeidsmiljø
    level: 1
    chain: outcome
    indicators:
      - id: I6
        name: Sykefravær
        unit: percent
        direction: lower_is_better
        target: {value: 6.5, period: 2024}
  - id: G5
    title: Mål som faller bort
    level: 1
    chain: outcome
    indicators:
      - id: I7
        name: Parameter som faller bort
        unit: count
        direction: higher_is_better
  - id: G6
    title: Lederutvikling
    level: 2
    parent: G4
    chain: output
    indicators:
      - id: I10
        name: Andel ledere med lederutdanning
        unit: percent
        direction: on_target
        target: {value: 50, period: 2024}
assignments:
  - {id: A1, title: Utredning}
"""

NEW = """govcheck: 1
document:
  id: DEP-ETAT-2025
  type: allocation_letter
  title: Tildelingsbrev 2025
  year: 2025
  issuer: Departementet
  recipient: Etaten
goals:
  - id: G1
    title: Flere i arbeid og aktivitet
    level: 1
    chain: outcome
    indicators:
      - id: I1
        name: Andel i arbeid etter tiltak
        unit: percent
        direction: higher_is_better
        target: {value: 68, period: 2025}
      - id: I2
        name: Saksbehandlingstid for dagpenger
        unit: days
        direction: lower_is_better
        target: {value: 28, period: 2025}
  - id: G2
    title: Raskere og riktigere vedtak
    level: 2
    parent: G1
    chain: output
    indicators:
      - id: I3
        name: Andel omgjorte klagesaker
        unit: percent
        direction: lower_is_better
        target: {value: 6, period: 2025}
      - id: I4
        name: Brukertilfredshet
        unit: score
        direction: higher_is_better
        target: {value: 75.5, period: 2025}
  - id: G3
    title: Gjennomføre kurs for arbeidsgivere
    level: 2
    parent: G1
    chain: output
    indicators:
      - id: I5
        name: Ventetid på kurs
        unit: days
        direction: lower_is_better
        target: {value: 20, period: 2025-T2}
      - id: I8
        name: Antall kurs
        unit: count
        direction: higher_is_better
        target: {value: 40, period: 2025}
  - id: G4N
    title: godt arbeidsmiljø
    level: 1
    chain: outcome
    indicators:
      - id: I6N
        name: Sykefravær
        unit: percent
        direction: lower_is_better
        target: {description: Sykefraværet skal gå ned, period: 2025}
  - id: G6
    title: Lederutvikling
    level: 2
    parent: G4N
    chain: output
    indicators:
      - id: I10
        name: Andel ledere med lederutdanning
        unit: percent
        direction: higher_is_better
        target: {value: 60, period: 2025}
  - id: G7
    title: Flere unge fullfører opplæring
    level: 1
    chain: outcome
    indicators:
      - id: I9
        name: Andel unge som fullfører
        unit: percent
        direction: higher_is_better
      - id: I11
        name: Antall lærlinger
        unit: count
        direction: higher_is_better
assignments:
  - {id: A1, title: Utredning}
  - {id: A2, title: Evaluering}
  - {id: A3, title: Plan}
"""


def line_of(text: str, needle: str) -> int:
    """1-based line of the only line that reads `needle`, indentation aside."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == needle]
    assert len(hits) == 1, needle
    return hits[0]


@pytest.fixture
def pair(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return load(str(old)), load(str(new))


def test_every_kind_of_change(pair):
    old, new = pair
    o = lambda i: line_of(OLD, f"- id: {i}")  # noqa: E731
    n = lambda i: line_of(NEW, f"- id: {i}")  # noqa: E731
    got = json.loads(render_json(compare(old, new)))

    def value(field, before, after, trend, effect):
        return {"field": field, "old": before, "new": after, "trend": trend, "effect": effect}

    assert got == {
        "format": "govcheck-diff",
        "version": 2,
        "old": {"file": old.file, "document_id": "DEP-ETAT-2024", "year": 2024,
                "type": "allocation_letter", "recipient": "Etaten"},
        "new": {"file": new.file, "document_id": "DEP-ETAT-2025", "year": 2025,
                "type": "allocation_letter", "recipient": "Etaten"},
        "warnings": [],
        "counts": {
            "goals": {"old": 6, "new": 6},
            "level1_goals": {"old": 4, "new": 3},
            "indicators": {"old": 9, "new": 10},
            "assignments": {"old": 1, "new": 3},
            "budget_lines": {"old": 0, "new": 0},
            "risks": {"old": 0, "new": 0},
        },
        "budget_lines": {"added": [], "removed": [], "changed": []},
        "assignments": {
            "added": [{"id": "A2", "title": "Evaluering",
                       "line": line_of(NEW, "- {id: A2, title: Evaluering}")},
                      {"id": "A3", "title": "Plan",
                       "line": line_of(NEW, "- {id: A3, title: Plan}")}],
            "removed": [], "changed": []},
        "risks": {"added": [], "removed": [], "changed": []},
        "findings": None,
        "goals": {
            "added": [{"id": "G7", "title": "Flere unge fullfører opplæring", "level": 1,
                       "line": n("G7")}],
            "removed": [{"id": "G5", "title": "Mål som faller bort", "level": 1,
                         "line": o("G5")}],
            "changed": [
                {"id": "G1", "title": "Flere i arbeid og aktivitet", "level": 1,
                 "line": n("G1"), "old_line": o("G1"), "changes": [
                     {"field": "title", "old": "Flere i arbeid",
                      "new": "Flere i arbeid og aktivitet"}]},
                {"id": "G3", "title": "Gjennomføre kurs for arbeidsgivere", "level": 2,
                 "line": n("G3"), "old_line": o("G3"), "changes": [
                     {"field": "level", "old": 1, "new": 2},
                     {"field": "chain", "old": "activity", "new": "output"},
                     {"field": "parent", "old": None, "new": "G1"}]},
                # same title up to case and spaces: a new id, not add + remove;
                # G6's parent G4 → G4N is therefore no change
                {"id": "G4N", "title": "godt arbeidsmiljø", "level": 1,
                 "line": n("G4N"), "old_line": o("G4"), "changes": [
                     {"field": "id", "old": "G4", "new": "G4N"},
                     {"field": "title", "old": "Godt   arbeidsmiljø",
                      "new": "godt arbeidsmiljø"}]},
            ],
        },
        "indicators": {
            "added": [
                {"id": "I9", "name": "Andel unge som fullfører", "goal": "G7",
                 "unit": "percent", "line": n("I9")},
                {"id": "I11", "name": "Antall lærlinger", "goal": "G7", "unit": "count",
                 "line": n("I11")},
            ],
            "removed": [{"id": "I7", "name": "Parameter som faller bort", "goal": "G5",
                         "unit": "count", "line": o("I7")}],
            "changed": [
                {"id": "I1", "name": "Andel i arbeid etter tiltak", "goal": "G1",
                 "unit": "percent", "line": n("I1"), "old_line": o("I1"),
                 "changes": [value("target_value", 70, 68, "lowered", "easier")]},
                {"id": "I2", "name": "Saksbehandlingstid for dagpenger", "goal": "G1",
                 "unit": "days", "line": n("I2"), "old_line": o("I2"),
                 "changes": [value("target_value", 30, 28, "lowered", "harder")]},
                {"id": "I3", "name": "Andel omgjorte klagesaker", "goal": "G2",
                 "unit": "percent", "line": n("I3"), "old_line": o("I3"),
                 "changes": [value("target_value", 5, 6, "raised", "easier")]},
                {"id": "I4", "name": "Brukertilfredshet", "goal": "G2", "unit": "score",
                 "line": n("I4"), "old_line": o("I4"),
                 "changes": [value("target_value", 70, 75.5, "raised", "harder")]},
                # 2024 in the 2024 letter and 2025 in the 2025 letter is the same period
                {"id": "I5", "name": "Ventetid på kurs", "goal": "G3", "unit": "days",
                 "line": n("I5"), "old_line": o("I5"), "changes": [
                     {"field": "target_period", "old": "2024", "new": "2025-T2"}]},
                {"id": "I6N", "name": "Sykefravær", "goal": "G4N", "unit": "percent",
                 "line": n("I6N"), "old_line": o("I6"), "changes": [
                     {"field": "id", "old": "I6", "new": "I6N"},
                     {"field": "target_kind", "old": "numeric", "new": "qualitative"}]},
                # the direction changed too, so easier or harder is not judged
                {"id": "I10", "name": "Andel ledere med lederutdanning", "goal": "G6",
                 "unit": "percent", "line": n("I10"), "old_line": o("I10"), "changes": [
                     {"field": "direction", "old": "on_target", "new": "higher_is_better"},
                     value("target_value", 50, 60, "raised", None)]},
            ],
        },
    }


def test_identical_documents_give_an_empty_diff(pair):
    _, new = pair
    diff = compare(new, new)
    assert diff.empty
    payload = json.loads(render_json(diff))
    for kind in ("goals", "indicators"):
        assert payload[kind] == {"added": [], "removed": [], "changed": []}
    assert payload["counts"]["goals"] == {"old": 6, "new": 6}
    assert "Ingen endringer" in render_text(diff, "nb")
    assert "No changes" in render_text(diff, "en")


def test_output_is_byte_identical_across_runs(pair, tmp_path):
    old, new = pair
    first = (render_json(compare(old, new)), render_text(compare(old, new), "nb"))
    again = (load(old.file), load(new.file))
    second = (render_json(compare(*again)), render_text(compare(*again), "nb"))
    assert first == second
    assert "ø" in first[0] and "\\u" not in first[0]  # ensure_ascii=False


def test_text_report_in_nb_and_en(pair):
    old, new = pair
    diff = compare(old, new)
    nb, en = render_text(diff, "nb"), render_text(diff, "en")
    assert nb.splitlines()[0] == "Endringer fra DEP-ETAT-2024 (2024) til DEP-ETAT-2025 (2025)"
    assert en.splitlines()[0] == "Changes from DEP-ETAT-2024 (2024) to DEP-ETAT-2025 (2025)"
    assert render_text(diff) == nb
    # counts before → after with the difference
    assert any(line.split()[:1] == ["oppdrag"] and line.endswith("(+2)")
               for line in nb.splitlines())
    assert "Mål: nye 1, fjernet 1, endret 3" in nb
    assert "Goals: added 1, removed 1, changed 3" in en
    # + for added (new file), − for removed (old file), ~ for changed (new file)
    assert f"  + G7  Flere unge fullfører opplæring  [{new.file}:{line_of(NEW, '- id: G7')}]" in nb
    assert f"  \u2212 G5  Mål som faller bort  [{old.file}:{line_of(OLD, '- id: G5')}]" in nb
    assert f"  ~ I1  Andel i arbeid etter tiltak  [{new.file}:{line_of(NEW, '- id: I1')}]" in nb
    assert "resultatkrav senket: 70\u00a0prosent → 68\u00a0prosent (lettere å nå)" in nb
    assert "target lowered: 70\u00a0per cent → 68\u00a0per cent (easier to reach)" in en
    assert "resultatkrav hevet: 70\u00a0poeng → 75,5\u00a0poeng (vanskeligere å nå)" in nb
    assert "resultatkrav senket: 30\u00a0dager → 28\u00a0dager (vanskeligere å nå)" in nb
    assert "target raised: 70\u00a0points → 75.5\u00a0points (harder to reach)" in en
    assert "ny id (samme tittel): G4 → G4N" in nb
    assert "trinn i resultatkjeden: aktivitet → produkter og tjenester" in nb
    assert "resultatkrav: tallfestet → beskrevet i ord" in nb
    assert "target period: 2024 → 2025-T2" in en
    nn = render_text(diff, "nn")
    assert nn.splitlines()[0] == "Endringar frå DEP-ETAT-2024 (2024) til DEP-ETAT-2025 (2025)"
    assert "resultatkrav senka: 30\u00a0dagar → 28\u00a0dagar (vanskelegare å nå)" in nn


def test_renamed_goals_match_in_linear_time(tmp_path):
    """8 000 goals all under new ids: matched by title, fast (a scan per goal took 42 s)."""
    import time

    def letter(prefix: str, year: int) -> str:
        head = (f"govcheck: 1\ndocument: {{id: D-{year}, type: allocation_letter, title: T, "
                f"year: {year}, issuer: D, recipient: A}}\ngoals:\n")
        return head + "".join(f"  - {{id: {prefix}{i}, title: Mål nummer {i}, level: 1}}\n"
                              for i in range(8000))

    (tmp_path / "old.yaml").write_text(letter("A", 2024), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(letter("B", 2025), encoding="utf-8")
    old, new = (load(str(tmp_path / name), max_bytes=1 << 20) for name in ("old.yaml", "new.yaml"))
    started = time.perf_counter()
    result = compare(old, new)
    elapsed = time.perf_counter() - started
    assert not result.goals.added and not result.goals.removed
    assert len(result.goals.changed) == 8000
    assert result.goals.changed[0].changes[0].to_dict() == {"field": "id", "old": "A0",
                                                            "new": "B0"}
    assert elapsed < 25, f"compare took {elapsed:.1f} s"  # ~2 s here; 42 s when quadratic


WHOLE_OLD = """govcheck: 1
document: {id: AID-X-2024, type: allocation_letter, title: T, year: 2024, issuer: D,
           recipient: Etaten}
goals:
  - {id: G1, title: Flere i arbeid, level: 1, chain: outcome}
assignments:
  - {id: O1, title: Utredning, deadline: 2024-06-01, goal: G1}
  - {id: O2, title: Faller bort, deadline: 2024-09-01}
risks:
  - {id: R1, title: Svikt i IKT, likelihood: 3, consequence: 4, treatment: reduce}
  - {id: R2, title: Faller bort, likelihood: 1, consequence: 1, treatment: accept}
budget:
  lines:
    - {id: L1, chapter: "605", post: "01", title: Drift, amount: 1000000, goals: [G1]}
    - {chapter: "605", post: "21", title: Spesielle driftsutgifter, amount: 50000}
    - {id: L3, chapter: "605", post: "45", title: Utstyr, amount: 10000}
"""

WHOLE_NEW = """govcheck: 1
document: {id: AID-X-2025, type: business_plan, title: T, year: 2025, issuer: D,
           recipient: Annen etat}
goals:
  - {id: G1, title: Flere i arbeid, level: 1, chain: outcome}
assignments:
  - {id: O1, title: Utredning, deadline: 2024-12-01, goal: G1}
  - {id: O3, title: Nytt oppdrag, deadline: 2025-03-01}
risks:
  - {id: R1, title: Svikt i IKT, likelihood: 4, consequence: 4, treatment: avoid}
  - {id: R3, title: Ny risiko, likelihood: 2, consequence: 2, treatment: reduce}
budget:
  lines:
    - {id: L1, chapter: "605", post: "01", title: Drift, amount: 1200000, goals: [G1]}
    - {chapter: 605, post: 21, title: Spesielle driftsutgifter, amount: 40000}
    - {id: L4, chapter: "605", post: "70", title: Tilskudd, amount: 5000}
"""


def test_the_whole_document_and_the_findings_text_and_json(tmp_path):
    from click.testing import CliRunner

    from govcheck.cli import main

    (tmp_path / "old.yaml").write_text(WHOLE_OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(WHOLE_NEW, encoding="utf-8")
    old, new = str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")
    run = CliRunner().invoke(main, ["diff", old, new, "--format", "json"])
    assert run.exit_code == 0, run.output
    got = json.loads(run.output)
    assert got["warnings"] == [
        {"field": "type", "old": "allocation_letter", "new": "business_plan"},
        {"field": "recipient", "old": "Etaten", "new": "Annen etat"}]
    lines = got["budget_lines"]
    assert [e["id"] for e in lines["added"]] == ["L4"]
    assert [e["id"] for e in lines["removed"]] == ["L3"]
    assert [(e["id"], e["changes"]) for e in lines["changed"]] == [
        ("605.21", [{"field": "amount", "old": 50000, "new": 40000}]),  # no id: by kap.post
        ("L1", [{"field": "amount", "old": 1000000, "new": 1200000}])]
    assignments = got["assignments"]
    assert ([e["id"] for e in assignments["added"]],
            [e["id"] for e in assignments["removed"]]) == (["O3"], ["O2"])
    assert assignments["changed"][0]["changes"] == [
        {"field": "deadline", "old": "2024-06-01", "new": "2024-12-01"}]
    risks = got["risks"]
    assert ([e["id"] for e in risks["added"]], [e["id"] for e in risks["removed"]]) == (
        ["R3"], ["R2"])
    assert risks["changed"][0]["changes"] == [
        {"field": "likelihood", "old": 3, "new": 4}, {"field": "score", "old": 12, "new": 16},
        {"field": "treatment", "old": "reduce", "new": "avoid"}]
    findings = got["findings"]
    assert set(findings) == {"new", "resolved", "persistent"}
    persistent = {(f["rule"], f["target"]) for f in findings["persistent"]}
    new_ones = {(f["rule"], f["target"]) for f in findings["new"]}
    resolved = {(f["rule"], f["target"]) for f in findings["resolved"]}
    assert ("MRS002", "G1") in persistent  # a goal without indicator, both years
    assert ("LETTER003", "document") in resolved  # a business plan needs no annual report
    # keyed with the message's values, as the baseline: 50 000 kr → 40 000 kr on the same
    # line is one finding resolved and another new
    assert [t for r, t in new_ones & resolved if r == "RES001"] == ["budget.lines[1]"]

    text = CliRunner().invoke(main, ["diff", old, new]).output
    assert text.splitlines()[1] == "Advarsel: dokumentene er av ulik type " \
        "(tildelingsbrev → virksomhetsplan)."
    assert text.splitlines()[2] == "Advarsel: dokumentene har ulik mottaker " \
        "(«Etaten» → «Annen etat»)."
    for expected in ("Budsjettlinjer: nye 1, fjernet 1, endret 2",
                     "      beløp: 1\u00a0000\u00a0000 → 1\u00a0200\u00a0000",
                     "Oppdrag: nye 1, fjernet 1, endret 1",
                     "      frist: 2024-06-01 → 2024-12-01",
                     "Risikoer: nye 1, fjernet 1, endret 1",
                     "      risikoskår: 12 → 16", "      håndtering: redusere → unngå",
                     "Funn (kontroll av begge dokumentene): nye "):
        assert expected in text, expected
    english = CliRunner().invoke(main, ["diff", old, new, "--lang", "en"]).output
    assert "Warning: the documents are of different types (allocation letter → " \
           "business plan)." in english
    assert "      treatment: reduce → avoid" in english


def test_ids_sort_in_natural_order_and_other_digits_as_text(tmp_path):
    """G2 before G10; the «¹» of «G1¹» (str.isdigit accepts it, int() does not) as text."""
    def letter(year: int, ids: list[str]) -> str:
        return (f"govcheck: 1\ndocument: {{id: D-{year}, type: allocation_letter, title: T, "
                f"year: {year}, issuer: D, recipient: A}}\ngoals:\n"
                + "".join(f"  - {{id: '{i}', title: Mål {i}, level: 1}}\n" for i in ids))

    (tmp_path / "old.yaml").write_text(letter(2024, ["G1"]), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(letter(2025, ["G1", "G10", "G1¹", "G2"]), encoding="utf-8")
    result = compare(load(str(tmp_path / "old.yaml")), load(str(tmp_path / "new.yaml")))
    assert [goal.id for goal in result.goals.added] == ["G1¹", "G2", "G10"]
