"""`govcheck init` starters, `govcheck schema`, and the pre-commit hook run by the real
pre-commit tool on a planner's repository."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from govcheck.catalog.catalog import DOCUMENT_TYPES
from govcheck.cli import main
from govcheck.run.checker import check_paths
from govcheck.views.starter import (
    STARTER_TYPES,
    default_file_name,
    schema_text,
    starter_document,
    write_starter,
)

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 3, 1)


# --- starters and schema ------------------------------------------------------

def test_schema_text_is_the_shipped_schema():
    text = schema_text()
    assert text == (ROOT / "schemas" / "goal-document.schema.json").read_text(encoding="utf-8")
    assert json.loads(text)["title"]


# Words docs/terminology.md (the review's §4.2 table) replaced, and a limit no source gives
REPLACED = ("virkningskjed", "utgangspunkt (`baseline`)", "frekvens", "demper", "måldokument",
            "resultatmål", "høyst seks", "ingen avvik")


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_the_starter_speaks_the_terminology(doc_type):
    text = starter_document(doc_type, 2026).lower()
    assert [word for word in REPLACED if word in text] == []
    assert "resultatkjeden (`chain`)" in text and "utgangsverdi (`baseline`)" in text


@pytest.mark.parametrize("doc_type", STARTER_TYPES)
def test_starter_is_valid_and_checks_clean(tmp_path, doc_type):
    """docs/editors.md: a starter «passes `govcheck check` as written»: no finding at all."""
    text = starter_document(doc_type, 2026)
    assert text.startswith("# yaml-language-server: $schema=goal-document.schema.json\n")
    assert "@" not in text.replace("`govcheck init`", "")  # every placeholder filled
    data = yaml.safe_load(text)
    assert (data["document"]["type"], data["document"]["year"]) == (doc_type, 2026)

    path = tmp_path / default_file_name(doc_type, 2026)
    write_starter(str(path), doc_type, 2026)
    assert path.read_text(encoding="utf-8") == text
    (result,) = check_paths([str(path)], as_of=AS_OF)
    assert result.error is None
    # the checker's own schema check covers what the loader normalises (dates, periods)
    assert [f for f in result.findings if f.rule == "SCHEMA"] == []
    assert [f"{f.rule} {f.message}" for f in result.active] == []


@pytest.mark.parametrize("doc_type", STARTER_TYPES)
def test_starter_matches_the_json_schema_as_editors_see_it(doc_type):
    """Editors validate the YAML as written, before govcheck normalises anything."""
    data = json.loads(json.dumps(yaml.safe_load(starter_document(doc_type, 2031)), default=str))
    validator = Draft202012Validator(json.loads(schema_text()))
    assert [e.message for e in validator.iter_errors(data)] == []


@pytest.mark.parametrize("doc_type", ["disposition_letter", "business_plan"])
def test_commented_links_to_the_allocation_letter_hold(tmp_path, doc_type):
    """Uncommenting `parent` and `contributes_to` ties a starter to the allocation
    letter starter; checked together, the cascade rules find nothing."""
    text = starter_document(doc_type, 2026)
    linked = text.replace("  # parent: ", "  parent: ").replace(
        "    # contributes_to: ", "    contributes_to: ")
    assert linked.count("contributes_to: DEP-DIR-2026#") == 2
    (tmp_path / "child.yaml").write_text(linked, encoding="utf-8")
    (tmp_path / "letter.yaml").write_text(starter_document("allocation_letter", 2026),
                                          encoding="utf-8")
    child, _ = check_paths([str(tmp_path / "child.yaml"), str(tmp_path / "letter.yaml")],
                           as_of=AS_OF)
    assert child.error is None
    assert not any(rule.startswith("CASC") for rule in child.not_reviewed)
    assert [f"{f.rule} {f.message}" for f in child.active if f.severity == "error"] == []
    assert [f.rule for f in child.active if f.rule.startswith("CASC")] == []


@pytest.mark.parametrize("doc_type", ["supplementary_allocation_letter", "annual_report"])
def test_the_supplement_and_the_annual_report_check_clean_with_the_letter(tmp_path, doc_type):
    """Checked with the allocation letter starter of the same year, every rule that
    compares them is reviewed and finds nothing."""
    (tmp_path / "doc.yaml").write_text(starter_document(doc_type, 2026), encoding="utf-8")
    (tmp_path / "letter.yaml").write_text(starter_document("allocation_letter", 2026),
                                          encoding="utf-8")
    results = list(check_paths([str(tmp_path / "doc.yaml"), str(tmp_path / "letter.yaml")],
                               as_of=AS_OF))
    doc = next(r for r in results if r.file.endswith("doc.yaml"))
    assert [f"{f.rule} {f.message}" for f in doc.active] == []
    assert not any(rule.startswith(("REPORT", "CASC")) for rule in doc.not_reviewed)


def test_starter_years_follow_the_argument():
    text = starter_document("allocation_letter", 2031)
    data = yaml.safe_load(text)
    assert data["document"]["id"].endswith("2031")
    assert str(data["reporting"][0]["deadline"]).startswith("2032-")  # annual report
    assert data["goals"][0]["indicators"][0]["baseline"]["period"] == "2030"


def test_write_starter_never_overwrites(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="already exists"):
        write_starter(str(path), "business_plan", 2026)
    assert path.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("args, said", [
    ([], "plan.yaml finnes allerede; govcheck init skriver aldri over en fil"),
    (["--lang", "nb"], "plan.yaml finnes allerede; govcheck init skriver aldri over en fil"),
    (["--lang", "nn"], "plan.yaml finst allereie; govcheck init skriv aldri over ei fil"),
    (["--lang", "en"], "plan.yaml exists already; govcheck init never overwrites a file"),
])
def test_init_says_an_existing_file_in_the_language_asked(tmp_path, monkeypatch, args, said):
    monkeypatch.chdir(tmp_path)
    Path("plan.yaml").write_text("mine\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", "plan.yaml", "--type", "business_plan", *args])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", said + "\n")
    assert Path("plan.yaml").read_text(encoding="utf-8") == "mine\n"


def test_init_with_lang_writes_the_starter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "--lang", "nn", "--year", "2027"])
    assert (result.exit_code, result.stdout) == (0, "tildelingsbrev-2027.yaml\n")
    assert Path("tildelingsbrev-2027.yaml").read_text(encoding="utf-8") == \
        starter_document("allocation_letter", 2027)


def test_unknown_type_or_year_is_refused():
    with pytest.raises(ValueError, match="allocation_letter"):
        starter_document("budget_letter", 2026)
    with pytest.raises(ValueError, match="year"):
        starter_document("business_plan", "2026")


# --- pre-commit ---------------------------------------------------------------

def _pre_commit() -> str | None:
    beside = Path(sys.executable).parent / "pre-commit"
    return str(beside) if beside.exists() else shutil.which("pre-commit")


PRE_COMMIT = _pre_commit()
needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed")


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never",
               PATH=str(Path(PRE_COMMIT).parent) + os.pathsep + env.get("PATH", ""))
    return env


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=govcheck test",
                           "-c", "user.email=test@example.invalid", *args],
                          cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def planner_repo(tmp_path_factory) -> Path:
    """A planner's repository: a good and a bad goal document, and a YAML file that is
    no goal document, all committed."""
    repo = tmp_path_factory.mktemp("planner")
    (repo / "goals").mkdir()
    (repo / "goals" / "good.yaml").write_text(starter_document("business_plan", 2026),
                                              encoding="utf-8")
    bad = yaml.safe_load(starter_document("business_plan", 2026))
    bad["goals"] = [g for g in bad["goals"] if g["level"] > 1]  # no level-1 goal left
    bad["goals"][0]["titel"] = "misspelt key"
    (repo / "goals" / "bad.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True),
                                             encoding="utf-8")
    (repo / "settings.yaml").write_text("not: [a, goal, document]\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "goal documents")
    return repo


@pytest.fixture(scope="session")
def try_repo(planner_repo, tmp_path_factory) -> dict:
    """`pre-commit try-repo` on this repository, once per file and once per session.
    try-repo builds the hook environment afresh each time (its own temporary store),
    installing the repository's committed state: commit before running this."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    runs = {}
    for name in ("goals/bad.yaml", "goals/good.yaml"):
        runs[name] = subprocess.run(
            [PRE_COMMIT, "try-repo", str(ROOT), "govcheck", "--files", name],
            cwd=planner_repo, env=_env(home), capture_output=True, text=True, timeout=900)
    return runs


