"""Document sets: documents checked together are linked by `document.id`, `parent`
and `previous`, so cascade (CASC) and stability (STAB) rules can read both sides.

Only the `document` mapping of each file is read up front; a related document is
loaded when a document names it, and kept as a small summary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..catalog.annual import letter_plan, merge_plans
from ..catalog.relations import is_unit_of, post_totals
from ..catalog.values import is_text, whole_number
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
    issuer: str = ""
    posts: tuple = ()  # (chapter.post, total amount) of its budget lines, sorted
    # (file, posts) of the other documents in the run that name it as parent
    children: tuple = ()
    amended_by: tuple = ()  # ids of the supplementary letters folded in (amended())
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
        issuer=meta.get("issuer") if isinstance(meta.get("issuer"), str) else "",
        posts=tuple(sorted(post_totals(items(document.data, "budget_line")).items())),
        plan=letter_plan(document.data),
    )


SUPPLEMENT = "supplementary_allocation_letter"


def amended(letter: Summary, supplements: list) -> Summary:
    """The letter as its supplements (loaded documents amending it) leave it: each
    supplement's amount on a post is a change to that post (+ more, − less), so several
    supplements add up; a post only in a supplement is allocated; its goals join the
    letter's (docs/goal-document.md, «The cascade»). Only a supplement from the letter's
    issuer to the letter's recipient counts: another file naming the letter in `amends`
    cannot change what it gives."""
    supplements = [s for s in map(summarize, supplements)
                   if _same(s.issuer, letter.issuer) and _same(s.recipient, letter.recipient)]
    if not supplements:
        return letter
    posts = dict(letter.posts)
    goals, level1, names = set(letter.goals), list(letter.level1_goals), []
    for own in supplements:
        names.append(own.id or own.file)
        for key, change in own.posts:
            posts[key] = posts.get(key, 0) + change
        goals |= own.goals
        level1 += [g for g in own.level1_goals if g not in level1]
    return replace(letter, posts=tuple(sorted(posts.items())), goals=frozenset(goals),
                   level1_goals=tuple(level1), amended_by=tuple(sorted(names)))


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
        self._supplements: dict[str, list[str]] = {}  # letter id → files amending it
        self._amends: dict[str, str] = {}  # supplement id → the letter id it amends
        self._named: set = set()  # ids some document names as parent or previous
        heads = heads or {}
        for file in files:
            head = heads.get(file) or peek(file, self._max_bytes(file))
            meta = head.document
            identifier = _text(meta.get("id"))
            if isinstance(identifier, str):
                self.files_of.setdefault(identifier, []).append(file)
            # a supplement is part of its letter and an annual report answers letters:
            # neither is a budget child
            supplement = meta.get("type") == SUPPLEMENT
            child = not supplement and meta.get("type") != "annual_report"
            for named in _parents(meta)[:1] if child else []:  # supplements fold in
                self._children.setdefault(named, []).append(file)
            if supplement and isinstance(_text(meta.get("amends")), str):
                self._supplements.setdefault(_text(meta["amends"]), []).append(file)
                if isinstance(identifier, str):
                    self._amends[identifier] = _text(meta["amends"])
            for relation in RELATIONS:
                named = meta.get(relation)
                self._named.update(_text(n) for n in (named if isinstance(named, list)
                                                      else [named]))
        for named in [n for n in self._children if n in self._amends]:  # a supplement alone
            letter = self._amends[named]
            self._children[letter] = self._children.get(letter, []) + self._children.pop(named)
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
            self._summaries[identifier] = self._completed(identifier, found)
        return self._summaries[identifier]

    def _completed(self, identifier: str, found: Summary | None) -> Summary | None:
        """A document's summary as the run sees it: amended by the run's supplements to
        it, with the budget totals of the run's children (for sums across siblings)."""
        if found is not None and identifier in self._supplements:
            found = amended(found, self._loaded(self._supplements[identifier]))
        if found is not None and identifier in self._children:
            found = replace(found, children=self._child_posts(identifier, found.recipient))
        return found

    def _loaded(self, files: list[str]) -> list:
        """The readable ones of these files; an unreadable one has its own load error."""
        found = []
        for file in sorted(files):
            try:
                found.append(load(file, self._max_bytes(file)))
            except LoadError:
                continue
        return found

    def remember(self, document) -> None:
        """A document just loaded to be checked: keep its summary when another document
        names it, so it is not read a second time."""
        own = own_id(document)
        if own in self._named and own not in self._summaries \
                and self.files_of.get(own) == [document.file]:
            self._summaries[own] = self._completed(own, summarize(document))

    def _child_posts(self, identifier: str, recipient: str) -> tuple:
        """Budget totals of every readable document naming `identifier` as parent and
        issued by its `recipient` (or a unit of it), so the cascade rules can sum siblings
        while each document is still checked alone; another agency's file naming the
        letter is not a sibling."""
        children = []
        for file in self._children[identifier]:
            try:
                data = load(file, self._max_bytes(file)).data
            except LoadError:
                continue  # reported as the child's own load error
            meta = data.get("document") if isinstance(data.get("document"), dict) else {}
            if speaks_for(meta.get("issuer"), recipient):
                lines = items(data, "budget_line")
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
            if relation == "parent":
                named = self._letter(meta)
            found[relation] = self._link(named, own)
        several = meta.get("parent")
        if meta.get("type") == "annual_report" and isinstance(several, list) and several:
            found["parent"] = self._letters([_text(n) for n in several], own)
        return authenticated(meta, found)

    def _link(self, named, own) -> tuple:
        if named and named == own:
            return (named, None, "self")
        if named and len(self.files_of.get(named, [])) > 1:
            return (named, None, "ambiguous")
        return (named, self.summary(named) if named else None)

    def _letters(self, names: list, own) -> tuple:
        """An annual report answering a letter and its supplements: all of them; else the
        first one that is at hand but unusable, or every one missing, named together so
        that «ikke vurdert» and RELATED001 say which."""
        links = [self._link(n, own) for n in names if isinstance(n, str) and n]
        unusable = [link for link in links if len(link) > 2]
        if unusable:
            return unusable[0]
        missing = [link[0] for link in links if link[1] is None]
        if missing or not links:
            return (", ".join(missing) or None, None)
        return (", ".join(names), combined([link[1] for link in links]))


    def _letter(self, meta: dict) -> str | None:
        """The one parent the cascade compares with: the letter itself when `parent` names
        it with its supplements, or a supplement of the run alone; a supplementary letter's
        own is the letter it `amends`."""
        return parent_letter(meta, self._amends, self.files_of)


