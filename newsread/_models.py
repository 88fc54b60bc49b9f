"""Immutable result types: blocks, articles, the report and its parts.

Every span carries character offsets into the original input (``start`` inclusive,
``end`` exclusive), so any number in a report can be traced back to the text.
Models hold data only; they know nothing of terminals or files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from pydantic import Field

# Counts and FormulaScore are the measures' types (defined below the formula registry,
# which computes them); re-exported here, where the report holds them.
from ._difficulty import EASY, HARD, VERY_HARD
from ._measures import LONG_PARAGRAPH_WORDS, LONG_SENTENCE_WORDS, OPENING_RUN, RecordScore
from ._measures import Counts as Counts
from ._measures import FormulaScore as FormulaScore
from ._measures import FrozenModel as _Frozen

#: Version of the JSON report's layout: 2 since formula metadata moved to the registry
#: (``newsread.formulas()``); 1 was the layout before, which had no version field.
REPORT_SCHEMA_VERSION = 2


class BlockKind(str, Enum):
    """What a block of an article is.

    >>> BlockKind("caption") is BlockKind.CAPTION
    True
    """

    TITLE = "title"
    BYLINE = "byline"
    SUBHEAD = "subhead"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


class ReasonCode(str, Enum):
    """Which cue decided a block's kind: a stable identifier, for programs (``Block.reason``
    says the same in words, for people). docs/segmentation.md describes every code.

    >>> ReasonCode("debris_phrase") is ReasonCode.DEBRIS_PHRASE
    True
    """

    # What a line looks like on its own: debris.
    NO_WORDS = "no_words"
    DEBRIS_PHRASE = "debris_phrase"
    COPYRIGHT_NOTICE = "copyright_notice"
    MENU_WORDS = "menu_words"
    GALLERY_COUNTER = "gallery_counter"
    WEB_ADDRESS = "web_address"
    MENU_MARKS = "menu_marks"
    MENU_SEPARATORS = "menu_separators"
    ADDRESSES_READER = "addresses_reader"
    IMPERATIVE = "imperative"
    HOUSE_AD = "house_ad"
    REQUEST = "request"
    LABELLED_LIST = "labelled_list"
    # ... photo credits and captions.
    COPYRIGHT_CREDIT = "copyright_credit"
    PHOTO_CREDIT = "photo_credit"
    CAPTION_LABEL = "caption_label"
    AGENCY_NAME = "agency_name"
    AGENCY_AT_END = "agency_at_end"
    CREDIT_AT_END = "credit_at_end"
    PICTURE_WORDS = "picture_words"
    PICTURE_DESCRIPTION = "picture_description"
    CAPTION_LINE_LABEL = "caption_line_label"
    # ... bylines and dates.
    BY = "by"
    AUTHOR_PAGE = "author_page"
    AUTHOR_AND_PUBLICATION = "author_and_publication"
    DATE_LINE = "date_line"
    BYLINE_CUE = "byline_cue"
    REPORTING_CREDIT = "reporting_credit"
    AUTHOR_CONTACT = "author_contact"
    # ... and, when no special cue applies, its shape.
    TRAILING_OFF = "trailing_off"
    NO_LOWER_CASE = "no_lower_case"
    BODY_TEXT = "body_text"
    SHORT_SENTENCE = "short_sentence"
    SHORT_QUESTION = "short_question"
    LONG_NO_END = "long_no_end"
    SHORT_LINE = "short_line"
    LEAD_IN = "lead_in"
    # Decisions by context: inside the story.
    LINK_LIST = "link_list"
    EXCERPT_RUN = "excerpt_run"
    SHORT_HEADING = "short_heading"
    AGENCY_CREDIT = "agency_credit"
    AGENCY_AFTER_STORY = "agency_after_story"
    NEXT_TO_CREDIT = "next_to_credit"
    REPEATS_CAPTION = "repeats_caption"
    LIST_ITEM = "list_item"
    LIST_HEADING = "list_heading"
    SPLIT_LINE = "split_line"
    PROSE_MENTION = "prose_mention"
    ONLY_PROSE = "only_prose"
    SIGNED_OFF = "signed_off"
    CLEAN_TEXT_LINE = "clean_text_line"
    OFF_TOPIC_HEADING = "off_topic_heading"
    PROMO_AT_EDGE = "promo_at_edge"
    # ... above the story.
    HEADLINE = "headline"
    DECK = "deck"
    STANDFIRST = "standfirst"
    OPENING_PARAGRAPH = "opening_paragraph"
    AGENCY_BYLINE = "agency_byline"
    AUTHOR_NEXT_TO_BYLINE = "author_next_to_byline"
    AUTHOR_ABOVE_STORY = "author_above_story"
    AUTHOR_SIGN_OFF = "author_sign_off"
    FIRST_HEADLINE = "first_headline"
    # ... outside it.
    BEFORE_STORY = "before_story"
    AFTER_STORY = "after_story"
    # Segmentation switched off (text known to be clean).
    SEGMENTATION_OFF = "segmentation_off"
    LEADING_TITLE = "leading_title"

    def __str__(self) -> str:
        return self.value


class Block(_Frozen):
    """A run of text with one kind, and the cue that decided the kind."""

    kind: BlockKind
    start: int = Field(ge=0, description="Offset of the first character in the input.")
    end: int = Field(ge=0, description="Offset just past the last character (exclusive).")
    text: str = Field(description="Exactly input[start:end].")
    reason: str = Field(description="The cue that decided the kind, in a few words.")
    code: ReasonCode = Field(description="The cue that decided the kind, as a stable code.")


class Article(_Frozen):
    """An article split into labelled blocks.

    ``blocks`` are in order, do not overlap, and together cover every non-whitespace
    character of ``text``.
    """

    text: str
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str | None:
        """The text of the first title block, if any."""
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return block.text
        return None

    @property
    def body(self) -> tuple[Block, ...]:
        """The paragraph blocks: the story the report measures."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    @property
    def set_aside(self) -> tuple[Block, ...]:
        """Every block that is not body text."""
        return tuple(b for b in self.blocks if b.kind is not BlockKind.PARAGRAPH)


