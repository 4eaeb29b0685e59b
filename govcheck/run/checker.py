"""The pipeline for one document: load → validate → facts → engine → findings → waivers.

`check_paths` is the library entry point; the CLI only formats what it yields.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ..catalog.catalog import substitute
from ..catalog.engine import Engine
from ..catalog.facts import build_facts
from ..catalog.judge import judge, reads
from ..catalog.known import open_list
from ..catalog.messages import placeholders, render
from ..document.items import owner_id
from ..document.load_text import os_reason
from ..document.loader import DEFAULT_MAX_BYTES, Document, LoadError, load, peek
from ..document.sound import sound
from ..document.validate import reference_problems, schema_problems, validator
from ..findings import Cell, Finding, Waiver, sort_findings
from ..terms import pick
from .bounds import DocumentTooBig, bounded
from .config import CONFIG_NAMES, Settings, settings_for
from .documents import SUPPLEMENT, DocumentSet, own_id

UNWAIVABLE = ("SCHEMA", "REF", "WAIVER")
DOCUMENT_SUFFIXES = (".yaml", ".yml")
WORKBOOK_SUFFIXES = (".xlsx",)


@dataclass
class Result:
    file: str
    sha256: str = ""
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)  # sorted; suppressed ones included
    baselined: list[Finding] = field(default_factory=list)  # accepted by a baseline, not open
    facts: list[dict] = field(default_factory=list, repr=False)  # what the rules read
    not_reviewed: dict = field(default_factory=dict)  # see Checked.not_reviewed
    unreviewed_items: list = field(default_factory=list)  # see Checked.unreviewed_items
    judged: dict = field(default_factory=dict)  # see Checked.judged
    open_sections: dict = field(default_factory=dict)  # see Checked.open_sections
    error: LoadError | None = None
    settings: Settings | None = None
    lang: str = "nb"
    meta: dict = field(default_factory=dict)  # plain values of the `document` mapping

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    @property
    def document_id(self) -> str:
        value = self.meta.get("id")
        return value if isinstance(value, str) else ""

    @property
    def document_fact(self) -> dict:
        """The counts and shares of the whole document (see docs/facts.md)."""
        return next((fact for fact in self.facts if fact["kind"] == "document"), {})

    @property
    def document_type(self) -> str:
        value = self.meta.get("type")
        return value if isinstance(value, str) else "none"


@dataclass
class Collected:
    """The files a run checks, and what walking directories found besides."""

    files: list[str] = field(default_factory=list)
    heads: dict = field(default_factory=dict)  # file → loader.Head, pre-read when walking
    skipped: list[str] = field(default_factory=list)  # walked YAML that is no goal document
    problems: list[LoadError] = field(default_factory=list)  # unreadable directories


def collect_files(paths: Iterable[str]) -> list[str]:
    """The files `check_paths` checks for these paths, in its order."""
    return walk(paths).files


def walk(paths: Iterable[str], config: str | None = None) -> Collected:
    """Files as given; below directories, *.yaml and *.yml files (any case) that are goal
    documents (a top-level `govcheck:` key), in a stable order. Other YAML found by
    walking (configuration, rule files, rule fixtures) is skipped, and so is any
    govcheck.yaml. *.xlsx workbooks are checked too, except one beside a YAML file of the
    same name (plan.xlsx beside plan.yaml is taken as its export: the same document
    twice). Symbolic links to directories are not followed, so a link loop
    cannot make the walk endless; links to files are read like files."""
    collected = Collected()
    for path in paths:
        if os.path.isdir(path):
            _walk_directory(path, config, collected)
        else:
            collected.files.append(path)
    # a file named twice (pre-commit passing a staged parent that `args` names too) once
    seen: set = set()
    collected.files = [f for f in collected.files
                       if not (os.path.normpath(f) in seen or seen.add(os.path.normpath(f)))]
    return collected


def _walk_directory(path: str, config: str | None, collected: Collected) -> None:
    def unreadable(error: OSError) -> None:
        collected.problems.append(LoadError.of(error.filename or path, 1, 1,
                                               "cannot_read_directory",
                                               reason=os_reason(error)))

    below = []
    for root, dirs, files in os.walk(path, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        below.extend(os.path.join(root, f) for f in files
                     if f.lower().endswith(DOCUMENT_SUFFIXES + WORKBOOK_SUFFIXES)
                     and not f.startswith((".", "~$")))  # ~$: a spreadsheet's lock file
    stems = {os.path.splitext(f)[0] for f in below if f.lower().endswith(DOCUMENT_SUFFIXES)}
    for file in sorted(below):
        if file.lower().endswith(WORKBOOK_SUFFIXES) and os.path.splitext(file)[0] in stems:
            continue  # plan.xlsx beside plan.yaml: its export (not "skipped": it is a document)
        head = peek(file, _max_bytes(file, config))
        if os.path.basename(file).lower() in CONFIG_NAMES or (
                head.complete and not head.goal_document):
            collected.skipped.append(file)
        else:
            collected.files.append(file)
            collected.heads[file] = head


def _max_bytes(file: str, config: str | None) -> int:
    try:
        return settings_for(file, config).max_bytes
    except LoadError:  # a broken configuration is reported when the file is checked
        return DEFAULT_MAX_BYTES


@functools.lru_cache(maxsize=8)
def _engine(settings: Settings) -> Engine:
    rules = [settings.catalog.rules[rule_id] for rule_id in settings.enabled]
    return Engine(rules, settings.parameter_values)


def document_language(document: Document) -> str:
    meta = document.data.get("document")
    lang = meta.get("language") if isinstance(meta, dict) else None
    return lang if lang in ("nb", "nn", "en") else "nb"


def check_file(path: str, config: str | None = None, lang: str | None = None,
               as_of: dt.date | None = None, documents: DocumentSet | None = None) -> Result:
    """Check one file, linked to the other `documents` checked with it; load errors come
    back in the result, never raised."""
    settings = settings_for(path, config)  # a broken configuration stops the whole run
    validator()  # jsonschema-rs mapped before the bound: under a low limit it cannot be
    try:
        with _no_cycle_collection(), bounded(settings.max_seconds,
                                             settings.max_memory) as pause:
            return _load_and_check(path, settings, pause, lang, as_of,
                                   documents or DocumentSet([path], config))
    except LoadError as error:
        return _unreadable(path, settings, error, lang)
    except DocumentTooBig as stop:
        return _unreadable(path, settings, LoadError(path, 1, 1, str(stop), stop.texts), lang)


@contextlib.contextmanager
def _no_cycle_collection():
    """The cyclic garbage collector off while one document is checked: a document's data,
    positions and facts are hundreds of thousands of objects without cycles (freed by
    reference counting), which the collector otherwise walks again and again as they
    grow: a quarter of the CPU time of a 5 MiB document (measured)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unreadable(path: str, settings: Settings, error: LoadError, lang: str | None) -> Result:
    """The result of a file that could not be checked, its error in --lang, else in the
    `language` the file states where it could be read that far, else nb."""
    if lang is None:  # a workbook's error carries the Språk its first sheet states
        stated = getattr(error, "stated_language", None) or \
            peek(path, settings.max_bytes).document.get("language")
        lang = stated if stated in ("nb", "nn", "en") else "nb"
    return Result(file=path, settings=settings, error=error.said_in(lang), lang=lang)


