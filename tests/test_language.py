"""Three languages, complete: every text table has nb, nn and en with the same keys and
placeholders; nb/nn output holds no English; numbers read as a Norwegian writes them."""

import ast
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.validate import schema
from govcheck.numbers import show
from govcheck.report import words
from govcheck.report.html import render_html
from govcheck.report.messages_doc import missing_examples
from govcheck.run.checker import check_paths
from govcheck.run.config import default_settings
from govcheck.terms import LANGS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
AS_OF = dt.date(2016, 6, 30)
NBSP = "\u00a0"

# Every text is in the gettext catalogs (govcheck/locale/, tests/test_catalogs.py checks them
# in nb, nn and en); no module keeps a table keyed by language, which a translator could not
# reach. Found by reading the source, so a new table cannot slip past.
PACKAGE = ROOT / "govcheck"
LANG_SET = set(LANGS)
# Dicts keyed by language that are not texts, with the reason.
NOT_TEXT = {
    "govcheck.numbers": "LOCALES: Babel's locale for each language",
    "govcheck.run.bounds": "a limit's seconds written as each language writes numbers",
}


def _modules_with_language_keys() -> set[str]:
    """Modules whose source has a dict literal keyed by language only (read, not imported)."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Dict) and _literal_keys(node)
               and _literal_keys(node) <= LANG_SET for node in ast.walk(tree)):
            found.add(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return found


def _literal_keys(node: ast.Dict) -> set:
    return {k.value for k in node.keys if isinstance(k, ast.Constant)}


def test_no_module_holds_a_text_table_keyed_by_language():
    assert _modules_with_language_keys() == set(NOT_TEXT)


def test_no_text_of_the_report_is_written_twice_and_hidden():
    """The run's texts are merged into REPORT: a key in both would hide one text."""
    assert not set(words._REPORT) & set(words._RUN)


