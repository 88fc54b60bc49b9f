"""Hard-wrapped text against the same text unwrapped: does newsread count them alike?

Each article of a clean corpus (``news/``: a title line, then paragraphs apart by blank
lines) is wrapped with :func:`textwrap.fill` at several widths, its paragraphs apart by a
blank line or by a single line break, and analysed beside the unwrapped text. Printed per
width and separator: how many articles get the same counts (words, sentences, paragraphs
and the rest of ``Report.counts``), the share of body words kept, and how far the
Flesch-Kincaid grade moves.

    python benchmarks/eval_wrapped.py ../shared/corpus/news [--every 3] [--limit 600]
"""

from __future__ import annotations

import argparse
import statistics
import textwrap
from pathlib import Path

import newsread


def fk(report: newsread.Report) -> float | None:
    return next(f.value for f in report.readability if f.name == "flesch_kincaid_grade")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=600, help="articles read (first N)")
    parser.add_argument("--every", type=int, default=3, help="keep every Nth of them")
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.glob("*.txt") if p.name != "README.txt")
    files = files[: args.limit : args.every]
    for width in (60, 72, 80):
        for sep, name in (("\n\n", "blank line"), ("\n", "line break")):
            same, kept, moved = 0, [], []
            for path in files:
                paragraphs = [p.replace("\n", " ") for p in path.read_text().split("\n\n")]
                paragraphs = [p for p in paragraphs if p.strip()]
                flat = sep.join(paragraphs)
                wrapped = sep.join(
                    textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs
                )
                one, other = newsread.analyze(flat), newsread.analyze(wrapped)
                same += one.counts == other.counts
                kept.append(other.counts.words / max(1, one.counts.words))
                a, b = fk(one), fk(other)
                if a is not None and b is not None:
                    moved.append(abs(a - b))
            print(
                f"| {width} | {name} | {same}/{len(files)} | {statistics.mean(kept):.3f} "
                f"| {statistics.median(moved):.2f} | {max(moved):.2f} "
                f"| {sum(m <= 0.5 for m in moved)}/{len(moved)} |"
            )


if __name__ == "__main__":
    main()
