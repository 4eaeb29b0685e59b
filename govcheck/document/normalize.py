"""Read goal documents as people write them: `id: 12`, `period: 2015`, `post: 1`.

Runs once, right after loading and before the schema sees the data, so that
every later stage finds ids, references, periods, chapters and posts as strings.
"""

from __future__ import annotations

from .items import ITEM_LISTS, PLAIN_LISTS, walk
from .marks import marked

_INDICATOR = ITEM_LISTS["indicator"]
_PERIOD_HOLDERS = (
    _INDICATOR + ("target",),
    _INDICATOR + ("targets", "*"),  # format 2
    ("evaluations", "*"),
    ("dialogue", "*"),
    _INDICATOR + ("baseline",),
    _INDICATOR + ("actuals", "*"),
    _INDICATOR + ("corrective_actions", "*"),
    PLAIN_LISTS["spending"],
    ("results", "*", "values", "*"),  # an annual report's figures
)
# An annual report's references into the letters it answers (not checked as references
# inside the report: they name items of another document).
_ANSWERS = (("results", "indicator"), ("assignment_status", "assignment"),
            ("reporting_answers", "requirement"))
_LINES = ITEM_LISTS["budget_line"]


def _text(value):
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _at(data, path: tuple):
    for part in path:
        data = data[part]
    return data


def normalize(data: dict) -> dict:
    """Turn YAML integers into the strings the format means; changes `data` in place."""
    document = data.get("document")
    if isinstance(document, dict):
        for key in ("id", "parent", "previous"):
            if key in document:
                document[key] = _text(document[key])
    marks = marked(data)  # every item and reference the schema marks
    for _, path, identifier in marks.items:
        _at(data, path)["id"] = identifier
    for path, ref, _ in marks.references:
        _at(data, path[:-1])[path[-1]] = ref
    for pattern in _PERIOD_HOLDERS:
        for _, holder in walk(data, pattern):
            if "period" in holder:
                holder["period"] = _text(holder["period"])
    for section, key in _ANSWERS:
        for _, entry in walk(data, (section, "*")):
            if key in entry:
                entry[key] = _text(entry[key])
    if isinstance(document, dict) and isinstance(document.get("parent"), list):
        document["parent"] = [_text(v) for v in document["parent"]]
    for _, line in walk(data, _LINES):
        if "chapter" in line:
            line["chapter"] = _text(line["chapter"])
        post = line.get("post")
        if isinstance(post, int) and not isinstance(post, bool) and post >= 0:
            line["post"] = f"{post:02d}"
    for _, waiver in walk(data, ("waivers", "*")):
        if "target" in waiver:
            waiver["target"] = _text(waiver["target"])
    return data
