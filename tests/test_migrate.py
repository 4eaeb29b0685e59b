"""`govcheck migrate`: format 1 → format 2 keeps comments and layout, and the findings.

The round trip runs over every format-1 sample and every document of the rule fixtures:
the migrated text, checked as format 2, gives the same findings (rule, target, line,
column, severity, message) as the original checked as format 1. SCHEMA findings are
compared only for documents valid in format 1: format 2 accepts on purpose what format 1
required (a goal without `chain`, a risk without a score), so a broken format-1 document
may break differently in format 2.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from govcheck.document.loader import parse
from govcheck.document.migrate import migrate_text
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_loaded
from govcheck.run.config import build_settings, default_settings

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 1, 1)
SETTINGS = default_settings()


def v1_documents() -> list[tuple[str, str, dict]]:
    """(name, text, config) of every format-1 sample and fixture document."""
    found = []
    for path in sorted((ROOT / "samples").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^govcheck: 1\b", text, re.MULTILINE):
            found.append((str(path.relative_to(ROOT)), text, {}))
    for path in sorted((ROOT / "tests" / "rules").glob("*.yaml")):
        fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, case in enumerate(fixture["cases"]):
            text = case["document"]
            if re.search(r"^govcheck: 1\b", text, re.MULTILINE):
                found.append((f"{path.stem}#{index + 1}", text, case.get("config") or {}))
    return found


DOCUMENTS = v1_documents()


def findings(text: str, name: str, settings) -> tuple[list, list]:
    document = parse(text.encode("utf-8"), name)
    normalize(document.data)
    result = check_loaded(document, settings, "nb", AS_OF)
    found = [(f.rule, f.target, f.line, f.column, f.severity, f.message, f.suppressed)
             for f in result.findings]
    return found, list(result.unreviewed_items)


def test_there_are_documents_to_migrate():
    assert len(DOCUMENTS) > 100
    assert any(name.startswith("samples/") for name, _, _ in DOCUMENTS)


@pytest.mark.parametrize("name, text, config", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_migrated_document_has_the_same_findings(name, text, config):
    settings = build_settings(config, None, name, ROOT) if config else SETTINGS
    migrated = migrate_text(text, name)
    assert re.search(r"^govcheck: 2\b", migrated, re.MULTILINE)
    before, unknown_before = findings(text, name, settings)
    after, unknown_after = findings(migrated, name, settings)
    if any(f[0] == "SCHEMA" for f in before):
        before = [f for f in before if f[0] != "SCHEMA"]
        after = [f for f in after if f[0] != "SCHEMA"]
    else:
        # a valid format-1 document states every needed value, save the letter's date,
        # which format 1 never required (LETTER007 cannot judge an undated letter)
        assert [i for i in unknown_before if i.missing != ("days_after_year_start",)] == []
    assert after == before
    assert unknown_after == unknown_before


@pytest.mark.parametrize("name, text, config", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_migration_keeps_every_comment_and_line(name, text, config):
    migrated = migrate_text(text, name)
    comments = [line.split("#", 1)[1] for line in text.splitlines() if re.match(r"\s*#", line)]
    kept = [line.split("#", 1)[1] for line in migrated.splitlines() if re.match(r"\s*#", line)]
    assert kept == comments
    assert len(migrated.splitlines()) == len(text.rstrip("\n").splitlines())


def test_block_and_flow_targets_become_lists_on_the_same_lines():
    text = """# top comment
govcheck: 1  # version
document: {id: D, type: business_plan, title: P, year: 2016, issuer: A, recipient: B}
goals:
  - id: G1
    title: Mål
    level: 1
    chain: output
    indicators:
      - id: I1
        name: A
        unit: count
        direction: higher_is_better
        target:  # resultatkravet
          value: 3
          period: 2016
      - id: I2
        name: B
        unit: count
        direction: higher_is_better
        target: {value: 4, period: 2016}
"""
    assert migrate_text(text) == text.replace("govcheck: 1", "govcheck: 2").replace(
        "        target:  # resultatkravet\n          value: 3\n          period: 2016\n",
        "        targets:  # resultatkravet\n          - value: 3\n            period: 2016\n",
    ).replace("target: {value: 4, period: 2016}", "targets: [{value: 4, period: 2016}]")


def run(*args):
    return subprocess.run([sys.executable, "-m", "govcheck", "migrate", *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_refuses_to_overwrite_and_rewrites_in_place_when_asked(tmp_path):
    source = tmp_path / "brev.yaml"
    source.write_text((ROOT / "samples" / "tildelingsbrev-2015-clean.yaml").read_text("utf-8"),
                      encoding="utf-8")
    out = tmp_path / "brev-v2.yaml"
    printed = run(str(source))
    assert printed.returncode == 0 and "govcheck: 2" in printed.stdout
    assert "govcheck: 1" in source.read_text("utf-8")  # stdout only: the input untouched
    assert run(str(source), "-o", str(out)).returncode == 0
    assert out.read_text("utf-8") == printed.stdout
    refused = run(str(source), "-o", str(out))
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"{out}:1:1: finnes allerede og blir ikke skrevet over " \
                                     "(bruk --in-place for å skrive om selve inndatafilen)"
    assert run(str(source), "--in-place").returncode == 0
    assert source.read_text("utf-8") == printed.stdout


def test_cli_rejects_format_2_and_missing_files_in_one_line(tmp_path):
    done = tmp_path / "v2.yaml"
    done.write_text("govcheck: 2\n", encoding="utf-8")
    result = run(str(done), str(tmp_path / "missing.yaml"), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{done}:1:1: not a format-1 document (govcheck: 2)",
        f"{tmp_path / 'missing.yaml'}:1:1: No such file or directory",
    ]