def _load_and_check(path, settings, pause, lang, as_of, documents) -> Result:
    # a frame of its own: out of memory, bounds clears it and so frees the document
    document = load(path, settings.max_bytes)
    with pause():
        _prepare(settings, document)
    return check_loaded(document, settings, lang, as_of or dt.date.today(), documents)


def _prepare(settings: Settings, document: Document) -> None:
    """What is built once per run (validator, ruleset), built outside a document's bound."""
    validator()
    _engine(settings).prepare(document_type(document))


def document_type(document: Document) -> str:
    meta = document.data.get("document")
    kind = meta.get("type") if isinstance(meta, dict) else None
    return kind if isinstance(kind, str) else "none"


def check_loaded(document: Document, settings: Settings, lang: str | None, as_of: dt.date,
                 documents: DocumentSet | None = None) -> Result:
    """The Result of a loaded document (for callers that parse text themselves)."""
    meta = document.data.get("document")
    result = Result(file=document.file, sha256=document.sha256, document=document,
                    settings=settings, lang=lang or document_language(document))
    result.meta = {k: v for k, v in meta.items() if not isinstance(v, (dict, list))} \
        if isinstance(meta, dict) else {}
    if documents:
        documents.remember(document)
    related = documents.related(document) if documents else {}
    (result.findings, result.facts, result.not_reviewed,
     result.unreviewed_items, result.judged, result.open_sections) = check_document(
        document, settings, result.lang, as_of, related,
        documents.sharing_id(document) if documents else (),
        require_related=bool(documents and documents.require_related),
        others=_others(documents))
    return result