class Warning(_Frozen):  # shadows the builtin on purpose: it is a report field
    """Something the reader of a report should know."""

    code: str
    message: str


class SentenceInfo(_Frozen):
    """One body sentence."""

    start: int
    end: int
    text: str
    words: int
    syllables: int
    grade: float = Field(
        description="Flesch-Kincaid grade of this sentence alone, clamped to 0-20."
    )
    difficulty: str = Field(description="easy, hard or very hard (see docs/methodology.md).")
    paragraph: int = Field(0, description="Index of the body paragraph holding the sentence.")
    raw_grade: float = Field(
        0.0, description="The sentence's Flesch-Kincaid value before clamping (for ranking)."
    )
    why: tuple[str, ...] = Field(
        (),
        description="Why a hard sentence is flagged: 'length', 'grade', and 'figures' when "
        "figures supply most of its syllables (docs/methodology.md, 'Hard sentences').",
    )
    figure_syllables: int = Field(
        0, description="Syllables of the sentence's figures (words holding a digit)."
    )
    line: int = Field(1, description="The 1-based line of the input the sentence starts on.")


class Span(_Frozen):
    """A piece of the input: ``text == input[start:end]``."""

    start: int
    end: int
    text: str


class Passive(_Frozen):
    """A possible passive: a form of "be" and the past participle that follows it."""

    be: Span
    participle: Span
    sentence: int = Field(description="Index of the sentence in text order (0 is the first).")


