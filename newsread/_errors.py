"""The exception hierarchy. Every error newsread raises on purpose is a NewsreadError.

::

    NewsreadError                 exit 1  (base class; never raised itself)
    ├── UsageError                exit 2  the call is wrong: bad option value, no input
    └── InputError                exit 3  one input could not be analysed
        ├── InputNotFoundError    exit 3  missing, a directory, unreadable, permission denied
        ├── NotTextError          exit 4  binary (NUL bytes, control characters, PDF/ZIP/PNG...)
        ├── InputTooLargeError    exit 5  over ``Options.max_bytes`` (CLI ``--max-bytes``)
        ├── EmptyInputError       exit 6  empty, or only whitespace
        └── AnalysisError         exit 70 newsread itself failed on this input (a bug)

The command line maps each class to an exit code (``exit_code``); the table is in
docs/robustness.md and docs/cli.md. Input errors are values as well as exceptions: a
batch keeps going past a bad input and reports it in its place, so every class here
pickles (it crosses process boundaries) and carries a one-line ``message``.

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


class InputError(NewsreadError):
    """An input could not be analysed. ``source`` names it (a path, or ``-``).

    Args:
        source: the input's name as the user gave it, or ``None``.
        message: what is wrong, in one line, lower case, no final full stop.
        detail: optional longer text (e.g. a formatted traceback) shown only with ``--debug``.

    >>> import pickle
    >>> err = pickle.loads(pickle.dumps(EmptyInputError("a.txt", "only whitespace")))
    >>> type(err).__name__, err.source, err.message
    ('EmptyInputError', 'a.txt', 'only whitespace')
    """

    exit_code = 3

    def __init__(self, source: str | None, message: str, detail: str | None = None) -> None:
        self.source = source
        self.message = message
        self.detail = detail
        super().__init__(f"{source}: {message}" if source else message)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduce re-calls __init__ with the formatted message only, which
        # fails; errors must survive the trip back from a worker process.
        return (type(self), (self.source, self.message, self.detail))


class InputNotFoundError(InputError):
    """The file does not exist or cannot be opened (missing, a directory, permission denied)."""

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


class AnalysisError(InputError):
    """Analysing this input failed unexpectedly: a bug in newsread, please report it.

    The batch goes on with the other inputs; ``detail`` holds the traceback (``--debug``).

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

        from ._io import display_name

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


# Tracebacks and pickles name the public module, newsread.errors, where users import them.
for _cls in (
    NewsreadError,
    UsageError,
    InputError,
    InputNotFoundError,
    NotTextError,
    InputTooLargeError,
    EmptyInputError,
    AnalysisError,
):
    _cls.__module__ = "newsread.errors"
del _cls
