"""The public functions, each a thin, documented entry to one stage of the pipeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import UsageError
from ._options import Options

if TYPE_CHECKING:  # the models pull in pydantic: only the functions that return them pay for it
    from ._models import Article, Report


def _options(options: Options | None, settings: dict[str, Any]) -> Options:
    base = options or Options()
    if not settings:
        return base
    unknown = sorted(set(settings) - set(Options.field_names()))
    if unknown:
        raise UsageError(
            f"unknown setting {', '.join(unknown)}; known: {', '.join(Options.field_names())}"
        )
    return dataclasses.replace(base, **settings)


def segment(text: str) -> Article:
    """Split article text into blocks and label each one.

    Args:
        text: the article as people have it (title, bylines, captions, debris and all).

    Returns:
        An :class:`Article` whose ``blocks`` are in order, do not overlap, and cover
        every non-whitespace character of ``text``.

    >>> art = segment("Storm hits coast\\n\\nThe storm reached the coast at dawn, and thousands of homes lost power.")
    >>> [(b.kind.value, b.text[:16]) for b in art.blocks]
    [('title', 'Storm hits coast'), ('paragraph', 'The storm reache')]
    """
    from ._segment import segment as _segment

    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, not {type(text).__name__}")
    return _segment(text)


def split_sentences(text: str) -> list[str]:
    """Split body text into sentences; each is a slice of ``text``.

    >>> split_sentences("Mr. Lee arrived at 5 p.m. on Monday. He left.")
    ['Mr. Lee arrived at 5 p.m. on Monday.', 'He left.']
    """
    from ._sentences import split_sentences as _split

    return _split(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Like :func:`split_sentences`, but (start, end) offsets into ``text``.

    >>> sentence_spans("It rained. We stayed in.")
    [(0, 10), (11, 24)]
    """
    from ._sentences import sentence_spans as _spans

    return _spans(text)


def count_syllables(word: str, dictionary: bool = True, numbers: str = "spoken") -> int:
    """Syllables in one word, as spoken.

    Args:
        word: one word ("cat", "two-year-long", "2022").
        dictionary: look the word up in the bundled CMU Pronouncing Dictionary table first;
            ``False`` uses only the fallback estimator (to measure it alone).
        numbers: ``"spoken"`` counts a figure as said aloud ("2022" = 5), ``"one"`` as one
            syllable (the convention of :attr:`Options.numbers`).

    Raises:
        UsageError: ``numbers`` is neither ``"spoken"`` nor ``"one"``.

    >>> count_syllables("readability"), count_syllables("2022"), count_syllables("2022", numbers="one")
    (5, 5, 1)
    """
    from ._errors import UsageError
    from ._syllables import NUMBERS
    from ._syllables import count_syllables as _count

    if numbers not in NUMBERS:
        raise UsageError(f"numbers must be 'spoken' or 'one', not {numbers!r}")
    return _count(word, dictionary=dictionary, numbers=numbers)


def analyze(text: str, options: Options | None = None, **settings: Any) -> Report:
    """Report on the reading level of an article's body.

    Args:
        text: the article text.
        options: an :class:`Options`; keyword ``settings`` override its fields
            (e.g. ``engine="textstat"``, ``reading_wpm=200``).

    Returns:
        A frozen :class:`Report`.

    Raises:
        UsageError: an unknown or invalid setting.

    >>> r = analyze("Storm hits coast\\n\\nThe storm reached the coast at dawn. Thousands of homes lost power.")
    >>> r.title, r.counts.sentences, r.counts.words
    ('Storm hits coast', 2, 12)
    """
    from ._analysis import analyze as _analyze

    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
    source = settings.pop("source", None)
    return _analyze(text, _options(options, settings), source=source)


def analyze_file(path: str, options: Options | None = None, **settings: Any) -> Report:
    """Read a text file the way the command line does, and report on it.

    The file is decoded with care (UTF-8 with or without a byte-order mark, UTF-16/32 with
    one, then a reported fallback; see docs/robustness.md); how it was decoded, when that
    needed a guess or a repair, is the report's first warning. ``report.source`` is the path.

    Args:
        path: a file path, or ``"-"`` for standard input.
        options: an :class:`Options`; keyword ``settings`` override its fields.

    Raises:
        InputError: the file is missing or unreadable, binary, too large (``max_bytes``)
            or empty; the subclass says which (see :mod:`newsread.errors`).

    >>> analyze_file("/no/such/article.txt")
    Traceback (most recent call last):
    ...
    newsread.errors.InputNotFoundError: /no/such/article.txt: no such file
    """
    from ._analysis import analyze_file as _analyze_file

    return _analyze_file(path, _options(options, settings))


def analyze_many(
    texts: Iterable[str], options: Options | None = None, *, workers: int = 1, **settings: Any
) -> Iterator[Report]:
    """Analyse many texts, yielding one report each, in input order.

    The input is consumed lazily and at most a few texts per worker are in flight, so memory
    stays flat however many articles go through (a generator over a million files is fine).

    Args:
        texts: article texts (any iterable, consumed lazily).
        options: an :class:`Options`; keyword ``settings`` override its fields.
        workers: processes to use; 1 (the default) analyses in this process.

    >>> texts = ["Rain fell all day. The river rose.", "The bridge stayed open all week."]
    >>> [r.counts.words for r in analyze_many(texts)]
    [7, 6]
    """
    from functools import partial

    from ._analysis import analyze as _analyze
    from ._batch import ordered_map

    if not isinstance(workers, int) or workers < 1:
        raise UsageError(f"workers must be a whole number >= 1, not {workers!r}")
    opts = _options(options, settings)
    return ordered_map(partial(_analyze, options=opts), texts, workers)
