"""Items not reviewed say, in the reader's words, what the document does not state: every
fact property that can be unknown has a phrase in nb, nn and en, and the text, HTML and
JUnit outputs say the same sentence, never the property's internal name."""

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.catalog import facts, known
from govcheck.catalog.properties import PROPERTIES
from govcheck.cli import main
from govcheck.report import junit
from govcheck.report.html import render_html
from govcheck.report.unstated import UNSTATED, phrase, sentence
from govcheck.run import checker
from govcheck.run.checker import check_paths
from govcheck.run.ruletest import run_fixture
from govcheck.terms import LANGS

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2016, 6, 30)
NAMES = {name for properties in PROPERTIES.values() for name in properties}


def _literals(node):
    """The strings a literal holds: its items, a dict's values (catalog.annual's
    `_nulls(entry, {key: property})`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, (ast.List, ast.Set, ast.Tuple)):
        for item in node.elts:
            yield from _literals(item)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _literals(value)


def _written_in_code() -> set:
    """Property names the fact builders put in `unknown` in code rather than in a table:
    in a function of govcheck/catalog that mentions `unknown`, a list or set literal, or
    what is appended, added or updated (`unknown.append("has_target")`,
    `_unknown(fact, "missed")`, `names.update(("stage_rise", …))`)."""
    found = set()
    for path in sorted((ROOT / "govcheck" / "catalog").glob("*.py")):
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef) or "unknown" not in ast.unparse(
                    function):
                continue
            for node in ast.walk(function):
                if isinstance(node, (ast.List, ast.Set)):
                    found.update(_literals(node))
                elif isinstance(node, ast.Call) and (
                        getattr(node.func, "attr", "") in ("append", "add", "update")
                        or getattr(node.func, "id", "") in ("_unknown", "_nulls")):
                    for argument in node.args:
                        found.update(_literals(argument))
    return found & NAMES


def _in_tables() -> set:
    found = set(known._GOAL_INDICATORS) | set(known._DOC_INDICATORS) | set(facts._STABILITY)
    for by_kind in known.SECTION_UNKNOWNS.values():
        for names in by_kind.values():
            found.update(names)
    for names in known.FORMAT_2_ONLY.values():
        found.update(names)
    for by_key in known.KEY_UNKNOWNS.values():
        for names in by_key.values():
            found.update(names)
    for by_kind in known.CROSS_KEY_UNKNOWNS.values():
        for names in by_kind.values():
            found.update(names)
    return found


def test_every_table_of_unknowns_names_properties_its_fact_kind_has():
    # a name the kind lacks can never make a rule «not reviewed»: the null would be ignored
    tables = [(kind, names) for by_kind in known.SECTION_UNKNOWNS.values()
              for kind, names in by_kind.items()]
    tables += [(kind, names) for kind, by_key in known.KEY_UNKNOWNS.items()
               for names in by_key.values()]
    tables += [(kind, names) for by_kind in known.CROSS_KEY_UNKNOWNS.values()
               for kind, names in by_kind.items()]
    tables += list(known.FORMAT_2_ONLY.items())
    assert sorted((kind, name) for kind, names in tables for name in names
                  if name not in PROPERTIES[kind]) == []


UNKNOWABLE = _in_tables() | _written_in_code()


def test_the_scan_finds_the_unknowns_written_in_code():
    # one of each idiom: append, a list literal, _unknown, _nulls, add, update, a set
    assert {"days_after_year_start", "score", "missed", "signed", "max_threat_score",
            "parent_chain", "residual_above_tolerance", "answered"} <= _written_in_code()
    assert "target_count" not in UNKNOWABLE  # counted from what is there: never unknown


@pytest.mark.parametrize("lang", LANGS)
def test_every_property_that_can_be_unknown_has_a_phrase(lang):
    assert sorted(UNKNOWABLE - set(UNSTATED[lang])) == []


def test_every_phrase_is_for_a_property_that_can_be_unknown():
    for key in UNSTATED["nb"]:
        kind, _, name = key.rpartition(".")
        assert name in UNKNOWABLE, key
        assert not kind or name in PROPERTIES[kind], key


@pytest.fixture(scope="module")
def seen():
    """(fact kind, property) of every item not reviewed in the samples, the test data and
    every rule fixture, and every property a fact there left unknown."""
    items, unknown = set(), set()
    real = checker._unreviewed

    def recording(document, settings, kind, facts):
        unknown.update(name for fact in facts for name in fact.get("unknown", ()))
        found = real(document, settings, kind, facts)
        items.update((i.fact_id.partition(":")[0], name) for i in found for name in i.missing)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(checker, "_unreviewed", recording)
        list(check_paths([str(ROOT / "samples"), str(ROOT / "tests" / "data"),
                          str(ROOT / "tests" / "hostile")], as_of=AS_OF))
        for path in sorted((ROOT / "tests" / "rules").glob("*.yaml")):
            run_fixture(str(path))
    return items, unknown


def test_what_the_checks_leave_unknown_is_what_the_scan_finds(seen):
    items, unknown = seen
    assert len(items) > 40
    assert unknown - UNKNOWABLE == set()


@pytest.mark.parametrize("lang", LANGS)
def test_every_item_not_reviewed_in_the_samples_and_fixtures_is_said_in_words(seen, lang):
    items, _ = seen
    for kind, name in sorted(items):
        assert phrase(kind, name, lang), (kind, name)
        assert "_" not in sentence(kind, (name,), lang), (kind, name)


@pytest.mark.parametrize("lang, one, two, three", [
    ("nb", "dokumentet oppgir ikke hvor mange mål det har",
     "dokumentet oppgir ikke hvor mange mål det har eller hvor mange hovedmål (nivå 1) det har",
     "dokumentet oppgir ikke hvor i resultatkjeden målene ligger, hvor mange mål det har "
     "eller hvor mange hovedmål (nivå 1) det har"),
    ("nn", "dokumentet oppgir ikkje kor mange mål det har",
     "dokumentet oppgir ikkje kor mange mål det har eller kor mange hovudmål (nivå 1) det har",
     "dokumentet oppgir ikkje kvar i resultatkjeda måla ligg, kor mange mål det har "
     "eller kor mange hovudmål (nivå 1) det har"),
    ("en", "the document does not state how many goals it has",
     "the document does not state how many goals it has or how many level-1 goals it has",
     "the document does not state where its goals lie in the results chain, how many goals "
     "it has or how many level-1 goals it has"),
])
def test_one_two_and_three_unstated_properties_read_as_one_sentence(lang, one, two, three):
    assert sentence("document", ("goal_count",), lang) == one
    assert sentence("document", ("goal_count", "level1_count"), lang) == two
    # level1_standing_count reads as level1_count: said once
    assert sentence("document", ("activity_share", "goal_count", "level1_count",
                                 "level1_standing_count", "output_goal_count"), lang) == three


def test_a_property_reads_as_what_it_means_on_that_kind_of_item():
    assert sentence("risk", ("has_owner",), "nb") == "dokumentet oppgir ikke hvem som er risikoeier"
    assert sentence("goal", ("has_owner",), "nb") == "dokumentet oppgir ikke hvem som er ansvarlig"
    assert sentence("control", ("missing_info",), "nn") == (
        "dokumentet oppgir ikkje kven som er ansvarleg for kontrolltiltaket og kor ofte det "
        "vert utført")
    assert sentence("indicator", ("missing_info",), "nn") == (
        "dokumentet oppgir ikkje kjelda og hyppigheita for styringsparameteren")


NYNORSK = str(ROOT / "samples" / "tildelingsbrev-2012-jernbanetilsynet-nn.yaml")
RISK009 = {"nb": "dokumentet oppgir ikke hvilken målkategori risikoen truer",
           "nn": "dokumentet oppgir ikkje kva målkategori risikoen truar",
           "en": "the document does not state which objective category the risk threatens"}
WORD = {"nb": "ikke vurdert", "nn": "ikkje vurdert", "en": "not reviewed"}


@pytest.mark.parametrize("lang", LANGS)
def test_text_html_and_junit_say_the_same_sentence(lang):
    text = CliRunner().invoke(main, ["check", NYNORSK, "--lang", lang, "-j", "1",
                                     "--as-of", "2016-06-30"]).output.splitlines()
    assert f"{NYNORSK}:137:5: {WORD[lang]} RISK009 SJT-R1: {RISK009[lang]}" in text
    assert f"{NYNORSK}:150:5: {WORD[lang]} RISK009 SJT-R2: {RISK009[lang]}" in text
    [result] = check_paths([NYNORSK], lang=lang, as_of=AS_OF)
    page = render_html([result], lang, AS_OF, "1")
    assert f"SJT-R1: {RISK009[lang]}" in page and "has_objective_category" not in page
    suite = ET.fromstring(junit.render([result], lang)).find("testsuite")
    [case] = [c for c in suite.findall("testcase") if c.get("name") == "RISK009 SJT-R1"]
    assert case.find("skipped").get("message") == f"{WORD[lang]}: {RISK009[lang]}"
    skipped = [c.get("name") for c in suite.findall("testcase") if c.find("skipped") is not None]
    # the three items, the two rules that need last year's document (none is named), and
    # the rules with nothing to judge (no evaluations, waivers, risk tolerance …): no pass
    assert skipped == ["FOLLOW004", "FOLLOW005", "HIER006", "LETTER008 document", "REF003",
                       "RELATED001",
                       "RISK007", "RISK008", "RISK009 SJT-R1", "RISK009 SJT-R2", "STAB001",
                       "STAB002", "WAIVER001", "WAIVER002"]
    assert int(suite.get("skipped")) == 14
    assert int(suite.get("tests")) == len(suite.findall("testcase"))


def test_a_letter_without_a_date_says_so(tmp_path):
    letter = tmp_path / "brev.yaml"
    letter.write_text("govcheck: 2\ndocument: {id: D, type: allocation_letter, title: T, "
                      "year: 2026, issuer: A, recipient: B, date: null}\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["check", str(letter), "-j", "1"]).output
    assert f"{letter}:2:91: ikke vurdert LETTER007 document: dokumentet oppgir ikke datoen " \
           "brevet er sendt" in text.splitlines()
