"""Ordered, bounded parallel map: results in input order, memory independent of input size.

What happens when things go wrong (docs/api.md, "analyze_many"; docs/robustness.md):

* the input iterable raises, or an item raises in a worker: every result before it is
  delivered, in order, then the exception is raised in its place;
* a worker process dies (SIGKILL, the out-of-memory killer): the pool is restarted and the
  chunks that were in flight are run again one item at a time; the item that kills a worker
  on its own is reported through ``on_crash`` (or a :class:`WorkerDiedError` is raised in its
  place), never as a bug, and every other item still gets its result;
* the caller stops (Ctrl-C, SIGTERM turned into an exception, a consumer that breaks off): the
  worker processes are terminated at once, never left behind; and a worker whose parent
  dies without a chance to clean up exits by itself within a second.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import WorkerDiedError

if TYPE_CHECKING:  # concurrent.futures (with logging) only for a pool: not one file's import
    from concurrent.futures import Future, ProcessPoolExecutor

    from ._limits import Numbers

T = TypeVar("T")
R = TypeVar("R")

#: How often (seconds) a worker checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 0.5


@cache
def warm_up() -> None:
    """Load the word tables once, then move everything alive to the garbage collector's
    permanent generation, so that collections during a long batch skip the large,
    long-lived tables and caches (about 7% of a corpus run's time)."""
    from ._analysis import analyze

    analyze("Warm up.\n\nThe tables load once, before the batch starts.")
    gc.freeze()


@cache
def load_form_table(numbers: Numbers = "spoken") -> None:
    """Give this process's word-form table of ``numbers`` the prebuilt table now, for a
    process that is known to analyse a batch (a Dask worker): on its own a table loads it
    only after :data:`~newsread._forms.LOAD_AFTER` forms computed the slow way, which is
    the right bet for one article but pays for both in every batch. Results are the same."""
    from ._analysis import word_table
    from ._forms import prebuilt_table

    table = word_table(numbers)
    if table.prebuilt is None:
        table.prebuilt = prebuilt_table()


class _ChunkResult(Generic[R]):
    """What a worker sends back for a chunk: results up to the first failure, and it."""

    __slots__ = ("error", "results")

    def __init__(self, results: list[R], error: BaseException | None) -> None:
        self.results = results
        self.error = error


def _apply_chunk(fn: Callable[[T], R], chunk: list[T]) -> _ChunkResult[R]:
    warm_up()
    results: list[R] = []
    for item in chunk:
        try:
            results.append(fn(item))
        except Exception as exc:  # delivered in its place, after the results before it
            return _ChunkResult(results, exc)
    return _ChunkResult(results, None)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:  # re-parented: the process that started us is gone
            os._exit(1)


def _worker_init() -> None:
    """Runs first in each worker: SIGTERM ends it (a forked worker inherits the handler
    the command line sets in its parent, which would turn SIGTERM into an exception that
    the pool catches and the worker survives); and it exits as soon as the parent is gone."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()


def default_workers() -> int:
    """CPUs available to this process, at most 8."""
    return min(8, available_cpus())


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        n = os.cpu_count() or 1
    return max(1, n)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)


#: Seconds :func:`_kill_pool` waits for a stopped pool's manager thread to finish.
MANAGER_GRACE = 2.0


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: terminate its workers instead of waiting for their chunks."""
    # ProcessPoolExecutor has no public way to stop running tasks; its processes are
    # reachable only through this private attribute (present from Python 3.2 to 3.14).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        proc.terminate()
    for proc in processes:
        proc.join(timeout=2)
        if proc.is_alive():  # pragma: no cover - a worker stuck where SIGTERM cannot reach
            proc.kill()
            proc.join(timeout=1)
    manager = getattr(pool, "_executor_manager_thread", None)  # private, 3.9-3.14
    _release_manager(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        # Let the manager thread finish its clean-up now. Left running, it closes its wake-up
        # pipe while the interpreter's exit writes to that pipe (concurrent.futures does not
        # lock the two): "Exception ignored ... OSError: [Errno 9] Bad file descriptor" was
        # printed after "newsread: interrupted" (seen once in CI, on Python 3.11.7).
        manager.join(timeout=MANAGER_GRACE)


def _release_manager(pool: ProcessPoolExecutor) -> None:
    """A worker terminated while it was sending a result leaves half a message in the
    result pipe: the pool's manager thread waits in ``recv`` for the rest, forever, and the
    interpreter's exit joins that thread, so the process never ends (seen under load: SIGTERM
    during a batch hung the command line 1 time in 3). With the workers gone, this process
    holds the pipe's last write end; closing it turns the wait into end-of-file, which the
    manager thread handles like a dead worker (it marks the pool broken and ends)."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)  # private, 3.8-3.14
    if writer is not None:
        writer.close()


def _submit(
    pool: ProcessPoolExecutor, task: Callable[[list[T]], _ChunkResult[R]], chunk: list[T]
) -> Future[_ChunkResult[R]]:
    """``pool.submit``; a pool that broke since the last result gives a failed future, which
    the caller handles like any other broken chunk (restart, then item by item)."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(task, chunk)
    except BrokenProcessPool as exc:
        failed: Future[_ChunkResult[R]] = Future()
        failed.set_exception(exc)
        return failed


class _ReadAhead(Generic[T]):
    """The items of an iterable, read by a thread of their own, at most ``limit`` ahead.

    For an input that may block (standard input, a pipe): the pool's loop takes whatever has
    been read when a worker is free, so an input that trickles in gets each result as soon as
    it is ready, instead of after ``4 * workers`` full chunks have been read. What the input
    raises is kept for after the items read before it (:attr:`error`).
    """

    def __init__(self, items: Iterable[T], limit: int) -> None:
        self.cond = threading.Condition()
        self.buffer: deque[T] = deque()
        self.limit = limit
        self.error: BaseException | None = None
        self.done = False  # the reader has ended: the input is exhausted or raised
        self.stopped = False  # the consumer has ended: the reader stops at its next item
        threading.Thread(
            target=self._read, args=(iter(items),), name="newsread-read-ahead", daemon=True
        ).start()

    def _read(self, it: Iterator[T]) -> None:
        try:
            for item in it:
                with self.cond:
                    while len(self.buffer) >= self.limit and not self.stopped:
                        self.cond.wait()
                    if self.stopped:
                        return
                    self.buffer.append(item)
                    self.cond.notify_all()
        except Exception as exc:  # delivered after the items read before it
            self.error = exc
        finally:
            with self.cond:
                self.done = True
                self.cond.notify_all()

    def ready(self) -> bool:
        """Whether :meth:`take` has something to give: items, or the input's end."""
        return bool(self.buffer) or self.done

    def take(self, n: int) -> tuple[list[T], bool]:
        """Up to ``n`` items read so far (none if none), and whether the input has ended
        with them."""
        with self.cond:
            chunk = [self.buffer.popleft() for _ in range(min(n, len(self.buffer)))]
            self.cond.notify_all()  # room for the reader
            return chunk, self.done and not self.buffer

    def wait(self, until: Callable[[], bool]) -> None:
        """Block until ``until()`` holds; :meth:`wake` makes it look again."""
        with self.cond:
            self.cond.wait_for(until)

    def wait_result(self, future: Future[Any], more: bool) -> None:
        """Block until ``future`` is done or, if ``more`` chunks may be sent, input is ready."""
        with self.cond:
            self.cond.wait_for(lambda: future.done() or (more and self.ready()))

    def wake(self, _: object = None) -> None:
        with self.cond:
            self.cond.notify_all()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify_all()


def _crashed(index: int) -> WorkerDiedError:
    return WorkerDiedError(
        f"item {index}",
        "the worker process analysing it died (killed by a signal, e.g. by the "
        "out-of-memory killer); every other item was analysed",
    )


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int = 1,
    chunksize: int = 16,
    own_process: bool = False,
    on_crash: Callable[[T, int], R] | None = None,
    read_ahead: bool = False,
) -> Iterator[R]:
    """``map(fn, items)`` over ``workers`` processes, yielding results in input order.

    At most ``4 * workers`` chunks are in flight, so a long (or endless) input is
    consumed lazily and memory stays flat. ``fn`` must be picklable (a module-level function).
    Worker processes call :func:`warm_up`; this process does only when ``own_process`` says
    it belongs to newsread (the command line), since freezing the GC is a process-wide act.
    ``on_crash(item, index)`` gives the result for an item whose worker died analysing it;
    without it a :class:`WorkerDiedError` is raised in its place (after the results before it).
    ``read_ahead``: ``items`` may block (a stream): a thread reads them, and a chunk is what has
    been read when a worker is free (at most ``chunksize``), so results come out as soon as
    they are ready, not after the window's worth of input (:class:`_ReadAhead`). Off by
    default, since it runs the caller's iterator in another thread.

    >>> list(ordered_map(abs, [-1, 2, -3]))
    [1, 2, 3]
    """
    if workers <= 1:
        if own_process:
            warm_up()
        yield from map(fn, items)
        return
    from concurrent.futures.process import BrokenProcessPool
    from functools import partial

    it = iter(items)
    task = partial(_apply_chunk, fn)
    window: deque[tuple[int, list[T], Future[_ChunkResult[R]]]] = deque()
    read_error: BaseException | None = None
    exhausted = False
    index = 0  # of the next item to read
    pool = _new_pool(workers)

    def one_by_one(first: int, chunk: list[T]) -> Iterator[R]:
        """Run a lost chunk again, one item at a time, so a crash names its item."""
        nonlocal pool
        for k, item in enumerate(chunk, first):
            try:
                out = pool.submit(task, [item]).result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
                if on_crash is None:
                    raise _crashed(k) from None
                yield on_crash(item, k)
                continue
            yield from out.results
            if out.error is not None:
                raise out.error

    cap = 4 * workers  # chunks in flight
    ahead = None
    if read_ahead:
        # The workers are forked now, before the reading thread exists: a fork made while
        # it holds a lock (a stream's, the import system's) would hold that lock for ever.
        pool.submit(len, [])
        ahead = _ReadAhead(it, cap * chunksize)

    def read_chunk() -> list[T]:
        """The next chunk; sets ``exhausted`` and ``read_error`` as the input tells."""
        nonlocal exhausted, read_error
        chunk: list[T] = []
        if ahead is not None:
            if not window:  # nothing in flight: wait for the input
                ahead.wait(ahead.ready)
            chunk, exhausted = ahead.take(chunksize)
            if exhausted:
                read_error = ahead.error
            return chunk
        try:
            chunk.extend(islice(it, chunksize))  # items read before a raise are kept
        except Exception as exc:  # the input raised: finish what was read, then raise
            read_error = exc
        if len(chunk) < chunksize and read_error is None:
            exhausted = True
        return chunk

    try:
        while True:
            while not exhausted and read_error is None and len(window) < cap:
                chunk = read_chunk()
                if not chunk:
                    break  # read ahead: nothing read yet
                future = _submit(pool, task, chunk)
                if ahead is not None:
                    future.add_done_callback(ahead.wake)
                window.append((index, chunk, future))
                index += len(chunk)
            if not window:
                if read_error is not None:
                    raise read_error
                if exhausted:
                    break
                continue  # read ahead: the input has not ended, wait for it
            if ahead is not None:
                head = window[0][2]
                ahead.wait_result(head, not exhausted and read_error is None and len(window) < cap)
                if not head.done():
                    continue  # input came first: give it to a free worker
            first, chunk, future = window.popleft()
            try:
                out = future.result()
            except BrokenProcessPool:
                lost = [(first, chunk, future), *window]
                window.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
                for first, chunk, future in lost:
                    done = future.done() and not future.cancelled() and future.exception() is None
                    if done:
                        out = future.result()
                        yield from out.results
                        if out.error is not None:
                            raise out.error from None
                    else:
                        yield from one_by_one(first, chunk)
                continue
            yield from out.results
            if out.error is not None:
                raise out.error
    except BaseException:
        _kill_pool(pool)
        raise
    finally:
        if ahead is not None:
            ahead.stop()
    pool.shutdown(wait=True)
