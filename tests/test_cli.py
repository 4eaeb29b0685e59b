"""The command line as users meet it: formats, exit codes, colour, determinism."""

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from govcheck import __version__
from govcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

CLEAN = """govcheck: 1
document: {id: D1, type: business_plan, title: Plan, year: 2016, issuer: A, recipient: B}
goals:
  - id: G1
    title: Flere i arbeid
    level: 1
    chain: outcome
"""


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"govcheck, version {__version__}"


def test_python_dash_m_and_no_weasyprint_on_the_lint_path(tmp_path):
    probe = (
        "import sys, runpy; sys.argv = ['govcheck', 'check', sys.argv[1]];\n"
        "try:\n    runpy.run_module('govcheck', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    print('weasyprint' in sys.modules, e.code)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(SAMPLES)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.stdout.strip().splitlines()[-1] in ("False 0", "False 1")


def test_text_output_lines_and_summary(tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_text(CLEAN.replace("title: Flere i arbeid\n", "titel: Flere i arbeid\n"))
    result = run("check", str(path), "--lang", "en")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    # the target in brackets is what a waiver names
    assert any(line.startswith(f"{path}:5:5: error SCHEMA [G1] goals[0]: unknown key 'titel'")
               for line in lines)
    assert lines[-1].startswith("1 file checked: ")
    # the verdict, then what could not be assessed beside it (never folded into it)
    assert " — Verdict: Failed; " in lines[-1]
    assert lines[-1].endswith(" matters could not be assessed")


def test_norwegian_severity_words(tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_text(CLEAN.replace("level: 1\n", "level: 1\n    titel: x\n"))
    result = run("check", str(path))
    assert " feil SCHEMA " in result.output
    assert result.output.splitlines()[-1].startswith("1 fil kontrollert: ")


def test_fail_on_threshold(tmp_path):
    (tmp_path / "govcheck.yaml").write_text("select: [MRS002]\nseverity: {MRS002: warning}\n")
    path = tmp_path / "doc.yaml"
    path.write_text(CLEAN)
    assert "warning MRS002" in run("check", str(path), "--lang", "en").output
    assert run("check", str(path)).exit_code == 0
    assert run("check", str(path), "--fail-on", "warning").exit_code == 1
    (tmp_path / "govcheck.yaml").write_text("select: [MRS002]\nseverity: {MRS002: info}\n"
                                            "fail-on: info\n")
    assert run("check", str(path)).exit_code == 1
    assert run("check", str(path), "--fail-on", "error").exit_code == 0


def test_json_is_versioned_and_complete(tmp_path):
    samples = sorted(str(p) for p in SAMPLES.glob("*.yaml"))
    result = run("check", *samples, "--format", "json", "--as-of", "2016-06-30")
    payload = json.loads(result.output)
    assert payload["format"] == "govcheck-results" and payload["version"] == 1
    assert payload["as_of"] == "2016-06-30"
    files = [d["file"] for d in payload["documents"]]
    assert files == sorted(files) and len(files) == 5
    for document in payload["documents"]:
        assert len(document["sha256"]) == 64
        for finding in document["findings"]:
            assert set(finding) == {"rule", "severity", "message", "target", "file", "line",
                                    "column", "citation", "suppressed_by"}


def test_output_is_byte_identical_across_runs():
    for fmt in ("text", "json"):
        args = [sys.executable, "-m", "govcheck", "check", "samples", "--format", fmt,
                "--as-of", "2016-06-30"]
        first = subprocess.run(args, capture_output=True, cwd=ROOT)
        second = subprocess.run(args, capture_output=True, cwd=ROOT)
        assert first.stdout == second.stdout and first.stdout


def test_no_colour_when_not_a_terminal_or_with_no_color(tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_text(CLEAN.replace("level: 1\n", "level: 1\n    titel: x\n"))
    assert "\x1b[" not in run("check", str(path)).output
    script = (
        "import pty, os, sys\n"
        "pid, fd = pty.fork()\n"
        "if pid == 0:\n"
        "    os.execvp(sys.executable, [sys.executable, '-m', 'govcheck', 'check', sys.argv[1]])\n"
        "out = b''\n"
        "while True:\n"
        "    try:\n        chunk = os.read(fd, 4096)\n    except OSError:\n        break\n"
        "    if not chunk:\n        break\n    out += chunk\n"
        "sys.stdout.write(repr(out))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    on_tty = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, env=env, cwd=ROOT).stdout
    assert "\\x1b[" in on_tty
    no_color = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                              text=True, env={**env, "NO_COLOR": "1"}, cwd=ROOT).stdout
    assert "\\x1b[" not in no_color and "SCHEMA" in no_color


def test_directories_are_searched_for_yaml(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yml").write_text(CLEAN)
    (tmp_path / "b.yaml").write_text(CLEAN.replace("D1", "D2"))
    (tmp_path / "notes.txt").write_text("not yaml")
    payload = json.loads(run("check", str(tmp_path), "--format", "json").output)
    assert [Path(d["file"]).name for d in payload["documents"]] == ["b.yaml", "a.yml"]


def test_unreadable_file_among_good_ones_gives_exit_2(tmp_path):
    (tmp_path / "a.yaml").write_text(CLEAN)
    (tmp_path / "b.yaml").write_text("goals: [\n")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{tmp_path / 'b.yaml'}:2:1: YAML-syntaksfeil: «")


def test_diff_command_in_text_and_json():
    folder = SAMPLES / "portfolio" / "arbeidstilsynet"
    old, new = (str(folder / f"arbeidstilsynet-tildelingsbrev-{y}.yaml") for y in (2024, 2025))
    text = run("diff", old, new, "--lang", "en")
    assert text.exit_code == 0 and "AT-D2.2" in text.output
    payload = json.loads(run("diff", old, new, "--format", "json").output)
    assert payload["counts"]["goals"] == {"old": 12, "new": 8}
    assert "AT-D2.2" in [g["id"] for g in payload["goals"]["removed"]]


def test_diff_of_an_unreadable_file_is_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n")
    result = run("diff", str(bad), str(bad))
    assert result.exit_code == 2 and result.stderr.startswith(f"{bad}:2:1: ")
