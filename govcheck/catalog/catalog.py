"""rules/*.yaml → Rule metadata; rule conditions → durable-rules rulesets.

Rule files are validated against schemas/rule.schema.json, so a broken rule is
reported at its file, line and column instead of durable-rules' `error code 202`.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import math
import os
import secrets
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..document.items import DOCUMENT_TYPES, UNRULED_TYPES
from ..document.loader import Document, LoadError, load_yaml
from ..resources import resource_dir
from .messages import placeholders
from .patterns import pattern_problem
from .properties import PROPERTIES
from .requirements import REGISTER_FILE, read_register, resolve
from .requirements import citation_text as _citation_text
from .rule_text import RULE_TEXT, problem_texts
from .values import LARGEST, PERSPECTIVES  # larger numbers facts read as absent

# durable-rules hangs creating a ruleset whose condition has ~495 comparisons, and with
# ~600 rules in one ruleset (measured, durable_rules 2.0.28): stay well below both.
MAX_COMPARISONS = 100  # per rule, condition and escalation together
MAX_OWN_RULES = 200  # rules from rule-dirs, all directories together
CATALOG_VERSION = "2"  # the requirement register and the corrections in docs/catalog-changes.md
PARAMETERS_FILE = "parameters.yaml"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: object
    source: str
    description: dict = field(default_factory=dict)
    minimum: int | float | None = None  # bounds of a number parameter, from the rule file
    maximum: int | float | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    area: str
    title: dict
    severity: str
    types: tuple  # document types the rule applies to
    parameters: tuple  # names of the parameters it reads, local and shared
    citation: dict
    rationale: dict
    remediation: dict
    message: dict
    check: dict
    example: str
    file: str

    @property
    def stage(self) -> str:
        return self.check.get("stage", "engine")

    def applies_to(self, document_type) -> bool:
        return document_type in self.types or (
            self.types == DOCUMENT_TYPES and document_type not in UNRULED_TYPES)

    @property
    def requirements(self) -> tuple:
        return tuple(self.citation.get("requirements", ()))

    def citation_text(self, lang: str = "en") -> str:
        """«Hjemmel: …. Kilde: ….», built from the requirement register."""
        return _citation_text(self.citation, lang)


@dataclass(frozen=True)
class Catalog:
    rules: dict  # id → Rule, in id order
    parameters: dict  # name → Parameter, shared and local

    def areas(self) -> list[str]:
        return sorted({rule.area for rule in self.rules.values()})


class RuleFileError(LoadError):
    """A rule file, rule directory or the register that cannot be used; texts in rule_text."""

    TEXT = RULE_TEXT


@functools.cache
def _schema(name: str) -> dict:
    return json.loads((resource_dir("schemas") / name).read_text(encoding="utf-8"))


@functools.cache
def _fast_validator(name: str):
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(_schema(name))


def _schema_error(document: Document, schema_name: str, what: str) -> None:
    """`what`: schema_rule or schema_register, the text that says which file it is."""
    if _fast_validator(schema_name).is_valid(document.data):
        return
    from jsonschema import Draft202012Validator  # slow to import; only for the message

    errors = sorted(Draft202012Validator(_schema(schema_name)).iter_errors(document.data),
                    key=lambda e: document.locate(e.absolute_path))
    if errors:
        error = errors[0]
        line, column = document.locate(error.absolute_path)
        where = ".".join(str(p) for p in error.absolute_path) or {
            lang: words["top_level"] for lang, words in RULE_TEXT.items()}
        raise RuleFileError.of(document.file, line, column, what, where=where,
                               detail=" ".join(error.message.split()))


def _parameters_of(spec: dict, file: Document, path: tuple) -> dict[str, Parameter]:
    found = {}
    for name, entry in spec.items():
        parameter = Parameter(name, entry["type"], entry["default"], entry["source"],
                              entry.get("description", {}), entry.get("minimum"),
                              entry.get("maximum"))
        problem = parameter_problem(parameter, parameter.default)
        if problem:
            line, column = file.locate(path + (name, "default"))
            raise RuleFileError.of(file.file, line, column, "default", name=name,
                                   problem=problem_texts(problem))
        found[name] = parameter
    return found


def parameter_problem(parameter: Parameter, value) -> str | None:
    """Why `value` does not fit the parameter's type and bounds, or None when it does."""
    kind = parameter.type
    if kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and not math.isfinite(value):
            return f"should be a finite number, not {value!r}"
    elif kind in ("string", "regex"):
        ok = isinstance(value, str)
        if ok and kind == "regex":
            problem = pattern_problem(value)
            return f"{problem}: {value!r}" if problem else None
    elif kind == "severity":
        ok = value in ("error", "warning", "info")
    else:  # perspectives
        ok = isinstance(value, list) and all(v in PERSPECTIVES for v in value)
    if ok:
        return _bound_problem(parameter, value) if kind in ("integer", "number") else None
    expected = {
        "integer": "a whole number", "number": "a number", "string": "a text",
        "regex": "a regular expression (text)",
        "severity": "one of error, warning, info",
        "perspectives": "a list of perspectives (" + ", ".join(PERSPECTIVES) + ")",
    }[kind]
    return f"should be {expected}, not {_shown(value)}"


