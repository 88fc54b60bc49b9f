"""Readability arithmetic: each formula a small pure function of plain counts.

Every formula here uses the coefficients of its original publication (cited in the
formula registry, :mod:`newsread._formulas`, and ``docs/methodology.md``). The functions
take plain numbers so a reader can check any value by hand; the registry says which counts
each one reads, how its value maps to a grade and when it is valid, and turns one
:class:`~newsread._measures.Counts` into one ``FormulaScore`` per formula.

Grades: a formula's value is always its raw result, never clamped; a grade (the US school
grade) is clamped to [``GRADE_MIN``, ``GRADE_MAX``] by :func:`clamp_grade`.
"""

from __future__ import annotations

import math

#: Lowest grade a report shows (kindergarten). Lower raw values are clamped and flagged.
GRADE_MIN = 0.0
#: Highest grade a report shows. No formula was validated beyond college-graduate level
#: (about grade 17-18); a higher raw value means the text was not measured well.
GRADE_MAX = 20.0
#: Words most formulas need to be meaningful (they were normed on ~100-word samples).
MIN_WORDS = 100
#: Sentences SMOG was normed on (McLaughlin 1969: 10 + 10 + 10 sentences).
SMOG_SENTENCES = 30
#: Linsear Write is computed on a sample of this many words (O'Hayre 1966).
LINSEAR_SAMPLE = 100

# --------------------------------------------------------------------------- formulas


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float | None:
    """Flesch Reading Ease (Flesch 1948): 206.835 - 1.015 W/S - 84.6 Sy/W.

    >>> round(flesch_reading_ease(100, 5, 150), 3)
    59.635
    >>> flesch_reading_ease(0, 0, 0) is None
    True
    """
    if words <= 0 or sentences <= 0:
        return None
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float | None:
    """Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 W/S + 11.8 Sy/W - 15.59.

    >>> round(flesch_kincaid_grade(100, 5, 150), 2)
    9.91
    """
    if words <= 0 or sentences <= 0:
        return None
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def gunning_fog(words: int, sentences: int, complex_words: int) -> float | None:
    """Gunning Fog index (Gunning 1952): 0.4 (W/S + 100 C/W).

    >>> round(gunning_fog(100, 5, 10), 6)
    12.0
    """
    if words <= 0 or sentences <= 0:
        return None
    return 0.4 * ((words / sentences) + 100 * (complex_words / words))


def smog(sentences: int, polysyllables: int) -> float | None:
    """SMOG grade (McLaughlin 1969): 1.0430 sqrt(P x 30/S) + 3.1291.

    >>> round(smog(30, 30), 4)
    8.8418
    """
    if sentences <= 0:
        return None
    return 1.0430 * math.sqrt(polysyllables * (30 / sentences)) + 3.1291


def coleman_liau(words: int, sentences: int, letters: int) -> float | None:
    """Coleman-Liau index (Coleman & Liau 1975): 0.0588 L - 0.296 S - 15.8.

    L is letters per 100 words, S sentences per 100 words.

    >>> round(coleman_liau(100, 5, 450), 3)
    9.18
    """
    if words <= 0 or sentences <= 0:
        return None
    return 0.0588 * (100 * letters / words) - 0.296 * (100 * sentences / words) - 15.8


def automated_readability_index(words: int, sentences: int, characters: int) -> float | None:
    """Automated Readability Index (Smith & Senter 1967): 4.71 C/W + 0.5 W/S - 21.43.

    >>> round(automated_readability_index(100, 5, 450), 3)
    9.765
    """
    if words <= 0 or sentences <= 0:
        return None
    return 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43


def dale_chall(words: int, sentences: int, difficult_words: int) -> float | None:
    """Dale-Chall score (Dale & Chall 1948): 0.1579 PDW + 0.0496 W/S + 3.6365.

    PDW is the percentage (0-100) of words not on the list of familiar words. The constant
    3.6365 is the 1948 regression's intercept and is always added; the rule "add it only
    when PDW > 5" found in some software has no source in the 1948 paper (see
    docs/methodology.md, "Conventions and their sources").

    >>> round(dale_chall(100, 5, 5), 4)
    5.418
    >>> round(dale_chall(100, 5, 0), 4)  # no difficult word: the intercept and sentence length
    4.6285
    """
    if words <= 0 or sentences <= 0:
        return None
    pdw = 100 * difficult_words / words
    return 0.1579 * pdw + 0.0496 * (words / sentences) + 3.6365


#: Dale-Chall score bands (upper bound exclusive) and the grades each stands for (the
#: grade-correction table of Dale & Chall 1948); the grade used here is the band's middle.
DALE_CHALL_BANDS: tuple[tuple[float, float, str], ...] = (
    (5.0, 4.0, "grade 4 and below"),
    (6.0, 5.5, "grades 5-6"),
    (7.0, 7.5, "grades 7-8"),
    (8.0, 9.5, "grades 9-10"),
    (9.0, 11.5, "grades 11-12"),
    (10.0, 14.0, "grades 13-15"),
    (math.inf, 16.0, "grades 16+"),
)


