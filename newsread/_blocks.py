"""Splitting text into lines: the unit that segmentation labels.

A line is a maximal run of characters without a line break (``\\n``, ``\\r\\n`` or a lone
``\\r``), with surrounding whitespace trimmed; lines holding only whitespace are skipped.
Offsets always point into the original text, so nothing is normalised or copied.
"""

from __future__ import annotations

import re

# A run of characters without a line break. "  Load more…  "
LINE_RE = re.compile(r"[^\n\r]+")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``, whitespace trimmed.

    Handles ``\\n``, ``\\r\\n`` and ``\\r`` line ends; runs in linear time.

    >>> line_spans("Title\\r\\n\\r\\n  Body text.  \\rNext")
    [(0, 5), (11, 21), (24, 28)]
    """
    spans = []
    for m in LINE_RE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            s = m.start() + len(line) - len(line.lstrip())
            spans.append((s, s + len(stripped)))
    return spans
