"""The diff as a short readable report, in nb, nn or en."""

from __future__ import annotations

from govcheck.i18n import N_, NP_, Texts

from ... import safe
from ...numbers import number, with_unit
from ...terms import known, severity_word, term
from .model import COUNTED, SECTIONS, Change, Diff, Entry, Findings, Side

_WORDS = Texts({
    "heading": N_("Changes from {old} to {new}"),
    "old": N_("Old"),
    "new": N_("New"),
    "counts": N_("Counts (before → after)"),
    "goals": N_("goals"),
    "level1_goals": NP_("_WORDS.level1_goals", "level-1 goals"),
    "indicators": N_("indicators"),
    "assignments": N_("assignments"),
    "goals_section": N_("Goals"),
    "indicators_section": NP_("_WORDS.indicators_section", "Indicators"),
    "budget_lines": N_("budget lines"),
    "risks": N_("risks"),
    "budget_lines_section": N_("Budget lines"),
    "assignments_section": N_("Assignments"),
    "risks_section": N_("Risks"),
    "findings_section": N_("Findings (both documents checked)"),
    "findings_summary": N_("new {new}, resolved {resolved}, persistent {persistent}"),
    "warning_type": N_("Warning: the documents are of different types ({old} → {new})."),
    "warning_recipient": N_("Warning: the documents have different recipients (“{old}” → "
                            "“{new}”)."),
    "amount": N_("amount: {old} → {new}"),
    "chapter": N_("chapter: {old} → {new}"),
    "post": N_("post: {old} → {new}"),
    "goals_ref": N_("goals: {old} → {new}"),
    "deadline": N_("deadline: {old} → {new}"),
    "owner": N_("owner: {old} → {new}"),
    "status": N_("status: {old} → {new}"),
    "likelihood": N_("likelihood: {old} → {new}"),
    "consequence": N_("consequence: {old} → {new}"),
    "score": N_("risk score: {old} → {new}"),
    "treatment": N_("treatment: {old} → {new}"),
    "tolerance": N_("tolerance: {old} → {new}"),
    "summary": N_("added {added}, removed {removed}, changed {changed}"),
    "no_changes": N_("No changes to goals, indicators, budget, assignments or risks."),
    "none": N_("none"),
    "unknown": N_("unknown"),
    "year": N_("year"),
    "id": N_("new id (same {label}): {old} → {new}"),
    "label_goal": N_("title"),
    "label_indicator": N_("name"),
    "title": N_("title: “{old}” → “{new}”"),
    "name": N_("name: “{old}” → “{new}”"),
    "level": N_("level: {old} → {new}"),
    "chain": N_("results chain: {old} → {new}"),
    "parent": N_("parent goal: {old} → {new}"),
    "goal": N_("moved from goal {old} to {new}"),
    "unit": N_("unit: {old} → {new}"),
    "direction": N_("direction: {old} → {new}"),
    "target_kind": N_("target: {old} → {new}"),
    "target_value_lowered": N_("target lowered: {old} → {new}"),
    "target_value_raised": N_("target raised: {old} → {new}"),
    "easier": N_("easier to reach"),
    "harder": N_("harder to reach"),
    "target_description": N_("qualitative target: “{old}” → “{new}”"),
    "target_period": N_("target period: {old} → {new}"),
    "numeric": N_("numeric"),
    "qualitative": N_("qualitative"),
})

_MINUS = "\u2212"


def _number_text(value, lang: str) -> str:
    """A budget amount in full, to the øre (the diff shows every krone that changed)."""
    return number(value, lang, 2).replace("-", _MINUS)


def _word(words: dict, value, lang: str) -> str:
    """A value as the reader says it: the diff's own words, else the format's terms."""
    if value is None:
        return words["none"]
    if isinstance(value, str):
        return words.get(value) or term(value, lang)
    return str(value)


