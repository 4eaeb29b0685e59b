"""Spending against the appropriation: the year's frame and what the letter says widens it.

FOLLOW003 judges spending past the frame, with no tolerance (R § 14 a). The frame is the
line's amount, plus income beyond its income line under a stated merinntektsfullmakt
(`authorisations[].kind: additional_income`), plus what is unused on posts whose stikkord
say they «kan nyttes under» this post. FOLLOW005 notes a large year-end underspend on an
operating post (practice, not a rule), never on a post whose stikkord say «kan overføres».
"""

from __future__ import annotations

import re

from govcheck.i18n import N_, Texts

from ..document.items import Item
from ..numbers import show
from .follow_up import ordered_by_period
from .known import is_income
from .values import digits, is_number

CARRY_OVER = 0.05  # unused operating appropriation that may move to next year (FIN, since 1985)

TRANSFERABLE = re.compile(r"\bkan\s+overf(?:ø|o)r(?:es|ast)\b", re.IGNORECASE)
USABLE_UNDER = re.compile(
    r"\bkan\s+(?:nyttes|nyttast|brukes|brukast)\s+under\s+"
    r"(?:kap(?:ittel|\.)?\s*(\d{3,4})\s*,?\s*)?post(?:ene)?\s+((?:\d{2}(?:\s*(?:,|og)\s*)?)+)",
    re.IGNORECASE)


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


def _stikkord(line: dict) -> list[str]:
    stated = line.get("annotations")
    return [a for a in stated if isinstance(a, str)] if isinstance(stated, list) else []


def stikkord_open(line: dict) -> bool:
    """The line's stikkord are written null, or one of them is: whether the post may be
    carried over or used under another is unknown."""
    stated = line.get("annotations", [])
    return stated is None or (isinstance(stated, list) and None in stated)


def transferable(line: dict) -> bool:
    """The post's stikkord say «kan overføres»: its unused amount may be carried over."""
    return any(TRANSFERABLE.search(text) for text in _stikkord(line))


def usable_under(line: dict) -> set[tuple[str, str]]:
    """(chapter, post) pairs the stikkord say this line's appropriation may be used under;
    a stikkord without «kap.» means the line's own chapter."""
    found = set()
    for text in _stikkord(line):
        for match in USABLE_UNDER.finditer(text):
            chapter = match.group(1) or str(line.get("chapter"))
            found |= {(chapter, post) for post in re.findall(r"\d{2}", match.group(2))}
    return found


def _address(line: dict) -> tuple[str, str]:
    post = line.get("post")
    post = f"{post:02d}" if isinstance(post, int) else str(post)
    return str(line.get("chapter")), post


class Budget:
    """One document's lines, their latest in-year spending and the fullmakter on them."""

    def __init__(self, lines: list[Item], spending: list[Item], authorisations: list[Item],
                 year):
        self.by_id: dict[str, Item] = {}
        for line in lines:
            if line.id is not None:
                self.by_id.setdefault(line.id, line)
        self.latest: dict[str, tuple] = {}  # line id → (period, entry), the latest in year
        if year is not None:
            for line_id in self.by_id:
                entries = [s.data for s in spending if s.data.get("line") == line_id]
                in_year = [(p, e) for p, e in ordered_by_period(entries)
                           if p.first // 12 == year and p.last // 12 == year
                           and is_number(e.get("amount"))]
                if in_year:
                    self.latest[line_id] = in_year[-1]
        self.income_lines: dict[str, list] = {}  # expenditure id → [income ids or None]
        for authorisation in authorisations:
            if authorisation.data.get("kind") != "additional_income":
                continue
            named = [r for r in authorisation.data.get("lines") or [] if isinstance(r, str)]
            income = [r for r in named if r in self.by_id and is_income(self.by_id[r].data)]
            for ref in named:
                if ref in self.by_id and not is_income(self.by_id[ref].data):
                    self.income_lines.setdefault(ref, []).extend(income or [None])
        self.donors: dict[tuple, list[Item]] = {}  # (chapter, post) → lines usable under it
        for line in self.by_id.values():
            for address in usable_under(line.data):
                self.donors.setdefault(address, []).append(line)

    def spent(self, line_id) -> float | None:
        latest = self.latest.get(line_id)
        return latest[1]["amount"] if latest else None

    def widening(self, line: Item) -> tuple[float, float, bool]:
        """What the stated merinntektsfullmakt and the stikkord of other posts add to the
        line's frame, and whether some of it is unknown (a line without figures)."""
        income_extra, donated, unknown = 0.0, 0.0, False
        for income_id in self.income_lines.get(line.id, ()):
            income = self.by_id.get(income_id)
            received = self.spent(income_id)
            if income is None or received is None or not is_number(income.data.get("amount")):
                unknown = True
            else:
                income_extra += max(0.0, received - income.data["amount"])
        for donor in self.donors.get(_address(line.data), ()):
            if donor is line:
                continue
            used = self.spent(donor.id)
            if used is None or not is_number(donor.data.get("amount")):
                unknown = True
            else:
                donated += max(0.0, donor.data["amount"] - used)
        return income_extra, donated, unknown


