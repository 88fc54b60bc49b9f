"""Sentence boundaries. (Placeholder splitter; the careful one replaces it.)"""

from __future__ import annotations

import re

# A sentence end: terminal punctuation, optional closing quotes, then space. 'war." Then'
BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text[start:end]``, whitespace trimmed.

    >>> sentence_spans("One. Two!")
    [(0, 4), (5, 9)]
    """
    if end is None:
        end = len(text)
    spans = []
    pos = start
    for m in BOUNDARY_RE.finditer(text, start, end):
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each a slice of it.

    >>> split_sentences("It rained. We stayed in.")
    ['It rained.', 'We stayed in.']
    """
    return [text[s:e] for s, e in sentence_spans(text)]
