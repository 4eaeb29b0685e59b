"""What decided a document's verdict: which rules ran and which did not, what the
configuration changed, whose rule files were used, and fingerprints to compare runs.

The report's appendix and the JSON output both show these lists, from here.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from ..catalog.catalog import CATALOG_VERSION
from ..resources import resource_dir


def file_sha256(path: str | None) -> str | None:
    """SHA-256 of a file's bytes as they are now; None without a file or if unreadable."""
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _shipped(rule) -> bool:
    return Path(rule.file).resolve().parent == resource_dir("rules").resolve()


def local_rules(settings) -> list[dict]:
    """The users' own rules (from rule-dirs): id, file and the file's SHA-256."""
    return [{"rule": rule.id, "file": rule.file, "sha256": file_sha256(rule.file)}
            for rule in settings.catalog.rules.values() if not _shipped(rule)]


def configuration_changes(settings) -> dict:
    """What the configuration changed from the catalog: rules switched off, severities
    (from → to) and parameter values (value and default)."""
    catalog = settings.catalog
    values = settings.parameter_values
    return {
        "switched_off": [r for r in catalog.rules if r not in settings.enabled],
        "severity_changed": [
            {"rule": rule_id, "from": catalog.rules[rule_id].severity, "to": severity}
            for rule_id, severity in settings.severities
            if severity != catalog.rules[rule_id].severity],
        "parameters_changed": [
            {"name": name, "value": values[name], "default": parameter.default}
            for name, parameter in sorted(catalog.parameters.items())
            if name in values and values[name] != parameter.default],
    }


def rule_lists(result) -> dict | None:
    """For one document: the rules that ran, those not applicable to its type, those not
    reviewed (and why), and the configuration's changes. None for an unreadable file:
    no rule ran on it."""
    settings = result.settings
    if result.error or settings is None:
        return None
    kind = result.document_type
    ran, not_applicable, not_reviewed = [], [], []
    for rule_id in settings.enabled:
        rule = settings.catalog.rules[rule_id]
        if not rule.applies_to(kind):
            not_applicable.append(rule_id)
        elif rule_id in result.not_reviewed:
            relation, named, *_ = reason = result.not_reviewed[rule_id]
            not_reviewed.append({"rule": rule_id, "needs": relation, "named": named,
                                 "reason": reason_key(reason)})
        else:
            ran.append(rule_id)
    return {"ran": ran, "not_applicable": not_applicable, "not_reviewed": not_reviewed,
            **configuration_changes(settings), "local_rules": local_rules(settings)}


def reason_key(reason: tuple) -> str:
    """Why a rule was not reviewed (docs/json-format.md): `none` (nothing named), `absent`
    (not checked with it), `self`, `ambiguous` or `other_agency` (named, at hand,
    unusable)."""
    _, named, *why = reason
    return (why[0] if why else "absent") if named else "none"


@functools.lru_cache(maxsize=16)
def ruleset_fingerprint(settings) -> str:
    """SHA-256 over everything that decides which findings a document gets, apart from
    govcheck's own code (its version is shown beside it): the catalog version, every
    rule file's bytes (shipped and local, by rule id), the other shipped catalog files
    (shared parameters, requirements), the rules switched on, their severities and the
    parameter values. File paths are left out, so the same rules give the same
    fingerprint on every machine."""
    catalog = settings.catalog
    payload = {
        "catalog_version": CATALOG_VERSION,
        "rule_files": {rule_id: file_sha256(rule.file)
                       for rule_id, rule in catalog.rules.items()},
        # parameters.yaml, requirements.yaml and whatever else ships beside the rules
        "catalog_files": {path.name: file_sha256(str(path)) for path in
                          sorted(resource_dir("rules").glob("*.yaml"))
                          if path.stem not in catalog.rules},
        "enabled": list(settings.enabled),
        "severities": {rule_id: settings.severity_of(rule_id) for rule_id in settings.enabled},
        "values": settings.parameter_values,
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def configuration(settings) -> dict:
    """The configuration file (None for defaults), its SHA-256 and the rule-set fingerprint."""
    return {"file": settings.source, "sha256": file_sha256(settings.source),
            "ruleset_fingerprint": ruleset_fingerprint(settings)}
