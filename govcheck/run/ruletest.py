"""Rule tests as data: fixture files with documents that break and keep a rule.

A fixture file `<RULE>.yaml`:

    rule: MRS002
    cases:
      - name: leaf goal without indicator
        config: {parameters: {max_goals: 3}}   # optional, as in govcheck.yaml
        as_of: 2026-01-01                      # optional check date for waivers
        related:                               # optional, for CASC and STAB rules
          parent: |                            # the parent document, as text
            ...                                # (a list of texts: a letter and its
                                               # supplements, for annual reports)
          same_id: |                           # another file of the run (REF003)
            ...
          siblings:                            # other children of that parent in the run
            - |
              ...
          supplements:                         # supplementary letters in the run; those
            - |                                # amending the parent are folded into it
              ...
        document: |                            # the goal document, as text
          govcheck: 1
          ...
        expect:                                # the rule's findings, exactly
          - {target: G2, line: 12}             # severity: may be given too

Only findings of the fixture's rule are compared. Every file needs at least one
case that breaks the rule and one that keeps it (an empty `expect`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from govcheck.i18n import N_, Texts

from ..catalog.relations import post_totals
from ..document.items import items
from ..document.loader import Document, LoadError, load_yaml, parse
from ..document.normalize import normalize
from ..terms import known
from .checker import check_document
from .config import build_settings
from .documents import RELATIONS, amended, combined, own_id, parent_letter, summarize

FIXED_AS_OF = dt.date(2026, 1, 1)  # fixtures do not age: waivers are judged on this day


@dataclass
class CaseResult:
    file: str
    rule: str
    name: str
    line: int
    passed: bool
    detail: str = ""


FIXTURE_TEXT = Texts({
    "shape": N_("a fixture needs `rule` and a non-empty list of `cases`"),
    "case": N_("each case needs `name`, `document` (text) and `expect`"),
    "expect": N_("`expect` is a list of {{target, line}} mappings"),
    "unknown_rule": N_("unknown rule {rule}"),
    "both": N_("a fixture needs a case that breaks the rule and one that keeps it"),
    "load": N_("document does not load: {error}"),
    "related_load": N_("related document does not load: {error}"),
    "mismatch": N_("expected {expected}; got {got}"),
    "at": N_("{target} line {line}"),
    "nothing": N_("nothing"),
    "fail": N_("FAIL"),
    "summary": N_("{passed} passed, {failed} failed"),
})


class FixtureError(LoadError):
    """A rule fixture that cannot be run, in nb, nn and en (FIXTURE_TEXT)."""

    TEXT = FIXTURE_TEXT


def _expected(entry: dict, rule: str) -> tuple:
    return (rule, str(entry.get("target")), entry.get("line"), entry.get("severity"))


def run_fixture(path: str, base_config: dict | None = None,
                base_dir: Path | None = None, lang: str = "en") -> list[CaseResult]:
    """The cases of one fixture file; details and findings' messages in `lang`."""
    words = FIXTURE_TEXT[known(lang)]
    fixture = load_yaml(path)
    data = fixture.data

    def fail(where, text_key, **values):
        line, column = fixture.locate(where)
        raise FixtureError.of(path, line, column, text_key, **values)

    rule = data.get("rule")
    cases = data.get("cases")
    if not isinstance(rule, str) or not isinstance(cases, list) or not cases:
        fail((), "shape")
    results = []
    breaks = keeps = 0
    for index, case in enumerate(cases):
        where = ("cases", index)
        if not isinstance(case, dict) or not isinstance(case.get("document"), str):
            fail(where, "case")
        expect = case.get("expect", [])
        if not isinstance(expect, list) or not all(isinstance(e, dict) for e in expect):
            fail(where + ("expect",), "expect")
        breaks, keeps = breaks + bool(expect), keeps + (not expect)
        config = dict(base_config or {})
        config.update(case.get("config") or {})
        settings = build_settings(config, None, f"{path} case {index + 1}", base_dir)
        if rule not in settings.catalog.rules:
            fail(("rule",), "unknown_rule", rule=repr(rule))
        as_of = case.get("as_of")
        as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else FIXED_AS_OF
        name = str(case.get("name", f"case {index + 1}"))
        label = f"{Path(path).name}:{name}"
        try:
            document = parse(case["document"].encode("utf-8"), label)
        except LoadError as error:
            results.append(CaseResult(path, rule, name, fixture.locate(where)[0], False,
                                      words["load"].format(error=error.in_language(lang))))
            continue
        normalize(document.data)
        try:
            related = _related(case.get("related"), document, label)
            sharing = _sharing(case.get("related"), document, label)
        except LoadError as error:
            results.append(CaseResult(
                path, rule, name, fixture.locate(where)[0], False,
                words["related_load"].format(error=error.in_language(lang))))
            continue
        results.append(_compare(path, rule, name, fixture.locate(where)[0], document,
                                settings, as_of, expect, related, sharing, lang))
    if not breaks or not keeps:
        fail(("cases",), "both")
    return results


