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
    """Five tab-separated lines per file: its sentence spans, its JSON report, its JSON
    report with figures as one syllable, its record, and the record path's verdict."""
    items = list(segmentation_snapshot.texts(folders))
    records = newsread.analyze_many([text for _, text in items], output="record")
    for (name, text), record in zip(items, records, strict=True):
        spans = ",".join(f"{a}-{b}" for a, b in newsread.sentence_spans(text))
        yield f"{name}\tsentences\t{spans}\n"
        report = newsread.analyze(text)
        yield f"{name}\treport\t{report.model_dump_json()}\n"
        yield f"{name}\treport-one\t{newsread.analyze(text, numbers='one').model_dump_json()}\n"
        row = repr(report.to_row())
        yield f"{name}\trecord\t{row}\n"
        yield f"{name}\trecord-path\t{'same' if repr(record) == row else repr(record)}\n"


if __name__ == "__main__":
    sys.exit(
        segmentation_snapshot.main(
            make=listing,
            unit="lines (sentences, report, report-one, record, record-path)",
            doc=__doc__,
        )
    )
