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
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ._data import word_set
from ._difficulty import classify_sentence, hard_reasons
from ._formulas import consensus_grade, scores
from ._models import (
    Article,
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
    TimeEstimate,
    Warning,
)
from ._options import Options
from ._readability import LINSEAR_SAMPLE, MIN_WORDS, clamp_grade, flesch_kincaid_grade
from ._segment import segment
from ._sentences import sentence_spans
from ._statistics import distribution, histogram
from ._style import be_forms, is_adverb, passive_pairs, quote_spans, style_signals
from ._syllables import Numbers, count_syllables
from ._vocabulary import base_on_list, is_complex
from ._wording import grade_level, plural
from ._words import WORD_RE, counting_form, fast_words

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

# Per distinct word form: (syllables, letters, complex, dale-chall familiar,
# spache familiar, capitalised, adverb, lower-cased form, is a form of "be").
_Features = tuple[int, int, bool, bool, bool, bool, bool, str, bool]


#: Distinct word forms whose features are remembered (a pure function of the word and
#: the bundled lists, so the cache only saves time; a corpus reuses most forms).
FEATURE_CACHE = 1 << 16


#: The counts packed in one int per word form, in order (see :meth:`WordTable.counts`).
FIELDS = (
    "syllables",
    "letters",
    "long",
    "polysyllables",
    "monosyllables",
    "complex",
    "difficult",
    "adverbs",
)
#: Bits per packed field (room for 2**40 words per field).
FIELD_BITS = 40
_FIELD_MASK = (1 << FIELD_BITS) - 1
_ADVERB_SHIFT = FIELDS.index("adverbs") * FIELD_BITS


def pack(*fields: int) -> int:
    """Several counts in one int, so one addition sums them all.

    >>> unpack(pack(3, 0, 7) + pack(1, 2, 0), 3)
    (4, 2, 7)
    """
    out = 0
    for i, v in enumerate(fields):
        out |= v << (i * FIELD_BITS)
    return out


def unpack(packed: int, n: int) -> tuple[int, ...]:
    """The ``n`` counts of a :func:`pack` ed int (or a sum of them)."""
    return tuple((packed >> (i * FIELD_BITS)) & _FIELD_MASK for i in range(n))


class WordTable:
    """What the counting pass needs per word form, for one numbers convention.

    Each method is a pure function of the word (and the bundled lists), remembered in a
    bounded cache; :func:`word_table` keeps one table per convention.

    >>> t = word_table()
    >>> t.features("Quickly")
    (2, 7, False, True, False, True, True, 'quickly', False)
    >>> unpack(t.counts("legislation"), len(FIELDS))
    (4, 11, 1, 1, 0, 1, 1, 0)
    >>> unpack(t.counts("Geneva"), len(FIELDS))  # a name inside a sentence
    (3, 6, 0, 1, 0, 0, 0, 0)
    >>> unpack(t.opening("Legislation"), len(FIELDS))
    (0, 0, 0, 0, 0, 1, 1, 0)
    >>> t.spache_key("Legislation", True), t.spache_key("Legislation"), t.spache_key("dog")
    ('legislation', '', '')
    >>> word_table("spoken").features("2022")[0], word_table("one").features("2022")[0]
    (5, 1)
    """

    def __init__(self, numbers: Numbers = "spoken") -> None:
        self.numbers = numbers
        self.features = lru_cache(maxsize=FEATURE_CACHE)(self._features)
        self.counts = lru_cache(maxsize=FEATURE_CACHE)(self._counts)
        self.opening = lru_cache(maxsize=FEATURE_CACHE)(self._opening)
        self.spache_key = lru_cache(maxsize=FEATURE_CACHE)(self._spache_key)

    def _features(self, word: str) -> _Features:
        """Everything the counting pass needs to know about one word form (counted as its
        :func:`~newsread._words.counting_form`: composed, without format characters)."""
        if not word.isascii():
            form = counting_form(word)
            if form != word:
                return self.features(form)
        numbers = self.numbers
        syl = count_syllables(word, numbers=numbers)
        lower = word.lower()
        if "‐" in lower or "‑" in lower:  # Unicode hyphens: judged like "-"
            lower = lower.replace("‐", "-").replace("‑", "-")
        if word.isalpha():
            letters = len(word)
            number = False
        else:
            letters = sum(map(str.isalnum, word))
            number = any(c.isdigit() for c in word)
        parts = (
            [count_syllables(p, numbers=numbers) for p in lower.split("-") if p]
            if "-" in lower
            else ()
        )
        dc = number or base_on_list(lower, word_set("dale-chall.txt")) is not None
        sp = number or base_on_list(lower, word_set("spache.txt")) is not None
        return (
            syl,
            letters,
            is_complex(word, syl, parts),
            dc,
            sp,
            word[:1].isupper(),
            is_adverb(lower),
            lower,
            lower in word_set("be-forms.txt"),
        )

    def _counts(self, word: str) -> int:
        """What one occurrence of a word form adds to the counts, packed (see :data:`FIELDS`).

        The word-list fields (complex, difficult, adverb) count the word as it stands inside
        a sentence, where a capitalised word is a name and counts 0; :meth:`opening` adds
        what a capitalised word counts when it opens a sentence. Cached, so
        ``sum(map(table.counts, words))`` sums a whole sentence in C.
        """
        syl, let, cx, dc, _, cap, adv, _, _ = self.features(word)
        judged = not cap
        return pack(
            syl, let, let > 6, syl >= 3, syl == 1, cx and judged, not dc and judged, adv and judged
        )

    def _opening(self, word: str) -> int:
        """What a word adds to the counts beyond :meth:`counts` when it opens a sentence."""
        _, _, cx, dc, _, cap, adv, _, _ = self.features(word)
        return pack(0, 0, 0, 0, 0, cx, not dc, adv) if cap else 0

    def _spache_key(self, word: str, opening: bool = False) -> str:
        """The lower-cased form if the word counts as unfamiliar to Spache, else "".

        Inside a sentence (``opening`` false) a capitalised word is a name, so familiar.
        """
        f = self.features(word)
        return "" if f[4] or (f[5] and not opening) else f[7]


