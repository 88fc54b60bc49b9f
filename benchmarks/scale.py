"""Scale-out overhead per article, record sizes, and memory of corpus inputs.

Usage (from the repository root, with the test extra installed: pip install -e '.[test]'):

    python benchmarks/scale.py overhead [--corpus ../shared/corpus/news] [--limit 1000]
    python benchmarks/scale.py sizes    [--corpus ...]
    python benchmarks/scale.py memory   [--corpus ...]

``overhead``: the same articles, as flat records, analysed (1) in this process by a plain loop,
(2) by ``analyze_many(..., workers=2, output="record")`` and (3) by ``newsread.dask.analyze_bag``
on a ``distributed.LocalCluster`` of 2 worker processes (1 thread each). Overhead per article
is the extra CPU time (this process and every worker: for the pool, its start-up included;
for Dask, the scheduler in this process and the workers during the run) over the plain loop,
divided by the number of articles: CPU time, because wall time on a shared machine says more
about the other users than about newsread. Wall times and speed-ups are printed too. Every
figure comes from one run; repeat and give ranges.

``sizes``: bytes of JSON per article for the flat record, the compact report and the full
report (median article, and the median over the corpus).

``memory``: peak RSS of the command line over the corpus as one JSON Lines file and as one
Parquet file, 1x and 10x the corpus (``--workers 2``, output discarded).
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


def overhead(texts: list[str]) -> None:
    import dask.bag as db
    import distributed

    import newsread
    import newsread.dask

    n = len(texts)
    newsread.analyze("Warm up.\n\nThe tables load once.")
    c, t = _cpu(), time.perf_counter()
    plain = list(newsread.analyze_many(texts, output="record"))
    c_in, t_in = _cpu() - c, time.perf_counter() - t
    c, t = _cpu(), time.perf_counter()
    pooled = list(newsread.analyze_many(texts, workers=2, output="record"))
    c_pool, t_pool = _cpu() - c, time.perf_counter() - t
    assert pooled == plain
    t = time.perf_counter()
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        host="127.0.0.1", silence_logs=50,
    )  # fmt: skip
    client = distributed.Client(cluster)
    t_start = time.perf_counter() - t
    newsread.dask.analyze_bag(db.from_sequence(texts[:4], npartitions=2)).compute()  # imports
    bag = db.from_sequence(texts, npartitions=max(2, n // 100))
    before = sum(client.run(time.process_time).values())
    c, t = time.process_time(), time.perf_counter()
    got = newsread.dask.analyze_bag(bag).compute()
    t_dask = time.perf_counter() - t
    c_dask = time.process_time() - c + sum(client.run(time.process_time).values()) - before
    assert got == plain
    client.close()
    cluster.close()

    def per(cpu: float) -> str:
        return f"{(cpu - c_in) / n * 1000:+.2f} ms"

    print(
        f"| {n} articles, in-process loop (`analyze_many`, records) | {c_in / n * 1000:.2f} ms CPU per article ({t_in:.1f} s wall) |"
    )
    print(
        f"| newsread pool, 2 workers, records | overhead {per(c_pool)} CPU per article (worker start-up and table loading included); {t_pool:.1f} s wall, speed-up {t_in / t_pool:.2f}× |"
    )
    print(
        f"| Dask LocalCluster, 2 processes, `analyze_bag` | overhead {per(c_dask)} CPU per article (scheduler and both workers; start-up apart); {t_dask:.1f} s wall, speed-up {t_in / t_dask:.2f}× |"
    )
    print(f"| Dask LocalCluster start-up (2 processes) | {t_start:.1f} s wall |")


def sizes(texts: list[str]) -> None:
    import newsread
    from newsread._output import compact_exclude

    recs, compact, full = [], [], []
    for text in texts:
        report = newsread.analyze(text)
        recs.append(len(json.dumps(report.to_row(), ensure_ascii=False).encode()))
        compact.append(len(report.model_dump_json(exclude=compact_exclude(type(report))).encode()))
        full.append(len(report.model_dump_json().encode()))
    inputs = [len(t.encode()) for t in texts]
    print(f"| median input | {statistics.median(inputs) / 1000:.1f} KB |")
    print(
        f"| flat record, JSON | median {statistics.median(recs) / 1000:.2f} KB, max {max(recs) / 1000:.2f} KB |"
    )
    print(f"| compact report (`--compact`) | median {statistics.median(compact) / 1000:.1f} KB |")
    print(f"| full report | median {statistics.median(full) / 1000:.1f} KB |")


def _peak(args: list[str]) -> tuple[float, int]:
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


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("what", choices=("overhead", "sizes", "memory"))
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--limit", type=int, default=None)
    args = p.parse_args()
    texts = load(args.corpus, args.limit)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n\n| measure | result |\n|---|---|"
    )
    {"overhead": overhead, "sizes": sizes, "memory": memory}[args.what](texts)


if __name__ == "__main__":
    main()
