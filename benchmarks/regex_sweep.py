"""Sweep every regular expression newsread compiles for super-linear time, automatically.

Hand-written hostile inputs (tests/test_robustness_linear.py) catch the slow patterns someone
thought of; this sweep catches the next one by machine. It

1. **finds every pattern**: ``re`` is watched while newsread is imported and exercised (the
   command line in every format, segmentation, sentences, warnings, decoding), so module
   constants, patterns built by functions from the data files (boilerplate phrases, agency
   lists) and patterns compiled inside functions are all caught, each named by the attribute
   that holds it or by the line that compiled it;
2. **crafts inputs from each pattern's own shape**: long runs of spaces, tabs, "@", "/",
   ":", ".", letters and digits alone; a *skeleton* of the pattern (its literal pieces in
   order, the first alternative of each choice, one character of each class) with one
   repeated part blown up to a long run of its own character or of a filler, followed
   either by the rest of the skeleton or by a character that makes the match fail late;
   the skeleton and each literal piece repeated;
3. **times each input at growing sizes** with ``finditer`` (a search from every position)
   and ``match`` (a match at the start). A linear pattern takes about 10 times longer on 10
   times the text; one that takes 30 times longer, and then more than 8 times longer again
   on 4 times the text, is super-linear. An input that takes longer than the timeout is
   super-linear too (``re`` checks for signals, so a timer can stop it: :func:`cpu_limited`).

Usage (from the repository root)::

    python benchmarks/regex_sweep.py                         # 10^3 .. 10^6 characters
    python benchmarks/regex_sweep.py --sizes 1000,10000 --quick
    python benchmarks/regex_sweep.py --only GALLERY_RE --verbose

It prints one Markdown row per super-linear (pattern, input) and a summary line; the exit
code is 1 when anything super-linear was found. ``tests/test_regex_sweep.py`` runs the same
sweep at modest sizes on every pattern.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import os
import pkgutil
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import _lru_cache_wrapper
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent

#: Characters whose long runs are tried alone and inside each pattern's skeleton.
FILLERS = (" ", "\t", "@", "/", ":", ".", "a", "A", "1", "-", "'", "\n", "\u00a0")
#: The fillers tried at each blown-up part of a skeleton (its own character is always tried).
GAP_FILLERS = (" ", "\t", "@", "/", ":", ".", "a", "1")
#: A character that ends an input so that a match fails as late as possible.
SPOILER = "\x01"
#: Growth of time from one size to the next (10 times the text) above which a pattern is
#: suspect; linear is about 10, quadratic about 100.
SUSPECT_GROWTH = 30.0
#: Growth on 4 times the text that confirms a suspect (linear 4, quadratic 16).
CONFIRM_GROWTH = 8.0
#: Below this many seconds, a timing is noise: never suspect on it.
FLOOR = 0.002


@dataclass(frozen=True)
class Found:
    """One compiled pattern: its source, flags, the name it is known by, where it lives."""

    name: str
    pattern: str
    flags: int
    origin: str  # "module:line" that compiled it
    ours: bool  # compiled by newsread (else by a library newsread called on its input)

    def compile(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


# --- 1. Finding every pattern ------------------------------------------------------------


def _caller() -> tuple[str, int, bool]:
    """The module and line that asked ``re`` for a pattern, and whether newsread was on
    the way there (a library called by newsread)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "") in (
        "re",
        "functools",
        __name__,
    ):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return "?", 0, False
    module = str(frame.f_globals.get("__name__", "?"))
    line = frame.f_lineno
    via = False
    f: Any = frame
    while f is not None:
        if str(f.f_globals.get("__name__", "")).startswith("newsread"):
            via = True
            break
        f = f.f_back
    return module, line, via


SAMPLE = """City council approves plan to turn old rail yard into a park

By Maria Lopez and John O'Neil | Updated Dec. 21, 2026, 9:24 p.m. ET

WASHINGTON (Reuters) - The council voted 7-2 on Monday to turn the old rail yard into a
park, ending a two-year-long fight. "We will not take chances," Mr. Lee said at 5 p.m.
The U.S. Army Corps of Engineers will help; repairs cost $2.4 million (3.5%) in 2022.

Image 1 of 5
Photo: Tim Clayton / AFP via Getty Images
Crews work on the bridge on Dec. 21. REUTERS/Lee Chen
Advertisement
Share this article: Facebook | Twitter | E-mail
Contact the writer at jane.doe@example.com or https://example.com/news?id=1
Sign up for our newsletter. Copyright © 2026 The Daily News. All rights reserved.
Related: • More stories » Business
This article was originally published by The Conversation. Read the original article.

Residents said the plan – a “once in a generation” chance – was overdue. Is it? Yes!
1. First item
- a bullet
"""