def test_every_dict_literal_keyed_by_language_has_nb_nn_en():
    """Also those inside functions, which no import shows."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) \
                    and None not in node.keys:  # `**` fills in the rest at run time
                keys = _literal_keys(node)
                assert not keys or not keys <= LANG_SET or keys == LANG_SET, \
                    f"{path.relative_to(ROOT)}:{node.lineno}: only {sorted(keys)}"


def test_every_rule_text_exists_in_nb_nn_en_with_the_same_placeholders():
    catalog = default_settings().catalog
    for rule in catalog.rules.values():
        for text in (rule.title, rule.rationale, rule.remediation, rule.message):
            assert sorted(text) == sorted(LANGS), rule.id
            named = {frozenset(re.findall(r"\{([a-z_0-9]+)", t)) for t in text.values()}
            assert len(named) == 1, f"{rule.id}: the languages name different values"
    for parameter in catalog.parameters.values():
        for text in (parameter.description, parameter.source):
            if isinstance(text, dict) and text:
                assert sorted(text) == sorted(LANGS), parameter.name
    assert missing_examples(catalog) == set(), "docs/messages.md needs an example value"


def _text_mappings(node, path=()):
    if isinstance(node, dict):
        if "nb" in node or "en" in node:
            yield path, node
        for key, value in node.items():
            yield from _text_mappings(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _text_mappings(value, path + (index,))


@pytest.mark.parametrize("name", ["requirements.yaml", "parameters.yaml"])
def test_every_text_of_the_register_and_parameters_is_in_nb_nn_en(name):
    data = yaml.safe_load((ROOT / "rules" / name).read_text(encoding="utf-8"))
    found = list(_text_mappings(data))
    assert found
    for path, texts in found:
        assert set(LANGS) <= set(texts), path


# ---- numbers ------------------------------------------------------------------------

@pytest.mark.parametrize("value, style, unit, nb, en", [
    (0, "number", None, "0", "0"),
    (-2.5, "number", None, "-2,5", "-2.5"),
    (1e9, "number", None, f"1{NBSP}000{NBSP}000{NBSP}000", "1,000,000,000"),
    (1234.567, "number", None, f"1{NBSP}234,57", "1,234.57"),
    (0.025, "percent", None, f"2,5{NBSP}%", "2.5%"),
    (1, "percent", None, f"100{NBSP}%", "100%"),
    (0, "percent", None, f"0{NBSP}%", "0%"),
    (0.2857142, "percent", None, f"28,6{NBSP}%", "28.6%"),
    (-0.05, "percent", None, f"-5{NBSP}%", "-5%"),
    (24_000_000, "nok", None, f"24{NBSP}mill. kroner", f"NOK{NBSP}24{NBSP}million"),
    (24_500_000, "nok", None, f"24,5{NBSP}mill. kroner", f"NOK{NBSP}24.5{NBSP}million"),
    (1_234_567, "nok", None, f"1{NBSP}234{NBSP}567{NBSP}kr", f"NOK{NBSP}1,234,567"),
    (0, "nok", None, f"0{NBSP}kr", f"NOK{NBSP}0"),
    (-1e9, "nok", None, f"-1{NBSP}000{NBSP}mill. kroner", f"NOK{NBSP}-1,000{NBSP}million"),
    ("2025-12-31", "date", None, "31. desember 2025", "31 December 2025"),
    ("2025-T2", "date", None, "2025-T2", "2025-T2"),
    (56, "unit", "percent", f"56{NBSP}prosent", f"56{NBSP}per cent"),
    (1, "unit", "days", f"1{NBSP}dag", f"1{NBSP}day"),
    (14, "unit", "days", f"14{NBSP}dager", f"14{NBSP}days"),
    (3, "unit", "weeks", f"3{NBSP}uker", f"3{NBSP}weeks"),
    (3.25, "unit", "ratio", "3,25", "3.25"),
    (12, "unit", "count", "12", "12"),
    (2_860_000_000, "unit", "nok", f"2{NBSP}860{NBSP}mill. kroner",
     f"NOK{NBSP}2,860{NBSP}million"),
    ("605/01", "budget", None, "kap. 605 post 01", "chapter 605 post 01"),
])
def test_one_function_formats_numbers_money_dates_and_units(value, style, unit, nb, en):
    assert show(value, style, "nb", unit) == nb
    assert show(value, style, "en", unit) == en


def test_nynorsk_units_and_money():
    assert show(14, "unit", "nn", "days") == f"14{NBSP}dagar"
    assert show(3, "unit", "nn", "weeks") == f"3{NBSP}veker"
    assert show(1, "unit", "nn", "weeks") == f"1{NBSP}veke"
    assert show(24_000_000, "nok", "nn") == f"24{NBSP}mill. kroner"
    assert show(0.025, "percent", "nn") == f"2,5{NBSP}%"
    assert show(dt.date(2012, 3, 1), "date", "nn") == "1. mars 2012"


def test_not_a_number_is_shown_as_it_is():
    for style in ("number", "percent", "nok", "unit"):
        assert show("?", style, "nb") == "?"
    assert show(float("nan"), "number", "nb") == "nan"


# ---- no English in Norwegian output --------------------------------------------------

# Words that are never Norwegian. Format keys (`parent`, `contributes_to`) and values in
# backticks are allowed: they are what the user writes.
ENGLISH = ("unknown", "must", "allowed", "section", "edition", "not recorded", "in force",
           "all", "accept", "should", "missing", "expected", "the", "which", "suppressed",
           "waiver", "finding", "findings", "goal", "target", "none", "found", "checked")
# lower case or capitalised; area codes such as WAIVER are ids, not words
_ENGLISH = re.compile(r"(?<![\w`'\"/.#-])(" + "|".join(ENGLISH + tuple(
    w.capitalize() for w in ENGLISH)) + r")(?![\w`'\"/.#-])")


def test_the_scan_finds_english_words_and_spares_keys_and_codes():
    assert _scan("goals[0]: unknown key 'titel' (allowed: id)", []) == ["allowed", "unknown"]
    assert _scan("Gjelder: All", []) == ["all"]
    assert _scan("`parent` mangler; område WAIVER; feltet 'target'", []) == []


def _scan(text: str, removed: list[str]) -> list[str]:
    text = re.sub(r"`[^`]*`", " ", " ".join(text.split()))  # code spans are the format's own
    for known in removed:
        text = text.replace(known, " ")
    return sorted({m.group(0).lower() for m in _ENGLISH.finditer(text)})


def _html_text(page: str) -> str:
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"<pre.*?</pre>", " ", page, flags=re.S)  # YAML excerpts: the user's keys
    page = re.sub(r"<[^>]+>", " ", page)
    return page.replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")


SAMPLE_FILES = sorted(p.name for p in SAMPLES.glob("*.yaml"))


def _schema_keys(node) -> set:
    """Every key the goal-document format has: the user's own words, in English."""
    found = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {})) if isinstance(node.get("properties"),
                                                                dict) else set()
        for value in node.values():
            found |= _schema_keys(value)
    elif isinstance(node, list):
        for value in node:
            found |= _schema_keys(value)
    return found


