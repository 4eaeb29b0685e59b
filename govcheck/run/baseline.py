"""Baselines: accept today's findings so that only new ones are reported.

A finding is known by what it says, never by where it is: document id, rule, target
and the values its message names. Line numbers and list positions are left out, so
blank lines and reordered goals leave the baseline valid. Counting is by key: a
baseline that holds a key twice hides two such findings, and a third is new.

SCHEMA, REF and WAIVER findings can never be baselined, as they can never be waived:
an expired waiver must not disappear into a baseline. Accepted findings are not
dropped: they move to `Result.baselined`, and every report lists them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..atomic import write_file
from ..catalog.messages import placeholders
from ..document.load_text import LOAD_TEXT, load_texts
from ..document.loader import LoadError, parse, read_bounded
from .checker import UNWAIVABLE

FORMAT = "govcheck-baseline"
VERSION = 1  # "written" was added later; files without it stay readable
TOP_KEYS = ("format", "version", "written", "findings")
ENTRY_KEYS = ("document", "rule", "target", "params", "count")
UNBASELINABLE = UNWAIVABLE  # rule-id prefixes a baseline never accepts

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


def baselinable(finding) -> bool:
    return not finding.suppressed and not finding.rule.startswith(UNBASELINABLE)


@dataclass(frozen=True)
class Baseline:
    file: str
    counts: dict = field(default_factory=dict)  # finding key → how many are accepted
    sha256: str = ""  # of the file's bytes, so a report can name the exact baseline
    written: str | None = None  # ISO date; None in files written before it was recorded

    def __len__(self) -> int:
        return sum(self.counts.values())

    def filter(self, results) -> list:
        """The results with every finding the baseline accepts moved from `findings` to
        `baselined`. Suppressed findings stay: their waiver already accounts for them.
        SCHEMA, REF and WAIVER findings stay even when the file lists them."""
        left = Counter(self.counts)
        filtered = []
        for result in results:
            kept, known = [], []
            for finding in result.findings:
                if baselinable(finding):
                    key = finding_key(result, finding)
                    if left[key] > 0:
                        left[key] -= 1
                        known.append(finding)
                        continue
                kept.append(finding)
            filtered.append(replace(result, findings=kept, baselined=known))
        return filtered


def baseline_text(results, written: dt.date) -> str:
    """The baseline file for these results: sorted, one entry per key with its count."""
    counts: Counter = Counter()
    for result in results:
        for finding in result.findings:
            if baselinable(finding):
                counts[finding_key(result, finding)] += 1
    entries = [
        {"document": document, "rule": rule, "target": target, "params": json.loads(params),
         "count": count}
        for (document, rule, target, params), count in sorted(counts.items())
    ]
    payload = {"format": FORMAT, "version": VERSION, "written": written.isoformat(),
               "findings": entries}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_baseline(results, path: str, written: dt.date) -> int:
    """Record the findings of `results` a baseline may accept in `path`, stamped with
    `written` (the run's check date); returns how many."""
    write_file(path, baseline_text(results, written), newline="\n")
    return baselined(results)


def baselined(results) -> int:
    """How many findings of `results` a baseline records."""
    return sum(1 for result in results for finding in result.findings if baselinable(finding))


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
    except LoadError as error:  # "cannot read baseline: no such file", not "… file: …"
        said = error.texts or {lang: error.message for lang in LOAD_TEXT}
        reason = {lang: text.removeprefix(LOAD_TEXT[lang]["cannot_read"].split("{")[0])
                  for lang, text in said.items()}
        raise LoadError.of(path, 1, 1, "baseline_unreadable", reason=reason) from None
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError:
        raise LoadError.of(path, 1, 1, "baseline_utf8") from None
    except json.JSONDecodeError as error:
        raise LoadError.of(path, error.lineno, error.colno, "baseline_json",
                           problem=error.msg) from None
    except _DuplicateKey as error:
        line, column = _duplicate_position(raw, path)
        raise _invalid(path, line, column, "duplicate", key=repr(error.args[0])) from None
    except RecursionError:
        raise _invalid(path, 1, 1, "baseline_deep") from None
    except ValueError:  # an integer past CPython's int-string limit
        raise _invalid(path, 1, 1, "baseline_number") from None
    return Baseline(path, _counts(data, raw, path), hashlib.sha256(raw).hexdigest(),
                    data.get("written"))


def _duplicate_position(raw: bytes, path: str) -> tuple[int, int]:
    """JSON is YAML: the loader refuses the duplicate key at its position."""
    try:
        parse(raw, path)
    except LoadError as error:
        return error.line, error.column
    return 1, 1


def _counts(data, raw: bytes, path: str) -> dict:
    def fail(where: tuple, text_key: str, /, **values):
        line, column = _position(raw, path, where)
        raise _invalid(path, line, column, text_key, **values)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        fail(("format",), "baseline_format", format=FORMAT)
    if type(data.get("version")) is not int or data["version"] != VERSION:
        fail(("version",), "baseline_version", found=repr(data.get("version")),
             version=str(VERSION))
    for key in data:
        if key not in TOP_KEYS:
            fail((key,), "baseline_key", key=repr(key))
    written = data.get("written")
    if written is not None and not _is_date(written):
        fail(("written",), "baseline_written")
    entries = data.get("findings")
    if not isinstance(entries, list):
        fail(("findings",), "baseline_findings")
    counts: Counter = Counter()
    for index, entry in enumerate(entries):
        where = ("findings", index)
        if not isinstance(entry, dict):
            fail(where, "entry_object", index=str(index))
        for key in entry:
            if key not in ENTRY_KEYS:
                fail(where + (key,), "entry_key", index=str(index), key=repr(key))
        for key in ("document", "rule", "target"):
            if not isinstance(entry.get(key), str):
                fail(where + (key,), "entry_text", index=str(index), key=key)
        params = entry.get("params")
        if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
            fail(where + ("params",), "entry_params", index=str(index))
        count = entry.get("count")
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            fail(where + ("count",), "entry_count", index=str(index))
        params_json = json.dumps(params, sort_keys=True, ensure_ascii=False)
        counts[(entry["document"], entry["rule"], entry["target"], params_json)] += count
    return dict(counts)


def _invalid(path: str, line: int, column: int, text_key: str, /, **values) -> LoadError:
    """«invalid baseline: …» around the problem, in every language."""
    return LoadError.of(path, line, column, "baseline_invalid",
                        problem=load_texts(text_key, **values))


def _is_date(value) -> bool:
    try:
        return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _position(raw: bytes, path: str, where: tuple) -> tuple[int, int]:
    """Line and column of a JSON node: JSON is YAML, and the loader keeps positions."""
    try:
        document = parse(raw, path)
    except LoadError:
        return 1, 1
    return document.locate_key(where)
