"""Readability formulas: each a small pure function of counts, with its source and validity.

Every formula here uses the coefficients of its original publication (cited in
``docs/methodology.md``, "Readability formulas"). The functions take plain numbers so a
reader can check any value by hand; :func:`scores` turns one :class:`Counts` into one
:class:`FormulaScore` per formula, with a plain-words interpretation and a warning when the
value is undefined or the text is below what the formula was normed on.

Grades: ``FormulaScore.value`` is always the formula's raw result, never clamped.
``FormulaScore.grade`` (the US school grade) is clamped to [``GRADE_MIN``, ``GRADE_MAX``]
and ``grade_clamped`` says when that happened.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ._models import Counts, FormulaScore
from ._wording import grade_words, plural

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


def consensus_grade(results: Sequence[FormulaScore]) -> float | None:
    """The median grade of the formulas in ``CONSENSUS``, or None if none has a grade.

    >>> consensus_grade([])  # no formula, no consensus
    """
    grades = sorted(s.grade for s in results if s.grade is not None and s.name in CONSENSUS)
    if not grades:
        return None
    mid = len(grades) // 2
    return grades[mid] if len(grades) % 2 else (grades[mid - 1] + grades[mid]) / 2


# --------------------------------------------------------------------------- metadata


@dataclass(frozen=True)
class Formula:
    """What the report says about a formula: its name, exact form, source and validity."""

    name: str
    title: str
    formula: str
    source: str
    validity: str
    min_words: int = MIN_WORDS
    min_sentences: int = 1


FORMULAS: tuple[Formula, ...] = (
    Formula(
        "flesch_reading_ease",
        "Flesch Reading Ease",
        "206.835 - 1.015 * words/sentences - 84.6 * syllables/words",
        "Flesch, R. (1948). A new readability yardstick. J. Applied Psychology 32(3), 221-233.",
        "100-word samples of adult prose; 0-100 scale, higher is easier",
    ),
    Formula(
        "flesch_kincaid_grade",
        "Flesch-Kincaid grade",
        "0.39 * words/sentences + 11.8 * syllables/words - 15.59",
        "Kincaid, J. P., Fishburne, R. P., Rogers, R. L., Chissom, B. S. (1975). "
        "Derivation of new readability formulas for Navy enlisted personnel. RBR 8-75.",
        "samples of at least 100 words",
    ),
    Formula(
        "gunning_fog",
        "Gunning Fog",
        "0.4 * (words/sentences + 100 * complex_words/words)",
        "Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.",
        "passages of about 100 words",
    ),
    Formula(
        "smog",
        "SMOG",
        "1.0430 * sqrt(polysyllables * 30/sentences) + 3.1291",
        "McLaughlin, G. H. (1969). SMOG grading: a new readability formula. "
        "Journal of Reading 12(8), 639-646.",
        "normed on 30 sentences",
        min_words=0,
        min_sentences=SMOG_SENTENCES,
    ),
    Formula(
        "coleman_liau",
        "Coleman-Liau",
        "0.0588 * letters/words*100 - 0.296 * sentences/words*100 - 15.8",
        "Coleman, M., Liau, T. L. (1975). A computer readability formula designed for "
        "machine scoring. J. Applied Psychology 60(2), 283-284.",
        "per-100-word rates; needs about 100 words",
    ),
    Formula(
        "automated_readability_index",
        "Automated Readability Index",
        "4.71 * letters/words + 0.5 * words/sentences - 21.43 (letters: letters and digits)",
        "Smith, E. A., Senter, R. J. (1967). Automated readability index. "
        "AMRL-TR-66-220, Wright-Patterson AFB.",
        "needs about 100 words",
    ),
    Formula(
        "dale_chall",
        "Dale-Chall",
        "0.1579 * 100*difficult/words + 0.0496 * words/sentences + 3.6365",
        "Dale, E., Chall, J. S. (1948). A formula for predicting readability. Educational "
        "Research Bulletin 27, 11-20, 37-54; word list: Chall & Dale (1995), Readability "
        "Revisited, as shipped with textstat.",
        "100-word samples; grade from the score's band",
    ),
    Formula(
        "linsear_write",
        "Linsear Write",
        "r = (easy + 3 * hard)/sentences on the first 100 words; r/2 if r > 20 else (r - 2)/2",
        "O'Hayre, J. (1966). Gobbledygook Has Gotta Go. U.S. Bureau of Land Management.",
        "a 100-word sample",
        min_words=LINSEAR_SAMPLE,
    ),
    Formula(
        "spache",
        "Spache (revised)",
        "0.121 * words/sentences + 0.082 * 100*unique_unfamiliar/words + 0.659",
        "Spache, G. (1974). Good Reading for Poor Readers (revised formula and word list); "
        "first published in Elementary School Journal 53(7), 410-413 (1953).",
        "primary-grade texts (grades 1-3); about 100 words",
    ),
    Formula(
        "lix",
        "LIX",
        "words/sentences + 100 * long_words/words (long: more than 6 letters)",
        "Björnsson, C. H. (1968). Läsbarhet. Stockholm: Liber.",
        "needs about 100 words",
    ),
    Formula(
        "rix",
        "RIX",
        "long_words/sentences (long: more than 6 letters)",
        "Anderson, J. (1983). Lix and Rix: variations on a little-known readability "
        "index. Journal of Reading 26(6), 490-496.",
        "needs about 100 words; grade from Anderson's table",
    ),
)

#: Formulas whose grades the consensus grade is the median of. Spache (normed on primary
#: grades only) and RIX (a coarse table) are reported but left out.
CONSENSUS: frozenset[str] = frozenset(
    {
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog",
        "coleman_liau",
        "automated_readability_index",
        "dale_chall",
        "linsear_write",
    }
)

_FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90, "very easy (5th grade)"),
    (80, "easy (6th grade)"),
    (70, "fairly easy (7th grade)"),
    (60, "plain English (8th-9th grade)"),
    (50, "fairly difficult (10th-12th grade)"),
    (30, "difficult (college)"),
    (-math.inf, "very difficult (college graduate)"),
)
_LIX_BANDS: tuple[tuple[float, str], ...] = (
    (60, "very difficult (specialist text)"),
    (50, "difficult (official text)"),
    (40, "medium (ordinary newspaper)"),
    (30, "easy (fiction, popular press)"),
    (-math.inf, "very easy (children's books)"),
)


def _band(value: float, bands: tuple[tuple[float, str], ...]) -> str:
    for lowest, label in bands:
        if value >= lowest:
            return label
    return bands[-1][1]  # pragma: no cover - the last band is open


def _raw(name: str, c: Counts) -> float | None:
    if name == "flesch_reading_ease":
        return flesch_reading_ease(c.words, c.sentences, c.syllables)
    if name == "flesch_kincaid_grade":
        return flesch_kincaid_grade(c.words, c.sentences, c.syllables)
    if name == "gunning_fog":
        return gunning_fog(c.words, c.sentences, c.complex_words)
    if name == "smog":
        return smog(c.sentences, c.polysyllables)
    if name == "coleman_liau":
        return coleman_liau(c.words, c.sentences, c.letters)
    if name == "automated_readability_index":
        return automated_readability_index(c.words, c.sentences, c.letters)
    if name == "dale_chall":
        return dale_chall(c.words, c.sentences, c.difficult_words)
    if name == "linsear_write":
        return linsear_write(c.linsear_easy_words, c.linsear_hard_words, c.linsear_sentences)
    if name == "spache":
        return spache(c.words, c.sentences, c.spache_difficult_words)
    if name == "lix":
        return lix(c.words, c.sentences, c.long_words)
    if name == "rix":
        return rix(c.sentences, c.long_words)
    raise KeyError(name)


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


def score(formula: Formula, counts: Counts, value: float | None) -> FormulaScore:
    """One formula's :class:`FormulaScore` for a raw ``value`` computed on ``counts``."""
    warnings: list[str] = []
    grade: float | None = None
    clamped = False
    if value is None or not math.isfinite(value):
        value = None
        interpretation = "undefined"
        warnings.append("undefined: the body has no words or no sentences")
    else:
        name = formula.name
        if name == "flesch_reading_ease":
            interpretation = _band(value, _FLESCH_BANDS)
            if not 0 <= value <= 100:
                warnings.append(f"{value:.1f} is outside Flesch's 0-100 scale")
        elif name == "lix":
            interpretation = _band(value, _LIX_BANDS)
        else:
            if name == "dale_chall":
                raw_grade, band = dale_chall_grade(value)
            elif name == "rix":
                raw_grade = rix_grade(value)
                band = ""
            else:
                raw_grade, band = value, ""
            grade, clamped = clamp_grade(raw_grade)
            interpretation = grade_words(grade, band)
            if clamped:
                warnings.append(
                    f"grade {raw_grade:.1f} is outside {GRADE_MIN:g}-{GRADE_MAX:g}; shown as {grade:g}"
                )
            if name == "spache" and value > 4:
                warnings.append("Spache is normed on primary grades 1-3 only")
    if value is not None and counts.words < formula.min_words:
        warnings.append(
            f"below validity: {plural(counts.words, 'word')}, {formula.title} needs about "
            f"{formula.min_words}"
        )
    if value is not None and counts.sentences < formula.min_sentences:
        warnings.append(
            f"below validity: {plural(counts.sentences, 'sentence')}, {formula.title} is normed on "
            f"{formula.min_sentences}"
        )
    return FormulaScore(
        name=formula.name,
        value=value,
        grade=grade,
        interpretation=interpretation,
        warning="; ".join(warnings) or None,
        title=formula.title,
        formula=formula.formula,
        source=formula.source,
        validity=formula.validity,
        reliable=not warnings,
        grade_clamped=clamped,
    )


def scores(counts: Counts) -> tuple[FormulaScore, ...]:
    """Every formula's score on ``counts``, in the order of ``FORMULAS``.

    >>> s = scores(Counts(words=100, sentences=5, syllables=150))
    >>> [(x.name, round(x.value, 2)) for x in s[:2]]
    [('flesch_reading_ease', 59.64), ('flesch_kincaid_grade', 9.91)]
    >>> scores(Counts())[0].warning
    'undefined: the body has no words or no sentences'
    """
    return tuple(score(f, counts, _raw(f.name, counts)) for f in FORMULAS)
