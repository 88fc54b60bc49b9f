"""Batches that lose nothing: failures after results, dying workers, SIGTERM (issue 14, 6 and 8)."""

from __future__ import annotations

import inspect
import io
import json
import multiprocessing
import os
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bounded import BOUND, finish, python, reaped, within

import newsread
from newsread import cli
from newsread._api import analyze_item as _analyze_item
from newsread.errors import WorkerDiedError

TEXTS = [f"Story {i}\n\nThe council met on day {i} and voted on the plan." for i in range(40)]
FORK = multiprocessing.get_start_method() == "fork"


def _words(reports: Iterator[newsread.Report]) -> list[int]:
    return [r.counts.words for r in reports]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_item_comes_after_every_earlier_result(workers: int) -> None:
    items: list[object] = [*TEXTS[:21], 42, *TEXTS[21:]]
    got = []
    with pytest.raises(TypeError, match="item 21 is int"):
        for report in newsread.analyze_many(items, workers=workers):  # type: ignore[arg-type]
            got.append(report.source)
    assert len(got) == 21


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_that_raises_comes_after_every_earlier_result(workers: int) -> None:
    def texts() -> Iterator[str]:
        yield from TEXTS[:25]
        raise OSError("disk gone")

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for report in newsread.analyze_many(texts(), workers=workers):
            got.append(report.counts.words)
    assert got == _words(newsread.analyze_many(TEXTS[:25]))


def test_read_ahead_gives_a_result_before_the_input_goes_on() -> None:
    """A stream that waits for the first result before it sends more (a pipeline that
    answers each record) gets it: the pool reads ahead in a thread, chunks are what has come."""
    from newsread._batch import ordered_map

    answered = threading.Event()

    def stream() -> Iterator[int]:
        yield -1
        assert answered.wait(BOUND), "no result came before the input went on"
        yield from (-2, -3)

    got = []
    for result in ordered_map(abs, stream(), workers=2, chunksize=32, read_ahead=True):
        got.append(result)
        answered.set()
    assert got == [1, 2, 3]


def test_read_ahead_keeps_the_results_before_an_input_error() -> None:
    from newsread._batch import ordered_map

    def stream() -> Iterator[int]:
        yield from range(-50, 0)
        raise OSError("disk gone")

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for result in ordered_map(abs, stream(), workers=2, chunksize=8, read_ahead=True):
            got.append(result)
    assert got == list(range(50, 0, -1))


def test_a_bare_string_is_refused() -> None:
    with pytest.raises(TypeError, match="not one str"):
        newsread.analyze_many("one article")  # type: ignore[arg-type]


def test_output_record_and_json_match_the_report() -> None:
    reports = list(newsread.analyze_many(TEXTS[:20], workers=2))
    records = list(newsread.analyze_many(TEXTS[:20], workers=2, output="record"))
    jsons = list(newsread.analyze_many(TEXTS[:20], output="json"))
    assert records == [r.to_row() for r in reports]
    assert [json.loads(j) for j in jsons] == [json.loads(r.model_dump_json()) for r in reports]
    with pytest.raises(newsread.NewsreadError, match="output must be"):
        newsread.analyze_many(TEXTS, output="xml")  # type: ignore[call-overload]


def test_text_records_carry_source_id_and_fields() -> None:
    rec = newsread.TextRecord(TEXTS[0], source="c.jsonl:1", id="a1", fields={"site": "x"})
    (row,) = newsread.analyze_many([rec], output="record")
    assert (row["file"], row["id"], row["site"]) == ("c.jsonl:1", "a1", "x")


