"""The command line's output stream: its failures told apart from newsread's own.

Writing can fail for reasons that are neither bad input nor a bug:

* the reader went away (``newsread ... | head``): a broken pipe. The run stops quietly with
  exit 0, in every format. rich would turn a broken pipe into exit 1 on its own, so it never
  sees one: :class:`GuardedOutput` raises :class:`OutputClosed` instead;
* the disk is full, or another I/O error: :class:`~newsread.errors.OutputError` (exit 74),
  one line, never "a bug in newsread";
* Ctrl-C or SIGTERM arrives while a record is being written: the signal waits until the
  write is done, so an interrupted JSON Lines or CSV batch ends after a whole record,
  never in the middle of one (with ``python -u`` or PYTHONUNBUFFERED too, where a signal
  during a write to a pipe makes a short write that the text layer would drop);
* the stream's encoding cannot hold the text (``PYTHONIOENCODING=latin-1``, a legacy
  console): :func:`prepare_stdout` writes JSON, JSON Lines and CSV as UTF-8 whatever the
  locale (JSON is UTF-8 by definition, RFC 8259), and lets the rich view replace what the
  terminal cannot show.
"""

from __future__ import annotations

import io
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO, cast

from ._errors import OutputError

#: A signal handler as Python calls it.
Handler = Callable[[int, FrameType | None], Any]

#: Signals held back while one piece of output is written (then delivered at once).
HELD_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)
)


class _Hold:
    """Whether :func:`signals_held` is holding signals back, and those that arrived meanwhile.

    Process-wide, as signal handlers are: only the main thread handles signals or holds them.
    """

    def __init__(self) -> None:
        self.on = False
        #: Each signal that arrived, by number, with the handler it is for (None: the
        #: handler :func:`signals_held` swapped out).
        self.arrived: dict[int, Handler | None] = {}


_HOLD = _Hold()


class HoldAware:
    """A signal handler that waits while :func:`signals_held` holds signals back: installed
    once, it is held by a flag, so a hold changes no handler (``signal.signal`` costs
    6-9 µs a call here, and swapping two handlers out and back for every record cost the
    parent of a batch 25-45 µs per record written).

    >>> import signal
    >>> got = []
    >>> handler = HoldAware(lambda signum, frame: got.append(signum))
    >>> with signals_held():
    ...     handler(signal.SIGTERM, None)  # as if SIGTERM arrived during a write
    ...     got
    []
    >>> got == [signal.SIGTERM]  # delivered when the block ended
    True
    """

    __slots__ = ("handler",)

    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if _HOLD.on:
            _HOLD.arrived.setdefault(signum, self.handler)
            return
        self.handler(signum, frame)


def _arrived(signum: int, frame: FrameType | None) -> None:
    _HOLD.arrived.setdefault(signum, None)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back for the duration of the block, then deliver them.

    Each held signal's own handler runs once the block is done (Ctrl-C's raises
    KeyboardInterrupt then), so the run still stops, only never half-way through a write.
    A :class:`HoldAware` handler (the command line's) is held by a flag; any other handler
    is swapped for a recorder during the block and put back after it. Only the main thread
    handles signals; elsewhere, and inside another hold, this does nothing more.
    """
    if _HOLD.on or threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: dict[int, Handler | None] = {}  # this hold's own: nothing is left for the next
    _HOLD.arrived = arrived
    swapped: dict[int, Any] = {}
    for sig in HELD_SIGNALS:
        handler = signal.getsignal(sig)
        if not isinstance(handler, HoldAware):
            swapped[sig] = handler
            signal.signal(sig, _arrived)
    _HOLD.on = True
    try:
        yield
    finally:
        _HOLD.on = False
        for sig, handler in swapped.items():
            signal.signal(sig, handler)
        for signum, held in arrived.items():
            handler = swapped.get(signum) if held is None else held
            if callable(handler):
                handler(signum, None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(signum)


class OutputClosed(Exception):
    """The reader of the output went away (a broken pipe); not an error to report."""


def _failed(exc: OSError) -> OutputError:
    return OutputError(f"cannot write the output: {exc.strerror or exc}")


class GuardedOutput:
    """``stream`` with its write errors turned into :class:`OutputClosed` or
    :class:`~newsread.errors.OutputError`; everything else is passed through.

    >>> import io
    >>> out = GuardedOutput(io.StringIO())
    >>> out.write("text"), out.getvalue()
    (4, 'text')
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.raw = _raw_below(stream)

    def write(self, text: str) -> int:
        try:
            with signals_held():  # a record is written whole or not at all
                if self.raw is not None:  # python -u: see _raw_below
                    _write_all(
                        self.raw, text.encode(self.stream.encoding, self.stream.errors or "strict")
                    )
                    return len(text)
                return self.stream.write(text)
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise _failed(exc) from None

    def flush(self) -> None:
        try:
            with signals_held():
                self.stream.flush()
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise _failed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _raw_below(stream: TextIO) -> io.RawIOBase | None:
    """The unbuffered byte stream a text stream writes straight through to (``python -u``,
    PYTHONUNBUFFERED), if it does. Its text layer ignores how much a write wrote: a signal
    during a write to a slow pipe ends the write early, at a page boundary, and the rest
    of the text is lost (a JSON Lines record cut at 4,096 or 8,192 characters after Ctrl-C).
    Where the text layer would translate line ends, it is left to do so (and to that risk)."""
    buffer = getattr(stream, "buffer", None)
    if isinstance(buffer, io.RawIOBase) and getattr(stream, "write_through", False):
        return buffer if os.linesep == "\n" else None
    return None


def _write_all(raw: io.RawIOBase, data: bytes) -> None:
    """Write every byte of ``data`` to ``raw``, however many writes it takes."""
    view = memoryview(data)
    while view:
        n = raw.write(view)
        if n is None:  # a non-blocking stream that is full: wait until it takes more
            import select

            select.select([], [raw], [])
            continue
        view = view[n:]


def guard(stream: TextIO) -> TextIO:
    """``stream`` wrapped in a :class:`GuardedOutput`, typed as the stream it stands for."""
    return cast(TextIO, GuardedOutput(stream))


def prepare_stdout(stream: TextIO, for_people: bool) -> None:
    """Make the real standard output able to write every character.

    Programs' formats become UTF-8; the rich view keeps the terminal's encoding and shows
    "?" for a character it cannot hold. Streams that cannot be reconfigured are left alone.
    """
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if reconfigure is None or encoding in ("utf-8", "utf8"):
        return
    if for_people:
        reconfigure(errors="replace")
    else:
        reconfigure(encoding="utf-8", errors="strict")


def silence_stdout(stream: TextIO) -> None:
    """After a broken pipe on the real standard output, point it at the null device, so
    that the interpreter's own flush at exit finds no pipe to fail on (the Python docs'
    advice for SIGPIPE)."""
    import os
    import sys

    if stream is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor: nothing to flush
        pass
