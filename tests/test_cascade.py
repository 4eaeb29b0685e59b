"""Cascade across files: the parent's budget summed over its children in one run."""

from govcheck.run.checker import check_paths

PARENT = """govcheck: 1
document: {id: AV-2025, type: allocation_letter, title: T, year: 2025, issuer: D,
           recipient: Direktoratet}
budget:
  lines:
    - {id: P1, chapter: "605", post: "01", amount: 1000000}
"""

CHILD = """govcheck: 1
document: {{id: {id}, type: disposition_letter, title: T, year: {year}, issuer: Direktoratet,
           recipient: {id}, parent: AV-2025}}
budget:
  lines:
    - {{id: L1, chapter: "605", post: "01", amount: {amount}}}
"""


def _findings(tmp_path, children):
    (tmp_path / "parent.yaml").write_text(PARENT, encoding="utf-8")
    for name, (year, amount) in children.items():
        (tmp_path / f"{name}.yaml").write_text(
            CHILD.format(id=name, year=year, amount=amount), encoding="utf-8")
    return {(r.document_id, f.rule, f.target, f.line): f.message
            for r in check_paths([str(tmp_path)], jobs=1) for f in r.active
            if f.rule in ("CASC007", "CASC005", "CASC006")}


def test_two_children_in_one_run_exceeding_the_parent_together(tmp_path):
    found = _findings(tmp_path, {"A": (2025, 600000), "B": (2025, 500000)})
    assert sorted(found) == [("A", "CASC006", "605.01", 6), ("B", "CASC006", "605.01", 6)]
    assert found[("A", "CASC006", "605.01", 6)] == (
        "På kap. 605 post 01 fordeler 2 dokument(er) under AV-2025 til sammen "
        "1,1\u00a0mill. kroner, mer enn de 1\u00a0mill. kroner som er tildelt.")


def test_children_within_the_parent_and_of_another_year(tmp_path):
    found = _findings(tmp_path, {"A": (2025, 600000), "B": (2026, 400000)})
    assert sorted(found) == [("B", "CASC007", "document", 2)]


def test_the_same_run_in_workers_sums_alike(tmp_path):
    (tmp_path / "parent.yaml").write_text(PARENT, encoding="utf-8")
    for name in ("A", "B"):
        (tmp_path / f"{name}.yaml").write_text(
            CHILD.format(id=name, year=2025, amount=600000), encoding="utf-8")
    found = sorted((r.document_id, f.rule) for r in check_paths([str(tmp_path)], jobs=2)
                   for f in r.active if f.rule == "CASC006")
    assert found == [("A", "CASC006"), ("B", "CASC006")]


def test_require_related_from_configuration_and_a_file_named_twice(tmp_path):
    from govcheck.run.checker import collect_files

    (tmp_path / "govcheck.yaml").write_text("require-related: true\n", encoding="utf-8")
    child = tmp_path / "A.yaml"
    child.write_text(CHILD.format(id="A", year=2025, amount=1), encoding="utf-8")
    (result,) = check_paths([str(child), str(tmp_path / "." / "A.yaml")], jobs=1)
    assert [(f.rule, f.target, f.line) for f in result.active if f.rule == "RELATED001"] == [
        ("RELATED001", "document.parent", 3)]
    assert collect_files([str(child), str(tmp_path / "." / "A.yaml")]) == [str(child)]
