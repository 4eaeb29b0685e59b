"""durable-rules against an independent evaluator, order independence, engine traps.

A silent miss looks exactly like compliance, so every match the engine makes (and
every one it does not) is compared with a small interpreter of the same condition
grammar over generated documents.
"""

import datetime as dt
import random
import sys
from pathlib import Path

import pytest

from govcheck.catalog.catalog import Rule, compile_ruleset, substitute
from govcheck.catalog.engine import Engine, EngineError
from govcheck.catalog.facts import build_facts
from govcheck.document.loader import parse
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_document
from govcheck.run.config import build_settings, default_settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import generate_text  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
_COMPARE = {"$lt": lambda a, b: a < b, "$lte": lambda a, b: a <= b, "$gt": lambda a, b: a > b,
            "$gte": lambda a, b: a >= b, "$neq": lambda a, b: a != b}


def _same_type(a, b) -> bool:
    return isinstance(a, bool) == isinstance(b, bool)


def holds(condition: dict, fact: dict) -> bool:
    """The reference meaning of a single-fact condition."""
    [(operator, operand)] = condition.items()
    if operator == "$and":
        return all(holds(part, fact) for part in operand)
    if operator == "$or":
        return any(holds(part, fact) for part in operand)
    if operator in ("$ex", "$nex"):
        [name] = operand
        return (name in fact) == (operator == "$ex")
    if operator in _COMPARE:
        [(name, value)] = operand.items()
        return name in fact and _same_type(fact[name], value) and _COMPARE[operator](
            fact[name], value)
    return operator in fact and _same_type(fact[operator], operand) and fact[operator] == operand


def reference_matches(rules: list[Rule], values: dict, facts: list[dict], doc_type: str):
    found = set()
    for rule in rules:
        if rule.stage != "engine" or not rule.applies_to(doc_type):
            continue
        check = rule.check
        condition = substitute(check["condition"], values)
        for fact in facts:
            if fact["kind"] == check["fact"] and holds(condition, fact):
                escalated = "escalate" in check and holds(
                    substitute(check["escalate"]["condition"], values), fact)
                found.add((rule.id, fact["id"], escalated))
    return sorted(found)


def load_text(text: str, name: str):
    document = parse(text.encode("utf-8"), name)
    normalize(document.data)
    return document


@pytest.mark.parametrize("config", [{}, {"parameters": {"high_risk_score": 9, "tolerance": 5,
                                                       "max_top_goals": 3}}],
                         ids=["defaults", "overrides"])
def test_engine_agrees_with_reference_evaluator(config):
    settings = build_settings(config, None, None)
    rules = [settings.catalog.rules[r] for r in settings.enabled]
    values = settings.parameter_values
    engine = Engine(rules, values)
    compared = 0
    for index in range(120):
        document = load_text(generate_text(7, index), f"gen{index}.yaml")
        facts = build_facts(document, values)
        doc_type = document.data["document"]["type"]
        with engine.session(doc_type) as session:
            got = session.run(facts)
        assert got == reference_matches(rules, values, facts, doc_type), f"document {index}"
        compared += len(got)
    assert compared > 500  # the corpus really exercises the rules


def _check_all(texts: list[tuple[str, str]], settings) -> dict:
    return {name: check_document(load_text(text, name), settings, "en", AS_OF)[0]
            for name, text in texts}


def test_order_and_process_do_not_change_findings():
    settings = default_settings()
    texts = [(f"gen{i}.yaml", generate_text(11, i, goals=random.Random(i).randint(5, 40)))
             for i in range(200)]
    in_order = _check_all(texts, settings)
    shuffled = texts[:]
    random.Random(3).shuffle(shuffled)
    assert _check_all(shuffled, settings) == in_order
    # a fresh engine (as in another process) gives the same findings
    fresh = build_settings({"parameters": {}}, None, "another")
    assert _check_all(texts[:20], fresh) == {k: in_order[k] for k, _ in texts[:20]}


def test_every_action_runs_before_assert_returns():
    rule = default_settings().catalog.rules["MRS002"]
    engine = Engine([rule], default_settings().parameter_values)
    facts = [{"id": f"goal:{i}", "kind": "goal", "target": f"G{i}", "is_leaf": True,
              "indicator_count": 0, "goal_kind": "standing"} for i in range(5000)]
    with engine.session("business_plan") as session:
        assert len(session.run(facts)) == 5000


def test_facts_no_rule_matches_are_handled_and_sessions_are_isolated():
    settings = default_settings()
    engine = Engine([settings.catalog.rules["MRS002"]], settings.parameter_values)
    unmatched = [{"id": "x:1", "kind": "nothing-reads-this", "target": "x"}]
    for _ in range(3):  # the same fact id in new sessions is no duplicate
        with engine.session("business_plan") as session:
            assert session.run(unmatched) == []


def test_a_match_that_cannot_be_taken_is_raised_and_the_engine_goes_on():
    """Matches are read straight from the engine (no durable-rules action runs); one of
    an unexpected shape is an EngineError, its action is abandoned, and the same engine
    still serves the next session."""
    settings = default_settings()
    rule = settings.catalog.rules["MRS002"]
    goal = {"id": "goal:1", "kind": "goal", "target": "G1", "is_leaf": True,
            "indicator_count": 0, "goal_kind": "standing"}
    good = Engine([rule], settings.parameter_values)
    with good.session("business_plan") as session:
        assert session.run([goal]) == [("MRS002", "goal:1", False)]
    engine = Engine([rule], settings.parameter_values)
    definition = compile_ruleset([rule], settings.parameter_values)
    definition["MRS002"]["all"] = [{"x": definition["MRS002"]["all"][0]["m"]}]
    engine._host.set_rulesets({"govcheck_business_plan": definition})
    engine._ready.add("govcheck_business_plan")
    with pytest.raises(EngineError, match="unexpected match for MRS002"):
        with engine.session("business_plan") as session:
            session.run([goal])
    with engine.session("business_plan") as session:
        assert session.run([{"id": "document:document", "kind": "document"}]) == []