class Findings(_Frozen):
    """What an editor can act on, each with its place in the text."""

    passives: tuple[Passive, ...] = Field(
        (), description="Every possible passive, in text order (style.passive_candidates)."
    )
    adverbs: tuple[Span, ...] = Field(
        (), description="Every -ly adverb counted in style.adverbs, in text order."
    )
    difficult_words: dict[str, int] = Field(
        {},
        description="Each distinct word (lower-cased) Dale-Chall counts as difficult, and how "
        "often, most frequent first; the counts sum to counts.difficult_words.",
    )
    complex_words: dict[str, int] = Field(
        {},
        description="Each distinct word (lower-cased) Gunning counts as complex, and how often, "
        "most frequent first; the counts sum to counts.complex_words.",
    )


class ParagraphInfo(_Frozen):
    """One body paragraph."""

    start: int
    end: int
    sentences: int
    words: int
    grade: float | None = Field(
        description="Flesch-Kincaid grade of this paragraph alone, clamped to 0-20."
    )
    text: str = Field(description="The paragraph's text, exactly input[start:end].")
    syllables: int = Field(0, description="Syllables in the paragraph's words.")
    raw_grade: float | None = Field(
        None, description="The paragraph's Flesch-Kincaid value before clamping (for ranking)."
    )
    line: int = Field(1, description="The 1-based line of the input the paragraph starts on.")


class HistogramBin(_Frozen):
    """Sentences whose word count is in [low, high]."""

    low: int
    high: int | None = Field(description="Upper bound, or None for the open last bin.")
    count: int


class Distribution(_Frozen):
    """Summary statistics of a list of numbers."""

    mean: float | None
    median: float | None
    p90: float | None
    max: int | None
    stdev: float | None


class SentenceStats(_Frozen):
    words_per_sentence: Distribution
    histogram: tuple[HistogramBin, ...]
    longest: tuple[SentenceInfo, ...]
    hard: tuple[SentenceInfo, ...] = Field(description="Sentences classed hard or very hard.")
    difficulty_counts: dict[str, int] = Field(
        {},
        description="How many sentences are easy, hard and very hard (Hemingway-style summary).",
    )


class ParagraphStats(_Frozen):
    sentences_per_paragraph: Distribution
    words_per_paragraph: Distribution
    paragraphs: tuple[ParagraphInfo, ...]
    hardest: tuple[ParagraphInfo, ...]


class OpeningRun(_Frozen):
    """Consecutive sentences that open with the same word."""

    word: str = Field(description="The shared first word, lower-cased.")
    start: int = Field(description="Offset of the first sentence of the run.")
    sentences: int = Field(description="How many sentences in a row open with it.")


class StyleSignals(_Frozen):
    """Signals editors use, each with the rule documented in docs/methodology.md."""

    long_sentence_share: float | None = Field(
        description=f"Share of sentences over {LONG_SENTENCE_WORDS} words."
    )
    long_paragraphs: int = Field(description=f"Paragraphs over {LONG_PARAGRAPH_WORDS} words.")
    repeated_openings: int = Field(
        description=f"Runs of {OPENING_RUN}+ consecutive sentences with the same first word."
    )
    adverbs: int = Field(description="-ly words outside a stop list.")
    passive_candidates: int = Field(
        description="Possible passives: a form of 'be' and a past participle, adjectival uses "
        "left out (findings.passives lists them)."
    )
    quoted_word_share: float | None = Field(description="Share of words inside quotation marks.")
    long_sentences: int = Field(0, description=f"Sentences over {LONG_SENTENCE_WORDS} words.")
    passive_sentences: int = Field(0, description="Sentences with at least one passive candidate.")
    passive_share: float | None = Field(
        None, description="Share of sentences with a passive candidate (Yoast: at most 10%)."
    )
    quoted_words: int = Field(0, description="Words inside quotation marks (direct speech).")
    opening_runs: tuple[OpeningRun, ...] = Field(
        (), description="Each run of 3+ consecutive sentences opening with the same word."
    )