def _change_text(change: Change, kind: str, unit, words: dict, lang: str) -> str:
    old, new = change.old, change.new
    if change.field == "id":
        label = words["label_goal" if kind == "goal" else "label_indicator"]
        return words["id"].format(label=label, old=old, new=new)
    if change.field == "target_value":
        text = words[f"target_value_{change.trend}"].format(
            old=with_unit(old, unit, lang), new=with_unit(new, unit, lang))
        return f"{text} ({words[change.effect]})" if change.effect else text
    if change.field == "amount" and kind == "budget_line":
        return words["amount"].format(old=_number_text(old, lang) if old is not None
                                      else words["none"],
                                      new=_number_text(new, lang) if new is not None
                                      else words["none"])
    if change.field == "goals" and kind == "budget_line":
        return words["goals_ref"].format(old=", ".join(map(str, old or [])) or words["none"],
                                         new=", ".join(map(str, new or [])) or words["none"])
    if change.field == "goal" and kind == "assignment":
        return words["goals_ref"].format(old=_word(words, old, lang),
                                         new=_word(words, new, lang))
    if change.field in ("title", "name", "target_description"):
        return words[change.field].format(old=old if old is not None else "",
                                          new=new if new is not None else "")
    return words[change.field].format(old=_word(words, old, lang), new=_word(words, new, lang))


def _entry_lines(entry: Entry, mark: str, file: str, words, lang) -> list[str]:
    label = f"  {safe.text(entry.label)}" if entry.label else ""
    lines = [f"  {mark} {safe.text(entry.id)}{label}  [{safe.text(file)}:{entry.line}]"]
    for change in entry.changes:  # the change's words hold the documents' values
        lines.append("      " + safe.text(_change_text(change, entry.kind, entry.unit,
                                                       words, lang)))
    return lines


def _section_lines(diff: Diff, key: str, words: dict, lang: str) -> list[str]:
    section = getattr(diff, key)
    if section.empty:
        return []
    summary = words["summary"].format(added=len(section.added), removed=len(section.removed),
                                      changed=len(section.changed))
    out = ["", f"{words[key + '_section']}: {summary}"]
    for entry in section.added:
        out.extend(_entry_lines(entry, "+", diff.new.file, words, lang))
    for entry in section.removed:
        out.extend(_entry_lines(entry, _MINUS, diff.old.file, words, lang))
    for entry in section.changed:
        out.extend(_entry_lines(entry, "~", diff.new.file, words, lang))
    return out


def _findings_lines(findings: Findings, words: dict, lang: str) -> list[str]:
    out = ["", f"{words['findings_section']}: " + words["findings_summary"].format(
        new=len(findings.new), resolved=len(findings.resolved),
        persistent=len(findings.persistent))]
    for mark, found in (("+", findings.new), (_MINUS, findings.resolved)):
        out.extend(f"  {mark} {rule} {safe.text(target)} ({severity_word(severity, lang)})"
                   for rule, target, severity in found)
    return out


def render_text(diff: Diff, lang: str = "nb") -> str:
    """A short readable report: counts before and after, then +/−/~ per item."""
    lang = known(lang)
    words = _WORDS[lang]

    def name(side: Side) -> str:
        identifier = safe.text(side.document_id) if side.document_id else words["unknown"]
        return f"{identifier} ({side.year})" if side.year is not None else identifier

    out = [words["heading"].format(old=name(diff.old), new=name(diff.new))]
    width = max(len(words["old"]), len(words["new"])) + 1
    out.append(f"  {(words['old'] + ':').ljust(width)} {safe.text(diff.old.file)}")
    out.append(f"  {(words['new'] + ':').ljust(width)} {safe.text(diff.new.file)}")
    out.append("")
    out.append(words["counts"])
    label_width = max(len(words[k]) for k in COUNTED)
    for key in COUNTED:
        before, after = diff.counts[key]
        delta = after - before
        change = f"  ({'+' if delta > 0 else _MINUS}{abs(delta)})" if delta else ""
        out.append(f"  {words[key].ljust(label_width)}  {before:>4} → {after:<4}{change}".rstrip())

    out[1:1] = [safe.text(words[f"warning_{f}"].format(old=_word(words, o, lang),
                                                       new=_word(words, n, lang)))
                for f, o, n in diff.warnings]
    for key in SECTIONS:
        out.extend(_section_lines(diff, key, words, lang))
    if diff.findings is not None:
        out.extend(_findings_lines(diff.findings, words, lang))
    if diff.empty:
        out.append("")
        out.append(words["no_changes"])
    return "\n".join(out) + "\n"
