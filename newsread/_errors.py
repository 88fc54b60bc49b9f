"""The exception hierarchy. Every error newsread raises on purpose is a NewsreadError.

The command line maps each class to an exit code (``exit_code``), documented in docs/cli.md.
"""

from __future__ import annotations


class NewsreadError(Exception):
    """Base class of every error newsread raises on purpose."""

    exit_code = 1


class UsageError(NewsreadError):
    """The call itself is wrong: an unknown option value, an impossible setting."""

    exit_code = 2


class InputError(NewsreadError):
    """An input could not be analysed. ``source`` names it (a path, or ``-``)."""

    exit_code = 3

    def __init__(self, source: str | None, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class InputNotFoundError(InputError):
    """The file does not exist or cannot be opened."""

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
