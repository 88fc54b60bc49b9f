#!/usr/bin/env python3
"""Evaluate ``newsread.segment`` against labeled article folders.

Three folder formats:

* ``labeled`` (default): ``STEM.txt`` + ``STEM.json`` with ``{"blocks": [{"start", "end", "kind"}]}``
  (the format of ``../shared/corpus/segmentation-dev``). Prints, per kind, word-weighted
  precision, recall and F1 (every word counts once, with the kind of the block it lies in),
  and the readability impact: the share of articles whose body Flesch-Kincaid grade from the
  predicted body is within 0.5 of the grade from the labeled body.
* ``clean``: one clean article per ``*.txt`` (title on the first line, then body paragraphs,
  as in ``../shared/corpus/news``); the labels are implied (first line title, the rest
  paragraph), so the table's paragraph recall is the share of body words kept.
* ``raw-web``: ``STEM.raw.txt`` (whole-page text) + ``STEM.gold.txt`` (the hand-made body);
  prints word-level body precision, recall and F1 (bag-of-words overlap, lower-cased).

``--justext`` runs jusText on the same text (each line given to it as one ``<p>``) as a
side-by-side reference: its good paragraphs count as body, everything else as boilerplate.
jusText is a benchmark extra (``pip install justext lxml_html_clean``), never a runtime
dependency of newsread.

Usage (from the repository root)::

    python benchmarks/eval_segmentation.py ../shared/corpus/segmentation-dev [--justext]
    python benchmarks/eval_segmentation.py ../shared/corpus/news --format clean
    python benchmarks/eval_segmentation.py ../shared/corpus/raw-web --format raw-web [--justext]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import newsread
from newsread._words import WORD_RE

KINDS = ("title", "byline", "subhead", "paragraph", "caption", "boilerplate")

Spans = list[tuple[int, int, str]]  # (start, end, kind)


# --- readers -------------------------------------------------------------------------------


def read_labeled(folder: Path) -> Iterator[tuple[str, str, Spans]]:
    for txt in sorted(folder.glob("*.txt")):
        js = txt.with_suffix(".json")
        if not js.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        meta = json.loads(js.read_text(encoding="utf-8"))
        yield txt.stem, text, [(b["start"], b["end"], b["kind"]) for b in meta["blocks"]]


def read_clean(folder: Path) -> Iterator[tuple[str, str, Spans]]:
    for txt in sorted(folder.glob("*.txt")):
        if txt.name.upper().startswith("README"):
            continue
        text = txt.read_text(encoding="utf-8")
        spans: Spans = []
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                s = pos + line.index(stripped)
                spans.append((s, s + len(stripped), "title" if not spans else "paragraph"))
            pos += len(line) + 1
        yield txt.stem, text, spans


# --- predictors ----------------------------------------------------------------------------


def predict_newsread(text: str) -> Spans:
    return [(b.start, b.end, b.kind.value) for b in newsread.segment(text).blocks]


def make_justext() -> Callable[[str], Spans]:
    import justext  # benchmark extra

    stoplist = justext.get_stoplist("English")

    def predict(text: str) -> Spans:
        lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                s = pos + line.index(stripped)
                lines.append((s, s + len(stripped)))
            pos += len(line) + 1
        if not lines:
            return []
        doc = (
            "<html><body>"
            + "".join(f"<p>{html.escape(text[s:e])}</p>" for s, e in lines)
            + "</body></html>"
        )
        paragraphs = justext.justext(doc.encode("utf-8"), stoplist, encoding="utf-8")
        # Map jusText's paragraphs back to the lines, in order, by their normalised text.
        norm = [" ".join(text[s:e].split()) for s, e in lines]
        out: Spans = []
        i = 0
        for p in paragraphs:
            ptext = " ".join(p.text.split())
            j = i
            while j < len(lines) and norm[j] != ptext:
                j += 1
            if j == len(lines):
                continue
            for k in range(i, j):
                out.append((*lines[k], "boilerplate"))
            out.append((*lines[j], "boilerplate" if p.is_boilerplate else "paragraph"))
            i = j + 1
        for k in range(i, len(lines)):
            out.append((*lines[k], "boilerplate"))
        return out

    return predict


# --- scoring -------------------------------------------------------------------------------


def word_kinds(text: str, spans: Spans) -> list[str]:
    """The kind of every word of ``text`` (by the block holding its first character)."""
    kinds: list[str] = []
    it = iter(spans)
    cur = next(it, None)
    for m in WORD_RE.finditer(text):
        s = m.start()
        while cur is not None and cur[1] <= s:
            cur = next(it, None)
        kinds.append(cur[2] if cur is not None and cur[0] <= s else "boilerplate")
    return kinds


def fk_grade(text: str, spans: Spans) -> float | None:
    """Flesch-Kincaid grade of the paragraph blocks, with newsread's own counters."""
    words = sentences = syllables = 0
    for s, e, kind in spans:
        if kind != "paragraph":
            continue
        block = text[s:e]
        ws = WORD_RE.findall(block)
        if not ws:
            continue
        words += len(ws)
        sentences += max(1, len(newsread.split_sentences(block)))
        syllables += sum(newsread.count_syllables(w) for w in ws)
    if not words:
        return None
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.gold_words: Counter[str] = Counter()
        self.fk_ok = 0
        self.fk_n = 0
        self.seconds = 0.0
        self.worst: list[tuple[float, str]] = []

    def add(self, stem: str, text: str, gold: Spans, pred: Spans) -> None:
        g = word_kinds(text, gold)
        p = word_kinds(text, pred)
        for a, b in zip(g, p, strict=False):
            self.gold_words[a] += 1
            if a == b:
                self.tp[a] += 1
            else:
                self.fn[a] += 1
                self.fp[b] += 1
        gg = fk_grade(text, gold)
        if gg is not None:
            self.fk_n += 1
            pg = fk_grade(text, pred)
            diff = abs(pg - gg) if pg is not None else 99.0
            self.fk_ok += diff <= 0.5
            self.worst.append((diff, stem))

    def report(self, out: Callable[[str], None]) -> None:
        out(f"\n{self.name}")
        out(f"{'kind':<12} {'words':>7} {'P':>6} {'R':>6} {'F1':>6}")
        for k in KINDS:
            pp, rr, ff = prf(self.tp[k], self.fp[k], self.fn[k])
            out(f"{k:<12} {self.gold_words[k]:>7} {pp:>6.3f} {rr:>6.3f} {ff:>6.3f}")
        if self.fk_n:
            out(
                f"FK grade within 0.5 of the labeled body's: {self.fk_ok}/{self.fk_n} "
                f"= {self.fk_ok / self.fk_n:.1%}"
            )


