"""The exception hierarchy. Every error newsread raises on purpose is a NewsreadError.

::

    NewsreadError                 exit 1  (base class; never raised itself)
    ├── UsageError                exit 2  the call is wrong: bad option value, no input
    ├── OutputError               exit 74 the output could not be written (a full disk, I/O)
    ├── InputError                exit 3  one input could not be analysed: the input is bad
    │   ├── InputNotFoundError    exit 3  missing, a directory, not a regular file, unreadable
    │   ├── NotTextError          exit 4  binary (NUL bytes, control characters, PDF/ZIP/PNG...)
    │   ├── InputTooLargeError    exit 5  over ``Options.max_bytes`` (CLI ``--max-bytes``)
    │   ├── EmptyInputError       exit 6  empty, or only whitespace
    │   ├── BadRecordError        exit 7  a JSONL/CSV/Parquet record: not JSON, no text field
    │   └── WorkerDiedError       exit 8  the process analysing it was killed (out of memory?)
    └── AnalysisError             exit 70 newsread itself failed on this input: a bug

``AnalysisError`` is not an ``InputError``: code that catches bad input must not hide a bug
in newsread. Both carry ``source``, ``message`` and ``detail``, so a batch reports either in
the input's place. The command line maps each class to an exit code (``exit_code``); the
table is in docs/robustness.md and docs/cli.md. Errors are values as well as exceptions: a
batch keeps going past a failed input, so every class here pickles (it crosses process
boundaries) and carries a one-line ``message``.

This module imports nothing else from newsread, so every other module may import it.

>>> err = NotTextError("scan.txt", "not text: it looks like a PDF document")
>>> str(err), err.exit_code, isinstance(err, NewsreadError)
('scan.txt: not text: it looks like a PDF document', 4, True)
"""

from __future__ import annotations

from typing import Any


class NewsreadError(Exception):
    """Base class of every error newsread raises on purpose."""

    exit_code = 1


class UsageError(NewsreadError):
    """The call itself is wrong: an unknown option value, an impossible setting."""

    exit_code = 2


class _SourcedError(NewsreadError):
    """An error about one input (``source``), reported in its place in a batch.

    Args:
        source: the input's name as the user gave it, or ``None``.
        message: what is wrong, in one line, lower case, no final full stop.
        detail: optional longer text (e.g. a formatted traceback) shown only with ``--debug``.

    >>> import pickle
    >>> err = pickle.loads(pickle.dumps(EmptyInputError("a.txt", "only whitespace")))
    >>> type(err).__name__, err.source, err.message
    ('EmptyInputError', 'a.txt', 'only whitespace')
    """

    def __init__(self, source: str | None, message: str, detail: str | None = None) -> None:
        self.source = source
        self.message = message
        self.detail = detail
        super().__init__(f"{source}: {message}" if source else message)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduce re-calls __init__ with the formatted message only, which
        # fails; errors must survive the trip back from a worker process.
        return (type(self), (self.source, self.message, self.detail))


class OutputError(NewsreadError):
    """The output could not be written: a full disk, an I/O error. Neither bad input nor
    a bug; the exit code is sysexits' ``EX_IOERR``. (A closed pipe, as ``| head`` leaves, is
    not an error: the command line stops quietly.)

    >>> str(OutputError("cannot write the output: No space left on device")), OutputError.exit_code
    ('cannot write the output: No space left on device', 74)
    """

    exit_code = 74


class InputError(_SourcedError):
    """An input could not be analysed because of the input itself. ``source`` names it
    (a path, or ``-``); the subclass says what is wrong with it."""

    exit_code = 3


class InputNotFoundError(InputError):
    """The file does not exist or cannot be read: missing, a directory, not a regular file
    (a FIFO, a socket, a device), permission denied, an I/O error."""

    exit_code = 3


class NotTextError(InputError):
    """The input is binary or cannot be decoded as text."""

    exit_code = 4


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (``Options.max_bytes``)."""

    exit_code = 5


class EmptyInputError(InputError):
    """The input holds no text at all (empty, or only whitespace)."""

    exit_code = 6


class BadRecordError(InputError):
    """A record of a JSON Lines, CSV or Parquet input cannot be analysed: the line is not
    JSON (or not an object), or the text field is missing or not a string. ``source`` is
    ``PATH:N``, the record's line or row number."""

    exit_code = 7


class WorkerDiedError(InputError):
    """The worker process analysing this input died (killed by a signal: SIGKILL, often the
    out-of-memory killer). The input is the cause, not a bug; the batch goes on without it."""

    exit_code = 8


class AnalysisError(_SourcedError):
    """Analysing this input failed unexpectedly: a bug in newsread, please report it.

    Not an :class:`InputError`: the input may well be fine. The batch goes on with the
    other inputs; ``detail`` holds the traceback (``--debug``).

    >>> try:
    ...     1 / 0
    ... except ZeroDivisionError as exc:
    ...     err = AnalysisError.wrap("a.txt", exc)
    >>> print(err)
    a.txt: internal error: ZeroDivisionError: division by zero (a bug in newsread: please report it; --debug shows the traceback)
    >>> "Traceback" in (err.detail or "")
    True
    """

    exit_code = 70

    @classmethod
    def wrap(cls, source: str | None, exc: BaseException) -> AnalysisError:
        """An :class:`AnalysisError` for an unexpected exception, with its traceback as detail."""
        import traceback

        source = display_name(source) if source is not None else None
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        first = str(exc).strip().splitlines()
        cause = f"{type(exc).__name__}: {first[0]}" if first else type(exc).__name__
        return cls(
            source,
            f"internal error: {cause} (a bug in newsread: please report it; "
            "--debug shows the traceback)",
            detail,
        )


#: What a batch yields in place of a report when an input fails.
Failure = InputError | AnalysisError


def display_name(path: str) -> str:
    """A path made safe to print and to serialise: undecodable bytes become ``\\xNN``.

    File names on Linux are bytes; Python keeps the ones that are not UTF-8 as lone
    surrogates, which no UTF-8 stream or JSON encoder accepts.

    >>> display_name("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    >>> display_name("café.txt")
    'café.txt'
    """
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a byte
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


# Tracebacks and pickles name the public module, newsread.errors, where users import them.
for _cls in (
    NewsreadError,
    UsageError,
    OutputError,
    InputError,
    InputNotFoundError,
    NotTextError,
    InputTooLargeError,
    EmptyInputError,
    BadRecordError,
    WorkerDiedError,
    AnalysisError,
):
    _cls.__module__ = "newsread.errors"
del _cls
