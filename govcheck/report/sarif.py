"""SARIF 2.1.0 for code scanning: every enabled rule described once, waivers as
suppressions, unreadable files as tool notifications. Same input, same bytes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from govcheck.i18n import N_, Texts

from .. import __version__, safe
from ..catalog.requirements import citation_urls
from ..findings import place
from ..run.baseline import finding_key, fingerprint
from ..run.summary import Tally, area_status, not_assessed, verdict
from ..terms import known, pick
from .words import REPORT, completeness

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "govcheck/v1"
LOAD_NOTIFICATION = "LOAD"
_LABELS = Texts({"link": N_("link"), "load": N_("The file could not be read as a goal document.")})


def _text_lang(lang: str | None) -> str:
    return known(lang)


def _run_lang(results, lang: str | None) -> str:
    if lang:
        return _text_lang(lang)
    langs = {r.lang for r in results if r.error is None}
    return _text_lang(langs.pop() if len(langs) == 1 else None)


def enabled_rules(results) -> dict:
    """id → Rule for every rule enabled for any of the results, and any that reported."""
    found = {}
    for result in results:
        settings = result.settings
        if settings is None:
            continue
        rule_ids = list(settings.enabled) + [f.rule for f in result.findings]
        for rule_id in rule_ids:
            if rule_id not in found and rule_id in settings.catalog.rules:
                found[rule_id] = settings.catalog.rules[rule_id]
    return dict(sorted(found.items()))


def _uri(path: str) -> str:
    """A URI reference for a path: relative stays relative, separators become `/`."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    # the file name's own bytes, so a name that is not UTF-8 is %-encoded, not a crash
    return quote(os.fsencode(path.replace(os.sep, "/")), safe="/-._~!$&'()*+,;=@")


def shown_path(path: str, given: str | None = None) -> str:
    """A path as the user gave it. Configuration files holding waivers are found and
    resolved by govcheck: show those relative to the working directory when below it."""
    if path != given and os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return path


def _location(path: str, line: int, column: int, artifacts: dict | None = None,
              sheet: str = "") -> dict:
    artifact = {"uri": _uri(path)}
    if artifacts and path in artifacts:
        artifact["index"] = artifacts[path]
    if sheet:  # a workbook has no lines: the cell is a logical location
        return {"physicalLocation": {"artifactLocation": artifact},
                "logicalLocations": [{"name": place(line, column, sheet).split("!")[1],
                                      "fullyQualifiedName": place(line, column, sheet),
                                      "kind": "element"}]}
    return {"physicalLocation": {
        "artifactLocation": artifact,
        "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
    }}


