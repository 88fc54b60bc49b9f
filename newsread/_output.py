"""Writing reports out: rich, JSON, JSON Lines, CSV and HTML, one emitter each.

Output happens in two steps. :func:`prepare` turns a report into what its format needs (a
JSON string, a CSV row, a table row); it runs where the report was made, in a worker
process when there are several, so only that small payload crosses back to the parent,
never the whole report model. An emitter then writes the payloads in input order.
"""

from __future__ import annotations

import csv
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from ._errors import UsageError
from ._limits import DEFAULT_TOP

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._models import Article, Report


def prepare(
    fmt: str, corpus: bool, report: Report, top: int = DEFAULT_TOP, compact: bool = False
) -> Any:
    """The payload of ``report`` for the output format ``fmt`` (see the module docstring);
    ``top`` entries in each list of an HTML report; ``compact`` JSON (``json`` and
    ``jsonl`` alike, one line per report) is :func:`compact_json`."""
    if fmt in ("json", "jsonl") and compact:
        return compact_json(report)
    if fmt == "json":
        return report.model_dump_json(indent=2)
    if fmt == "jsonl":
        return report.model_dump_json()
    if fmt == "csv":
        return csv_row(report)
    if fmt == "parquet":
        return report.to_row()
    if fmt == "html":  # the report as an <article>, and its row in the index
        from ._html import article, index_row

        return (index_row(report), article(report, top), report.title or report.source or "")
    if corpus:  # a row of the rich corpus table: the flat record
        return report.to_row()
    return report


#: What compact JSON leaves out of each report model, by the model's name (as in the
#: schema's ``$defs``). Rule 1: texts, which a reader slices from the input by their offsets
#: (``text == input[start:end]``), and a formula's words, which a reader gets from its value
#: (``Formula.interpret``). Rule 4: views that only repeat entries of another list of the
#: same report (every ``hardest`` paragraph is one of ``paragraphs``; compact JSON has no
#: list of every sentence, so the longest and hard sentences stay).
COMPACT_OMITS: dict[str, frozenset[str]] = {
    "SentenceInfo": frozenset({"text"}),
    "ParagraphInfo": frozenset({"text"}),
    "Span": frozenset({"text"}),
    "FormulaScore": frozenset({"interpretation"}),
    "ParagraphStats": frozenset({"hardest"}),
}


def compact_json(report: Report) -> str:
    """``report`` in the compact layout of ``--compact`` (docs/report.md, "Compact JSON"), on
    one line (it is for storage, not for reading):

    1. the fields of :data:`COMPACT_OMITS` are left out (texts and formula words);
    2. every field at its schema default is left out (a reader fills it in from the
       schema's ``default``);
    3. the report's floats are rounded as the flat record's are
       (:func:`newsread._record.round_floats`); the input's ``fields`` stay as read;
    4. views that repeat entries of another list are left out (:data:`COMPACT_OMITS`).

    It is for storage, not a :class:`Report`: it validates against
    :func:`compact_schema` (docs/report-compact.schema.json), not against the report's.

    >>> import json, newsread
    >>> doc = json.loads(compact_json(newsread.analyze("The river rose. Roads were closed.")))
    >>> "engine" in doc, "text" in doc["paragraphs"]["paragraphs"][0], doc["counts"]["words"]
    (False, False, 6)
    """
    from pydantic_core import to_json

    from ._record import round_floats

    tree = report.model_dump(
        mode="json", exclude=compact_exclude(type(report)), exclude_defaults=True
    )
    kept = tree.get("fields")  # the input's own values, as read (as in the flat record)
    if kept is not None:
        tree["fields"] = None
    round_floats(tree)
    if kept is not None:
        tree["fields"] = kept
    return to_json(tree).decode()


@cache
def compact_exclude(model: type[BaseModel]) -> dict[str, Any]:
    """The fields of :data:`COMPACT_OMITS`, wherever they appear in ``model``, as pydantic's
    ``exclude`` argument (found from the field types, so a new list of sentences is covered
    too).

    >>> from newsread._models import Report
    >>> spec = compact_exclude(Report)
    >>> spec["paragraphs"], spec["findings"]["adverbs"]
    ({'paragraphs': {'__all__': {'text': True}}, 'hardest': True}, {'__all__': {'text': True}})
    """

    def walk(m: type[BaseModel], seen: frozenset[type[BaseModel]]) -> dict[str, Any]:
        spec: dict[str, Any] = {}
        omitted = COMPACT_OMITS.get(m.__name__, frozenset())
        for name, info in m.model_fields.items():
            if name in omitted:
                spec[name] = True
                continue
            for sub in _models_in(info.annotation):
                if sub not in seen:
                    inner = walk(sub, seen | {sub})
                    if inner:
                        spec[name] = {"__all__": inner} if _is_sequence(info.annotation) else inner
        return spec

    return walk(model, frozenset({model}))


