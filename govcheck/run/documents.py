"""Document sets: documents checked together are linked by `document.id`, `parent`
and `previous`, so cascade (CASC) and stability (STAB) rules can read both sides.

Only the `document` mapping of each file is read up front; a related document is
loaded when a document names it, and kept as a small summary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    )


class DocumentSet:
    """The files checked together, indexed by document id."""

    def __init__(self, files: list[str], config: str | None = None, heads: dict | None = None,
                 require_related: bool = False):
        self._config = config
        self.require_related = require_related  # --require-related, over configuration
        self.file_of: dict[str, str] = {}
        self._children: dict[str, list[str]] = {}  # parent id → files that name it
        heads = heads or {}
        for file in files:
            head = heads.get(file) or peek(file, self._max_bytes(file))
            meta = head.document
            identifier = _text(meta.get("id"))
            if isinstance(identifier, str):
                self.file_of.setdefault(identifier, file)
            if isinstance(meta.get("parent"), str):
                self._children.setdefault(meta["parent"], []).append(file)
        self._summaries: dict[str, Summary | None] = {}

    def _max_bytes(self, file: str) -> int:
        return settings_for(file, self._config).max_bytes

    def summary(self, identifier: str) -> Summary | None:
        """The summary of the document with that id, or None when it is not in the set
        or cannot be read (it then gets its own load error when checked)."""
        if identifier not in self._summaries:
            file = self.file_of.get(identifier)
            try:
                found = summarize(load(file, self._max_bytes(file))) if file else None
            except LoadError:
                found = None
            if found is not None and identifier in self._children:
                found = replace(found, children=self._child_posts(identifier))
            self._summaries[identifier] = found
        return self._summaries[identifier]

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

    def related(self, document) -> dict[str, tuple[str | None, Summary | None]]:
        """For parent and previous: (the id the document names, its summary or None)."""
        meta = document.data.get("document")
        meta = meta if isinstance(meta, dict) else {}
        found = {}
        for relation in RELATIONS:
            named = meta.get(relation) if isinstance(meta.get(relation), str) else None
            found[relation] = (named, self.summary(named) if named else None)
        return found
