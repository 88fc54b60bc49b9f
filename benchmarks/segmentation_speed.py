#!/usr/bin/env python3
"""Segmentation time per article: CPU time of ``newsread.segment`` over folders of texts.

Each folder's texts are segmented ``--repeat`` times after one warm-up pass (tables loaded,
patterns compiled); the best pass is reported, in microseconds per article, as CPU time
(``time.process_time``), which other processes on the machine disturb less than wall time.
To compare two versions of the code, run this script once per checkout, alternately, more
than once, and compare the ranges.

Usage (from the repository root)::

    python benchmarks/segmentation_speed.py ../shared/corpus/segmentation-dev ../shared/corpus/news
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import newsread


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    for folder in args.folders:
        texts = [
            p.read_text(encoding="utf-8")
            for p in sorted(Path(folder).glob("*.txt"))
            if not p.name.upper().startswith("README")
        ]
        for text in texts:
            newsread.segment(text)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.process_time()
            for text in texts:
                newsread.segment(text)
            best = min(best, time.process_time() - start)
        print(f"{folder}: {len(texts)} articles, {best / len(texts) * 1e6:.0f} µs per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
