"""The pipeline: segment, tokenise once, count, score, and build the report.

One pass over the body feeds everything: each paragraph is split into sentences, each
sentence into words, and the features of each distinct word form (syllables, letters,
Dale-Chall and Spache familiarity, Gunning complexity, adverb, "be") are computed once and
remembered in a bounded cache; they are then summed per sentence, paragraph and body. So
the sentence count in the statistics is the sentence count in every formula.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from ._difficulty import EASY, HARD, VERY_HARD, classify_sentence, hard_reasons
from ._forms import (
    ADVERB,
    ADVERB_SHIFT,
    CAPITAL,
    COMPLEX,
    COUNTS,
    FAMILIAR,
    FIELD_MASK,
    FIELDS,
    FIGURE_SYLLABLES,
    LOWER,
    OPENING,
    SPACHE_KEY,
    SPACHE_OPENING_KEY,
    FormTable,
    unpack,
)
from ._formulas import consensus_grade, record_scores, scores
from ._measures import RecordScore
from ._models import (
    REPORT_SCHEMA_VERSION,
    Article,
    Block,
    BlockKind,
    Counts,
    Findings,
    FormulaScore,
    ParagraphInfo,
    ParagraphStats,
    Passive,
    ReasonCode,
    Report,
    SentenceInfo,
    SentenceStats,
    SetAside,
    Span,
    StyleSignals,
    TimeEstimate,
    Warning,
    make_record,
)
from ._options import Options
from ._readability import LINSEAR_SAMPLE, MIN_WORDS, clamp_grade, flesch_kincaid_grade
from ._segment import segment
from ._sentences import sentence_spans
from ._statistics import distribution, histogram
from ._style import be_forms, passive_pairs, quote_spans, style_signals
from ._syllables import Numbers
from ._wording import grade_level, plural
from ._words import WORD_RE, counted_characters, counting_form, fast_words

__all__ = [
    "MIN_WORDS",
    "analyze",
    "analyze_article",
    "analyze_file",
    "classify_sentence",
    "measure",
]

# A lone surrogate code point (a str built in Python, never decoded text). "\ud800"
SURROGATE_RE = re.compile("[\ud800-\udfff]")
_COUNT = itemgetter(1)
#: The warning a report carries when its text held lone surrogates.
SURROGATES = "surrogates-replaced"
SURROGATES_MESSAGE = "The text held lone surrogate code points; each was replaced by U+FFFD."


@cache
def word_table(numbers: Numbers = "spoken") -> FormTable:
    """The :class:`~newsread._forms.FormTable` of a numbers convention (one each, remembered).

    >>> word_table()["Quickly"][:9]
    (2, 7, False, True, False, True, True, 'quickly', False)
    >>> word_table("spoken")["2022"][0], word_table("one")["2022"][0]
    (5, 1)
    """
    return FormTable(numbers)


class Sentence(NamedTuple):
    """One body sentence as the counting pass sees it (a :class:`SentenceInfo` on demand)."""

    start: int
    end: int
    words: int
    syllables: int
    grade: float
    difficulty: str
    paragraph: int
    raw_grade: float
    figure_syllables: int = 0
    line: int = 1

    def info(self, text: str) -> SentenceInfo:
        """The report's model of this sentence; ``text`` is the whole input."""
        why: tuple[str, ...] = ()
        if self.difficulty != EASY:
            why = hard_reasons(self.words, self.raw_grade, self.syllables, self.figure_syllables)
        return SentenceInfo(
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            words=self.words,
            syllables=self.syllables,
            grade=self.grade,
            difficulty=self.difficulty,
            paragraph=self.paragraph,
            raw_grade=self.raw_grade,
            why=why,
            figure_syllables=self.figure_syllables,
            line=self.line,
        )


class Paragraph(NamedTuple):
    """One body paragraph as the counting pass sees it (a :class:`ParagraphInfo` on demand)."""

    start: int
    end: int
    sentences: int
    words: int
    grade: float | None
    text: str
    syllables: int
    raw_grade: float | None
    line: int

    def info(self) -> ParagraphInfo:
        """The report's model of this paragraph."""
        return ParagraphInfo(
            start=self.start,
            end=self.end,
            sentences=self.sentences,
            words=self.words,
            grade=self.grade,
            text=self.text,
            syllables=self.syllables,
            raw_grade=self.raw_grade,
            line=self.line,
        )


