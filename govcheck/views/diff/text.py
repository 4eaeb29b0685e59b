"""The diff as a short readable report, in nb, nn or en."""

from __future__ import annotations

from ... import safe
from ...numbers import number, with_unit
from ...terms import known, severity_word, term
from .model import COUNTED, SECTIONS, Change, Diff, Entry, Findings, Side

_WORDS = {
    "nb": {
        "heading": "Endringer fra {old} til {new}",
        "old": "Gammel", "new": "Ny",
        "counts": "Antall (før → etter)",
        "goals": "mål", "level1_goals": "hovedmål (nivå 1)",
        "indicators": "styringsparametere", "assignments": "oppdrag",
        "goals_section": "Mål", "indicators_section": "Styringsparametere",
        "budget_lines": "budsjettlinjer", "risks": "risikoer",
        "budget_lines_section": "Budsjettlinjer", "assignments_section": "Oppdrag",
        "risks_section": "Risikoer", "findings_section": "Funn (kontroll av begge dokumentene)",
        "findings_summary": "nye {new}, løste {resolved}, vedvarende {persistent}",
        "warning_type": "Advarsel: dokumentene er av ulik type ({old} → {new}).",
        "warning_recipient": "Advarsel: dokumentene har ulik mottaker («{old}» → «{new}»).",
        "amount": "beløp: {old} → {new}", "chapter": "kapittel: {old} → {new}",
        "post": "post: {old} → {new}", "goals_ref": "mål: {old} → {new}",
        "deadline": "frist: {old} → {new}", "owner": "eier: {old} → {new}",
        "status": "status: {old} → {new}", "likelihood": "sannsynlighet: {old} → {new}",
        "consequence": "konsekvens: {old} → {new}", "score": "risikoskår: {old} → {new}",
        "treatment": "håndtering: {old} → {new}", "tolerance": "toleranse: {old} → {new}",
        "summary": "nye {added}, fjernet {removed}, endret {changed}",
        "no_changes": "Ingen endringer i mål, styringsparametere, budsjett, oppdrag "
                      "eller risikoer.",
        "none": "ingen", "unknown": "ukjent", "year": "år",
        "id": "ny id (samme {label}): {old} → {new}",
        "label_goal": "tittel", "label_indicator": "navn",
        "title": "tittel: «{old}» → «{new}»",
        "name": "navn: «{old}» → «{new}»",
        "level": "nivå: {old} → {new}",
        "chain": "trinn i resultatkjeden: {old} → {new}",
        "parent": "målet over: {old} → {new}",
        "goal": "flyttet fra mål {old} til {new}",
        "unit": "enhet: {old} → {new}",
        "direction": "retning: {old} → {new}",
        "target_kind": "resultatkrav: {old} → {new}",
        "target_value_lowered": "resultatkrav senket: {old} → {new}",
        "target_value_raised": "resultatkrav hevet: {old} → {new}",
        "easier": "lettere å nå", "harder": "vanskeligere å nå",
        "target_description": "resultatkrav i ord: «{old}» → «{new}»",
        "target_period": "periode for resultatkravet: {old} → {new}",
        "numeric": "tallfestet", "qualitative": "beskrevet i ord",
    },
    "nn": {
        "heading": "Endringar frå {old} til {new}",
        "old": "Gammal", "new": "Ny",
        "counts": "Tal (før → etter)",
        "goals": "mål", "level1_goals": "hovudmål (nivå 1)",
        "indicators": "styringsparametrar", "assignments": "oppdrag",
        "goals_section": "Mål", "indicators_section": "Styringsparametrar",
        "budget_lines": "budsjettlinjer", "risks": "risikoar",
        "budget_lines_section": "Budsjettlinjer", "assignments_section": "Oppdrag",
        "risks_section": "Risikoar", "findings_section": "Funn (kontroll av begge dokumenta)",
        "findings_summary": "nye {new}, løyste {resolved}, vedvarande {persistent}",
        "warning_type": "Åtvaring: dokumenta er av ulik type ({old} → {new}).",
        "warning_recipient": "Åtvaring: dokumenta har ulik mottakar («{old}» → «{new}»).",
        "amount": "beløp: {old} → {new}", "chapter": "kapittel: {old} → {new}",
        "post": "post: {old} → {new}", "goals_ref": "mål: {old} → {new}",
        "deadline": "frist: {old} → {new}", "owner": "eigar: {old} → {new}",
        "status": "status: {old} → {new}", "likelihood": "sannsyn: {old} → {new}",
        "consequence": "konsekvens: {old} → {new}", "score": "risikoskår: {old} → {new}",
        "treatment": "handtering: {old} → {new}", "tolerance": "toleranse: {old} → {new}",
        "summary": "nye {added}, fjerna {removed}, endra {changed}",
        "no_changes": "Ingen endringar i mål, styringsparametrar, budsjett, oppdrag "
                      "eller risikoar.",
        "none": "ingen", "unknown": "ukjend", "year": "år",
        "id": "ny id (same {label}): {old} → {new}",
        "label_goal": "tittel", "label_indicator": "namn",
        "title": "tittel: «{old}» → «{new}»",
        "name": "namn: «{old}» → «{new}»",
        "level": "nivå: {old} → {new}",
        "chain": "trinn i resultatkjeda: {old} → {new}",
        "parent": "målet over: {old} → {new}",
        "goal": "flytta frå mål {old} til {new}",
        "unit": "eining: {old} → {new}",
        "direction": "retning: {old} → {new}",
        "target_kind": "resultatkrav: {old} → {new}",
        "target_value_lowered": "resultatkrav senka: {old} → {new}",
        "target_value_raised": "resultatkrav heva: {old} → {new}",
        "easier": "lettare å nå", "harder": "vanskelegare å nå",
        "target_description": "resultatkrav i ord: «{old}» → «{new}»",
        "target_period": "periode for resultatkravet: {old} → {new}",
        "numeric": "talfesta", "qualitative": "skildra i ord",
    },
    "en": {
        "heading": "Changes from {old} to {new}",
        "old": "Old", "new": "New",
        "counts": "Counts (before → after)",
        "goals": "goals", "level1_goals": "level-1 goals",
        "indicators": "indicators", "assignments": "assignments",
        "goals_section": "Goals", "indicators_section": "Indicators",
        "budget_lines": "budget lines", "risks": "risks",
        "budget_lines_section": "Budget lines", "assignments_section": "Assignments",
        "risks_section": "Risks", "findings_section": "Findings (both documents checked)",
        "findings_summary": "new {new}, resolved {resolved}, persistent {persistent}",
        "warning_type": "Warning: the documents are of different types ({old} → {new}).",
        "warning_recipient": "Warning: the documents have different recipients "
                             "(“{old}” → “{new}”).",
        "amount": "amount: {old} → {new}", "chapter": "chapter: {old} → {new}",
        "post": "post: {old} → {new}", "goals_ref": "goals: {old} → {new}",
        "deadline": "deadline: {old} → {new}", "owner": "owner: {old} → {new}",
        "status": "status: {old} → {new}", "likelihood": "likelihood: {old} → {new}",
        "consequence": "consequence: {old} → {new}", "score": "risk score: {old} → {new}",
        "treatment": "treatment: {old} → {new}", "tolerance": "tolerance: {old} → {new}",
        "summary": "added {added}, removed {removed}, changed {changed}",
        "no_changes": "No changes to goals, indicators, budget, assignments or risks.",
        "none": "none", "unknown": "unknown", "year": "year",
        "id": "new id (same {label}): {old} → {new}",
        "label_goal": "title", "label_indicator": "name",
        "title": "title: “{old}” → “{new}”",
        "name": "name: “{old}” → “{new}”",
        "level": "level: {old} → {new}",
        "chain": "results chain: {old} → {new}",
        "parent": "parent goal: {old} → {new}",
        "goal": "moved from goal {old} to {new}",
        "unit": "unit: {old} → {new}",
        "direction": "direction: {old} → {new}",
        "target_kind": "target: {old} → {new}",
        "target_value_lowered": "target lowered: {old} → {new}",
        "target_value_raised": "target raised: {old} → {new}",
        "easier": "easier to reach", "harder": "harder to reach",
        "target_description": "qualitative target: “{old}” → “{new}”",
        "target_period": "target period: {old} → {new}",
        "numeric": "numeric", "qualitative": "qualitative",
    },
}

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
