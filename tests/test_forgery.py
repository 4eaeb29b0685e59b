"""Output cannot be forged: hostile text in a document, a file name, a configuration or a
rule file never adds a line, a workflow command, a formula or a raw control character.

The property test puts hostile strings into the fields (values and keys) and the file
name of generated documents and renders every output format. Profiles as in
test_fuzz.py: `ci` by default, `long` with GOVCHECK_FUZZ=long
(`benchmarks/run.py --only forgery`). The examples after it drive the CLI itself.
"""

import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck import safe
from govcheck.cli import main
from govcheck.document.loader import LoadError, parse
from govcheck.document.normalize import normalize
from govcheck.report import github, junit, sarif, text
from govcheck.report import json as json_report
from govcheck.report.catalog import rules_markdown
from govcheck.run.checker import Result, check_loaded
from govcheck.run.config import default_settings, read_config
from govcheck.run.summary import Tally
from govcheck.views import diff, portfolio, portfolio_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import generate_document  # noqa: E402

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.register_profile("long", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.load_profile(os.environ.get("GOVCHECK_FUZZ", "ci"))

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 1, 1)
SETTINGS = default_settings()

# What no output line may carry raw: C0 but the line feed that ends a line, DEL, C1,
# Unicode line separators, bidi controls (written out here, not taken from govcheck)
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f"
                 "\u202a-\u202e\u2066-\u2069]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")
FORGED = [
    "G2\nFAKE:1:1: error SCHEMA injected",
    "x\n::error file=a.yaml,line=1::FORGED",
    "\r::warning::FORGED",
    "::error::FORGED",
    "  ::notice title=x::FORGED",
    "##[error]FORGED",
    "a%0A::error::FORGED",
    "\x1b[2J\x1b[31mFORGED\x1b[0m",
    "\x9b31mFORGED",
    "\u202eDEGROF\u202c",
    "\u2066FORGED\u2069",
    "\u2028FORGED", "\x85FORGED", "\x0bFORGED", "\x0cFORGED", "\x1cFORGED",
    "=HYPERLINK(\"http://127.0.0.1:9/\",\"FORGED\")", "+1+1", "-2+3", "@SUM(A1:A2)",
    "\tTAB", "\rCR", " =1+1", "|FORGED|", "<script>FORGED</script>", "a\x00b\x07c\x08d\x7f",
    "G1", "document", "", "%", "%25", ":", ",", "x,y:z",
]
CONTROLS = st.sampled_from(["\n", "\r", "\t", "\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85",
                            "\x9b", "\u2028", "\u202e", "\u2066", "::", "##[", "=", "%"])
HOSTILE = st.sampled_from(FORGED) | st.lists(
    CONTROLS | st.text(st.characters(blacklist_categories=("Cs",)), max_size=4),
    max_size=6).map("".join)


def _poison(value, draw):
    """A copy with each string value (and now and then a key) replaced by a hostile one."""
    if isinstance(value, dict):
        poisoned = {}
        for key, item in value.items():
            if draw(st.integers(0, 3)) == 0:
                hostile = draw(HOSTILE)
                key = key if hostile in poisoned or hostile in value else hostile
            poisoned[key] = _poison(item, draw)
        return poisoned
    if isinstance(value, list):
        return [_poison(item, draw) for item in value]
    if isinstance(value, str) and draw(st.booleans()):
        return draw(HOSTILE)
    return value


@st.composite
def hostile_documents(draw):
    rng = random.Random(draw(st.integers(0, 10**6)))
    document = generate_document(rng, draw(st.integers(0, 2)), goals=draw(st.integers(1, 4)))
    file = draw(st.sampled_from(["fuzz.yaml"]) | HOSTILE.map(lambda s: s + ".yaml"))
    return file, document, _poison(document, draw)


def _result(file: str, data: dict) -> Result:
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    try:
        document = parse(raw, file)
    except LoadError as error:
        return Result(file=file, settings=SETTINGS, error=error)
    normalize(document.data)
    return check_loaded(document, SETTINGS, "en", AS_OF)


