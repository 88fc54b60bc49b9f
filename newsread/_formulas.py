"""The formula registry: every readability formula defined once, in :data:`FORMULAS`.

Each :class:`Formula` entry holds what the formula *is* — its name, title, the equation as
computed, the function that computes it from a :class:`~newsread._measures.Counts`, how a
value maps to a school grade, when it is valid, its citation, its textstat counterpart and
whether it enters the consensus grade. Everything else reads the registry: the report's
``readability`` list (:func:`scores`), the consensus, the flat record's columns, the
textstat engine, the rich and HTML views, ``--max-grade``, the formula table of
docs/methodology.md (:func:`formulas_markdown`, kept in step by a test) and the public
``newsread.formulas()``. A report carries only each formula's *result*; the static facts
are published once, here.

Adding a formula is one entry plus its tests. For example FORCAST (Caylor et al. 1973),
20 - M/10 with M the one-syllable words per 150 words, needs no new count:

.. code-block:: python

    Formula(
        name="forcast",
        title="FORCAST",
        formula="20 − 15 · Mo/W, with Mo = one-syllable words",
        compute=lambda c: None if c.words <= 0 else 20 - 15 * c.monosyllables / c.words,
        citation="Caylor, J. S., Sticht, T. G., Fox, L. C., Ford, J. P. (1973). ...",
        validity="150-word samples of technical material",
        min_words=150,
        textstat=None,  # textstat has none: its engine then reports None, with a warning
    ),

then a hand-worked golden case in ``tests/cases/golden.json``, and what is generated from the
registry regenerated: the formula table of docs/methodology.md (:func:`formulas_markdown`),
the record's field table of docs/record.md (``_record.fields_markdown``) and the demo's golden
renders (``python scripts/render_docs.py``); tests say when any is stale. The report, the
record, the schema, the views and the textstat engine follow (docs/contributing.md).

>>> [f.name for f in FORMULAS][:3]
['flesch_reading_ease', 'flesch_kincaid_grade', 'gunning_fog']
>>> formula("smog").min_sentences
30
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from ._measures import Counts, FormulaScore, RecordScore
from ._readability import (
    FLESCH_BANDS,
    GRADE_MAX,
    GRADE_MIN,
    LINSEAR_SAMPLE,
    LIX_BANDS,
    MIN_WORDS,
    SMOG_SENTENCES,
    automated_readability_index,
    band,
    clamp_grade,
    coleman_liau,
    dale_chall,
    dale_chall_grade,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    linsear_write,
    lix,
    rix,
    rix_grade,
    smog,
    spache,
)
from ._wording import grade_words, plural


def as_grade(value: float) -> tuple[float, str]:
    """The grade mapping of a formula whose value *is* a US school grade.

    >>> as_grade(7.25)
    (7.25, '')
    """
    return value, ""


def rix_band(value: float) -> tuple[float, str]:
    """RIX's grade from Anderson's (1983) table (no band name)."""
    return rix_grade(value), ""


def flesch_scale(value: float) -> str | None:
    """A warning when a Reading Ease value leaves Flesch's 0-100 scale, else None."""
    return None if 0 <= value <= 100 else f"{value:.1f} is outside Flesch's 0-100 scale"


def spache_range(value: float) -> str | None:
    """A warning when Spache gives a grade above the primary grades it was normed on."""
    return "Spache is normed on primary grades 1-3 only" if value > 4 else None


@dataclass(frozen=True)
class TextstatCall:
    """How textstat computes a formula: ``textstat.backend.metrics.<function>(text, ...)``."""

    function: str
    lang: bool = True  # whether the function takes textstat's language tag after the text
    extra: tuple[Any, ...] = ()  # further positional arguments

    def __call__(self, metrics: Any, text: str, lang: str) -> float:
        fn = getattr(metrics, self.function)
        return float(fn(text, lang, *self.extra) if self.lang else fn(text, *self.extra))