def _related(texts, document: Document, label: str) -> dict:
    """(named id, Summary) for parent and previous; summaries from the case's texts."""
    texts = texts if isinstance(texts, dict) else {}
    meta = document.data.get("document")
    meta = meta if isinstance(meta, dict) else {}
    supplements = [_parsed(text, f"{label} (supplement {index + 1})")
                   for index, text in enumerate(texts.get("supplements") or ())]
    related = {}
    for relation in RELATIONS:
        named = meta.get(relation) if isinstance(meta.get(relation), str) else None
        summary = None
        if isinstance(texts.get(relation), str):
            summary = _summary(texts[relation], f"{label} ({relation})")
        elif isinstance(texts.get(relation), list):  # a letter and its supplements
            named = ", ".join(str(n) for n in meta.get(relation) or ())
            summary = combined([_summary(text, f"{label} ({relation})")
                                for text in texts[relation] if isinstance(text, str)])
        if relation == "parent" and meta.get("type") != "annual_report" \
                and not isinstance(texts.get(relation), list):
            named, summary = _amended_parent(meta, summary, supplements + [document])
        related[relation] = (named, summary)
    named, parent = related["parent"]
    siblings = texts.get("siblings")
    if parent is not None and isinstance(siblings, list):
        children = []
        for index, text in enumerate(siblings):
            other = parse(str(text).encode("utf-8"), f"{label} (sibling {index + 1})")
            normalize(other.data)
            posts = post_totals(items(other.data, "budget_line"))
            children.append((other.file, tuple(sorted(posts.items()))))
        related["parent"] = (named, replace(parent, children=tuple(children)))
    return related


def _summary(text: str, label: str):
    other = parse(text.encode("utf-8"), label)
    normalize(other.data)
    return summarize(other)


def _parsed(text, label: str) -> Document:
    other = parse(str(text).encode("utf-8"), label)
    normalize(other.data)
    return other


def _amended_parent(meta: dict, parent, run: list) -> tuple:
    """The letter the document's cascade compares with, and its summary as the run's
    supplements amending it leave it, as DocumentSet gives."""
    heads = [d.data.get("document") if isinstance(d.data.get("document"), dict) else {}
             for d in run]
    amends = {h["id"]: h["amends"] for h in heads
              if h.get("type") == "supplementary_allocation_letter"
              and isinstance(h.get("id"), str) and isinstance(h.get("amends"), str)}
    present = {h.get("id") for h in heads} | ({parent.id} if parent else set())
    named = parent_letter(meta, amends, present)
    if parent is None or (isinstance(meta.get("parent"), list) and named != parent.id):
        return named, None  # a supplement `parent` lists is missing from the case
    return named, amended(parent, [d for d, h in zip(run, heads, strict=True)
                                   if amends.get(h.get("id")) == parent.id])


def _sharing(texts, document: Document, label: str) -> tuple:
    """The `same_id` document's name, when it has the document's id, as DocumentSet
    gives for another file of the run."""
    text = texts.get("same_id") if isinstance(texts, dict) else None
    if not isinstance(text, str):
        return ()
    other = parse(text.encode("utf-8"), f"{label} (same_id)")
    return (other.file,) if own_id(other) and own_id(other) == own_id(document) else ()


def _compare(path, rule, name, line, document: Document, settings, as_of, expect, related,
             sharing=(), lang="en"):
    words = FIXTURE_TEXT[known(lang)]
    found = [f for f in check_document(document, settings, lang, as_of, related,
                                       sharing).findings if f.rule == rule]
    wanted = sorted(_expected(e, rule) for e in expect)
    got = sorted(
        (f.rule, f.target, f.line, f.severity if any("severity" in e for e in expect) else None)
        for f in found
    )
    if any("severity" not in e for e in expect):
        got = [(r, t, ln, None) for r, t, ln, _ in got]
        wanted = [(r, t, ln, None) for r, t, ln, _ in wanted]
    if got == sorted(wanted):
        return CaseResult(path, rule, name, line, True)
    show = "; ".join(words["at"].format(target=f.target, line=f.line) + f": {f.message}"
                     for f in found) or words["nothing"]
    expected = ", ".join(words["at"].format(target=t, line=ln)
                         for _, t, ln, _ in wanted) or words["nothing"]
    return CaseResult(path, rule, name, line, False,
                      words["mismatch"].format(expected=expected, got=show))


def run_directory(directory: str, base_config: dict | None = None,
                  base_dir: Path | None = None, lang: str = "en") -> list[CaseResult]:
    results = []
    for path in sorted(Path(directory).glob("*.yaml")):
        results.extend(run_fixture(str(path), base_config, base_dir, lang))
    return results
