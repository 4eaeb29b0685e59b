"""The goal tree: parents resolved, subtree sums, inherited values, cycles, chain stages.

Everything here is linear in the number of goals: a chain of thousands of goals or a
cycle of parent links must cost no more than a flat list (issue 16).
"""

from __future__ import annotations

import operator

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
        self.cycles = self._cycles()
        self.cycle_of: dict[int, int] = {g: c for c, cycle in enumerate(self.cycles)
                                         for g in cycle}
        self._upward = self._upward_order()

    def _cycles(self) -> list[list[int]]:
        """The cycles of parent links, each in link order from its first goal found."""
        cycles, settled = [], set()
        for start in range(len(self.goals)):
            trail, position = [], {}
            current = start
            while current is not None and current not in settled and current not in position:
                position[current] = len(trail)
                trail.append(current)
                current = self.parent[current]
            if current is not None and current in position:
                cycles.append(trail[position[current]:])
            settled.update(trail)
        return cycles

    def _upward_order(self) -> list[int]:
        """Goals not on a cycle, each after all goals below it."""
        order = [i for i, parent in enumerate(self.parent) if parent is None]
        order += [child for cycle in self.cycles for goal in cycle
                  for child in self.children[goal] if child not in self.cycle_of]
        at = 0
        while at < len(order):  # breadth first down; no cycle goal is below a tree goal
            order.extend(self.children[order[at]])
            at += 1
        order.reverse()
        return order

    def subtree_sums(self, own: list, combine=operator.add) -> list:
        """For each goal, `own` combined over its subtree: the goal and every goal below
        it, once each. A goal on a cycle has the whole cycle and all below it as
        subtree. With `operator.or_` and ints as bit sets, this gives set unions."""
        total = list(own)
        for goal in self._upward:
            parent = self.parent[goal]
            if parent is not None and parent not in self.cycle_of:
                total[parent] = combine(total[parent], total[goal])
        for cycle in self.cycles:
            whole = total[cycle[0]]
            for goal in cycle[1:]:
                whole = combine(whole, total[goal])
            for goal in cycle:
                for child in self.children[goal]:
                    if child not in self.cycle_of:
                        whole = combine(whole, total[child])
            for goal in cycle:
                total[goal] = whole
        return total

    def inherited_all(self, key: str) -> list:
        """For each goal, its own value of `key`, or else its nearest ancestor's."""
        found: list = [None] * len(self.goals)
        done = [False] * len(self.goals)
        for start in range(len(self.goals)):
            trail, on_trail, value = [], set(), None
            current = start
            while current is not None and not done[current] and current not in on_trail:
                own = self.goals[current].data.get(key)
                if is_text(own):
                    value = own
                    break
                trail.append(current)
                on_trail.add(current)
                current = self.parent[current]
            else:
                if current is not None and done[current]:
                    value = found[current]
            if current is not None and value is not None and not done[current]:
                found[current], done[current] = value, True
            for goal in trail:
                found[goal], done[goal] = value, True
        return found

    def cycle_heads(self) -> set[int]:
        """For each cycle of parent links, the goal whose id sorts first (goals in a cycle
        name each other, so they have ids): the same goal whatever the file's order."""
        return {min(cycle, key=lambda g: (str(self.goals[g].id), g)) for cycle in self.cycles}


def stage(goal: Item) -> str | None:
    chain = goal.data.get("chain")
    return chain if chain in STAGES else None
