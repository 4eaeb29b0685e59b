"""Results merged into a YAML goal document's text, as `govcheck migrate` edits it: only
at the spans the parser reports, so comments, quoting and layout stay as they were.

A changed value is replaced in place; a new result is a new line `- {period: …, value: …}`
after the indicator's last result, or a new `actuals:` list after the indicator's last
line. The edited text is read back and compared with the intended data before anything
is written.
"""

from __future__ import annotations

import json

import yaml

from ..document.migrate import mapping_entry, sequence_items
from .errors import WorkbookError

_Loader = yaml.SafeLoader  # the pure-Python parser: mark.index counts characters


class MergeError(WorkbookError):
    """Results that cannot be merged into the text; str() is the one-line
    `FILE:LINE:COL: message` (in_language for nb, nn)."""


def _indicator_nodes(root) -> dict:
    found = {}
    for goal in sequence_items(mapping_entry(root, "goals")[1]):
        for indicator in sequence_items(mapping_entry(goal, "indicators")[1]):
            _, identifier = mapping_entry(indicator, "id")
            if isinstance(identifier, yaml.ScalarNode):
                found.setdefault(identifier.value, indicator)
    return found


def _last_scalar(node):
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return node


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _entry(row) -> str:
    parts = [f"period: {json.dumps(row.period)}", f"value: {json.dumps(row.value)}"]
    if row.comment:
        parts.append(f"comment: {json.dumps(row.comment, ensure_ascii=False)}")
    return "{" + ", ".join(parts) + "}"


def _edits_for(text: str, indicator, rows: list, file: str) -> list[tuple[int, int, str]]:
    key, actuals = mapping_entry(indicator, "actuals")
    entries = [_entry(row) for row in rows]
    if isinstance(indicator, yaml.MappingNode) and indicator.flow_style:
        line = indicator.start_mark.line + 1
        raise MergeError.of(file, "", line, indicator.start_mark.column + 1, "merge_flow")
    if key is None:  # a new `actuals:` list after the indicator's last line
        first_key = indicator.value[0][0]
        indent = " " * first_key.start_mark.column
        at = _line_end(text, _last_scalar(indicator).end_mark.index)
        lines = "".join(f"\n{indent}  - {e}" for e in entries)
        return [(at, at, f"\n{indent}actuals:{lines}")]
    if isinstance(actuals, yaml.SequenceNode) and actuals.flow_style:
        end = actuals.end_mark.index - 1  # before the closing bracket
        joined = ", ".join(entries)
        return [(end, end, (", " if actuals.value else "") + joined)]
    if isinstance(actuals, yaml.SequenceNode) and actuals.value:
        last = actuals.value[-1]
        dash = text.rfind("-", _line_start(text, last.start_mark.index), last.start_mark.index)
        indent = " " * (dash - _line_start(text, dash))
        at = _line_end(text, _last_scalar(last).end_mark.index)
        return [(at, at, "".join(f"\n{indent}- {e}" for e in entries))]
    # `actuals:` with null or nothing: a flow list in its place
    start, end = actuals.start_mark.index, actuals.end_mark.index
    return [(start, end, "[" + ", ".join(entries) + "]")]


def _value_edit(indicator, row):
    _, actuals = mapping_entry(indicator, "actuals")
    for actual in sequence_items(actuals):
        _, period = mapping_entry(actual, "period")
        if isinstance(period, yaml.ScalarNode) and period.value == row.period:
            _, value = mapping_entry(actual, "value")
            if isinstance(value, yaml.ScalarNode):
                return (value.start_mark.index, value.end_mark.index, json.dumps(row.value))
    return None


def merged_text(text: str, plan, file: str) -> str:
    """The document's text with the plan's additions and changes."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise MergeError.of(file, "", 1, 1, "merge_yaml",
                            problem=" ".join(str(error).split())) from None
    nodes = _indicator_nodes(root)
    edits = []
    for row, identifier, _ in plan.overwrite:
        edit = _value_edit(nodes[identifier], row)
        if edit is None:
            raise MergeError.of(file, "", 1, 1, "merge_not_plain", indicator=identifier,
                                period=row.period)
        edits.append(edit)
    adding: dict[str, list] = {}
    for row, identifier in plan.add:
        adding.setdefault(identifier, []).append(row)
    for identifier, rows in adding.items():
        edits += _edits_for(text, nodes[identifier], rows, file)
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
