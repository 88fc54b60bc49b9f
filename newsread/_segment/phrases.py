"""Finding the entries of a phrase list (``newsread/data/*.txt``) in a line, fast.

Each list is compiled once, on first use, into one regular expression shaped as a prefix
tree; a quick test on the line's words rejects most lines before the expression runs.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import filterfalse
from typing import NamedTuple

from .._data import word_list, word_set
from .lines import PIECE_RE, TOKEN_RE


@cache
def phrase_re(name: str) -> re.Pattern[str]:
    """One regular expression finding the entries of list ``name`` in a lower-cased line.

    Entries begin and end on word boundaries where they begin or end with a letter
    ("share" not in "shares"); a space matches any run of whitespace. The entries are
    merged into a prefix tree ("share (?:this (?:story|article)|on …)"), so the engine
    tries a handful of letters at each position instead of every entry. Where several
    entries match at the same place the longest wins ("share this story" over "share").

    >>> phrase_re("call-to-action.txt").findall("sign up for alerts")
    ['sign up', 'alerts']
    """
    entries = sorted(word_list(name), key=len, reverse=True)  # longest first
    worded: list[list[str]] = []
    other: list[list[str]] = []
    for e in entries:
        units = [r"\s+" if ch == " " else re.escape(ch) for ch in e.lower()]
        if e[-1].isalnum():
            units.append(r"(?![\w-])")
        (worded if e[0].isalnum() else other).append(units)
    # One shared look-behind for the entries that start with a letter or digit.
    alternatives = [r"(?<![\w-])" + _prefix_tree(worded)] if worded else []
    if other:
        alternatives.append(_prefix_tree(other))
    return re.compile("|".join(alternatives))


def _prefix_tree(entries: list[list[str]]) -> str:
    """Merge entries (lists of regex units, longest entry first) into one alternation
    that shares common prefixes; a longer continuation is tried before an entry that
    ends here, so the longest entry wins as in a plain longest-first alternation."""
    children: dict[str, list[list[str]]] = {}
    ends = False
    for units in entries:
        if units:
            children.setdefault(units[0], []).append(units[1:])
        else:
            ends = True
    branches = [head + _prefix_tree(rest) for head, rest in children.items()]
    if ends:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _Entries(NamedTuple):
    """A phrase list filed for quick rejection of lines that cannot hold any entry."""

    anchors: frozenset[str]  # the longest word of every entry
    keys: frozenset[str]  # the longest piece of every entry
    by_key: dict[str, list[frozenset[str]]]  # the pieces of every entry, under its key


@cache
def entries(name: str) -> _Entries:
    """The words and pieces of list ``name`` (pieces are runs of letters and digits: an
    apostrophe splits "we'd" into "we" and "d").

    >>> sorted(entries("call-to-action.txt").by_key["trial"][0])
    ['free', 'trial']
    """
    anchors = set()
    by_key: dict[str, list[frozenset[str]]] = {}
    for e in word_list(name):
        low = e.lower()
        if TOKEN_RE.search(low):
            anchors.add(max(TOKEN_RE.findall(low), key=len))
            pieces = PIECE_RE.findall(low)
            by_key.setdefault(max(pieces, key=len), []).append(frozenset(pieces))
    return _Entries(frozenset(anchors), frozenset(by_key), by_key)


def may_hold(name: str, tokens: list[str]) -> bool:
    """Whether a line with these (lower-cased) words can hold an entry of list ``name``.

    First, one of the entries' longest words must be one of the line's words. Then an
    entry can only match where every one of its pieces is a piece of the line (entries
    begin and end on word boundaries, so a match's runs of letters are the line's runs);
    a line lacking a piece of every entry skips the regular expression.
    """
    filed = entries(name)
    if filed.anchors.isdisjoint(tokens):
        return False
    pieces = set(tokens)
    glued = list(filterfalse(str.isalnum, pieces))  # "x'share": pieces glued by an apostrophe
    if glued:
        pieces.update(PIECE_RE.findall(" ".join(glued)))
    return any(
        entry <= pieces for key in filed.keys.intersection(pieces) for entry in filed.by_key[key]
    )


def surely_absent(name: str, lowered: str, tokens: list[str]) -> bool:
    """Whether no entry of list ``name`` can match the line (lower-cased, and its words):
    without an apostrophe every piece of the line is one of its words, and a line holding
    none of the entries' longest pieces holds no entry. A strict test: false means maybe.
    """
    return "'" not in lowered and "’" not in lowered and entries(name).keys.isdisjoint(tokens)


def phrases(name: str, lowered: str, tokens: list[str] | None = None) -> list[str]:
    """The entries of list ``name`` found in the lower-cased line, left to right.

    ``tokens`` (the line's lower-cased words, if already known) lets a line that lacks
    the entries' words skip the regular expression (``may_hold``).

    >>> phrases("boilerplate-phrases.txt", "load more…")
    ['load more']
    """
    if tokens is not None and not may_hold(name, tokens):
        return []
    return phrase_re(name).findall(lowered)


@cache
def agency_set() -> frozenset[str]:
    """The agency names of ``credit-agencies.txt``, lower-cased."""
    return word_set("credit-agencies.txt")
