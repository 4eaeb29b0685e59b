"""YAML file → Document: plain data plus the position of every node.

`load` reads a goal document; `load_yaml` any of our YAML files (rules, config).

The loader builds data straight from the parser's event stream, in one pass and
without recursion, so that it can keep positions, refuse duplicate keys and
foreign tags, and bound nesting and alias expansion before anything is built.
Scalars resolve as in YAML 1.2's core schema, not PyYAML's YAML 1.1 defaults:
only true/false are booleans, dates stay strings, `.inf` and `.nan` stay strings.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from dataclasses import dataclass, field

import yaml

from ..terms import pick
from .load_text import KINDS, load_texts, os_reason, texts_of
from .normalize import normalize

try:  # libyaml when present; the pure-Python parser gives the same events, slower
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser as _ParserBase
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, _ParserBase):  # type: ignore[no-redef]
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _ParserBase.__init__(self)


# 192 KiB: the largest size at which every measured shape checks within 2 s and 200 MB
# (README, "Size bound"); 6× the largest real letter we hold, 2× a generated 120-goal
# letter. Larger documents need `max-file-size` and cost about 7 s and 300 MiB per MiB.
DEFAULT_MAX_BYTES = 192 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000

Path = tuple  # keys (str) and indices (int) from the document root


class LoadError(Exception):
    """Input that cannot be read as a goal document; str() is the one-line message.

    `texts` holds the message in every language where it has one ({lang: text});
    `in_language` and `said_in` pick one. Without texts every language gets `message`."""

    TEXT: dict | None = None  # a family's own {lang: {key: text}}; else LOAD_TEXT

    def __init__(self, file: str, line: int, column: int, message: str, texts=None):
        message = " ".join(message.split())  # one line, whatever the parser said
        super().__init__(f"{file}:{line}:{column}: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message
        self.texts = texts

    @classmethod
    def of(cls, file: str, line: int, column: int, text_key: str, /, **values):
        """The error `text_key` of the class's TEXT (load_text.LOAD_TEXT unless a family
        of errors has its own); str() is English."""
        texts = texts_of(cls.TEXT, text_key, values) if cls.TEXT else \
            load_texts(text_key, **values)
        return cls(file, line, column, texts["en"], texts)

    def __reduce__(self):  # results cross process boundaries with --jobs
        return self.__class__, (self.file, self.line, self.column, self.message, self.texts)

    def in_language(self, lang: str | None) -> str:
        """The one line `FILE:LINE:COL: message` in `lang` (nb when None or unknown)."""
        return f"{self.file}:{self.line}:{self.column}: {self._text(lang)}"

    def said_in(self, lang: str | None) -> LoadError:
        """This error with its message in `lang`, for the reporters, which show .message."""
        return self if not self.texts else LoadError(
            self.file, self.line, self.column, self._text(lang), self.texts)

    def _text(self, lang: str | None) -> str:
        return " ".join(pick(self.texts, lang or "nb").split()) if self.texts else self.message


@dataclass(frozen=True)
class Document:
    """A parsed goal document. Positions are 1-based (line, column)."""

    file: str
    data: dict
    positions: dict = field(repr=False)  # path → position of the value
    key_positions: dict = field(repr=False)  # path → position of the mapping key
    text: str = field(repr=False, default="")
    sha256: str = ""  # of the file's bytes, as an auditor would hash the file

    def locate(self, path: Path) -> tuple[int, int]:
        """The position of a node, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def locate_key(self, path: Path) -> tuple[int, int]:
        """The position of the key that holds a node (for list items: the item), or of
        the nearest ancestor's key where the node is absent."""
        path = tuple(path)
        while path and path not in self.key_positions:
            path = path[:-1]
        return self.key_positions.get(path, (1, 1))


_STANDARD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STANDARD + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")


_RESOLVING_STARTS = frozenset("~nNtTfF+-.0123456789")  # how null, booleans, numbers start


def _plain_scalar(value: str):
    if value and value[0] not in _RESOLVING_STARTS:  # most text: no pattern can match
        return value
    if _NULL.match(value):
        return None
    if _TRUE.match(value):
        return True
    if _FALSE.match(value):
        return False
    if _INT.match(value):
        try:
            return int(value, 10)
        except ValueError:  # over CPython's int-string limit: kept as written
            return value
    if _FLOAT.match(value):
        number = float(value)
        return number if math.isfinite(number) else value
    return value


