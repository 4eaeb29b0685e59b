"""`govcheck migrate`: rewrite a format-1 document as format 2, keeping comments and layout.

Format 2 reads every format-1 key with the same meaning except two: the version number,
and an indicator's single `target`, which becomes a one-entry `targets` list. Only those
nodes change, and they change in the text itself, at the spans the YAML parser reports:
everything else (comments, quoting, line breaks inside flow mappings, blank lines) stays
byte for byte. A block `target:` mapping becomes a block list entry on the same lines,
a flow `{…}` one a flow list `[{…}]`, so findings keep their lines.

Format 2 can state what format 1 could not: a risk's `objective_category` and the
document's `instructions`. A format-1 document leaves them unknown, and an absent key in
format 2 means "none", so migration writes them as `null` (exists, not known): the
verdicts stay «ikke vurdert» instead of failing on knowledge nobody gave, and the planner
sees what to fill in. `instructions: null` goes last in the file; a flow risk gets the
key inside its braces; a block risk gets one line of its own, which moves the lines below
it by one.

(A round-trip library such as ruamel.yaml re-emits the whole file; it joins flow
mappings written over several lines, which moves every finding below them.)
"""

from __future__ import annotations

import os
import re

import yaml

from govcheck.i18n import N_, Texts

from ..atomic import replacing
from .load_text import load_texts
from .loader import DEFAULT_MAX_BYTES, LoadError, parse, read_bounded

_Loader = yaml.SafeLoader  # the pure-Python parser: its mark.index counts characters
_DOCUMENT_END = re.compile(r"^\.\.\.[ \t]*(#.*)?$(\s*(#.*)?$)*\s*\Z", re.MULTILINE)


MIGRATE_TEXT = Texts({
    "not_format_1": N_("not a format-1 document (govcheck: {found})"),
    "exists": N_("exists; not overwritten (use --in-place to rewrite the input itself)"),
})


class MigrateError(LoadError):
    """A file that cannot be migrated, in nb, nn and en; str() is the one-line
    `FILE:LINE:COL: message` in English."""

    TEXT = MIGRATE_TEXT


