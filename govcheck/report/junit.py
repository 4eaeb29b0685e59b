"""JUnit XML for CI test reports (GitLab, Jenkins): a test suite per document, a test
case per rule that ran, and one per finding.

A rule without findings is one passing case named by its id. Each finding is its own
case named `RULE target`, so a merge request's report can tell a new failure from an
old one: errors and warnings fail, info passes with the finding as output, a waived
finding is skipped. An item a rule could not judge, since the document does not state
what it needs, is a skipped case `RULE target` saying what is not stated (the text
output's sentence). An unreadable file is a suite with one erroring case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from govcheck.i18n import N_, Texts

from .. import safe
from ..document.items import path_text
from ..run.summary import not_assessed, rules_status, verdict
from ..terms import known, pick, severity_word
from .not_reviewed import why_not_reviewed
from .sarif import shown_path
from .unstated import not_stated
from .words import REPORT, TEXT, completeness

FAILING = ("error", "warning")
_LABELS = Texts({"waived": N_("waived"), "approved": N_("approved by"), "expires": N_("until")})


def _document_type(result) -> str | None:
    kind = result.meta.get("type")  # kept when the document itself is not (--jobs)
    return kind if isinstance(kind, str) else None


def _label(result) -> str:
    """Class name prefix: the document id, else the file. Dots would split it into
    Java-style packages in Jenkins."""
    own = result.document_id
    name = own if isinstance(own, str) and own else result.file
    return re.sub(r"[.\s]+", "_", name)


def rules_run(result) -> list:
    """The rules that ran on the document: enabled and applicable to its type, and any
    that reported something."""
    settings = result.settings
    if settings is None or result.error is not None:
        return []
    kind = _document_type(result)
    chosen = {rule_id for rule_id in settings.enabled
              if settings.catalog.rules[rule_id].applies_to(kind)}
    chosen |= {f.rule for f in result.findings if f.rule in settings.catalog.rules}
    return [settings.catalog.rules[rule_id] for rule_id in sorted(chosen)]


def _not_reviewed(reason, lang: str) -> str:
    """Why a rule could not run: it needs a related document that is not at hand."""
    return f"{REPORT[lang]['not_reviewed']}: {why_not_reviewed(reason, lang)}"


def _case(suite, classname: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"name": safe.xml(name),
                                             "classname": safe.xml(classname)})


def _details(result, finding, rule, lang: str) -> str:
    return "\n".join((
        safe.xml(f"{shown_path(finding.file, result.file)}:{finding.place}: "
                 f"{severity_word(finding.severity, lang)} {finding.rule} {finding.message}"),
        safe.xml(finding.citation),
        safe.xml_block(f"{REPORT[lang]['remediation']}: {pick(rule.remediation, lang).strip()}"),
    ))


def _suite(result, lang: str | None, counts: dict, fail_on: str | None = None) -> ET.Element:
    text_lang = known(lang or result.lang)
    suite = ET.Element("testsuite", {"name": safe.xml(result.file)})
    tally = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    label = _label(result)
    properties = ET.SubElement(suite, "properties")
    n = not_assessed(result)
    for name, value in (("file", result.file), ("document_id", result.document_id),
                        ("type", _document_type(result)), ("sha256", result.sha256),
                        ("verdict", verdict(result, fail_on)), ("not_assessed", str(n)),
                        ("completeness", "" if result.error else completeness(n, text_lang))):
        if isinstance(value, str) and value:
            ET.SubElement(properties, "property", {"name": name, "value": safe.xml(value)})

    if result.error is not None:
        error = result.error
        case = _case(suite, label, "load")
        element = ET.SubElement(case, "error", {"message": safe.xml(error.message),
                                                "type": "LoadError"})
        element.text = safe.xml(str(error))
        tally["tests"] += 1
        tally["errors"] += 1

    for rule in rules_run(result):
        _rule_cases(suite, result, rule, f"{label}.{rule.area}", text_lang, tally)

    for key, value in tally.items():
        suite.set(key, str(value))
        counts[key] += value
    if not len(properties):
        suite.remove(properties)
    return suite


def _rule_cases(suite, result, rule, classname: str, lang: str, tally: dict) -> None:
    """A rule's cases: one per finding, else one passing (or skipped, when the rule could
    not run) named by its id; and one skipped per item it could not judge."""
    labels = _LABELS[lang]
    findings = [f for f in result.findings if f.rule == rule.id]
    unjudged = [i for i in result.unreviewed_items if i.rule == rule.id]
    tally["tests"] += max(len(findings), 1) + len(unjudged)
    names: dict[str, int] = {}

    def case_for(target) -> ET.Element:
        name = f"{rule.id} {target}"
        names[name] = names.get(name, 0) + 1
        return _case(suite, classname, name if names[name] == 1 else f"{name} #{names[name]}")

    if not findings:
        case = _case(suite, classname, rule.id)
        reason = _unmet_reason(result, rule, lang)
        if reason:  # not run, a list left open, or nothing to judge: never a pass
            ET.SubElement(case, "skipped", {"message": safe.xml(reason)})
            tally["skipped"] += 1
    for finding in findings:
        case = case_for(finding.target)
        if finding.suppressed:
            waiver = finding.waiver
            message = (f"{labels['waived']}: {waiver.justification} ({labels['approved']} "
                       f"{waiver.approved_by}, {labels['expires']} {waiver.expires})")
            ET.SubElement(case, "skipped", {"message": safe.xml(message)})
            tally["skipped"] += 1
        elif finding.severity in FAILING:
            failure = ET.SubElement(case, "failure", {
                "message": safe.xml(finding.message), "type": finding.severity})
            failure.text = _details(result, finding, rule, lang)
            tally["failures"] += 1
        else:
            ET.SubElement(case, "system-out").text = _details(result, finding, rule, lang)
    for item in unjudged:  # the document does not state what the rule needs
        said = f"{REPORT[lang]['not_reviewed']}: {not_stated(item, lang)}"
        ET.SubElement(case_for(item.target), "skipped", {"message": safe.xml(said)})
        tally["skipped"] += 1


def _unmet_reason(result, rule, lang: str) -> str | None:
    """Why a rule without findings did not pass: it could not run, the list its items
    come from is left open, or it had nothing to judge (run/summary.py)."""
    if rule.id in result.not_reviewed:
        return _not_reviewed(result.not_reviewed[rule.id], lang)
    if rule.id in result.open_sections:
        line = TEXT[lang]["open_section"].format(
            file=result.file, rules=rule.id, section=path_text(result.open_sections[rule.id]))
        return line.partition(": ")[2]
    if rules_status(result, [rule]) == "nothing_to_assess":
        return REPORT[lang]["nothing_to_assess"]
    return None


def render(results, lang: str | None = None, tally=None) -> str:
    """The JUnit XML for all results; `tally` (summary.Tally), when given, counts them."""
    root = ET.Element("testsuites", {"name": "govcheck"})
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for result in results:
        if tally is not None:
            tally.add(result)
        root.append(_suite(result, lang, counts, tally.fail_on if tally else None))
    for key, value in counts.items():
        root.set(key, str(value))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