def _others(documents: DocumentSet | None) -> int:
    """How many other documents with an id the run holds: what REF003 compares against."""
    if not documents:
        return 0
    return max(sum(len(files) for files in documents.files_of.values()) - 1, 0)


def check_paths(paths: Iterable[str], config: str | None = None, lang: str | None = None,
                as_of: dt.date | None = None, jobs: int = 1, keep_documents: bool = True,
                skipped: list | None = None, require_related: bool = False
                ) -> Iterator[Result]:
    """Check files and directories as one document set, yielding results in file order,
    after one with an error for each directory that could not be read. With jobs > 1
    the documents are checked in worker processes (never more than there are
    documents); without `keep_documents` their results then come back without
    document text and facts, which only reports need. `skipped`, when given, receives
    the files found by walking that are not goal documents. `require_related` makes a
    missing parent or previous document a RELATED001 finding, as `require-related: true`
    in configuration does."""
    collected = walk(paths, config)
    if skipped is not None:
        skipped.extend(collected.skipped)
    for problem in collected.problems:  # settings as a document there would have
        yield Result(file=problem.file, error=problem.said_in(lang), lang=lang or "nb",
                     settings=settings_for(os.path.join(problem.file, "x.yaml"), config))
    files = collected.files
    documents = DocumentSet(files, config, collected.heads, require_related)
    jobs = min(jobs, len(files))
    if jobs <= 1:
        for path in files:
            yield check_file(path, config, lang, as_of, documents)
        return
    from .workers import check_in_workers

    yield from check_in_workers(files, documents, (config, lang, as_of, keep_documents), jobs)


class _Stamp:
    """Turns (rule, path, target, values) into Findings for one document."""

    def __init__(self, document: Document, settings: Settings, lang: str):
        self.document, self.settings, self.lang = document, settings, lang
        meta = document.data.get("document")
        self.document_id = meta.get("id", "") if isinstance(meta, dict) else ""
        if not isinstance(self.document_id, str):
            self.document_id = ""
        self._per_rule: dict = {}  # rule id → what every finding of it shares

    def _rule(self, rule_id: str) -> tuple:
        """(template, placeholders the params keep, citation, severity), once per rule:
        a document can have 100,000 findings of one rule."""
        if rule_id not in self._per_rule:
            rule = self.settings.catalog.rules[rule_id]
            named = set().union(*(placeholders(t) for t in rule.message.values()))
            self._per_rule[rule_id] = (
                pick(rule.message, self.lang),
                tuple(sorted(named - set(self.settings.parameter_values))),
                rule.citation_text(self.lang), self.settings.severity_of(rule_id))
        return self._per_rule[rule_id]

    def __call__(self, rule_id, position, target, values, path=(), severity=None,
                 file=None) -> Finding:
        template, kept, citation, default_severity = self._rule(rule_id)
        message = render(template, _Over(values, self.settings.parameter_values), self.lang)
        # a text in every language enters baselines in English, so they do not depend on --lang
        params = tuple((k, v["en"] if isinstance(v, dict) else str(v))
                       for k in kept if (v := values.get(k, _ABSENT)) is not _ABSENT)
        sheet = getattr(position, "sheet", "") or (
            "" if file else getattr(self.document, "first_sheet", ""))
        return Finding(
            rule=rule_id, severity=severity or default_severity,
            message=message, target=target, file=file or self.document.file,
            line=position[0], column=position[1], citation=citation,
            document_id=self.document_id, path=tuple(path), params=params, sheet=sheet,
        )


