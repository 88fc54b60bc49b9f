"""The exceptions newsread raises on purpose, all derived from :class:`NewsreadError`.

The command line maps each class to its exit code (``exit_code``; docs/cli.md).

>>> from newsread.errors import InputError, NewsreadError
>>> issubclass(InputError, NewsreadError)
True
"""

from ._errors import (
    AnalysisError,
    BadRecordError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    NewsreadError,
    NotTextError,
    OutputError,
    UsageError,
    WorkerDiedError,
)

__all__ = [
    "AnalysisError",
    "BadRecordError",
    "EmptyInputError",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "NewsreadError",
    "NotTextError",
    "OutputError",
    "UsageError",
    "WorkerDiedError",
]
