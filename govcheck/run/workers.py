"""Check many documents in worker processes, results in file order.

durable-rules never releases the GIL, so parallel means processes. A worker that
dies (the C engine can crash on input it was never meant to see) breaks the pool;
the documents in flight are then rechecked one by one in fresh processes, so the
one that crashes becomes a one-line internal error and the run goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from ..document.loader import LoadError
from .checker import Result, check_file
from .config import settings_for
from .documents import DocumentSet

_job: dict = {}  # the worker's share of the run, set once per process


def _start_worker(documents: DocumentSet, options: tuple) -> None:
    # Ctrl-C reaches the whole process group: the parent says it once and ends the run
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _job["documents"], _job["options"] = documents, options


def _check(path: str) -> Result:
    config, lang, as_of, keep_documents = _job["options"]
    result = check_file(path, config, lang, as_of, _job["documents"])
    if keep_documents:
        return replace(result, settings=None)
    # settings are re-attached by the parent; documents and item facts only serve reports
    kept = [result.document_fact] if result.document_fact else []
    return replace(result, settings=None, document=None, facts=kept)


def _pool(jobs: int, documents: DocumentSet, options: tuple) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_start_worker, initargs=(documents, options))


def _alone(path: str, documents: DocumentSet, options: tuple) -> Result:
    """Check one document in a process of its own; a crash is reported, not raised."""
    with _pool(1, documents, options) as pool:
        try:
            return pool.submit(_check, path).result()
        except BrokenProcessPool:
            lang = options[1] or "nb"  # the document was never read: --lang, else nb
            return Result(file=path, lang=lang,
                          error=LoadError.of(path, 1, 1, "crash").said_in(lang))


def check_in_workers(files: list[str], documents: DocumentSet, options: tuple,
                     jobs: int) -> Iterator[Result]:
    config = options[0]
    window = jobs * 4  # documents in flight; bounds memory whatever the number of files
    queue = iter(files)
    pool = _pool(jobs, documents, options)
    pending: deque = deque()
    try:
        for path in queue:
            pending.append((path, pool.submit(_check, path)))
            if len(pending) >= window:
                break
        while pending:
            path, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                result = _alone(path, documents, options)
                retried = [(p, _alone(p, documents, options)) for p, _ in pending]
                pending = deque((p, _done(r)) for p, r in retried)
                pool = _pool(jobs, documents, options)
            yield replace(result, settings=settings_for(path, config))
            next_path = next(queue, None)
            if next_path is not None:
                pending.append((next_path, pool.submit(_check, next_path)))
    except KeyboardInterrupt:  # the pool may be half started: do not wait on it
        with contextlib.suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        with contextlib.suppress(RuntimeError):  # after an interrupt: already shut down
            pool.shutdown(cancel_futures=True)


def _done(result: Result):
    """A finished future-like holder, so retried results queue up with the others."""
    from concurrent.futures import Future

    future: Future = Future()
    future.set_result(result)
    return future