_ABSENT = object()


class _Over:
    """`values` over `defaults` for render(), as {**defaults, **values} without building
    that dict for each of a document's findings (it can have 100,000)."""

    __slots__ = ("values", "defaults")

    def __init__(self, values: dict, defaults: dict):
        self.values, self.defaults = values, defaults

    def get(self, name, default=None):
        value = self.values.get(name, _ABSENT)
        return self.defaults.get(name, default) if value is _ABSENT else value


class Checked(NamedTuple):
    findings: list[Finding]  # sorted, suppressed ones included
    facts: list[dict]  # what the rules read
    not_reviewed: dict  # rule id → (relation, the id named or None): rules that could not run
    unreviewed_items: list  # UnreviewedItem: a rule on an item whose needed values are unknown
    judged: dict = {}  # rule id → items it judged (run/summary.py: no ✓ without one)
    open_sections: dict = {}  # rule id → path of the section its items are left open in


def check_document(document: Document, settings: Settings, lang: str, as_of: dt.date,
                   related: dict | None = None, sharing_id: tuple = (),
                   require_related: bool = False, others: int = 0) -> Checked:
    """Check one loaded document; `related` maps parent and previous to (the id the
    document names, that document's Summary or None[, why not]), as DocumentSet.related
    gives; `sharing_id` names the other files of the run with this document's id, and
    `others` counts the run's other documents with an id."""
    related = related or {}
    stamp = _Stamp(document, settings, lang)
    enabled = set(settings.enabled)
    findings: list[Finding] = []
    not_reviewed = _not_reviewed(settings, document_type(document), related)
    problems = schema_problems(document) + reference_problems(document)
    if sharing_id and own_id(document):
        problems.append(("REF003", ("document", "id"), False, {
            "identifier": own_id(document), "files": list(sharing_id)}))
    required = require_related or settings.require_related
    if required:
        problems += missing_related(not_reviewed)
    for rule_id, path, at_key, values in problems:
        if rule_id in enabled:
            position = document.locate_key(path) if at_key else document.locate(path)
            target = values.get("identifier") or owner_id(document.data, path)
            findings.append(stamp(rule_id, position, target, values, path))
    if any(problem[0] == "SCHEMA" for problem in problems):
        document = sound(document)  # values of the wrong type are absent for the facts

    values = settings.parameter_values
    facts = build_facts(document, values, {relation: link[1] for relation, link
                                           in related.items() if link[1]})
    by_id = {fact["id"]: fact for fact in facts}
    kind = by_id["document:document"]["doc_type"]
    unreviewed = _unreviewed(document, settings, kind, facts)
    skip = {(item.rule, item.fact_id) for item in unreviewed}
    with _engine(settings).session(kind) as session:
        for rule_id, fact_id, escalated in session.run(facts):
            if (rule_id, fact_id) not in skip:
                findings.append(_from_fact(stamp, rule_id, by_id[fact_id], escalated))
        waivers = _waivers(document, settings, stamp.document_id)
        findings, waiver_facts = _apply_waivers(findings, waivers, as_of)
        for rule_id, fact_id, _ in session.run(list(waiver_facts.values())):
            fact, waiver = waiver_facts[fact_id], waivers[int(fact_id.split(":")[1])]
            position = Cell(waiver.line, waiver.column, waiver.sheet) if waiver.sheet \
                else (waiver.line, waiver.column)
            findings.append(stamp(rule_id, position, waiver.label, fact,
                                  ("waivers", waiver.index), file=waiver.file))
    judged = judged_counts(settings, kind, facts, skip, waiver_facts)
    judged.update(_validation_judged(document, settings, kind, related if required else {},
                                     others))
    return Checked(sort_findings(findings), facts, not_reviewed, unreviewed, judged,
                   _open_sections(document, settings, kind, not_reviewed))