def _parents(meta: dict) -> list[str]:
    named = meta.get("parent")
    named = named if isinstance(named, list) else [named]
    return [n for n in (_text(v) for v in named) if isinstance(n, str) and n]


def parent_letter(meta: dict, amends: dict, present) -> str | None:
    """`parent` with the supplements of the run (`amends`: supplement id → letter id)
    replaced by the letter they amend: the first id left, or None. When `parent` names
    several and some are not in the run (`present`: the run's ids), those are returned
    instead, joined, so the cascade is not reviewed for want of them and every one is
    named. A supplement's parent is what it amends."""
    if meta.get("type") == SUPPLEMENT and not _parents(meta):
        named = _text(meta.get("amends"))
        return named if isinstance(named, str) and named else None
    letters = list(dict.fromkeys(amends.get(n, n) for n in _parents(meta)))
    if not letters:
        return None
    missing = [n for n in letters if n not in present] if len(letters) > 1 else []
    return ", ".join(missing) if missing else letters[0]


def _same(one, other) -> bool:
    """Not two different names: the same whatever their spacing and case, or one of them
    not stated (nothing to compare; docs/goal-document.md says this limit)."""
    return not (is_text(one) and is_text(other)) or \
        " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def speaks_for(issuer, recipient) -> bool:
    """The issuer is the agency `recipient` names, or a unit of it (catalog.relations
    is_unit_of), or one of them is not stated."""
    return is_unit_of(issuer, recipient)


def authenticated(meta: dict, related: dict) -> dict:
    """The related documents, less those that are not shown to be the same agency's: an
    annual report's letters must be addressed to its issuer (or the agency it is a unit
    of), last year's document to this one's recipient. Such a link is kept by name with
    the reason "other_agency", so its rules are «ikke vurdert», never judged against
    another agency's document."""
    found = dict(related)
    parent = found.get("parent", (None, None))
    if meta.get("type") == "annual_report" and parent[1] is not None \
            and not speaks_for(meta.get("issuer"), parent[1].recipient):
        found["parent"] = (parent[0], None, "other_agency")
    previous = found.get("previous", (None, None))
    if previous[1] is not None and not _same(meta.get("recipient"), previous[1].recipient):
        found["previous"] = (previous[0], None, "other_agency")
    return found


def own_id(document) -> str | None:
    meta = document.data.get("document")
    identifier = _text(meta.get("id")) if isinstance(meta, dict) else None
    return identifier if isinstance(identifier, str) else None
