"""The command line's output stream: its failures told apart from newsread's own.

Writing can fail for reasons that are neither bad input nor a bug:

* the reader went away (``newsread ... | head``): a broken pipe. The run stops quietly with
  exit 0, in every format. rich would turn a broken pipe into exit 1 on its own, so it never
  sees one: :class:`GuardedOutput` raises :class:`OutputClosed` instead;
* the disk is full, or another I/O error: :class:`~newsread.errors.OutputError` (exit 74),
  one line, never "a bug in newsread";
* the stream's encoding cannot hold the text (``PYTHONIOENCODING=latin-1``, a legacy
  console): :func:`prepare_stdout` writes JSON, JSON Lines and CSV as UTF-8 whatever the
  locale (JSON is UTF-8 by definition, RFC 8259), and lets the rich view replace what the
  terminal cannot show.
"""

from __future__ import annotations

from typing import Any, TextIO, cast

from ._errors import OutputError


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

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise _failed(exc) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise _failed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


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