# snake_case a Norwegian reader may meet: the format's keys (a SCHEMA detail lists the
# allowed ones) and, in the report's appendix, the parameters of govcheck.yaml. A fact
# property (`has_objective_category`) never: items not reviewed say it in words.
FORMAT_KEYS = _schema_keys(schema())
PARAMETER_NAMES = set(default_settings().catalog.parameters)
_SNAKE = re.compile(r"(?<![\w`-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w`-])")


def _snake(text: str, allowed: set) -> list[str]:
    return sorted(set(_SNAKE.findall(re.sub(r"`[^`]*`", " ", text))) - allowed)


def test_the_snake_case_scan_spares_only_format_keys_and_parameters():
    said = "ikke vurdert RISK009 R1: ikke oppgitt (has_objective_category); `x_y` contributes_to"
    assert _snake(said, FORMAT_KEYS) == ["has_objective_category"]
    assert _snake("parameteren max_top_goals", FORMAT_KEYS) == ["max_top_goals"]
    assert _snake("parameteren max_top_goals", FORMAT_KEYS | PARAMETER_NAMES) == []


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_norwegian_output_of_every_sample_holds_no_english(name, lang):
    path = str(SAMPLES / name)
    [result] = check_paths([path], lang=lang, as_of=AS_OF)
    # text output: finding lines (rule messages, SCHEMA details) and the summary
    text = CliRunner().invoke(main, ["check", path, "--lang", lang, "--as-of", "2016-06-30",
                                     "-j", "1"]).output
    assert _scan(text.replace(path, " "), []) == [], name
    assert _snake(text.replace(path, " "), FORMAT_KEYS) == [], name
    # JSON messages and citations
    output = CliRunner().invoke(main, ["check", path, "--lang", lang, "--format", "json",
                                       "--as-of", "2016-06-30", "-j", "1"]).output
    said = [f[key] for d in json.loads(output)["documents"] for f in d["findings"]
            for key in ("message", "citation")]
    assert _scan(" ".join(said), []) == [], name
    # HTML report: everything but the YAML excerpts (the user's own keys)
    page = _html_text(render_html([result], lang, AS_OF, "1"))
    assert _scan(page, []) == [], name
    assert _snake(page, FORMAT_KEYS | PARAMETER_NAMES) == [], name


def test_a_nynorsk_document_gets_nynorsk():
    path = str(SAMPLES / "tildelingsbrev-2012-jernbanetilsynet-nn.yaml")
    text = CliRunner().invoke(main, ["check", path, "-j", "1"]).output
    # format 1 cannot state a hovedinstruks (LETTER008) or a risk's objective category
    # (RISK009, two risks), and no previous letter is named (STAB001, STAB002): five
    # matters not assessed, said beside the verdict, in nynorsk too
    assert text.splitlines()[-1] == ("1 fil kontrollert: 0 feil, 2 åtvaringar, "
                                     "1 til orientering — Konklusjon: Bestått med merknader; "
                                     "5 forhold kunne ikkje vurderast")
    [result] = check_paths([path], as_of=AS_OF)
    assert result.lang == "nn"
    page = render_html([result], result.lang, AS_OF, "1")
    assert '<html lang="nn">' in page
    for nynorsk in ("Samandrag", "Opne funn etter alvorsgrad", "Kravområde", "Resultatkjeda"):
        assert nynorsk in page
    # end to end: no bokmål-only word in the findings, the summary or the report
    seen = re.sub(r"https?://\S+", " ", _html_text(page)) + " " + text
    assert _bokmal(seen) == []


