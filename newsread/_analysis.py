"""The pipeline: segment, tokenise once, count, score, and build the report."""

from __future__ import annotations

from ._models import (
    Article,
    BlockKind,
    Counts,
    ParagraphInfo,
    ParagraphStats,
    Report,
    SentenceInfo,
    SentenceStats,
    SetAside,
    TimeEstimate,
    Warning,
)
from ._options import Options
from ._readability import consensus_grade, flesch_kincaid_grade, scores
from ._segmentation import segment
from ._sentences import sentence_spans
from ._statistics import distribution, histogram
from ._style import style_signals
from ._syllables import count_syllables
from ._words import WORD_RE

#: Below this many body words most formulas are unreliable (see docs/methodology.md).
MIN_WORDS = 100


def classify_sentence(words: int, grade: float) -> str:
    """Class a sentence easy, hard or very hard by its length and grade.

    >>> classify_sentence(12, 6.0), classify_sentence(26, 9.0), classify_sentence(40, 20.0)
    ('easy', 'hard', 'very hard')
    """
    if words > 35 or grade >= 16:
        return "very hard"
    if words > 25 or grade >= 12:
        return "hard"
    return "easy"


def _preview(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def analyze_article(article: Article, options: Options, source: str | None = None) -> Report:
    """Measure the body of a segmented article."""
    from . import __version__

    text = article.text
    sentences: list[SentenceInfo] = []
    sentence_words: list[list[str]] = []
    paragraphs: list[ParagraphInfo] = []
    total_syllables = 0
    letters = 0
    characters = 0
    polysyllables = monosyllables = long_words = 0
    for block in article.body:
        p_words = p_syllables = p_sentences = 0
        characters += sum(1 for c in block.text if not c.isspace())
        for s, e in sentence_spans(text, block.start, block.end):
            words = WORD_RE.findall(text, s, e)
            if not words:
                continue
            syl = [count_syllables(w) for w in words]
            n_syl = sum(syl)
            for w, k in zip(words, syl):
                letters += sum(1 for c in w if c.isalnum())
                if k >= 3:
                    polysyllables += 1
                elif k == 1:
                    monosyllables += 1
                if sum(1 for c in w if c.isalpha()) > 6:
                    long_words += 1
            grade = flesch_kincaid_grade(len(words), 1, n_syl) or 0.0
            sentences.append(
                SentenceInfo(
                    start=s,
                    end=e,
                    text=text[s:e],
                    words=len(words),
                    syllables=n_syl,
                    grade=grade,
                    difficulty=classify_sentence(len(words), grade),
                )
            )
            sentence_words.append(words)
            p_words += len(words)
            p_syllables += n_syl
            p_sentences += 1
        total_syllables += p_syllables
        paragraphs.append(
            ParagraphInfo(
                start=block.start,
                end=block.end,
                sentences=p_sentences,
                words=p_words,
                grade=flesch_kincaid_grade(p_words, p_sentences, p_syllables),
                text=block.text,
            )
        )

    n_words = sum(len(w) for w in sentence_words)
    counts = Counts(
        paragraphs=len(paragraphs),
        sentences=len(sentences),
        words=n_words,
        syllables=total_syllables,
        polysyllables=polysyllables,
        monosyllables=monosyllables,
        letters=letters,
        characters=characters,
        long_words=long_words,
    )
    results = scores(counts)
    warnings: list[Warning] = []
    if not article.body:
        warnings.append(Warning(code="no-body", message="No body paragraphs were found."))
    elif n_words < MIN_WORDS:
        warnings.append(
            Warning(
                code="short-text",
                message=f"The body has {n_words} words; most formulas need at least {MIN_WORDS}.",
            )
        )
    top = options.top
    longest = sorted(sentences, key=lambda x: (-x.words, x.start))[:top]
    hard = tuple(x for x in sentences if x.difficulty != "easy")
    hardest = sorted(
        (p for p in paragraphs if p.grade is not None),
        key=lambda p: (-(p.grade or 0.0), p.start),
    )[:top]
    kinds = {k.value: 0 for k in BlockKind}
    for b in article.blocks:
        kinds[b.kind.value] += 1
    return Report(
        newsread_version=__version__,
        source=source,
        title=article.title,
        counts=counts,
        readability=results,
        consensus_grade=consensus_grade(results),
        sentences=SentenceStats(
            words_per_sentence=distribution([x.words for x in sentences]),
            histogram=histogram([x.words for x in sentences]),
            longest=tuple(longest),
            hard=hard,
        ),
        paragraphs=ParagraphStats(
            sentences_per_paragraph=distribution([p.sentences for p in paragraphs]),
            words_per_paragraph=distribution([p.words for p in paragraphs]),
            paragraphs=tuple(paragraphs),
            hardest=tuple(hardest),
        ),
        style=style_signals(sentence_words, [p.words for p in paragraphs], 0),
        reading_time=TimeEstimate(
            minutes=n_words / options.reading_wpm, words_per_minute=options.reading_wpm
        ),
        speaking_time=TimeEstimate(
            minutes=n_words / options.speaking_wpm, words_per_minute=options.speaking_wpm
        ),
        blocks=kinds,
        set_aside=tuple(
            SetAside(
                kind=b.kind,
                start=b.start,
                end=b.end,
                words=len(WORD_RE.findall(b.text)),
                reason=b.reason,
                text=b.text,
            )
            for b in article.set_aside
        ),
        warnings=tuple(warnings),
    )


def analyze(text: str, options: Options | None = None, *, source: str | None = None) -> Report:
    """Segment ``text`` and report on its body."""
    return analyze_article(segment(text), options or Options(), source)