@dataclass(frozen=True)
class Formula:
    """One readability formula: its definition, published once (``newsread.formulas()``).

    Attributes:
        name: the name in reports, records and ``--max-grade`` ("flesch_kincaid_grade").
        title: its usual name ("Flesch-Kincaid grade").
        formula: the equation exactly as computed, in the letters of docs/methodology.md
            (W words, S sentences, Sy syllables ...).
        compute: the value from a body's counts; None where undefined (no words, no
            sentences).
        citation: the publication whose coefficients are used.
        validity: what the formula was normed on, in words.
        grade: value -> (school grade, band name); None for a score on its own scale
            (Flesch Reading Ease, LIX), which then has ``scale`` bands instead.
        scale: the bands (lowest value, words) of a score without a grade.
        check: a further validity rule on the value: the warning, or None.
        min_words: fewer body words than this draws a "below validity" warning.
        min_sentences: fewer sentences than this draws a "below validity" warning.
        textstat: textstat's counterpart (the function ``--engine textstat`` calls), or
            None if textstat has none.
        consensus: whether its grade enters the consensus grade (the median).
    """

    name: str
    title: str
    formula: str
    compute: Callable[[Counts], float | None]
    citation: str
    validity: str
    grade: Callable[[float], tuple[float, str]] | None = as_grade
    scale: tuple[tuple[float, str], ...] = ()
    check: Callable[[float], str | None] | None = None
    min_words: int = MIN_WORDS
    min_sentences: int = 1
    textstat: TextstatCall | None = None
    consensus: bool = False

    @property
    def graded(self) -> bool:
        """Whether the formula's value maps to a school grade."""
        return self.grade is not None

    def interpret(self, value: float | None) -> str:
        """A value of this formula in plain words: ``FormulaScore.interpretation``.

        The school level of its grade (``grade_words``, newsread's one grade-to-words
        function, with the formula's own band of grades where it has one), the author's band
        for a score on its own scale, or "undefined". The one place a value gets its words:
        a reader of compact JSON, which leaves the words out, derives them here.

        >>> from newsread import formulas
        >>> fre, fk = formulas()[:2]
        >>> fre.interpret(65.0), fk.interpret(7.2), fk.interpret(25.0), fk.interpret(None)
        ('plain English (8th-9th grade)', 'middle school (grade 7)', 'college graduate (grade 20)', 'undefined')
        """
        if value is None or not math.isfinite(value):
            return "undefined"
        if self.grade is None:
            return band(value, self.scale)
        grade, grades = self.grade(value)
        return grade_words(clamp_grade(grade)[0], grades)


