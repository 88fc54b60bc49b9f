"""The hard-sentence rule: which body sentences a report flags, and why.

A sentence is classed by its own length and its own Flesch-Kincaid grade, never by its
neighbours. The thresholds were calibrated on professional copy (2,383 published news
articles, ``../shared/corpus/news``) so that the median article has about one sentence in
five flagged and "very hard" is kept for the worst few: the figures and the command that
produces them are in docs/methodology.md, "Hard sentences".
"""

from __future__ import annotations

#: A sentence of more than this many words is hard, whatever its grade.
HARD_WORDS = 28
#: A sentence of more than this many words is very hard.
VERY_HARD_WORDS = 40
#: Flesch-Kincaid grade from which a sentence of at least GRADE_MIN_WORDS words is hard.
HARD_GRADE = 16.0
#: Flesch-Kincaid grade (raw, before clamping) from which such a sentence is very hard.
VERY_HARD_GRADE = 20.0
#: Shorter sentences are classed by length only: one or two long words would otherwise
#: make "Unemployment figures rose unexpectedly." (grade 21.4) very hard; a sentence's own
#: grade is noise below this length.
GRADE_MIN_WORDS = 15
#: Figures (words holding a digit) that supply more than this share of a flagged
#: sentence's syllables are named as what drives its grade.
FIGURE_SHARE = 0.5

#: The classes of a sentence: the values of ``SentenceInfo.difficulty`` and the keys of
#: ``difficulty_counts`` (the marks of the editor's views use the two flagged ones).
EASY = "easy"
HARD = "hard"
VERY_HARD = "very hard"

#: Why a sentence is flagged: the codes in ``SentenceInfo.why`` (words in ``_wording``).
LENGTH = "length"
GRADE = "grade"
FIGURES = "figures"


def classify_sentence(words: int, grade: float) -> str:
    """Class a sentence easy, hard or very hard by its length and its own FK grade.

    Very hard: more than 40 words, or at least 15 words and grade 20 or more.
    Hard: more than 28 words, or at least 15 words and grade 16 or more. Else easy.

    >>> classify_sentence(16, 12.0), classify_sentence(29, 9.0), classify_sentence(41, 3.0)
    ('easy', 'hard', 'very hard')
    >>> classify_sentence(4, 18.7)  # too short for its grade to count
    'easy'
    """
    graded = words >= GRADE_MIN_WORDS
    if words > VERY_HARD_WORDS or (graded and grade >= VERY_HARD_GRADE):
        return VERY_HARD
    if words > HARD_WORDS or (graded and grade >= HARD_GRADE):
        return HARD
    return EASY


def hard_reasons(
    words: int, grade: float, syllables: int, figure_syllables: int
) -> tuple[str, ...]:
    """Why a sentence is flagged: ``length``, ``grade`` (or both), plus ``figures`` when
    figures supply most of its syllables; ``()`` for an easy sentence.

    >>> hard_reasons(30, 17.0, 60, 0), hard_reasons(20, 18.0, 40, 30), hard_reasons(9, 3.0, 9, 0)
    (('length', 'grade'), ('grade', 'figures'), ())
    """
    why: list[str] = []
    if words > HARD_WORDS:
        why.append(LENGTH)
    if words >= GRADE_MIN_WORDS and grade >= HARD_GRADE:
        why.append(GRADE)
    if why and syllables and figure_syllables / syllables > FIGURE_SHARE:
        why.append(FIGURES)
    return tuple(why)
