"""SARIF 2.1.0 for code scanning: every enabled rule described once, waivers as
suppressions, unreadable files as tool notifications. Same input, same bytes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from .. import __version__, safe
from ..catalog.requirements import citation_urls
from ..run.baseline import finding_key, fingerprint

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "govcheck/v1"
LOAD_NOTIFICATION = "LOAD"
_LABELS = {
    "nb": {"source": "Hjemmel", "fix": "Slik retter du det", "link": "lenke",
           "load": "Filen kunne ikke leses som måldokument."},
    "en": {"source": "Source", "fix": "How to fix", "link": "link",
           "load": "The file could not be read as a goal document."},
}


def _text_lang(lang: str | None) -> str:
    return "en" if lang == "en" else "nb"  # rule texts exist in nb and en; nn reads nb


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
    return quote(path.replace(os.sep, "/"), safe="/-._~!$&'()*+,;=@")


def shown_path(path: str, given: str | None = None) -> str:
    """A path as the user gave it. Configuration files holding waivers are found and
    resolved by govcheck: show those relative to the working directory when below it."""
    if path != given and os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return path


def _location(path: str, line: int, column: int, artifacts: dict | None = None) -> dict:
    artifact = {"uri": _uri(path)}
    if artifacts and path in artifacts:
        artifact["index"] = artifacts[path]
    return {"physicalLocation": {
        "artifactLocation": artifact,
        "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
    }}


def _pascal(text: str) -> str:
    return "".join(word[0].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def _descriptor(rule, lang: str) -> dict:
    """Rule texts come from rule files, users' own too: plain texts are made safe, and
    rationale and remediation (written as Markdown) keep their markup but no controls."""
    labels = _LABELS[lang]
    title = rule.title[lang]
    citation = rule.citation_text(lang)
    rationale = safe.text_block(rule.rationale[lang].strip())
    remediation = safe.text_block(rule.remediation[lang].strip())
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
                     f"{labels['fix']}: {remediation}"),
            "markdown": (f"**{safe.markdown(title)}**\n\n{rationale}\n\n"
                         f"{linked}\n\n"
                         f"**{labels['fix']}:** {remediation}"),
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
                              waiver.column),
        "properties": {"approvedBy": waiver.approved_by, "expires": waiver.expires,
                       "rule": waiver.rule, "target": waiver.target},
    }


def _result(result, finding, rule_index: dict, artifacts: dict, seen: dict) -> dict:
    key = finding_key(result, finding)
    seen[key] = seen.get(key, 0) + 1  # equal findings still need distinct fingerprints
    entry = {"ruleId": finding.rule}
    if finding.rule in rule_index:
        entry["ruleIndex"] = rule_index[finding.rule]
    file = shown_path(finding.file, result.file)
    entry.update({
        "level": LEVELS[finding.severity],
        "message": {"text": safe.sarif(finding.message)},
        "locations": [_location(file, finding.line, finding.column, artifacts)],
        "partialFingerprints": {FINGERPRINT: f"{fingerprint(key)}:{seen[key]}"},
        "properties": {"target": finding.target, "documentId": finding.document_id,
                       "citation": finding.citation},
    })
    if finding.document_id:
        entry["locations"][0]["logicalLocations"] = [
            {"name": finding.target, "fullyQualifiedName": f"{finding.document_id}#"
                                                            f"{finding.target}"}]
    if finding.waiver is not None:
        entry["suppressions"] = [_suppression(result, finding.waiver)]
    return entry


def sarif_log(results, lang: str | None = None, tally=None) -> dict:
    """The SARIF log as a dict; `tally` (summary.Tally), when given, counts the results."""
    results = list(results)
    for result in results if tally is not None else ():
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
                "locations": [_location(error.file, error.line, error.column, artifacts)],
                "descriptor": {"id": LOAD_NOTIFICATION, "index": 0},
            })
        for finding in result.findings:
            sarif_results.append(_result(result, finding, rule_index, artifacts, seen))
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
            "toolExecutionNotifications": notifications,
        }],
        "language": text_lang,
        "columnKind": "unicodeCodePoints",
        "artifacts": artifact_list,
        "results": sarif_results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(results, lang: str | None = None, tally=None) -> str:
    return json.dumps(sarif_log(results, lang, tally), ensure_ascii=False, indent=2) + "\n"
