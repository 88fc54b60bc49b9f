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

``--halves`` splits a labeled folder by site into two halves (a site's pages all fall in
the same half, by the parity of the SHA-256 of its name) and reports each half and the
whole: tune on half A, check on half B. ``--rules`` lists, for every reason code, how many
words its blocks hold and how many of them carry the gold kind, so a rule that loses more
words than it wins shows up. ``--errors KIND`` prints the lines where the gold kind or the
predicted kind is KIND and the two differ.

``--gate FILE`` compares the figures with the floors pinned in FILE (JSON) and exits with
status 1 if any figure fell below its floor or the corpus changed (its SHA-256 differs);
``--accept`` pins the current figures in FILE instead, each floor ``GATE_MARGIN`` (0.01)
below its figure: a change that moves one page's line does not stop CI, a rule that loses
a point does. CI runs the gate when ../shared is present (``benchmarks/segmentation_gate.sh``).

Usage (from the repository root)::

    python benchmarks/eval_segmentation.py ../shared/corpus/segmentation-dev [--justext] [--halves]
    python benchmarks/eval_segmentation.py ../shared/corpus/news --format clean
    python benchmarks/eval_segmentation.py ../shared/corpus/raw-web --format raw-web [--justext]
    python benchmarks/eval_segmentation.py ../shared/corpus/segmentation-dev --halves \
        --gate benchmarks/segmentation_floors.json [--accept]
"""

from __future__ import annotations

import argparse
import hashlib
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


Doc = tuple[str, str, Spans, str]  # stem, text, gold spans, site


def half_of(site: str) -> str:
    """The half ("A" or "B") a site's pages fall in: the parity of its name's SHA-256."""
    return "AB"[int(hashlib.sha256(site.encode("utf-8")).hexdigest(), 16) % 2]


def corpus_hash(folder: Path) -> str:
    """SHA-256 over the names and contents of the folder's files, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_labeled(folder: Path) -> Iterator[Doc]:
    for txt in sorted(folder.glob("*.txt")):
        js = txt.with_suffix(".json")
        if not js.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        meta = json.loads(js.read_text(encoding="utf-8"))
        spans = [(b["start"], b["end"], b["kind"]) for b in meta["blocks"]]
        yield txt.stem, text, spans, meta.get("site", txt.stem)


def read_clean(folder: Path) -> Iterator[Doc]:
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
        yield txt.stem, text, spans, txt.stem


# --- predictors ----------------------------------------------------------------------------


def predict_newsread(text: str) -> Spans:
    return [(b.start, b.end, b.kind.value) for b in newsread.segment(text).blocks]


def predict_codes(text: str) -> list[tuple[int, int, str, str]]:
    return [(b.start, b.end, b.kind.value, b.code.value) for b in newsread.segment(text).blocks]


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

    def figures(self) -> dict[str, float]:
        """F1 per kind and the share of articles with FK within 0.5, rounded to 4 places."""
        got = {k: round(prf(self.tp[k], self.fp[k], self.fn[k])[2], 4) for k in KINDS}
        got["fk_within_0.5"] = round(self.fk_ok / self.fk_n, 4) if self.fk_n else 0.0
        got["paragraph_recall"] = round(
            prf(*(c["paragraph"] for c in (self.tp, self.fp, self.fn)))[1], 4
        )
        return got

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


class RuleTally:
    """Words per reason code: how many its blocks hold, how many carry the gold kind, and
    the gold kinds of the rest."""

    def __init__(self) -> None:
        self.words: Counter[tuple[str, str]] = Counter()  # (code, kind) -> words
        self.right: Counter[tuple[str, str]] = Counter()
        self.wrong: dict[tuple[str, str], Counter[str]] = {}

    def add(self, text: str, gold: Spans, pred: list[tuple[int, int, str, str]]) -> None:
        g = word_kinds(text, gold)
        codes = word_kinds(text, [(s, e, f"{c}|{k}") for s, e, k, c in pred])
        for truth, got in zip(g, codes, strict=False):
            code, _, kind = got.partition("|")
            key = (code, kind or "boilerplate")
            self.words[key] += 1
            if truth == key[1]:
                self.right[key] += 1
            else:
                self.wrong.setdefault(key, Counter())[truth] += 1

    def report(self, out: Callable[[str], None]) -> None:
        out(f"\n{'code':<24} {'kind':<12} {'words':>7} {'right':>6}  gold kind of the rest")
        for key, n in sorted(self.words.items(), key=lambda kv: -kv[1]):
            rest = ", ".join(f"{k} {v}" for k, v in self.wrong.get(key, Counter()).most_common())
            out(f"{key[0]:<24} {key[1]:<12} {n:>7} {self.right[key] / n:>6.1%}  {rest}")


def show_errors(
    kind: str, stem: str, text: str, gold: Spans, pred: list[tuple[int, int, str, str]]
) -> None:
    """Print the predicted blocks where the gold or the predicted kind is ``kind`` and the two
    differ (gold kind by the block's first word)."""
    for s, e, k, code in pred:
        truth = (
            word_kinds(text, gold)[len(WORD_RE.findall(text[:s]))]
            if WORD_RE.search(text[s:e])
            else k
        )
        if (truth == kind or k == kind) and truth != k:
            print(f"{stem[:40]:<40} gold {truth:<11} got {k:<11} {code:<20} {text[s:e][:110]!r}")


