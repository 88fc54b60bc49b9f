"""Dates and times in a line: what date lines, datelines and dated credits are made of."""

from __future__ import annotations

import re

from .lines import TOKEN_RE
from .phrases import phrases

# A month's name, whole or abbreviated: "November", "Nov", "Sept" (not "Marat", "Mayor").
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# A calendar date or a clock time. "Nov 18, 2019", "18 November 2019", "11/13/19", "9:24 pm"
DATE_RE = re.compile(
    rf"\b{MONTH}\.?,?\s+\d{{1,2}}(?!\d)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?,?\s+{MONTH}"
    r"|\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
    r"|\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\b|gmt|bst|cet|et|pt|[ecmp][sd]t|ist)?"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
# A calendar date: a month's name and a day. "Nov. 3", "28 November" (lower-cased text)
CALENDAR_RE = re.compile(
    rf"\b{MONTH}\.?,?\s+\d{{1,2}}(?!\d)|\b\d{{1,2}}(?:st|nd|rd|th)?,?\s+{MONTH}"
)
# A digit anywhere; every date and time holds one. "9:24 pm"
DIGIT_RE = re.compile(r"\d")
# A four-digit year. "2008"
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# Names of weekdays, which date lines spell out. "Tuesday"
WEEKDAY_RE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$")


def dates(text: str, first: bool = False) -> int:
    """How many dates and times ``text`` holds (``DATE_RE``; with ``first``, 0 or 1: whether
    it holds one). Every date holds a digit, so a line without one is not searched.

    >>> dates("Posted Nov 18, 2019 at 9:24 pm"), dates("No date here")
    (2, 0)
    """
    if not DIGIT_RE.search(text):
        return 0
    if first:
        return DATE_RE.search(text) is not None
    return len(DATE_RE.findall(text))


def mostly_date(text: str, stop: frozenset[str]) -> bool:
    """Whether a line is a date/time stamp with at most a few other words."""
    rest = DATE_RE.sub(" ", text.lower())
    others = [
        t
        for t in TOKEN_RE.findall(rest)
        if t.isalpha() and t not in stop and not WEEKDAY_RE.match(t) and len(t) > 2
    ]
    if len(others) <= 3:
        return True
    cues = phrases("byline-cues.txt", rest)
    return len(others) - sum(len(c.split()) for c in cues) <= 3
