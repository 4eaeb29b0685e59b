"""Every file govcheck writes is written here, whole or not at all.

The bytes go to a temporary file in the target's folder (`.NAME.govcheck-tmp-XXXXXXXX`),
are flushed and fsynced, and only then replace the target (`os.replace`, atomic within a
folder). A failure of any kind on the way (an exception, Ctrl-C, a full disk, a file-size
limit) removes the temporary and leaves the target as it was. Only SIGKILL, or a signal
whose default is to end the process, can leave a temporary behind: the target is still
whole, and the name says whose it is (`is_temporary`).

An edited file keeps its permission bits (and owner and group where the user may set
them); a new file gets the mode `open` would give it (0666 less the umask). A target that
is a link is written through, as `open` would: the file it points to is replaced. A target
that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO) is written directly:
there is nothing in it to lose, and its folder is no place for a temporary.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading

_SUFFIX = ".govcheck-tmp-"
_umask_lock = threading.Lock()
_umask: list[int] = []


def is_temporary(name: str) -> bool:
    """A file name this module uses for its temporaries (left only by a SIGKILL)."""
    return name.startswith(".") and _SUFFIX in name


def ignore_file_size_signal() -> None:
    """Past `ulimit -f` the kernel sends SIGXFSZ, whose default ends the process in
    the middle of a write; ignored, the write fails with EFBIG and is undone here."""
    if hasattr(signal, "SIGXFSZ") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _new_file_mode() -> int:
    with _umask_lock:  # os.umask can only be read by setting it
        if not _umask:
            mask = os.umask(0o022)
            os.umask(mask)
            _umask.append(mask)
    return 0o666 & ~_umask[0]


@contextlib.contextmanager
def replacing(path, *, binary: bool = False, encoding: str = "utf-8",
              newline: str | None = None, exclusive: bool = False):
    """A file handle whose content replaces `path` when the block ends without error.
    `exclusive`: fail with FileExistsError rather than replace an existing file (checked
    again at the moment of the replace, not only before)."""
    target = os.path.realpath(os.fspath(path))
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    if exclusive and existing is not None:
        raise FileExistsError(17, os.strerror(17), os.fspath(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(target, "wb" if binary else "w", **_text(binary, encoding, newline)) as out:
            yield out
        return
    folder, name = os.path.split(target)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}{_SUFFIX}", dir=folder)
    except OSError as error:  # named after the target, not the temporary
        raise OSError(error.errno, error.strerror, os.fspath(path)) from None
    try:
        with open(descriptor, "wb" if binary else "w", **_text(binary, encoding, newline)) \
                as handle:
            yield handle
            handle.flush()
            _keep_mode(handle.fileno(), existing)
            os.fsync(handle.fileno())
        _put_in_place(temporary, target, exclusive)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.filename in (None, temporary):
            raise OSError(error.errno, error.strerror, os.fspath(path)) from None
        raise
    _sync_folder(folder)


def write_file(path, content: str | bytes, *, encoding: str = "utf-8",
               newline: str | None = None, exclusive: bool = False) -> None:
    """`content` as the whole of `path`, or `path` untouched."""
    binary = isinstance(content, bytes)
    with replacing(path, binary=binary, encoding=encoding, newline=newline,
                   exclusive=exclusive) as handle:
        handle.write(content)


def _text(binary: bool, encoding: str, newline: str | None) -> dict:
    return {} if binary else {"encoding": encoding, "newline": newline}


def _keep_mode(descriptor: int, existing) -> None:
    if existing is None:
        os.fchmod(descriptor, _new_file_mode())
        return
    with contextlib.suppress(OSError):  # only root may give a file to someone else
        os.fchown(descriptor, existing.st_uid, existing.st_gid)
    os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))


def _put_in_place(temporary: str, target: str, exclusive: bool) -> None:
    if not exclusive:
        os.replace(temporary, target)
        return
    try:  # a hard link fails when the name exists, so no file is ever replaced
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: checked, then renamed
        if os.path.lexists(target):
            raise FileExistsError(17, os.strerror(17), target) from None
        os.replace(temporary, target)
        return
    os.unlink(temporary)


def _sync_folder(folder: str) -> None:
    """The rename itself is durable only once the folder is on disk."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder or ".", os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
