"""govcheck.yaml or [tool.govcheck] in pyproject.toml → Settings, validated by name.

A configuration is found from the checked file upward, or given with --config.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from govcheck.i18n import N_, Texts

from ..catalog.catalog import Catalog, load_catalog, parameter_problem
from ..catalog.rule_text import problem_texts
from ..document.load_text import os_reason
from ..document.loader import (
    DEFAULT_MAX_BYTES,
    Document,
    LoadError,
    decode,
    load_yaml,
    read_bounded,
)
from ..findings import SEVERITIES

CONFIG_NAMES = ("govcheck.yaml", "govcheck.yml")
KEYS = ("select", "ignore", "severity", "parameters", "fail-on", "rule-dirs", "waivers",
        "max-file-size", "max-seconds-per-document", "max-memory-per-document",
        "require-related")
DEFAULT_MAX_SECONDS = 60.0  # per document; see run/bounds.py
DEFAULT_MAX_MEMORY = 1024  # MiB per document
MAX_SECONDS_BOUND, MAX_MEMORY_BOUND = 86_400, 1_048_576  # a day; a TiB
WAIVER_KEYS = ("document", "rule", "target", "justification", "approved_by", "expires")
MAX_FILE_SIZE = 64 * 1024 * 1024  # a YAML file takes ~20× its size in memory once built
ALWAYS_ON = "VALID"  # SCHEMA and REF: without them the other rules read garbage


# Configuration errors are printed before any document's language is known: in the
# --lang language, else in nb (str() of the error is nb). Same keys in each language.
CONFIG_TEXT = Texts({
    "mapping": N_("configuration must be a mapping"),
    "unknown_key": N_("unknown configuration key '{key}' (known: {known})"),
    "rule_dirs": N_("rule-dirs must be a list of directories"),
    "no_dir": N_("rule directory {directory} does not exist"),
    "names": N_("{key} must be a list of rule ids or areas"),
    "unknown_name": N_("{key}: unknown rule or area '{name}'"),
    "severity_map": N_("severity must map rule ids to error, warning or info"),
    "severity_rule": N_("severity: unknown rule '{rule}'"),
    "severity_value": N_("severity of {rule} should be error, warning or info, not '{value}'"),
    "parameters": N_("parameters must map parameter names to values"),
    "unknown_parameter": N_("unknown parameter '{name}'"),
    "parameter": N_("parameter '{name}' {problem}"),
    "fail_on": N_("fail-on should be error, warning or info, not '{value}'"),
    "max_bytes": N_("max-file-size must be a positive number of bytes"),
    "waivers": N_("waivers must be a list"),
    "waiver": N_("a waiver must be a mapping"),
    "waiver_key": N_("unknown waiver key '{key}'"),
    "waiver_needs": N_("waiver needs '{key}' (a text)"),
    "unreadable": N_("cannot read configuration: {reason}"),
    "toml": N_("invalid TOML: {reason}"),
    "not_a_name": N_("{key}: {name} is not a rule id or area"),
    "always_on": N_("ignore: {name} cannot be switched off; schema and reference validation "
                    "(SCHEMA, REF) always run"),
    "max_bytes_limit": N_("max-file-size should be at most {limit} bytes (64 MiB)"),
    "max_seconds_bound": N_("max-seconds-per-document must be a number of seconds above 0 and at "
                            "most {limit}"),
    "max_memory_bound": N_("max-memory-per-document must be a whole number of MiB above 0 and at "
                           "most {limit}"),
    "require_related_bool": N_("require-related must be true or false"),
    "waiver_expires": N_("waiver expires '{value}' is not a date (YYYY-MM-DD)"),
    "toml_number": N_("invalid TOML: a number too long to read"),
})


class ConfigError(LoadError):
    """A configuration error, with its message in every language (LoadError.texts);
    str() is nb."""


def _texts(text_key: str, **values) -> dict:
    """A value that is a {lang: text} mapping is said in each language."""
    return {lang: words[text_key].format(**{name: value[lang] if isinstance(value, dict)
                                            else value for name, value in values.items()})
            for lang, words in CONFIG_TEXT.items()}


@dataclass(frozen=True)
class ConfigWaiver:
    document: str
    rule: str
    target: str
    justification: str
    approved_by: str
    expires: str
    line: int
    column: int
    index: int


@dataclass(frozen=True)
class Settings:
    source: str | None  # the configuration file, or None for defaults
    catalog: Catalog = field(repr=False, compare=False, hash=False)
    rule_dirs: tuple = ()
    enabled: tuple = ()  # rule ids, sorted
    severities: tuple = ()  # (rule id, severity) overrides
    values: str = "{}"  # parameter values as canonical JSON, so Settings can be hashed
    fail_on: str = "error"
    waivers: tuple = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    max_seconds: float = DEFAULT_MAX_SECONDS
    max_memory: int = DEFAULT_MAX_MEMORY  # MiB
    require_related: bool = False  # a missing parent or previous document is a finding

    @functools.cached_property
    def parameter_values(self) -> dict:
        """Decoded once; treat as read-only."""
        return json.loads(self.values)

    def severity_of(self, rule_id: str) -> str:
        return dict(self.severities).get(rule_id, self.catalog.rules[rule_id].severity)


def default_settings() -> Settings:
    return build_settings({}, None, None)


def _fail(document: Document | None, source: str, path: tuple, texts: dict, key=False):
    if document is None:
        line, column = 1, 1
    else:
        line, column = document.locate_key(path) if key else document.locate(path)
    raise ConfigError(source, line, column, texts["nb"], texts)


def _error(path: str, text_key: str, **values) -> ConfigError:
    texts = _texts(text_key, **values)
    return ConfigError(path, 1, 1, texts["nb"], texts)


def _parameter_texts(parameter, value) -> dict:
    said = problem_texts(parameter_problem(parameter, value))
    return {lang: words["parameter"].format(name=parameter.name, problem=said[lang])
            for lang, words in CONFIG_TEXT.items()}


def build_settings(data: dict, document: Document | None, source: str | None,
                   base_dir: Path | None = None) -> Settings:
    """Settings from configuration data; every unknown or ill-typed value is an error."""
    where = source or "configuration"

    def fail(path, text_key, at_key=False, **values):
        _fail(document, where, path, _texts(text_key, **values), at_key)

    if not isinstance(data, dict):
        fail((), "mapping")
    for key in data:
        if key not in KEYS:
            fail((key,), "unknown_key", at_key=True, key=key, known=", ".join(KEYS))
    rule_dirs = data.get("rule-dirs", [])
    if not isinstance(rule_dirs, list) or not all(isinstance(d, str) for d in rule_dirs):
        fail(("rule-dirs",), "rule_dirs")
    base_dir = base_dir or Path.cwd()
    rule_dirs = tuple(str((base_dir / d).resolve()) for d in rule_dirs)
    for index, directory in enumerate(rule_dirs):
        if not Path(directory).is_dir():
            fail(("rule-dirs", index), "no_dir", directory=directory)
    catalog = load_catalog(rule_dirs)
    rules, areas = catalog.rules, set(catalog.areas())

    def rule_names(key) -> set[str]:
        value = data.get(key, [])
        if not isinstance(value, list):
            fail((key,), "names", key=key)
        chosen = set()
        for index, name in enumerate(value):
            if not isinstance(name, str):
                fail((key, index), "not_a_name", key=key, name=repr(name))
            if name in rules:
                chosen.add(name)
            elif name in areas:
                chosen.update(r for r in rules if rules[r].area == name)
            else:
                fail((key, index), "unknown_name", key=key, name=name)
        return chosen

    always = {r for r in rules if rules[r].area == ALWAYS_ON}
    ignored = rule_names("ignore")
    for index, name in enumerate(data.get("ignore", [])):
        if name == ALWAYS_ON or name in always:
            fail(("ignore", index), "always_on", name=name)
    enabled = tuple(sorted((rule_names("select") if "select" in data else set(rules))
                           - ignored | always))

    severities = data.get("severity", {})
    if not isinstance(severities, dict):
        fail(("severity",), "severity_map")
    for rule_id, severity in severities.items():
        if rule_id not in rules:
            fail(("severity", rule_id), "severity_rule", at_key=True, rule=rule_id)
        if severity not in SEVERITIES:
            fail(("severity", rule_id), "severity_value", rule=rule_id, value=severity)

    values = {name: parameter.default for name, parameter in catalog.parameters.items()}
    overrides = data.get("parameters", {})
    if not isinstance(overrides, dict):
        fail(("parameters",), "parameters")
    for name, value in overrides.items():
        if name not in catalog.parameters:
            fail(("parameters", name), "unknown_parameter", at_key=True, name=name)
        parameter = catalog.parameters[name]
        if parameter_problem(parameter, value):
            _fail(document, where, ("parameters", name), _parameter_texts(parameter, value))
        values[name] = value

    fail_on = data.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        fail(("fail-on",), "fail_on", value=fail_on)
    max_bytes = data.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        fail(("max-file-size",), "max_bytes")
    if max_bytes > MAX_FILE_SIZE:
        fail(("max-file-size",), "max_bytes_limit", limit=MAX_FILE_SIZE)
    max_seconds = data.get("max-seconds-per-document", DEFAULT_MAX_SECONDS)
    if not _within(max_seconds, (int, float), MAX_SECONDS_BOUND):
        fail(("max-seconds-per-document",), "max_seconds_bound", limit=MAX_SECONDS_BOUND)
    max_memory = data.get("max-memory-per-document", DEFAULT_MAX_MEMORY)
    if not _within(max_memory, int, MAX_MEMORY_BOUND):
        fail(("max-memory-per-document",), "max_memory_bound", limit=MAX_MEMORY_BOUND)
    require_related = data.get("require-related", False)
    if not isinstance(require_related, bool):
        fail(("require-related",), "require_related_bool")

    return Settings(
        source=source, catalog=catalog, rule_dirs=rule_dirs, enabled=enabled,
        severities=tuple(sorted(severities.items())),
        values=json.dumps(values, sort_keys=True), fail_on=fail_on,
        waivers=_waivers(data.get("waivers", []), document, fail), max_bytes=max_bytes,
        max_seconds=float(max_seconds), max_memory=max_memory,
        require_related=require_related,
    )


def _within(value, kinds, bound) -> bool:
    """A number of the right kind, above 0 and at most `bound` (so never nan or inf)."""
    return isinstance(value, kinds) and not isinstance(value, bool) and 0 < value <= bound


def _waivers(entries, document: Document | None, fail) -> tuple:
    if not isinstance(entries, list):
        fail(("waivers",), "waivers")
    waivers = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            fail(("waivers", index), "waiver")
        for key in entry:
            if key not in WAIVER_KEYS:
                fail(("waivers", index, key), "waiver_key", at_key=True, key=key)
        for key in WAIVER_KEYS:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                fail(("waivers", index), "waiver_needs", key=key)
        try:
            dt.date.fromisoformat(entry["expires"])
        except ValueError:
            fail(("waivers", index, "expires"), "waiver_expires", value=entry["expires"])
        line, column = document.locate(("waivers", index)) if document else (1, 1)
        waivers.append(ConfigWaiver(**{k: entry[k] for k in WAIVER_KEYS}, line=line,
                                    column=column, index=index))
    return tuple(waivers)


def read_config(path: str) -> Settings:
    """Settings from a govcheck.yaml or a pyproject.toml's [tool.govcheck]."""
    resolved = Path(path).resolve()
    try:
        stamp = resolved.stat()
    except OSError as error:
        raise _error(path, "unreadable", reason=os_reason(error)) from None
    return _read_config(str(resolved), stamp.st_mtime_ns, stamp.st_size)