@needs_pre_commit
def test_try_repo_fails_on_a_bad_document(try_repo):
    run = try_repo["goals/bad.yaml"]
    assert run.returncode == 1, run.stdout + run.stderr
    assert "goals/bad.yaml:" in run.stdout
    assert "MRS001" in run.stdout and "SCHEMA" in run.stdout


@needs_pre_commit
def test_try_repo_passes_a_good_document(try_repo):
    run = try_repo["goals/good.yaml"]
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout


@needs_pre_commit
def test_planner_config_with_files_pattern(planner_repo, tmp_path_factory):
    """The configuration docs/ci.md shows, with `files:` keeping other YAML out. Unlike
    try-repo this uses PRE_COMMIT_HOME's store, as a planner's machine does."""
    home = tmp_path_factory.mktemp("pre-commit-store")
    rev = _git(ROOT, "rev-parse", "HEAD").strip()
    config = planner_repo / "config-under-test.yaml"
    config.write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n"
        "      - id: govcheck\n        files: ^goals/\n        exclude: ^goals/bad\\.yaml$\n",
        encoding="utf-8")
    run = subprocess.run([PRE_COMMIT, "run", "--config", str(config), "--all-files"],
                         cwd=planner_repo, env=_env(home), capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr  # settings.yaml was not checked
    assert "Passed" in run.stdout


@needs_pre_commit
def test_require_related_in_pre_commit_passes_the_parent_along(tmp_path_factory):
    """A staged disposition letter alone fails closed (RELATED001); with its allocation
    letter passed along in `args` (as docs/ci.md shows) the cascade runs and judges it."""
    repo = tmp_path_factory.mktemp("cascade")
    (repo / "mål").mkdir()
    (repo / "mål" / "tildelingsbrev.yaml").write_text(
        starter_document("allocation_letter", 2026), encoding="utf-8")
    child = repo / "mål" / "disponeringsbrev.yaml"
    child.write_text(starter_document("disposition_letter", 2026).replace(
        "  # parent: DEP-DIR-2026\n", "  parent: DEP-DIR-2026\n"), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "letters")
    entry = f"{sys.executable} -m govcheck check --require-related"

    def run(args: str) -> subprocess.CompletedProcess:
        config = repo / "hooks.yaml"
        config.write_text(
            "repos:\n  - repo: local\n    hooks:\n      - id: govcheck\n"
            f"        name: govcheck\n        entry: {entry}\n        language: system\n"
            f"        types: [yaml]\n        files: ^mål/\n        args: {args}\n",
            encoding="utf-8")
        return subprocess.run([PRE_COMMIT, "run", "--config", str(config)], cwd=repo,
                              env=_env(tmp_path_factory.mktemp("home")), capture_output=True,
                              text=True, timeout=300)

    child.write_text(child.read_text(encoding="utf-8").replace(
        "amount: 42000000", "amount: 420000000"), encoding="utf-8")
    _git(repo, "add", "mål/disponeringsbrev.yaml")  # only the child is staged
    alone = run("[]")
    assert alone.returncode == 1, alone.stdout + alone.stderr
    assert ("RELATED001 [document.parent] Mangler i kjøringen: DEP-DIR-2026 "
            "(document.parent)") in alone.stdout
    along = run("[mål/tildelingsbrev.yaml]")
    assert along.returncode == 1, along.stdout + along.stderr
    assert "RELATED001" not in along.stdout
    assert "CASC006 [1500.01] På kap. 1500 post 01 fordeler" in along.stdout
    child.write_text(child.read_text(encoding="utf-8").replace(
        "amount: 420000000", "amount: 42000001"), encoding="utf-8")
    parent = repo / "mål" / "tildelingsbrev.yaml"
    parent.write_text(parent.read_text(encoding="utf-8") + "# endret\n", encoding="utf-8")
    _git(repo, "add", "mål/disponeringsbrev.yaml", "mål/tildelingsbrev.yaml")
    both = run("[mål/tildelingsbrev.yaml]")  # the parent staged too: checked once
    assert both.returncode == 0, both.stdout + both.stderr
    assert "Passed" in both.stdout