def _bound_problem(parameter: Parameter, value) -> str | None:
    low, high = parameter.minimum, parameter.maximum
    if abs(value) > LARGEST:
        return f"should be at most {LARGEST:.0e} in size, not {_shown(value)}"
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            return f"should be between {low} and {high}, not {value!r}"
        if low is not None:
            return f"should be at least {low}, not {value!r}"
        return f"should be at most {high}, not {value!r}"
    return None


def _shown(value) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**40 else "a huge number"
    return text if len(text) <= 80 else text[:77] + "..."


def _params_used(condition) -> set[str]:
    if isinstance(condition, dict):
        if set(condition) == {"$param"}:
            return {condition["$param"]}
        return set().union(*(_params_used(v) for v in condition.values()))
    if isinstance(condition, list):
        return set().union(*(_params_used(v) for v in condition)) if condition else set()
    return set()


def load_catalog(extra_dirs: tuple = ()) -> Catalog:
    """The shipped rules plus those in `extra_dirs`; later directories may not redefine ids."""
    directories = (str(resource_dir("rules")),) + tuple(str(d) for d in extra_dirs)
    for directory in directories[1:]:
        if not Path(directory).is_dir():
            raise RuleFileError.of(directory, 1, 1, "no_directory")
    return _cached_catalog(directories, _stamp(directories))