def _exercise() -> None:
    """Run every stage newsread has on a varied article, so lazily built patterns exist."""
    import io

    import newsread
    from newsread import cli
    from newsread._io import decode
    from newsread._language import text_warnings

    for name, value in vars(cli).items():
        if name.isupper() and isinstance(value, tuple) and "rich" in value:
            formats = [str(v) for v in value]
            break
    else:  # pragma: no cover
        formats = ["rich", "json", "jsonl", "csv"]
    text = SAMPLE + "\u2028" + SAMPLE.upper() + "<p>markup</p>\n" + "Le café est très bon.\n"
    newsread.analyze(text)
    newsread.segment(text)
    newsread.split_sentences(text)
    text_warnings(text)
    decode(text.encode("utf-8"), "x.txt")
    decode(text.encode("cp1252", "replace"), "x.txt")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "a.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        for fmt in formats:
            for extra in ([], ["--show-text"], ["--show-blocks"]):
                cli.main([path, path, "--format", fmt, *extra], io.StringIO(), io.StringIO())
                cli.main([path, "--format", fmt, *extra], io.StringIO(), io.StringIO())


def _modules() -> Iterator[Any]:
    import newsread

    yield newsread
    for info in pkgutil.walk_packages(newsread.__path__, "newsread."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def _names() -> dict[int, list[str]]:
    """Where each pattern is held: module attributes, class attributes, zero-argument
    cached builders' results (every name, for a pattern imported into other modules)."""
    names: dict[int, list[str]] = {}

    def note(value: Any, name: str) -> None:
        if isinstance(value, re.Pattern):
            names.setdefault(id(value), []).append(name)
        elif isinstance(value, (tuple, list)):
            for i, v in enumerate(value[:50]):
                note(v, f"{name}[{i}]")
        elif isinstance(value, dict):
            for k, v in list(value.items())[:50]:
                if isinstance(v, re.Pattern):
                    note(v, f"{name}[{k!r}]")

    for module in _modules():
        mod = module.__name__
        for attr, value in vars(module).items():
            note(value, f"{mod}.{attr}")
            if inspect.isclass(value) and value.__module__ == mod:
                for cattr, cvalue in vars(value).items():
                    note(cvalue, f"{mod}.{attr}.{cattr}")
            if isinstance(value, _lru_cache_wrapper) and getattr(value, "__module__", "") == mod:
                try:
                    params = inspect.signature(value).parameters.values()
                except (TypeError, ValueError):
                    continue
                if all(p.default is not p.empty for p in params):
                    # A builder that needs its arguments after all is left out.
                    with contextlib.suppress(Exception):
                        note(value(), f"{mod}.{attr}()")
    return names


def discover_here() -> list[Found]:
    """Find the patterns in this process (newsread must not be imported yet)."""
    if any(m == "newsread" or m.startswith("newsread.") for m in sys.modules):
        raise RuntimeError("discover_here() needs a process where newsread is not imported")
    real = re._compile  # type: ignore[attr-defined]
    seen: dict[tuple[str, int], tuple[Any, str, bool]] = {}

    def watching(pattern: Any, flags: Any) -> Any:
        compiled = real(pattern, flags)
        if isinstance(pattern, str):
            key = (pattern, int(compiled.flags))
            if key not in seen:
                module, line, via = _caller()
                if module.startswith("newsread") or via:
                    seen[key] = (compiled, f"{module}:{line}", module.startswith("newsread"))
        return compiled

    re._compile = watching  # type: ignore[attr-defined]
    try:
        sys.path.insert(0, str(ROOT))
        _exercise()
        names = _names()
    finally:
        re._compile = real  # type: ignore[attr-defined]
    found = []
    for (pattern, flags), (compiled, origin, ours) in seen.items():
        held = names.get(id(compiled), [])
        home = origin.split(":")[0] + "."
        name = next((n for n in held if n.startswith(home)), held[0] if held else "")
        name = name or f"(built at {origin})"
        found.append(Found(name, pattern, flags, origin, ours))
    return sorted(found, key=lambda f: (not f.ours, f.name, f.pattern))


def discover() -> list[Found]:
    """Every pattern, found in a fresh interpreter (so nothing was compiled unseen)."""
    proc = subprocess.run(
        [sys.executable, __file__, "--discover-json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return [Found(**row) for row in json.loads(proc.stdout)]


# --- 2. Crafting inputs from a pattern's shape --------------------------------------------

_CATEGORY_CHAR = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
    "CATEGORY_LINEBREAK": "\n",
    "CATEGORY_NOT_LINEBREAK": "a",
}
_CATEGORY_TEST: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda c: not c.isdigit(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda c: not c.isspace(),
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
    "CATEGORY_NOT_WORD": lambda c: not (c.isalnum() or c == "_"),
    "CATEGORY_LINEBREAK": lambda c: c == "\n",
    "CATEGORY_NOT_LINEBREAK": lambda c: c != "\n",
}
#: Characters tried, in order, as the one character of a class.
_PREFERRED = " a1.@/:-\tA'\n~#,;!?()[]<>\"“”’«»|•·*+=_&%$£€0"


def _in_set(ch: str, items: list[Any]) -> bool:
    negate = False
    hit = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit = hit or ord(ch) == av
        elif name == "RANGE":
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif name == "CATEGORY":
            test = _CATEGORY_TEST.get(str(av))
            hit = hit or bool(test and test(ch))
    return hit != negate


def _one_of(items: list[Any]) -> str:
    for ch in _PREFERRED:
        if _in_set(ch, items):
            return ch
    for op, av in items:
        if str(op) == "LITERAL":
            return chr(av)
        if str(op) == "RANGE":
            return chr(av[0])
    return "a"


@dataclass
class Skeleton:
    """A pattern written out once: literal text, and the places where a part repeats."""

    text: list[str] = field(default_factory=list)
    gaps: list[tuple[int, str]] = field(default_factory=list)  # (position, its character)
    literals: list[str] = field(default_factory=list)

    def add(self, s: str) -> None:
        if s and len(self.text) < 400:
            self.text.append(s)

    def position(self) -> int:
        return sum(map(len, self.text))


def _walk(items: Any, sk: Skeleton, depth: int = 0) -> None:
    if depth > 40:
        return
    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            sk.add(chr(av))
            continue
        if len(run) >= 2:
            sk.literals.append(run)
        run = ""
        if name == "NOT_LITERAL":
            sk.add("a" if av != ord("a") else "b")
        elif name == "IN":
            sk.add(_one_of(av))
        elif name == "ANY":
            sk.add("a")
        elif name == "CATEGORY":
            sk.add(_CATEGORY_CHAR.get(str(av), "a"))
        elif name == "BRANCH":
            _walk(av[1][0], sk, depth + 1)
            for alternative in av[1][1:4]:  # a few other alternatives' literals too
                other = Skeleton()
                _walk(alternative, other, depth + 1)
                sk.literals.extend(other.literals)
                if len("".join(other.text)) >= 2:
                    sk.literals.append("".join(other.text))
        elif name == "SUBPATTERN":
            _walk(av[-1], sk, depth + 1)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, item = av
            inner = Skeleton()
            _walk(item, inner, depth + 1)
            piece = "".join(inner.text) or "a"
            sk.gaps.append((sk.position(), piece[0]))
            sk.literals.extend(inner.literals)
            sk.add(piece * max(1, min(int(low), 3)))
        elif name == "ATOMIC_GROUP":
            _walk(av, sk, depth + 1)
        # AT (anchors), ASSERT, ASSERT_NOT, GROUPREF...: nothing to write
    if len(run) >= 2:
        sk.literals.append(run)


def skeleton(found: Found) -> tuple[str, list[tuple[int, str]], list[str]]:
    """The pattern's skeleton text, its repeat positions and its literal pieces."""
    try:
        parsed = sre_parse.parse(found.pattern, found.flags)
    except Exception:  # pragma: no cover - every pattern here compiled already
        return "", [], []
    sk = Skeleton()
    _walk(parsed, sk)
    text = "".join(sk.text)
    literals = sorted({lit for lit in sk.literals if lit.strip()}, key=lambda s: (-len(s), s))
    return text, sk.gaps[:24], literals[:12]


def cases(found: Found, quick: bool = False) -> Iterator[tuple[str, Callable[[int], str]]]:
    """(description, make(n)) for every crafted input of a pattern."""
    text, gaps, literals = skeleton(found)
    fillers = FILLERS[:9] if quick else FILLERS
    for c in fillers:
        yield f"run of {c!r}", lambda n, c=c: c * n
    gap_fillers = GAP_FILLERS[:2] if quick else GAP_FILLERS
    seen: set[tuple[int, str]] = set()
    for pos, own in gaps[: 8 if quick else 24]:
        head, tail = text[:pos], text[pos:]
        for c in dict.fromkeys((own, *gap_fillers)):
            if (pos, c) in seen:
                continue
            seen.add((pos, c))
            yield (
                f"{head[-24:]!r} + run of {c!r} + rest",
                lambda n, h=head, c=c, t=tail: h + c * max(1, n - len(h) - len(t)) + t,
            )
            yield (
                f"{head[-24:]!r} + run of {c!r} + spoiler",
                lambda n, h=head, c=c: h + c * max(1, n - len(h) - 1) + SPOILER,
            )
    if text:
        for sep in ("", " ", "\n"):
            unit = text + sep
            yield (
                f"skeleton {text[:24]!r} + {sep!r} repeated",
                lambda n, u=unit: (u * (n // len(u) + 1))[:n],
            )
    for lit in literals[: 4 if quick else 12]:
        for sep in ("", " "):
            unit = lit + sep
            yield f"{lit[:24]!r} + {sep!r} repeated", lambda n, u=unit: (u * (n // len(u) + 1))[:n]


# --- 3. Timing --------------------------------------------------------------------------


class _Timeout(Exception):
    pass


#: Methods that try a pattern at one given position only; every other use searches.
ANCHORED_METHODS = frozenset({"match", "fullmatch"})


def _package_source() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "newsread").rglob("*.py"))
    )


def uses(found: Found, source: str | None = None) -> set[str]:
    """How newsread's code calls a pattern: the methods named after it ("match",
    "finditer"...), read from the package source. A pattern passed around by value, or one
    built by a function (no name to look for), may be used any way: ``{"?"}``."""
    name = found.name.rsplit(".", 1)[-1]
    if not name.isidentifier():
        return {"?"}
    source = _package_source() if source is None else source
    methods: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(name)}\b(\.\w+)?", source):
        line = source[source.rfind("\n", 0, m.start()) + 1 : source.find("\n", m.end())]
        if m.group(1):
            methods.add(m.group(1)[1:])
        elif not re.match(
            rf"\s*(?:{re.escape(name)}\s*[:=]|from |import |#|\"|'|\|)", line.strip()
        ) and not re.search(rf"^\s*{re.escape(name)},?$|import|^\s*#", line):
            methods.add("?")  # passed by value, or put in a table
    return methods or {"?"}


def _ops(
    compiled: re.Pattern[str], used: set[str] | None = None
) -> dict[str, Callable[[str], object]]:
    """The operations to time: a match at the start, and a search from every position
    unless the pattern is only ever tried at a given position (``used``)."""

    def search_all(s: str) -> int:
        k = 0
        for _ in compiled.finditer(s):
            k += 1
        return k

    ops: dict[str, Callable[[str], object]] = {"match": compiled.match}
    if used is None or not used <= ANCHORED_METHODS:
        ops["finditer"] = search_all
    return ops


def cpu_limited(fn: Callable[[str], object], text: str, budget: float) -> float:
    """CPU seconds ``fn(text)`` takes, or ``inf`` once it has used ``budget`` CPU seconds.

    A wall-clock timer ticks every 50 ms and stops the call only when the CPU time spent
    passes the budget: a process starved by a busy machine is never cut short, and the
    CPU clock keeps its resolution (arming a CPU-time timer, ``ITIMER_PROF``, makes Linux
    account CPU time in 4 ms ticks). ``re`` checks for signals while it matches.
    """
    if not (hasattr(signal, "setitimer") and _main_thread()):  # pragma: no cover
        start = time.process_time()
        fn(text)
        return time.process_time() - start
    start = time.process_time()

    def tick(signum: int, frame: Any) -> None:
        if time.process_time() - start > budget:
            signal.setitimer(signal.ITIMER_REAL, 0)  # one raise at most
            raise _Timeout

    old = signal.signal(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
    try:
        try:
            fn(text)
        finally:  # a tick may still come while the timer is disarmed: it is caught below
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        return float("inf")
    finally:
        signal.signal(signal.SIGALRM, old)
    return time.process_time() - start


def timed(fn: Callable[[str], object], text: str, timeout: float) -> float:
    """CPU seconds ``fn(text)`` takes (best of three when short); ``inf`` past ``timeout``
    CPU seconds (:func:`cpu_limited`)."""
    best = float("inf")
    for _ in range(3):
        took = cpu_limited(fn, text, timeout)
        if took == float("inf"):
            return took
        best = min(best, took)
        if took > 0.02:
            break
    return best


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


@dataclass(frozen=True)
class Finding:
    """A (pattern, input, operation) whose time grows faster than its input."""

    found: Found
    case: str
    op: str
    times: tuple[tuple[int, float], ...]  # (size, seconds), inf for a timeout

    def row(self) -> str:
        shown = ", ".join(
            f"{n:,}: {'timeout' if t == float('inf') else f'{t * 1000:.1f} ms'}"
            for n, t in self.times
        )
        return f"| `{self.found.name}` | {self.case} | {self.op} | {shown} |"


def sweep_pattern(
    found: Found,
    sizes: tuple[int, ...],
    quick: bool = False,
    timeout: float = 2.0,
    used: set[str] | None = None,
    first: bool = False,
) -> list[Finding]:
    """Every crafted input of one pattern at each size; the super-linear ones.

    A case is followed up to the next size only while it stays under ``timeout``; it is
    a finding when its time grows more than :data:`SUSPECT_GROWTH` times over a tenfold
    size step and then more than :data:`CONFIRM_GROWTH` times over a fourfold one, or when
    it times out at a size where linear work would take milliseconds. ``used`` (see
    :func:`uses`) leaves out the search from every position for a pattern only ever
    matched at one; ``None`` times both. ``first`` stops at the first finding.
    """
    compiled = found.compile()
    findings = []
    for case, make in cases(found, quick):
        for op, fn in _ops(compiled, used).items():
            times: list[tuple[int, float]] = []
            suspect = False
            for n in sizes:
                t = timed(fn, make(n), timeout)
                times.append((n, t))
                if t == float("inf"):
                    suspect = True
                    break
                if len(times) >= 2:
                    (n0, t0), (n1, t1) = times[-2], times[-1]
                    if t1 > FLOOR and t1 > max(t0, 1e-6) * SUSPECT_GROWTH * (n1 / n0) / 10:
                        suspect = True
                        break
                if t > timeout / 4:
                    break
            if not suspect:
                continue
            last_n, last_t = times[-1]
            if last_t != float("inf"):  # confirm on four times the text
                t4 = timed(fn, make(4 * last_n), timeout)
                times.append((4 * last_n, t4))
                if t4 != float("inf") and t4 <= last_t * CONFIRM_GROWTH:
                    continue  # noise: four times the text took about four times as long
            findings.append(Finding(found, case, op, tuple(times)))
            if first:
                return findings
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--quick", action="store_true", help="fewer fillers and skeleton parts")
    parser.add_argument("--only", default="", help="patterns whose name contains this")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per timing")
    parser.add_argument("--third-party", action="store_true", help="also library patterns")
    parser.add_argument(
        "--all-ops", action="store_true", help="search every pattern, even one only matched"
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--discover-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.discover_json:
        print(json.dumps([f.__dict__ for f in discover_here()]))
        return 0
    sizes = tuple(int(s) for s in args.sizes.split(","))
    start = time.time()
    found = [f for f in discover() if (f.ours or args.third_party) and args.only in f.name]
    findings: list[Finding] = []
    n_cases = 0
    source = _package_source()
    for f in found:
        t0 = time.time()
        used = uses(f, source) if f.ours and not args.all_ops else None
        got = sweep_pattern(f, sizes, args.quick, args.timeout, used)
        n_cases += sum(1 for _ in cases(f, args.quick)) * len(_ops(f.compile(), used))
        findings += got
        if args.verbose:
            print(f"{f.name}: {len(got)} super-linear, {time.time() - t0:.1f}s", file=sys.stderr)
    if findings:
        print("| pattern | input | operation | CPU time by size |")
        print("|---|---|---|---|")
        for finding in findings:
            print(finding.row())
    print(
        f"\n{len(found)} patterns ({sum(f.ours for f in found)} newsread's), {n_cases:,} "
        f"(input, operation) cases at sizes {', '.join(f'{n:,}' for n in sizes)}: "
        f"{len(findings)} super-linear; {time.time() - start:.0f} s"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
