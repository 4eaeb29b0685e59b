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
    # RELATED001 is off unless asked for, as its example says (`--require-related`)
    results = list(check_paths(paths, require_related=rule.id == "RELATED001"))
    return next(r for r in results if r.file == paths[0])


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_the_example_is_format_2_and_breaks_its_own_rule(rule_id, tmp_path):
    rule = RULES[rule_id]
    result = run_example(rule, tmp_path)
    assert result.error is None, result.error
    assert yaml.safe_load(Path(result.file).read_text(encoding="utf-8"))["govcheck"] == 2
    fired = {f.rule for f in result.active}
    if rule_id != "SCHEMA":
        assert "SCHEMA" not in fired, [f.message for f in result.active if f.rule == "SCHEMA"]
    assert rule_id in fired, sorted(fired)