def run_labeled(args: argparse.Namespace, docs: Iterator[Doc]) -> dict[str, dict[str, float]]:
    """Print the tables; return the newsread figures per half ("A", "B") and in all."""
    tallies = [("newsread", predict_newsread, Tally("newsread"))]
    if args.justext:
        tallies.append(("jusText", make_justext(), Tally("jusText (reference, body vs rest only)")))
    halves = {
        "A": Tally("newsread, half A (sites by SHA-256 parity)"),
        "B": Tally("newsread, half B"),
    }
    rules = RuleTally()
    n = 0
    for stem, text, gold, site in docs:
        n += 1
        if args.half and half_of(site) != args.half:
            continue
        for name, predict, tally in tallies:
            t0 = time.perf_counter()
            pred = predict(text)
            tally.seconds += time.perf_counter() - t0
            tally.add(stem, text, gold, pred)
            if name == "newsread" and args.halves:
                halves[half_of(site)].add(stem, text, gold, pred)
        if args.rules or args.errors:
            coded = predict_codes(text)
            rules.add(text, gold, coded)
            if args.errors:
                show_errors(args.errors, stem, text, gold, coded)
    print(f"{n} articles from {args.folder}" + (f", half {args.half}" if args.half else ""))
    for _, _, tally in tallies:
        tally.report(print)
        print(f"time: {tally.seconds / max(n, 1) * 1000:.3f} ms per article")
        if args.worst:
            for diff, stem in sorted(tally.worst, reverse=True)[: args.worst]:
                print(f"  FK off by {diff:5.2f}  {stem}")
    if args.halves:
        for tally in halves.values():
            tally.report(print)
    if args.rules:
        rules.report(print)
    figures = {"all": tallies[0][2].figures()}
    if args.halves:
        figures.update({h: t.figures() for h, t in halves.items()})
    return figures


GATE_MARGIN = 0.01  # how far below the pinned figure a floor lies


def gate(
    path: Path, folder: Path, fmt: str, figures: dict[str, dict[str, float]], accept: bool
) -> int:
    """Compare ``figures`` with the floors pinned in ``path`` for this folder's format (or,
    with ``accept``, pin them). Returns the exit status."""
    pinned = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    digest = corpus_hash(folder)
    if accept:
        pinned[fmt] = {
            "corpus": folder.name,
            "sha256": digest,
            "pinned": figures,
            "floors": {
                part: {key: round(max(0.0, value - GATE_MARGIN), 4) for key, value in got.items()}
                for part, got in figures.items()
            },
        }
        path.write_text(json.dumps(pinned, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"gate: floors for {fmt} written to {path}")
        return 0
    entry = pinned.get(fmt)
    if entry is None:
        print(f"gate: no floors for {fmt} in {path} (run with --accept to pin them)")
        return 1
    if entry["sha256"] != digest:
        print(
            f"gate: {folder} is not the corpus the floors were pinned on (sha256 {digest[:12]}… "
            f"vs {entry['sha256'][:12]}…); re-pin with --accept if the change is meant"
        )
        return 1
    failures = [
        f"{part} {key}: {figures.get(part, {}).get(key, 0.0):.4f} < floor {floor:.4f}"
        for part, floors in entry["floors"].items()
        for key, floor in floors.items()
        if figures.get(part, {}).get(key, 0.0) < floor - 1e-9
    ]
    for failure in failures:
        print(f"gate: regression: {failure}")
    if not failures:
        print(f"gate: {fmt} on {folder.name}: every figure at or above its floor")
    return 1 if failures else 0


def bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD_RE.findall(text))


def run_raw_web(args: argparse.Namespace) -> dict[str, dict[str, float]]:
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
    figures: dict[str, dict[str, float]] = {}
    for name, (ov, pr, go) in totals.items():
        p, r, f = prf(ov, pr - ov, go - ov)
        docs = per_doc[name]
        print(f"{name:<10} {p:>6.3f} {r:>6.3f} {f:>6.3f} {sum(docs) / max(len(docs), 1):>8.3f}")
        if name == "newsread":
            figures["all"] = {"body_f1": round(f, 4), "body_recall": round(r, 4)}
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--format", choices=("labeled", "clean", "raw-web"), default="labeled")
    ap.add_argument("--justext", action="store_true", help="also run jusText as a reference")
    ap.add_argument(
        "--worst", type=int, default=0, help="list the N articles with the largest FK error"
    )
    ap.add_argument("--halves", action="store_true", help="also report the two site halves")
    ap.add_argument("--half", choices=("A", "B"), help="evaluate one site half only")
    ap.add_argument("--rules", action="store_true", help="words right and wrong per reason code")
    ap.add_argument("--errors", metavar="KIND", help="print the lines misjudged as or for KIND")
    ap.add_argument("--gate", metavar="FILE", help="compare with the floors pinned in FILE")
    ap.add_argument("--accept", action="store_true", help="with --gate: pin the current figures")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if args.format == "raw-web":
        figures = run_raw_web(args)
    elif args.format == "clean":
        figures = run_labeled(args, read_clean(folder))
    else:
        figures = run_labeled(args, read_labeled(folder))
    if args.gate:
        return gate(Path(args.gate), folder, args.format, figures, args.accept)
    return 0


if __name__ == "__main__":
    sys.exit(main())
