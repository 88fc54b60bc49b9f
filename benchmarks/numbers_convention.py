"""How much the numbers convention moves the grades of a corpus.

    python benchmarks/numbers_convention.py [../shared/corpus/news] [--limit N] [--textstat]

Each ``*.txt`` article is analysed twice, with ``numbers="spoken"`` (the default: "2022" is
five syllables) and ``numbers="one"`` (each figure one syllable), and the difference
of each syllable-based value (spoken - one; for Reading Ease one - spoken, so that every
row is how much harder the text scores with figures spoken) is summarised over the articles: mean, median,
90th percentile and maximum, and the share of articles whose value moves at all. The
figures are recorded in docs/methodology.md, "Conventions".
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news"
MEASURES = (
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "smog",
    "linsear_write",
    "gunning_fog",
    "consensus",
)
# Reading Ease falls as text gets harder: its difference is taken the other way round, so
# every row reads "how much harder the text scores with figures spoken".
HIGHER_IS_EASIER = frozenset({"flesch_reading_ease"})


def _values(report: object) -> dict[str, float | None]:
    from newsread import Report

    assert isinstance(report, Report)
    out: dict[str, float | None] = {m: None for m in MEASURES}
    for s in report.readability:
        if s.name in out:
            out[s.name] = s.value
    out["consensus"] = report.consensus_grade
    return out


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main() -> None:
    import newsread
    from newsread._words import WORD_RE

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    p.add_argument(
        "--textstat",
        action="store_true",
        help="also compare each convention's Flesch-Kincaid with textstat's on the same body",
    )
    args = p.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    diffs: dict[str, list[float]] = {m: [] for m in MEASURES}
    syllables: list[float] = []
    figures = 0
    words = 0
    top, top_file = 0.0, ""
    versus: dict[str, list[float]] = {"spoken": [], "one": []}
    for f in files:
        text = f.read_text(encoding="utf-8")
        spoken = newsread.analyze(text)
        one = newsread.analyze(text, numbers="one")
        if spoken.counts.words == 0:
            continue
        words += spoken.counts.words
        syllables.append(
            100 * (spoken.counts.syllables - one.counts.syllables) / spoken.counts.words
        )
        a, b = _values(spoken), _values(one)
        for m in MEASURES:
            va, vb = a[m], b[m]
            if va is not None and vb is not None:
                diffs[m].append(vb - va if m in HIGHER_IS_EASIER else va - vb)
        figures += sum(
            1
            for para in spoken.paragraphs.paragraphs
            for w in WORD_RE.findall(para.text)
            if any(c.isdigit() for c in w)
        )
        fk_a, fk_b = a["flesch_kincaid_grade"], b["flesch_kincaid_grade"]
        if args.textstat:
            fk_t = newsread.analyze(text, engine="textstat").score("flesch_kincaid_grade").value
            if fk_a is not None and fk_b is not None and fk_t is not None:
                versus["spoken"].append(fk_a - fk_t)
                versus["one"].append(fk_b - fk_t)
        if fk_a is not None and fk_b is not None and fk_a - fk_b > top:
            top, top_file = fk_a - fk_b, f.name
    print(f"{len(syllables)} articles, {words:,} body words, {figures:,} words with a digit")
    print(
        f"syllables per 100 words, spoken - one: mean {statistics.mean(syllables):.2f}, "
        f"max {max(syllables):.2f}"
    )
    print("| value (harder by, spoken vs one) | mean | median | p90 | max | articles moved |")
    print("|---|---:|---:|---:|---:|---:|")
    for m in MEASURES:
        xs = diffs[m]
        moved = sum(1 for x in xs if abs(x) > 1e-9) / len(xs)
        print(
            f"| {m} | {statistics.mean(xs):+.2f} | {statistics.median(xs):+.2f} | "
            f"{_quantile(xs, 0.9):+.2f} | {max(xs, key=abs):+.2f} | {moved:.0%} |"
        )
    print(f"largest Flesch-Kincaid difference: {top_file} ({top:+.2f})")
    for convention, xs in versus.items():
        if xs:
            print(
                f"Flesch-Kincaid, newsread ({convention}) - textstat: mean {statistics.mean(xs):+.2f},"
                f" median {statistics.median(xs):+.2f}"
            )


if __name__ == "__main__":
    main()
