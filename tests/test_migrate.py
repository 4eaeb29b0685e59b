"""`govcheck migrate`: format 1 → format 2 keeps comments and layout, and the findings.

The round trip runs over every format-1 sample and every document of the rule fixtures:
the migrated text, checked as format 2, gives the same findings (rule, target, line,
column, severity, message) as the original checked as format 1, and leaves the same items
not reviewed. SCHEMA findings are compared only for documents valid in format 1: format 2
accepts on purpose what format 1 required (a goal without `chain`, a risk without a
score), so a broken format-1 document may break differently in format 2.

What format 1 cannot state (known.FORMAT_2_ONLY) migration writes as null, so those rules
stay not reviewed. A block risk gains a line for it: lines are compared through the map
from each migrated line back to the original one.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from govcheck.catalog.known import FORMAT_2_ONLY
from govcheck.document.loader import parse
from govcheck.document.migrate import migrate_text, migrate_with_unknowns
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


FORMAT_2_FACTS = set().union(*FORMAT_2_ONLY.values())
PHASES = {"missing_phases", "missing_phase_count"}
ADDED = re.compile(r"^( *objective_category: null|instructions: null)$")


def original_lines(text: str, migrated: str) -> dict[int, int]:
    """Migrated line number → original line number: migration rewrites lines in place
    and adds only whole lines of format 2's explicit unknowns, which have none."""
    kept = [number for number, line in enumerate(migrated.splitlines(), 1)
            if not ADDED.match(line)]
    assert len(kept) == len(text.splitlines())
    return {number: index for index, number in enumerate(kept, 1)}


def format_2_only(item) -> bool:
    """Not reviewed for want of a fact only format 2 can state."""
    return set(item.missing) <= FORMAT_2_FACTS


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
    lines = original_lines(text, migrated)
    after = [(f[0], f[1], lines.get(f[2], "written"), *f[3:]) for f in after]
    if any(f[0] == "SCHEMA" for f in before):
        before = [f for f in before if f[0] != "SCHEMA"]
        after = [f for f in after if f[0] != "SCHEMA"]
    else:
        # a valid format-1 document states every needed value, save the letter's date,
        # which format 1 never required (LETTER007 cannot judge an undated letter), what
        # only format 2 can state, and the phases of a systemic participation arrangement
        # (format 1 has no `phases`; format 2 without them leaves them unknown too)
        assert [i for i in unknown_before if i.missing != ("days_after_year_start",)
                and not format_2_only(i) and not set(i.missing) <= PHASES] == []
    assert after == before
    # an item pointing at a written null sorts last: pair them by what they are
    unknown_before, unknown_after = (sorted(items, key=lambda i: (i.rule, i.fact_id))
                                     for items in (unknown_before, unknown_after))
    assert [(i.rule, i.target, i.missing, i.fact_id) for i in unknown_after] == [
        (i.rule, i.target, i.missing, i.fact_id) for i in unknown_before]
    for old, new in zip(unknown_before, unknown_after, strict=True):
        # an item for a format-2-only fact may point at the null written for it
        assert (lines.get(new.line), new.column) == (old.line, old.column) or (
            format_2_only(new) and new.line not in lines)


@pytest.mark.parametrize("name, text, config", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_migration_keeps_every_comment_and_line(name, text, config):
    migrated = migrate_text(text, name)
    comments = [line.split("#", 1)[1] for line in text.splitlines() if re.match(r"\s*#", line)]
    kept = [line.split("#", 1)[1] for line in migrated.splitlines() if re.match(r"\s*#", line)]
    assert kept == comments
    added = [line for line in migrated.splitlines() if ADDED.match(line)]
    assert len(migrated.splitlines()) - len(added) == len(text.rstrip("\n").splitlines())
    assert len(original_lines(text, migrated)) == len(text.rstrip("\n").splitlines())


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
    ).replace("target: {value: 4, period: 2016}", "targets: [{value: 4, period: 2016}]"
              ) + "instructions: null\n"  # format 1 could not state them


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
        f"{tmp_path / 'missing.yaml'}:1:1: cannot read file: No such file or directory",
    ]


