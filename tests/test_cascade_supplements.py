"""The cascade against a letter as its supplementary letters in the run amend it, checked
as a run is (DocumentSet, in-process and in workers), with the messages in nb, nn, en."""

import datetime as dt
import json

from click.testing import CliRunner

from govcheck.cli import main
from govcheck.report.html import render_html
from govcheck.run.checker import check_paths

NBSP = "\u00a0"

LETTER = """govcheck: 2
document: {id: AV-2025, type: allocation_letter, title: T, year: 2025, issuer: D, recipient: A}
budget:
  lines:
    - {id: P1, chapter: "605", post: "01", amount: 1000000}
"""

SUPPLEMENT = """govcheck: 2
document: {{id: {id}, type: supplementary_allocation_letter, title: T, year: {year}, issuer: D,
           recipient: A, amends: AV-2025}}
budget:
  lines:
    - {{id: S1, chapter: "605", post: "{post}", amount: {amount}}}
"""

CHILD = """govcheck: 2
document: {{id: V-2025, type: disposition_letter, title: T, year: 2025, issuer: A,
           recipient: V, parent: {parent}}}
budget:
  lines:
    - {{id: L1, chapter: "605", post: "01", amount: {amount}}}
    - {{id: L2, chapter: "605", post: "21", amount: 50000}}
"""


def _run(tmp_path, supplements, child_amount=800000, parent="AV-2025", lang="nb", jobs=1,
         require_related=False, letter=True):
    if letter:
        (tmp_path / "letter.yaml").write_text(LETTER, encoding="utf-8")
    for index, (year, post, amount) in enumerate(supplements, start=1):
        (tmp_path / f"s{index}.yaml").write_text(SUPPLEMENT.format(
            id=f"AV-2025-S{index}", year=year, post=post, amount=amount), encoding="utf-8")
    if child_amount is not None:
        (tmp_path / "child.yaml").write_text(
            CHILD.format(parent=parent, amount=child_amount), encoding="utf-8")
    return {r.document_id: r for r in check_paths([str(tmp_path)], lang=lang, jobs=jobs,
                                                  require_related=require_related)}


def _casc(result):
    return {(f.rule, f.target, f.line): f.message for f in result.active
            if f.rule.startswith("CASC")}


def test_a_supplement_lowering_the_post_is_counted_and_named_in_each_language(tmp_path):
    # S1 lowers post 01 from 1 000 000 to 700 000; S2 allocates post 21
    wanted = {
        "nb": (f"På kap. 605 post 01 fordeler 1 dokument(er) under AV-2025 til sammen "
               f"800{NBSP}000{NBSP}kr, mer enn de 700{NBSP}000{NBSP}kr som er tildelt "
               "(inkludert supplerende tildelingsbrev AV-2025-S1, AV-2025-S2)."),
        "nn": (f"På kap. 605 post 01 fordeler 1 dokument under AV-2025 til saman "
               f"800{NBSP}000{NBSP}kr, meir enn dei 700{NBSP}000{NBSP}kr som er tildelte "
               "(medrekna supplerande tildelingsbrev AV-2025-S1, AV-2025-S2)."),
        "en": (f"On chapter 605 post 01, 1 document(s) under AV-2025 allocate "
               f"NOK{NBSP}800,000 together, more than the NOK{NBSP}700,000 allocated "
               "(including supplementary allocation letters AV-2025-S1, AV-2025-S2)."),
    }
    for lang, message in wanted.items():
        found = _casc(_run(tmp_path, [(2025, "01", -300000), (2025, "21", 50000)],
                           lang=lang)["V-2025"])
        assert found == {("CASC006", "605.01", 6): message}, lang


def test_the_post_only_a_supplement_allocates_exists_and_the_child_within_passes(tmp_path):
    results = _run(tmp_path, [(2025, "21", 50000)], child_amount=1000000)
    assert _casc(results["V-2025"]) == {}
    assert not [r for r in results["V-2025"].not_reviewed if r.startswith("CASC")]


