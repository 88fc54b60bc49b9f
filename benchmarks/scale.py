"""Scale-out overhead per article, record sizes, and memory of corpus inputs.

Usage (from the repository root, with the test extra installed: pip install -e '.[test]'):

    python benchmarks/scale.py overhead [--corpus ../shared/corpus/news] [--limit 1000]
    python benchmarks/scale.py idle
    python benchmarks/scale.py sizes    [--corpus ...]
    python benchmarks/scale.py memory   [--corpus ...]
    python benchmarks/scale.py reader   [--corpus ...]

``overhead``: the same articles, as flat records, analysed (1) in this process by a plain loop,
(2) by ``analyze_many(..., workers=2, output="record")`` and (3) by ``newsread.dask.analyze_bag``
on a ``distributed.LocalCluster`` of 2 worker processes (1 thread each), once with Dask's
default settings and once with the batch settings of docs/scale.md (``DASK_CONFIGS``: a
cluster's own monitors cost CPU for every second it runs, whatever it computes). Overhead per article
is the extra CPU time (this process and every worker: for the pool, its start-up included;
for Dask, the scheduler in this process and the workers during the run) over the plain loop,
divided by the number of articles: CPU time, because wall time on a shared machine says more
about the other users than about newsread. Wall times and speed-ups are printed too. Every
figure comes from one run; repeat and give ranges.

``sizes``: bytes of JSON per article (KB = 1000 bytes; median and largest over the corpus) for
the flat record (as ``analyze_many(texts, output="record")`` gives it: no file name), and for
the compact and the full report as the command line writes them run in the corpus directory
(``newsread *.txt --format jsonl [--compact]``, one line per article without its newline): made
by the command line's own functions (``newsread.cli.process``, ``newsread._output.prepare``).

``memory``: peak RSS of the command line over the corpus as one JSON Lines file and as one
Parquet file, 1x and 10x the corpus (``--workers 2``, output discarded).

``idle``: CPU seconds a 2-process ``LocalCluster`` spends in 10 s of doing nothing, in this
process (scheduler, client) and in its workers, for each of ``DASK_CONFIGS``: the part of
the Dask overhead that grows with wall time, not with the number of articles.

``reader``: peak RSS of ``newsread.read_records`` alone (no analysis) over the corpus as one
Parquet file of a single row group, 1x, 10x and 30x: the part of ``memory`` that depends on
how pyarrow reads, at sizes the whole command line would take minutes to score.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from perf import _run_cli as _peak  # wall time and peak RSS of one CLI run (benchmarks/perf.py)

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news"


def load(path: Path, limit: int | None) -> list[str]:
    files = sorted(p for p in path.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files[:limit]]


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the workers, once
    their pool or cluster is closed): robust to other load on a shared machine."""
    import resource

    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + c.ru_utime + c.ru_stime


class Loop(NamedTuple):
    """The reference of ``overhead``: records of the texts by a plain loop in this process,
    CPU seconds of its first (cold) and second (warm) pass, wall seconds of the first."""

    plain: list[dict]
    cold: float
    warm: float
    wall: float


def _loops(texts: list[str]) -> Loop:
    """The in-process loop twice, after a one-article warm-up: cold, then warm."""
    import newsread

    newsread.analyze("Warm up.\n\nThe tables load once.")
    c, t = _cpu(), time.perf_counter()
    plain = list(newsread.analyze_many(texts, output="record"))
    c_cold, t_in = _cpu() - c, time.perf_counter() - t
    c = _cpu()
    again = list(newsread.analyze_many(texts, output="record"))
    c_warm = _cpu() - c
    assert again == plain
    return Loop(plain, c_cold, c_warm, t_in)


def _ms(cpu: float, n: int) -> str:
    return f"{cpu / n * 1000:+.2f} ms"


def _print_loops(loop: Loop, n: int) -> None:
    print(
        f"| {n} articles, in-process loop (`analyze_many`, records), cold: the first pass in "
        f"this process | {loop.cold / n * 1000:.2f} ms CPU per article ({loop.wall:.1f} s wall) |"
    )
    print(
        f"| the same loop again, warm: word forms known, tables loaded | "
        f"{loop.warm / n * 1000:.2f} ms CPU per article |"
    )