def _stamp(directories: tuple) -> str:
    """Changes whenever a rule file, the schemas, govcheck's version or the code that
    builds a catalog changes (a checkout's code changes without a new version)."""
    from .. import __version__

    here = Path(__file__).parent
    files = [Path(d) / name for d in directories for name in sorted(os.listdir(d))
             if name.endswith(".yaml")] + [resource_dir("schemas") / "rule.schema.json",
                                           resource_dir("schemas") / "requirements.schema.json",
                                           here.parent / "document" / "items.py"]
    files += sorted(here.glob("*.py"))
    parts = [__version__, CATALOG_VERSION]
    for file in files:
        info = file.stat()
        parts.append(f"{file}:{info.st_mtime_ns}:{info.st_size}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is invalid, ignore it
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govcheck"


def _cache_file(directories: tuple) -> Path:
    """One file per set of rule directories: a new stamp replaces the file, not adds one."""
    name = hashlib.sha256("\0".join(directories).encode("utf-8", "surrogateescape"))
    return _cache_dir() / f"catalog-{name.hexdigest()[:24]}.json"


def _rule_ids(directories: tuple) -> list[str]:
    """The ids the rule files promise, from their names (a rule lives in <ID>.yaml)."""
    return sorted(name[:-5] for i, d in enumerate(directories) for name in os.listdir(d)
                  if name.endswith(".yaml")
                  and not (i == 0 and name in (PARAMETERS_FILE, REGISTER_FILE)))


KEY_FILE = "key"  # beside the cache files: the per-user secret that seals them
KEY_BYTES = 32
KEPT_CACHES = 4  # catalog files kept: the current one and the newest others (other rule-dirs)


def _key(folder: Path) -> bytes | None:
    """The user's secret for sealing cached catalogs, made on first use (0600). A cached
    catalog decides which rules run, so a file anyone but the user could have written or
    read is not trusted: a key that is not the user's own 0600 file is replaced, which
    makes every cached catalog be rebuilt. None when there is no usable key (no cache)."""
    path = folder / KEY_FILE
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            info = os.fstat(fd)
            key = os.read(fd, KEY_BYTES + 1)
        finally:
            os.close(fd)
        if (stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 == 0
                and info.st_uid == os.getuid() and len(key) == KEY_BYTES):
            return key
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{KEY_FILE}.{os.getpid()}.tmp"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        key = secrets.token_bytes(KEY_BYTES)
        try:
            os.write(fd, key)
        finally:
            os.close(fd)
        os.replace(partial, path)  # two first runs at once: the later key wins, one rebuild
        return key
    except OSError:
        return None


def _seal(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode("ascii")


def _from_cache(cache: Path, key: bytes, stamp: str, directories: tuple) -> Catalog | None:
    """The cached catalog when its seal is ours and it matches the rule files: the HMAC is
    checked before the JSON is parsed, and it holds exactly the rules the directories
    hold. An edited or corrupted cache is rebuilt, never trusted."""
    try:
        seal, body = cache.read_bytes().split(b"\n", 1)
        if not hmac.compare_digest(seal, _seal(key, body)):
            return None
        data = json.loads(body)
        if data["stamp"] != stamp:
            return None
        catalog = _from_json(data["catalog"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return catalog if list(catalog.rules) == _rule_ids(directories) else None


@functools.lru_cache(maxsize=8)
def _cached_catalog(directories: tuple, stamp: str) -> Catalog:
    """Reading and validating ~90 rule files costs more than checking a document, so a
    validated catalog is kept as JSON in the user's cache, sealed with the user's key."""
    cache = _cache_file(directories)
    key = _key(cache.parent)
    cached = None if key is None else _from_cache(cache, key, stamp, directories)
    if cached is not None:
        return cached
    catalog = _read_catalog(directories)
    if key is not None:
        _write_cache(cache, key, stamp, catalog)
    return catalog


def _write_cache(cache: Path, key: bytes, stamp: str, catalog: Catalog) -> None:
    body = json.dumps({"stamp": stamp, "catalog": _to_json(catalog)},
                      ensure_ascii=False).encode("utf-8")
    partial = cache.with_suffix(f".{os.getpid()}.tmp")
    try:
        partial.write_bytes(_seal(key, body) + b"\n" + body)
        os.replace(partial, cache)
    except OSError:
        partial.unlink(missing_ok=True)
        return  # a read-only cache only costs speed
    _prune(cache)


def _prune(current: Path) -> None:
    """Old catalogs go: all but the current one and the newest few of other rule-dirs,
    and files left half-written an hour ago."""
    def modified(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return math.inf  # gone already
    others = sorted((p for p in current.parent.glob("catalog-*.json") if p != current),
                    key=modified, reverse=True)
    stale = [p for p in current.parent.glob("catalog-*.tmp")
             if modified(p) < time.time() - 3600]
    for path in others[KEPT_CACHES - 1:] + stale:
        path.unlink(missing_ok=True)


def _to_json(catalog: Catalog) -> dict:
    return {"rules": [asdict(rule) for rule in catalog.rules.values()],
            "parameters": [asdict(p) for p in catalog.parameters.values()]}


def _from_json(data: dict) -> Catalog:
    rules = {}
    for entry in data["rules"]:
        entry.update(types=tuple(entry["types"]), parameters=tuple(entry["parameters"]))
        rules[entry["id"]] = Rule(**entry)
    parameters = {entry["name"]: Parameter(**entry) for entry in data["parameters"]}
    return Catalog(rules, parameters)


def _read_catalog(directories: tuple) -> Catalog:
    shipped = directories[0]
    shared_file = load_yaml(str(Path(shipped) / PARAMETERS_FILE))
    parameters = _parameters_of(shared_file.data, shared_file, ())
    shared_names = set(parameters)
    register = read_register(shipped)
    rules: dict[str, Rule] = {}
    own = 0
    for directory in directories:
        for path in sorted(Path(directory).glob("*.yaml")):
            if path.name in (PARAMETERS_FILE, REGISTER_FILE) and directory == shipped:
                continue
            own += directory != shipped
            if own > MAX_OWN_RULES:
                raise RuleFileError.of(str(path), 1, 1, "too_many", limit=MAX_OWN_RULES)
            rule = _read_rule(str(path), parameters, shared_names, rules, register)
            rules[rule.id] = rule
    return Catalog(dict(sorted(rules.items())), parameters)


def _citation_of(data: dict, register: dict, fail) -> dict:
    """The rule's requirements resolved from the register, or a v1 free-text citation."""
    if "requirements" not in data:
        return data["citation"]
    for index, requirement_id in enumerate(data["requirements"]):
        if requirement_id not in register["requirements"]:
            fail(("requirements", index), "unknown_requirement", id=repr(requirement_id))
    citation = {"requirements": list(data["requirements"]),
                "entries": resolve(register, data["requirements"])}
    if "citation_note" in data:
        citation["note"] = data["citation_note"]
    return citation


def _read_rule(file: str, parameters: dict, shared_names: set, rules: dict,
               register: dict) -> Rule:
    document = load_yaml(file)
    _schema_error(document, "rule.schema.json", "schema_rule")
    data = document.data

    def fail(path, text_key, **values):
        line, column = document.locate(path)
        raise RuleFileError.of(file, line, column, text_key, **values)

    if Path(file).stem != data["id"]:
        fail(("id",), "file_name", id=data["id"])
    if data["id"] in rules:
        fail(("id",), "defined_twice", id=data["id"], file=rules[data["id"]].file)
    local = _parameters_of(data.get("parameters", {}), document, ("parameters",))
    for name in local:
        if name in parameters:
            fail(("parameters", name), "parameter_twice", name=name)
    for name in data.get("shared_parameters", []):
        if name not in shared_names:
            fail(("shared_parameters",), "not_shared", name=name)
    parameters.update(local)
    names = tuple(sorted(set(local) | set(data.get("shared_parameters", []))))
    for name in sorted(_params_used(data["check"])):
        if name not in names:
            fail(("check",), "undeclared", name=name)
    check = data["check"]
    if "fact" in check:
        known = PROPERTIES.get(check["fact"])
        if known is None:
            fail(("check", "fact"), "unknown_fact", kind=repr(check["fact"]),
                 known=", ".join(PROPERTIES))
        _check_condition(check["condition"], known, parameters, ("check", "condition"), fail)
        for index, name in enumerate(check.get("needs", [])):
            if name not in known:
                fail(("check", "needs", index), "needs_unknown", name=repr(name),
                     fact=check["fact"])
        if _comparisons([check["condition"], check.get("escalate", {}).get("condition", {})]) \
                > MAX_COMPARISONS:
            fail(("check",), "too_complex", limit=MAX_COMPARISONS)
        if "escalate" in check:
            _check_condition(check["escalate"]["condition"], known, parameters,
                             ("check", "escalate", "condition"), fail)
        for lang, template in data["message"].items():
            for name in sorted(placeholders(template) - set(known) - set(names)):
                fail(("message", lang), "message_name", name=repr(name), fact=check["fact"])
    types = DOCUMENT_TYPES if data["types"] == "all" else tuple(data["types"])
    return Rule(
        id=data["id"], area=data["area"], title=data["title"], severity=data["severity"],
        types=types, parameters=names, citation=_citation_of(data, register, fail),
        rationale=data["rationale"],
        remediation=data["remediation"], message=data["message"], check=data["check"],
        example=data["example"], file=file,
    )


_VALUE_TYPES = {
    "integer": (int, float), "number": (int, float), "boolean": (bool,), "string": (str,),
}
_PARAMETER_FITS = {
    "integer": {"integer", "number"}, "number": {"integer", "number"},
    "string": {"string", "severity", "regex"}, "boolean": set(), "list": set(),
}


def _comparisons(condition) -> int:
    """Comparisons in a condition: the engine's work grows with them."""
    if isinstance(condition, list):
        return sum(_comparisons(part) for part in condition)
    total = 0
    for operator, operand in condition.items():
        if operator in ("$and", "$or"):
            total += _comparisons(operand)
        elif operator.startswith("$") and isinstance(operand, dict):
            total += len(operand)
        else:
            total += 1
    return total


def _check_condition(condition: dict, known: dict, parameters: dict, path: tuple, fail):
    """Every property the condition reads exists on the fact, compared with a value of
    its type: durable-rules would otherwise never fire, or compare text with numbers."""
    for operator, operand in condition.items():
        if operator in ("$and", "$or"):
            for index, part in enumerate(operand):
                _check_condition(part, known, parameters, path + (operator, index), fail)
            continue
        comparisons = operand.items() if operator.startswith("$") else [(operator, operand)]
        for name, value in comparisons:
            if name not in known:
                fail(path, "unknown_property", name=repr(name))
            kind = known[name][0]
            if operator in ("$ex", "$nex"):
                continue
            if isinstance(value, dict):
                fits = parameters[value["$param"]].type in _PARAMETER_FITS[kind]
            else:
                fits = kind in _VALUE_TYPES and isinstance(value, _VALUE_TYPES[kind]) and (
                    kind == "boolean" or not isinstance(value, bool))
            if not fits:
                fail(path, "compares", name=repr(name), kind=kind, value=repr(value))


def _substitute(condition, values: dict):
    """The condition with each {$param: name} replaced by the parameter's value."""
    if isinstance(condition, dict):
        if set(condition) == {"$param"}:
            return values[condition["$param"]]
        return {key: _substitute(value, values) for key, value in condition.items()}
    if isinstance(condition, list):
        return [_substitute(value, values) for value in condition]
    return condition


ESCALATED = "!escalated"  # suffix of the engine rule that raises a rule's severity
CATCH_ALL = "~catch_all"  # the engine rule that matches every fact


def _unused(closure) -> None:
    """durable-rules wants an action per rule; govcheck reads matches straight from the
    engine (engine._assert_and_act), so no action ever runs."""


def compile_ruleset(rules: list[Rule], values: dict) -> dict:
    """durable-rules JSON definition of one ruleset: one engine rule per catalog rule
    (two when the rule escalates), plus a catch-all so that every fact is handled (a
    session whose facts no rule handled crashes the engine when it is deleted)."""
    definition = {}
    for rule in rules:
        check = rule.check
        match = {"$and": [{"kind": check["fact"]}, _substitute(check["condition"], values)]}
        definition[rule.id] = {"all": [{"m": match}], "run": _unused}
        if "escalate" in check:
            escalated = {"$and": match["$and"] + [_substitute(check["escalate"]["condition"],
                                                              values)]}
            definition[rule.id + ESCALATED] = {"all": [{"m": escalated}], "run": _unused}
    definition[CATCH_ALL] = {"all": [{"m": {"$ex": {"kind": 1}}}], "run": _unused}
    return definition