# Bokmål forms a nynorsk reader stumbles on (what an auditor's read of the nn output found:
# «§ 4 annet ledd», «foredrag», «ukjent», «høyst» among them). Case matters: titles of
# sources keep their own spelling («Hvordan få en god start …»).
BOKMAL = ("ikke", "hver", "hvert", "mangler", "noen", "noe", "hvis", "hvordan", "fra",
          "Hjemmel", "Kilde", "annet ledd", "foredrag", "foredraget", "ukjent", "høyst", "høyt",
          "fjorårets", "overordnet", "utgave", "uten", "samme", "flere", "gjelder", "ble",
          "selv", "bare", "være", "disse", "finnes", "antall", "tall", "lest", "dager", "uker")
_BOKMAL = re.compile(r"(?<![\w-])(" + "|".join(BOKMAL) + r")(?![\w-])")


def _bokmal(text: str) -> list[str]:
    return sorted({m.group(0) for m in _BOKMAL.finditer(re.sub(r"`[^`]*`", " ", text))})


def test_the_bokmal_scan_finds_bokmal_and_spares_nynorsk():
    assert _bokmal("§ 4 annet ledd; ukjent felt, høyst 5") == ["annet ledd", "høyst", "ukjent"]
    assert _bokmal("§ 4 andre ledd; ukjend felt, høgst 5; `fra`") == []


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_nynorsk_output_of_every_sample_holds_no_bokmal(name):
    path = str(SAMPLES / name)
    text = CliRunner().invoke(main, ["check", path, "--lang", "nn", "--as-of", "2016-06-30",
                                     "-j", "1"]).output
    assert _bokmal(text.replace(path, " ")) == [], name


def test_nynorsk_listings_hold_no_bokmal():
    for args in (["rules", "--lang", "nn"], ["requirements", "--lang", "nn"],
                 ["requirements", "--lang", "nn", "--format", "markdown"]):
        text = CliRunner().invoke(main, args).output
        text = re.sub(r"«[^»]*»", " ", text)  # titles of sources keep their own spelling
        assert _bokmal(text) == [], args


@pytest.mark.parametrize("args", [
    ["check", "samples/tildelingsbrev-2015-clean.yaml", "-j", "1"],
    ["rules"], ["explain", "MRS001"],
    ["diff", "samples/tildelingsbrev-2015-clean.yaml", "samples/tildelingsbrev-2015-clean.yaml"],
    ["portfolio", "samples/portfolio/nav", "-j", "1"],
])
def test_every_command_accepts_lang_nn(args, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, [*args, "--lang", "nn"])
    assert result.exit_code in (0, 1), result.output
    assert result.output.strip()


def test_rules_markdown_in_norwegian_has_norwegian_headings():
    text = CliRunner().invoke(main, ["rules", "--format", "markdown", "--lang", "nn"]).output
    assert text.startswith("# Regelkatalog\n")
    assert "| id | alvorsgrad | gjeld | kontrollerer | parametrar | grunnlag |" in text
    assert "| all |" not in text and "| alle dokumenttypar |" in text
    nb = CliRunner().invoke(main, ["rules", "--format", "markdown", "--lang", "nb"]).output
    assert "| id | alvorlighet | gjelder | kontrollerer | parametere | grunnlag |" in nb


def test_schema_details_in_each_language(tmp_path):
    doc = tmp_path / "doc.yaml"
    doc.write_text("govcheck: 1\ndocument: {id: D, type: business_plan, title: T, year: 2025,"
                   " issuer: A, language: nn, titel: x}\n")
    found = {lang: [f.message for f in next(check_paths([str(doc)], lang=lang)).findings
                    if f.rule == "SCHEMA"] for lang in (None, "nb", "en")}
    assert any("document: ukjend felt 'titel' (tillate: " in m for m in found[None])
    assert any("document: ukjent felt 'titel' (tillatt: " in m for m in found["nb"])
    assert any("document: unknown key 'titel' (allowed: " in m for m in found["en"])


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_rules_and_explain_in_norwegian_hold_no_english(lang):
    settings = default_settings()
    from govcheck.report import catalog as catalog_report

    listing = catalog_report.render(settings, "text", lang)
    listing += catalog_report.render(settings, "markdown", lang)
    assert _scan(listing, []) == []
    for rule in settings.catalog.rules.values():
        text = catalog_report.explain(rule, settings, lang)
        example = text.index(CATALOG_EXAMPLE[lang])  # the example is YAML of the format
        assert _scan(text[:example], []) == [], rule.id