def _print_run(
    label: str, parts: tuple[str, str], loop: Loop, n: int,
    cold: tuple[float, float], warm: tuple[float, float], t_run: float, t_start: float,
) -> None:  # fmt: skip
    """Two rows for an engine computed twice on the same cluster: the first run (cold
    workers) against the cold loop, the second (warm workers) against the warm loop; ``cold``
    and ``warm`` are CPU seconds (this process, the engine's other processes), ``parts`` the
    names of those two parts."""
    here, there = parts
    print(
        f"| {label}: first run (cold workers) | overhead {_ms(sum(cold) - loop.cold, n)} over "
        f"the cold loop ({here} {_ms(cold[0], n)}, {there} {_ms(cold[1] - loop.cold, n)}); "
        f"{t_run:.1f} s wall, speed-up {loop.wall / t_run:.2f}×; start-up {t_start:.1f} s |"
    )
    print(
        f"| the same, second run on the same cluster (warm workers) | overhead "
        f"{_ms(sum(warm) - loop.warm, n)} over the warm loop ({here} {_ms(warm[0], n)}, "
        f"{there} {_ms(warm[1] - loop.warm, n)}) |"
    )


def overhead(texts: list[str], partitions: int) -> None:
    import newsread

    n = len(texts)
    loop = _loops(texts)
    c, t = _cpu(), time.perf_counter()
    pooled = list(newsread.analyze_many(texts, workers=2, output="record"))
    c_pool, t_pool = _cpu() - c, time.perf_counter() - t
    assert pooled == loop.plain
    runs = {name: _dask_run(texts, config, partitions) for name, config in DASK_CONFIGS.items()}
    for got, *_ in runs.values():
        assert got == loop.plain

    _print_loops(loop, n)
    print(
        f"| newsread pool, 2 workers, records (forked after the loops: warm) | overhead "
        f"{_ms(c_pool - loop.cold, n)} over the cold loop, {_ms(c_pool - loop.warm, n)} over "
        f"the warm one (worker start-up included); {t_pool:.1f} s wall, speed-up "
        f"{loop.wall / t_pool:.2f}× |"
    )
    for name, (_, cold, warm, t_dask, t_start) in runs.items():
        label = f"Dask LocalCluster, 2 processes, `analyze_bag`, {partitions} partitions, {name}"
        _print_run(label, ("client and scheduler", "workers"), loop, n, cold, warm, t_dask, t_start)


#: Dask configurations measured by ``overhead``: Dask's defaults, and the batch settings of
#: docs/scale.md (no statistical profiler in the workers, slower health and memory checks),
#: which remove most of the CPU a cluster spends while it waits.
DASK_CONFIGS: dict[str, dict[str, object]] = {
    "Dask defaults": {},
    "batch settings (docs/scale.md)": {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.worker.memory.monitor-interval": "1s",
        "distributed.admin.system-monitor.interval": "2s",
    },
}


def _dask_run(
    texts: list[str], config: dict[str, object], partitions: int
) -> tuple[list[dict], tuple[float, float], tuple[float, float], float, float]:
    """Records of ``texts`` by ``analyze_bag`` in ``partitions`` partitions on a fresh
    2-process LocalCluster started under ``config``, computed twice: (records, CPU seconds
    of the first run in this process (client, scheduler) and in the workers, the same for
    the second run, wall seconds of the first run, wall seconds of the start-up)."""
    import dask
    import dask.bag as db
    import distributed

    import newsread.dask

    with dask.config.set(config):
        t = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            host="127.0.0.1", silence_logs=50,
        )  # fmt: skip
        client = distributed.Client(cluster)
        t_start = time.perf_counter() - t
        client.run(_warm_like_the_loop)
        cpu: list[tuple[float, float]] = []
        for _ in range(2):
            bag = db.from_sequence(texts, npartitions=partitions)
            before = sum(client.run(time.process_time).values())
            c, t = time.process_time(), time.perf_counter()
            got = newsread.dask.analyze_bag(bag).compute()
            t_run = time.perf_counter() - t
            here = time.process_time() - c
            cpu.append((here, sum(client.run(time.process_time).values()) - before))
            if len(cpu) == 1:
                t_dask = t_run
        client.close()
        cluster.close()
    return got, cpu[0], cpu[1], t_dask, t_start


def _warm_like_the_loop() -> None:
    """Run in each worker before a measurement: the one-article warm-up the in-process loop
    had (imports, syllable and word tables; not the word forms, nor the prebuilt form table)."""
    import newsread
    import newsread.dask

    newsread.analyze("Warm up.\n\nThe tables load once.")


def idle(texts: list[str]) -> None:
    import dask
    import distributed

    for name, config in DASK_CONFIGS.items():
        with dask.config.set(config):
            cluster = distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                host="127.0.0.1", silence_logs=50,
            )  # fmt: skip
            client = distributed.Client(cluster)
            client.submit(sum, [1, 2]).result()
            time.sleep(1)
            workers, here = sum(client.run(time.process_time).values()), time.process_time()
            time.sleep(10)
            here = time.process_time() - here
            workers = sum(client.run(time.process_time).values()) - workers
            client.close()
            cluster.close()
        print(
            f"| idle LocalCluster (2 processes), 10 s, {name} | {here:.2f} s CPU in this "
            f"process, {workers:.2f} s in the workers |"
        )


