"""What items a goal document holds, where, and which keys refer to which kind.

One table for everything that walks items: normalisation, reference checks and
facts all read it, so a new kind of item is added here once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# The steering documents: what `init` starts and most rules read (`types:` lists them).
DOCUMENT_TYPES = ("allocation_letter", "disposition_letter", "business_plan")
# Every type govcheck reads: a rule of `types: all` (format, references, waivers) applies
# to each, supplementary letters and annual reports included.
ALL_TYPES = DOCUMENT_TYPES + ("supplementary_allocation_letter", "annual_report")

# kind → path of its list; "*" marks list items. Goals' indicators nest in goals.
ITEM_LISTS: dict[str, tuple] = {
    "strategic_goal": ("strategy", "strategic_goals", "*"),
    "goal": ("goals", "*"),
    "indicator": ("goals", "*", "indicators", "*"),
    "assignment": ("assignments", "*"),
    "risk": ("risks", "*"),
    "control": ("internal_control", "*"),
    "mechanism": ("user_participation", "*"),
    "budget_line": ("budget", "lines", "*"),
    "authorisation": ("budget", "authorisations", "*"),
    "reporting": ("reporting", "*"),
    "legal_basis": ("legal_basis", "*"),
    "evaluation": ("evaluations", "*"),
}

# Lists that hold items without ids, still walked for their references.
PLAIN_LISTS: dict[str, tuple] = {"spending": ("budget", "spending", "*")}


@dataclass(frozen=True)
class Item:
    kind: str
    path: tuple
    data: dict

    @property
    def id(self):
        value = self.data.get("id")
        return value if isinstance(value, str) else None


def walk(data, pattern: tuple, prefix: tuple = ()) -> Iterator[tuple[tuple, dict]]:
    """Every mapping at `pattern` below `data`; wrongly typed parts are skipped."""
    level = [(prefix, data)]  # one level at a time: no generator per node of a big list
    for head in pattern:
        below = []
        for path, value in level:
            if head == "*":
                if isinstance(value, list):
                    below.extend((path + (index,), item) for index, item in enumerate(value))
            elif isinstance(value, dict) and head in value:
                below.append((path + (head,), value[head]))
        level = below
    return iter([(path, value) for path, value in level if isinstance(value, dict)])


def items(data: dict, kind: str) -> list[Item]:
    pattern = ITEM_LISTS.get(kind) or PLAIN_LISTS[kind]
    return [Item(kind, path, value) for path, value in walk(data, pattern)]


def all_items(data: dict) -> list[Item]:
    """Every item with an id slot, in file order within each kind."""
    found = []
    for kind in ITEM_LISTS:
        found.extend(items(data, kind))
    return found


def references(item: Item, key: str, many: bool) -> list[tuple[tuple, str]]:
    """(path, id) of each string reference under `key` of an item."""
    value = item.data.get(key)
    if many:
        if not isinstance(value, list):
            return []
        return [(item.path + (key, i), v) for i, v in enumerate(value) if isinstance(v, str)]
    return [(item.path + (key,), value)] if isinstance(value, str) else []


def path_text(path: tuple) -> str:
    """`goals[3].indicators[0]`: how a path reads in messages and fact ids."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _matches(pattern: tuple, path: tuple) -> bool:
    return len(pattern) == len(path) and all(
        p == "*" and isinstance(q, int) or p == q for p, q in zip(pattern, path, strict=True)
    )


def owner_id(data: dict, path: tuple) -> str:
    """The id of the innermost item that holds `path` (its path when it has no id),
    or `document`."""
    patterns = list(ITEM_LISTS.values()) + list(PLAIN_LISTS.values())
    for length in range(len(path), 0, -1):
        prefix = path[:length]
        if any(_matches(pattern, prefix) for pattern in patterns):
            node = data
            for part in prefix:
                node = node[part]
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                return node["id"]
            return path_text(prefix)
    return "document"