CATALOG_EXAMPLE = {lang: words.CATALOG[lang]["example"] for lang in LANGS}


# ---- errors before and instead of a document ------------------------------------------

ERROR_INPUTS = {  # file name → content; each one a different one-line error
    "syntax.yaml": "goals: [a, b\n", "dup.yaml": "a: 1\na: 2\n", "empty.yaml": "",
    "list.yaml": "- a\n", "tag.yaml": "a: !secret x\n", "alias.yaml": "a: *nothing\n",
    "two.yaml": "a: 1\n---\nb: 2\n", "utf16.yaml": "x: 1\n".encode("utf-16"),
}
LIBYAML = "did not find expected ',' or ']'"  # the parser's own words, kept as a quote


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_load_baseline_and_usage_errors_in_norwegian_hold_no_english(tmp_path, lang):
    lines = []
    for name, content in ERROR_INPUTS.items():
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        result = CliRunner().invoke(main, ["check", str(path), "--lang", lang, "-j", "1"])
        assert result.exit_code == 2
        [line] = result.stderr.splitlines()
        assert line.startswith(f"{path}:"), line
        lines.append(line.replace(str(path), " "))
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"format": "other"}')
    clean = str(SAMPLES / "tildelingsbrev-2015-clean.yaml")
    result = CliRunner().invoke(main, ["check", clean, "--baseline", str(baseline),
                                       "--lang", lang, "-j", "1"])
    assert result.exit_code == 2
    lines.append(result.stderr.replace(str(baseline), " "))
    for args in (["check", "--bogus"], ["chek"], ["check"], ["check", "-j", "0", "x"],
                 ["check", "--as-of", "2020-13-01", "x"], ["check", str(tmp_path / "nope")],
                 ["diff", clean]):
        result = CliRunner().invoke(main, [*args, "--lang", lang])
        assert result.exit_code == 2, args
        error = result.stderr.splitlines()[-1]
        assert error.startswith("Feil: "), error
        lines.append(error)
    assert _scan("\n".join(lines), [LIBYAML]) == [], lines
    assert any("YAML-syntaksfeil: «" + LIBYAML + "»" in line for line in lines)


def test_an_unreadable_document_without_lang_gets_the_language_it_states(tmp_path):
    path = tmp_path / "nn.yaml"
    path.write_text("govcheck: 2\ndocument: {id: D, language: nn}\ngoals: [\n")
    result = CliRunner().invoke(main, ["check", str(path), "-j", "1"])
    assert result.stderr.startswith(f"{path}:4:1: YAML-syntaksfeil: «")
    [found] = check_paths([str(path)])
    assert found.lang == "nn" and found.error.message.startswith("YAML-syntaksfeil")
    assert CliRunner().invoke(main, ["check", str(path), "--lang", "en", "-j", "1"]) \
        .stderr.startswith(f"{path}:4:1: YAML syntax error: ")