class TimeEstimate(_Frozen):
    minutes: float
    words_per_minute: float


class SetAside(_Frozen):
    """A block left out of the measurement, and why."""

    kind: BlockKind
    start: int
    end: int
    words: int
    reason: str
    code: ReasonCode
    text: str


class Report(_Frozen):
    """A reading-level report on an article's body.

    ``Report.model_json_schema()`` is the published schema (docs/report.schema.json);
    ``schema_version`` changes whenever a field is added, removed or changes meaning
    (CHANGELOG.md records each change).
    """

    schema_version: int = Field(
        description="Version of this report's layout (REPORT_SCHEMA_VERSION; see CHANGELOG.md)."
    )
    newsread_version: str
    source: str | None = Field(
        None,
        description="File the text came from, if any; PATH:N for record N of a JSONL/CSV/Parquet input.",
    )
    id: str | None = Field(None, description="The input record's identifier (--id-field), if any.")
    fields: dict[str, Any] = Field(
        {},
        description="Fields carried over from the input record (--keep-field), as read.",
    )
    engine: str = Field("newsread", description="Whose counts and formulas: newsread or textstat.")
    numbers: str = Field(
        "spoken",
        description="How figures count in syllables: 'spoken' (as said aloud) or 'one' each.",
    )
    title: str | None
    counts: Counts
    readability: tuple[FormulaScore, ...]
    consensus_grade: float | None
    consensus_level: str = Field(
        "undefined",
        description="The consensus grade's school level in words (docs/report.md, 'Grades in words').",
    )
    sentences: SentenceStats
    paragraphs: ParagraphStats
    style: StyleSignals
    reading_time: TimeEstimate
    speaking_time: TimeEstimate
    blocks: dict[str, int] = Field(description="How many blocks of each kind were found.")
    engine_counts: Counts | None = Field(
        None, description="With engine 'textstat': textstat's own counts behind its formulas."
    )
    set_aside: tuple[SetAside, ...]
    warnings: tuple[Warning, ...]
    findings: Findings = Field(
        Findings(),
        description="Possible passives and adverbs with their offsets, difficult and complex words.",
    )

    def __repr__(self) -> str:
        """A short summary: the whole report is ``model_dump_json()``.

        >>> import newsread
        >>> newsread.analyze("Storm hits coast\\n\\nThe storm reached the coast at dawn.")
        Report(title='Storm hits coast', source=None, consensus_grade=2.8, words=7)
        """
        title = self.title if self.title is None or len(self.title) <= 60 else self.title[:59] + "…"
        grade = None if self.consensus_grade is None else round(self.consensus_grade, 1)
        return (
            f"Report(title={title!r}, source={self.source!r}, consensus_grade={grade}, "
            f"words={self.counts.words})"
        )

    __str__ = __repr__

    def _repr_html_(self) -> str:
        """What a Jupyter notebook shows: a compact summary card (``newsread.render_html``
        gives the whole report as a page)."""
        from ._html import card  # the one place a model reaches up to a renderer

        return card(self)

    def __rich__(self) -> Any:
        """What rich (and IPython with rich) shows: the report's header and formula table."""
        from ._render import summary

        return summary(self)

    def score(self, name: str) -> FormulaScore:
        """The score of the formula called ``name`` (e.g. ``"flesch_kincaid_grade"``).

        Raises:
            KeyError: no formula has that name.
        """
        for s in self.readability:
            if s.name == name:
                return s
        raise KeyError(name)

    def to_row(self) -> dict[str, Any]:
        """The flat, typed record of this report (docs/record.md lists every field):
        ``newsread._record.RECORD_FIELDS`` in order, then the kept input fields.

        Values are ``int``, ``float``, ``str``, ``bool`` or ``None`` (undefined; never ``""``).
        CSV rows, Parquet rows and DataFrame columns are made of it.

        >>> from newsread import analyze
        >>> row = analyze("Rain fell. The river rose over the old bridge.").to_row()
        >>> row["sentences"], row["words"], row["title"], round(row["smog"], 2), row["smog_warning"]
        (2, 9, None, 3.13, True)
        """
        return make_record(
            newsread_version=self.newsread_version,
            engine=self.engine,
            numbers=self.numbers,
            source=self.source,
            id=self.id,
            title=self.title,
            counts=self.counts,
            readability=tuple(map(RecordScore.of, self.readability)),
            consensus_grade=self.consensus_grade,
            words_per_sentence=self.sentences.words_per_sentence,
            difficulty=self.sentences.difficulty_counts,
            style=self.style,
            reading_minutes=self.reading_time.minutes,
            speaking_minutes=self.speaking_time.minutes,
            set_aside_words=[b.words for b in self.set_aside],
            warning_codes=[w.code for w in self.warnings],
            fields=self.fields,
        )