@functools.lru_cache(maxsize=64)
def _read_config(path: str, mtime_ns: int, size: int) -> Settings:
    """Cached per file version: many documents share one configuration."""
    base_dir = Path(path).parent
    if path.endswith(".toml"):
        text = decode(read_bounded(path), path)
        try:
            table = tomllib.loads(text).get("tool", {}).get("govcheck", {})
        except tomllib.TOMLDecodeError as error:
            raise _error(path, "toml", reason=error) from None
        except ValueError:  # an integer past CPython's int-string limit
            raise _error(path, "toml_number") from None
        return build_settings(table, None, path, base_dir)
    document = load_yaml(path)
    return build_settings(document.data, document, path, base_dir)


def config_data(path: str) -> dict:
    """The raw mapping of a configuration file (govcheck.yaml, or a pyproject.toml's
    [tool.govcheck]), for callers that build settings per case (rule tests)."""
    if not path.endswith(".toml"):
        return load_yaml(path).data
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle).get("tool", {}).get("govcheck", {})
    except OSError as error:
        raise _error(path, "unreadable", reason=os_reason(error)) from None
    except tomllib.TOMLDecodeError as error:
        raise _error(path, "toml", reason=error) from None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        with open(pyproject, "rb") as handle:
            raw = handle.read(DEFAULT_MAX_BYTES)
        return "govcheck" in tomllib.loads(raw.decode("utf-8")).get("tool", {})
    except OSError:
        return False
    except ValueError:  # unreadable TOML (or UTF-8): ours only if it names our table
        return b"[tool.govcheck" in raw


@functools.cache
def find_config(directory: str) -> str | None:
    """The nearest govcheck.yaml, or pyproject.toml with [tool.govcheck], upward."""
    current = Path(directory).resolve()
    for folder in (current, *current.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return str(folder / name)
        if (folder / "pyproject.toml").is_file() and _has_tool_table(folder / "pyproject.toml"):
            return str(folder / "pyproject.toml")
    return None


def settings_for(file: str, explicit: str | None) -> Settings:
    """The settings that govern one checked file."""
    if explicit:
        return read_config(explicit)
    # the folder the file is in, not where a link points (and a link loop cannot raise)
    found = find_config(os.path.dirname(os.path.abspath(file)))
    return read_config(found) if found else _defaults()


@functools.cache
def _defaults() -> Settings:
    return default_settings()