def _open_sections(document: Document, settings: Settings, document_type: str,
                   not_reviewed: dict) -> dict[str, tuple]:
    """Rules on items of a kind whose list the document leaves open (`risks: null`, a list
    ending in null): some of their items are not in the file, so the rule cannot be met
    whatever it found on the others. Rule id → the path of the open section."""
    found = {}
    for rule_id in sorted(settings.enabled):
        rule = settings.catalog.rules[rule_id]
        kind = rule.check.get("fact")
        if kind and rule_id not in not_reviewed and rule.applies_to(document_type):
            path = open_list(document.data, kind)
            if path is not None:
                found[rule_id] = path
    return found


def judged_counts(settings: Settings, document_type: str, facts: list[dict], skip: set,
                  waiver_facts: dict) -> dict[str, int]:
    """For each enabled engine rule of the document's type: how many items it judged,
    facts of its kind that it applies to (`_selects`) and that it was not left unable
    to judge (`skip`). A
    document-level rule judges the document when what it needs is known. A rule judging
    none has nothing to go on: never «oppfylt» (run/summary.py)."""
    by_kind: dict[str, list[dict]] = {"waiver": list(waiver_facts.values())}
    for fact in facts:
        by_kind.setdefault(fact["kind"], []).append(fact)
    counts = {}
    for rule_id in settings.enabled:
        rule = settings.catalog.rules[rule_id]
        check = rule.check
        if "fact" not in check or not rule.applies_to(document_type):
            continue
        counts[rule_id] = sum(
            1 for fact in by_kind.get(check["fact"], ())
            if (rule_id, fact["id"]) not in skip and _selects(check["condition"], fact))
    return counts


# Equalities in conditions that say which items a rule is about, not whether an item keeps
# it: `level: 1` and `goal_kind: standing` in RISK001 pick the goals it judges, while
# `risk_count: 0` is the test. A level-2 goal is none of RISK001's items, so a document of
# level-2 goals has nothing for it to judge. The value matters: `has_target: true` picks
# (IC004), `has_target: false` tests (MRS004). An equality missing here counts as a test,
# so an item it should leave out would count as judged: add every new selector.
SELECTORS = frozenset({
    ("level", 1), ("goal_kind", "standing"), ("chain", "outcome"), ("is_leaf", True),
    ("has_children", True), ("parent_resolves", True), ("document_has_strategy", True),
    ("document_has_budget", True), ("document_has_reporting", True), ("has_target", True),
    ("quantitative", True), ("high", True), ("income", False), ("in_parent", True),
    ("has_risk_tolerance", True), ("is_nav", True), ("is_nav", False),
    ("signature_needed", True), ("present", True), ("missed", True), ("expired", False),
})


_COMPARISONS = ("$lt", "$lte", "$gt", "$gte", "$neq")