def sizes(paths: list[Path]) -> None:
    import newsread
    from newsread._options import Options
    from newsread._output import prepare
    from newsread.cli import process

    options = Options()  # the command line's defaults
    recs, tight, compact, full, inputs = [], [], [], [], []
    cpu = [0.0, 0.0]  # CPU seconds writing the compact and the full lines
    for path in paths:
        text = path.read_text(encoding="utf-8")
        inputs.append(len(text.encode()))
        row = newsread.analyze(text, options).to_row()  # as analyze_many(texts, output="record")
        recs.append(len(json.dumps(row, ensure_ascii=False).encode()))
        tight.append(len(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()))
        # each line the command line writes for this file among others, run in the corpus
        # directory (`newsread *.txt --format jsonl [--compact]`): its own read-and-analyse
        # function, then its own payload function
        report = process(path.name, options)
        t0 = time.process_time()
        line = prepare("jsonl", True, report, compact=True)
        t1 = time.process_time()
        whole = prepare("jsonl", True, report)
        cpu[0] += t1 - t0
        cpu[1] += time.process_time() - t1
        compact.append(len(line.encode()))
        full.append(len(whole.encode()))

    def kb(values: list[int], digits: int = 1) -> str:
        median, top = statistics.median(values) / 1000, max(values) / 1000
        return f"median {median:.{digits}f} KB, max {top:.{digits}f} KB"

    print(f"| median input | {statistics.median(inputs) / 1000:.1f} KB |")
    print(f"| flat record, JSON | {kb(recs, 2)} |")
    print(f"| flat record, JSON without spaces (`separators=(',', ':')`) | {kb(tight, 2)} |")
    print(
        f"| compact report (`--compact`: one line, `--format json` or `jsonl`) | {kb(compact, 2)} |"
    )
    print(f"| full report (`--format jsonl`) | {kb(full)} |")
    n = len(paths)
    print(
        f"| writing one line (CPU, mean) | compact {cpu[0] / n * 1000:.3f} ms, "
        f"full {cpu[1] / n * 1000:.3f} ms |"
    )


def memory(texts: list[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, 10):
            rows = [{"id": i, "text": t} for i, t in enumerate(texts * k)]
            jl = Path(tmp) / f"x{k}.jsonl"
            jl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            pqf = Path(tmp) / f"x{k}.parquet"
            pq.write_table(pa.Table.from_pylist(rows), pqf)
            for f in (jl, pqf):
                t, rss = _peak([str(f), "--id-field", "id", "--format", "jsonl", "--workers", "2"])
                mb = f.stat().st_size / 1e6
                print(
                    f"| {f.suffix[1:]}, corpus ×{k} ({len(rows):,} records, {mb:.0f} MB) | "
                    f"peak RSS {rss / 1024:.0f} MiB (largest process), {t:.0f} s |"
                )


# The child reports VmHWM (peak RSS of its own address space, in kB), not ru_maxrss, which
# Linux carries over from the parent at fork, and this parent holds the whole corpus.
_READER_CHILD = """
import sys
import newsread
n = sum(1 for _ in newsread.read_records(sys.argv[1], id_field="id"))
with open("/proc/self/status") as fh:
    hwm = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
print(n, hwm)
"""


def reader(texts: list[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, 10, 30):
            pqf = Path(tmp) / f"x{k}.parquet"
            rows = [{"id": i, "text": t} for i, t in enumerate(texts * k)]
            pq.write_table(pa.Table.from_pylist(rows), pqf, row_group_size=len(rows))
            del rows
            out = subprocess.run(
                [sys.executable, "-c", _READER_CHILD, str(pqf)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            mb = pqf.stat().st_size / 1e6
            print(
                f"| Parquet, one row group, corpus ×{k} ({int(out[0]):,} records, {mb:.0f} MB) | "
                f"`read_records` alone: peak RSS {int(out[1]) / 1024:.0f} MiB |"
            )


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("what", choices=("overhead", "idle", "sizes", "memory", "reader"))
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--partitions", type=int, default=10, help="overhead: Dask partitions")
    args = p.parse_args()
    if args.what == "sizes":  # the files themselves: the command line's reports name them
        print(f"Python {sys.version.split()[0]}\n\n| measure | result |\n|---|---|")
        paths = sorted(args.corpus.resolve().glob("*.txt"))[: args.limit]
        os.chdir(args.corpus)  # the reports name their files as the command line run there does
        sizes(paths)
        return
    texts = load(args.corpus, args.limit)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n\n| measure | result |\n|---|---|"
    )
    if args.what == "overhead":
        overhead(texts, args.partitions)
        return
    run = {"idle": idle, "memory": memory, "reader": reader}
    run[args.what](texts)


if __name__ == "__main__":
    main()
