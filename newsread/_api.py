"""The public functions, each a thin, documented entry to one stage of the pipeline."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, overload

from ._errors import UsageError
from ._options import Options
from ._records import TextRecord

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


def segment(text: str, mode: str = "auto") -> Article:
    """Split article text into blocks and label each one.

    Args:
        text: the article as people have it (title, bylines, captions, debris and all).
        mode: ``"auto"`` (the default) finds the story among the rest of the page;
            ``"none"`` is for text known to be clean: every line is body except a first
            line shaped like a headline, which is the title.

    Returns:
        An :class:`Article` whose ``blocks`` are in order, do not overlap, and cover
        every non-whitespace character of ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        UsageError: ``mode`` is neither ``"auto"`` nor ``"none"``.

    >>> art = segment("Storm hits coast\\n\\nThe storm reached the coast at dawn, and thousands of homes lost power.")
    >>> [(b.kind.value, b.text[:16]) for b in art.blocks]
    [('title', 'Storm hits coast'), ('paragraph', 'The storm reache')]
    >>> [b.kind.value for b in segment("Storm hits coast\\n\\nShare this story", mode="none").blocks]
    ['title', 'paragraph']
    """
    from ._segment import segment as _segment

    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, not {type(text).__name__}")
    if mode not in ("auto", "none"):
        raise UsageError(f"mode must be 'auto' or 'none', not {mode!r}")
    return _segment(text, "none" if mode == "none" else "auto")


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
        TypeError: ``word`` is not a ``str``.
        UsageError: ``numbers`` is neither ``"spoken"`` nor ``"one"``.

    >>> count_syllables("readability"), count_syllables("2022"), count_syllables("2022", numbers="one")
    (5, 5, 1)
    """
    from ._errors import UsageError
    from ._syllables import NUMBERS
    from ._syllables import count_syllables as _count

    if not isinstance(word, str):
        raise TypeError(f"count_syllables() takes a str, not {type(word).__name__}")
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


def analyze_file(
    path: str | os.PathLike[str], options: Options | None = None, **settings: Any
) -> Report:
    """Read a text file the way the command line does, and report on it.

    The file is decoded with care (UTF-8 with or without a byte-order mark, UTF-16/32 with
    one, then a reported fallback; see docs/robustness.md); how it was decoded, when that
    needed a guess or a repair, is the report's first warning. ``report.source`` is the path.

    Args:
        path: a file path (``str`` or ``os.PathLike``), or ``"-"`` for standard input.
        options: an :class:`Options`; keyword ``settings`` override its fields.

    Raises:
        InputError: the file is missing or unreadable, binary, too large (``max_bytes``)
            or empty; the subclass says which (see :mod:`newsread.errors`).
        TypeError: ``path`` is neither a ``str`` nor an ``os.PathLike`` of one.

    >>> analyze_file("/no/such/article.txt")
    Traceback (most recent call last):
    ...
    newsread.errors.InputNotFoundError: /no/such/article.txt: no such file
    """
    from ._analysis import analyze_file as _analyze_file

    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if not isinstance(path, str):
        raise TypeError(
            f"analyze_file() takes a str or os.PathLike path, not {type(path).__name__}"
        )
    return _analyze_file(path, _options(options, settings))


Output = Literal["report", "record", "json"]
OUTPUTS: tuple[Output, ...] = ("report", "record", "json")


def analyze_item(item: str | TextRecord, options: Options, output: Output = "report") -> Any:
    """One item of :func:`analyze_many` as ``output`` asks: a Report, its record or its JSON."""
    from ._analysis import analyze as _analyze

    if output == "record":  # the record path: equal to the report's to_row(), no report built
        from ._analysis import analyze_to_record

        if isinstance(item, str):
            return analyze_to_record(item, options)
        return analyze_to_record(
            item.text, options, source=item.source, id=item.id, fields=dict(item.fields)
        )
    if isinstance(item, str):
        report = _analyze(item, options)
    else:
        report = _analyze(
            item.text, options, source=item.source, id=item.id, fields=dict(item.fields)
        )
    if output == "json":
        return report.model_dump_json()
    return report


def _checked(items: Iterable[Any]) -> Iterator[str | TextRecord]:
    for i, item in enumerate(items):
        if not isinstance(item, (str, TextRecord)) or (
            isinstance(item, TextRecord) and not isinstance(item.text, str)
        ):
            raise TypeError(
                f"analyze_many() item {i} is {type(item).__name__}: each item must be a str "
                "(an article's text) or a TextRecord"
            )
        yield item


@overload
def analyze_many(
    texts: Iterable[str | TextRecord],
    options: Options | None = ...,
    *,
    workers: int = ...,
    output: Literal["report"] = ...,
    **settings: Any,
) -> Iterator[Report]: ...
@overload
def analyze_many(
    texts: Iterable[str | TextRecord],
    options: Options | None = ...,
    *,
    workers: int = ...,
    output: Literal["record"],
    **settings: Any,
) -> Iterator[dict[str, Any]]: ...
@overload
def analyze_many(
    texts: Iterable[str | TextRecord],
    options: Options | None = ...,
    *,
    workers: int = ...,
    output: Literal["json"],
    **settings: Any,
) -> Iterator[str]: ...
def analyze_many(
    texts: Iterable[str | TextRecord],
    options: Options | None = None,
    *,
    workers: int = 1,
    output: Output = "report",
    **settings: Any,
) -> Iterator[Any]:
    """Analyse many texts, yielding one result each, in input order.

    The input is consumed lazily and at most a few texts per worker are in flight, so memory
    stays flat however many articles go through (a generator over a million files is fine).

    Args:
        texts: article texts, or :class:`TextRecord` values (from :func:`read_records`);
            any iterable, consumed lazily. A bare ``str`` is refused (it would be read as
            one article per character).
        options: an :class:`Options`; keyword ``settings`` override its fields.
        workers: processes to use; 1 (the default) analyses in this process. More than
            the CPUs available are not started.
        output: ``"report"`` (a :class:`Report`), ``"record"`` (its flat record, a dict:
            docs/record.md) or ``"json"`` (the full report as one line of JSON, as
            ``--format jsonl`` writes it; not the ``--compact`` layout). With workers, each
            worker sends back only that, so records and JSON cross processes cheaply.

    Raises:
        TypeError: ``texts`` is a ``str``, or an item is neither a ``str`` nor a TextRecord.
        WorkerDiedError: a worker process died (killed) while analysing an item.

    Failures never cost earlier results: when an item is refused, the input iterable raises,
    or a worker dies on an item, every result before it is yielded, in order, and then the
    exception is raised in its place (the other items of a crashed worker's chunk are
    re-run, so only the item that killed it is lost).

    >>> texts = ["Rain fell all day. The river rose.", "The bridge stayed open all week."]
    >>> [r.counts.words for r in analyze_many(texts)]
    [7, 6]
    >>> [row["words"] for row in analyze_many(texts, output="record")]
    [7, 6]
    """
    from functools import partial

    from ._batch import available_cpus, ordered_map

    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"analyze_many() takes an iterable of texts, not one {type(texts).__name__}: "
            "pass [text], or use analyze(text)"
        )
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise UsageError(f"workers must be a whole number >= 1, not {workers!r}")
    if output not in OUTPUTS:
        raise UsageError(f"output must be one of {', '.join(OUTPUTS)}, not {output!r}")
    opts = _options(options, settings)
    job = partial(analyze_item, options=opts, output=output)
    return ordered_map(job, _checked(texts), min(workers, available_cpus()))
