"""Scale-out overhead per article, record sizes, and memory of corpus inputs.

Usage (from the repository root, with the test extra installed: pip install -e '.[test]'):

    python benchmarks/scale.py overhead [--corpus ../shared/corpus/news] [--limit 1000]
    python benchmarks/scale.py overhead --engine ray|spark [--corpus ...] [--limit 1000]
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

``overhead --engine ray`` and ``--engine spark``: the Ray and the Spark ``pandas_udf`` examples
of docs/scale.md instead of the pool and Dask, against the same loop, each run twice on one
fresh session (``ray.init(num_cpus=2)``; ``local[2]``): Ray with one task per article and
with one task per chunk of ``len(texts) // --partitions`` articles, Spark with its defaults,
with Arrow in the driver (``spark.sql.execution.arrow.pyspark.enabled``) and with Arrow
batches of one chunk (``spark.sql.execution.arrow.maxRecordsPerBatch``). CPU time is that of
this process and of every process descended from it (Linux ``/proc``: Ray's GCS, raylet,
dashboard, monitors and workers; Spark's JVM and Python workers), split into driver, the
engine's own processes and its workers. Ray and PySpark are not newsread dependencies:
install them (and pandas, pyarrow; Java for Spark) in a separate environment; without them
the mode says so and exits.

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
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

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
    label: str, parts: tuple[str, ...], loop: Loop, n: int,
    cold: tuple[float, ...], warm: tuple[float, ...], t_run: float, t_start: float,
) -> None:  # fmt: skip
    """Two rows for an engine computed twice on the same cluster: the first run (cold
    workers) against the cold loop, the second (warm workers) against the warm loop; ``cold``
    and ``warm`` are CPU seconds of the processes named by ``parts`` (this process first, the
    workers, which did the loop's work, last)."""

    def split(cpu: tuple[float, ...], ref: float) -> str:
        shares = [*cpu[:-1], cpu[-1] - ref]
        return ", ".join(f"{name} {_ms(c, n)}" for name, c in zip(parts, shares, strict=True))

    print(
        f"| {label}: first run (cold workers) | overhead {_ms(sum(cold) - loop.cold, n)} over "
        f"the cold loop ({split(cold, loop.cold)}); {t_run:.1f} s wall, speed-up "
        f"{loop.wall / t_run:.2f}×; start-up {t_start:.1f} s |"
    )
    print(
        f"| the same, second run on the same cluster (warm workers) | overhead "
        f"{_ms(sum(warm) - loop.warm, n)} over the warm loop ({split(warm, loop.warm)}) |"
    )


def overhead(texts: list[str], partitions: int, engine: str = "dask") -> None:
    import newsread

    n = len(texts)
    loop = _loops(texts)
    if engine != "dask":
        _other_engine(engine, texts, partitions, loop)
        return
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


def _tree_cpu(is_worker: Callable[[str], bool]) -> tuple[float, float, float]:
    """CPU seconds of this process (with the children it has reaped), and of the processes
    descended from it that are alive now (with the children those have reaped), split by
    ``is_worker(command line)`` into the engine's other processes and its workers (Linux
    ``/proc``): a Ray or Spark session started here runs in such processes (Ray's GCS,
    raylet, dashboard, monitors and workers; Spark's JVM and its Python workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        parent[int(entry)] = int(fields[1])
        times[int(entry)] = sum(int(f) for f in fields[11:15]) / tick  # u, s, cu, cs time
    split = [0.0, 0.0]  # other processes, workers
    stack = [os.getpid()]
    while stack:
        kids = [child for child, ppid in parent.items() if ppid == stack[-1]]
        stack.pop()
        for kid in kids:
            try:
                with open(f"/proc/{kid}/cmdline", "rb") as fh:
                    command = fh.read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                command = ""
            split[is_worker(command)] += times[kid]
        stack.extend(kids)
    return _cpu(), split[0], split[1]


#: Ray runs measured by ``overhead --engine ray``: articles per task (None: one task per
#: article, the first thing one writes; else ``len(texts) // partitions``, one task per chunk
#: as in docs/scale.md).
RAY_RUNS: dict[str, int | None] = {"one task per article": None, "one task per chunk": 0}

#: Spark runs measured by ``overhead --engine spark``: settings over Spark's defaults (the
#: input frame made from pandas in ``local[2]``'s 2 partitions, as many Arrow batches of at
#: most 10,000 rows each as needed; 0 below means ``len(texts) // partitions``).
SPARK_RUNS: dict[str, dict[str, int | str]] = {
    "Spark defaults": {},
    "Arrow in the driver too (`arrow.pyspark.enabled`)": {
        "spark.sql.execution.arrow.pyspark.enabled": "true",
    },
    "the same, Arrow batches of --partitions' chunk (`arrow.maxRecordsPerBatch`)": {
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.sql.execution.arrow.maxRecordsPerBatch": 0,
    },
}


def _other_engine(engine: str, texts: list[str], partitions: int, loop: Loop) -> None:
    """``overhead --engine ray|spark``: the docs/scale.md example of that engine, measured
    like Dask (each run twice on one fresh session: cold workers, then warm), against the
    same loop; CPU of this process (the driver) and of every process the session started."""
    n = len(texts)
    chunk = max(1, n // partitions)
    rows = []
    if engine == "ray":
        for name, per_task in RAY_RUNS.items():
            got, cold, warm, t_run, t_start = _ray_run(texts, chunk if per_task == 0 else None)
            assert got == loop.plain, name
            rows.append((f"Ray {_version('ray')}, `ray.init(num_cpus=2)`, {name}", cold, warm,
                         t_run, t_start))  # fmt: skip
        parts = ("driver", "Ray's own processes (GCS, raylet, dashboard, monitors)", "workers")
    else:
        for name, settings in SPARK_RUNS.items():
            conf = {k: (chunk if v == 0 else v) for k, v in settings.items()}
            got, cold, warm, t_run, t_start = _spark_run(texts, conf)
            assert got == loop.plain, name
            rows.append((f"Spark {_version('pyspark')}, `local[2]`, pandas_udf, {name}", cold,
                         warm, t_run, t_start))  # fmt: skip
        parts = ("driver", "JVM", "Python workers")
    _print_loops(loop, n)
    for label, cold, warm, t_run, t_start in rows:
        _print_run(label, parts, loop, n, cold, warm, t_run, t_start)
    print(f"\n{_versions()}")


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _versions() -> str:
    names = ("ray", "pyspark", "py4j", "pandas", "pyarrow", "numpy")
    found = []
    for name in names:
        try:
            found.append(f"{name} {_version(name)}")
        except Exception:  # not installed
            continue
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    return ", ".join(found) + (f"; {java.splitlines()[0]}" if java else "")


def _measure(
    run: Callable[[], list[dict]], is_worker: Callable[[str], bool]
) -> tuple[list[dict], tuple[float, ...], float]:
    """Records by ``run()``, its CPU seconds (this process, the engine's other processes, its
    workers: ``_tree_cpu``) and wall seconds."""
    before = _tree_cpu(is_worker)
    t = time.perf_counter()
    got = run()
    wall = time.perf_counter() - t
    return got, tuple(b - a for a, b in zip(before, _tree_cpu(is_worker), strict=True)), wall


def _ray_run(
    texts: list[str], chunk: int | None
) -> tuple[list[dict], tuple[float, ...], tuple[float, ...], float, float]:
    """Records of ``texts`` by Ray tasks on a fresh ``ray.init(num_cpus=2)``, one per
    article (``chunk`` None) or one per ``chunk`` articles (the docs/scale.md example),
    computed twice: as ``_dask_run``."""
    import ray

    import newsread

    t = time.perf_counter()
    ray.init(num_cpus=2, log_to_driver=False, logging_level="ERROR")

    @ray.remote
    def score(texts: list[str]) -> list[dict]:
        return list(newsread.analyze_many(texts, output="record"))

    @ray.remote
    def score_one(text: str) -> dict:
        return next(newsread.analyze_many([text], output="record"))

    @ray.remote
    def warm() -> int:  # both workers started and given the loop's one-article warm-up
        _warm_like_the_loop()
        time.sleep(1)
        return os.getpid()

    assert len(set(ray.get([warm.remote(), warm.remote()]))) == 2
    t_start = time.perf_counter() - t

    def run() -> list[dict]:
        if chunk is None:
            return ray.get([score_one.remote(text) for text in texts])
        batches = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
        return [r for batch in ray.get([score.remote(b) for b in batches]) for r in batch]

    def is_worker(command: str) -> bool:  # ray::IDLE, ray::score, not ray::DashboardAgent
        return command.startswith("ray::") and not command.split()[0].endswith("Agent")

    got, cold, t_run = _measure(run, is_worker)
    again, warm_cpu, _ = _measure(run, is_worker)
    assert again == got
    ray.shutdown()
    return got, cold, warm_cpu, t_run, t_start


def _spark_run(
    texts: list[str], conf: dict[str, int | str]
) -> tuple[list[dict], tuple[float, ...], tuple[float, ...], float, float]:
    """Records of ``texts`` by the docs/scale.md pandas UDF on a fresh ``local[2]`` session
    with ``conf``, the frame made from pandas
    and the result brought back with ``toPandas()``, computed twice: as ``_dask_run``. The
    records are compared from ``collect()`` after the measured runs."""
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.pandas.types import from_arrow_schema

    import newsread
    import newsread.dask

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need newsread too
    t = time.perf_counter()
    builder = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
    for key, value in conf.items():
        builder = builder.config(key, str(value))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")

    record_schema = newsread.dask.arrow_schema()
    spark_schema = from_arrow_schema(pa.schema([f.with_nullable(True) for f in record_schema]))

    def score(texts: Any) -> Any:  # the docs/scale.md UDF
        return newsread.to_dataframe(
            newsread.analyze_many(texts.fillna("").tolist(), output="record")
        )

    def warm(texts: Any) -> Any:  # the loop's warm-up, in both workers
        _warm_like_the_loop()
        time.sleep(1)
        return pd.Series([os.getpid()] * len(texts))

    # Spark reads the hints (Series to DataFrame: a scalar pandas UDF); in this module they
    # would be strings (``from __future__ import annotations``) naming a local import
    score.__annotations__ = {"texts": pd.Series, "return": pd.DataFrame}
    warm.__annotations__ = {"texts": pd.Series, "return": pd.Series}
    score, warm = pandas_udf(spark_schema)(score), pandas_udf("long")(warm)

    pids = spark.range(2, numPartitions=2).selectExpr("cast(id as string) as text")
    assert len({r[0] for r in pids.select(warm("text")).collect()}) == 2
    t_start = time.perf_counter() - t

    def frame() -> Any:
        df = spark.createDataFrame(pd.DataFrame({"text": texts}))  # in input order
        return df.select(score("text").alias("r")).select("r.*")

    def run() -> list[dict]:
        frame().toPandas()
        return []

    def is_worker(command: str) -> bool:
        return "pyspark.daemon" in command  # the daemon and the workers it forks

    _, cold, t_run = _measure(run, is_worker)
    _, warm_cpu, _ = _measure(run, is_worker)
    got = [r.asDict() for r in frame().collect()]
    spark.stop()
    return got, cold, warm_cpu, t_run, t_start


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
    p.add_argument(
        "--partitions", type=int, default=10,
        help="overhead: Dask partitions; Ray tasks and Spark partitions of the batch runs",
    )  # fmt: skip
    p.add_argument(
        "--engine", choices=("dask", "ray", "spark"), default="dask",
        help="overhead: measure newsread's pool and Dask (default), or the Ray or Spark "
        "example of docs/scale.md (not newsread dependencies: install them apart)",
    )  # fmt: skip
    args = p.parse_args()
    if args.what == "overhead" and args.engine != "dask":
        module = {"ray": "ray", "spark": "pyspark"}[args.engine]
        try:
            __import__(module)
        except ImportError:
            print(
                f"skipped: --engine {args.engine} needs {module}, which is not installed; it "
                f"is not a newsread dependency: pip install {module} pandas pyarrow (and, for "
                "Spark, a Java runtime) in a separate environment",
                file=sys.stderr,
            )
            return
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
        overhead(texts, args.partitions, args.engine)
        return
    run = {"idle": idle, "memory": memory, "reader": reader}
    run[args.what](texts)


if __name__ == "__main__":
    main()