def compact_schema() -> dict[str, Any]:
    """The JSON schema of compact JSON (docs/report-compact.schema.json): the report's
    schema without the fields of :data:`COMPACT_OMITS`. Every other field that may be
    missing has its ``default`` there, so a reader fills in what rule 2 left out."""
    import copy

    from ._models import Report

    schema = copy.deepcopy(Report.model_json_schema())
    for name, omitted in COMPACT_OMITS.items():
        node = schema["$defs"][name]
        for field in omitted:
            del node["properties"][field]
        required = [f for f in node.get("required", ()) if f not in omitted]
        if required:
            node["required"] = required
        else:
            node.pop("required", None)
    schema["title"] = "CompactReport"
    schema["description"] = (
        "A newsread report as --compact writes it (docs/report.md, 'Compact JSON'): without "
        "the texts of sentences, paragraphs and finding spans (input[start:end]), formula "
        "interpretations (newsread.formulas() entry .interpret(value)) and paragraphs.hardest "
        "(sort paragraphs.paragraphs by raw_grade); every field at its default left out (fill "
        "it in from 'default'); floats rounded to 4 decimal places. Not a Report."
    )
    return schema


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


def _is_sequence(annotation: Any) -> bool:
    origin = getattr(annotation, "__origin__", None)
    if origin in (tuple, list):
        return True
    return any(_is_sequence(a) for a in getattr(annotation, "__args__", ()) if a is not Ellipsis)


class Emitter(Protocol):
    def add(self, payload: Any) -> None: ...
    def close(self) -> None: ...


class JsonEmitter:
    """One report: a JSON object. Several: a JSON array of them."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first: str | None = None
        self.n = 0

    def add(self, payload: str) -> None:
        self.n += 1
        if self.n == 1:
            self.first = payload
            return
        if self.n == 2:
            self.out.write("[\n" + (self.first or ""))
        self.out.write(",\n" + payload)

    def close(self) -> None:
        if self.n == 1 and self.first is not None:
            self.out.write(self.first + "\n")
        elif self.n > 1:
            self.out.write("\n]\n")


class JsonLinesEmitter:
    """One compact JSON object per line."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def add(self, payload: str) -> None:
        self.out.write(payload + "\n")

    def close(self) -> None:
        self.out.flush()


def csv_row(report: Report) -> dict[str, object]:
    """One CSV row: the report's flat record (docs/record.md), with text cells that a
    spreadsheet would run as formulas neutralised (see :func:`newsread._record.csv_safe`)."""
    from ._record import csv_safe

    return csv_safe(report.to_row())


def csv_writer(out: TextIO, columns: list[str]) -> csv.DictWriter[str]:
    """A CSV writer whose rows end with "\\n" and which quotes every cell holding a line break.

    The csv module quotes a cell for a character of its line terminator only: with "\\n" a
    file name holding "\\r" went out unquoted and split its row in two for every reader
    (pandas, the csv module, spreadsheets). The writer ends rows with "\\r\\n", so it quotes
    "\\r" too, and :class:`_NewlineRows` writes each row's end as "\\n".
    """
    return csv.DictWriter(_NewlineRows(out), fieldnames=columns, lineterminator="\r\n")


class _NewlineRows:
    """What a csv writer writes to (one whole row a call), with the row's "\\r\\n" as "\\n"."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, row: str) -> int:
        return self.out.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


class CsvEmitter:
    """One row per article; the header comes from the first report."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer: csv.DictWriter[str] | None = None

    def add(self, row: dict[str, object]) -> None:
        if self.writer is None:
            self.writer = csv_writer(self.out, list(row))
            self.writer.writeheader()
        self.writer.writerow(row)

    def close(self) -> None:
        self.out.flush()


