"""The catalog cache: a second load reads no rule file, a tampered cache is rebuilt, old
cache files go. Each load runs in a fresh process, as a user's runs do."""

import hashlib
import hmac
import json
import os
import subprocess
import sys
import time

import pytest

LOAD = """
import hashlib, json, os, sys
from dataclasses import asdict
from govcheck.catalog.catalog import load_catalog
from govcheck.resources import resource_dir

folders = [str(resource_dir("rules"))] + sys.argv[1:]
opened = []

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        if any(os.fspath(args[0]).startswith(d + os.sep) for d in folders):
            opened.append(os.fspath(args[0]))

sys.addaudithook(hook)
catalog = load_catalog(tuple(sys.argv[1:]))
text = json.dumps([asdict(r) for r in catalog.rules.values()], sort_keys=True)
print(json.dumps({"rules": len(catalog.rules), "opened": len(opened),
                  "digest": hashlib.sha256(text.encode()).hexdigest(),
                  "messages": {i: r.message["en"] for i, r in catalog.rules.items()}}))
"""


def load(cache_home, *rule_dirs) -> dict:
    """One load in a fresh process: how many rules, how many rule files it opened."""
    result = subprocess.run([sys.executable, "-c", LOAD, *map(str, rule_dirs)],
                            capture_output=True, text=True,
                            env={**os.environ, "XDG_CACHE_HOME": str(cache_home)},
                            timeout=120, check=True)
    return json.loads(result.stdout)


@pytest.fixture
def home(tmp_path):
    return tmp_path / "cache"


def cache_of(home):
    [cache] = (home / "govcheck").glob("catalog-*.json")
    return cache


def test_the_second_load_reads_no_rule_file(home):
    first = load(home)
    assert first["opened"] > first["rules"] > 80  # every rule file, the register, parameters
    second = load(home)
    assert second["opened"] == 0
    assert second["digest"] == first["digest"]
    assert second["rules"] == first["rules"]


@pytest.mark.parametrize("tamper", ["rules", "unkeyed", "garbage", "truncated", "empty"])
def test_a_tampered_or_corrupt_cache_is_rebuilt_not_trusted(home, tamper):
    first = load(home)
    cache = cache_of(home)
    seal, body = cache.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    if tamper in ("rules", "unkeyed"):
        data["catalog"]["rules"][0]["message"]["en"] = "EDITED"
        body = json.dumps(data).encode()
        # "unkeyed": sealed as a plain hash would be, which anyone can compute
        seal = hashlib.sha256(body).hexdigest().encode() if tamper == "unkeyed" else seal
        cache.write_bytes(seal + b"\n" + body)
    else:
        cache.write_bytes({"garbage": b"\x00{not json", "truncated": (seal + b"\n" + body)[:5000],
                           "empty": b""}[tamper])
    again = load(home)
    assert again["opened"] > 0  # rebuilt from the rule files
    assert again["digest"] == first["digest"]
    assert load(home)["opened"] == 0  # and the rebuilt cache is used again


def test_a_cache_sealed_with_the_users_key_is_used(home):
    """The key is what makes a cache trusted: an edit sealed with it is read as it is, so
    the unkeyed edits above were refused for their seal and nothing else."""
    load(home)
    cache = cache_of(home)
    key = (home / "govcheck" / "key").read_bytes()
    _, body = cache.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    first = data["catalog"]["rules"][0]
    first["message"]["en"] = "SEALED"
    body = json.dumps(data).encode()
    cache.write_bytes(hmac.new(key, body, hashlib.sha256).hexdigest().encode() + b"\n" + body)
    edited = load(home)
    assert edited["opened"] == 0
    assert edited["messages"][first["id"]] == "SEALED"


def test_the_key_is_the_users_own_and_a_readable_key_is_replaced(home):
    load(home)
    key = home / "govcheck" / "key"
    assert key.stat().st_mode & 0o777 == 0o600
    assert len(key.read_bytes()) == 32
    old = key.read_bytes()
    key.chmod(0o644)  # anyone could have read it: caches sealed with it are not trusted
    assert load(home)["opened"] > 0
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.read_bytes() != old
    assert load(home)["opened"] == 0


def test_old_cache_files_are_pruned(home):
    folder = home / "govcheck"
    folder.mkdir(parents=True)
    old = time.time() - 86400
    for index in range(6):
        stale = folder / f"catalog-{index:024d}.json"
        stale.write_text("{}")
        os.utime(stale, (old + index, old + index))
    (folder / "catalog-x.json.123.tmp").write_text("{")
    os.utime(folder / "catalog-x.json.123.tmp", (old, old))
    load(home)
    current = cache_of_newest(folder)
    kept = sorted(p.name for p in folder.glob("catalog-*"))
    # the current one and the three newest others; the half-written file is gone
    assert kept == sorted([current.name] + [f"catalog-{i:024d}.json" for i in (3, 4, 5)])
    assert load(home)["opened"] == 0
    assert len(list(folder.glob("catalog-*"))) == 4  # a hit prunes nothing, adds nothing


def cache_of_newest(folder):
    return max(folder.glob("catalog-*.json"), key=lambda p: p.stat().st_mtime)


OWN_RULE = """id: LOC001
area: LOCAL
title: {nb: Få mål, nn: Få mål, en: Few goals}
severity: warning
types: all
citation: {instrument: Intern retningslinje, section: "punkt 1", edition: "2025",
           confirmed: true}
rationale: {nb: Færre mål., nn: Færre mål., en: Fewer goals.}
remediation: {nb: Slå sammen mål., nn: Slå saman mål., en: Merge goals.}
message: {nb: For mange mål., nn: For mange mål., en: MESSAGE}
example: "goals: []"
check: {fact: document, at: goals, condition: {$gt: {level1_count: 9}}}
"""


def test_an_edited_rule_replaces_the_cache_file_not_adds_one(home, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    rule = own / "LOC001.yaml"
    rule.write_text(OWN_RULE.replace("MESSAGE", "Too many goals."))
    first = load(home, own)
    assert first["messages"]["LOC001"] == "Too many goals."
    assert load(home, own)["opened"] == 0
    [cache] = (home / "govcheck").glob("catalog-*.json")
    rule.write_text(OWN_RULE.replace("MESSAGE", "More than nine goals."))
    edited = load(home, own)
    assert edited["opened"] > 0
    assert edited["messages"]["LOC001"] == "More than nine goals."
    assert list((home / "govcheck").glob("catalog-*.json")) == [cache]
    assert load(home, own)["messages"]["LOC001"] == "More than nine goals."