def dale_chall_grade(score: float) -> tuple[float, str]:
    """The grade (middle of the band) and band name for a Dale-Chall score.

    >>> dale_chall_grade(6.3)
    (7.5, 'grades 7-8')
    """
    for upper, grade, label in DALE_CHALL_BANDS:
        if score < upper:
            return grade, label
    raise AssertionError("unreachable")  # pragma: no cover - the last band is open


def linsear_write(easy_words: int, hard_words: int, sentences: int) -> float | None:
    """Linsear Write (O'Hayre 1966) on a 100-word sample.

    r = (easy + 3 hard) / sentences; the grade is r/2 if r > 20, else (r - 2)/2.
    Easy words have 1-2 syllables, hard words 3 or more.

    >>> linsear_write(90, 10, 5)
    12.0
    >>> linsear_write(96, 4, 10)
    4.4
    """
    if sentences <= 0 or easy_words + hard_words <= 0:
        return None
    r = (easy_words + 3 * hard_words) / sentences
    return r / 2 if r > 20 else (r - 2) / 2


def spache(words: int, sentences: int, unique_unfamiliar: int) -> float | None:
    """Revised Spache grade (Spache 1974): 0.121 W/S + 0.082 PUW + 0.659.

    PUW is unique words not on the revised Spache list per 100 words.

    >>> round(spache(100, 10, 5), 3)
    2.279
    """
    if words <= 0 or sentences <= 0:
        return None
    return 0.121 * (words / sentences) + 0.082 * (100 * unique_unfamiliar / words) + 0.659


def lix(words: int, sentences: int, long_words: int) -> float | None:
    """LIX (Björnsson 1968): W/S + 100 L/W, long words having more than six letters.

    >>> lix(100, 5, 25)
    45.0
    """
    if words <= 0 or sentences <= 0:
        return None
    return words / sentences + 100 * long_words / words


def rix(sentences: int, long_words: int) -> float | None:
    """RIX (Anderson 1983): long words per sentence.

    >>> rix(5, 25)
    5.0
    """
    if sentences <= 0:
        return None
    return long_words / sentences


#: Anderson (1983) RIX-to-grade table: the lowest RIX of each grade, hardest first
#: (13 stands for "college").
RIX_GRADES: tuple[tuple[float, float], ...] = (
    (7.2, 13.0),
    (6.2, 12.0),
    (5.3, 11.0),
    (4.5, 10.0),
    (3.7, 9.0),
    (3.0, 8.0),
    (2.4, 7.0),
    (1.8, 6.0),
    (1.3, 5.0),
    (0.8, 4.0),
    (0.5, 3.0),
    (0.2, 2.0),
    (0.0, 1.0),
)


def rix_grade(value: float) -> float:
    """The grade Anderson's table gives a RIX value.

    >>> rix_grade(5.0), rix_grade(0.1), rix_grade(9.0)
    (10.0, 1.0, 13.0)
    """
    for lowest, grade in RIX_GRADES:
        if value >= lowest:
            return grade
    return 1.0


#: Flesch's table of reading-ease scores (Flesch 1949): lowest score of each band.
FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90, "very easy (5th grade)"),
    (80, "easy (6th grade)"),
    (70, "fairly easy (7th grade)"),
    (60, "plain English (8th-9th grade)"),
    (50, "fairly difficult (10th-12th grade)"),
    (30, "difficult (college)"),
    (-math.inf, "very difficult (college graduate)"),
)
#: Björnsson's LIX bands (1968): lowest value of each band.
LIX_BANDS: tuple[tuple[float, str], ...] = (
    (60, "very difficult (specialist text)"),
    (50, "difficult (official text)"),
    (40, "medium (ordinary newspaper)"),
    (30, "easy (fiction, popular press)"),
    (-math.inf, "very easy (children's books)"),
)


def band(value: float, bands: tuple[tuple[float, str], ...]) -> str:
    """The label of the band ``value`` falls in (``bands``: lowest value, label; highest first).

    >>> band(65.0, FLESCH_BANDS), band(45.0, LIX_BANDS)
    ('plain English (8th-9th grade)', 'medium (ordinary newspaper)')
    """
    for lowest, label in bands:
        if value >= lowest:
            return label
    return bands[-1][1]  # pragma: no cover - the last band is open


def clamp_grade(grade: float) -> tuple[float, bool]:
    """``grade`` limited to [GRADE_MIN, GRADE_MAX], and whether it had to be limited.

    >>> clamp_grade(-3.4), clamp_grade(9.5), clamp_grade(31.0)
    ((0.0, True), (9.5, False), (20.0, True))
    """
    if grade < GRADE_MIN:
        return GRADE_MIN, True
    if grade > GRADE_MAX:
        return GRADE_MAX, True
    return grade, False
