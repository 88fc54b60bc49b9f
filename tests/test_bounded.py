"""The bounded waits of tests/bounded.py: a child that hangs is a failure that shows where it
waits, within the bound, and is not left running."""

from __future__ import annotations

import bounded
import pytest

HANGS = "import threading; threading.Event().wait()"


def test_a_child_that_never_ends_fails_with_its_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "BOUND", 1)
    with bounded.reaped(bounded.python("-c", HANGS)) as proc:
        with pytest.raises(pytest.fail.Exception) as failed:
            bounded.finish(proc, "a child that waits for ever")
        assert proc.poll() is not None  # stopped, not left behind
    message = str(failed.value)
    assert message.startswith("a child that waits for ever: still running 1 s later")
    assert "most recent call first" in message and "in wait" in message  # faulthandler


def test_a_read_that_never_returns_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "BOUND", 1)
    with bounded.reaped(bounded.python("-c", HANGS)) as proc:
        assert proc.stdout is not None
        with pytest.raises(pytest.fail.Exception, match="the first line: nothing within 1 s"):
            bounded.within(proc, proc.stdout.readline, "the first line")


def test_what_the_read_raises_is_raised() -> None:
    with bounded.reaped(bounded.python("-c", "pass")) as proc:

        def read() -> bytes:
            raise AssertionError("ended before its first report")

        with pytest.raises(AssertionError, match="ended before its first report"):
            bounded.within(proc, read, "the first line")
