"""Where the time of one analysis goes, for articles of about 400 words.

Usage (from the repository root):

    python benchmarks/readability_speed.py [--corpus ../shared/corpus/news] [--low 350] [--high 450]

Each stage is timed on the same articles (CPU time, best of several rounds, so other
processes on the machine disturb it less): segmentation, sentence splitting plus word
matching, the counting pass (``_analysis.measure``, which includes those two), every
formula from the counts, and the whole ``analyze``. The first pass over the corpus is timed
too (the per-word feature cache starts empty), since a corpus run mostly meets new words.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from newsread._analysis import analyze, measure, word_table
from newsread._formulas import scores
from newsread._options import Options
from newsread._segment import segment
from newsread._sentences import sentence_spans
from newsread._words import WORD_RE

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news"


def best(f: Callable[[], object], n: int, rounds: int = 5) -> float:
    """Best CPU time of ``rounds`` runs of ``f``, in microseconds per article."""
    out = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        f()
        out = min(out, time.process_time() - t0)
    return out / n * 1e6


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--low", type=int, default=350, help="fewest words of an article (default 350)")
    p.add_argument("--high", type=int, default=450, help="most words of an article (default 450)")
    args = p.parse_args()
    texts = [f.read_text(encoding="utf-8") for f in sorted(args.corpus.glob("*.txt"))]
    texts = [t for t in texts if args.low <= len(t.split()) <= args.high]
    n = len(texts)
    options = Options()
    analyze(texts[0], options)  # load word lists and tables
    word_table(options.numbers).clear()
    t0 = time.process_time()
    for t in texts:
        analyze(t, options)
    first = (time.process_time() - t0) / n * 1e6
    articles = [segment(t) for t in texts]
    spans = [[(b.start, b.end) for b in a.body] for a in articles]
    counts = [measure(a.text, s).counts for a, s in zip(articles, spans, strict=True)]
    rows = [
        ("segment", best(lambda: [segment(t) for t in texts], n)),
        (
            "sentences + words",
            best(
                lambda: [
                    WORD_RE.findall(a.text, x, y)
                    for a, s in zip(articles, spans, strict=True)
                    for b, e in s
                    for x, y in sentence_spans(a.text, b, e)
                ],
                n,
            ),
        ),
        (
            "counting pass (measure)",
            best(lambda: [measure(a.text, s) for a, s in zip(articles, spans, strict=True)], n),
        ),
        ("11 formulas from counts", best(lambda: [scores(c) for c in counts], n)),
        ("whole analyze", best(lambda: [analyze(t, options) for t in texts], n)),
    ]
    print(f"{n} articles of {args.low}-{args.high} words (CPU time per article)")
    print("| stage | µs |\n|---|---|")
    for name, us in rows:
        print(f"| {name} | {us:.0f} |")
    print(f"| whole analyze, first pass (cold word cache) | {first:.0f} |")


if __name__ == "__main__":
    main()