def make_record(
    *,
    newsread_version: str,
    engine: str,
    numbers: str,
    source: str | None,
    id: str | None,
    title: str | None,
    counts: Counts,
    readability: Sequence[RecordScore],
    consensus_grade: float | None,
    words_per_sentence: Distribution,
    difficulty: Mapping[str, int],
    style: StyleSignals,
    reading_minutes: float,
    speaking_minutes: float,
    set_aside_words: Sequence[int],
    warning_codes: Sequence[str],
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The flat record from the parts of a report: what :meth:`Report.to_row` reads from a
    report, and what the record path (``analyze_many(..., output="record")``,
    ``newsread._analysis.article_record``) hands over without building one. The one place
    a record is made: ``newsread._record.RECORD_FIELDS`` in order, then the kept input fields.
    Floats are rounded to ``RECORD_DIGITS`` decimal places; kept fields stay as read.
    """
    # The field list sits below the models (it reads only the formula registry's
    # names); imported here, not at the top, so that importing the models stays cheap.
    from ._record import RECORD_VERSION, formula_names, round_floats

    row: dict[str, Any] = {
        "record_version": RECORD_VERSION,
        "newsread_version": newsread_version,
        "engine": engine,
        "numbers": numbers,
        "file": source,
        "id": id,
        "title": title,
        "paragraphs": counts.paragraphs,
        "sentences": counts.sentences,
        "words": counts.words,
        "syllables": counts.syllables,
        "polysyllables": counts.polysyllables,
        "complex_words": counts.complex_words,
        "difficult_words": counts.difficult_words,
        "long_words": counts.long_words,
        "letters": counts.letters,
        "characters": counts.characters,
    }
    by_name = {s.name: s for s in readability}
    for name in formula_names():
        s = by_name.get(name)
        row[name] = None if s is None else s.value
        row[f"{name}_warning"] = True if s is None else s.warned
    wps = words_per_sentence
    row.update(
        consensus_grade=consensus_grade,
        mean_sentence_words=wps.mean,
        median_sentence_words=wps.median,
        p90_sentence_words=wps.p90,
        max_sentence_words=wps.max,
        easy_sentences=difficulty.get(EASY, 0),
        hard_sentences=difficulty.get(HARD, 0),
        very_hard_sentences=difficulty.get(VERY_HARD, 0),
        long_sentence_share=style.long_sentence_share,
        passive_share=style.passive_share,
        quoted_word_share=style.quoted_word_share,
        adverbs=style.adverbs,
        passive_candidates=style.passive_candidates,
        long_paragraphs=style.long_paragraphs,
        repeated_openings=style.repeated_openings,
        reading_minutes=reading_minutes,
        speaking_minutes=speaking_minutes,
        set_aside_blocks=len(set_aside_words),
        set_aside_words=sum(set_aside_words),
        warning_count=len(warning_codes),
        warnings="; ".join(warning_codes) or None,
    )
    round_floats(row)
    for key, value in fields.items():
        row[key] = value
    return row
