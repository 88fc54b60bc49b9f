"""Segmentation: splitting article text into blocks and labelling each one.

The algorithm (written up in docs/segmentation.md), and where each step lives:

1. **Lines** (``lines``). Every non-blank line is one block.
2. **Cues per line** (``cues``: an ordered table of named rules, drawn from ``debris``,
   ``captions`` and ``bylines``; the shape of the rest). Each line gets a cue and a
   reason code (``reasons``).
3. **The story's span** (``story``). Debris lines are set aside (they are transparent to
   everything that follows, so adding one never changes the body). Each remaining line
   scores for or against being inside the story; the contiguous run with the highest
   total (maximum-sum subarray, linear time) is the story.
4. **Context.** Inside the story (``story``): body-like lines are paragraphs, a lone short
   line before a paragraph is a subhead, runs of short lines are link lists; a line next
   to a photo credit is a caption (``captions``). Above it (``titles``): bylines and date
   lines, the title and its decks. Below it (``story``): reporting credits and author
   notes are bylines; everything else outside the story is boilerplate.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .._models import Article, Block, BlockKind
from .._punctuation import ends_like_sentence
from .captions import captions_by_credit, captions_in_story, repeated_captions
from .cues import describe
from .lines import Cue, Line, line_spans, tokenize, unwrap
from .reasons import Code, Reason
from .story import (
    FOOTER_REACH,
    agree_with_story,
    is_clean,
    label_footer,
    label_no_story,
    label_story,
    mark_excerpts,
    mark_lists,
    mark_sign_offs,
    mark_split_lines,
    story_span,
    trim_promos,
)
from .titles import HEADER_REACH, label_header

__all__ = ["classify", "segment"]


def classify(lines: list[Line]) -> list[tuple[BlockKind, Reason]]:
    """The kind and reason of every line, in order."""
    for line in lines:
        describe(line)
    mark_lists(lines)
    mark_split_lines(lines)
    mark_sign_offs(lines)
    clean = is_clean(lines)
    if not clean:
        mark_excerpts(lines)
    view = [line for line in lines if line.cue is not Cue.BOILER]
    out: dict[int, tuple[BlockKind, Reason]] = {}
    span = story_span(lines, view, clean)
    if span is None:
        label_no_story(view, out)
        lo, hi = len(lines), -1
    else:
        a, b = span if clean else trim_promos(view, *span, out)
        label_story(view, a, b, out, clean)
        captions_in_story(view, a, b, out)
        label_header(view, a, b, out)
        label_footer(view, b, out)
        end = span[1]  # captions are looked for below the story's promotions too
        captions_by_credit(
            view, max(0, a - HEADER_REACH), min(len(view), end + FOOTER_REACH + 1), out
        )
        repeated_captions(view, out)
        agree_with_story(lines, out)
        lo, hi = view[a].index, view[b].index
    result = []
    for line in lines:
        got = out.get(line.index)
        own = line.reason
        assert own is not None
        if got is not None:
            result.append(got)
        elif line.cue is Cue.BOILER:
            result.append((BlockKind.BOILERPLATE, own))
        elif line.index < lo:
            result.append((BlockKind.BOILERPLATE, Reason(Code.BEFORE_STORY, inner=own)))
        elif line.index > hi:
            result.append((BlockKind.BOILERPLATE, Reason(Code.AFTER_STORY, inner=own)))
        else:
            result.append((BlockKind.BOILERPLATE, own))
    return result


#: How to segment: ``"auto"`` finds the story; ``"none"`` is for text known to be clean.
Mode = Literal["auto", "none"]

SEGMENTATION_OFF = Reason(Code.SEGMENTATION_OFF)
LEADING_TITLE = Reason(Code.LEADING_TITLE)


def unsegmented(lines: list[Line]) -> list[tuple[BlockKind, Reason]]:
    """Text known to be clean: every line is body, except a first line shaped like a
    headline (words, no sentence end, at most ``TITLE_WORDS`` words) when more lines
    follow."""
    result = [(BlockKind.PARAGRAPH, SEGMENTATION_OFF)] * len(lines)
    if len(lines) > 1:
        first = lines[0].text
        if 0 < len(tokenize(first)) <= TITLE_WORDS and not ends_like_sentence(first):
            result[0] = (BlockKind.TITLE, LEADING_TITLE)
    return result


TITLE_WORDS = 30  # longest first line taken as the title when segmentation is off


def segment(text: str, mode: Mode = "auto") -> Article:
    """Split ``text`` into labelled blocks, one per non-blank line (one per paragraph of a
    hard-wrapped text: :func:`~newsread._segment.lines.unwrap`).

    With ``mode="none"`` (text known to be clean) nothing is set aside except a leading
    title line.

    >>> art = segment("A title\\n\\nThe first paragraph has more than ten words in it, honestly.")
    >>> [b.kind.value for b in art.blocks]
    ['title', 'paragraph']
    >>> [b.kind.value for b in segment("Harbor road closed\\nShare this story", mode="none").blocks]
    ['title', 'paragraph']
    """
    lines = [
        Line(start, end, text[start:end], i)
        for i, (start, end) in enumerate(unwrap(text, line_spans(text)))
    ]
    decided = unsegmented(lines) if mode == "none" else classify(lines)
    blocks = tuple(
        _trusted(
            Block,
            {
                "kind": kind,
                "start": line.start,
                "end": line.end,
                "text": line.text,
                "reason": reason.text,
                "code": reason.code,
            },
        )
        for line, (kind, reason) in zip(lines, decided, strict=True)
    )
    return _trusted(Article, {"text": text, "blocks": blocks})


_Model = TypeVar("_Model", bound=BaseModel)


def _trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """A model from values that need no validation (every field given, all of the right
    type): what ``cls.model_construct(**values)`` makes, without its per-call search for
    aliases and defaults (a few microseconds per block, once per line of every article).
    ``tests/test_segmentation.py`` checks the result equals validated models.

    >>> from newsread import ReasonCode
    >>> values = {"kind": BlockKind.PARAGRAPH, "start": 0, "end": 2, "text": "Hi", "reason": "r",
    ...           "code": ReasonCode.BODY_TEXT}
    >>> _trusted(Block, values) == Block(**values)
    True
    """
    model = cls.__new__(cls)
    set_attr = object.__setattr__
    set_attr(model, "__dict__", values)
    set_attr(model, "__pydantic_fields_set__", set(values))
    set_attr(model, "__pydantic_extra__", None)
    set_attr(model, "__pydantic_private__", None)
    return model
