"""The goal tree: parents resolved, subtrees, inherited values, cycles, chain stages."""

from __future__ import annotations

from ..document.items import Item
from .values import STAGES, is_text


class GoalTree:
    """The goal tree: parents resolved to the first goal of that id."""

    def __init__(self, goals: list[Item]):
        self.goals = goals
        self.by_id: dict[str, int] = {}
        for index, goal in enumerate(goals):
            if goal.id is not None:
                self.by_id.setdefault(goal.id, index)
        self.parent: list[int | None] = [
            self.by_id.get(goal.data.get("parent")) if isinstance(goal.data.get("parent"), str)
            else None
            for goal in goals
        ]
        self.children: list[list[int]] = [[] for _ in goals]
        for index, parent in enumerate(self.parent):
            if parent is not None:
                self.children[parent].append(index)

    def subtree(self, index: int) -> list[int]:
        seen, order, todo = {index}, [index], [index]
        while todo:
            for child in self.children[todo.pop()]:
                if child not in seen:
                    seen.add(child)
                    order.append(child)
                    todo.append(child)
        return order

    def inherited(self, index: int, key: str):
        """The goal's own value of `key`, or else its nearest ancestor's."""
        seen = set()
        current: int | None = index
        while current is not None and current not in seen:
            value = self.goals[current].data.get(key)
            if is_text(value):
                return value
            seen.add(current)
            current = self.parent[current]
        return None

    def cycle_heads(self) -> set[int]:
        """For each cycle of parent links, its first goal in file order."""
        heads, settled = set(), set()
        for start in range(len(self.goals)):
            trail, position = [], {}
            current = start
            while current is not None and current not in settled and current not in position:
                position[current] = len(trail)
                trail.append(current)
                current = self.parent[current]
            if current is not None and current in position:
                heads.add(min(trail[position[current]:]))
            settled.update(trail)
        return heads


def stage(goal: Item) -> str | None:
    chain = goal.data.get("chain")
    return chain if chain in STAGES else None