FORMULAS: tuple[Formula, ...] = (
    Formula(
        name="flesch_reading_ease",
        title="Flesch Reading Ease",
        formula="206.835 − 1.015 · W/S − 84.6 · Sy/W",
        compute=lambda c: flesch_reading_ease(c.words, c.sentences, c.syllables),
        citation="Flesch, R. (1948). A new readability yardstick. Journal of Applied "
        "Psychology 32(3), 221–233.",
        validity="100-word samples of adult prose; 0-100 scale, higher is easier",
        grade=None,
        scale=FLESCH_BANDS,
        check=flesch_scale,
        textstat=TextstatCall("flesch_reading_ease"),
    ),
    Formula(
        name="flesch_kincaid_grade",
        title="Flesch-Kincaid grade",
        formula="0.39 · W/S + 11.8 · Sy/W − 15.59",
        compute=lambda c: flesch_kincaid_grade(c.words, c.sentences, c.syllables),
        citation="Kincaid, J. P., Fishburne, R. P., Rogers, R. L., Chissom, B. S. (1975). "
        "Derivation of new readability formulas (Automated Readability Index, Fog Count and "
        "Flesch Reading Ease Formula) for Navy enlisted personnel. Research Branch Report "
        "8-75, Naval Technical Training Command, Millington, TN.",
        validity="samples of at least 100 words",
        textstat=TextstatCall("flesch_kincaid_grade"),
        consensus=True,
    ),
    Formula(
        name="gunning_fog",
        title="Gunning Fog",
        formula="0.4 · (W/S + 100 · C/W)",
        compute=lambda c: gunning_fog(c.words, c.sentences, c.complex_words),
        citation="Gunning, R. (1952). The Technique of Clear Writing. New York: McGraw-Hill.",
        validity="passages of about 100 words",
        textstat=TextstatCall("gunning_fog"),
        consensus=True,
    ),
    Formula(
        name="smog",
        title="SMOG",
        formula="1.0430 · √(P · 30/S) + 3.1291",
        compute=lambda c: smog(c.sentences, c.polysyllables),
        citation="McLaughlin, G. H. (1969). SMOG grading — a new readability formula. "
        "Journal of Reading 12(8), 639–646.",
        validity="normed on 30 sentences",
        min_words=0,
        min_sentences=SMOG_SENTENCES,
        textstat=TextstatCall("smog_index"),
        consensus=True,
    ),
    Formula(
        name="coleman_liau",
        title="Coleman-Liau",
        formula="0.0588 · (100 · L/W) − 0.296 · (100 · S/W) − 15.8",
        compute=lambda c: coleman_liau(c.words, c.sentences, c.letters),
        citation="Coleman, M., Liau, T. L. (1975). A computer readability formula designed "
        "for machine scoring. Journal of Applied Psychology 60(2), 283–284.",
        validity="per-100-word rates; needs about 100 words",
        textstat=TextstatCall("coleman_liau_index", lang=False),
        consensus=True,
    ),
    Formula(
        name="automated_readability_index",
        title="Automated Readability Index",
        formula="4.71 · L/W + 0.5 · W/S − 21.43",
        compute=lambda c: automated_readability_index(c.words, c.sentences, c.letters),
        citation="Smith, E. A., Senter, R. J. (1967). Automated Readability Index. "
        "AMRL-TR-66-220, Aerospace Medical Research Laboratories, Wright-Patterson AFB, Ohio.",
        validity="needs about 100 words",
        textstat=TextstatCall("automated_readability_index", lang=False),
        consensus=True,
    ),
    Formula(
        name="dale_chall",
        title="Dale-Chall",
        formula="0.1579 · PDW + 0.0496 · W/S + 3.6365, PDW = 100 · D/W",
        compute=lambda c: dale_chall(c.words, c.sentences, c.difficult_words),
        citation="Dale, E., Chall, J. S. (1948). A formula for predicting readability. "
        "Educational Research Bulletin 27(1), 11–20, 28, and Instructions, 27(2), 37–54. Word "
        "list: Chall, J. S., Dale, E. (1995). Readability Revisited: The New Dale–Chall "
        "Readability Formula. Cambridge, MA: Brookline Books.",
        validity="100-word samples; grade from the score's band",
        grade=dale_chall_grade,
        textstat=TextstatCall("dale_chall_readability_score"),
        consensus=True,
    ),
    Formula(
        name="linsear_write",
        title="Linsear Write",
        formula="r = (E + 3 · H)/S₁₀₀ on the first 100 words; r/2 if r > 20, else (r − 2)/2",
        compute=lambda c: linsear_write(
            c.linsear_easy_words, c.linsear_hard_words, c.linsear_sentences
        ),
        citation="O'Hayre, J. (1966). Gobbledygook Has Gotta Go. Washington, DC: U.S. Bureau "
        "of Land Management.",
        validity="a 100-word sample",
        min_words=LINSEAR_SAMPLE,
        textstat=TextstatCall("linsear_write_formula", extra=(False, True)),
        consensus=True,
    ),
    Formula(
        name="spache",
        title="Spache (revised)",
        formula="0.121 · W/S + 0.082 · (100 · U/W) + 0.659",
        compute=lambda c: spache(c.words, c.sentences, c.spache_difficult_words),
        citation="Spache, G. D. (1974). Good Reading for Poor Readers (rev. ed.), revised "
        "formula and word list; first published as Spache, G. (1953). A new readability "
        "formula for primary-grade reading materials. The Elementary School Journal 53(7), "
        "410–413.",
        validity="primary-grade texts (grades 1-3); about 100 words",
        check=spache_range,
        textstat=TextstatCall("spache_readability"),
    ),
    Formula(
        name="lix",
        title="LIX",
        formula="W/S + 100 · LW/W",
        compute=lambda c: lix(c.words, c.sentences, c.long_words),
        citation="Björnsson, C. H. (1968). Läsbarhet. Stockholm: Liber.",
        validity="needs about 100 words",
        grade=None,
        scale=LIX_BANDS,
        textstat=TextstatCall("lix", lang=False),
    ),
    Formula(
        name="rix",
        title="RIX",
        formula="LW/S",
        compute=lambda c: rix(c.sentences, c.long_words),
        citation="Anderson, J. (1983). Lix and Rix: variations on a little-known readability "
        "index. Journal of Reading 26(6), 490–496.",
        validity="needs about 100 words; grade from Anderson's table",
        grade=rix_band,
        textstat=TextstatCall("rix", lang=False),
    ),
)

