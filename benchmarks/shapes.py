"""Document shapes that once grew faster than their size: generated at run time for the
growth benchmark (benchmarks/growth.py) and tests/test_growth.py.

Each shape is schema-valid YAML text of `n` goals (written by hand, not by a YAML
dumper, so that even the biggest is produced in milliseconds).
"""

from __future__ import annotations

HEADER = (
    "govcheck: 1\n"
    "document:\n"
    "  id: {doc_id}\n"
    "  type: allocation_letter\n"
    "  title: Generert brev\n"
    "  year: 2026\n"
    "  issuer: Arbeids- og sosialdepartementet\n"
    "  recipient: Husbanken\n"
    "  date: 2025-12-15\n"
)


def _goal(number: int, parent: int | None, level: int, indicator: bool = True) -> str:
    text = (f"  - id: G{number}\n    title: Mål nummer {number} for økt måloppnåelse\n"
            f"    level: {level}\n    chain: {'outcome' if parent is None else 'output'}\n"
            "    owner: Avdeling A\n")
    if parent is not None:
        text += f"    parent: G{parent}\n"
    if indicator:
        text += (f"    indicators:\n    - id: I{number}\n      name: Andel saker\n"
                 "      unit: percent\n      direction: higher_is_better\n"
                 "      target: {value: 80, period: '2026'}\n"
                 "      baseline: {value: 70, period: '2025'}\n"
                 "      frequency: tertial\n      source: Fagsystem\n")
    return text


def chain(n: int, doc_id: str = "CHAIN") -> str:
    """Goal i's parent is goal i-1: one branch n deep."""
    goals = "".join(_goal(i, i - 1 if i else None, min(i + 1, 3)) for i in range(n))
    return HEADER.format(doc_id=doc_id) + "goals:\n" + goals


def cycle(n: int, doc_id: str = "CYCLE") -> str:
    """Goal i's parent is goal i-1 and goal 0's is the last: one cycle of n goals."""
    goals = "".join(_goal(i, (i - 1) % n, 2) for i in range(n))
    return HEADER.format(doc_id=doc_id) + "goals:\n" + goals


def flat(n: int, doc_id: str = "FLAT") -> str:
    """n level-1 goals without indicators, no links."""
    goals = "".join(_goal(i, None, 1, indicator=False) for i in range(n))
    return HEADER.format(doc_id=doc_id) + "goals:\n" + goals


def waived(n: int, doc_id: str = "WAIVED") -> str:
    """n flat goals without indicators, each with a waiver of the finding it gets."""
    goals = "".join(_goal(i, None, 1, indicator=False) for i in range(n))
    waivers = "".join(
        f"  - rule: MRS003\n    target: G{i}\n    justification: Avklart med departementet\n"
        "    approved_by: Ekspedisjonssjef\n    expires: '2099-12-31'\n" for i in range(n))
    return HEADER.format(doc_id=doc_id) + "goals:\n" + goals + "waivers:\n" + waivers


def letter(n: int, doc_id: str = "LETTER") -> str:
    """A letter of n goals in a tree of fan-out 4, every second without an indicator,
    so a report has findings spread over all of them (~50 KB at 1,000 goals)."""
    goals = "".join(_goal(i, (i - 1) // 4 if i else None, 1 if i == 0 else 2 if i < 5 else 3,
                          indicator=i % 2 == 0) for i in range(n))
    return HEADER.format(doc_id=doc_id) + "goals:\n" + goals


SHAPES = {"chain": chain, "cycle": cycle, "flat": flat, "waived": waived, "letter": letter}