BAD_RULE = """id: OWN001
area: OWN
title: {nb: T, nn: T, en: T}
severity: warning
types: all
citation: {instrument: I, section: "1", edition: "2024", confirmed: true}
rationale: {nb: R, nn: R, en: R}
remediation: {nb: R, nn: R, en: R}
message: {nb: M, nn: M, en: M}
check:
  fact: goal
  condition: {indicatr_count: 0}
example: "x"
"""
FAMILY_ERRORS = {  # what each family of errors says, per language
    "nb": ("vilkåret leser 'indicatr_count', som fakta av denne typen ikke har",
           "en testfil trenger et tilfelle som bryter regelen og et som holder den",
           "ikke et dokument i format 1 (govcheck: 2)", "kan ikke lese filen: finnes ikke"),
    "nn": ("vilkåret les 'indicatr_count', som fakta av denne typen ikkje har",
           "ei testfil treng eit tilfelle som bryt regelen og eitt som held han",
           "ikkje eit dokument i format 1 (govcheck: 2)",
           "kan ikkje lese fila: finst ikkje"),
}


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_rule_file_fixture_and_migrate_errors_in_norwegian(tmp_path, monkeypatch, lang):
    rule, fixture, migrate, missing = FAMILY_ERRORS[lang]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config" / "own").mkdir(parents=True)
    (tmp_path / "config" / "own" / "OWN001.yaml").write_text(BAD_RULE)
    (tmp_path / "config" / "govcheck.yaml").write_text("rule-dirs: [own]\n")
    clean = str(SAMPLES / "tildelingsbrev-2015-clean.yaml")
    said = CliRunner().invoke(main, ["check", clean, "--config", "config/govcheck.yaml",
                                     "--lang", lang, "-j", "1"])
    own = tmp_path / "config" / "own" / "OWN001.yaml"
    assert (said.exit_code, said.stderr) == (2, f"{own}:12:14: {rule}\n")
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "MRS001.yaml").write_text(
        "rule: MRS001\ncases:\n  - {name: a, document: 'govcheck: 1', expect: []}\n")
    said = CliRunner().invoke(main, ["rules", "test", "fixtures", "--lang", lang])
    assert (said.exit_code, said.stderr) == (2, f"fixtures/MRS001.yaml:3:3: {fixture}\n")
    said = CliRunner().invoke(main, ["rules", "--lang", lang, "test", "fixtures"])
    assert said.stderr == f"fixtures/MRS001.yaml:3:3: {fixture}\n"
    (tmp_path / "v2.yaml").write_text("govcheck: 2\n")
    said = CliRunner().invoke(main, ["migrate", "v2.yaml", "gone.yaml", "--lang", lang])
    assert said.exit_code == 2
    assert said.stderr.splitlines() == [f"v2.yaml:1:1: {migrate}", f"gone.yaml:1:1: {missing}"]
    assert _scan(said.stderr, []) == []


@pytest.mark.parametrize("lang, said", [
    ("nb", "er en symbolsk lenke; govcheck skriver ikke gjennom den"),
    ("nn", "er ei symbolsk lenkje; govcheck skriv ikkje gjennom ho")])
def test_a_refused_report_folder_is_said_in_norwegian(tmp_path, lang, said):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out-documents").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    out = tmp_path / "out.html"
    result = CliRunner().invoke(main, ["portfolio", str(SAMPLES / "portfolio" / "nav"),
                                       "--format", "html", "-o", str(out), "--lang", lang,
                                       "-j", "1", "--as-of", "2016-06-30"])
    assert (result.exit_code, result.stderr) == (2, f"{out}: {tmp_path / 'out-documents'} "
                                                    f"{said}\n")


@pytest.mark.parametrize("lang, failed, summary", [
    ("nb", "FEIL MRS001 {name}: dokumentet kan ikke leses: ", "0 bestått, 2 feilet"),
    ("nn", "FEIL MRS001 {name}: dokumentet kan ikkje lesast: ", "0 bestått, 2 feila")])
def test_rules_test_reports_in_norwegian(tmp_path, monkeypatch, lang, failed, summary):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "MRS001.yaml").write_text(
        "rule: MRS001\ncases:\n"
        "  - {name: a, document: 'goals: [', expect: [{target: document, line: 1}]}\n"
        "  - {name: b, document: 'goals: [', expect: []}\n")
    said = CliRunner().invoke(main, ["rules", "test", "fixtures", "--lang", lang])
    assert said.exit_code == 1
    *cases, last = said.stdout.splitlines()
    assert len(cases) == 2
    for case, name in zip(cases, "ab", strict=True):
        assert case.split(": ", 1)[1].startswith(failed.format(name=name)), case
    assert last == summary
    assert _scan(re.sub(r"«[^»]*»", " ", said.stdout), []) == []  # libyaml quoted
# ---- workbooks that cannot be read ------------------------------------------------------

