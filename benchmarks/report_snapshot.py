#!/usr/bin/env python3
"""A fingerprint of everything newsread computes, to prove a refactor changes no number.

For every text file of the given folders it writes the sentence spans of the whole text
(``newsread.sentence_spans``, the splitter run on raw text, headings and debris included)
and the full JSON report (``newsread.analyze``: segmentation, sentences, words, syllables,
formulas, statistics, style findings, warnings). Two runs are byte-identical exactly when
newsread behaved the same on those texts. The SHA-256 of the whole listing is printed at
the end; ``--out FILE`` keeps the listing (two lines per file) for ``diff``.

``benchmarks/segmentation_snapshot.py`` does the same for segmentation alone (faster, and
its listing names blocks, which is easier to read when segmentation changed).

Usage (from the repository root)::

    python benchmarks/report_snapshot.py ../shared/corpus/segmentation-dev \\
        ../shared/corpus/news ../shared/corpus/raw-web --out /tmp/before.tsv
    # ... change the code ...
    python benchmarks/report_snapshot.py ... --out /tmp/after.tsv
    diff /tmp/before.tsv /tmp/after.tsv && echo identical
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import segmentation_snapshot

import newsread


def listing(folders: list[str]) -> Iterator[str]:
    """Two tab-separated lines per file: its sentence spans, then its JSON report."""
    for name, text in segmentation_snapshot.texts(folders):
        spans = ",".join(f"{a}-{b}" for a, b in newsread.sentence_spans(text))
        yield f"{name}\tsentences\t{spans}\n"
        yield f"{name}\treport\t{newsread.analyze(text).model_dump_json()}\n"


if __name__ == "__main__":
    sys.exit(
        segmentation_snapshot.main(make=listing, unit="lines (sentences, report)", doc=__doc__)
    )
