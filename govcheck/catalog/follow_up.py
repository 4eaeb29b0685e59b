"""Follow-up over periods: latest actual against target, runs of misses, spending."""

from __future__ import annotations

from ..document.items import Item
from ..document.periods import Period, parse_period
from .values import digits, is_number


def shortfall(direction, target: float, actual: float) -> float | None:
    """How much worse than target an actual is, in the indicator's unit."""
    if direction == "higher_is_better":
        difference = target - actual
    elif direction == "lower_is_better":
        difference = actual - target
    elif direction == "on_target":
        difference = abs(actual - target)
    else:
        return None
    return round(difference, 9)  # 1.1 - 0.9 is 0.2, not 0.20000000000000007


def ordered_by_period(entries: list) -> list[tuple]:
    """(period, entry) for entries with a readable period, by end then list order."""
    dated = [(parse_period(e.get("period")), i, e) for i, e in enumerate(entries)
             if isinstance(e, dict)]
    dated = [(p, i, e) for p, i, e in dated if p is not None]
    dated.sort(key=lambda item: (item[0].last, item[1]))
    return [(p, e) for p, _, e in dated]


def follow_up(indicator: dict, tolerance: float, relative: float = 0.0) -> dict:
    """Latest actual against a numeric target, and runs of misses. A miss is a shortfall
    beyond max(tolerance, relative × |target|): § 14 b asks only about significant ones."""
    target = indicator.get("target")
    if not isinstance(target, dict) or not is_number(target.get("value")):
        return {}
    goal_value = target["value"]
    direction = indicator.get("direction")
    if shortfall(direction, 0, 0) is None:
        return {}
    window = parse_period(target.get("period"))
    actuals = indicator.get("actuals") if isinstance(indicator.get("actuals"), list) else []
    judged = [(p, e) for p, e in ordered_by_period(actuals)
              if is_number(e.get("value")) and (window is None or window.contains(p))]
    if not judged:
        return {}
    latest_period, latest = judged[-1]
    tolerance = max(tolerance, round(relative * abs(goal_value), 9))
    facts = {
        "target_value": goal_value,
        "target_direction": direction,
        "latest_period": latest["period"],
        "latest_value": latest["value"],
        "latest_shortfall": shortfall(direction, goal_value, latest["value"]),
        "allowed_shortfall": tolerance,
    }
    facts["latest_miss"] = facts["latest_shortfall"] > tolerance
    actions = indicator.get("corrective_actions")
    actions = actions if isinstance(actions, list) else []
    action_periods = [p for p, _ in ordered_by_period(actions)]
    runs, run = [], []
    for period, entry in judged:
        if shortfall(direction, goal_value, entry["value"]) > tolerance:
            run.append((period, entry))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    longest = []
    for run in runs:
        span = Period(min(p.first for p, _ in run), max(p.last for p, _ in run))
        corrected = any(span.overlaps(p) for p in action_periods)
        if not corrected and len(run) > len(longest):
            longest = run
    facts["uncorrected_miss_run"] = len(longest)
    if longest:
        facts["miss_run_first"] = longest[0][1]["period"]
        facts["miss_run_last"] = longest[-1][1]["period"]
    return facts


CARRY_OVER = 0.05  # unused operating appropriation that may lawfully move to next year


def post_type(post) -> str:
    """operating (01–29), investment (30–49), transfer (50–89), lending (90–99)."""
    text = str(post).strip() if post is not None else ""
    if not digits(text):
        return "unknown"
    number = int(text)
    for kind, low, high in (("operating", 1, 29), ("investment", 30, 49),
                            ("transfer", 50, 89), ("lending", 90, 99)):
        if low <= number <= high:
            return kind
    return "unknown"


def _spending_problem(kind: str, spent, amount, year_end: bool, tolerance: float):
    """What is wrong with spending against the year's allocation, or None.

    In the year only exceeding the whole allocation is judged: transfer and investment
    posts are paid unevenly, so a pro-rata share says nothing. At year end an underspend
    is judged on operating posts only, above the lawful 5 % carry-over."""
    if amount <= 0:
        return "no_allocation" if spent > 0 else None
    if spent > amount * (1 + tolerance):
        return "overspent" if year_end else "over_frame"
    if year_end and kind == "operating":
        if (amount - spent) / amount > max(tolerance, CARRY_OVER):
            return "underspent"
    return None


def spending_facts(line: Item, line_by_id: dict, spending: list[Item], year,
                   tolerance: float = 0.0) -> dict:
    """Cumulative spending at the line's latest period in the document year."""
    if line.id is None or line_by_id.get(line.id) is not line or year is None:
        return {}
    entries = [s.data for s in spending if s.data.get("line") == line.id]
    in_year = [(p, e) for p, e in ordered_by_period(entries)
               if p.first // 12 == year and p.last // 12 == year and is_number(e.get("amount"))]
    amount = line.data.get("amount")
    if not in_year or not is_number(amount):
        return {}
    period, entry = in_year[-1]
    spent = entry["amount"]
    kind = post_type(line.data.get("post"))
    year_end = period.months_into_year == 12
    facts = {"spent": spent, "spending_period": entry["period"], "post_type": kind,
             "year_end": year_end}
    if amount > 0:
        facts["spending_deviation"] = abs(spent - amount) / amount
    problem = _spending_problem(kind, spent, amount, year_end, tolerance)
    if problem:
        facts["spending_problem"] = problem
    return facts
