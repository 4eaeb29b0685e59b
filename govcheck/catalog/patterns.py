"""Regular expressions from configuration (such as USER001's `nav_pattern`), checked
when the configuration is read and matched so that no pattern can hang a run.

Python's `re` backtracks, and has no time limit: `^(a+)+$` against a long name runs
for ever. So a pattern may repeat (`*`, `+`, `{2,}`) only a single character or
character class, never a group; it may hold at most MAX_REPEATS such repeats and no
backreferences; and it is matched against at most MAX_MATCHED characters of a text.
Together these bound the work to a few million steps whatever the document says.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser `re` itself uses; public as sre_parse till 3.11
import re._parser as sre_parse

MAX_MATCHED = 200  # characters of each text a pattern is matched against
MAX_REPEATS = 2
MAX_LENGTH = 500  # characters of the pattern itself

_SINGLE = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_BACKREFS = {sre.GROUPREF, sre.GROUPREF_EXISTS}


def pattern_problem(pattern: str) -> str | None:
    """Why the pattern is refused, or None when it may be used."""
    if len(pattern) > MAX_LENGTH:
        return f"is longer than {MAX_LENGTH} characters"
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        return f"is not a valid regular expression ({error})"
    repeats = [0]
    problem = _walk(list(parsed), repeats)
    if problem is None and repeats[0] > MAX_REPEATS:
        problem = f"repeats more than {MAX_REPEATS} times; simplify it"
    return problem


def _walk(items, repeats) -> str | None:
    for op, argument in items:
        if op in _BACKREFS:
            return "uses a backreference, which can make matching slow; remove it"
        if op in _REPEATS:
            _low, high, body = argument
            body = list(body)
            if high > 1:
                repeats[0] += 1
                if not (len(body) == 1 and body[0][0] in _SINGLE):
                    return ("repeats a group, which can make matching take for ever; "
                            "repeat single characters or classes only")
            problem = _walk(body, repeats)
        elif op == sre.SUBPATTERN:
            problem = _walk(list(argument[-1]), repeats)
        elif op == sre.ATOMIC_GROUP:
            problem = _walk(list(argument), repeats)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            problem = _walk(list(argument[1]), repeats)
        elif op == sre.BRANCH:
            problem = next((p for b in argument[1] if (p := _walk(list(b), repeats))), None)
        else:
            problem = None
        if problem:
            return problem
    return None


def search(pattern: str, *texts: str) -> bool:
    """Whether the pattern matches the texts joined by spaces, each cut to its first
    MAX_MATCHED characters."""
    return re.search(pattern, " ".join(text[:MAX_MATCHED] for text in texts)) is not None
