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

from ..catalog.catalog import Catalog, load_catalog, parameter_problem
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
        "max-file-size", "require-related")
WAIVER_KEYS = ("document", "rule", "target", "justification", "approved_by", "expires")
MAX_FILE_SIZE = 64 * 1024 * 1024  # a YAML file takes ~20× its size in memory once built
ALWAYS_ON = "VALID"  # SCHEMA and REF: without them the other rules read garbage


class ConfigError(LoadError):
    pass


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
    require_related: bool = False  # a missing parent or previous document is a finding

    @functools.cached_property
    def parameter_values(self) -> dict:
        """Decoded once; treat as read-only."""
        return json.loads(self.values)

    def severity_of(self, rule_id: str) -> str:
        return dict(self.severities).get(rule_id, self.catalog.rules[rule_id].severity)


def default_settings() -> Settings:
    return build_settings({}, None, None)


def _fail(document: Document | None, source: str, path: tuple, message: str, key=False):
    if document is None:
        line, column = 1, 1
    else:
        line, column = document.locate_key(path) if key else document.locate(path)
    raise ConfigError(source, line, column, message)


def build_settings(data: dict, document: Document | None, source: str | None,
                   base_dir: Path | None = None) -> Settings:
    """Settings from configuration data; every unknown or ill-typed value is an error."""
    where = source or "configuration"

    def fail(path, message, key=False):
        _fail(document, where, path, message, key)

    if not isinstance(data, dict):
        fail((), "configuration must be a mapping")
    for key in data:
        if key not in KEYS:
            fail((key,), f"unknown configuration key '{key}' (known: {', '.join(KEYS)})",
                 key=True)
    rule_dirs = data.get("rule-dirs", [])
    if not isinstance(rule_dirs, list) or not all(isinstance(d, str) for d in rule_dirs):
        fail(("rule-dirs",), "rule-dirs must be a list of directories")
    base_dir = base_dir or Path.cwd()
    rule_dirs = tuple(str((base_dir / d).resolve()) for d in rule_dirs)
    for index, directory in enumerate(rule_dirs):
        if not Path(directory).is_dir():
            fail(("rule-dirs", index), f"rule directory {directory} does not exist")
    catalog = load_catalog(rule_dirs)
    rules, areas = catalog.rules, set(catalog.areas())

    def rule_names(key) -> set[str]:
        value = data.get(key, [])
        if not isinstance(value, list):
            fail((key,), f"{key} must be a list of rule ids or areas")
        chosen = set()
        for index, name in enumerate(value):
            if not isinstance(name, str):
                fail((key, index), f"{key}: {name!r} is not a rule id or area")
            if name in rules:
                chosen.add(name)
            elif name in areas:
                chosen.update(r for r in rules if rules[r].area == name)
            else:
                fail((key, index), f"{key}: unknown rule or area {name!r}")
        return chosen

    always = {r for r in rules if rules[r].area == ALWAYS_ON}
    ignored = rule_names("ignore")
    for index, name in enumerate(data.get("ignore", [])):
        if name == ALWAYS_ON or name in always:
            fail(("ignore", index), f"ignore: {name} cannot be switched off; schema and "
                                    "reference validation (SCHEMA, REF) always run")
    enabled = tuple(sorted((rule_names("select") if "select" in data else set(rules))
                           - ignored | always))

    severities = data.get("severity", {})
    if not isinstance(severities, dict):
        fail(("severity",), "severity must map rule ids to error, warning or info")
    for rule_id, severity in severities.items():
        if rule_id not in rules:
            fail(("severity", rule_id), f"severity: unknown rule {rule_id!r}", key=True)
        if severity not in SEVERITIES:
            fail(("severity", rule_id),
                 f"severity of {rule_id} should be error, warning or info, not {severity!r}")

    values = {name: parameter.default for name, parameter in catalog.parameters.items()}
    overrides = data.get("parameters", {})
    if not isinstance(overrides, dict):
        fail(("parameters",), "parameters must map parameter names to values")
    for name, value in overrides.items():
        if name not in catalog.parameters:
            fail(("parameters", name), f"unknown parameter {name!r}", key=True)
        problem = parameter_problem(catalog.parameters[name], value)
        if problem:
            fail(("parameters", name), f"parameter {name!r} {problem}")
        values[name] = value

    fail_on = data.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        fail(("fail-on",), f"fail-on should be error, warning or info, not {fail_on!r}")
    max_bytes = data.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        fail(("max-file-size",), "max-file-size must be a positive number of bytes")
    if max_bytes > MAX_FILE_SIZE:
        fail(("max-file-size",), f"max-file-size should be at most {MAX_FILE_SIZE} bytes "
                                 "(64 MiB)")
    require_related = data.get("require-related", False)
    if not isinstance(require_related, bool):
        fail(("require-related",), "require-related must be true or false")

    return Settings(
        source=source, catalog=catalog, rule_dirs=rule_dirs, enabled=enabled,
        severities=tuple(sorted(severities.items())),
        values=json.dumps(values, sort_keys=True), fail_on=fail_on,
        waivers=_waivers(data.get("waivers", []), document, fail), max_bytes=max_bytes,
        require_related=require_related,
    )


def _waivers(entries, document: Document | None, fail) -> tuple:
    if not isinstance(entries, list):
        fail(("waivers",), "waivers must be a list")
    waivers = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            fail(("waivers", index), "a waiver must be a mapping")
        for key in entry:
            if key not in WAIVER_KEYS:
                fail(("waivers", index, key), f"unknown waiver key {key!r}", key=True)
        for key in WAIVER_KEYS:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                fail(("waivers", index), f"waiver needs {key!r} (a text)")
        try:
            dt.date.fromisoformat(entry["expires"])
        except ValueError:
            fail(("waivers", index, "expires"),
                 f"waiver expires {entry['expires']!r} is not a date (YYYY-MM-DD)")
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
        raise ConfigError(path, 1, 1, f"cannot read configuration: {error.strerror}") from None
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
            raise ConfigError(path, 1, 1, f"invalid TOML: {error}") from None
        except ValueError:  # an integer past CPython's int-string limit
            raise ConfigError(path, 1, 1, "invalid TOML: a number too long to read") from None
        return build_settings(table, None, path, base_dir)
    document = load_yaml(path)
    return build_settings(document.data, document, path, base_dir)


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
