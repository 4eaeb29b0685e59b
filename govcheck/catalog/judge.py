"""A rule condition read three-valued over one fact: true, false or unknown (None).

The engine decides the findings; this decides which items a rule may judge at all. A
property the fact lists in `unknown` has no known value, unless the fact also lists it in
`at_least`: then its value is a lower bound (a count over a list that ends in null holds
at least the items stated). `$and` with one known-false part is false, `$or` with one
known-true part is true, whatever the unknown parts are; otherwise an unknown part leaves
the whole unknown. The grammar is the engine's (catalog.catalog checks it; a value is a
constant here: parameters are substituted first).
"""

from __future__ import annotations

_COMPARE = {"$lt": lambda a, b: a < b, "$lte": lambda a, b: a <= b,
            "$gt": lambda a, b: a > b, "$gte": lambda a, b: a >= b,
            "$neq": lambda a, b: a != b, "$eq": lambda a, b: a == b}


def reads(condition) -> set:
    """The fact properties a condition reads."""
    found = set()
    if isinstance(condition, dict):
        for key, value in condition.items():
            if not key.startswith("$"):
                found.add(key)
            elif key != "$param":
                found |= reads(value)
    elif isinstance(condition, list):
        for part in condition:
            found |= reads(part)
    return found


def judge(condition: dict, fact: dict) -> bool | None:
    """Whether the condition holds on the fact: True, False, or None when what the fact
    leaves unknown could make it either."""
    results = [_one(operator, operand, fact) for operator, operand in condition.items()]
    return _all(results)


def _all(results) -> bool | None:
    results = list(results)
    if False in results:
        return False
    return None if None in results else True


def _any(results) -> bool | None:
    results = list(results)
    if True in results:
        return True
    return None if None in results else False


def _one(operator: str, operand, fact: dict) -> bool | None:
    if operator == "$and":
        return _all(judge(part, fact) for part in operand)
    if operator == "$or":
        return _any(judge(part, fact) for part in operand)
    if operator in ("$ex", "$nex"):
        return _all(_present(name, fact, operator == "$ex") for name in operand)
    if operator in _COMPARE:
        return _all(_compare(operator, name, value, fact) for name, value in operand.items())
    return _compare("$eq", operator, operand, fact)


def _present(name: str, fact: dict, wanted: bool) -> bool | None:
    if name in fact.get("unknown", ()) and name not in fact.get("at_least", ()):
        return None
    return (name in fact) == wanted


def _same_type(a, b) -> bool:  # the engine compares numbers with numbers, not with booleans
    return isinstance(a, bool) == isinstance(b, bool) and \
        isinstance(a, str) == isinstance(b, str)


def _compare(operator: str, name: str, value, fact: dict) -> bool | None:
    unknown = name in fact.get("unknown", ())
    if unknown and name not in fact.get("at_least", ()):
        return None
    if name not in fact or not _same_type(fact[name], value):
        return None if unknown else False
    holds = _COMPARE[operator](fact[name], value)
    if not unknown:
        return holds
    # fact[name] is a lower bound: compare the whole range [fact[name], ∞) with value
    low = fact[name]
    if operator in ("$gt", "$gte"):
        return True if holds else None
    if operator in ("$lt", "$lte"):
        return False if not holds else None
    if operator == "$eq":
        return False if value < low else None
    return True if value < low else None  # $neq
