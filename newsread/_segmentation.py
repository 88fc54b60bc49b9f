"""Splitting article text into blocks and labelling each. (Placeholder rules.)"""

from __future__ import annotations

import re

from ._models import Article, Block, BlockKind

# A line with at least one non-space character. "  Load more…  "
LINE_RE = re.compile(r"[^\n]*\S[^\n]*")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in LINE_RE.finditer(text):
        s, e = m.span()
        while text[s].isspace():
            s += 1
        while text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


def segment(text: str) -> Article:
    """Split ``text`` into labelled blocks.

    >>> art = segment("A title\\n\\nThe first paragraph has more than ten words in it, honestly.")
    >>> [b.kind.value for b in art.blocks]
    ['title', 'paragraph']
    """
    blocks = []
    seen_title = False
    for s, e in _line_spans(text):
        line = text[s:e]
        n = len(line.split())
        if not seen_title and n <= 20 and not line.endswith("."):
            kind, reason = BlockKind.TITLE, "first short line"
            seen_title = True
        elif n >= 10 and line[-1] in ".?!\"”'’":
            kind, reason = BlockKind.PARAGRAPH, "long sentence-like line"
        else:
            kind, reason = BlockKind.BOILERPLATE, "short line"
        blocks.append(Block(kind=kind, start=s, end=e, text=line, reason=reason))
    return Article(text=text, blocks=tuple(blocks))
