"""The catalog cache: a validated catalog kept as JSON in the user's cache folder.

One file per set of rule directories (a new stamp replaces it), sealed with an HMAC
under a per-user secret kept beside it (0600). A cached catalog decides which rules
run, so a file that is not sealed with the user's key is never parsed: anyone who can
plant a file in the cache (a shared or restored CI cache, another user) cannot choose
the rules, unless they can also read the user's key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
import time
from pathlib import Path


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is invalid, ignore it
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govcheck"


def _file(directories: tuple) -> Path:
    """One file per set of rule directories: a new stamp replaces the file, not adds one."""
    name = hashlib.sha256("\0".join(directories).encode("utf-8", "surrogateescape"))
    return _cache_dir() / f"catalog-{name.hexdigest()[:24]}.json"


KEY_FILE = "key"  # beside the cache files: the per-user secret that seals them
KEY_BYTES = 32
UNUSED = 86400  # seconds: a catalog file unused this long is removed when another is written
UNUSED_TMP = 3600
MAX_CACHE_BYTES = 16 * 2**20  # shipped ~0.3 MiB, with 200 own rules ~1 MiB: larger is not ours


def _key(folder: Path) -> bytes | None:
    """The user's secret for sealing cached catalogs, made on first use (0600). A cached
    catalog decides which rules run, so a file anyone but the user could have written or
    read is not trusted: a key that is not the user's own 0600 file is replaced, which
    makes every cached catalog be rebuilt. None when there is no usable key (no cache)."""
    path = folder / KEY_FILE
    try:
        info, key = _read_file(path, KEY_BYTES + 1)
        if info.st_mode & 0o077 == 0 and info.st_uid == os.getuid() and len(key) == KEY_BYTES:
            return key
    except (OSError, ValueError):
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


def _read_file(path: Path, limit: int) -> tuple[os.stat_result, bytes]:
    """Up to `limit` bytes of a regular file, never through a final symbolic link and
    never waiting on a FIFO; ValueError for anything but a regular file."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"{path} is not a regular file")
        chunks, size = [], 0
        while size < limit and (chunk := os.read(fd, limit - size)):
            chunks.append(chunk)
            size += len(chunk)
        return info, b"".join(chunks)
    finally:
        os.close(fd)


def _seal(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode("ascii")


def read(directories: tuple, stamp: str):
    """The catalog payload cached for these directories and stamp, when its seal is ours:
    the HMAC is checked before the JSON is parsed. None when there is none, or it was
    edited, corrupted or written for other files; the caller rebuilds, never trusts."""
    cache = _file(directories)
    key = _key(cache.parent)
    if key is None:
        return None
    try:
        _, sealed = _read_file(cache, MAX_CACHE_BYTES + 1)
        seal, body = sealed.split(b"\n", 1)
        if len(sealed) > MAX_CACHE_BYTES or not hmac.compare_digest(seal, _seal(key, body)):
            return None
        data = json.loads(body)
        if not isinstance(data, dict) or data.get("stamp") != stamp:
            return None
    except (OSError, ValueError, RecursionError):
        return None
    _touch(cache)
    return data.get("catalog")


def _touch(cache: Path) -> None:
    """Marks the file as used (its modification time), at most once an hour."""
    try:
        if cache.stat().st_mtime < time.time() - UNUSED_TMP:
            os.utime(cache)
    except OSError:
        pass


def write(directories: tuple, stamp: str, payload: dict) -> None:
    """Keeps the payload for the next run, sealed with the user's key; then prunes."""
    cache = _file(directories)
    key = _key(cache.parent)
    if key is None:
        return
    body = json.dumps({"stamp": stamp, "catalog": payload}, ensure_ascii=False).encode("utf-8")
    partial = cache.with_suffix(f".{os.getpid()}.tmp")
    try:
        partial.write_bytes(_seal(key, body) + b"\n" + body)
        os.replace(partial, cache)
    except OSError:
        partial.unlink(missing_ok=True)
        return  # a read-only cache only costs speed
    _prune(cache)


def _prune(current: Path) -> None:
    """Old catalogs go: those of other rule-dirs (or other installations) unused for a
    day, and files left half-written an hour ago. Another set used today is kept, so that
    two projects with rule-dirs of their own do not rebuild each other's in turn."""
    now = time.time()
    for path in current.parent.glob("catalog-*"):
        try:
            unused = now - path.stat().st_mtime
        except OSError:
            continue
        if path != current and unused > (UNUSED_TMP if path.suffix == ".tmp" else UNUSED):
            path.unlink(missing_ok=True)