def mapping_entry(node, key: str):
    """(key node, value node) of `key` in a composed mapping, or (None, None)."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return key_node, value
    return None, None


def sequence_items(node) -> list:
    """The item nodes of a composed sequence; none for anything else."""
    return node.value if isinstance(node, yaml.SequenceNode) else []


def _target_edits(text: str, key, value) -> list[tuple[int, int, str]]:
    """(start, end, replacement) turning `target: X` into `targets: [X]`."""
    edits = [(key.end_mark.index, key.end_mark.index, "s")]
    if isinstance(value, yaml.MappingNode) and value.flow_style:
        return edits + [(value.start_mark.index, value.start_mark.index, "["),
                        (value.end_mark.index, value.end_mark.index, "]")]
    if not isinstance(value, yaml.MappingNode) or not value.value:
        return edits + [(value.start_mark.index, value.start_mark.index, "[")] + \
            [(value.end_mark.index, value.end_mark.index, "]")]
    # a block mapping: `- ` before its first key, two more spaces on each further line
    start = value.start_mark.index
    edits.append((start, start, "- "))
    last = value.value[-1][1].end_mark
    end = last.index if last.column > 0 else last.index - 1
    position = text.find("\n", start)
    while 0 <= position < end:
        edits.append((position + 1, position + 1, "  "))
        position = text.find("\n", position + 1)
    return edits


def _last_leaf(node):
    """The last scalar or flow collection inside a node: where its text really ends (a
    block collection's end mark lies at the next token, past any comments)."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and \
            not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return node


def _risk_edits(text: str, risk) -> list[tuple[int, int, str]]:
    """`objective_category: null` added to a risk that does not state it."""
    if not isinstance(risk, yaml.MappingNode) or not risk.value or \
            mapping_entry(risk, "objective_category")[0] is not None:
        return []
    if risk.flow_style:
        end = risk.value[-1][1].end_mark.index
        return [(end, end, ", objective_category: null")]
    indent = " " * risk.value[0][0].start_mark.column
    mark = _last_leaf(risk.value[-1][1]).end_mark
    if mark.column == 0:  # a block scalar ends at the start of the next line
        return [(mark.index, mark.index, f"{indent}objective_category: null\n")]
    newline = text.find("\n", mark.index)
    if newline < 0:
        return [(len(text), len(text), f"\n{indent}objective_category: null\n")]
    return [(newline + 1, newline + 1, f"{indent}objective_category: null\n")]


def _unknown_edits(text: str, root) -> tuple[list, list[str]]:
    """The edits that write format 2's explicit unknowns, and the keys written."""
    edits, written = [], []
    risks = sequence_items(mapping_entry(root, "risks")[1])
    for risk in {id(r): r for r in risks}.values():  # an alias repeats the same node
        edits += _risk_edits(text, risk)
    if edits:
        written.append("objective_category")
    if isinstance(root, yaml.MappingNode) and not root.flow_style and \
            mapping_entry(root, "instructions")[0] is None:
        closed = _DOCUMENT_END.search(text)  # before an explicit `...`, or last
        end = closed.start() if closed else len(text)
        ends_line = end == 0 or text[end - 1] == "\n" or any(e[0] == end for e in edits)
        edits.append((end, end, ("" if ends_line else "\n") + "instructions: null\n"))
        written.append("instructions")
    return edits, written


def migrate_text(text: str, file: str = "<text>") -> str:
    """The format-2 text of a format-1 document."""
    return migrate_with_unknowns(text, file)[0]


def migrate_with_unknowns(text: str, file: str = "<text>") -> tuple[str, list[str]]:
    """The format-2 text of a format-1 document, and the keys format 1 could not state
    that it writes as null (`objective_category`, `instructions`)."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        texts = load_texts("syntax", problem=" ".join(str(error.problem).split()))
        raise MigrateError(file, line, column, texts["en"], texts) from None
    _, version = mapping_entry(root, "govcheck")
    if not isinstance(version, yaml.ScalarNode) or version.value != "1":
        found = version.value if isinstance(version, yaml.ScalarNode) else None
        raise MigrateError.of(file, 1, 1, "not_format_1", found=found)
    edits = [(version.start_mark.index, version.end_mark.index, "2")]
    for goal in sequence_items(mapping_entry(root, "goals")[1]):
        for indicator in sequence_items(mapping_entry(goal, "indicators")[1]):
            key, value = mapping_entry(indicator, "target")
            if key is not None and mapping_entry(indicator, "targets")[0] is None:
                edits += _target_edits(text, key, value)
    unknown, written = _unknown_edits(text, root)
    return _spliced(text, sorted(edits + unknown)), written


def _spliced(text: str, edits: list) -> str:
    """`text` with each (start, end, replacement) applied, in one pass: splicing the
    whole text once per edit made a 4 MiB file quadratic (issue 27, item 4)."""
    pieces, done = [], 0
    for start, end, replacement in edits:
        pieces += [text[done:start], replacement]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def migrate_file(path: str, output: str | None = None, in_place: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Migrate one file; returns the text and the keys written as unknown. Writes to
    `output`, or over `path` when `in_place`, never over an existing file otherwise."""
    try:  # the guarded reader and loader `check` uses: a regular file, bounded, ≤ 64 deep
        raw = read_bounded(path, max_bytes)
        text = parse(raw, path).text
    except LoadError as error:
        raise MigrateError(error.file, error.line, error.column, error.message,
                           error.texts) from None
    target = path if in_place else output
    if target is None:
        return migrate_with_unknowns(text, path)
    if not in_place and os.path.exists(target):
        raise MigrateError.of(target, 1, 1, "exists")
    with replacing(target, newline="", exclusive=not in_place) as handle:  # a bad path fails first
        migrated, written = migrate_with_unknowns(text, path)
        handle.write(migrated)
    return migrated, written
