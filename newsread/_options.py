"""The one options object: frozen, every field documented with its default."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Literal

from ._errors import UsageError
from ._limits import (
    DEFAULT_ENGINE,
    DEFAULT_MAX_BYTES,
    DEFAULT_NUMBERS,
    DEFAULT_READING_WPM,
    DEFAULT_SPEAKING_WPM,
    DEFAULT_TOP,
    NUMBERS,
    Engine,
    Numbers,
)

Segment = Literal["auto", "none"]


@dataclass(frozen=True)
class Options:
    """Settings for :func:`newsread.analyze`. Every field has a documented default.

    >>> Options().reading_wpm
    238.0
    >>> Options(reading_wpm=0)
    Traceback (most recent call last):
    ...
    newsread.errors.UsageError: reading_wpm must be a finite number of words per minute, at least 1, not 0
    """

    #: Silent reading rate for non-fiction, words per minute (Brysbaert 2019).
    reading_wpm: float = DEFAULT_READING_WPM
    #: Speaking rate for broadcast news, words per minute.
    speaking_wpm: float = DEFAULT_SPEAKING_WPM
    #: How many of the longest sentences and hardest paragraphs the report lists.
    top: int = DEFAULT_TOP
    #: ``"newsread"`` (own counts, published coefficients) or ``"textstat"``
    #: (textstat's own values for the same body text, for comparability).
    engine: Engine = DEFAULT_ENGINE
    #: Largest input the command line reads, in bytes (library callers pass text).
    max_bytes: int = DEFAULT_MAX_BYTES
    #: How figures count in syllable-based formulas: ``"spoken"`` as said aloud ("2022" =
    #: "twenty twenty-two", 5 syllables; Flesch 1948, Kincaid et al. 1975) or ``"one"``
    #: syllable each (Flesch 1979). See docs/methodology.md, "Conventions".
    numbers: Numbers = DEFAULT_NUMBERS
    #: ``"auto"`` finds the story among captions, bylines and page debris; ``"none"`` is
    #: for text known to be clean: every line is measured except a first line shaped like
    #: a headline, and the report says segmentation was off (docs/segmentation.md).
    segment: Segment = "auto"

    def __post_init__(self) -> None:
        for name in ("reading_wpm", "speaking_wpm"):
            value = getattr(self, name)
            # At least 1: a rate like 1e-320 makes the minutes infinite; inf makes them 0.
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not (math.isfinite(value) and value >= 1)
            ):
                raise UsageError(
                    f"{name} must be a finite number of words per minute, at least 1, not {value!r}"
                )
        if not isinstance(self.top, int) or self.top < 0:
            raise UsageError(f"top must be a whole number >= 0, not {self.top!r}")
        if self.engine not in ("newsread", "textstat"):
            raise UsageError(f"engine must be 'newsread' or 'textstat', not {self.engine!r}")
        if self.segment not in ("auto", "none"):
            raise UsageError(f"segment must be 'auto' or 'none', not {self.segment!r}")
        if self.numbers not in NUMBERS:
            raise UsageError(f"numbers must be 'spoken' or 'one', not {self.numbers!r}")
        if not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise UsageError(f"max_bytes must be a whole number >= 1, not {self.max_bytes!r}")
        object.__setattr__(self, "reading_wpm", float(self.reading_wpm))
        object.__setattr__(self, "speaking_wpm", float(self.speaking_wpm))

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """Names of every option, in declaration order."""
        return tuple(f.name for f in fields(cls))
