"""One verdict: every output of a run says what its exit code says.

For every sample and every fail-on level, `check` is run in text, JSON and SARIF,
and once with `--report`; each must name the verdict the exit code implies (0:
passed, with or without findings; 1 and 2: failed). The report is the same page in
HTML and PDF: each level and each sample gets one real PDF, read back with pypdf,
and HTML otherwise (a PDF costs seconds).
"""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from govcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
LEVELS = ("error", "warning", "info")
AS_OF = "2016-06-30"
WORDS = {"failed": "Failed", "passed_with_findings": "Passed with findings",
         "passed": "Passed"}
BY_WORD = {word: state for state, word in WORDS.items()}
VERDICT_WORD = r"(Failed|Passed with findings|Passed)"


def run(*args):
    return CliRunner().invoke(main, ["check", *args, "--as-of", AS_OF, "--lang", "en",
                                     "-j", "1"])


def expected(exit_code: int, state: str) -> bool:
    return (exit_code == 0) == (state in ("passed", "passed_with_findings"))


def cover_verdict(report: Path) -> tuple[str, str]:
    """The run's verdict and the fail-on row, as the report's cover prints them."""
    if report.suffix == ".pdf":
        cover = PdfReader(str(report)).pages[0].extract_text()
    else:
        page = report.read_text(encoding="utf-8")
        cover = re.sub(r"<[^>]+>|&nbsp;", " ", page[page.index('<section class="cover">'):
                                                   page.index("</section>")])
    verdict = re.search(rf"Verdict\s+{VERDICT_WORD}", cover)
    fail_on = re.search(r"Fails at \(fail-on\)\s+(error|warning|info)\b", cover)
    assert verdict and fail_on, cover
    return BY_WORD[verdict.group(1)], fail_on.group(1)


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    """Every sample × fail-on level: exit code and verdict of each output format."""
    out = tmp_path_factory.mktemp("verdicts")
    rows = []
    for number, sample in enumerate(SAMPLES):
        for index, level in enumerate(LEVELS):
            text = run(str(sample), "--fail-on", level)
            suffix = ".pdf" if index == number % len(LEVELS) else ".html"
            pdf = out / f"{sample.stem}-{level}{suffix}"
            as_json = run(str(sample), "--fail-on", level, "--format", "json",
                          "--report", str(pdf))
            sarif = run(str(sample), "--fail-on", level, "--format", "sarif")
            payload = json.loads(as_json.stdout)
            invocation = json.loads(sarif.stdout)["runs"][0]["invocations"][0]
            last = text.stdout.splitlines()[-1]
            rows.append({
                "sample": sample.name, "level": level,
                "exits": {text.exit_code, as_json.exit_code, sarif.exit_code},
                "text": BY_WORD[re.search(rf"Verdict: {VERDICT_WORD}(;|$)", last).group(1)],
                "json": payload["summary"]["verdict"],
                "json_documents": {d["verdict"] for d in payload["documents"]},
                "json_exit": payload["summary"]["exit_code"],
                "sarif": invocation["properties"]["verdict"],
                "sarif_exit": invocation["exitCode"],
                "pdf": cover_verdict(pdf), "format": suffix,
            })
    return rows


def test_every_output_says_what_the_exit_code_says(matrix):
    for row in matrix:
        assert len(row["exits"]) == 1, row
        (code,) = row["exits"]
        assert row["json_exit"] == row["sarif_exit"] == code, row
        assert row["text"] == row["json"] == row["sarif"] == row["pdf"][0], row
        assert expected(code, row["json"]), row
        assert row["json_documents"] == {row["json"]}, row  # one document per run


def test_the_cover_names_the_fail_on_level_in_force(matrix):
    assert all(row["pdf"][1] == row["level"] for row in matrix)
    pdfs = [row for row in matrix if row["format"] == ".pdf"]
    assert {row["level"] for row in pdfs} == set(LEVELS)
    assert {row["sample"] for row in pdfs} == {sample.name for sample in SAMPLES}


def test_the_matrix_reaches_every_verdict_the_samples_allow(matrix):
    """The test could fail: the samples give both exit codes and all three verdicts."""
    states = {(row["sample"], row["level"]): row["json"] for row in matrix}
    assert set(states.values()) >= {"failed", "passed_with_findings"}
    problems = "virksomhetsplan-2016-problems.yaml"
    assert states[(problems, "error")] == "failed"
    # the NAV letter has warnings and info but no error: it fails only at warning
    nav = "nav-disposisjonsbrev-2013.yaml"
    assert [states[(nav, level)] for level in LEVELS] == [
        "passed_with_findings", "failed", "failed"]


def test_a_clean_document_checked_completely_passes(tmp_path):
    """`passed` needs no open finding, none baselined and no rule left unreviewed."""
    (tmp_path / "govcheck.yaml").write_text("select: [MRS002]\n", encoding="utf-8")
    doc = tmp_path / "doc.yaml"
    doc.write_text("govcheck: 1\ndocument: {id: D1, type: business_plan, title: Plan, "
                   "year: 2016, issuer: A, recipient: B}\ngoals:\n  - id: G1\n"
                   "    title: Flere i arbeid\n    level: 1\n    chain: outcome\n"
                   "    indicators:\n      - {id: I1, name: Andel i arbeid, unit: percent, "
                   "direction: higher_is_better}\n",
                   encoding="utf-8")
    result = run(str(doc), "--format", "json")
    payload = json.loads(result.stdout)
    assert result.exit_code == 0
    assert payload["summary"]["verdict"] == "passed", payload["documents"][0]["findings"]


def test_fail_on_from_the_configuration_reaches_the_report(tmp_path):
    """`fail-on: warning` in govcheck.yaml, no --fail-on: exit 1 and the report fails."""
    (tmp_path / "govcheck.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    sample = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    doc = tmp_path / sample.name
    doc.write_bytes(sample.read_bytes())
    html = tmp_path / "report.html"
    result = run(str(doc), "--report", str(html))
    assert result.exit_code == 1
    page = html.read_text(encoding="utf-8")
    cover = page[page.index('<section class="cover">'):page.index("</section>")]
    assert "verdict-failed" in cover and "verdict-passed" not in cover
    assert re.search(r'Fails at \(fail-on\)</th><td><span class="badge sev-warning">', cover)
    assert "from the configuration" in cover


def test_the_report_command_takes_fail_on(tmp_path):
    sample = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    pages = {}
    for level in ("error", "warning"):
        out = tmp_path / f"{level}.html"
        result = CliRunner().invoke(main, ["report", str(sample), "-o", str(out), "--lang",
                                           "en", "--fail-on", level, "--as-of", AS_OF])
        assert result.exit_code == 0, result.output
        pages[level] = out.read_text(encoding="utf-8")
    assert "Passed with findings" in pages["error"] and "Failed" not in pages["error"]
    assert "Failed" in pages["warning"]
    assert "from the command line (--fail-on)" in pages["warning"]


def test_a_nynorsk_document_gets_the_nynorsk_verdict(tmp_path):
    sample = ROOT / "samples" / "virksomhetsplan-2016-problems.yaml"
    doc = tmp_path / "plan.yaml"
    text = sample.read_text(encoding="utf-8")
    assert "\n  language: nb\n" in text
    doc.write_text(text.replace("\n  language: nb\n", "\n  language: nn\n"), encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(doc), "-o", str(out), "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Ikkje bestått" in page and "Vedlegg: reglar og konfigurasjon" in page



def test_a_run_that_checked_nothing_never_passes(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(str(tmp_path / "empty"), "--allow-empty", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["verdict"] == "nothing_checked"