def _broken_workbooks(tmp_path) -> list:
    """One workbook per kind of reading error: (path, how it was broken)."""
    import openpyxl

    from govcheck.workbook.export import export_workbook

    data = {"govcheck": 2, "document": {"id": "D", "type": "business_plan", "year": 2025},
            "goals": [{"id": "G1", "title": "T", "level": 1, "chain": "outcome"}],
            "assignments": [{"id": "O1", "title": "Oppdrag", "deadline": "2025-10-01"}]}
    edits = {
        "renamed": lambda b: setattr(b["Mål"], "title", "Målene"),
        "missing": lambda b: b.remove(b["Risikoer"]),
        "header": lambda b: setattr(b["Mål"]["B1"], "value", "Titel"),
        "twice": lambda b: setattr(b["Mål"]["B1"], "value", "Id"),
        "number": lambda b: setattr(b["Mål"]["C2"], "value", "en"),
        "date": lambda b: setattr(b["Oppdrag"]["D2"], "value", "snart"),
        "word": lambda b: setattr(b["Mål"]["G2"], "value", "effektt"),
        "merged": lambda b: b["Mål"].merge_cells("B2:B3"),
        "field": lambda b: setattr(b["Dokument"]["A30"], "value", "Budsjettåret"),
        "parent": lambda b: setattr(b["Styringsparametere"]["A2"], "value", "G9"),
    }
    found = []
    for name, edit in edits.items():
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(export_workbook(data))
        if name == "parent":
            book = openpyxl.load_workbook(path)
            book["Styringsparametere"]["B2"] = "I1"
        else:
            book = openpyxl.load_workbook(path)
        edit(book)
        book.save(path)
        found.append(path)
    (tmp_path / "macro.xlsm").write_bytes(found[0].read_bytes())
    (tmp_path / "text.xlsx").write_text("Mål; Styringsparameter\n", encoding="utf-8")
    return found + [tmp_path / "macro.xlsm", tmp_path / "text.xlsx"]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_workbook_errors_in_norwegian_hold_no_english(tmp_path, lang):
    lines = []
    for path in _broken_workbooks(tmp_path):
        result = CliRunner().invoke(main, ["check", str(path), "--lang", lang, "-j", "1"])
        assert result.exit_code == 2, (path.name, result.output)
        [line] = result.stderr.splitlines()
        assert line.startswith(f"{path}:"), line
        lines.append(line.replace(str(path), " "))
    assert len(set(lines)) == len(lines), lines  # each a different error
    assert _scan("\n".join(lines), []) == [], lines
    english = CliRunner().invoke(main, ["check", str(tmp_path / "word.xlsx"), "--lang", "en"])
    assert "is not one of this column's values" in english.stderr


def test_an_unreadable_workbook_is_said_in_nb_unless_asked(tmp_path):
    path = _broken_workbooks(tmp_path)[4]  # text in a number column
    said = {lang: CliRunner().invoke(main, ["check", str(path), *args]).stderr.strip()
            for lang, args in (("default", []), ("nn", ["--lang", "nn"]),
                               ("en", ["--lang", "en"]))}
    assert said == {"default": f"{path}:Mål!C2: teksten «en» i en tallkolonne; skriv et tall",
                    "nn": f"{path}:Mål!C2: teksten «en» i ein talkolonne; skriv eit tal",
                    "en": f"{path}:Mål!C2: text «en» in a number column; type a number"}
    from govcheck.workbook.errors import WorkbookError

    [result] = check_paths([str(path)], lang="nn")  # the reporters get the sheet too
    assert isinstance(result.error, WorkbookError) and result.error.sheet == "Mål"
    assert result.error.message.startswith("teksten «en» i ein talkolonne")


def test_an_unreadable_workbook_is_said_in_the_language_it_states(tmp_path):
    import openpyxl

    from govcheck.workbook.export import export_workbook

    path = tmp_path / "nn.xlsx"
    path.write_bytes(export_workbook({"govcheck": 2, "document": {
        "id": "D", "type": "business_plan", "year": 2025, "language": "nn"},
        "goals": [{"id": "G1", "title": "T", "level": 1}]}))
    book = openpyxl.load_workbook(path)
    book["Mål"]["C2"] = "ein"
    book.save(path)
    expected = f"{path}:Mål!C2: teksten «ein» i ein talkolonne; skriv eit tal"
    assert CliRunner().invoke(main, ["check", str(path)]).stderr.strip() == expected
    assert CliRunner().invoke(main, ["import", str(path)]).stderr.strip() == expected
    assert CliRunner().invoke(main, ["check", str(path), "--lang", "en"]).stderr.strip() == \
        f"{path}:Mål!C2: text «ein» in a number column; type a number"
