"""Fail closed: «oppfylt» needs an item judged; the verdict says what could not be
assessed beside it, the same in every output; an empty run, failed reads and Ctrl-C give
the exit code's verdict (issue 23 parts 2 and 6, issue 27 item 7)."""

import json
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from govcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
BESTATT = ROOT / "samples" / "tildelingsbrev-2015-clean-v2.yaml"
AS_OF = "2015-06-30"


def run(*args, command="check"):
    return CliRunner().invoke(main, [command, *args, "--as-of", AS_OF, "-j", "1"])


def statuses(doc: Path) -> dict:
    result = run(str(doc), "--format", "json", "--lang", "en")
    return json.loads(result.stdout)["documents"][0]


# «Bestått» in every output ----------------------------------------------------------

def test_a_format_2_letter_stating_everything_passes_in_every_output(tmp_path):
    text = run(str(BESTATT))
    assert text.exit_code == 0
    assert text.stdout.splitlines()[-1].endswith(
        "— Konklusjon: Bestått; 2 forhold kunne ikke vurderes")
    payload = json.loads(run(str(BESTATT), "--format", "json").stdout)
    document = payload["documents"][0]
    assert (document["verdict"], document["not_assessed"]) == ("passed", 2)
    assert sorted(r["rule"] for r in document["not_reviewed"]) == ["STAB001", "STAB002"]
    assert (payload["summary"]["verdict"], payload["summary"]["not_assessed"]) == ("passed", 2)
    sarif = json.loads(run(str(BESTATT), "--format", "sarif").stdout)
    properties = sarif["runs"][0]["invocations"][0]["properties"]
    assert (properties["verdict"], properties["notAssessed"]) == ("passed", 2)
    assert properties["completeness"] == "2 forhold kunne ikke vurderes"
    junit = ET.fromstring(run(str(BESTATT), "--format", "junit").stdout)
    said = {p.get("name"): p.get("value") for p in junit.iter("property")}
    assert (said["verdict"], said["not_assessed"]) == ("passed", "2")
    html = tmp_path / "r.html"
    assert run(str(BESTATT), "--report", str(html), "--lang", "nn").exit_code == 0
    page = html.read_text(encoding="utf-8")
    cover = re.sub(r"<[^>]+>|\s+", " ", page[page.index('<section class="cover">'):
                                                  page.index("</section>")])
    assert re.search(r"Konklusjon\s+Bestått\s+· 2 forhold kunne ikkje vurderast", cover), cover
    folder = tmp_path / "portfolio"
    folder.mkdir()
    shutil.copy(BESTATT, folder)
    rows = json.loads(run(str(folder), "--format", "json", command="portfolio").stdout)["rows"]
    assert [(r["verdict"], r["not_assessed"]) for r in rows] == [("passed", 2)]


def test_not_assessed_matters_never_lower_a_verdict(tmp_path):
    """The format-1 clean letter: 0 findings, 9 matters not assessed: «Bestått» beside
    them, not «Bestått med merknader» for remarks that do not exist."""
    last = run(str(ROOT / "samples" / "tildelingsbrev-2015-clean.yaml"), "--lang", "en")
    assert last.stdout.splitlines()[-1].endswith(
        "— Verdict: Passed; 9 matters could not be assessed")


# «ingenting å vurdere» against «ikke vurdert» ---------------------------------------

LETTER = ("govcheck: 2\ndocument: {id: X-1, type: allocation_letter, year: 2025}\n"
          "goals:\n  - {id: G1, title: Flere i arbeid, level: 1, chain: outcome}\n")
RISK = ("  - {id: R1, title: Svikt, goals: [G1], likelihood: 2, consequence: 2, "
        "owner: Direktør}\n")


@pytest.mark.parametrize("risks, status", [
    ("risks: []\n", "nothing_to_assess"),  # stated empty: nothing to judge
    ("risks: null\n", "not_reviewed"),  # unknown
    ("risks:\n" + RISK + "  - null\n", "not_reviewed"),  # more exists than the file holds
    ("risks:\n" + RISK, "met"),
])
def test_a_rule_is_met_only_when_it_judged_an_item(tmp_path, risks, status):
    doc = tmp_path / "doc.yaml"
    doc.write_text(LETTER + risks, encoding="utf-8")
    document = statuses(doc)
    assert document["status"]["rules"]["RISK004"] == status  # every risk has an owner
    if status == "not_reviewed":
        assert {"rule": "RISK004", "section": "risks"} in document["not_reviewed_sections"]
    if status == "met":  # RISK002 judges high risks only: a low one is none of its items
        assert document["status"]["rules"]["RISK002"] == "nothing_to_assess"


def test_an_info_finding_is_not_met(tmp_path):
    doc = tmp_path / "doc.yaml"
    doc.write_text(LETTER, encoding="utf-8")
    document = statuses(doc)
    assert any(f["rule"] == "LETTER005" and f["severity"] == "info"
               for f in document["findings"])
    assert document["status"]["rules"]["LETTER005"] == "not_met"