def assert_plain_lines(output: str) -> list[str]:
    """No raw control or bidi character, no workflow command of GitHub's runner."""
    assert not RAW.search(output), RAW.search(output)
    lines = output.split("\n")
    for line in lines:
        assert "##[" not in line
        assert not line.lstrip().startswith("::")
    return lines


def assert_text(result):
    chunks = list(text.stream([result], Tally(), "en", False))
    assert all(chunk.count("\n") == 1 and chunk.endswith("\n") for chunk in chunks)
    waiting = {tuple(reason) for reason in result.not_reviewed.values()}
    open_sections = set(result.open_sections.values())
    # one finding = one line, as one item not reviewed, one waiting rule group and one
    # section left open
    assert len(chunks) == len(result.active) + len(result.unreviewed_items) + len(waiting) + \
        len(open_sections) + 1
    assert_plain_lines("".join(chunks))


COMMAND = re.compile(r"::(error|warning|notice) file=[^:,\n]*,line=\d+,col=\d+,"
                     r"title=[^:,\n]*::([^\r\n]*)\n")


def assert_github(result):
    chunks = list(github.stream([result], "en"))
    assert len(chunks) == len(result.active) + (result.error is not None)
    for chunk in chunks:
        match = COMMAND.fullmatch(chunk)
        assert match, chunk
        data = match.group(2)
        assert "%" not in re.sub("%(25|0A|0D)", "", data)  # GitHub's escapes only
        shown = data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        assert shown.count("\n") <= 1 and "\r" not in shown  # message, then its source
        assert not RAW.search(shown)


def assert_junit(result):
    root = ET.fromstring(junit.render([result], "en"))  # well-formed, or it raises
    for element in root.iter():
        for value in [element.text or "", *element.attrib.values()]:
            assert not RAW.search(value)


