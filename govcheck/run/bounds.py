"""A time and memory bound per document, in whichever process checks it.

Time: a real-time alarm (SIGALRM) raises DocumentTooBig at the next Python bytecode,
which covers the loader, the facts and the engine (durable-rules calls back into Python
for every match). Memory: the address-space limit (RLIMIT_AS) is lowered to what the
process uses now plus the bound, so an allocation past it raises MemoryError; both are
restored afterwards. Each costs two system calls per document. Only the main thread can
take signals, so elsewhere (a library caller's thread) the document runs unbounded.

Out of memory, the error path itself needs memory: a reserve of address space is
released first, and the frames the MemoryError passed through are cleared, so that the
document they still hold is freed before anything is reported. A MemoryError from a
limit that is not this bound (the process's own) is the run's, and goes on up.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import resource
import signal
import threading
import time
import traceback


class DocumentTooBig(Exception):
    """The document went past its bound; the message is the one-line reason (English),
    `texts` the reason in every language."""

    def __init__(self, texts: dict):
        super().__init__(texts["en"])
        self.texts = texts


def _reason(text_key: str, seconds: float, english: str, decimals: int, **values) -> dict:
    """The reason in every language; English keeps its own way of writing seconds."""
    from ..document.load_text import load_texts
    from ..numbers import number

    shown = {"en": english, **{lang: number(seconds, lang, decimals) for lang in ("nb", "nn")}}
    return load_texts(text_key, seconds=shown, **values)


def _address_space() -> int | None:
    """Bytes of address space this process uses now (Linux), or None where unknown."""
    try:
        handle = os.open("/proc/self/statm", os.O_RDONLY)
        try:
            return int(os.read(handle, 64).split()[0]) * _PAGE
        finally:
            os.close(handle)
    except (OSError, ValueError, IndexError):
        return None


_PAGE = os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def bounded(max_seconds: float, max_mebibytes: int):
    """Run the block within the bounds; past them, DocumentTooBig with the reason. The
    block gets a `pause` context manager for work that is the run's, not the document's
    (its time does not count)."""
    if threading.current_thread() is not threading.main_thread():
        yield contextlib.nullcontext
        return
    start = time.monotonic()
    paused = [0.0]

    @contextlib.contextmanager
    def pause():
        left = signal.setitimer(signal.ITIMER_REAL, 0)[0]
        began = time.monotonic()
        try:
            yield
        finally:
            paused[0] += time.monotonic() - began
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))

    expired, out_of_memory = [], []

    def reason():  # built only when needed: most documents stay within their bounds
        return _reason("timeout", max_seconds, f"{max_seconds:g}", 3)

    def expire(signum, frame):
        expired.append(True)  # durable-rules swallows exceptions raised in its actions
        raise DocumentTooBig(reason())

    reserve = _reserve()
    previous_handler = signal.signal(signal.SIGALRM, expire)
    previous_timer = signal.setitimer(signal.ITIMER_REAL, max_seconds)
    limits = _lower_memory_limit(max_mebibytes)
    try:
        yield pause
        if expired:  # an action swallowed the alarm: the result may be incomplete
            raise DocumentTooBig(reason())
    except MemoryError as error:  # said once the limit is restored: saying it needs memory
        _release(reserve, error)
        if limits is None:  # not this bound's limit: the run is out of memory
            raise
        out_of_memory.append(time.monotonic() - start - paused[0])
    except BaseException:  # a Rust extension turns the alarm into a PanicException
        if expired:
            raise DocumentTooBig(reason()) from None
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if limits is not None:
            resource.setrlimit(resource.RLIMIT_AS, limits)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_timer[0] > 0:  # an outer alarm keeps what is left of its time
            signal.setitimer(signal.ITIMER_REAL,
                             max(previous_timer[0] - (time.monotonic() - start), 0.001))
        if reserve is not None:
            reserve.close()
    if out_of_memory:
        took = out_of_memory[0]
        raise DocumentTooBig(_reason("memory", took, f"{took:.1f}", 1, mib=max_mebibytes))


_RESERVE = 8 * 1024 * 1024


def _reserve() -> mmap.mmap | None:
    """Address space (never touched, so no resident memory) to give back when out of it."""
    try:
        return mmap.mmap(-1, _RESERVE)
    except (OSError, ValueError):
        return None


def _release(reserve: mmap.mmap | None, error: MemoryError) -> None:
    """Give back the reserve, then free what the failed frames still hold (the
    document); frames still running keep theirs."""
    if reserve is not None:
        reserve.close()
    traceback.clear_frames(error.__traceback__)
    context = error.__context__
    while context is not None:  # a MemoryError raised while handling another
        traceback.clear_frames(context.__traceback__)
        context = context.__context__


def _lower_memory_limit(max_mebibytes: int) -> tuple | None:
    """Lower the soft RLIMIT_AS to now + bound; the limits to restore, or None."""
    used = _address_space()
    if used is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = used + max_mebibytes * 1024 * 1024
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        return None  # already tighter than the bound
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return None
    return soft, hard
