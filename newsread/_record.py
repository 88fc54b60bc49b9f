"""The flat record: one typed row per article, what CSV, Parquet and DataFrame columns are made of.

A :class:`~newsread.Report` is a tree (sentences, paragraphs, set-aside blocks with their
text). Corpora want one flat, typed row per article instead. :data:`RECORD_FIELDS` is the
published field list (name, type, whether it can be ``None``, meaning), in column order;
docs/record.md is generated from it and a test keeps the two in step. ``Report.to_row()``
fills it in: this module knows the layout and nothing of the report models, so the models
can read it without an import cycle. :data:`RECORD_VERSION`
changes whenever a field is added, removed, renamed or changes meaning.

Values are plain Python ``int``, ``float`` (rounded to :data:`RECORD_DIGITS` decimal places),
``str``, ``bool`` or ``None``. ``None`` means
undefined (a formula on a body with no sentence, a title that was not found); a record never
holds ``""`` for a missing value. Fields carried over from an input record (``--keep-field``)
follow the fixed fields, under their own names, with their values as read.

>>> rec = RECORD_FIELDS[0]
>>> rec.name, rec.type.__name__, rec.nullable
('record_version', 'int', False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._measures import LONG_PARAGRAPH_WORDS, LONG_SENTENCE_WORDS, OPENING_RUN

#: Version of the field list; bumped whenever a field is added, removed or changes meaning.
#: 3: float values rounded to :data:`RECORD_DIGITS` decimal places.
RECORD_VERSION = 3

#: Decimal places of a record's float values: a ten-thousandth of a grade or of a share is
#: far below what any formula can tell apart, and 17-digit floats were half of a record's
#: bytes. The :class:`~newsread.Report` keeps full precision.
RECORD_DIGITS = 4


def round_floats(tree: dict[str, Any] | list[Any]) -> None:
    """Round every float in ``tree`` to :data:`RECORD_DIGITS` decimal places, in place,
    in nested dicts and lists too: the one rounding of the flat record and of compact JSON.

    >>> row = {"grade": 7.123456, "words": 12, "kept": True, "spans": [{"share": 1 / 3}]}
    >>> round_floats(row)
    >>> row
    {'grade': 7.1235, 'words': 12, 'kept': True, 'spans': [{'share': 0.3333}]}
    """
    items: Iterable[tuple[Any, Any]] = tree.items() if type(tree) is dict else enumerate(tree)
    for key, value in items:
        kind = type(value)
        if kind is float:
            tree[key] = round(value, RECORD_DIGITS)
        elif kind is dict or kind is list:
            round_floats(value)


@dataclass(frozen=True)
class RecordField:
    """One column of the flat record."""

    name: str
    type: type
    nullable: bool
    description: str


def formula_names() -> tuple[str, ...]:
    """The formulas whose value and warning flag are record columns, in report order.

    The one place the record reads the formula list from.

    >>> formula_names()[:2]
    ('flesch_reading_ease', 'flesch_kincaid_grade')
    """
    from ._formulas import FORMULAS

    return tuple(f.name for f in FORMULAS)


_HEAD: tuple[RecordField, ...] = (
    RecordField("record_version", int, False, "Version of this field list (`RECORD_VERSION`)."),
    RecordField("newsread_version", str, False, "The newsread version that made the record."),
    RecordField("engine", str, False, "Whose counts and formulas: `newsread` or `textstat`."),
    RecordField(
        "numbers", str, False, "How figures count in syllables: `spoken` or `one` (`--numbers`)."
    ),
    RecordField(
        "file",
        str,
        True,
        "Where the text came from: a path, `-`, or `PATH:N` for record N (line or row) of a "
        "JSONL/CSV/Parquet input; None for a text given in Python.",
    ),
    RecordField("id", str, True, "The input record's identifier (`--id-field`), as text."),
    RecordField("title", str, True, "The article's title, if one was found."),
    RecordField("paragraphs", int, False, "Body paragraphs."),
    RecordField("sentences", int, False, "Body sentences."),
    RecordField("words", int, False, "Body words (docs/methodology.md, Words)."),
    RecordField("syllables", int, False, "Syllables in the body's words."),
    RecordField("polysyllables", int, False, "Words of three or more syllables."),
    RecordField("complex_words", int, False, "Gunning's complex words."),
    RecordField("difficult_words", int, False, "Words not on the Dale–Chall list."),
    RecordField("long_words", int, False, "Words of seven or more letters."),
    RecordField("letters", int, False, "Letters and digits inside words."),
    RecordField("characters", int, False, "Non-whitespace characters of the body."),
)

_TAIL: tuple[RecordField, ...] = (
    RecordField(
        "consensus_grade", float, True, "Median grade of the consensus formulas; None if none."
    ),
    RecordField("mean_sentence_words", float, True, "Mean words per sentence."),
    RecordField("median_sentence_words", float, True, "Median words per sentence."),
    RecordField("p90_sentence_words", float, True, "90th percentile of words per sentence."),
    RecordField("max_sentence_words", int, True, "Words in the longest sentence."),
    RecordField("easy_sentences", int, False, "Sentences classed easy."),
    RecordField("hard_sentences", int, False, "Sentences classed hard."),
    RecordField("very_hard_sentences", int, False, "Sentences classed very hard."),
    RecordField(
        "long_sentence_share", float, True, f"Share of sentences over {LONG_SENTENCE_WORDS} words."
    ),
    RecordField("passive_share", float, True, "Share of sentences with a passive candidate."),
    RecordField("quoted_word_share", float, True, "Share of words inside quotation marks."),
    RecordField("adverbs", int, False, "-ly adverbs outside the stop list."),
    RecordField("passive_candidates", int, False, "Forms of 'be' followed by a participle."),
    RecordField("long_paragraphs", int, False, f"Paragraphs over {LONG_PARAGRAPH_WORDS} words."),
    RecordField(
        "repeated_openings", int, False, f"Runs of {OPENING_RUN}+ sentences opening alike."
    ),
    RecordField("reading_minutes", float, False, "Silent reading time at the reading rate."),
    RecordField("speaking_minutes", float, False, "Speaking time at the speaking rate."),
    RecordField("set_aside_blocks", int, False, "Blocks left out of the measurement."),
    RecordField("set_aside_words", int, False, "Words in the blocks left out."),
    RecordField("warning_count", int, False, "How many warnings the report carries."),
    RecordField(
        "warnings",
        str,
        True,
        "The report's warning codes joined by `; `; None when there are none.",
    ),
)


def _formula_fields() -> tuple[RecordField, ...]:
    out: list[RecordField] = []
    for name in formula_names():
        out.append(RecordField(name, float, True, f"`{name}` value; None where undefined."))
        out.append(
            RecordField(
                f"{name}_warning",
                bool,
                False,
                f"True when `{name}` is undefined or below validity (the report says why).",
            )
        )
    return tuple(out)


#: Every fixed field of the record, in column order (kept input fields follow them).
RECORD_FIELDS: tuple[RecordField, ...] = _HEAD + _formula_fields() + _TAIL

#: The fixed field names, in column order.
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in RECORD_FIELDS)


#: Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` ready for a CSV file: a text cell that a spreadsheet would run as a formula
    gets a leading apostrophe (OWASP's advice); numbers stay numbers. JSON output and
    records keep the raw value; only CSV cells are changed.

    >>> csv_safe({"title": "=HYPERLINK(1)", "words": -1, "file": "a.txt"})
    {'title': "'=HYPERLINK(1)", 'words': -1, 'file': 'a.txt'}
    """
    return {
        k: ("'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v)
        for k, v in row.items()
    }


def fields_markdown() -> str:
    """The field list as a Markdown table (docs/record.md holds this table)."""
    lines = ["| field | type | None? | meaning |", "|---|---|---|---|"]
    for f in RECORD_FIELDS:
        lines.append(
            f"| `{f.name}` | {f.type.__name__} | {'yes' if f.nullable else 'no'} | {f.description} |"
        )
    return "\n".join(lines)