def _selects(condition, fact: dict) -> bool:
    """The fact is one of the rule's items: every property the condition's `$and` parts
    compare is on it (the engine matches nothing on a property a fact lacks: a part of
    the annual report that is not there has no title to judge), and no selector fails on
    it (a selector the fact leaves unknown does not exclude it)."""
    parts = condition.get("$and", [condition]) if isinstance(condition, dict) else []
    for part in parts:
        if not isinstance(part, dict) or len(part) != 1:
            continue
        (name, value), = part.items()
        if name in _COMPARISONS and isinstance(value, dict):
            if any(compared not in fact for compared in value):
                return False
        elif not name.startswith("$"):
            if name not in fact:
                return False
            if isinstance(value, (str, int)) and (name, value) in SELECTORS and \
                    name not in fact.get("unknown", ()) and fact[name] != value:
                return False
    return True


# The sections of a document that the schema and references are checked in: its content,
# not the `document` mapping every file must have
_FRAME = ("govcheck", "document")


def _validation_judged(document: Document, settings: Settings, document_type: str,
                       related: dict, others: int) -> dict[str, int]:
    """What the validation-stage rules judged: SCHEMA and REF001/REF002 the sections the
    document states (not null; a document stating none gave them nothing to look at),
    REF003 the run's other documents with an id, RELATED001 the related documents named
    when the run requires them (`related` is then the document's links, else empty)."""
    data = document.data if isinstance(document.data, dict) else {}
    stated = sum(1 for key, value in data.items() if key not in _FRAME and value is not None)
    named = sum(1 for link in related.values() if link and link[0] is not None)
    counts = {"SCHEMA": stated, "REF001": stated, "REF002": stated, "REF003": others,
              "RELATED001": named}
    return {rule_id: n for rule_id, n in counts.items() if rule_id in settings.enabled
            and settings.catalog.rules[rule_id].applies_to(document_type)}


class UnreviewedItem(NamedTuple):
    """A rule that could not judge an item: the document does not state `missing`."""

    rule: str
    target: str
    line: int
    column: int
    missing: tuple  # the fact properties left unknown
    fact_id: str
    sheet: str = ""  # in a workbook: line and column are row and column on this sheet


def _unreviewed(document: Document, settings: Settings, document_type: str,
                facts: list[dict]) -> list[UnreviewedItem]:
    """Each enabled rule, on each fact of its kind whose unknowns leave the rule's condition
    undecided (catalog.judge): reported as not reviewed, never as met or as a breach. An
    item the stated values already decide is the engine's: a finding, or not one."""
    found = []
    unknown_by_kind: dict[str, list[dict]] = {}  # only facts with unknowns can be unreviewed
    for fact in facts:
        if fact.get("unknown"):
            unknown_by_kind.setdefault(fact["kind"], []).append(fact)
    for rule_id in sorted(settings.enabled):
        rule = settings.catalog.rules[rule_id]
        check = rule.check
        if "fact" not in check or not rule.applies_to(document_type):
            continue
        condition = substitute(check["condition"], settings.parameter_values)
        needs = reads(condition)
        for fact in unknown_by_kind.get(check["fact"], ()):
            if judge(condition, fact) is not None:
                continue
            missing = tuple(sorted(n for n in needs if n in fact["unknown"]))
            path = tuple(check["at"].split(".")) if "at" in check else tuple(fact["path"])
            position = document.locate_key(path) if "at" in check else document.locate(path)
            found.append(UnreviewedItem(rule_id, fact["target"], *position, missing,
                                        fact["id"], getattr(position, "sheet", "")))
    return sorted(found, key=lambda item: (item.line, item.column, item.rule))


def missing_related(not_reviewed: dict) -> list:
    """RELATED001 problems: one per parent, amended or previous document named but not at
    hand, listing the rules that therefore could not run (a document naming none is not
    asked; one that names itself or an id two files share is at hand but unusable: not
    this)."""
    waiting: dict[tuple, list] = {}
    for rule_id, (relation, named, *why) in sorted(not_reviewed.items()):
        if named is not None and not why:
            waiting.setdefault((relation, named), []).append(rule_id)
    return [("RELATED001", ("document", relation), True,
             {"relation": relation, "named": named, "rules": ", ".join(rules),
              "identifier": "document." + relation})
            for (relation, named), rules in sorted(waiting.items())]


