"""The words a report uses for people: school levels for grades, and plurals.

One vocabulary, so no two parts of a report disagree: the rich header, the formula table,
the corpus summary, the JSON (``FormulaScore.interpretation``, ``Report.consensus_level``)
and the HTML report all call :func:`grade_level` and :func:`grade_words`.

A grade is placed by the whole grade it rounds to, half up, from the one-decimal value a
report shows (12.4 is grade 12, 12.5 is grade 13), so the words always agree with the
number printed next to them. US school levels: kindergarten (0), elementary school
(1-5), middle school (6-8), high school (9-12), college (13-16), college graduate (17+).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from ._difficulty import FIGURES, GRADE, LENGTH
from ._measures import LONG_SENTENCE_WORDS


class Level(NamedTuple):
    """A school level: its name and the whole grades it spans (``high`` None: open)."""

    name: str
    low: int
    high: int | None

    @property
    def grades(self) -> str:
        """The level's grades in words, e.g. "grades 9-12".

        >>> LEVELS[3].grades, LEVELS[0].grades, LEVELS[-1].grades
        ('grades 9-12', 'grade 0', 'grades 17+')
        """
        if self.high is None:
            return f"grades {self.low}+"
        if self.high == self.low:
            return f"grade {self.low}"
        return f"grades {self.low}-{self.high}"


LEVELS: tuple[Level, ...] = (
    Level("kindergarten", 0, 0),
    Level("elementary school", 1, 5),
    Level("middle school", 6, 8),
    Level("high school", 9, 12),
    Level("college", 13, 16),
    Level("college graduate", 17, None),
)


def whole_grade(grade: float) -> int:
    """The whole grade ``grade`` rounds to, half up, from its one-decimal value (never < 0).

    >>> whole_grade(12.45), whole_grade(12.5), whole_grade(16.7), whole_grade(-2.0)
    (12, 13, 17, 0)
    """
    return max(0, math.floor(round(grade, 1) + 0.5))


def level_of(grade: float) -> Level:
    """The school level of a grade.

    >>> level_of(12.6).name
    'college'
    """
    g = whole_grade(grade)
    for level in LEVELS:
        if level.high is None or g <= level.high:
            return level
    raise AssertionError("unreachable")  # pragma: no cover - the last level is open


def grade_level(grade: float | None) -> str:
    """The school level of a grade in words, or "undefined".

    >>> grade_level(10.3), grade_level(16.7), grade_level(None)
    ('high school', 'college graduate', 'undefined')
    """
    return "undefined" if grade is None else level_of(grade).name


def grade_words(grade: float | None, grades: str = "") -> str:
    """A grade in words: its school level and whole grade (or ``grades``, a formula's own
    band of grades, such as Dale-Chall's "grades 7-8").

    >>> grade_words(7.2), grade_words(12.6), grade_words(0.3)
    ('middle school (grade 7)', 'college (grade 13)', 'kindergarten (grade 0)')
    >>> grade_words(7.5, "grades 7-8")
    'middle school (grades 7-8)'
    """
    if grade is None:
        return "undefined"
    return f"{level_of(grade).name} ({grades or f'grade {whole_grade(grade)}'})"


#: The views colour a sentence-length bin "long" when it starts at most this many words in,
#: and "very long" beyond (newsread's own display choice; "ok" is no long sentence at all).
VERY_LONG_BIN = 30


def bin_label(low: int, high: int | None) -> str:
    """A sentence-length histogram bin in words: its range, or its start for the open last bin.

    >>> bin_label(6, 10), bin_label(41, None)
    ('6–10', '41+')
    """
    return f"{low}–{high}" if high is not None else f"{low}+"


def bin_tone(low: int, high: int | None) -> str:
    """How the views colour a bin: "ok" when none of its sentences is long (over
    ``LONG_SENTENCE_WORDS`` words), "long" when it starts at most ``VERY_LONG_BIN`` words in,
    else "very long".

    >>> bin_tone(16, 20), bin_tone(21, 25), bin_tone(26, 30), bin_tone(31, 40), bin_tone(41, None)
    ('ok', 'long', 'long', 'very long', 'very long')
    """
    if (high or 99) <= LONG_SENTENCE_WORDS:
        return "ok"
    return "long" if low <= VERY_LONG_BIN else "very long"


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``n`` and the noun, in the plural unless ``n`` is 1 (thousands separated).

    >>> plural(1, "word"), plural(1200, "sentence"), plural(2, "is", "are")
    ('1 word', '1,200 sentences', '2 are')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {plural_form or noun + 's'}"


def reason_words(
    why: Sequence[str], words: int, grade: float, syllables: int, figure_syllables: int
) -> str:
    """Why a sentence is flagged, in words, from its reason codes (``SentenceInfo.why``).

    >>> reason_words(("length", "figures"), 31, 14.2, 50, 30)
    'long (31 words); figures supply 30 of its 50 syllables'
    >>> reason_words(("grade",), 18, 17.26, 40, 0)
    'dense (grade 17.3)'
    """
    parts = []
    if LENGTH in why:
        parts.append(f"long ({words} words)")
    if GRADE in why:
        parts.append(f"dense (grade {grade:.1f})")
    out = " and ".join(parts)
    if FIGURES in why:
        out += f"; figures supply {figure_syllables} of its {syllables} syllables"
    return out