@dataclass
class Measure:
    """Everything the counting pass finds in a body (internal; the report is built from it).

    ``sentences`` is empty when the pass was told to list no findings (the flat record
    needs only each sentence's length, start and difficulty, which are always kept).
    """

    counts: Counts
    sentences: list[Sentence]
    paragraphs: list[Paragraph]
    first_words: list[str]
    adverbs: int
    passive: int
    passive_sentences: int
    quoted_words: int
    findings: Findings | None
    lengths: list[int]  # each sentence's words
    starts: list[int]  # each sentence's start
    difficulties: list[str]  # each sentence's difficulty


def measure(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    numbers: Numbers = "spoken",
    findings: bool = True,
) -> Measure:
    """Count the body of ``text`` given its paragraphs' (start, end) offsets, in one pass.

    ``numbers`` is the convention for the syllables of figures (:class:`Options`). With
    ``findings`` false the passives, adverbs and word lists are counted but not listed
    (``Measure.findings`` is None) and no :class:`Sentence` is made (``Measure.sentences``
    is empty): the flat record needs only the counts and each sentence's length, start and
    difficulty.

    >>> m = measure("It rained. We stayed in all day.", [(0, 32)])
    >>> m.counts.sentences, m.counts.words, [s.words for s in m.sentences]
    (2, 7, [2, 5])
    """
    be_words = be_forms()
    findall = WORD_RE.findall
    finditer = WORD_RE.finditer
    table = word_table(numbers)
    form_of = table.__getitem__
    sentences: list[Sentence] = []
    paras: list[Paragraph] = []
    first_words: list[str] = []
    body_words: list[str] = []  # every word of the body, in order
    passives: list[Passive] = []
    adverb_spans: list[Span] = []
    openers: list[str] = []  # the first word of each sentence
    lengths: list[int] = []
    starts: list[int] = []
    difficulties: list[str] = []
    every = 0  # packed sum of the words' COUNTS and the openers' OPENING
    n_words = n_syl = passive = passive_sentences = quoted = characters = 0
    lw_words = lw_easy = lw_hard = lw_sentences = 0
    line, line_at = 1, 0  # the 1-based line of offset line_at, counted as the pass goes
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        line += text.count("\n", line_at, p_start)
        line_at = p_start
        p_line = line
        block = text[p_start:p_end]
        characters += counted_characters(block)
        quotes = quote_spans(text, p_start, p_end)
        q_starts = [s for s, _ in quotes]
        p_words = p_syl = p_sentences = 0
        for s, e in sentence_spans(text, p_start, p_end, soft_breaks=True):
            words = fast_words(text, s, e)  # == findall(text, s, e), proven by a property test
            if not words:
                continue
            n = len(words)
            entries = list(map(form_of, words))
            packed = sum(map(COUNTS, entries))
            s_packed = packed + OPENING(entries[0])
            every += s_packed
            s_syl = packed & FIELD_MASK
            body_words += words
            spans: list[tuple[int, int]] = []  # the words' offsets, found only when needed
            openers.append(words[0])
            if lw_words < LINSEAR_SAMPLE:
                lw_sentences += 1
                for f in entries[: LINSEAR_SAMPLE - lw_words]:
                    if f[0] >= 3:
                        lw_hard += 1
                    else:
                        lw_easy += 1
                lw_words = min(LINSEAR_SAMPLE, lw_words + n)
            if not be_words.isdisjoint(words):
                pairs = passive_pairs(words)
                if pairs:
                    passive += len(pairs)
                    passive_sentences += 1
                    if findings:
                        spans = [m.span() for m in finditer(text, s, e)]
                        for i, j in pairs:
                            passives.append(
                                Passive(
                                    be=_span(text, spans[i]),
                                    participle=_span(text, spans[j]),
                                    sentence=len(sentences),
                                )
                            )
            if findings and (s_packed >> ADVERB_SHIFT) & FIELD_MASK:
                spans = spans or [m.span() for m in finditer(text, s, e)]
                for k, f in enumerate(entries):
                    if f[ADVERB] and (k == 0 or not f[CAPITAL]):  # a capital inside: a name
                        adverb_spans.append(_span(text, spans[k]))
            if quotes:
                i = bisect_right(q_starts, s) - 1
                if i >= 0 and e <= quotes[i][1]:  # the whole sentence is quoted
                    quoted += n
                else:  # words of the quotations overlapping the sentence (none cross a mark)
                    for qs, qe in quotes[max(i, 0) :]:
                        if qs >= e:
                            break
                        if qe > s:
                            quoted += len(findall(text, max(s, qs), min(e, qe)))
            raw = flesch_kincaid_grade(n, 1, s_syl)  # the sentence alone: S = 1
            assert raw is not None  # a sentence holds at least one word
            difficulty = classify_sentence(n, raw)
            lengths.append(n)
            starts.append(s)
            difficulties.append(difficulty)
            if findings:  # the report's sentences (the record needs only the three lists)
                figures = 0
                if difficulty != EASY:
                    figures = sum(map(FIGURE_SYLLABLES, entries))
                line += text.count("\n", line_at, s)
                line_at = s
                sentences.append(
                    Sentence(
                        s, e, n, s_syl, clamp_grade(raw)[0], difficulty, p_index, raw, figures, line
                    )
                )
            first_words.append(words[0].lower())
            p_words += n
            p_syl += s_syl
            p_sentences += 1
        n_words += p_words
        n_syl += p_syl
        p_fk = flesch_kincaid_grade(p_words, p_sentences, p_syl)
        paras.append(
            Paragraph(
                p_start,
                p_end,
                p_sentences,
                p_words,
                None if p_fk is None else clamp_grade(p_fk)[0],
                block,
                p_syl,
                p_fk,
                p_line,
            )
        )
    _, letters, long_words, poly, mono, cplx, difficult, adverbs = unpack(every, len(FIELDS))
    # Every distinct word form of the body (and, for the word lists, how often).
    forms = Counter(body_words) if findings else set(body_words)
    spache_unfamiliar = set(map(SPACHE_KEY, map(form_of, forms)))
    spache_unfamiliar.update(map(SPACHE_OPENING_KEY, map(form_of, openers)))
    spache_unfamiliar.discard("")
    counts = Counts(
        paragraphs=len(paras),
        sentences=len(lengths),
        words=n_words,
        syllables=n_syl,
        polysyllables=poly,
        monosyllables=mono,
        complex_words=cplx,
        letters=letters,
        characters=characters,
        long_words=long_words,
        difficult_words=difficult,
        spache_difficult_words=len(spache_unfamiliar),
        linsear_words=lw_words,
        linsear_easy_words=lw_easy,
        linsear_hard_words=lw_hard,
        linsear_sentences=lw_sentences,
    )
    found = None
    if isinstance(forms, Counter):
        difficult_forms, complex_forms = _word_lists(forms, openers, table)
        found = Findings(
            passives=tuple(passives),
            adverbs=tuple(adverb_spans),
            difficult_words=difficult_forms,
            complex_words=complex_forms,
        )
    return Measure(
        counts,
        sentences,
        paras,
        first_words,
        adverbs,
        passive,
        passive_sentences,
        quoted,
        found,
        lengths,
        starts,
        difficulties,
    )