# An all-null document of every type has no ✓ anywhere ------------------------------

SCHEMA = json.loads((ROOT / "schemas" / "goal-document.schema.json").read_text("utf-8"))
TYPES = SCHEMA["$defs"]["v2Document"]["properties"]["type"]["enum"]


def _all_null(kind: str) -> str:
    """Every top-level section and every metadata value null where the schema allows
    (only `govcheck` and the document's id, type and year may not be)."""
    v2 = SCHEMA["$defs"]["v2"]
    meta = {key: None for key in SCHEMA["$defs"]["v2Document"]["properties"]}
    meta.update(id=f"NULL-{kind}", type=kind, year=2025)
    data = {"govcheck": 2, "document": meta,
            **{key: None for key in v2["properties"] if key not in ("govcheck", "document")}}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def all_null(tmp_path_factory):
    folder = tmp_path_factory.mktemp("all-null")
    for kind in TYPES:
        (folder / f"{kind}.yaml").write_text(_all_null(kind), encoding="utf-8")
    return folder


def test_an_all_null_document_of_every_type_has_no_tick_anywhere(all_null, tmp_path):
    files = sorted(all_null.glob("*.yaml"))
    assert len(files) == len(TYPES) >= 5
    # each alone: in a run with others, REF003 has ids to compare, and does
    documents = [json.loads(run(str(file), "--format", "json").stdout)["documents"][0]
                 for file in files]
    for document in documents:
        assert document["error"] is None, document
        found = [*document["status"]["areas"].values(), *document["status"]["rules"].values()]
        assert "met" not in found, (document["file"], document["status"])
        assert document["not_assessed"] > 0
    for file in files:
        sarif = json.loads(run(str(file), "--format", "sarif").stdout)
        for document in sarif["runs"][0]["invocations"][0]["properties"]["documents"]:
            assert "met" not in document["areas"].values(), document
        text = run(str(file)).stdout
        assert "✓" not in text and "oppfylt" not in text
        html = tmp_path / f"{file.stem}.html"
        run(str(file), "--report", str(html))
        page = html.read_text(encoding="utf-8")
        assert "status-met" in page  # the stylesheet knows the class …
        assert 'class="status status-met"' not in page  # … no area, row or rule has it
        folder = tmp_path / file.stem
        folder.mkdir()
        shutil.copy(file, folder)
        table = run(str(folder), command="portfolio").stdout
        rows = table.split("\n\n")[0].splitlines()[1:]
        assert rows and not any("✓" in row for row in rows), table


# One verdict, one exit code: empty runs, failed reads, Ctrl-C ------------------------

def test_an_empty_folder_says_nothing_was_checked_with_exit_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    text = run(str(empty))
    assert text.exit_code == 2
    assert "Konklusjon: Ingenting kontrollert" in text.stdout
    assert "Bestått" not in text.stdout
    as_json = run(str(empty), "--format", "json")
    summary = json.loads(as_json.stdout)["summary"]
    assert (as_json.exit_code, summary["exit_code"], summary["verdict"]) == (
        2, 2, "nothing_checked")
    sarif = run(str(empty), "--format", "sarif")
    invocation = json.loads(sarif.stdout)["runs"][0]["invocations"][0]
    assert (sarif.exit_code, invocation["exitCode"], invocation["properties"]["verdict"]) == (
        2, 2, "nothing_checked")
    allowed = run(str(empty), "--allow-empty", "--format", "json")
    summary = json.loads(allowed.stdout)["summary"]
    assert (allowed.exit_code, summary["exit_code"], summary["verdict"]) == (
        0, 0, "nothing_checked")


def test_portfolio_of_an_empty_folder_exits_2_unless_allowed(tmp_path):
    assert run(str(tmp_path), command="portfolio").exit_code == 2
    assert run(str(tmp_path), "--allow-empty", command="portfolio").exit_code == 0


def test_report_writes_nothing_when_no_file_could_be_read(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("govcheck: 2\ndocument: [\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = run(str(bad), "-o", str(out), command="report")
    assert result.exit_code == 2 and not out.exists()
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many")
    text = (ROOT / "samples" / "tildelingsbrev-2015-clean.yaml").read_text("utf-8")
    for number in range(120):
        (folder / f"d{number:03}.yaml").write_text(
            text.replace("id: KMD-HB-2015", f"id: KMD-HB-2015-{number}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("args", [
    ["check", "--jobs", "1"], ["check", "--jobs", "2"], ["report", "-o", "{out}"],
    ["portfolio"]])
def test_ctrl_c_exits_130_with_one_line(many, tmp_path, args):
    command = [sys.executable, "-m", "govcheck", args[0], str(many),
               *(a.format(out=tmp_path / "r.html") for a in args[1:])]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=tmp_path)
    if args[0] == "check":
        process.stdout.readline()  # a document checked: the run is under way
    else:
        time.sleep(2)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert err.splitlines() == ["govcheck: avbrutt (Ctrl-C); ingen konklusjon"]
