"""Style signals editors rely on (Hemingway, Yoast). (Placeholder rules.)"""

from __future__ import annotations

from collections.abc import Sequence

from ._models import StyleSignals


def style_signals(
    sentences: Sequence[Sequence[str]], paragraph_words: Sequence[int], quoted_words: int
) -> StyleSignals:
    """Style signals for body sentences (each a list of words) and paragraph word counts."""
    n = len(sentences)
    total_words = sum(len(s) for s in sentences)
    return StyleSignals(
        long_sentence_share=(sum(1 for s in sentences if len(s) > 20) / n) if n else None,
        long_paragraphs=sum(1 for w in paragraph_words if w > 150),
        repeated_openings=0,
        adverbs=0,
        passive_candidates=0,
        quoted_word_share=(quoted_words / total_words) if total_words else None,
    )