def _span(text: str, span: tuple[int, int]) -> Span:
    return Span(start=span[0], end=span[1], text=text[span[0] : span[1]])


def _word_lists(
    forms: Counter[str], openers: Sequence[str], table: FormTable
) -> tuple[dict[str, int], dict[str, int]]:
    """The Dale-Chall difficult and Gunning complex words as {form: count}, most frequent
    first, counted as the formulas count them: a capitalised word only where it opens a
    sentence (elsewhere it is a name), so each list's counts sum to the report's count."""
    at_opening = Counter(openers)
    difficult: Counter[str] = Counter()
    complex_: Counter[str] = Counter()
    for w, n in forms.items():
        f = table[w]
        dc = f[FAMILIAR]
        cx = f[COMPLEX]
        if dc and not cx:
            continue
        if f[CAPITAL]:
            n = at_opening[w]
        if n:
            lower = f[LOWER]
            if not dc:
                difficult[lower] += n
            if cx:
                complex_[lower] += n

    def ranked(c: Counter[str]) -> dict[str, int]:  # by count, most first; then by form
        return dict(sorted(sorted(c.items()), key=_COUNT, reverse=True))  # sorts are stable

    return ranked(difficult), ranked(complex_)


def report_warnings(article: Article, counts: Counts) -> list[Warning]:
    """Warnings about the body as a whole: missing or short text, and text that is not
    English prose (other languages, all capitals, lists, code, mojibake; see
    :func:`newsread._language.text_warnings`), where English formulas mean little."""
    from ._language import text_warnings

    body = article.body
    measured = "\n\n".join(b.text for b in body) if body else article.text
    warnings = [Warning(code=code, message=message) for code, message in text_warnings(measured)]
    codes = {b.code for b in article.blocks}
    if ReasonCode.SEGMENTATION_OFF in codes:
        warnings.append(
            Warning(
                code="segmentation-off",
                message="Segmentation was off: every line is measured but a leading title.",
            )
        )
    if ReasonCode.ONLY_PROSE in codes:
        warnings.append(
            Warning(
                code="no-sentence-end",
                message="No line ends like a sentence; the longest line of prose, and the "
                "prose lines above it, were measured as the body.",
            )
        )
    if not article.body:
        warnings.append(Warning(code="no-body", message="No body paragraphs were found."))
    elif counts.sentences == 0:
        warnings.append(
            Warning(code="no-sentences", message="The body has no words; no formula applies.")
        )
    elif counts.words < MIN_WORDS:
        warnings.append(
            Warning(
                code="short-text",
                message=(
                    f"The body has {plural(counts.words, 'word')}; most formulas need at least "
                    f"{MIN_WORDS}, so every score below is a rough guide."
                ),
            )
        )
    return warnings


