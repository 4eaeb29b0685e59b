"""What the facts see of a document the schema found fault with: every value of the wrong
type (a list where an id belongs, `[[]]` among indicator ids, a mapping as a goal's
strategy) is absent there. The schema reports each as a SCHEMA finding at its place; past
this boundary no fact function needs a guard of its own against a wrong type, and none can
fail on one (issue 27, item 2). Values of the right type that break another schema rule
(a pattern, an enum, a bound) are kept: facts already read those as they are.
"""

from __future__ import annotations

import dataclasses

from .loader import Document
from .validate import validator


def sound(document: Document) -> Document:
    """`document` with every value of a type the schema does not allow there set to null
    (absent), copying only the containers on the way to one; the same document when
    there is none."""
    paths = sorted({tuple(error.instance_path)
                    for error in validator().iter_errors(document.data)
                    if _wrong_type(error)}, key=len)
    if not paths:
        return document
    if paths[0] == ():
        return dataclasses.replace(document, data={})
    data = dict(document.data)
    copied = {(): data}
    for path in paths:
        node = data
        for depth, step in enumerate(path[:-1], 1):
            child = node[step]
            if child is None:  # an ancestor is absent already
                break
            if path[:depth] not in copied:
                child = copied[path[:depth]] = type(child)(child)
                node[step] = child
            node = child
        else:
            node[path[-1]] = None
    return dataclasses.replace(document, data=data)


def _wrong_type(error) -> bool:
    """A `type` failure, or a oneOf/anyOf whose every alternative failed on the type of
    the value itself."""
    keyword = error.kind.name
    if keyword == "type":
        return True
    if keyword not in ("oneOf", "anyOf"):
        return False
    path = tuple(error.instance_path)  # each alternative's errors, as jsonschema-rs gives
    here = [sub for alternative in error.kind.context for sub in alternative
            if tuple(sub.instance_path) == path]
    return bool(here) and all(sub.kind.name == "type" for sub in here)
