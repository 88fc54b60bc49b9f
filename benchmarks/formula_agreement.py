"""How far the formulas agree with each other on a corpus (agreement, not validity).

    python benchmarks/formula_agreement.py [../shared/corpus/news] [--min-words 100]

Every ``*.txt`` article is analysed; for each graded formula of the registry the script
prints the mean and standard deviation of its grade over the articles with at least
``--min-words`` body words, and the Pearson correlation of every pair of formulas (and of
each with the consensus). High agreement says the formulas rank articles alike; it says
nothing about how well any of them tracks readers, which needs graded reading data
(docs/methodology.md, "How well do the grades track readers").
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news"
# Column labels of the correlation table (a formula not listed shows under its name).
ABBREVIATIONS = {
    "flesch_kincaid_grade": "FK",
    "gunning_fog": "Fog",
    "smog": "SMOG",
    "coleman_liau": "CLI",
    "automated_readability_index": "ARI",
    "dale_chall": "DC",
    "linsear_write": "LW",
    "spache": "Spache",
    "rix": "RIX",
    "consensus": "cons.",
}


def pearson(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def main() -> None:
    import newsread

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--min-words", type=int, default=100)
    args = p.parse_args()
    names = [f.name for f in newsread.formulas() if f.graded]
    short = {**ABBREVIATIONS, **{n: n for n in names if n not in ABBREVIATIONS}}
    grades: dict[str, list[float]] = {n: [] for n in [*names, "consensus"]}
    for path in sorted(args.corpus.glob("*.txt")):
        report = newsread.analyze(path.read_text(encoding="utf-8"))
        if report.counts.words < args.min_words or report.consensus_grade is None:
            continue
        row = {s.name: s.grade for s in report.readability}
        if any(row[n] is None for n in names):
            continue
        for n in names:
            grades[n].append(float(row[n]))  # type: ignore[arg-type]
        grades["consensus"].append(report.consensus_grade)
    cols = [*names, "consensus"]
    print(f"{len(grades['consensus'])} articles with at least {args.min_words} words\n")
    print("| formula | mean grade | sd |")
    print("|---|---:|---:|")
    for n in cols:
        print(f"| {n} | {statistics.fmean(grades[n]):.2f} | {statistics.stdev(grades[n]):.2f} |")
    print("\nPearson r between grades:\n")
    print("| | " + " | ".join(short.get(n, n) for n in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for a in cols:
        cells = [f"{pearson(grades[a], grades[b]):.2f}" for b in cols]
        print(f"| {short.get(a, a)} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