def _tagged_scalar(tag: str, value: str):
    """A scalar with an explicit standard tag; ValueError when it does not fit the tag."""
    kind = tag[len(_STANDARD):]
    if kind == "str":
        return value
    resolved = _plain_scalar(value)
    expected = {"int": int, "float": (int, float), "bool": bool, "null": type(None)}.get(kind)
    if expected is None or isinstance(resolved, bool) != (kind == "bool") or not isinstance(
        resolved, expected
    ):
        raise ValueError(repr(value), kind)
    return float(resolved) if kind == "float" else resolved


_MERGE = object()  # the `<<` merge key, told apart from a quoted "<<"


class _Frame:
    __slots__ = ("container", "path", "anchor", "mark", "key", "key_mark", "merges", "explicit")

    def __init__(self, container, path, anchor, mark):
        self.container = container
        self.path = path
        self.anchor = anchor
        self.mark = mark
        self.key = None  # pending mapping key, or None when a key is expected
        self.key_mark = None
        self.merges = []  # mappings from `<<`, applied at mapping end
        self.explicit = set()


class _Anchored:
    __slots__ = ("value", "size", "done")

    def __init__(self, value):
        self.value, self.size, self.done = value, 1, False


def _sizeof(value) -> int:
    if isinstance(value, dict):
        return 1 + sum(_sizeof(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_sizeof(v) for v in value)
    return 1


def _fast_attach(frame: _Frame, value, mark, positions: dict, key_positions: dict) -> bool:
    """Record and attach a scalar value (not a key) in the common case, a list or a
    mapping with a plain pending key and a path, in one call instead of three (a 5 MiB
    document has 400,000 scalars). False, having done nothing, in any other case."""
    container, path = frame.container, frame.path
    if path is None:
        return False
    position = (mark.line + 1, mark.column + 1)
    if container.__class__ is list:
        path = path + (len(container),)
        positions[path] = key_positions[path] = position
        container.append(value)
        return True
    key = frame.key
    if key is _MERGE or key in frame.explicit:  # merge, or a duplicate: the slow path says
        return False
    path = path + (key,)
    positions[path] = position
    key_mark = frame.key_mark
    key_positions[path] = (key_mark.line + 1, key_mark.column + 1)
    frame.key = None
    frame.explicit.add(key)
    container[key] = value
    return True


def load(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one goal document, normalised; raises LoadError with file:line:col (for a
    workbook, file:Sheet!cell)."""
    if str(path).lower().endswith((".xlsx", ".xlsm")):
        from ..workbook.reader import load_workbook_document

        return load_workbook_document(path, max_bytes)
    document = load_yaml(path, max_bytes)
    normalize(document.data)
    return document


def load_yaml(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read any YAML mapping file (goal document, rule, configuration) with positions."""
    return parse(read_bounded(path, max_bytes), path)


def read_bounded(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`. Opened without blocking (a
    FIFO would wait for a writer for ever) and never read past the bound, so a device
    such as /dev/zero or a growing file costs nothing."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise LoadError.of(path, 1, 1, "cannot_read", reason=os_reason(error)) from None
    try:
        mode = os.fstat(descriptor)
        if not stat.S_ISREG(mode.st_mode):
            kind = _kind(mode.st_mode)
            raise LoadError.of(path, 1, 1, "special",
                               kind={lang: KINDS[lang][kind] for lang in KINDS})
        if mode.st_size > max_bytes:
            raise LoadError.of(path, 1, 1, "too_big", size=mode.st_size, limit=max_bytes)
        os.set_blocking(descriptor, True)
        with open(descriptor, "rb", closefd=False) as handle:
            # read(n) allocates n bytes first: ask for the file's size, not the bound
            raw = handle.read(mode.st_size + 1)
            if len(raw) > mode.st_size:  # it grew while being read
                raw += handle.read(max_bytes + 1 - len(raw))
    except OSError as error:
        raise LoadError.of(path, 1, 1, "cannot_read", reason=os_reason(error)) from None
    finally:
        os.close(descriptor)
    if len(raw) > max_bytes:
        raise LoadError.of(path, 1, 1, "over_limit", limit=max_bytes)
    return raw


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "fifo"),
                       (stat.S_ISCHR, "character"), (stat.S_ISBLK, "block"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special"


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


def decode(raw: bytes, file: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError.of(file, 1, 1, "utf16")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(raw, nul)
        raise LoadError.of(file, line, column, "nul")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(raw, error.start)
        raise LoadError.of(file, line, column, "utf8") from None


def parse(raw: bytes, file: str) -> Document:
    text = decode(raw, file)
    data, positions, key_positions = _build(text, file)
    return Document(file, data, positions, key_positions, text, hashlib.sha256(raw).hexdigest())


def _build(text: str, file: str):
    positions: dict = {}
    key_positions: dict = {}
    anchors: dict[str, _Anchored] = {}
    alias_budget = [MAX_ALIAS_NODES]
    stack: list[_Frame] = []
    root = []  # the finished root value, once built
    documents = 0

    def fail(mark, text_key, /, **values):
        raise LoadError.of(file, mark.line + 1, mark.column + 1, text_key, **values)

    def attach(value, mark):
        """Put a finished value into the enclosing collection."""
        if not stack:
            root.append(value)
            return
        frame = stack[-1]
        container = frame.container
        if isinstance(container, list):
            container.append(value)
            return
        key, frame.key = frame.key, None
        if key is _MERGE:
            merged = value if isinstance(value, list) else [value]
            if not all(isinstance(item, dict) for item in merged):
                fail(mark, "merge")
            frame.merges.extend(merged)
            return
        if key in frame.explicit:
            fail(frame.key_mark, "duplicate", key=repr(key))
        frame.explicit.add(key)
        container[key] = value

    def child_path():
        """Path of the value about to be attached; None inside `<<` merge values."""
        if not stack:
            return ()
        frame = stack[-1]
        if frame.path is None or frame.key is _MERGE:
            return None
        if isinstance(frame.container, list):
            return frame.path + (len(frame.container),)
        return frame.path + (frame.key,)

    def record(path, mark):
        if path is not None:
            positions[path] = (mark.line + 1, mark.column + 1)
            if stack and isinstance(stack[-1].container, dict):
                key_positions[path] = (
                    stack[-1].key_mark.line + 1,
                    stack[-1].key_mark.column + 1,
                )
            elif path:
                key_positions[path] = positions[path]

    parser = _Parser(text)
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is yaml.ScalarEvent:
                mark = event.start_mark
                tag = event.tag
                plain = tag is None and event.implicit[0]
                if tag in (None, "!"):
                    value = _plain_scalar(event.value) if plain else event.value
                elif tag in _ALLOWED_TAGS:
                    try:
                        value = _tagged_scalar(tag, event.value)
                    except ValueError as problem:
                        fail(mark, "bad_tagged", value=problem.args[0], kind=problem.args[1])
                else:
                    fail(mark, "tag", tag=tag)
                if stack and isinstance(stack[-1].container, dict) and stack[-1].key is None:
                    # keys stay as written, so `NO:` or `1:` remain names
                    frame = stack[-1]
                    frame.key = _MERGE if event.value == "<<" and plain else event.value
                    frame.key_mark = mark
                    if event.anchor is not None:
                        anchors[event.anchor] = _Anchored(event.value)
                        anchors[event.anchor].done = True
                    continue
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(value)
                    anchors[event.anchor].done = True
                elif stack and _fast_attach(stack[-1], value, mark, positions, key_positions):
                    continue  # the usual scalar, placed as record() and attach() would
                record(child_path(), mark)
                attach(value, mark)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                mark = event.start_mark
                if event.tag not in (None, "!") and event.tag not in _ALLOWED_TAGS:
                    fail(mark, "tag", tag=event.tag)
                if stack and isinstance(stack[-1].container, dict) and stack[-1].key is None:
                    fail(mark, "collection_key")
                if len(stack) >= MAX_DEPTH:
                    fail(mark, "deep", depth=MAX_DEPTH)
                path = child_path()
                record(path, mark)
                container = {} if kind is yaml.MappingStartEvent else []
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(container)
                stack.append(_Frame(container, path, event.anchor, mark))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                container = frame.container
                for merged in frame.merges:
                    for key, value in merged.items():
                        if key not in container:
                            container[key] = value
                if frame.anchor is not None:
                    anchored = anchors[frame.anchor]
                    anchored.size = _sizeof(container)
                    anchored.done = True
                attach(container, frame.mark)
            elif kind is yaml.AliasEvent:
                mark = event.start_mark
                anchored = anchors.get(event.anchor)
                if anchored is None:
                    fail(mark, "no_anchor", name=event.anchor)
                if not anchored.done:
                    fail(mark, "self_alias", name=event.anchor)
                alias_budget[0] -= anchored.size
                if alias_budget[0] < 0:
                    fail(mark, "alias_bomb", limit=MAX_ALIAS_NODES)
                if stack and isinstance(stack[-1].container, dict) and stack[-1].key is None:
                    if isinstance(anchored.value, (dict, list)):
                        fail(mark, "collection_key")
                    stack[-1].key = str(anchored.value)
                    stack[-1].key_mark = mark
                    continue
                record(child_path(), mark)
                attach(anchored.value, mark)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    fail(event.start_mark, "two_documents")
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise LoadError.of(file, line, column, "syntax", problem=problem) from None
    except yaml.reader.ReaderError as error:  # a control character; it has no mark
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise LoadError.of(file, line, column, "control",
                           code=f"{error.character:02x}") from None
    except yaml.YAMLError as error:
        raise LoadError.of(file, 1, 1, "yaml", problem=str(error)) from None

    if not root or root[0] is None:
        raise LoadError.of(file, 1, 1, "empty")
    if not isinstance(root[0], dict):
        line, column = positions.get((), (1, 1))
        raise LoadError.of(file, line, column, "not_mapping")
    return root[0], positions, key_positions


@dataclass(frozen=True)
class Head:
    """What a cheap pre-read of a file tells: whether it is a goal document at all (a
    top-level `govcheck:` format key) and the plain values of its `document` mapping."""

    goal_document: bool = False
    document: dict = field(default_factory=dict)
    complete: bool = False  # the whole top level was read; False when reading stopped early


def peek_document(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """The plain values of a file's top-level `document` mapping (see `peek`)."""
    return peek(path, max_bytes).document


def peek(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Head:
    """Read a file's top level from the parser's events without building the rest:
    enough to tell goal documents from other YAML and to link documents by id, parent
    and previous. Reads at most `max_bytes`, as the full load does; a file that cannot
    be read that far gives what was seen (the full load reports why)."""
    seen = {"goal_document": False, "document": {}}
    if str(path).lower().endswith((".xlsx", ".xlsm")):
        return _peek_workbook(path, max_bytes)
    try:
        parser = _Parser(decode(read_bounded(path, max_bytes), path))
        _walk_head(parser, seen)
    except (LoadError, yaml.YAMLError, ValueError):
        return Head(seen["goal_document"], seen["document"], False)
    return Head(seen["goal_document"], seen["document"], True)


def _peek_workbook(path: str, max_bytes: int) -> Head:
    """A workbook keeps its top-level fields on one sheet (Dokument): only that one is read."""
    from ..workbook.reader import read_head

    try:
        data = read_head(path, max_bytes)
    except LoadError:
        return Head(False, {}, False)
    meta = data.get("document")
    meta = {k: v for k, v in meta.items() if _plain(v)} if isinstance(meta, dict) else {}
    return Head("govcheck" in data, meta, True)


def _plain(value) -> bool:
    """A head keeps plain values and lists of them (`parent: [letter, supplement]`)."""
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value)
    return not isinstance(value, dict)


def _walk_head(parser, seen: dict) -> None:
    depth, key, in_document, done = 0, None, False, False
    listing = None  # the plain values of a list in `document`, while it is read
    found = seen["document"]
    while (event := parser.get_event()) is not None:
        kind = type(event)
        if kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):
            if depth == 1 and key == "document" and kind is yaml.MappingStartEvent:
                in_document = True
            if in_document and depth == 2 and key is not None:
                # a list of plain values (`parent: [letter, supplement]`) is kept: the run
                # links documents by it as by one id; any other structure is not
                listing = [] if kind is yaml.SequenceStartEvent else None
            elif in_document and depth == 3:
                listing = None
            depth, key = depth + 1, None if depth <= 1 else key
        elif kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
            depth -= 1
            if in_document and depth == 1:
                in_document, done = False, True
                if seen["goal_document"]:
                    return
            if in_document and depth == 2:
                if listing is not None:
                    found[key] = listing
                key, listing = None, None  # a structured value ended; a key comes next
        elif kind is yaml.ScalarEvent:
            value = _plain_scalar(event.value) if event.implicit[0] else event.value
            if depth == 1:
                if key is None and event.value == "govcheck":
                    seen["goal_document"] = True
                    if done:
                        return
                key = event.value if key is None else None
            elif in_document and depth == 2:
                if key is None:
                    key = event.value
                else:
                    found[key] = value
                    key = None
            elif in_document and depth == 3 and listing is not None:
                listing.append(value)
