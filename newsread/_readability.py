"""Readability formulas computed from :class:`~newsread._models.Counts`.

(Placeholder: Flesch and Flesch-Kincaid only; the full set with sources replaces it.)
"""

from __future__ import annotations

from ._models import Counts, FormulaScore


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float | None:
    """Flesch-Kincaid grade (Kincaid et al. 1975), or None without words or sentences.

    >>> round(flesch_kincaid_grade(100, 5, 150), 2)
    9.91
    """
    if words == 0 or sentences == 0:
        return None
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def scores(counts: Counts) -> tuple[FormulaScore, ...]:
    """Every formula's score on ``counts``."""
    fk = flesch_kincaid_grade(counts.words, counts.sentences, counts.syllables)
    warning = None if fk is not None else "no sentences in the body"
    fre = (
        None
        if fk is None
        else 206.835 - 1.015 * counts.words / counts.sentences - 84.6 * counts.syllables / counts.words
    )
    return (
        FormulaScore(
            name="flesch_reading_ease", value=fre, grade=None, interpretation="", warning=warning
        ),
        FormulaScore(
            name="flesch_kincaid_grade", value=fk, grade=fk, interpretation="", warning=warning
        ),
    )


def consensus_grade(results: tuple[FormulaScore, ...]) -> float | None:
    """The median of the grades the formulas give, or None if none has a grade."""
    grades = sorted(s.grade for s in results if s.grade is not None)
    if not grades:
        return None
    mid = len(grades) // 2
    return grades[mid] if len(grades) % 2 else (grades[mid - 1] + grades[mid]) / 2
