"""Waiting on a child process without ever hanging the suite.

Every wait has a bound; running out of it is a failure that says what was awaited and, for a
Python child started with ``-X faulthandler`` (:func:`python`), where each of its threads was
waiting. Whatever happens, :func:`reaped` leaves no child behind. (pytest-timeout's per-test
limit in pyproject.toml is the last resort behind these.)
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

#: Seconds any one wait on a child may take (generous: the machine may be loaded).
BOUND = 60


def python(*args: str, **popen: Any) -> subprocess.Popen[bytes]:
    """``python -X faulthandler ARGS`` (SIGABRT makes it print every thread's stack), with
    standard output and error piped unless ``popen`` says otherwise."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([sys.executable, "-X", "faulthandler", *args], **popen)


def within(proc: subprocess.Popen[bytes], read: Callable[[], T], what: str) -> T:
    """``read()`` (a blocking read from the child's pipes), or a failure after BOUND seconds,
    the child stopped (which ends the read)."""
    got = _returned(read, BOUND)
    if not got:
        pytest.fail(f"{what}: nothing within {BOUND} s from {proc.args}\n{_stacks(proc)}")
    return got[0]


def finish(proc: subprocess.Popen[bytes], what: str) -> tuple[bytes, bytes]:
    """The child's standard output and error once it has ended, or a failure if it has not
    ended within BOUND seconds."""
    try:
        out, err = proc.communicate(timeout=BOUND)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what}: still running {BOUND} s later\n{_stacks(proc)}")
    return out or b"", err or b""


def _stacks(proc: subprocess.Popen[bytes]) -> str:
    """Stop a child that is still running, with faulthandler's stacks if it has it; what it
    wrote on standard error (when that is piped and not yet read)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGABRT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=BOUND)
    if proc.stderr is None or proc.stderr.closed:
        return ""
    err = _returned(proc.stderr.read, 10)  # a grandchild may hold the pipe open
    return err[0].decode(errors="replace") if err else ""


def _returned(read: Callable[[], T], seconds: float) -> list[T]:
    """``[read()]`` if it returns within ``seconds``, else ``[]``; what ``read`` raises is
    raised here (an assertion in it is the test's failure, not a thread's)."""
    got: list[T] = []
    raised: list[BaseException] = []

    def run() -> None:
        try:
            got.append(read())
        except BaseException as exc:  # handed to the waiting thread
            raised.append(exc)

    reader = threading.Thread(target=run, daemon=True)
    reader.start()
    reader.join(seconds)
    if raised:
        raise raised[0]
    return got


@contextmanager
def reaped(proc: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """``proc``, killed on the way out if it is still running, its pipes closed."""
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=BOUND)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
