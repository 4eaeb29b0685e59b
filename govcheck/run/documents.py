"""Document sets: documents checked together are linked by `document.id`, `parent`
and `previous`, so cascade (CASC) and stability (STAB) rules can read both sides.

Only the `document` mapping of each file is read up front; a related document is
loaded when a document names it, and kept as a small summary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..catalog.annual import letter_plan, merge_plans
from ..catalog.relations import post_totals
from ..catalog.values import whole_number
from ..document.items import items
from ..document.loader import LoadError, load, peek
from .config import settings_for

RELATIONS = ("parent", "previous")


def _text(value):
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


@dataclass(frozen=True)
class Summary:
    """What the cross-document rules need of a related document."""

    id: str
    file: str
    level1_goals: tuple  # ids of its level-1 goals, in file order
    goals: frozenset  # ids of all its goals
    indicators: tuple  # (id, name) of its indicators
    goal_count: int
    indicator_count: int
    assignment_count: int
    year: int | None = None
    recipient: str = ""
    posts: tuple = ()  # (chapter.post, total amount) of its budget lines, sorted
    # (file, posts) of the other documents in the run that name it as parent
    children: tuple = ()
    plan: dict | None = None  # what an annual report answering it must cover (catalog.annual)


def summarize(document) -> Summary:
    goals = items(document.data, "goal")
    indicators = items(document.data, "indicator")
    meta = document.data.get("document") if isinstance(document.data.get("document"),
                                                        dict) else {}
    return Summary(
        id=meta.get("id") if isinstance(meta.get("id"), str) else "",
        file=document.file,
        level1_goals=tuple(g.id for g in goals
                           if g.id and whole_number(g.data.get("level")) == 1),
        goals=frozenset(g.id for g in goals if g.id),
        indicators=tuple((i.id or "", i.data.get("name") if isinstance(i.data.get("name"), str)
                          else "") for i in indicators),
        goal_count=len(goals),
        indicator_count=len(indicators),
        assignment_count=len(items(document.data, "assignment")),
        year=whole_number(meta.get("year")),
        recipient=meta.get("recipient") if isinstance(meta.get("recipient"), str) else "",
        posts=tuple(sorted(post_totals(items(document.data, "budget_line")).items())),
        plan=letter_plan(document.data),
    )


def combined(summaries: list[Summary]) -> Summary:
    """A letter and its supplements as one parent: the first one's summary, with the plans
    merged in the order the report names them."""
    return replace(summaries[0], plan=merge_plans([s.plan for s in summaries]))


class DocumentSet:
    """The files checked together, indexed by document id. An id that two files share
    links to neither: which one a document means cannot be known (issue 16)."""

    def __init__(self, files: list[str], config: str | None = None, heads: dict | None = None,
                 require_related: bool = False):
        self._config = config
        self.require_related = require_related  # --require-related, over configuration
        self.files_of: dict[str, list[str]] = {}
        self._children: dict[str, list[str]] = {}  # parent id → files that name it
        self._named: set = set()  # ids some document names as parent or previous
        heads = heads or {}
        for file in files:
            head = heads.get(file) or peek(file, self._max_bytes(file))
            meta = head.document
            identifier = _text(meta.get("id"))
            if isinstance(identifier, str):
                self.files_of.setdefault(identifier, []).append(file)
            if isinstance(meta.get("parent"), str) and meta.get("type") != "annual_report":
                self._children.setdefault(meta["parent"], []).append(file)  # budget children
            for relation in RELATIONS:
                named = meta.get(relation)
                self._named.update(_text(n) for n in (named if isinstance(named, list)
                                                      else [named]))
        self._summaries: dict[str, Summary | None] = {}

    def _max_bytes(self, file: str) -> int:
        return settings_for(file, self._config).max_bytes

    def summary(self, identifier: str) -> Summary | None:
        """The summary of the one document with that id, or None when it is not in the
        set, is not the only one with that id, or cannot be read (it then gets its own
        load error when checked)."""
        if identifier not in self._summaries:
            files = self.files_of.get(identifier, [])
            try:
                found = (summarize(load(files[0], self._max_bytes(files[0])))
                         if len(files) == 1 else None)
            except LoadError:
                found = None
            if found is not None and identifier in self._children:
                found = replace(found, children=self._child_posts(identifier))
            self._summaries[identifier] = found
        return self._summaries[identifier]

    def remember(self, document) -> None:
        """A document just loaded to be checked: keep its summary when another document
        names it, so it is not read a second time."""
        own = own_id(document)
        if own in self._named and own not in self._summaries \
                and self.files_of.get(own) == [document.file]:
            found = summarize(document)
            if own in self._children:
                found = replace(found, children=self._child_posts(own))
            self._summaries[own] = found

    def _child_posts(self, identifier: str) -> tuple:
        """Budget totals of every readable document naming `identifier` as parent, so the
        cascade rules can sum siblings while each document is still checked alone."""
        children = []
        for file in self._children[identifier]:
            try:
                lines = items(load(file, self._max_bytes(file)).data, "budget_line")
            except LoadError:
                continue  # reported as the child's own load error
            children.append((file, tuple(sorted(post_totals(lines).items()))))
        return tuple(children)

    def sharing_id(self, document) -> tuple[str, ...]:
        """The other files of the set with this document's id."""
        own = own_id(document)
        return tuple(f for f in self.files_of.get(own, []) if f != document.file) \
            if own else ()

    def related(self, document) -> dict[str, tuple]:
        """For parent and previous: (the id the document names, its summary or None),
        and a third element, the reason, when the document named cannot be used:
        "self" (the document names itself) or "ambiguous" (two files have that id)."""
        meta = document.data.get("document")
        meta = meta if isinstance(meta, dict) else {}
        own = own_id(document)
        found: dict[str, tuple] = {}
        for relation in RELATIONS:
            named = meta.get(relation) if isinstance(meta.get(relation), str) else None
            found[relation] = self._link(named, own)
        several = meta.get("parent")
        if meta.get("type") == "annual_report" and isinstance(several, list) and several:
            found["parent"] = self._letters([_text(n) for n in several], own)
        return found

    def _link(self, named, own) -> tuple:
        if named and named == own:
            return (named, None, "self")
        if named and len(self.files_of.get(named, [])) > 1:
            return (named, None, "ambiguous")
        return (named, self.summary(named) if named else None)

    def _letters(self, names: list, own) -> tuple:
        """An annual report answering a letter and its supplements: all of them, or the
        first one missing (named, so «ikke vurdert» says which)."""
        links = [self._link(n, own) if isinstance(n, str) else (None, None) for n in names]
        for link in links:
            if link[1] is None:
                return link
        return (", ".join(names), combined([link[1] for link in links]))


def own_id(document) -> str | None:
    meta = document.data.get("document")
    identifier = _text(meta.get("id")) if isinstance(meta, dict) else None
    return identifier if isinstance(identifier, str) else None