def test_without_the_supplement_the_post_is_not_the_letters(tmp_path):
    found = _casc(_run(tmp_path, [], child_amount=1000000, lang="en")["V-2025"])
    assert found == {("CASC005", "605.21", 7): (
        "Funds are allocated on chapter 605 post 21, but the parent document AV-2025 "
        "does not allocate that post.")}


def test_two_supplements_summed_alike_in_workers(tmp_path):
    # 1 000 000 + 200 000 + 300 000 on post 01; the child allocates 1 400 000
    supplements = [(2025, "01", 200000), (2025, "01", 300000)]
    (tmp_path / "extra.yaml").write_text(SUPPLEMENT.format(
        id="AV-2025-S9", year=2025, post="21", amount=50000), encoding="utf-8")
    for jobs in (1, 2):
        results = _run(tmp_path, supplements, child_amount=1400000, jobs=jobs)
        assert _casc(results["V-2025"]) == {}, jobs
    results = _run(tmp_path, supplements, child_amount=1600000, jobs=2, lang="en")
    assert [m for (rule, _, _), m in _casc(results["V-2025"]).items() if rule == "CASC006"] \
        == [f"On chapter 605 post 01, 1 document(s) under AV-2025 allocate NOK{NBSP}1.6"
            f"{NBSP}million together, more than the NOK{NBSP}1.5{NBSP}million allocated "
            "(including supplementary allocation letters AV-2025-S1, AV-2025-S2, "
            "AV-2025-S9)."]


def test_a_child_naming_a_supplement_missing_from_the_run_is_not_reviewed(tmp_path):
    results = _run(tmp_path, [(2025, "21", 50000)], child_amount=5,
                   parent="[AV-2025, AV-2025-S1, AV-2025-S7]", require_related=True,
                   lang="en")
    child = results["V-2025"]
    assert child.not_reviewed["CASC006"] == ("parent", "AV-2025-S7")
    assert [(f.rule, f.target, f.message) for f in child.active
            if f.rule.startswith(("RELATED", "CASC"))] == [(
        "RELATED001", "document.parent",
        "Missing from the run: AV-2025-S7 (document.parent); so CASC001, CASC002, "
        "CASC004, CASC005, CASC006, CASC007 could not be reviewed.")]


def test_every_missing_document_of_parent_is_named(tmp_path):
    results = _run(tmp_path, [(2025, "21", 50000)], child_amount=5,
                   parent="[AV-2025, AV-2025-S6, AV-2025-S1, AV-2025-S7]",
                   require_related=True, lang="nb")
    child = results["V-2025"]
    assert child.not_reviewed["CASC006"] == ("parent", "AV-2025-S6, AV-2025-S7")
    assert [(f.rule, f.target, f.message) for f in child.active
            if f.rule.startswith(("RELATED", "CASC"))] == [(
        "RELATED001", "document.parent",
        "Mangler i kjøringen: AV-2025-S6, AV-2025-S7 (document.parent); derfor kunne "
        "CASC001, CASC002, CASC004, CASC005, CASC006, CASC007 ikke vurderes.")]


def test_a_supplements_year_against_its_letter_and_a_missing_letter(tmp_path):
    results = _run(tmp_path, [(2026, "01", 1)], child_amount=None, lang="en")
    assert [(f.rule, f.target, f.line, f.message) for f in results["AV-2025-S1"].active] == [
        ("CASC008", "document", 2, "The supplementary allocation letter is for 2026, but "
         "the letter it amends, AV-2025, is for 2025.")]
    (tmp_path / "letter.yaml").unlink()
    alone = _run(tmp_path, [], child_amount=None, letter=False, require_related=True,
                 lang="en")["AV-2025-S1"]
    assert alone.not_reviewed == {"CASC008": ("amends", "AV-2025")}
    assert [(f.rule, f.target, f.line) for f in alone.active] == [
        ("RELATED001", "document.amends", 3)]


