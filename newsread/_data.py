"""Loading of the word and cue lists in ``newsread/data`` — once, lazily.

Data files hold one entry per line; ``#`` starts a comment; blank lines are ignored.
"""

from __future__ import annotations

import os
from functools import cache

#: The folder of the data files, inside the installed package.
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@cache
def read_text(name: str) -> str:
    """The text of the data file ``name`` (e.g. ``"abbreviations.txt"``)."""
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as fh:
        return fh.read()


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of a data file, comments and blank lines removed, in file order.

    >>> "mr" in word_list("abbreviations.txt")
    True
    """
    entries = []
    for line in read_text(name).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a data file as a set, lower-cased."""
    return frozenset(e.lower() for e in word_list(name))
