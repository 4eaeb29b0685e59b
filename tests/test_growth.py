"""Issue 16, items 3 and 4: documents whose shape once cost quadratic time, the
per-document bound, and cross-document links that cannot be spoofed.

Big inputs are generated here at test time (benchmarks/shapes.py). Runs that once took
minutes get a generous timeout, never a timed assertion.
"""

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

from govcheck.catalog.goal_tree import GoalTree
from govcheck.document.items import Item
from govcheck.document.loader import parse
from govcheck.document.normalize import normalize
from govcheck.findings import Finding, Waiver
from govcheck.report.html import render_html
from govcheck.run.checker import _apply_waivers, check_loaded, check_paths
from govcheck.run.config import default_settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import shapes  # noqa: E402

AS_OF = dt.date(2026, 1, 1)


def govcheck(*args, cwd=ROOT, timeout=240):
    return subprocess.run([sys.executable, "-m", "govcheck", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=timeout)


# ---- the goal tree: linear, and the same answers as walking it --------------------

def _naive_subtree(tree: GoalTree, index: int) -> set:
    seen, todo = {index}, [index]
    while todo:
        for child in tree.children[todo.pop()]:
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _naive_inherited(tree: GoalTree, index: int, key: str):
    seen, current = set(), index
    while current is not None and current not in seen:
        value = tree.goals[current].data.get(key)
        if isinstance(value, str) and value.strip():
            return value
        seen.add(current)
        current = tree.parent[current]
    return None


def test_subtree_sums_and_inherited_values_equal_walking_the_tree():
    rng = random.Random(16)
    for _ in range(200):
        count = rng.randint(1, 25)
        goals = []
        for index in range(count):
            data = {"id": f"G{rng.randint(0, count)}" if rng.random() < 0.1 else f"G{index}"}
            if rng.random() < 0.8:
                data["parent"] = f"G{rng.randint(0, count)}"  # cycles and dangling parents
            if rng.random() < 0.3:
                data["owner"] = rng.choice(["A", "B", " "])
            goals.append(Item("goal", ("goals", index), data))
        tree = GoalTree(goals)
        own = [rng.randint(0, 3) for _ in goals]
        sums = tree.subtree_sums(own)
        owners = tree.inherited_all("owner")
        for index in range(count):
            assert sums[index] == sum(own[g] for g in _naive_subtree(tree, index))
            assert owners[index] == _naive_inherited(tree, index, "owner")


def lift_size_bound(folder):
    """These shapes are larger than the default max-file-size (192 KiB) on purpose."""
    (folder / "govcheck.yaml").write_text("max-file-size: 67108864\n", encoding="utf-8")


def test_a_parent_chain_of_8000_goals_is_checked(tmp_path):
    lift_size_bound(tmp_path)
    path = tmp_path / "chain.yaml"
    path.write_text(shapes.chain(8000), encoding="utf-8")
    run = govcheck("check", path, "--format", "json", "--jobs", "1")
    assert run.returncode == 1, run.stderr
    findings = json.loads(run.stdout)["documents"][0]["findings"]
    assert {f["rule"] for f in findings} >= {"HIER002"}  # level 3 under level 3, all along


def test_a_parent_cycle_of_4000_goals_has_one_head_and_whole_subtrees(tmp_path):
    lift_size_bound(tmp_path)
    path = tmp_path / "cycle.yaml"
    path.write_text(shapes.cycle(4000), encoding="utf-8")
    result = next(check_paths([str(path)], as_of=AS_OF))
    goals = [f for f in result.facts if f["kind"] == "goal"]
    assert [g["target"] for g in goals if g["cycle_head"]] == ["G0"]
    assert {g["subtree_indicator_count"] for g in goals} == {4000}
    assert {g["descendant_delivery_count"] for g in goals} == {3999}


def test_8000_waivers_each_suppress_their_own_finding():
    count = 8000
    waivers = [Waiver("MRS003", f"G{i}", "ok", "A", "2099-12-31", "f.yaml", i + 1, 1, i)
               for i in range(count)]
    findings = [Finding(rule="MRS003", severity="warning", message="m", target=f"G{i}",
                        file="f.yaml", line=i + 1, column=1) for i in range(count)]
    findings.append(Finding(rule="REF001", severity="error", message="m", target="G1",
                            file="f.yaml", line=1, column=1))
    result, facts = _apply_waivers(findings, waivers, AS_OF)
    assert [f.waiver.target for f in result[:count]] == [f"G{i}" for i in range(count)]
    assert result[-1].waiver is None  # REF findings cannot be waived
    assert {fact["used_count"] for fact in facts.values()} == {1}


def test_a_ref001_message_names_ten_lines_and_counts_the_rest(tmp_path):
    text = shapes.flat(3).replace("G1,", "G0,").replace("G2,", "G0,")
    text += "".join("  - {id: G0, title: M, level: 1, chain: outcome}\n" for _ in range(47))
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    result = next(check_paths([str(path)], lang="en", as_of=AS_OF))
    [ref] = [f for f in result.findings if f.rule == "REF001"]
    assert ref.message == ("The id G0 is used 50 times, on lines 11, 12, 13, 14, 15, 16, 17, "
                           "18, 19, 20 and 40 more.")  # ten lines, then the rest counted


def test_a_long_letter_report_says_it_was_shortened():
    document = parse(shapes.letter(400).encode("utf-8"), "letter.yaml")
    normalize(document.data)
    result = check_loaded(document, default_settings(), "en", AS_OF)
    page = render_html([result], "en", AS_OF, "test")
    assert "The goal hierarchy shows the first 300 of 400 goals" in page
    assert "findings in this document: the first 20 are shown in full" in page


# ---- the per-document bound ------------------------------------------------------

def test_a_document_past_its_time_bound_is_one_line_and_the_run_goes_on(tmp_path):
    (tmp_path / "big.yaml").write_text(shapes.chain(8000), encoding="utf-8")
    (tmp_path / "small.yaml").write_text(shapes.flat(2, "SMALL"), encoding="utf-8")
    config = tmp_path / "bound.yaml"
    config.write_text("max-seconds-per-document: 1\nmax-file-size: 67108864\n",
                      encoding="utf-8")
    for jobs in ("1", "2"):
        run = govcheck("check", tmp_path / "big.yaml", tmp_path / "small.yaml", "--config",
                       config, "--jobs", jobs, "--lang", "en")
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        big = [line for line in run.stdout.splitlines() + run.stderr.splitlines()
               if "big.yaml" in line]
        assert big == [f"{tmp_path / 'big.yaml'}:1:1: govcheck stopped after 1 s "
                       "(max-seconds-per-document); the document was not checked"]
        assert f"{tmp_path / 'small.yaml'}:" in run.stdout  # its findings are reported


def test_a_document_past_its_memory_bound_is_one_line(tmp_path):
    (tmp_path / "big.yaml").write_text(shapes.chain(8000), encoding="utf-8")
    (tmp_path / "small.yaml").write_text(shapes.flat(2, "SMALL"), encoding="utf-8")
    config = tmp_path / "bound.yaml"
    config.write_text("max-memory-per-document: 20\nmax-file-size: 67108864\n",
                      encoding="utf-8")
    run = govcheck("check", tmp_path, "--config", config, "--jobs", "1", "--lang", "en")
    assert run.returncode == 2, run.stderr
    assert "max-memory-per-document); the document was not checked" in run.stdout + run.stderr
    assert f"{tmp_path / 'small.yaml'}:" in run.stdout


def test_a_generous_bound_changes_nothing(tmp_path):
    (tmp_path / "doc.yaml").write_text(shapes.letter(50), encoding="utf-8")
    config = tmp_path / "bound.yaml"
    config.write_text("max-seconds-per-document: 600\nmax-memory-per-document: 4096\n")
    bounded = govcheck("check", tmp_path / "doc.yaml", "--config", config, "--jobs", "1")
    config.write_text("{}\n")
    default = govcheck("check", tmp_path / "doc.yaml", "--config", config, "--jobs", "1")
    assert bounded.returncode == default.returncode == 1
    assert bounded.stdout == default.stdout


def test_impossible_bounds_are_configuration_errors(tmp_path):
    (tmp_path / "doc.yaml").write_text(shapes.flat(2), encoding="utf-8")
    config = tmp_path / "bound.yaml"
    for line in ("max-seconds-per-document: 0", "max-seconds-per-document: .nan",
                 "max-seconds-per-document: .inf", "max-memory-per-document: -1",
                 "max-memory-per-document: 1.5", "max-memory-per-document: true"):
        config.write_text(line + "\n", encoding="utf-8")
        run = govcheck("check", tmp_path / "doc.yaml", "--config", config)
        assert run.returncode == 2 and "Traceback" not in run.stderr, line
        assert line.split(":")[0] in run.stdout + run.stderr, line


# ---- item 4: cross-document links -------------------------------------------------

LETTER = ("govcheck: 1\ndocument: {{id: {id}, type: disposition_letter, title: T, year: 2025, "
          "issuer: D, recipient: A{extra}}}\ngoals:\n"
          "  - {{id: G1, title: Flere i arbeid, level: 1, chain: outcome}}\n")


def _json(tmp_path, **files):
    for name, text in files.items():
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    run = govcheck("check", tmp_path, "--format", "json", "--as-of", "2026-01-01")
    assert run.returncode in (0, 1) and not run.stderr, run.stderr
    return {Path(f["file"]).stem: f for f in json.loads(run.stdout)["documents"]}


def test_a_document_naming_itself_gets_cascade_and_stability_not_reviewed(tmp_path):
    files = _json(tmp_path, a=LETTER.format(id="V-2025",
                                            extra=", parent: V-2025, previous: V-2025"))
    reasons = {(n["rule"], n["reason"]) for n in files["a"]["not_reviewed"]}
    assert reasons == {(rule, "self") for rule in ("CASC001", "CASC002", "CASC004", "CASC005",
                                                   "CASC006", "CASC007", "STAB001", "STAB002")}
    assert not [f for f in files["a"]["findings"] if f["rule"].startswith(("CASC", "STAB"))]


def test_two_files_with_one_id_are_reported_and_neither_is_used(tmp_path):
    parent = ("govcheck: 1\ndocument: {id: AV-2025, type: allocation_letter, title: T, "
              "year: 2025, issuer: D, recipient: A}\ngoals:\n"
              "  - {id: HM1, title: Flere i arbeid, level: 1, chain: outcome}\n")
    files = _json(tmp_path, p1=parent, p2=parent.replace("HM1", "HM9"),
                  child=LETTER.format(id="V-2025", extra=", parent: AV-2025"))
    for name, other in (("p1", "p2"), ("p2", "p1")):
        [ref] = [f for f in files[name]["findings"] if f["rule"] == "REF003"]
        assert (ref["target"], ref["line"]) == ("AV-2025", 2)
        assert other in ref["message"]
    reasons = {(n["rule"], n["reason"]) for n in files["child"]["not_reviewed"]}
    assert ("CASC001", "ambiguous") in reasons
    assert not [f for f in files["child"]["findings"] if f["rule"].startswith("CASC")]