class RichEmitter:
    """One input: the full report. Several: one table row per article (the first
    :data:`CORPUS_ROWS`), then a summary of the grades across all of them."""

    #: Rows shown in the corpus table; the summary always covers every article.
    CORPUS_ROWS = 200

    def __init__(
        self, out: TextIO, width: int | None, show_text: bool, corpus: bool, top: int = DEFAULT_TOP
    ) -> None:
        from ._render import make_console

        self.console = make_console(out, width)
        self.show_text = show_text
        self.corpus = corpus
        self.top = top
        self.rows: list[dict[str, Any]] = []
        self.grades: list[tuple[str, float | None, int]] = []

    def add(self, payload: Report | dict[str, Any]) -> None:
        if isinstance(payload, dict):
            if len(self.rows) < self.CORPUS_ROWS:
                self.rows.append(payload)
            self.grades.append(
                (payload["file"] or "", payload["consensus_grade"], payload["words"])
            )
            return
        from ._render import render_report

        render_report(self.console, payload, show_text=self.show_text, top=self.top)

    def close(self) -> None:
        if not self.corpus or not self.grades:
            return
        from ._render import render_corpus_table, render_summary

        render_corpus_table(self.console, self.rows, total=len(self.grades))
        render_summary(self.console, self.grades)


class HtmlEmitter:
    """One input: a self-contained HTML page of its report. Several: one page, an index
    linking to each article's report, then the reports in input order. The reports wait in
    a temporary file (spooled to disk past a few megabytes) until the index is written."""

    def __init__(self, out: TextIO) -> None:
        import tempfile

        self.out = out
        self.rows: list[tuple[str, dict[str, Any]]] = []
        self.first: tuple[str, str] | None = None
        # closed in close(), which the CLI always reaches
        self.spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=8 << 20, mode="w+", encoding="utf-8"
        )

    def add(self, payload: tuple[dict[str, Any], str, str]) -> None:
        row, fragment, title = payload
        n = len(self.rows) + 1
        anchor = f"article-{n}"
        self.rows.append((anchor, row))
        if n == 1:
            self.first = (fragment, title)
        self.spool.write(
            f'<section id="{anchor}">\n{fragment}\n'
            '<p class="dim"><a href="#index">↑ back to the index</a></p>\n</section>\n'
        )

    def close(self) -> None:
        from ._html import index, page, page_parts

        try:
            if len(self.rows) == 1 and self.first is not None:
                fragment, title = self.first
                self.out.write(page(f"newsread: {title or 'report'}", fragment))
            elif self.rows:
                head, tail = page_parts(f"newsread: {len(self.rows)} articles")
                self.out.write(head + '<div id="index">' + index(self.rows) + "</div>\n")
                self.spool.seek(0)
                for chunk in iter(lambda: self.spool.read(1 << 16), ""):
                    self.out.write(chunk)
                self.out.write(tail)
            self.out.flush()
        finally:
            self.spool.close()


def write_blocks(
    fmt: str, out: TextIO, articles: list[tuple[str, Article]], width: int | None = None
) -> None:
    """``--show-blocks``: every block of each article with its kind and reason, as a rich
    table, one JSON object per article (``json``, ``jsonl``), or one CSV row per block."""
    if fmt == "rich":
        from ._render import make_console, render_blocks

        console = make_console(out, width)
        for name, article in articles:
            render_blocks(console, article, name)
    elif fmt == "csv":
        from ._record import csv_safe

        writer = csv_writer(out, list(BLOCK_COLUMNS))
        writer.writeheader()
        for name, article in articles:
            for i, b in enumerate(article.blocks):
                row = {"file": name, "block": i, **b.model_dump(mode="json")}
                writer.writerow(csv_safe({k: row[k] for k in BLOCK_COLUMNS}))
    else:
        import json

        for name, article in articles:
            payload = {
                "source": name,
                "blocks": [b.model_dump(mode="json") for b in article.blocks],
            }
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")


#: The columns of ``--show-blocks --format csv``: one row per block.
BLOCK_COLUMNS = ("file", "block", "kind", "start", "end", "reason", "text")


def make_emitter(
    fmt: str,
    out: TextIO,
    width: int | None = None,
    show_text: bool = False,
    corpus: bool = False,
    top: int = DEFAULT_TOP,
    output: str | None = None,
) -> Emitter:
    """The emitter for an output format name; ``corpus`` when there are several inputs;
    ``output`` is the file a Parquet emitter writes."""
    if fmt == "parquet":
        from ._columnar import ParquetEmitter

        if not output:
            raise UsageError("--format parquet writes a file: name it with --output FILE")
        return ParquetEmitter(output)
    if fmt == "json":
        return JsonEmitter(out)
    if fmt == "jsonl":
        return JsonLinesEmitter(out)
    if fmt == "csv":
        return CsvEmitter(out)
    if fmt == "html":
        return HtmlEmitter(out)
    return RichEmitter(out, width, show_text, corpus, top)