def assert_sarif(result):
    log = json.loads(sarif.render([result], "en"))
    run = log["runs"][0]
    texts = [r["message"]["text"] for r in run["results"]]
    texts += [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    texts += [s["justification"] for r in run["results"] for s in r.get("suppressions", [])]
    for message in texts:
        assert not RAW.search(message) and "\n" not in message


def assert_csv(result):
    table = portfolio.build([result], SETTINGS)
    rows = list(csv.reader(io.StringIO(portfolio_text.render_csv(table))))
    assert len(rows) == 2 and len(rows[0]) == len(rows[1])  # the CSV round-trips
    for cell in rows[1]:
        assert not cell.lstrip().startswith(FORMULA), cell
        assert not RAW.search(cell)
    lines = assert_plain_lines(portfolio_text.render_text(table, "en"))
    legend = portfolio_text.render_text(portfolio.build([], SETTINGS), "en").split("\n")
    note = 2 if table.left_out else 0  # a blank line and «n documents could not be read»
    assert lines[2:len(lines) - note] == legend[1:]  # the row on one line, the legend as ever


@given(hostile_documents())
def test_hostile_strings_never_forge_output(case):
    file, original, poisoned = case
    result = _result(file, poisoned)
    assert_text(result)
    assert_github(result)
    assert_junit(result)
    assert_sarif(result)
    assert_csv(result)
    payload = json.loads("".join(json_report.stream([result], Tally(), "2026-01-01")))
    assert payload["documents"][0]["file"] == file  # JSON carries the exact values
    if result.document is not None:
        before = parse(yaml.safe_dump(original, allow_unicode=True).encode(), "old.yaml")
        normalize(before.data)
        assert_plain_lines(diff.render_text(diff.compare(before, result.document), "en"))


@given(HOSTILE)
def test_markdown_cells_stay_in_their_cell(title):
    row = f"| A | {safe.markdown(title)} | B |"
    assert "\n" not in row and not RAW.search(row)
    assert len(re.findall(r"(?<!\\)\|", row)) == 4
    assert "<" not in row.replace("\\<", "")


# --- the CLI, end to end ------------------------------------------------------------

CLEAN = ROOT / "samples" / "tildelingsbrev-2015-clean.yaml"
INJECTED = "G2\nFAKE:1:1: error SCHEMA injected"


def commands(output: str) -> list[str]:
    """The lines GitHub's runner would take as workflow commands."""
    return [line for line in output.splitlines()
            if line.lstrip().startswith("::") or "##[" in line]


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert "Traceback" not in result.stderr
    return result


def test_a_goal_id_with_a_newline_forges_no_finding(tmp_path):
    letter = tmp_path / "letter.yaml"
    letter.write_text(CLEAN.read_text("utf-8").replace(
        "  - id: HB-M1\n", f"  - id: {json.dumps(INJECTED)}\n", 1), "utf-8")
    result = cli("check", letter, "--jobs", "1", "--lang", "en")
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert all(line.startswith(f"{letter}:") for line in lines[:-1])
    assert lines[-1].startswith("1 file checked")
    schema = [line for line in lines if line.split()[2] == "SCHEMA"]
    assert schema == [f"{letter}:64:9: error SCHEMA [G2\\nFAKE:1:1: error SCHEMA injected] "
                      "goals[0].id is "
                      '"G2\\nFAKE:1:1: error SCHEMA injected"; expected an id without spaces, '
                      "'#' or control characters"]
    assert not any(line.startswith("FAKE") for line in lines)
    github_run = cli("check", letter, "--jobs", "1", "--lang", "en", "--format", "github")
    assert len(commands(github_run.stdout)) == len(github_run.stdout.splitlines())
    assert not any("FAKE" in line.split("::")[1] for line in commands(github_run.stdout))


NAMES = ["x\n::error file=a.yaml,line=1::Forged\n.yaml", "::error::Forged.yaml",
         " ::warning title=t::Forged.yaml", "a ##[error]Forged.yaml", "\u202eForged.yaml",
         "x\x1b[2J\x1b[31mForged.yaml", "x\rForged.yaml"]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
@pytest.mark.parametrize("output_format", ["text", "github"])
def test_an_unreadable_file_name_forges_no_annotation(tmp_path, name, output_format):
    broken = tmp_path / name
    broken.write_text("govcheck: [\n", "utf-8")
    result = cli("check", broken, "--jobs", "1", "--format", output_format)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1  # the load error, one line
    assert_plain_lines(result.stderr)
    assert commands(result.stderr) == []
    if output_format == "text":
        assert_plain_lines(result.stdout)
        assert commands(result.stdout) == []
    else:  # exactly the one annotation govcheck meant, for the file it names
        [annotation] = commands(result.stdout)
        kind, properties, data = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", annotation).groups()
        fields = dict(p.split("=", 1) for p in properties.split(","))
        assert (kind, sorted(fields), fields["title"]) == (
            "error", ["col", "file", "line", "title"], "govcheck")
        assert "Forged" in fields["file"] and "Forged" not in data
        assert not RAW.search(annotation)


def test_an_undecodable_file_name_is_shown_escaped(tmp_path):
    broken = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.yaml"))
    broken.write_text("govcheck: [\n", "utf-8")
    result = cli("check", broken, "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{tmp_path}/bad\\udcff.yaml:")


def test_an_unknown_configuration_key_is_one_line(tmp_path):
    (tmp_path / "govcheck.yaml").write_text('"x\\n::error::Forged\\u202e": 1\n', "utf-8")
    letter = tmp_path / "letter.yaml"
    letter.write_text(CLEAN.read_text("utf-8"), "utf-8")
    result = cli("check", letter, "--jobs", "1", "--format", "github", "--lang", "en")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{tmp_path / 'govcheck.yaml'}:1:1: unknown configuration key 'x")
    assert_plain_lines(result.stderr)
    assert "\\u202e" in line


OWN_RULE = """id: OWN001
area: OWN
title: {nb: "Tittel | med <img src=x onerror=alert(1)> og *stjerne*", en: "x\\n| FORGED | row |"}
severity: warning
types: all
citation: {instrument: "Instruks | \\u202eFORGED", section: "1", edition: "2024", confirmed: true}
rationale: {nb: R, en: R}
remediation: {nb: R, en: R}
message: {nb: "M", en: "M"}
check:
  fact: document
  at: goals
  condition: {$gt: {goal_count: 200}}
example: "goals: [...]"
"""


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_users_rule_titles_stay_in_their_markdown_row(tmp_path, lang):
    (tmp_path / "my-rules").mkdir()
    (tmp_path / "my-rules" / "OWN001.yaml").write_text(OWN_RULE, "utf-8")
    (tmp_path / "govcheck.yaml").write_text("rule-dirs: [my-rules]\n", "utf-8")
    markdown = rules_markdown(read_config(str(tmp_path / "govcheck.yaml")), lang)
    rows = [line for line in markdown.splitlines() if "FORGED" in line or "OWN001" in line]
    assert len(rows) == 1 and rows[0].startswith("| OWN001 |")
    assert len(re.findall(r"(?<!\\)\|", rows[0])) == 7  # six cells, as in every row
    assert "<img" not in rows[0].replace("\\<", "") and not RAW.search(markdown)
    listing = cli("rules", "--config", tmp_path / "govcheck.yaml", "--lang", lang)
    assert_plain_lines(listing.stdout)
    assert not any(line.startswith("| FORGED") for line in listing.stdout.splitlines())


def test_diff_and_portfolio_show_hostile_names_escaped(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text(CLEAN.read_text("utf-8"), "utf-8")
    folder = tmp_path / "portfolio"
    folder.mkdir()
    new = folder / "new.yaml"
    new.write_text(CLEAN.read_text("utf-8").replace(
        "recipient: Husbanken", 'recipient: "=HYPERLINK(\\"http://x\\")\\n::error::FORGED"')
        .replace("id: KMD-HB-2015", 'id: "KMD\\u202e-HB\\n::error::FORGED"'), "utf-8")
    changed = cli("diff", old, new, "--lang", "en")
    assert_plain_lines(changed.stdout)
    assert "KMD\\u202e-HB\\n::error::FORGED" in changed.stdout
    table = cli("portfolio", folder, "--format", "csv", "--jobs", "1")
    [header, row] = list(csv.reader(io.StringIO(table.stdout)))
    agency = row[header.index("agency")]
    assert agency == "'=HYPERLINK(\"http://x\")\\n::error::FORGED"
    assert int(row[header.index("goals")]) > 0  # numbers stay numbers
    assert_plain_lines(cli("portfolio", folder, "--jobs", "1").stdout)


def test_a_hostile_document_type_reaches_no_engine_name(tmp_path):
    letter = tmp_path / "letter.yaml"
    letter.write_text(CLEAN.read_text("utf-8").replace(
        "type: allocation_letter", 'type: "x\\0\\n"', 1), "utf-8")
    result = cli("check", letter, "--jobs", "1", "--lang", "en")
    assert result.exit_code == 1
    assert_plain_lines(result.stdout)
    assert "document.type is \"x\\u0000\\n\"" in result.stdout


def test_the_html_report_shows_bidi_and_controls_escaped(tmp_path):
    from govcheck.report.html import render_html

    letter = tmp_path / "letter.yaml"
    letter.write_text(CLEAN.read_text("utf-8").replace(
        "recipient: Husbanken", 'recipient: "Hus\\u202ebanken\\x1b[2J\\x85"'), "utf-8")
    result = _result(str(letter), yaml.safe_load(letter.read_text("utf-8")))
    page = render_html([result], "nb", AS_OF, "1")
    assert "Hus\\u202ebanken\\x1b[2J\\x85" in page
    assert not RAW.search(page.replace("\t", ""))  # tabs and line feeds are HTML's own
