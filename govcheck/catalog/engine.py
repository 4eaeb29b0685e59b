"""Run the compiled rulesets on one document's facts, isolated per document.

durable-rules keeps state per session and runs actions on its own timer threads;
here every document gets a fresh session that is deleted afterwards, actions run
before `assert_facts` returns, and an exception swallowed by the engine is raised.
"""

from __future__ import annotations

import contextlib
import decimal
import itertools
import json
import re

import durable.engine
import durable_rules_engine
from durable.engine import Host

from ..document.items import ALL_TYPES
from .catalog import CATCH_ALL, ESCALATED, Rule, compile_ruleset


class EngineError(RuntimeError):
    pass


class _EngineJson:
    """durable.engine writes rulesets and facts with json.dumps, whose exponent form
    (`1e-05`, `1e+16`) the C engine refuses with error 204. This stand-in for its `json`
    rewrites such numbers in fixed-point decimal, and NaN/Infinity as null (absent)."""

    loads = staticmethod(json.loads)

    @staticmethod
    def dumps(value, ensure_ascii=False) -> str:
        text = json.dumps(value, ensure_ascii=ensure_ascii)
        if _SUSPECT.search(text) is None:  # the usual case, at the speed of one scan
            return text
        return _TOKEN.sub(_fixed_point, text)


_SUSPECT = re.compile(r"[0-9][eE][-+]?[0-9]|NaN|Infinity")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?[eE][-+]?[0-9]+'
                    r"|NaN|-?Infinity)")


def _fixed_point(match) -> str:
    number = match.group(1)
    if number is None:  # a string: left as it is
        return match.group(0)
    if number.endswith(("NaN", "Infinity")):
        return "null"
    return format(decimal.Decimal(number), "f")


class _SyncHost(Host):
    """A Host without its dispatch threads: actions run inside assert_facts."""

    def _run(self):  # noqa: D401 - overrides the thread starter of durable.engine.Host
        pass


class Engine:
    """One durable-rules host for one rule selection and parameter set.

    Rulesets are built once per document type and reused across documents, since
    durable-rules leaks memory for every ruleset it creates.
    """

    def __init__(self, rules: list[Rule], values: dict):
        self._rules = [rule for rule in rules if rule.stage == "engine"]
        self._values = values
        durable.engine.json = _EngineJson  # idempotent; see _EngineJson
        self._host = _SyncHost()
        self._ready: set[str] = set()
        self._matches: list[tuple[str, str]] = []
        self._sessions = itertools.count(1)

    def _ruleset(self, document_type: str) -> str:
        # the document's own text never names a ruleset: durable-rules refuses some
        # characters (NUL) and keeps every ruleset it ever built
        if document_type not in ALL_TYPES:
            document_type = "other"
        name = f"govcheck_{document_type}"
        if name not in self._ready:
            rules = [rule for rule in self._rules if rule.applies_to(document_type)]
            definition = compile_ruleset(rules, self._values)
            self._host.set_rulesets({name: definition})
            self._ready.add(name)
        return name

    def prepare(self, document_type: str) -> None:
        """Build the ruleset for a document type now, outside any document's time bound."""
        self._ruleset(document_type)

    @contextlib.contextmanager
    def session(self, document_type: str):
        """A fresh engine session for one document, deleted afterwards."""
        ruleset = self._ruleset(document_type)
        session = _Session(self, ruleset, str(next(self._sessions)))
        try:
            yield session
        finally:
            self._host.delete_state(ruleset, session.sid)


class _Session:
    def __init__(self, engine: Engine, ruleset: str, sid: str):
        self._engine, self._ruleset, self.sid = engine, ruleset, sid

    def run(self, facts: list[dict]) -> list[tuple[str, str, bool]]:
        """Assert facts; the (rule id, fact id, escalated) matches they caused, each once.
        Facts asserted earlier in the session stay and can match together with these."""
        engine = self._engine
        engine._matches.clear()
        identities = {fact["id"] for fact in facts}
        if len(identities) != len(facts):  # the engine crashes on colliding fact ids
            raise EngineError("two facts share an id")
        if facts:
            ruleset = engine._host.get_ruleset(self._ruleset)
            _assert_and_act(ruleset, [dict(f, sid=self.sid) for f in facts], engine._matches)
        state = engine._host.get_state(self._ruleset, self.sid)
        if "exception" in state:
            raise EngineError(f"rule action failed: {state['exception']}")
        found: dict[tuple, bool] = {}
        for rule_name, fact_id in engine._matches:
            escalated = rule_name.endswith(ESCALATED)
            key = (rule_name.removesuffix(ESCALATED), fact_id)
            found[key] = found.get(key, False) or escalated
        return sorted((rule, fact, escalated) for (rule, fact), escalated in found.items())


# the start of a pending action as the engine writes it: {"RULE":{"m":{"id": "FACT",…
_PENDING = re.compile(r'\{"([^"\\]+)":\{"m":\{"id": ?"([^"\\]*)"')


def _match(pending: str) -> tuple[str, str]:
    """(rule name, fact id) of a pending action. Read from the start of its JSON when the
    engine wrote it as usual: decoding the whole fact of each of 100,000 matches cost more
    than the matching. Anything else is decoded in full."""
    start = _PENDING.match(pending)
    if start is not None:
        return start.group(1), start.group(2)
    action, fired = next(iter(json.loads(pending).items()))
    if not isinstance(fired, dict) or not isinstance(fired.get("m"), dict) \
            or not isinstance(fired["m"].get("id"), str):
        raise EngineError(f"unexpected match for {action}")
    return action, fired["m"]["id"]


def _assert_and_act(ruleset, facts: list[dict], matches: list) -> None:
    """Assert facts and take every action they cause, as durable-rules' own
    `Host.assert_facts` does, but without its per-action Python machinery (a closure, four
    clock readings and the state written as JSON for every match: half of a run with
    100,000 findings). Our actions only record (rule, fact id) and never change the state,
    so the state is written once; the catch-all's matches are skipped. An exception
    (the time bound's alarm) abandons the action in progress, as durable-rules does, and
    goes on up."""
    handle = ruleset._handle
    state_handle = ruleset.assert_facts(facts)
    result = durable_rules_engine.start_action_for_state(handle, state_handle)
    if not result:
        return
    state = _EngineJson.dumps(json.loads(result[0]))
    pending = result[1]
    while pending:
        try:
            match = _match(pending)
            if match[0] != CATCH_ALL:
                matches.append(match)
            durable_rules_engine.update_state(handle, state)
            pending = durable_rules_engine.complete_and_start_action(handle, state_handle)
        except BaseException:
            durable_rules_engine.abandon_action(handle, state_handle)
            raise