@cache
def word_table(numbers: Numbers = "spoken") -> WordTable:
    """The :class:`WordTable` of a numbers convention (one per convention, remembered)."""
    return WordTable(numbers)


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
        if self.difficulty != "easy":
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


@dataclass
class Measure:
    """Everything the counting pass finds in a body (internal; the report is built from it)."""

    counts: Counts
    sentences: list[Sentence]
    paragraphs: list[ParagraphInfo]
    first_words: list[str]
    adverbs: int
    passive: int
    passive_sentences: int
    quoted_words: int
    findings: Findings


def measure(
    text: str, paragraphs: Sequence[tuple[int, int]], numbers: Numbers = "spoken"
) -> Measure:
    """Count the body of ``text`` given its paragraphs' (start, end) offsets, in one pass.

    ``numbers`` is the convention for the syllables of figures (:class:`Options`).

    >>> m = measure("It rained. We stayed in all day.", [(0, 32)])
    >>> m.counts.sentences, m.counts.words, [s.words for s in m.sentences]
    (2, 7, [2, 5])
    """
    be_words = be_forms()
    findall = WORD_RE.findall
    finditer = WORD_RE.finditer
    table = word_table(numbers)
    word_features = table.features
    word_counts = table.counts
    word_opening = table.opening
    spache_key = table.spache_key
    sentences: list[Sentence] = []
    paras: list[ParagraphInfo] = []
    first_words: list[str] = []
    forms: Counter[str] = Counter()  # every distinct word form of the body, and how often
    passives: list[Passive] = []
    adverb_spans: list[Span] = []
    openers: list[str] = []  # the first word of each sentence
    every = 0  # packed sum of word_counts and word_opening
    n_words = n_syl = passive = passive_sentences = quoted = characters = 0
    lw_words = lw_easy = lw_hard = lw_sentences = 0
    line, line_at = 1, 0  # the 1-based line of offset line_at, counted as the pass goes
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        line += text.count("\n", line_at, p_start)
        line_at = p_start
        p_line = line
        block = text[p_start:p_end]
        characters += len("".join(counting_form(block).split()))
        quotes = quote_spans(text, p_start, p_end)
        q_starts = [s for s, _ in quotes]
        p_words = p_syl = p_sentences = 0
        for s, e in sentence_spans(text, p_start, p_end):
            words = fast_words(text, s, e)  # == findall(text, s, e), proven by a property test
            if not words:
                continue
            n = len(words)
            packed = sum(map(word_counts, words))
            s_packed = packed + word_opening(words[0])
            every += s_packed
            s_syl = packed & _FIELD_MASK
            forms.update(words)
            spans: list[tuple[int, int]] = []  # the words' offsets, found only when needed
            openers.append(words[0])
            if lw_words < LINSEAR_SAMPLE:
                lw_sentences += 1
                for w in words[: LINSEAR_SAMPLE - lw_words]:
                    if word_counts(w) & _FIELD_MASK >= 3:
                        lw_hard += 1
                    else:
                        lw_easy += 1
                lw_words = min(LINSEAR_SAMPLE, lw_words + n)
            if not be_words.isdisjoint(words):
                pairs = passive_pairs(words)
                if pairs:
                    passive += len(pairs)
                    passive_sentences += 1
                    spans = [m.span() for m in finditer(text, s, e)]
                    for i, j in pairs:
                        passives.append(
                            Passive(
                                be=_span(text, spans[i]),
                                participle=_span(text, spans[j]),
                                sentence=len(sentences),
                            )
                        )
            if (s_packed >> _ADVERB_SHIFT) & _FIELD_MASK:
                spans = spans or [m.span() for m in finditer(text, s, e)]
                for k, w in enumerate(words):
                    f = word_features(w)
                    if f[6] and (k == 0 or not f[5]):  # a capitalised word inside is a name
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
            raw = 0.39 * n + 11.8 * s_syl / n - 15.59  # Flesch-Kincaid of one sentence
            difficulty = classify_sentence(n, raw)
            figures = 0
            if difficulty != "easy":
                figures = sum(word_counts(w) & _FIELD_MASK for w in words if _has_digit(w))
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
            ParagraphInfo(
                start=p_start,
                end=p_end,
                sentences=p_sentences,
                words=p_words,
                grade=None if p_fk is None else clamp_grade(p_fk)[0],
                text=block,
                syllables=p_syl,
                raw_grade=p_fk,
                line=p_line,
            )
        )
    _, letters, long_words, poly, mono, cplx, difficult, adverbs = unpack(every, len(FIELDS))
    spache_unfamiliar = {spache_key(w) for w in forms} | {spache_key(w, True) for w in openers}
    spache_unfamiliar.discard("")
    counts = Counts(
        paragraphs=len(paras),
        sentences=len(sentences),
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
    difficult_forms, complex_forms = _word_lists(forms, openers, table)
    findings = Findings(
        passives=tuple(passives),
        adverbs=tuple(adverb_spans),
        difficult_words=difficult_forms,
        complex_words=complex_forms,
    )
    return Measure(
        counts, sentences, paras, first_words, adverbs, passive, passive_sentences, quoted, findings
    )


def _span(text: str, span: tuple[int, int]) -> Span:
    return Span(start=span[0], end=span[1], text=text[span[0] : span[1]])


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(c.isdigit() for c in word)


def _word_lists(
    forms: Counter[str], openers: Sequence[str], table: WordTable
) -> tuple[dict[str, int], dict[str, int]]:
    """The Dale-Chall difficult and Gunning complex words as {form: count}, most frequent
    first, counted as the formulas count them: a capitalised word only where it opens a
    sentence (elsewhere it is a name), so each list's counts sum to the report's count."""
    at_opening = Counter(openers)
    difficult: Counter[str] = Counter()
    complex_: Counter[str] = Counter()
    for w, n in forms.items():
        _, _, cx, dc, _, cap, _, lower, _ = table.features(w)
        if cap:
            n = at_opening[w]
        if n:
            if not dc:
                difficult[lower] += n
            if cx:
                complex_[lower] += n

    def ranked(c: Counter[str]) -> dict[str, int]:
        return dict(sorted(c.items(), key=_by_count))

    return ranked(difficult), ranked(complex_)


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


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
                message="No line ends like a sentence; the longest line of prose was measured "
                "as the body.",
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
    counts = m.counts
    results: tuple[FormulaScore, ...] = scores(counts)
    consensus = consensus_grade(results)
    engine_counts: Counts | None = None
    if options.engine == "textstat":
        from ._textstat_engine import textstat_scores

        results, engine_counts, consensus = textstat_scores(  # counted as newsread counts
            counting_form("\n\n".join(b.text for b in article.body))
        )
    warnings = report_warnings(article, counts)
    sentences = m.sentences
    paragraphs = m.paragraphs
    top = options.top
    longest = [x.info(text) for x in sorted(sentences, key=lambda x: (-x.words, x.start))[:top]]
    hard = tuple(x.info(text) for x in sentences if x.difficulty != "easy")
    hardest = sorted(
        (p for p in paragraphs if p.grade is not None),
        key=lambda p: (-(p.raw_grade or 0.0), -p.words, p.start),
    )[:top]
    kinds = {k.value: 0 for k in BlockKind}
    for b in article.blocks:
        kinds[b.kind.value] += 1
    lengths = [x.words for x in sentences]
    return Report(
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
            difficulty_counts={
                "easy": len(sentences) - len(hard),
                "hard": sum(1 for x in hard if x.difficulty == "hard"),
                "very hard": sum(1 for x in hard if x.difficulty == "very hard"),
            },
        ),
        paragraphs=ParagraphStats(
            sentences_per_paragraph=distribution([p.sentences for p in paragraphs]),
            words_per_paragraph=distribution([p.words for p in paragraphs]),
            paragraphs=tuple(paragraphs),
            hardest=tuple(hardest),
        ),
        style=style_signals(
            lengths,
            m.first_words,
            [x.start for x in sentences],
            [p.words for p in paragraphs],
            adverbs=m.adverbs,
            passive=m.passive,
            passive_sentences=m.passive_sentences,
            quoted_words=m.quoted_words,
        ),
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
                words=len(fast_words(b.text)),
                reason=b.reason,
                code=b.code,
                text=b.text,
            )
            for b in article.set_aside
        ),
        warnings=tuple(warnings),
        findings=m.findings,
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
    note = Warning(
        code="surrogates-replaced",
        message="The text held lone surrogate code points; each was replaced by U+FFFD.",
    )
    return report.model_copy(update={"warnings": (*report.warnings, note)})


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