def test_a_supplement_without_its_letter_says_it_needs_the_letter_it_amends(tmp_path):
    supplement = tmp_path / "s1.yaml"
    supplement.write_text(SUPPLEMENT.format(id="AV-2025-S1", year=2025, post="01", amount=1),
                          encoding="utf-8")
    wanted = {
        "nb": "ikke vurdert: CASC008 (trenger tildelingsbrevet det endrer, AV-2025, som ikke "
              "er med i kontrollen)",
        "nn": "ikkje vurdert: CASC008 (treng tildelingsbrevet det endrar, AV-2025, som "
              "ikkje er med i kontrollen)",
        "en": "not reviewed: CASC008 (needs the letter it amends, AV-2025, which was not "
              "checked with it)"}
    for lang, line in wanted.items():
        output = CliRunner().invoke(main, ["check", str(supplement), "--lang", lang]).output
        assert f"{supplement}: {line}" in output.splitlines()
        assert "overordne" not in output and "parent" not in output
    result, = check_paths([str(supplement)], lang="nn")
    assert "treng tildelingsbrevet det endrar, AV-2025, som ikkje er med i kontrollen" in \
        render_html([result], "nn", dt.date(2025, 6, 30), "test-catalog")
    report = json.loads(CliRunner().invoke(main, ["check", str(supplement), "--format",
                                                  "json"]).output)
    assert report["documents"][0]["not_reviewed"] == [
        {"rule": "CASC008", "needs": "amends", "named": "AV-2025", "reason": "absent"}]


def test_only_a_supplement_may_state_a_negative_amount(tmp_path):
    results = _run(tmp_path, [(2025, "01", -300000)], child_amount=-1)
    assert [f.rule for f in results["AV-2025-S1"].active] == []
    assert ("SCHEMA", "L1") in {(f.rule, f.target) for f in results["V-2025"].active}


def test_a_sibling_naming_the_supplement_alone_is_summed_with_the_letters_children(tmp_path):
    (tmp_path / "other.yaml").write_text(CHILD.format(parent="AV-2025-S1", amount=600000)
                                         .replace("id: V-2025", "id: W-2025"), encoding="utf-8")
    results = _run(tmp_path, [(2025, "21", 100000)], child_amount=500000, lang="en")
    # 605.01: 500 000 + 600 000 over 1 000 000; 605.21: 50 000 + 50 000, all S1 gave
    assert [(rule, target) for rule, target, _ in _casc(results["V-2025"])] == [
        ("CASC006", "605.01")]
    assert _casc(results["V-2025"])[("CASC006", "605.01", 6)].startswith(
        "On chapter 605 post 01, 2 document(s) under AV-2025 allocate")


SIBLING = """govcheck: 2
document: {{id: {id}, type: disposition_letter, title: T, year: 2025, issuer: A,
           recipient: {id}, parent: {parent}}}
budget:
  lines:
    - {{id: L1, chapter: "605", post: "01", amount: {amount}}}
"""


def test_siblings_naming_the_letter_with_its_supplement_are_summed(tmp_path):
    """Issue 23: 260 + 100 under a letter of 270 (with a supplement) is flagged whether the
    siblings' `parent` is the letter or the list [letter, supplement] (so each file is
    read by its pre-read head as by its full load)."""
    found = {}
    for form in ("AV-2025", "[AV-2025, AV-2025-S1]"):
        folder = tmp_path / str(len(found))
        folder.mkdir()
        (folder / "letter.yaml").write_text(LETTER.replace("1000000", "270000000"),
                                            encoding="utf-8")
        (folder / "s1.yaml").write_text(SUPPLEMENT.format(
            id="AV-2025-S1", year=2025, post="21", amount=5), encoding="utf-8")
        for name, amount in (("V1", 260000000), ("V2", 100000000)):
            (folder / f"{name}.yaml").write_text(SIBLING.format(
                id=name, parent=form, amount=amount), encoding="utf-8")
        results = check_paths([str(folder)], lang="nb", jobs=1)
        found[form] = sorted((r.document_id, f.rule, f.target, f.line, f.message)
                             for r in results for f in r.active if f.rule == "CASC006")
    assert found["AV-2025"] == found["[AV-2025, AV-2025-S1]"]
    assert [(d, t, ln) for d, _, t, ln, _ in found["AV-2025"]] == [
        ("V1", "605.01", 6), ("V2", "605.01", 6)]
    assert f"til sammen 360{NBSP}mill. kroner, mer enn de 270{NBSP}mill. kroner" in \
        found["AV-2025"][0][4]