def test_analyze_file_accepts_a_path_object(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXTS[0], encoding="utf-8")
    assert newsread.analyze_file(p).source == str(p)
    with pytest.raises(TypeError, match=r"os\.PathLike"):
        newsread.analyze_file(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("word", [None, 3, b"cat", ["cat"]])
def test_count_syllables_of_a_non_string_is_a_type_error(word: object) -> None:
    """It raised AttributeError ('NoneType' object has no attribute 'isascii')."""
    with pytest.raises(
        TypeError, match=rf"^count_syllables\(\) takes a str, not {type(word).__name__}$"
    ):
        newsread.count_syllables(word)  # type: ignore[arg-type]


def test_workers_are_capped_at_cpus_and_inputs() -> None:
    from newsread._batch import available_cpus

    assert cli._workers(1000, ["a.txt", "b.txt"], 2) == min(2, available_cpus())
    assert cli._workers(1000, [], None) == available_cpus()
    assert cli._workers(None, ["a.txt"] * 3, 3) == 1
    assert cli._workers(4, ["-", "a.txt"], 2) == 1


def _kill_on_marker(path: str, options: object) -> newsread.Report:
    if "killer" in path:
        os.kill(os.getpid(), signal.SIGKILL)
    from newsread._analysis import analyze_file

    return analyze_file(path, options)  # type: ignore[arg-type]


@pytest.mark.skipif(not FORK, reason="the patched function reaches workers only by fork")
def test_a_killed_worker_costs_only_its_own_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, text in enumerate(TEXTS):
        name = f"{i:02d}-killer.txt" if i == 17 else f"{i:02d}.txt"
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli, "process", _kill_on_marker)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(tmp_path), "--format", "jsonl", "--workers", "2"], out, err)
    sources = [Path(json.loads(line)["source"]).name for line in out.getvalue().splitlines()]
    assert sources == [f"{i:02d}.txt" for i in range(40) if i != 17]
    assert code == cli.EXIT_SOME_FAILED
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and "17-killer.txt" in lines[0] and "was killed" in lines[0]
    assert "bug" not in err.getvalue()


def _library_killer(item: object, options: object, output: str = "report") -> object:
    if isinstance(item, str) and "day 30 " in item:
        os.kill(os.getpid(), signal.SIGKILL)
    return _analyze_item(item, options, output)  # type: ignore[arg-type]


@pytest.mark.skipif(not FORK, reason="the patched function reaches workers only by fork")
def test_a_killed_worker_in_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsread import _api

    monkeypatch.setattr(_api, "analyze_item", _library_killer)
    got = []
    with pytest.raises(WorkerDiedError, match="item 30"):
        for report in newsread.analyze_many(TEXTS, workers=2):
            got.append(report.counts.words)
    assert got == _words(newsread.analyze_many(TEXTS[:30]))


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        out |= {int(x) for x in text.split()}
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_workers_do_not_outlive_the_parent(tmp_path: Path, how: str) -> None:
    """SIGTERM: the pool is shut down and the exit code is 143. SIGKILL (no chance to clean
    up): the workers notice they are orphans and exit by themselves. Under load the SIGTERM
    case used to hang 1 run in 3 (a worker terminated while sending a result)."""
    text = "Slow story\n\n" + "The council met again and talked for a long time. " * 400
    for i in range(400):
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    proc = python("-m", "newsread", str(tmp_path), "--format", "jsonl", "--workers", "2")
    with reaped(proc):
        assert proc.stdout is not None
        within(proc, proc.stdout.readline, "the first report")  # the pool is up and working
        workers = _children(proc.pid)
        assert len(workers) >= 2
        proc.send_signal(signal.SIGTERM if how == "SIGTERM" else signal.SIGKILL)
        proc.stdout.close()  # nobody reads the rest
        _, stderr = finish(proc, f"newsread after {how}")
        code = proc.returncode
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]
    if how == "SIGTERM":
        assert code == 143, stderr
        assert b"terminated" in stderr
    else:
        assert code == -signal.SIGKILL


def _send_half_a_message(marker: str) -> None:
    """In a worker: write the start of a result into the pool's result pipe (a length and
    one byte of a megabyte), as a worker terminated in the middle of sending leaves it."""
    frame = inspect.currentframe()
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    assert frame is not None, "the pool's worker loop was not found"
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), struct.pack("!i", 1 << 20) + b"\x80")
    Path(marker).touch()
    time.sleep(BOUND)  # until terminated


