"""How often the report's flags fire on professional copy, and how precise "possible
passive" is: the figures behind docs/methodology.md, "Hard sentences" and "Style targets".

Usage (from the repository root)::

    python benchmarks/calibrate_flags.py [--corpus ../shared/corpus/news]

For every article of the corpus (published news, one article per file) it prints, as
Markdown tables: the share of body sentences flagged hard or very hard per article
(median, p75, p90) and over all sentences; each style measure's distribution and how many
articles miss the report's target; and the precision of the possible-passive rule on the
hand-labelled items of benchmarks/cases/passive-labels.json (file and offsets only; the
text is read from the corpus).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import newsread  # noqa: E402
from newsread._statistics import percentile  # noqa: E402
from newsread._style import TARGETS, meets  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"
LABELS = HERE / "cases" / "passive-labels.json"


def _dist(values: list[float], pct: bool = True) -> str:
    xs = sorted(values)
    fmt = (lambda x: f"{x:.0%}") if pct else (lambda x: f"{x:g}")
    return " | ".join(fmt(percentile(xs, q)) for q in (50, 75, 90))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {args.corpus}")
    flagged: list[float] = []
    very: list[float] = []
    totals = {"sentences": 0, "hard": 0, "very hard": 0}
    measures: dict[str, list[float]] = {t.field: [] for t in TARGETS}
    misses = {t.field: 0 for t in TARGETS}
    reports: dict[str, newsread.Report] = {}
    for path in files:
        report = newsread.analyze(path.read_text(encoding="utf-8"), source=path.name)
        reports[path.name] = report
        d = report.sentences.difficulty_counts
        n = report.counts.sentences
        if not n:
            continue
        totals["sentences"] += n
        totals["hard"] += d["hard"]
        totals["very hard"] += d["very hard"]
        flagged.append((d["hard"] + d["very hard"]) / n)
        very.append(d["very hard"] / n)
        for t in TARGETS:
            value = getattr(report.style, t.field)
            measures[t.field].append(value)
            misses[t.field] += not meets(t, value)
    n_articles = len(flagged)
    print(f"{n_articles:,} articles, {totals['sentences']:,} body sentences ({args.corpus.name})\n")
    print("| share of an article's sentences | median | p75 | p90 | all sentences |")
    print("|---|---:|---:|---:|---:|")
    share = (totals["hard"] + totals["very hard"]) / totals["sentences"]
    print(f"| hard or very hard | {_dist(flagged)} | {share:.1%} |")
    print(f"| very hard | {_dist(very)} | {totals['very hard'] / totals['sentences']:.1%} |\n")
    print("| style measure | median | p75 | p90 | target | articles missing it |")
    print("|---|---:|---:|---:|---|---:|")
    for t in TARGETS:
        print(
            f"| {t.label} | {_dist(measures[t.field], t.share)} | {t.aim} | "
            f"{misses[t.field] / n_articles:.0%} |"
        )
    print()
    _passive_precision(reports, args.corpus)


def _passive_precision(reports: dict[str, newsread.Report], corpus: Path) -> None:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    print(
        "| labelled set | items | flagged now | of which passives | precision | passives not flagged |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name in ("dev-1", "dev-2", "test"):
        items = [x for x in labels if x["set"] == name]
        hit = passives = missed = 0
        for x in items:
            report = reports.get(x["file"])
            if report is None:
                report = newsread.analyze((corpus / x["file"]).read_text(encoding="utf-8"))
            now = any(p.be.start == x["start"] for p in report.findings.passives)
            hit += now
            passives += now and x["passive"]
            missed += not now and x["passive"]
        precision = f"{passives / hit:.1%}" if hit else "—"
        print(f"| {name} | {len(items)} | {hit} | {passives} | {precision} | {missed} |")


if __name__ == "__main__":
    main()
