"""Baselines: accept today's findings so that only new ones are reported.

A finding is known by what it says, never by where it is: document id, rule, target
and the values its message names. Line numbers and list positions are left out, so
blank lines and reordered goals leave the baseline valid. Counting is by key: a
baseline that holds a key twice hides two such findings, and a third is new.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..catalog.messages import placeholders
from ..document.loader import LoadError, parse, read_bounded

FORMAT = "govcheck-baseline"
VERSION = 1
ENTRY_KEYS = ("document", "rule", "target", "params", "count")

_INDEX = re.compile(r"\[\d+\]")  # `goals[3]` in paths: moves when goals are reordered
_POSITIONAL = frozenset({"line", "lines", "column", "columns", "path"})


def _stable(text: str) -> str:
    return _INDEX.sub("[]", text)


def message_params(finding, catalog=None) -> dict[str, str]:
    """The values the finding's message names, without positions. Facts carry many more
    properties than the message shows; those change with unrelated edits."""
    rule = catalog.rules.get(finding.rule) if catalog is not None else None
    named = set().union(*(placeholders(t) for t in rule.message.values())) if rule else None
    return {
        name: _stable(value) for name, value in finding.params
        if name not in _POSITIONAL and name != "target" and (named is None or name in named)
    }


def document_key(result, finding) -> str:
    """The document a finding belongs to: its id, or the file when it has none."""
    if finding.document_id:
        return finding.document_id
    own = result.document_id
    return own if isinstance(own, str) and own else result.file


def finding_key(result, finding) -> tuple:
    """(document, rule, target, params) with params as canonical JSON."""
    catalog = result.settings.catalog if result.settings else None
    params = json.dumps(message_params(finding, catalog), sort_keys=True, ensure_ascii=False)
    # the target is kept as written: a baseline for goal `G[1]` must not hide `G[2]`
    return (document_key(result, finding), finding.rule, finding.target, params)


def fingerprint(key: tuple) -> str:
    """A short hash of a finding key, for formats that want one (SARIF)."""
    return hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Baseline:
    file: str
    counts: dict = field(default_factory=dict)  # finding key → how many are accepted

    def __len__(self) -> int:
        return sum(self.counts.values())

    def filter(self, results) -> list:
        """The results with every finding the baseline accepts removed. Suppressed
        findings stay: their waiver already accounts for them."""
        left = Counter(self.counts)
        filtered = []
        for result in results:
            kept = []
            for finding in result.findings:
                if not finding.suppressed:
                    key = finding_key(result, finding)
                    if left[key] > 0:
                        left[key] -= 1
                        continue
                kept.append(finding)
            filtered.append(replace(result, findings=kept))
        return filtered


def baseline_text(results) -> str:
    """The baseline file for these results: sorted, one entry per key with its count."""
    counts: Counter = Counter()
    for result in results:
        for finding in result.active:
            counts[finding_key(result, finding)] += 1
    entries = [
        {"document": document, "rule": rule, "target": target, "params": json.loads(params),
         "count": count}
        for (document, rule, target, params), count in sorted(counts.items())
    ]
    payload = {"format": FORMAT, "version": VERSION, "findings": entries}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_baseline(results, path: str) -> int:
    """Record the unsuppressed findings of `results` in `path`; returns how many."""
    text = baseline_text(results)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return sum(len(result.active) for result in results)


MAX_BASELINE_BYTES = 64 * 1024 * 1024


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def load_baseline(path: str) -> Baseline:
    """Read a baseline file; anything malformed is a LoadError naming file:line:col."""
    try:
        raw = read_bounded(path, MAX_BASELINE_BYTES)
    except LoadError as error:
        reason = error.message.removeprefix("cannot read file: ")
        raise LoadError(path, 1, 1, f"cannot read baseline: {reason}") from None
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError:
        raise LoadError(path, 1, 1, "baseline is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise LoadError(path, error.lineno, error.colno,
                        f"baseline is not valid JSON: {error.msg}") from None
    except _DuplicateKey as error:
        line, column = _duplicate_position(raw, path)
        raise LoadError(path, line, column,
                        f"invalid baseline: duplicate key {error.args[0]!r}") from None
    except RecursionError:
        raise LoadError(path, 1, 1, "invalid baseline: nested too deeply") from None
    except ValueError:  # an integer past CPython's int-string limit
        raise LoadError(path, 1, 1, "invalid baseline: a number too long to read") from None
    return Baseline(path, _counts(data, raw, path))


def _duplicate_position(raw: bytes, path: str) -> tuple[int, int]:
    """JSON is YAML: the loader refuses the duplicate key at its position."""
    try:
        parse(raw, path)
    except LoadError as error:
        return error.line, error.column
    return 1, 1


def _counts(data, raw: bytes, path: str) -> dict:
    def fail(where: tuple, message: str):
        line, column = _position(raw, path, where)
        raise LoadError(path, line, column, f"invalid baseline: {message}")

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        fail(("format",), f'not a govcheck baseline (expected "format": "{FORMAT}")')
    if type(data.get("version")) is not int or data["version"] != VERSION:
        fail(("version",), f"baseline version {data.get('version')!r} is not supported "
                           f"(this govcheck reads version {VERSION})")
    entries = data.get("findings")
    if not isinstance(entries, list):
        fail(("findings",), '"findings" must be a list')
    counts: Counter = Counter()
    for index, entry in enumerate(entries):
        where = ("findings", index)
        if not isinstance(entry, dict):
            fail(where, f"findings[{index}] must be an object")
        for key in entry:
            if key not in ENTRY_KEYS:
                fail(where + (key,), f"findings[{index}] has unknown key {key!r}")
        for key in ("document", "rule", "target"):
            if not isinstance(entry.get(key), str):
                fail(where + (key,), f"findings[{index}].{key} must be a text")
        params = entry.get("params")
        if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
            fail(where + ("params",), f"findings[{index}].params must map names to texts")
        count = entry.get("count")
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            fail(where + ("count",), f"findings[{index}].count must be a whole number ≥ 1")
        params_json = json.dumps(params, sort_keys=True, ensure_ascii=False)
        counts[(entry["document"], entry["rule"], entry["target"], params_json)] += count
    return dict(counts)


def _position(raw: bytes, path: str, where: tuple) -> tuple[int, int]:
    """Line and column of a JSON node: JSON is YAML, and the loader keeps positions."""
    try:
        document = parse(raw, path)
    except LoadError:
        return 1, 1
    return document.locate_key(where)