def _waiting_in(thread: threading.Thread) -> list[str]:
    frame = sys._current_frames().get(thread.ident or 0)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def test_a_worker_stopped_mid_message_leaves_no_thread_waiting(tmp_path: Path) -> None:
    """The cause of the SIGTERM hang: the pool's manager thread waited for the rest of a
    message from a worker that was gone, and the interpreter's exit waited for that thread."""
    from newsread import _batch

    pool = _batch._new_pool(1)
    marker = tmp_path / "sent"
    pool.submit(_send_half_a_message, str(marker))
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert manager is not None
    try:
        deadline = time.monotonic() + BOUND
        while "_recv" not in _waiting_in(manager):  # it read the length, waits for the rest
            assert time.monotonic() < deadline, "the worker sent nothing"
            time.sleep(0.05)
        _batch._kill_pool(pool)
        manager.join(BOUND)
        assert not manager.is_alive(), f"the pool's manager thread waits in {_waiting_in(manager)}"
    finally:
        if manager.is_alive():  # the check failed: let this process end all the same
            pool._result_queue._writer.close()  # type: ignore[attr-defined]
            manager.join(BOUND)


def test_a_stopped_pool_has_finished_its_clean_up(tmp_path: Path) -> None:
    """After :func:`_kill_pool` the manager thread has ended and closed its wake-up pipe, so
    the interpreter's exit, which writes to that pipe, cannot race the closing (the race
    printed "Exception ignored ... Bad file descriptor" after "newsread: interrupted")."""
    from newsread import _batch

    pool = _batch._new_pool(2)
    futures = [pool.submit(time.sleep, 30) for _ in range(4)]
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    wakeup = pool._executor_manager_thread_wakeup  # type: ignore[attr-defined]
    deadline = time.monotonic() + BOUND
    while not any(f.running() for f in futures):
        assert time.monotonic() < deadline, "no worker started"
        time.sleep(0.01)
    _batch._kill_pool(pool)
    assert manager is not None and not manager.is_alive()
    assert wakeup._closed


#: A command line that can never exit by itself: a thread that never ends keeps the
#: interpreter waiting (as a pool's thread stuck on a dead worker did).
STUCK = """
import sys, threading
import pydantic  # imported before main() sets its handlers: a SIGTERM inside pydantic-core's
# import makes pyo3 print a panic (the run still ends as terminated, but not silently)
from newsread import cli
threading.Thread(target=threading.Event().wait, name="never ends").start()
raise SystemExit(cli.main(sys.argv[1:]))
"""


def _catches(pid: int, signum: int) -> bool:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_sigterm_ends_the_process_whatever_is_left_to_join() -> None:
    proc = python("-c", STUCK, "-", "--format", "json", stdin=subprocess.PIPE)  # input kept open
    with reaped(proc):
        deadline = time.monotonic() + BOUND
        while not _catches(proc.pid, signal.SIGTERM):  # main() has set its handler
            assert proc.poll() is None and time.monotonic() < deadline, "main() never ran"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, stderr = finish(proc, "newsread with a thread that never ends, after SIGTERM")
    assert proc.returncode == cli.EXIT_TERMINATED, stderr
    assert stderr == b"newsread: terminated\n"


SLOW_EXIT = """
import sys, time
from newsread.cli import EXIT_TERMINATED, _end_process_within

class SlowToFree:  # freed late in the interpreter's exit, after its threads are joined
    def __del__(self) -> None:
        time.sleep(1.5)

kept = SlowToFree()
_end_process_within(0.5)  # as SIGTERM's handler does
sys.exit(EXIT_TERMINATED)
"""


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the deadline is a SIGALRM timer")
def test_the_sigterm_deadline_does_not_outlast_the_threads() -> None:
    """An exit that is slow after its threads are joined still ends with 143: the deadline's
    timer went off once the interpreter had reset signals to their defaults (exit 142,
    "Alarm clock"; test_workers_do_not_outlive_the_parent[SIGTERM] saw -14 under load)."""
    proc = python("-c", SLOW_EXIT)
    with reaped(proc):
        _, stderr = finish(proc, "a slow exit after the deadline was set")
    assert proc.returncode == cli.EXIT_TERMINATED, stderr
