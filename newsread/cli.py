"""The command line: ``python -m newsread FILE... [--format rich|json|jsonl|csv]``.

Only this module parses arguments. Exit codes are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from ._errors import (
    AnalysisError,
    Failure,
    InputError,
    NewsreadError,
    OutputError,
    UsageError,
    WorkerDiedError,
)
from ._limits import (
    DEFAULT_ENGINE,
    DEFAULT_MAX_BYTES,
    DEFAULT_NUMBERS,
    DEFAULT_READING_WPM,
    DEFAULT_SPEAKING_WPM,
    DEFAULT_TOP,
    ENGINES,
    NUMBERS,
)
from ._records import RecordFormat, TextRecord

if TYPE_CHECKING:
    from ._gate import Limits
    from ._models import Article, Report
    from ._options import Options

#: What the batch carries: a path, an input's error, or a record of a record input.
Item = str | InputError | AnalysisError | TextRecord

#: Exit codes, also documented in docs/cli.md (a test keeps the two in step).
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = AnalysisError.exit_code  # 70: a bug in newsread
EXIT_OUTPUT = OutputError.exit_code  # 74: the output could not be written
EXIT_TOO_HARD = 10  # --max-grade / --max-paragraph-grade: the copy is harder than allowed
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM

FORMATS = ("rich", "json", "jsonl", "csv", "html", "parquet")
#: The narrowest and widest ``--width``: below 20 columns every table is ellipses, and rich
#: pads each line to the width (a width of 10**9 would fill the memory).
MIN_WIDTH, MAX_WIDTH = 20, 1000
DEMO = "demo-article.txt"
#: Inputs from which a run loads the prebuilt word-form table before the first (records:
#: always). Alone, a table loads it after ``_forms.LOAD_AFTER`` (1,000) forms computed the
#: slow way, ~35 news articles, and in each worker of a pool; a batch this long gets there
#: anyway, so it loads it once, up front, and a pool's workers inherit it.
PRELOAD_INPUTS = 64


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every option here is documented in docs/cli.md)."""
    p = argparse.ArgumentParser(
        prog="newsread",
        description="Reading-level reports for news articles: the story's body only, "
        "with captions, bylines and page debris set aside.",
        epilog="Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 not found/unreadable, "
        "4 not text, 5 too large, 6 empty, 70 internal error, 74 output not written "
        "(see docs/cli.md).",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="text files or directories; - reads standard input",
    )
    p.add_argument(
        "--demo", action="store_true", help="analyse the sample article bundled with newsread"
    )
    p.add_argument(
        "-f", "--format", choices=FORMATS, default="rich", help="output format (default: rich)"
    )
    p.add_argument(
        "--output",
        default=None,
        metavar="FILE",
        help="the file --format parquet writes (Parquet is binary: never standard output)",
    )
    p.add_argument(
        "--compact",
        action="store_true",
        help="JSON for storage: no texts (offsets stay), no field at its default, floats to "
        "4 decimals (with --schema: the schema of that layout)",
    )
    p.add_argument(
        "--show-blocks", action="store_true", help="show every block with its kind and reason"
    )
    p.add_argument(
        "--show-text",
        action="store_true",
        help="add the article, with hard sentences, possible passives and adverbs marked",
    )
    p.add_argument(
        "--engine",
        choices=ENGINES,
        default=DEFAULT_ENGINE,
        help=f"whose counts and formulas to report (default: {DEFAULT_ENGINE})",
    )
    p.add_argument(
        "--numbers",
        choices=NUMBERS,
        default=DEFAULT_NUMBERS,
        help=f"syllables of a figure: as spoken ('2022' = 5) or one each (default: {DEFAULT_NUMBERS})",
    )
    p.add_argument(
        "--no-segment",
        action="store_true",
        help="the text is clean copy: measure every line but a leading title (default: find "
        "the story among captions, bylines and page debris)",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", "csv", "parquet"),
        default="auto",
        help="how to read the inputs: auto (by file name: .jsonl[.gz], .csv, .parquet hold "
        "records, anything else is one text), or one format for every input (default: auto)",
    )
    p.add_argument(
        "--text-field",
        default="text",
        metavar="F",
        help="field or column holding the article text in record inputs (default: text)",
    )
    p.add_argument(
        "--id-field",
        default=None,
        metavar="F",
        help="field or column holding each record's identifier (carried into the output)",
    )
    p.add_argument(
        "--keep-field",
        action="append",
        default=[],
        metavar="F",
        help="another field to carry into the output (repeat for several)",
    )
    p.add_argument(
        "--include",
        default="*.txt",
        metavar="GLOB",
        help="files to take from directories (default: *.txt)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="processes for many inputs (default: number of CPUs, at most 8; 1 for fewer than "
        "8 files); never more than the CPUs or the inputs",
    )
    p.add_argument(
        "--top",
        type=int,
        default=DEFAULT_TOP,
        metavar="N",
        help=f"entries in each list of the report (default: {DEFAULT_TOP})",
    )
    p.add_argument(
        "--max-grade",
        action="append",
        default=[],
        metavar="[FORMULA=]G",
        help="fail (exit 10) when the consensus grade, or FORMULA's grade, is above G; repeatable",
    )
    p.add_argument(
        "--max-paragraph-grade",
        metavar="G",
        help="fail (exit 10) when any body paragraph's own grade is above G",
    )
    p.add_argument(
        "--reading-wpm",
        type=float,
        default=DEFAULT_READING_WPM,
        metavar="WPM",
        help=f"silent reading rate (default: {DEFAULT_READING_WPM:g})",
    )
    p.add_argument(
        "--speaking-wpm",
        type=float,
        default=DEFAULT_SPEAKING_WPM,
        metavar="WPM",
        help=f"speaking rate (default: {DEFAULT_SPEAKING_WPM:g})",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest input file in bytes (default: {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--width", type=int, default=None, metavar="COLS", help="terminal width for the rich view"
    )
    p.add_argument(
        "--schema", action="store_true", help="print the JSON schema of the report and exit"
    )
    p.add_argument("--debug", action="store_true", help="show a traceback on errors")
    p.add_argument("--version", action="version", version=_version())
    return p


def _version() -> str:
    from . import __version__

    return f"newsread {__version__}"


def _options(args: argparse.Namespace) -> Options:
    from ._options import Options

    return Options(
        reading_wpm=args.reading_wpm,
        speaking_wpm=args.speaking_wpm,
        top=args.top,
        engine=args.engine,
        max_bytes=args.max_bytes,
        numbers=args.numbers,
        segment="none" if args.no_segment else "auto",
    )


def schema_json(compact: bool = False) -> str:
    """The published JSON schema of :class:`Report` (also docs/report.schema.json), or with
    ``compact`` that of ``--compact`` JSON (docs/report-compact.schema.json)."""
    import json

    if compact:
        from ._output import compact_schema

        return json.dumps(compact_schema(), indent=2, sort_keys=True)
    from ._models import Report

    return json.dumps(Report.model_json_schema(), indent=2, sort_keys=True)


def _demo_path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples", DEMO)


def process(path: str, options: Options) -> Report:
    """Read, decode and analyse one input; raises :class:`InputError` on bad input."""
    from ._analysis import analyze_file

    report = analyze_file(path, options)
    if report.source is None or _named(report.source) == report.source:
        return report
    return report.model_copy(update={"source": _named(report.source)})


def _named(source: str) -> str:
    """The bundled sample is shown by its name, not by where the package is installed (so
    its rendering is the same everywhere: the golden render tests and docs/report.md)."""
    from ._errors import display_name

    return DEMO if source == display_name(_demo_path()) else source


def _limits(args: argparse.Namespace) -> Limits:
    from ._gate import Limits, grade_value, graded_formulas, parse_limit

    grades = tuple(parse_limit(text, graded_formulas()) for text in args.max_grade)
    paragraph = None
    if args.max_paragraph_grade is not None:
        paragraph = grade_value(args.max_paragraph_grade, "--max-paragraph-grade")
    return Limits(grades, paragraph)


def _results(
    inputs: Iterable[Item],
    options: Options,
    workers: int,
    fmt: str,
    n: int | None,
    corpus: bool,
    limits: Limits | None = None,
    compact: bool = False,
    streamed: bool = False,
) -> Iterator[Any]:
    """Output payloads (see :func:`newsread._output.prepare`) or errors, in input order,
    from a process pool when it pays; ``n`` is the number of inputs when it is known.
    ``streamed``: the inputs come from a stream (standard input, a pipe), which a pool reads
    ahead in a thread so that each result comes out as soon as it is ready."""
    from functools import partial

    from ._batch import ordered_map

    chunk = max(1, min(32, (n or 10_000) // (workers * 8) or 1))
    job = partial(_result, options=options, fmt=fmt, corpus=corpus, limits=limits, compact=compact)
    return ordered_map(
        job, inputs, workers, chunk, own_process=True, on_crash=_worker_died, read_ahead=streamed
    )


def _source(item: Item) -> str | None:
    from ._errors import display_name

    if isinstance(item, str):
        return display_name(item)
    if isinstance(item, TextRecord):
        return item.source
    return item.source


def _worker_died(item: Item, index: int) -> WorkerDiedError:
    return WorkerDiedError(
        _source(item) or f"input {index + 1}",
        "the worker process analysing it was killed (by a signal such as SIGKILL, often "
        "the out-of-memory killer); every other input was analysed",
    )


def _result(
    item: Item,
    options: Options,
    fmt: str,
    corpus: bool,
    limits: Limits | None = None,
    compact: bool = False,
) -> Any:
    from ._output import prepare

    if isinstance(item, (InputError, AnalysisError)):
        return item
    try:
        if isinstance(item, TextRecord):
            from ._api import analyze_item

            report = analyze_item(item, options)
        else:
            report = process(item, options)
        payload = prepare(fmt, corpus, report, top=options.top, compact=compact)
        if not limits:
            return payload
        from ._gate import Gated, check

        over, lines = check(report, limits, options.top)
        return Gated(payload, over, tuple(lines))
    except InputError as exc:
        return exc
    except Exception as exc:  # a bug must not cost the other inputs their reports
        raised = _signal_raised()
        if raised is not None:  # Ctrl-C or SIGTERM, wrapped by an extension (pydantic-core's
            raise raised from exc  # serializer reports "Error serializing to JSON: KeyboardInterrupt")
        return AnalysisError.wrap(_source(item), exc)


def _items(
    inputs: list[str | InputError],
    formats: list[RecordFormat | None],
    args: argparse.Namespace,
    options: Options,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Each text input as it is, each record input (its record format in ``formats``, in
    step with ``inputs``) as its records, read lazily (standard input's from ``stdin`` when
    it is given)."""
    from ._records import read_records

    for item, fmt in zip(inputs, formats, strict=True):
        if fmt is None:
            yield item
            continue
        assert isinstance(item, str)
        try:
            yield from read_records(
                item,
                args.text_field,
                args.id_field,
                args.keep_field,
                format=fmt,
                errors="yield",
                max_bytes=options.max_bytes,
                stdin=stdin,
            )
        except InputError as exc:
            yield exc


def _own_stdin() -> BinaryIO | None:
    """Standard input through a reader of its own, for a thread that reads it while a pool
    forks workers: a worker closes ``sys.stdin`` first thing (multiprocessing does), which
    waits for its lock, and a fork made while the thread was blocked in a read holds that
    lock for ever (seen: every worker hung). ``None`` when standard input is no descriptor."""
    try:
        return open(sys.stdin.fileno(), "rb", closefd=False)  # fd 0 stays open
    except (AttributeError, OSError, ValueError):  # replaced (tests) or closed
        return None


def _streamed(item: str | InputError) -> bool:
    """Whether ``item`` is standard input or a pipe of this process (read as it comes)."""
    from ._io import is_open_descriptor

    return isinstance(item, str) and (item == "-" or is_open_descriptor(item))


def _record_format(item: str | InputError, args: argparse.Namespace) -> RecordFormat | None:
    from ._records import record_format

    if not isinstance(item, str) or args.input_format == "text":
        return None
    if args.input_format != "auto":
        return args.input_format  # type: ignore[no-any-return]
    return record_format(item)


def _workers(asked: int | None, texts: list[str | InputError], n: int | None) -> int:
    """Worker processes: as asked or the default, never more than the CPUs or the inputs
    (``n``, when known), and 1 when a text input (``texts``) is this process's own standard
    input or pipe (record inputs are read here, whatever their source)."""
    from ._batch import available_cpus, default_workers

    if any(_streamed(i) for i in texts):
        return 1  # standard input and "<(command)" pipes belong to this process
    if asked is None:
        asked = 1 if n is not None and n < 8 else default_workers()
    return max(1, min(asked, available_cpus(), n if n is not None else asked))


def _err(stream: TextIO, message: str) -> None:
    """One line on ``stream``; file names and causes may hold controls, made printable."""
    from ._printable import printable

    print(f"newsread: {printable(message)}", file=stream)


def _flush_written(out: TextIO, raw_out: TextIO) -> None:
    """Deliver the records already written to ``out`` when a signal ends the run: the last
    one may still be partly in the buffer, and the run must end after a whole record."""
    from ._outstream import OutputClosed, silence_stdout

    try:
        out.flush()
    except (OutputClosed, OutputError):  # nobody is reading any more: nothing to keep
        silence_stdout(raw_out)


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code (see docs/cli.md).

    >>> import io
    >>> main(["--format", "jsonl", "/no/such/file.txt"], stdout=io.StringIO(), stderr=io.StringIO())
    3
    """
    from ._outstream import OutputClosed, guard, prepare_stdout, silence_stdout

    raw_out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse prints its own message
        return int(exc.code or 0)
    if stdout is None:  # the real standard output, in whatever encoding the locale gave it
        prepare_stdout(raw_out, for_people=args.format == "rich" and not args.schema)
    out = guard(raw_out)  # a full disk is an OutputError, a closed pipe OutputClosed
    restore: Any = _no_restore
    try:  # the handlers are set inside the try: a signal right after them is still caught
        try:
            restore = _on_signals()
            code = _run(args, out, err)
            out.flush()
            return code
        except BaseException as exc:  # pyo3 may turn it into a PanicException (BaseException)
            raised = _signal_raised()
            if raised is None or raised is exc:
                raise
            raise raised from exc  # a signal's exception that an extension wrapped in its own
    except OutputClosed:  # "| head" has read enough: not an error, in any format
        silence_stdout(raw_out)
        return EXIT_OK
    except KeyboardInterrupt:
        _err(err, "interrupted")
        _flush_written(out, raw_out)
        return EXIT_INTERRUPTED
    except Terminated:  # when SIGTERM was to end the process, its handler set a deadline
        _err(err, "terminated")
        _flush_written(out, raw_out)
        return EXIT_TERMINATED
    except NewsreadError as exc:
        if args.debug:
            traceback.print_exc(file=err)
        _err(err, str(exc))
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, the documented code, traceback with --debug
        if args.debug:
            traceback.print_exc(file=err)
        _err(err, str(AnalysisError.wrap(None, exc)))
        return EXIT_INTERNAL
    finally:
        restore()


def _no_restore() -> None:
    """Nothing to undo: SIGTERM's handler was not set yet."""


class Terminated(BaseException):
    """SIGTERM arrived: unwind (stopping the worker processes on the way) and exit 143.

    ``fatal``: SIGTERM's action before :func:`main` was the default one, to end the process;
    it still ends, after the unwinding, within :data:`TERMINATE_GRACE` seconds.
    """

    def __init__(self, fatal: bool) -> None:
        super().__init__()
        self.fatal = fatal


#: Seconds a process that got SIGTERM may take to end on its own (buffers flushed, threads
#: joined) before :func:`os._exit` ends it: nothing a thread waits for may keep it alive.
TERMINATE_GRACE = 2.0


#: The exception a signal handler of this run raised (KeyboardInterrupt for Ctrl-C,
#: :class:`Terminated` for SIGTERM), once one has: an extension module may catch it and raise
#: an error of its own instead (pydantic-core's serializer does; pyo3 may panic in an import),
#: which must still end the run as the signal would have.
_RAISED: list[BaseException] = []


def _signal_raised() -> BaseException | None:
    """The exception the last signal of this run raised, if a signal arrived."""
    return _RAISED[-1] if _RAISED else None


def _on_signals() -> Any:
    """Turn SIGTERM into :class:`Terminated` and Ctrl-C into KeyboardInterrupt (as Python
    does, but remembered: :func:`_signal_raised`) while the command runs; returns the undo.

    The handlers only raise: the unwinding stops the workers, in ordinary code. When SIGTERM
    was to end the process, its handler also sets a deadline: whatever the unwinding meets
    (a thread that never ends, an extension that swallowed the exception), the process ends
    with 143 within :data:`TERMINATE_GRACE` seconds. A second SIGTERM ends it at once.
    """
    import signal
    import threading

    from ._outstream import HoldAware

    _RAISED.clear()
    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # only the main thread may set signal handlers
    fatal = signal.getsignal(signal.SIGTERM) == signal.SIG_DFL

    def terminate(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, HoldAware(_exit_terminated))
        if fatal:
            _end_process_within(TERMINATE_GRACE)
        _RAISED.append(Terminated(fatal))
        raise _RAISED[-1]

    def interrupt(signum: int, frame: object) -> None:
        _RAISED.append(KeyboardInterrupt())
        raise _RAISED[-1]

    # Hold-aware: a record being written when a signal arrives is finished first, and the
    # hold is a flag, not a swap of handlers per record (newsread._outstream.signals_held).
    previous = signal.signal(signal.SIGTERM, HoldAware(terminate))
    own_sigint = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if own_sigint:
        signal.signal(signal.SIGINT, HoldAware(interrupt))

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)
        if own_sigint:
            signal.signal(signal.SIGINT, signal.default_int_handler)

    return restore


def _exit_terminated(signum: int, frame: object) -> None:
    os._exit(EXIT_TERMINATED)


def _end_process_within(seconds: float) -> None:
    """End this process with exit code 143 (no clean-up) if it is still alive after
    ``seconds``; safe to call from a signal handler.

    An interpreter exits only once every non-daemon thread has ended, and joins a process
    pool's threads first: one stuck on a worker killed mid-message would keep it alive for
    ever. A timer signal (SIGALRM) does not wait for that: its handler runs in the main
    thread even while it waits to join. Where there is no such timer (Windows), a daemon
    thread sleeps instead; when the exit is quicker, it dies with the process.

    The timer is stopped once the interpreter has joined its threads (the ``atexit``
    functions run then): later in its exit the interpreter resets every signal to its
    default action, and a timer going off then ended the process by SIGALRM ("Alarm clock",
    exit 142) instead of 143 (seen under load, in tests/test_batch_robustness.py).
    """
    import atexit
    import signal

    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _exit_terminated)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        atexit.register(signal.setitimer, signal.ITIMER_REAL, 0)
        return
    import threading  # pragma: no cover - Windows
    import time

    def end() -> None:  # pragma: no cover - Windows
        time.sleep(seconds)
        os._exit(EXIT_TERMINATED)

    threading.Thread(target=end, name="newsread-exit", daemon=True).start()  # pragma: no cover


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ._io import check_include, expand_inputs

    if args.schema:
        out.write(schema_json(args.compact) + "\n")
        return EXIT_OK
    options = _options(args)
    paths = list(args.inputs)
    if args.demo:
        paths.insert(0, _demo_path())
    if not paths:
        raise UsageError("no input: name a FILE, a directory, - for standard input, or --demo")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    if args.width is not None and not MIN_WIDTH <= args.width <= MAX_WIDTH:
        raise UsageError(f"--width must be {MIN_WIDTH} to {MAX_WIDTH} columns, not {args.width}")
    check_include(args.include)
    if args.show_blocks:
        _check_show_blocks(args)
        return _show_blocks(paths, options, args, out, err)
    if args.output is not None and args.format != "parquet":
        raise UsageError(
            "--output names the file of --format parquet; redirect standard output for other formats"
        )
    if args.compact and args.format not in ("json", "jsonl"):
        raise UsageError("--compact is for --format json or jsonl")
    inputs = list(expand_inputs(paths, args.include))
    formats = [_record_format(i, args) for i in inputs]  # once each: a batch may be long
    records = any(formats)
    n = None if records else len(inputs)  # records are counted only as they stream by
    texts = [i for i, fmt in zip(inputs, formats, strict=True) if not fmt]
    workers = _workers(args.workers, texts, n)
    streamed = any(_streamed(i) for i, fmt in zip(inputs, formats, strict=True) if fmt)
    corpus = records or len(inputs) > 1
    with _collector_paused():
        from . import _output
        from ._batch import load_form_table, warm_up
        from ._gate import Gated

        emitter = _output.make_emitter(
            args.format,
            out,
            width=args.width,
            show_text=args.show_text,
            corpus=corpus,
            top=args.top,
            output=args.output,
        )
        limits = _limits(args)
        if n is None or n >= PRELOAD_INPUTS:  # a batch: it would load the table anyway
            load_form_table(options.numbers)
        # Imports, word tables and a frozen collector now, in this process, before a pool
        # forks its workers: they start with them, instead of each making its own while the
        # other does.
        warm_up()
    failures: list[Failure] = []
    ok = 0
    too_hard = False
    stdin = _own_stdin() if streamed and workers > 1 and "-" in inputs else None
    results = _results(
        _items(inputs, formats, args, options, stdin),
        options,
        workers,
        args.format,
        n,
        corpus,
        limits,
        args.compact,
        streamed,
    )
    for result in _progress(results, n, err, args.format):
        if isinstance(result, Gated):
            too_hard = too_hard or result.over
            for line in result.lines:
                _err(err, line)
            result = result.payload
        if isinstance(result, (InputError, AnalysisError)):
            failures.append(result)
            _err(err, str(result))
            if args.debug and result.detail:
                err.write(result.detail)
            elif args.debug and result.__traceback__:
                traceback.print_exception(result, file=err)
        else:
            ok += 1
            emitter.add(result)
    emitter.close()
    if too_hard and not failures:
        return EXIT_TOO_HARD
    return _exit_code(ok, failures)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector off while the start-up makes what lives for the whole run (the
    modules, pydantic's model classes, the word tables; ~65 collections, 25-35 ms of a
    one-file run, that free next to nothing), then as it was. :func:`warm_up` freezes what
    the start-up made, so the run's collections do not go through it again."""
    import gc

    if not gc.isenabled():  # the caller's choice (main called in-process): left alone
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _exit_code(ok: int, failures: list[Failure]) -> int:
    if not failures:
        return EXIT_OK
    codes = {f.exit_code for f in failures}
    if ok == 0 and len(codes) == 1:
        return codes.pop()
    return EXIT_SOME_FAILED


def _progress(results: Iterator[Any], total: int | None, err: TextIO, fmt: str) -> Iterator[Any]:
    """A progress bar on standard error when it is a terminal and there is a batch
    (``total`` None: records, counted as they come)."""
    if (total is not None and total < 2) or not err.isatty():
        return results
    from ._render import progress

    return progress(results, total, err)


#: Options that act on the report, which --show-blocks replaces by the blocks: refused with
#: it rather than silently ignored (a CI gate that never ran must not pass).
REPORT_ONLY = {
    "show_text": "--show-text",
    "max_grade": "--max-grade",
    "max_paragraph_grade": "--max-paragraph-grade",
    "compact": "--compact",
    "output": "--output",
}


def _check_show_blocks(args: argparse.Namespace) -> None:
    if args.format not in ("rich", "json", "jsonl", "csv"):
        raise UsageError(f"--show-blocks writes rich, json, jsonl or csv, not {args.format}")
    for dest, flag in REPORT_ONLY.items():
        if getattr(args, dest):
            raise UsageError(f"{flag} is for the report; --show-blocks shows the blocks instead")


def _show_blocks(
    paths: list[str], options: Options, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from ._io import expand_inputs, read_input
    from ._segment import segment

    failures: list[Failure] = []
    ok = 0
    articles: list[tuple[str, Article]] = []
    for item in expand_inputs(paths, args.include):
        try:
            if isinstance(item, InputError):
                raise item
            decoded = read_input(item, options.max_bytes)
            try:
                article = segment(decoded.text, options.segment)
            except Exception as exc:  # a bug must not cost the other inputs their blocks
                raise AnalysisError.wrap(decoded.source, exc) from exc
        except (InputError, AnalysisError) as exc:
            failures.append(exc)
            _err(err, str(exc))
            continue
        ok += 1
        articles.append((_named(decoded.source), article))
    from ._output import write_blocks

    write_blocks(args.format, out, articles, args.width)
    return _exit_code(ok, failures)