def analyze_article(
    article: Article,
    options: Options,
    source: str | None = None,
    id: str | None = None,
    fields: dict[str, Any] | None = None,
) -> Report:
    """Measure the body of a segmented article (``id`` and ``fields`` come from an input record)."""
    from . import __version__

    text = article.text
    m = measure(text, [(b.start, b.end) for b in article.body], options.numbers)
    found = m.findings
    if found is None:  # pragma: no cover - measure lists the findings unless told not to
        raise AssertionError("measure() gave no findings")
    counts = m.counts
    results, engine_counts, consensus = _scored(article, options, counts)
    warnings = report_warnings(article, counts)
    sentences = m.sentences
    paragraphs = [p.info() for p in m.paragraphs]
    top = options.top
    longest = [x.info(text) for x in sorted(sentences, key=lambda x: (-x.words, x.start))[:top]]
    hard = tuple(x.info(text) for x in sentences if x.difficulty != EASY)
    hardest = sorted(
        (p for p in paragraphs if p.grade is not None),
        key=lambda p: (-(p.raw_grade or 0.0), -p.words, p.start),
    )[:top]
    kinds = {k.value: 0 for k in BlockKind}
    for b in article.blocks:
        kinds[b.kind.value] += 1
    lengths = m.lengths
    return Report(
        schema_version=REPORT_SCHEMA_VERSION,
        newsread_version=__version__,
        source=source,
        id=id,
        fields=fields or {},
        engine=options.engine,
        numbers=options.numbers,
        title=article.title,
        counts=counts,
        readability=results,
        consensus_grade=consensus,
        consensus_level=grade_level(consensus),
        sentences=SentenceStats(
            words_per_sentence=distribution(lengths),
            histogram=histogram(lengths),
            longest=tuple(longest),
            hard=hard,
            difficulty_counts=_difficulty_counts(m.difficulties),
        ),
        paragraphs=ParagraphStats(
            sentences_per_paragraph=distribution([p.sentences for p in paragraphs]),
            words_per_paragraph=distribution([p.words for p in paragraphs]),
            paragraphs=tuple(paragraphs),
            hardest=tuple(hardest),
        ),
        style=_style(m),
        reading_time=TimeEstimate(
            minutes=counts.words / options.reading_wpm, words_per_minute=options.reading_wpm
        ),
        speaking_time=TimeEstimate(
            minutes=counts.words / options.speaking_wpm, words_per_minute=options.speaking_wpm
        ),
        blocks=kinds,
        engine_counts=engine_counts,
        set_aside=tuple(
            SetAside(
                kind=b.kind,
                start=b.start,
                end=b.end,
                words=_words_in(b),
                reason=b.reason,
                code=b.code,
                text=b.text,
            )
            for b in article.set_aside
        ),
        warnings=tuple(warnings),
        findings=found,
    )


def _scored(
    article: Article, options: Options, counts: Counts
) -> tuple[tuple[FormulaScore, ...], Counts | None, float | None]:
    """The formula results, the engine's own counts (engine textstat) and the consensus."""
    results: tuple[FormulaScore, ...] = scores(counts)
    consensus = consensus_grade(results)
    engine_counts: Counts | None = None
    if options.engine == "textstat":
        from ._textstat_engine import textstat_scores

        results, engine_counts, consensus = textstat_scores(  # counted as newsread counts
            counting_form("\n\n".join(b.text for b in article.body))
        )
    return results, engine_counts, consensus


def _difficulty_counts(difficulties: Sequence[str]) -> dict[str, int]:
    hard = difficulties.count(HARD)
    very_hard = difficulties.count(VERY_HARD)
    return {EASY: len(difficulties) - hard - very_hard, HARD: hard, VERY_HARD: very_hard}