def run_labeled(args: argparse.Namespace, docs: Iterator[tuple[str, str, Spans]]) -> None:
    tallies = [("newsread", predict_newsread, Tally("newsread"))]
    if args.justext:
        tallies.append(("jusText", make_justext(), Tally("jusText (reference, body vs rest only)")))
    n = 0
    for stem, text, gold in docs:
        n += 1
        for _, predict, tally in tallies:
            t0 = time.perf_counter()
            pred = predict(text)
            tally.seconds += time.perf_counter() - t0
            tally.add(stem, text, gold, pred)
    print(f"{n} articles from {args.folder}")
    for _, _, tally in tallies:
        tally.report(print)
        print(f"time: {tally.seconds / max(n, 1) * 1000:.3f} ms per article")
        if args.worst:
            for diff, stem in sorted(tally.worst, reverse=True)[: args.worst]:
                print(f"  FK off by {diff:5.2f}  {stem}")


def bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD_RE.findall(text))


def run_raw_web(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    predictors: list[tuple[str, Callable[[str], Spans]]] = [("newsread", predict_newsread)]
    if args.justext:
        predictors.append(("jusText", make_justext()))
    totals = {name: [0, 0, 0] for name, _ in predictors}  # overlap, predicted, gold
    per_doc: dict[str, list[float]] = {name: [] for name, _ in predictors}
    n = 0
    for raw in sorted(folder.glob("*.raw.txt")):
        gold_path = raw.with_name(raw.name.replace(".raw.txt", ".gold.txt"))
        if not gold_path.exists():
            continue
        n += 1
        text = raw.read_text(encoding="utf-8")
        gold = bag(gold_path.read_text(encoding="utf-8"))
        for name, predict in predictors:
            body = "\n".join(text[s:e] for s, e, k in predict(text) if k == "paragraph")
            got = bag(body)
            overlap = sum((got & gold).values())
            t = totals[name]
            t[0] += overlap
            t[1] += sum(got.values())
            t[2] += sum(gold.values())
            per_doc[name].append(
                prf(overlap, sum(got.values()) - overlap, sum(gold.values()) - overlap)[2]
            )
    print(f"{n} pages from {folder} (word-level body overlap, micro-averaged; mean per-page F1)")
    print(f"{'system':<10} {'P':>6} {'R':>6} {'F1':>6} {'page F1':>8}")
    for name, (ov, pr, go) in totals.items():
        p, r, f = prf(ov, pr - ov, go - ov)
        docs = per_doc[name]
        print(f"{name:<10} {p:>6.3f} {r:>6.3f} {f:>6.3f} {sum(docs) / max(len(docs), 1):>8.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--format", choices=("labeled", "clean", "raw-web"), default="labeled")
    ap.add_argument("--justext", action="store_true", help="also run jusText as a reference")
    ap.add_argument(
        "--worst", type=int, default=0, help="list the N articles with the largest FK error"
    )
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if args.format == "raw-web":
        run_raw_web(args)
    elif args.format == "clean":
        run_labeled(args, read_clean(folder))
    else:
        run_labeled(args, read_labeled(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
