"""The tokenizer's fast path against WORD_RE.findall, on every body sentence of a corpus.

Usage: python benchmarks/tokenizer_speed.py [--corpus ../shared/corpus/news] [--rounds 5]

Both run on the same sentences in one process, alternating, best of ``rounds`` (CPU time);
the script also checks that they agree on every sentence.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsread._segment import segment
from newsread._sentences import sentence_spans
from newsread._words import WORD_RE, fast_words

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    texts = [f.read_text(encoding="utf-8") for f in sorted(args.corpus.glob("*.txt"))]
    spans = []
    for t in texts:
        for b in segment(t).body:
            spans.extend((t, s, e) for s, e in sentence_spans(t, b.start, b.end))
    assert all(fast_words(t, s, e) == WORD_RE.findall(t, s, e) for t, s, e in spans)
    findall = WORD_RE.findall
    best = {"WORD_RE.findall": float("inf"), "fast_words": float("inf")}
    for _ in range(args.rounds):
        for name, fn in (("WORD_RE.findall", findall), ("fast_words", fast_words)):
            t0 = time.process_time()
            for t, s, e in spans:
                fn(t, s, e)
            best[name] = min(best[name], time.process_time() - t0)
    n = len(texts)
    print(
        f"{len(spans):,} sentences of {n:,} articles; CPU time per article, best of {args.rounds}"
    )
    print("| tokenizer | µs per article |\n|---|---|")
    for name, sec in best.items():
        print(f"| {name} | {sec / n * 1e6:.0f} |")
    print(f"| ratio | {best['WORD_RE.findall'] / best['fast_words']:.2f}× faster |")


if __name__ == "__main__":
    main()