def _style(m: Measure) -> StyleSignals:
    return style_signals(
        m.lengths,
        m.first_words,
        m.starts,
        [p.words for p in m.paragraphs],
        adverbs=m.adverbs,
        passive=m.passive,
        passive_sentences=m.passive_sentences,
        quoted_words=m.quoted_words,
    )


def _words_in(block: Block) -> int:
    return len(fast_words(block.text))


def article_record(
    article: Article,
    options: Options,
    source: str | None = None,
    id: str | None = None,
    fields: dict[str, Any] | None = None,
    extra_warnings: Sequence[str] = (),
) -> dict[str, Any]:
    """The flat record of a segmented article, equal to ``analyze_article(...).to_row()``
    but without the report: no sentence, paragraph or finding models are built, and the
    passives, adverbs and word lists are counted but not listed. ``extra_warnings`` are
    warning codes that follow the report's own (as ``analyze`` appends them)."""
    from . import __version__

    m = measure(article.text, [(b.start, b.end) for b in article.body], options.numbers, False)
    counts = m.counts
    results: tuple[RecordScore, ...]
    if options.engine == "textstat":
        full, _, consensus = _scored(article, options, counts)
        results = tuple(map(RecordScore.of, full))
    else:  # == map(RecordScore.of, scores(counts)), without the models (a property test)
        results = record_scores(counts)
        consensus = consensus_grade(results)
    codes = [w.code for w in report_warnings(article, counts)]
    return make_record(
        newsread_version=__version__,
        engine=options.engine,
        numbers=options.numbers,
        source=source,
        id=id,
        title=article.title,
        counts=counts,
        readability=results,
        consensus_grade=None if consensus is None else float(consensus),  # as the model has it
        words_per_sentence=distribution(m.lengths),
        difficulty=_difficulty_counts(m.difficulties),
        style=_style(m),
        reading_minutes=float(counts.words / options.reading_wpm),
        speaking_minutes=float(counts.words / options.speaking_wpm),
        set_aside_words=[_words_in(b) for b in article.set_aside],
        warning_codes=[*codes, *extra_warnings],
        fields=fields or {},
    )


def analyze(
    text: str,
    options: Options | None = None,
    *,
    source: str | None = None,
    id: str | None = None,
    fields: dict[str, Any] | None = None,
) -> Report:
    """Segment ``text`` and report on its body.

    Lone surrogates (possible in a Python ``str``, never in decoded text) cannot be
    written as JSON; each is replaced by U+FFFD, which keeps every offset, and the report
    says so.

    >>> text = "Storm hits coast\\n\\nThe storm reached the coast at dawn. Thousands lost power."
    >>> analyze(text).counts.words
    10
    """
    options = options or Options()
    if SURROGATE_RE.search(text) is None:
        return analyze_article(segment(text, options.segment), options, source, id, fields)
    text = SURROGATE_RE.sub("\ufffd", text)
    report = analyze_article(segment(text, options.segment), options, source, id, fields)
    note = Warning(code=SURROGATES, message=SURROGATES_MESSAGE)
    return report.model_copy(update={"warnings": (*report.warnings, note)})


def analyze_to_record(
    text: str,
    options: Options | None = None,
    *,
    source: str | None = None,
    id: str | None = None,
    fields: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``analyze(text, ...).to_row()``, exactly, without building the report (the record
    path of ``analyze_many(..., output="record")``; a test and benchmarks/report_snapshot.py
    prove the two equal).

    >>> analyze_to_record("Rain fell. The river rose.")["words"]
    5
    """
    options = options or Options()
    if not (
        isinstance(source, (str, type(None)))
        and isinstance(id, (str, type(None)))
        and all(isinstance(k, str) for k in fields or ())
    ):  # the report refuses these (a validation error): let it say so
        return analyze(text, options, source=source, id=id, fields=fields).to_row()
    extra: tuple[str, ...] = ()
    if SURROGATE_RE.search(text) is not None:
        text = SURROGATE_RE.sub("\ufffd", text)
        extra = (SURROGATES,)
    return article_record(segment(text, options.segment), options, source, id, fields, extra)


def analyze_file(path: str, options: Options) -> Report:
    """Read and decode one input (``-`` is standard input) and report on it; how it was
    decoded, when that needed a guess or a repair, becomes the first warning.

    Raises:
        InputError: the input is missing, unreadable, binary, too large or empty.
    """
    from ._io import read_input

    decoded = read_input(path, options.max_bytes)
    report = analyze(decoded.text, options, source=decoded.source)
    if decoded.note:
        extra = Warning(code="encoding", message=decoded.note)
        report = report.model_copy(update={"warnings": (extra, *report.warnings)})
    return report
