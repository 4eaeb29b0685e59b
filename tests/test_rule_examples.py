"""Every rule's example, as `govcheck explain` shows it, is a format-2 document (or a
fragment completed the same way for every rule) that the schema accepts and that breaks
its own rule when run through the real checker. An example of several documents separates
them with `---`: the first is the one that breaks the rule, the rest are checked with it
(the letter above, last year's document)."""

from pathlib import Path

import pytest
import yaml

from govcheck.run.checker import check_paths
from govcheck.run.config import default_settings

RULES = default_settings().catalog.rules
# Examples still to be rewritten for format 2 (docs/catalog-changes.md says which and why);
# this list may only shrink.
NOT_YET = {"CASC001", "CASC002", "CASC004", "CASC005", "CASC006", "CASC007", "CASC008",
           "REF003", "RELATED001", "REPORT006", "REPORT007", "REPORT008", "REPORT009",
           "REPORT010", "REPORT011", "REPORT012", "STAB001", "STAB002"}


def completed(rule, text: str) -> str:
    """The fragment with what every example may leave out: the format version and a
    `document` of the rule's first document type."""
    data = yaml.safe_load(text) or {}
    head = "" if "govcheck" in data else "govcheck: 2\n"
    if "document" not in data:
        head += (f"document: {{id: EX1, type: {rule.types[0]}, title: Eksempel, year: 2016, "
                 "issuer: Departementet, recipient: Direktoratet}\n")
    return head + text


def run_example(rule, tmp_path: Path):
    paths = []
    for number, part in enumerate(rule.example.split("\n---\n")):
        path = tmp_path / f"example-{number}.yaml"
        path.write_text(completed(rule, part), encoding="utf-8")
        paths.append(str(path))
    results = list(check_paths(paths))
    return next(r for r in results if r.file == paths[0])


@pytest.mark.parametrize("rule_id", sorted(set(RULES) - NOT_YET))
def test_the_example_is_format_2_and_breaks_its_own_rule(rule_id, tmp_path):
    rule = RULES[rule_id]
    result = run_example(rule, tmp_path)
    assert result.error is None, result.error
    assert yaml.safe_load(Path(result.file).read_text(encoding="utf-8"))["govcheck"] == 2
    fired = {f.rule for f in result.active}
    if rule_id != "SCHEMA":
        assert "SCHEMA" not in fired, [f.message for f in result.active if f.rule == "SCHEMA"]
    assert rule_id in fired, sorted(fired)


def test_the_list_of_examples_not_yet_rewritten_only_shrinks(tmp_path):
    still = set()
    for rule_id in sorted(NOT_YET):
        (tmp_path / rule_id).mkdir()
        result = run_example(RULES[rule_id], tmp_path / rule_id)
        fired = {f.rule for f in result.active} if result.error is None else set()
        if rule_id not in fired or "SCHEMA" in fired:
            still.add(rule_id)
    assert still == NOT_YET, f"fixed, take off NOT_YET: {sorted(NOT_YET - still)}"