def _not_reviewed(settings: Settings, document_type: str, related: dict) -> dict:
    """Enabled rules that need a parent or previous document that is not at hand. A
    supplementary letter's parent is the letter it amends: its reason says "amends"."""
    missing = {}
    for rule_id in settings.enabled:
        rule = settings.catalog.rules[rule_id]
        needed = rule.check.get("requires")
        if needed and rule.applies_to(document_type):
            named, summary, *why = related.get(needed, (None, None))
            if summary is None:  # why: "self" or "ambiguous" when the named one is unusable
                relation = "amends" if needed == "parent" and document_type == SUPPLEMENT \
                    else needed
                missing[rule_id] = (relation, named, *why)
    return missing


def _from_fact(stamp: _Stamp, rule_id: str, fact: dict, escalated: bool) -> Finding:
    rule = stamp.settings.catalog.rules[rule_id]
    document = stamp.document
    if "at" in rule.check:  # document-wide: the section's key
        path = tuple(rule.check["at"].split("."))
        position = document.locate_key(path)
    elif fact["kind"] == "document":
        path, position = (), (1, 1)
    else:
        path = tuple(fact["path"])
        position = document.locate(path)
    severity = None
    if escalated:
        chosen = rule.check["escalate"]["severity"]
        severity = stamp.settings.parameter_values[chosen["$param"]] if isinstance(
            chosen, dict) else chosen
    return stamp(rule_id, position, fact["target"], fact, path, severity=severity)


def _waivers(document: Document, settings: Settings, document_id: str) -> list[Waiver]:
    """Complete waivers of the document, then those of the configuration for it."""
    found = []
    entries = document.data.get("waivers")
    keys = ("rule", "target", "justification", "approved_by", "expires")
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in keys):
            position = document.locate(("waivers", index))
            found.append(Waiver(*(entry[k] for k in keys), document.file, *position, index,
                                getattr(position, "sheet", "")))
    for waiver in settings.waivers:
        if waiver.document == document_id:
            found.append(Waiver(waiver.rule, waiver.target, waiver.justification,
                                waiver.approved_by, waiver.expires, settings.source,
                                waiver.line, waiver.column, waiver.index))
    return found


def _expiry(waiver: Waiver) -> dt.date | None:
    try:
        return dt.date.fromisoformat(waiver.expires)
    except ValueError:
        return None


def _apply_waivers(findings: list[Finding], waivers: list[Waiver], as_of: dt.date):
    """Findings with unexpired waivers' suppression applied, and the facts the WAIVER
    rules read (keyed by fact id), one per waiver with a readable expiry."""
    live = [(_expiry(w) is not None and _expiry(w) >= as_of) for w in waivers]
    used = [0] * len(waivers)
    by_key: dict[tuple, list[int]] = {}  # (rule, target) → live waivers, in order
    for index, waiver in enumerate(waivers):
        if live[index]:
            by_key.setdefault((waiver.rule, waiver.target), []).append(index)
    result = []
    for finding in findings:
        matching = [] if finding.rule.startswith(UNWAIVABLE) or not isinstance(
            finding.target, str) else by_key.get((finding.rule, finding.target), [])
        for index in matching:
            used[index] += 1
        result.append(replace(finding, waiver=waivers[matching[0]]) if matching else finding)
    facts = {}
    for index, waiver in enumerate(waivers):
        if _expiry(waiver) is None:
            continue  # the schema already reports an unreadable date
        fact_id = f"waiver:{index}"
        facts[fact_id] = {
            "id": fact_id, "kind": "waiver", "target": waiver.label, "rule": waiver.rule,
            "waived_target": waiver.target, "expires": waiver.expires,
            "expired": not live[index], "used_count": used[index],
        }
    return result, facts
