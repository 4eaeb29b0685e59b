"""Generated documentation is current: a stale page fails here."""

from pathlib import Path

from govcheck.report.catalog import facts_markdown, rules_markdown
from govcheck.run.config import default_settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_rules_md_is_generated_from_the_rule_files():
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == rules_markdown(default_settings())


def test_facts_md_is_generated_from_the_fact_table():
    assert (DOCS / "facts.md").read_text(encoding="utf-8") == facts_markdown()


def test_every_rule_has_citation_and_remediation_in_both_languages():
    for rule in default_settings().catalog.rules.values():
        assert rule.requirements and rule.citation_text("nb") and rule.citation_text("en"), rule.id
        for text in (rule.title, rule.rationale, rule.remediation, rule.message):
            assert text["nb"].strip() and text["en"].strip(), rule.id
