"""Facts for the coverage rules of catalog v2 (issue 11, item 6): reporting of each
indicator (R § 9), the parent document named, oppdrag linked to goals, level-1 goals
traced to the strategy. Added to the facts build_facts made, by kind and target path."""

from __future__ import annotations

from ..document.items import items
from .values import is_text


def add_coverage(data: dict, facts: list[dict]) -> None:
    reporting = items(data, "reporting")
    named: dict[str, int] = {}
    # an entry that lists no indicators (the annual report "on everything") covers them all
    covers_all = sum(1 for r in reporting if not r.data.get("indicators"))
    for report in reporting:
        listed = report.data.get("indicators")
        for indicator_id in set(listed) if isinstance(listed, list) else ():
            if isinstance(indicator_id, str):
                named[indicator_id] = named.get(indicator_id, 0) + 1
    strategic = {s.id for s in items(data, "strategic_goal") if s.id is not None}
    meta = data.get("document") if isinstance(data.get("document"), dict) else {}
    for fact in facts:
        kind = fact["kind"]
        if kind == "indicator":
            fact["reported_in"] = named.get(fact["target"], 0) + covers_all
            fact["document_has_reporting"] = bool(reporting)
        elif kind == "goal":
            refs = _item(data, fact["path"]).get("strategy")
            refs = refs if isinstance(refs, list) else []
            fact["strategy_link_count"] = sum(1 for ref in refs if ref in strategic)
            fact["document_has_strategy"] = bool(strategic)
        elif kind == "assignment":
            fact["has_goal"] = is_text(_item(data, fact["path"]).get("goal"))
        elif kind == "document":
            named = meta.get("parent")  # one id, or (format 2) a letter and its supplements
            fact["names_parent_document"] = is_text(named) or (
                isinstance(named, list) and any(is_text(n) for n in named))
            if not fact["names_parent_document"] and "parent" in meta and (
                    named is None or isinstance(named, list) and None in named):
                fact["unknown"] = sorted({*fact.get("unknown", ()), "names_parent_document"})


def _item(data: dict, path: list) -> dict:
    node = data
    for step in path:
        node = node[step]
    return node if isinstance(node, dict) else {}