LETTER = """govcheck: 1
document: {id: D, type: allocation_letter, title: T, year: 2016, issuer: A, recipient: B}
goals:
  - {id: G1, title: Mål, level: 1, chain: outcome}
risks:
  - {id: R1, title: Flyt, goals: [G1], likelihood: 2, consequence: 2}
  - id: R2
    title: Blokk
    goals: [G1]
    likelihood: 2
    consequence: 3
    measures:
      - {description: Tiltak, owner: A, deadline: 2016-06-30}
  # a comment between risks stays where it is
  - id: R3
    title: Siste
    goals: [G1]
    likelihood: 1
    consequence: 2"""


def test_what_format_1_cannot_state_is_written_as_null():
    migrated, written = migrate_with_unknowns(LETTER)
    assert written == ["objective_category", "instructions"]
    assert migrated == LETTER.replace("govcheck: 1", "govcheck: 2").replace(
        "consequence: 2}", "consequence: 2, objective_category: null}").replace(
        "2016-06-30}\n", "2016-06-30}\n    objective_category: null\n",
    ) + "\n    objective_category: null\ninstructions: null\n"


def verdicts(text: str) -> tuple[list, list]:
    found, unknown = findings(text, "letter.yaml", SETTINGS)
    return ([(f[0], f[1]) for f in found if f[0] in ("LETTER008", "RISK009")],
            sorted((i.rule, i.target) for i in unknown if format_2_only(i)))


def test_migrated_letter_keeps_not_reviewed_where_an_absent_key_would_fail():
    not_reviewed = [("LETTER008", "document"), ("RISK009", "R1"), ("RISK009", "R2"),
                    ("RISK009", "R3")]
    assert verdicts(LETTER) == ([], not_reviewed)
    migrated = migrate_text(LETTER)
    assert verdicts(migrated) == ([], not_reviewed)
    # without the nulls, format 2 reads "none": the findings migration must not invent
    bare = migrated.replace(", objective_category: null", "").replace(
        "    objective_category: null\n", "").replace("instructions: null\n", "")
    assert verdicts(bare) == (sorted(not_reviewed), [])


def test_cli_says_what_it_wrote_as_unknown(tmp_path):
    source = tmp_path / "brev.yaml"
    source.write_text(LETTER, encoding="utf-8")
    assert run(str(source)).stderr.splitlines() == [
        f"{source}: risikoene har fått `objective_category: null`: format 1 kunne ikke oppgi "
        "målkategorien, format 2 kan; fyll den inn",
        f"{source}: `instructions: null` lagt til: format 1 kunne ikke vise til instruksene "
        "(hovedinstruksen), format 2 kan; fyll dem inn"]
    out = tmp_path / "brev-v2.yaml"
    english = run(str(source), "-o", str(out), "--lang", "en")
    assert english.returncode == 0 and english.stdout == ""
    assert english.stderr.splitlines()[1] == (
        f"{out}: `instructions: null` added: format 1 could not refer to the instructions "
        "(the main instruction), format 2 can; fill them in")
    nynorsk = run(str(source), "--lang", "nn").stderr.splitlines()
    assert nynorsk[0].endswith("format 1 kunne ikkje oppgi målkategorien, format 2 kan; "
                               "fyll han inn")


def test_unknowns_stay_inside_the_document_and_once_per_risk():
    text = ("govcheck: 1\nx-risk: &r {id: R1, title: X, goals: [G1], likelihood: 1, "
            "consequence: 1}\nrisks:\n  - *r\n  - *r\n...\n# end\n")
    migrated = migrate_text(text)
    assert migrated == text.replace("govcheck: 1", "govcheck: 2").replace(
        "consequence: 1}", "consequence: 1, objective_category: null}").replace(
        "...\n", "instructions: null\n...\n")
    assert yaml.safe_load(migrated)["instructions"] is None