FRAME_NOTE = Texts(N_("; the frame with {what} is {frame}"))
WIDENED_BY = Texts((N_("additional income"), N_("unused amounts on posts usable under this one"),
                    N_("and")))


def frame_note(income: float, donated: float, frame: float) -> dict:
    """What widened the frame, in each language; nothing when nothing did."""
    note = {}
    for lang, text in FRAME_NOTE.items():
        income_word, donor_words, both = WIDENED_BY[lang]
        what = [w for w, added in ((income_word, income), (donor_words, donated)) if added > 0]
        note[lang] = text.format(what=f" {both} ".join(what), frame=show(frame, "nok", lang)) \
            if what else ""
    return note


def spending_facts(line: Item, budget: Budget, tolerance: float) -> dict:
    """Cumulative spending at the line's latest period in the document year, against the
    frame; `unknown` names what a missing figure leaves open."""
    if line.id is None or budget.by_id.get(line.id) is not line or line.id not in budget.latest:
        return {}
    amount = line.data.get("amount")
    if not is_number(amount):
        return {}
    period, entry = budget.latest[line.id]
    spent = entry["amount"]
    kind = post_type(line.data.get("post"))
    year_end = period.months_into_year == 12
    facts = {"spent": spent, "spending_period": entry["period"], "post_type": kind,
             "year_end": year_end, "transferable": transferable(line.data),
             "frame_note": frame_note(0, 0, amount)}
    if amount > 0:
        facts["spending_deviation"] = abs(spent - amount) / amount
    if is_income(line.data):  # income received, judged by no spending rule
        return facts
    if amount <= 0 and spent > 0:
        facts["spending_problem"] = "no_allocation"
    elif spent > amount:
        income_extra, donated, unknown = budget.widening(line)
        extra = income_extra + donated
        if spent > amount + extra:
            open_donor = any(stikkord_open(other.data) for other in budget.by_id.values()
                             if other is not line)
            if unknown or open_donor:  # a figure or stikkord not stated could cover the rest
                facts["unknown"] = ["spending_problem"]
            else:
                facts["spending_problem"] = "overspent" if year_end else "over_frame"
                facts["frame"] = amount + extra
                facts["frame_note"] = frame_note(income_extra, donated, amount + extra)
    elif year_end and amount > 0 and kind == "operating" and stikkord_open(line.data):
        facts["unknown"] = ["underspent"]  # it may say «kan overføres»
    elif year_end and amount > 0 and kind == "operating" and not facts["transferable"] \
            and not usable_under(line.data):
        share = (amount - spent) / amount
        limit = max(tolerance, CARRY_OVER)
        if share > limit:
            facts.update(underspent=True, underspend_share=share, underspend_limit=limit)
    return facts

