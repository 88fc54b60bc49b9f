"""The measures' value types: what is counted in a body, and one formula's result on it.

:class:`Counts` (one tokenisation, read by every formula and statistic) and
:class:`FormulaScore` are what the measuring stages produce: the formula registry
(``_formulas``) and the textstat engine compute with them, and the report models
(``_models``) hold them. They live here, below both, so that the registry needs nothing
from the report models and the report models may read the registry (``Report.to_row``
reads its formula names) without an import cycle. This module imports nothing from the
rest of newsread.

>>> Counts(words=12, sentences=2).words
12
"""

from __future__ import annotations

from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

# The thresholds of the style counts, defined once: the style rules (``_style``) count with
# them, and the report's and the record's field descriptions and the style targets' labels
# are written from them.
#: Sentences over this many words are "long" (Yoast: at most 25% of sentences).
LONG_SENTENCE_WORDS = 20
#: Paragraphs over this many words are "long" (Yoast).
LONG_PARAGRAPH_WORDS = 150
#: A run of this many consecutive sentences opening with the same word is flagged (Yoast).
OPENING_RUN = 3


class FrozenModel(BaseModel):
    """The base of every result model: immutable, and no field beyond those declared."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Counts(FrozenModel):
    """Counts from one tokenisation; every formula and statistic reads these."""

    paragraphs: int = 0
    sentences: int = 0
    words: int = Field(0, description="Words as defined in docs/methodology.md.")
    syllables: int = 0
    polysyllables: int = Field(0, description="Words of three or more syllables.")
    monosyllables: int = Field(0, description="Words of one syllable.")
    complex_words: int = Field(
        0,
        description="Gunning's complex words: 3+ syllables, not capitalised, not 3 only by -es/-ed.",
    )
    letters: int = Field(0, description="Letters and digits inside words.")
    characters: int = Field(0, description="Non-whitespace characters of the body text.")
    long_words: int = Field(0, description="Words of seven or more letters (LIX, RIX).")
    difficult_words: int = Field(
        0, description="Words not on the Dale-Chall list of familiar words."
    )
    spache_difficult_words: int = Field(0, description="Unique words not on the Spache list.")
    linsear_words: int = Field(0, description="Words in Linsear Write's sample (the first 100).")
    linsear_easy_words: int = Field(0, description="Sample words of one or two syllables.")
    linsear_hard_words: int = Field(0, description="Sample words of three or more syllables.")
    linsear_sentences: int = Field(
        0, description="Sentences that start within Linsear Write's sample."
    )


class FormulaScore(FrozenModel):
    """One readability formula's result on the body.

    Only the result: the formula's title, equation, citation and validity are published
    once, in the registry (``newsread.formulas()``, docs/methodology.md), not per report.
    """

    name: str
    value: float | None = Field(description="The formula's own score, or None where undefined.")
    grade: float | None = Field(
        description="US school grade the score maps to, if it has one, clamped to 0-20."
    )
    interpretation: str = Field(description="What the value means in plain words.")
    warning: str | None = Field(None, description="Why the value is undefined or unreliable.")
    reliable: bool = Field(
        True, description="False when the value is undefined or the text is below validity."
    )
    grade_clamped: bool = Field(
        False, description="True when the grade was limited to the 0-20 range shown."
    )


class RecordScore(NamedTuple):
    """What the flat record keeps of a :class:`FormulaScore`: its name, value and grade, and
    whether it carries a warning (``warned`` is ``warning is not None``)."""

    name: str
    value: float | None
    grade: float | None
    warned: bool

    @classmethod
    def of(cls, s: FormulaScore) -> RecordScore:
        """The record's part of a full score."""
        return cls(s.name, s.value, s.grade, s.warning is not None)