#: Formulas whose grades the consensus grade is the median of: the registry's flags, as
#: loaded (:func:`consensus_grade` reads the flags themselves).
CONSENSUS: frozenset[str] = frozenset(f.name for f in FORMULAS if f.consensus)


def formulas() -> tuple[Formula, ...]:
    """Every readability formula newsread reports, in report order: the registry.

    Returns:
        One :class:`Formula` per formula, each with its name, title, equation, citation,
        validity rule, grade mapping, textstat counterpart and consensus flag.

    >>> import newsread
    >>> [(f.name, f.consensus) for f in newsread.formulas()][:2]
    [('flesch_reading_ease', False), ('flesch_kincaid_grade', True)]
    >>> fk = newsread.formulas()[1]
    >>> fk.title, fk.formula, fk.min_words, fk.textstat.function
    ('Flesch-Kincaid grade', '0.39 · W/S + 11.8 · Sy/W − 15.59', 100, 'flesch_kincaid_grade')
    """
    return FORMULAS


def formula(name: str) -> Formula:
    """The registry entry called ``name``.

    Raises:
        KeyError: no formula has that name.
    """
    for f in FORMULAS:
        if f.name == name:
            return f
    raise KeyError(name)


def title_of(name: str) -> str:
    """A formula's title, or a readable form of an unknown name ("my_formula" -> "my formula").

    >>> title_of("smog"), title_of("my_formula")
    ('SMOG', 'my formula')
    """
    for f in FORMULAS:
        if f.name == name:
            return f.title
    return name.replace("_", " ")


class _Judged(NamedTuple):
    """What :func:`score` decides about one raw value, before any words are written."""

    value: float | None  # None where undefined (no value, or not finite)
    grade: float | None  # clamped to the grade range
    raw_grade: float | None
    clamped: bool
    problem: str | None  # the formula's further validity rule, if it fails
    few_words: bool
    few_sentences: bool


def _judge(f: Formula, counts: Counts, value: float | None) -> _Judged:
    """The decisions of :func:`score` (one place for both it and :func:`record_scores`)."""
    if value is None or not math.isfinite(value):
        return _Judged(None, None, None, False, None, False, False)
    grade: float | None = None
    raw_grade: float | None = None
    clamped = False
    if f.grade is not None:
        raw_grade = f.grade(value)[0]
        grade, clamped = clamp_grade(raw_grade)
    return _Judged(
        value,
        grade,
        raw_grade,
        clamped,
        f.check(value) if f.check is not None else None,
        counts.words < f.min_words,
        counts.sentences < f.min_sentences,
    )


