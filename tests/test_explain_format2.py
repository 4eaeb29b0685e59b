"""`govcheck explain` teaches format 2 only: for every rule in nb, nn and en, no text names
format version 1, and every key it puts in backticks is a key or value format 2 has (or a
rule id, a parameter, a command-line option)."""

import json
import re
from functools import cache

import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.resources import resource_dir
from govcheck.run.config import default_settings

SETTINGS = default_settings()
RULES = SETTINGS.catalog.rules
# Words in backticks that are neither format keys nor values: option spellings, a letter's
# own words quoted as an example, placeholders of the cross-document reference.
OTHER = {"require", "related", "true", "T2", "Riksrevisjonen", "additional_income",
         "DOCUMENT", "GOAL", "DOKUMENT", "MÅL", "L1", "NAV", "loven"}
FORMAT_1 = re.compile(r"format(?:et)? (?:versjon|version) 1|govcheck: 1\b|`target`|`target:")


@cache
def format_2_words() -> frozenset:
    """Every key and enumerated value reachable from format 2's schema."""
    schema = json.loads((resource_dir("schemas") / "goal-document.schema.json").read_text(
        encoding="utf-8"))
    defs, seen, found = schema["$defs"], set(), set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref", "").split("/")[-1]
            if ref and ref not in seen:
                seen.add(ref)
                walk(defs[ref])
            found.update(node.get("properties", {}))
            found.update(v for v in node.get("enum") or () if isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(defs["v2"])
    return frozenset(found)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_explain_names_no_format_1_key(lang):
    known = format_2_words() | set(RULES) | set(SETTINGS.catalog.parameters) | OTHER
    for rule_id in sorted(RULES):
        text = CliRunner().invoke(main, ["explain", rule_id, "--lang", lang]).output
        if not rule_id.startswith("WAIVER"):  # a waiver's own key is `target`
            assert not FORMAT_1.search(text), (rule_id, FORMAT_1.search(text).group())
        for quoted in re.findall(r"`([^`]+)`", text):
            words = set(re.findall(r"[^\W\d][\w]*", quoted)) - known
            assert not words, (rule_id, lang, quoted, words)