def _pascal(text: str) -> str:
    return "".join(word[0].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def _descriptor(rule, lang: str) -> dict:
    """Rule texts come from rule files, users' own too: plain texts are made safe, and
    rationale and remediation (written as Markdown) keep their markup but no controls."""
    labels, fix = _LABELS[lang], REPORT[lang]["remediation"]
    title = pick(rule.title, lang)
    citation = rule.citation_text(lang)
    rationale = safe.text_block(pick(rule.rationale, lang).strip())
    remediation = safe.text_block(pick(rule.remediation, lang).strip())
    urls = citation_urls(rule.citation)
    linked = safe.markdown(citation) + "".join(
        f" ([{labels['link']}](<{safe.markdown(url)}>))" for url in urls)
    return {
        "id": rule.id,
        "name": _pascal(rule.title["en"]),
        "shortDescription": {"text": safe.sarif(title)},
        "fullDescription": {"text": rationale},
        "help": {
            "text": (f"{rationale}\n\n{safe.sarif(citation)}\n"
                     f"{fix}: {remediation}"),
            "markdown": (f"**{safe.markdown(title)}**\n\n{rationale}\n\n"
                         f"{linked}\n\n"
                         f"**{fix}:** {remediation}"),
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "area": rule.area,
            "appliesTo": list(rule.types),
            "citation": json.loads(json.dumps(rule.citation)),  # a plain copy
            "tags": ["govcheck", rule.area],
        },
    }


def _suppression(result, waiver) -> dict:
    in_source = waiver.file == result.file
    return {
        "kind": "inSource" if in_source else "external",
        "status": "accepted",
        "justification": safe.sarif(waiver.justification),
        "location": _location(shown_path(waiver.file, result.file), waiver.line,
                              waiver.column, sheet=waiver.sheet),
        "properties": {"approvedBy": waiver.approved_by, "expires": waiver.expires,
                       "rule": waiver.rule, "target": waiver.target},
    }


def _result(result, finding, rule_index: dict, artifacts: dict, seen: dict,
            state: str | None = None) -> dict:
    key = finding_key(result, finding)
    seen[key] = seen.get(key, 0) + 1  # equal findings still need distinct fingerprints
    entry = {"ruleId": finding.rule}
    if finding.rule in rule_index:
        entry["ruleIndex"] = rule_index[finding.rule]
    file = shown_path(finding.file, result.file)
    entry.update({
        "level": LEVELS[finding.severity],
        "message": {"text": safe.sarif(finding.message + (
            f" ({finding.place})" if finding.sheet else ""))},
        "locations": [_location(file, finding.line, finding.column, artifacts,
                                finding.sheet)],
        "partialFingerprints": {FINGERPRINT: f"{fingerprint(key)}:{seen[key]}"},
        "properties": {"target": finding.target, "documentId": finding.document_id,
                       "citation": finding.citation},
    })
    if finding.document_id:
        entry["locations"][0].setdefault("logicalLocations", []).insert(0, {
            "name": finding.target, "fullyQualifiedName": f"{finding.document_id}#"
                                                          f"{finding.target}"})
    if finding.waiver is not None:
        entry["suppressions"] = [_suppression(result, finding.waiver)]
    if state:
        entry["baselineState"] = state
    return entry


def sarif_log(results, lang: str | None = None, tally=None, baseline=None) -> dict:
    """The SARIF log as a dict; `tally` (summary.Tally), when given, counts the results.
    With a `baseline`, every result has a baselineState (SARIF 2.1.0, 3.27.24): findings
    the baseline accepted are `unchanged`, all others `new`."""
    results = list(results)
    tally = Tally() if tally is None else tally
    for result in results:
        tally.add(result)
    text_lang = _run_lang(results, lang)
    rules = enabled_rules(results)
    rule_index = {rule_id: index for index, rule_id in enumerate(rules)}
    artifacts: dict[str, int] = {}
    artifact_list = []
    for result in results:
        if result.file in artifacts:
            continue
        artifacts[result.file] = len(artifact_list)
        artifact = {"location": {"uri": _uri(result.file)}, "roles": ["analysisTarget"]}
        if result.sha256:
            artifact["hashes"] = {"sha-256": result.sha256}
        artifact_list.append(artifact)
    sarif_results, notifications, seen = [], [], {}
    for result in results:
        if result.error is not None:
            error = result.error
            notifications.append({
                "level": "error",
                "message": {"text": safe.sarif(error.message)},
                "locations": [_location(error.file, error.line, error.column, artifacts,
                                        getattr(error, "sheet", ""))],
                "descriptor": {"id": LOAD_NOTIFICATION, "index": 0},
            })
        state = "new" if baseline is not None else None
        for finding in result.findings:
            sarif_results.append(_result(result, finding, rule_index, artifacts, seen, state))
        for finding in result.baselined:
            sarif_results.append(_result(result, finding, rule_index, artifacts, seen,
                                         "unchanged"))
    driver = {
        "name": "govcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_descriptor(rule, text_lang) for rule in rules.values()],
        "notifications": [{
            "id": LOAD_NOTIFICATION,
            "shortDescription": {"text": _LABELS[text_lang]["load"]},
            "defaultConfiguration": {"level": "error"},
        }],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [{
            "executionSuccessful": not notifications,
            "exitCode": tally.exit_code,
            "toolExecutionNotifications": notifications,
            "properties": {"verdict": tally.verdict, "failOn": tally.fail_on,
                           "baseline": _baseline(baseline),
                           "notAssessed": tally.not_assessed,
                           "completeness": completeness(tally.not_assessed, text_lang),
                           "documents": [_document(r, tally.fail_on) for r in results]},
        }],
        "language": text_lang,
        "columnKind": "unicodeCodePoints",
        "artifacts": artifact_list,
        "results": sarif_results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _document(result, fail_on) -> dict:
    """A document's verdict, completeness and area statuses (run/summary.py), as the
    JSON output has them."""
    readable = result.error is None and result.settings is not None
    return {"file": shown_path(result.file), "verdict": verdict(result, fail_on),
            "notAssessed": not_assessed(result),
            "areas": area_status(result) if readable else None}


def _baseline(baseline) -> dict | None:
    if baseline is None:
        return None
    return {"file": shown_path(baseline.file), "sha256": baseline.sha256,
            "written": baseline.written}


def render(results, lang: str | None = None, tally=None, baseline=None) -> str:
    return safe.json_utf8(json.dumps(sarif_log(results, lang, tally, baseline),
                                     ensure_ascii=False, indent=2)) + "\n"
