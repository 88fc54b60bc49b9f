r"""Sentence-splitting accuracy of newsread, side by side with pysbd, syntok and segtok.

Usage (from the repository root, with the bench extra installed: pip install -e '.[bench]'):

    python benchmarks/sentence_suite.py [CASES.jsonl ...] [--failures] [--tools a,b]
    python benchmarks/sentence_suite.py --speed ../shared/corpus/news [--limit 300]

Each cases file holds one JSON object per line: {"id", "category", "text", "expected"}
(the schema of tests/cases/README.md). Without arguments the script scores the unit-test
cases (tests/cases/sentences.jsonl) and the held-out evaluation cases
(benchmarks/cases/*.jsonl). A case counts as right only if the splitter returns exactly
the expected sentences (each compared with surrounding whitespace stripped). The output
is a Markdown table per file: one row per category, one column per tool, the share of
cases split exactly right. Tools that are not installed are skipped with a note.

With ``--speed DIR`` it instead times each tool splitting every paragraph (blank-line
separated block) of the first ``--limit`` ``*.txt`` articles of DIR, best of three runs,
and prints microseconds per 400 words (a typical article), with a bare
``re.findall(r"\w+")`` pass over the same paragraphs as a yardstick for machine load.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

Splitter = Callable[[str], list[str]]


def load_cases(path: Path) -> list[dict[str, object]]:
    """The cases of a JSONL file, in file order."""
    cases = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                case = json.loads(line)
                case.setdefault("id", f"{path.stem}-{n}")
                case.setdefault("category", "all")
                cases.append(case)
    return cases


def newsread_splitter() -> Splitter:
    import newsread

    return newsread.split_sentences


def pysbd_splitter() -> Splitter:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [str(s) for s in seg.segment(text)]


def syntok_splitter() -> Splitter:
    from syntok import segmenter

    def split(text: str) -> list[str]:
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                out.append(text[first.offset : last.offset + len(last.value)])
        return out

    return split


def segtok_splitter() -> Splitter:
    from segtok.segmenter import split_multi

    return lambda text: list(split_multi(text))


TOOLS: dict[str, Callable[[], Splitter]] = {
    "newsread": newsread_splitter,
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "segtok": segtok_splitter,
}


def normalise(sentences: list[str]) -> list[str]:
    """Sentences with surrounding whitespace stripped and empty ones dropped."""
    return [s.strip() for s in sentences if s.strip()]


def score(split: Splitter, cases: list[dict[str, object]]) -> tuple[dict[str, list[bool]], float]:
    """Per-category lists of right/wrong, and the seconds spent splitting."""
    results: dict[str, list[bool]] = {}
    elapsed = 0.0
    for case in cases:
        text = str(case["text"])
        expected = normalise([str(s) for s in case["expected"]])  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        try:
            got = normalise(split(text))
        except Exception:  # a tool crashing on a case gets it wrong
            got = None
        elapsed += time.perf_counter() - t0
        results.setdefault(str(case["category"]), []).append(got == expected)
    return results, elapsed


def table(path: Path, cases: list[dict[str, object]], tools: list[str]) -> str:
    """A Markdown table of exact-split accuracy per category and tool."""
    scores: dict[str, dict[str, list[bool]]] = {}
    times: dict[str, float] = {}
    for name in tools:
        try:
            split = TOOLS[name]()
        except ImportError:
            print(f"({name} is not installed; skipped)", file=sys.stderr)
            continue
        scores[name], times[name] = score(split, cases)
    names = list(scores)
    categories = sorted({str(c["category"]) for c in cases})
    lines = [
        f"### {path.name} ({len(cases)} cases)",
        "",
        "| category | cases | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]

    def cell(ok: list[bool]) -> str:
        return f"{100 * sum(ok) / len(ok):.0f}% ({sum(ok)})" if ok else "-"

    for cat in categories:
        n = len(scores[names[0]][cat]) if names else 0
        lines.append(f"| {cat} | {n} | " + " | ".join(cell(scores[t][cat]) for t in names) + " |")
    totals = {t: [ok for v in scores[t].values() for ok in v] for t in names}
    lines.append(
        f"| **all** | **{len(cases)}** | "
        + " | ".join(f"**{cell(totals[t])}**" for t in names)
        + " |"
    )
    lines.append("| time (ms) | | " + " | ".join(f"{1000 * times[t]:.1f}" for t in names) + " |")
    return "\n".join(lines)


def failures(cases: list[dict[str, object]]) -> str:
    """newsread's wrong answers, for debugging."""
    split = newsread_splitter()
    out = []
    for case in cases:
        got = normalise(split(str(case["text"])))
        expected = normalise([str(s) for s in case["expected"]])  # type: ignore[attr-defined]
        if got != expected:
            out.append(f"{case['id']}: {case['text']!r}\n  expected {expected}\n  got      {got}")
    return "\n".join(out)


def speed(corpus: Path, limit: int, tools: list[str]) -> str:
    """A Markdown table of splitting time per 400 words, per tool."""
    import re

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))[:limit]]
    paragraphs = [p for t in texts for p in re.split(r"\n[^\S\n]*\n", t) if p.strip()]
    n_words = sum(len(t.split()) for t in texts)
    lines = [
        f"{len(texts)} articles, {len(paragraphs)} paragraphs, {n_words} words",
        "",
        "| tool | µs per 400 words | articles per second |",
        "|---|---:|---:|",
    ]
    word_re = re.compile(r"\w+")
    baseline: dict[str, Callable[[], Splitter]] = {
        "(baseline: re.findall(r'\\w+'))": lambda: word_re.findall
    }
    for name, make in [*((t, TOOLS[t]) for t in tools), *baseline.items()]:
        try:
            split = make()
        except ImportError:
            continue
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for p in paragraphs:
                split(p)
            best = min(best, time.perf_counter() - t0)
        per_400 = best / n_words * 400 * 1e6
        lines.append(f"| {name} | {per_400:,.0f} | {len(texts) / best:,.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", type=Path, help="JSONL case files")
    parser.add_argument("--failures", action="store_true", help="list newsread's wrong cases")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools")
    parser.add_argument("--speed", type=Path, metavar="DIR", help="time splitting DIR/*.txt")
    parser.add_argument("--limit", type=int, default=300, help="articles for --speed")
    args = parser.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    if args.speed:
        print(speed(args.speed, args.limit, tools))
        return 0
    paths = args.cases or [
        ROOT / "tests" / "cases" / "sentences.jsonl",
        *sorted((HERE / "cases").glob("*.jsonl")),
    ]
    for path in paths:
        cases = load_cases(path)
        print(table(path, cases, tools))
        print()
        if args.failures:
            print(failures(cases) or "(no failures)")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