def score(f: Formula, counts: Counts, value: float | None) -> FormulaScore:
    """One formula's :class:`FormulaScore` for a raw ``value`` computed on ``counts``."""
    j = _judge(f, counts, value)
    warnings: list[str] = []
    if j.value is None:
        warnings.append("undefined: the body has no words or no sentences")
    else:
        if j.clamped:
            warnings.append(
                f"grade {j.raw_grade:.1f} is outside {GRADE_MIN:g}-{GRADE_MAX:g}; "
                f"shown as {j.grade:g}"
            )
        if j.problem:
            warnings.append(j.problem)
    if j.few_words:
        warnings.append(
            f"below validity: {plural(counts.words, 'word')}, {f.title} needs about {f.min_words}"
        )
    if j.few_sentences:
        warnings.append(
            f"below validity: {plural(counts.sentences, 'sentence')}, {f.title} is normed on "
            f"{f.min_sentences}"
        )
    return FormulaScore(
        name=f.name,
        value=j.value,
        grade=j.grade,
        interpretation=f.interpret(j.value),
        warning="; ".join(warnings) or None,
        reliable=not warnings,
        grade_clamped=j.clamped,
    )


def scores(counts: Counts) -> tuple[FormulaScore, ...]:
    """Every formula's score on ``counts``, in registry order.

    >>> s = scores(Counts(words=100, sentences=5, syllables=150))
    >>> [(x.name, round(x.value, 2)) for x in s[:2]]
    [('flesch_reading_ease', 59.64), ('flesch_kincaid_grade', 9.91)]
    >>> scores(Counts())[0].warning
    'undefined: the body has no words or no sentences'
    """
    return tuple(score(f, counts, f.compute(counts)) for f in FORMULAS)


def record_scores(counts: Counts) -> tuple[RecordScore, ...]:
    """``tuple(map(RecordScore.of, scores(counts)))``, without writing any interpretation or
    warning text or building any model (the record path; a property test proves them equal).

    >>> fre, fk = record_scores(Counts(words=100, sentences=5, syllables=150))[:2]
    >>> [(s.name, round(s.value, 2), s.warned) for s in (fre, fk)]
    [('flesch_reading_ease', 59.64, False), ('flesch_kincaid_grade', 9.91, False)]
    """
    out = []
    for f in FORMULAS:
        j = _judge(f, counts, f.compute(counts))
        value, grade = j.value, j.grade
        warned = value is None or j.clamped or bool(j.problem) or j.few_words or j.few_sentences
        out.append(
            RecordScore(
                f.name,  # floats as the model makes them (it turns an int into a float)
                None if value is None else float(value),
                None if grade is None else float(grade),
                warned,
            )
        )
    return tuple(out)


class _Graded(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def grade(self) -> float | None: ...


def consensus_grade(results: Sequence[_Graded]) -> float | None:
    """The median grade of the consensus formulas, or None if none has a grade.

    >>> consensus_grade([])  # no formula, no consensus
    """
    members = {f.name for f in FORMULAS if f.consensus}
    grades = sorted(s.grade for s in results if s.grade is not None and s.name in members)
    if not grades:
        return None
    mid = len(grades) // 2
    return grades[mid] if len(grades) % 2 else (grades[mid - 1] + grades[mid]) / 2


def formulas_markdown() -> str:
    """The formula table of docs/methodology.md, made from the registry.

    >>> formulas_markdown().splitlines()[0]
    '| name in the report | formula exactly as computed | grade | valid from | consensus | textstat | source |'
    """
    lines = [
        "| name in the report | formula exactly as computed | grade | valid from | consensus "
        "| textstat | source |",
        "|---|---|---|---|---|---|---|",
    ]
    grade_names = {
        as_grade: "the value",
        dale_chall_grade: "Dale–Chall band",
        rix_band: "RIX table",
    }
    for f in FORMULAS:
        grade = "none (own scale)" if f.grade is None else grade_names.get(f.grade, "mapped")
        floor = [f"{f.min_words} words"] if f.min_words else []
        if f.min_sentences > 1:
            floor.append(f"{f.min_sentences} sentences")
        ts = f"`{f.textstat.function}`" if f.textstat else "—"
        lines.append(
            f"| `{f.name}` | {f.formula} | {grade} | {', '.join(floor) or '—'} | "
            f"{'yes' if f.consensus else 'no'} | {ts} | {f.citation} |"
        )
    return "\n".join(lines)
