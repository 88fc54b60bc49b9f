"""The rich terminal views: the report, the article with its marks, the blocks, the corpus
table and summary, the progress bar. Only this module (of the package) imports rich.

Every string that comes from the input (titles, sentences, paragraphs, set-aside text,
reasons, file names) reaches rich as a :class:`~rich.text.Text`, made printable first
(:mod:`newsread._printable`), and the console has markup and emoji codes off: input text
is never read as markup and never carries a control code to the terminal.

Everything a person needs survives without colour (a pipe, ``NO_COLOR``, a printout):
hard sentences, passives and adverbs are marked with characters as well as colours, and a
legend says what each mark means.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ._aside import AsideRow, aside_rows
from ._formulas import title_of
from ._limits import DEFAULT_TOP
from ._lists import Listing, findings, hardest, paragraphs_to_show
from ._marks import ADVERB, HARD, PASSIVE, VERY_HARD, events, pieces
from ._printable import printable, printable_lines
from ._style import TARGETS, meets
from ._wording import (
    LEVELS,
    bin_label,
    bin_tone,
    grade_level,
    grade_words,
    level_of,
    plural,
    reason_words,
)

if TYPE_CHECKING:
    from ._models import Article, Report


KIND_STYLE = {
    "title": "bold magenta",
    "byline": "cyan",
    "subhead": "bold bright_blue",
    "paragraph": "default",
    "caption": "yellow",
    "boilerplate": "dim",
}
#: The colour of each tone of the sentence-length histogram (``_wording.bin_tone``).
BIN_STYLES = {"ok": "green", "long": "yellow", "very long": "red"}
#: How each mark looks: the characters around the marked text, and its style in colour.
MARK = {
    VERY_HARD: ("⟦⟦", "⟧⟧", "bold red"),
    HARD: ("⟦", "⟧", "dark_orange3"),
    PASSIVE: ("_", "_", "underline bright_blue"),  # plain blue is dim on a dark terminal
    ADVERB: ("*", "*", "italic magenta"),
}
LEGEND = (
    (VERY_HARD, "very hard sentence"),
    (HARD, "hard sentence"),
    (PASSIVE, "possible passive"),
    (ADVERB, "adverb"),
)


def make_console(out: TextIO, width: int | None = None) -> Console:
    """A console writing to ``out``; colour only when ``out`` is a terminal.

    Markup and emoji codes are off: text from the input is never read as markup (every
    input-derived string also reaches rich as a :class:`Text`, made printable first).
    """
    return Console(
        file=out, width=width, highlight=False, soft_wrap=False, markup=False, emoji=False
    )


def _text(value: str | None, style: str = "") -> Text:
    """Input-derived text as a rich :class:`Text` on one line, controls neutralised."""
    return Text(printable(value or ""), style=style)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _minutes(m: float) -> str:
    total = round(m * 60)
    return f"{total // 60} min {total % 60:02d} s" if total >= 60 else f"{total} s"


def clip(text: str, n: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``n`` characters.

    >>> clip("The council voted on Thursday", 20)
    'The council voted…'
    >>> clip("Home · News · Sport-and-weather-… · More", 33)  # one ellipsis, no dangling "·"
    'Home · News · Sport-and-weather-…'
    """
    flat = " ".join(text.split())
    if len(flat) <= n:
        return flat
    cut = flat[: n - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > n // 2 else cut).rstrip(" ,;:·…") + "…"


def _more(shown: int, total: int, noun: str, hint: str) -> Text | None:
    """ "… and 3 more rows (hint)" when a list shows fewer than it has."""
    if total <= shown:
        return None
    return Text(f"… and {plural(total - shown, 'more ' + noun)} ({hint})", style="dim")


def _section(title: str) -> Table:
    return Table(title=title, box=box.SIMPLE_HEAD, expand=True, title_justify="left")


# --------------------------------------------------------------------------- the report


def _header(r: Report) -> Panel:
    c = r.counts
    dot = (" · ", "dim")
    grade = Text.assemble(
        ("Grade ", "dim"),
        (_fmt(r.consensus_grade), "bold"),
        ("  " + grade_level(r.consensus_grade), "italic"),
        (" (consensus of the formulas below)", "dim"),
    )
    counts = Text(" · ").join(
        Text(plural(n, noun)) for n, noun in
        ((c.words, "word"), (c.sentences, "sentence"), (c.paragraphs, "paragraph"))
    )  # fmt: skip
    d = r.sentences.difficulty_counts
    f = r.findings
    flagged = d.get(HARD, 0) + d.get(VERY_HARD, 0)
    findings = Text.assemble(
        (f"{flagged} of {plural(c.sentences, 'sentence')} hard", ""),
        (f" ({d.get(VERY_HARD, 0)} {VERY_HARD})" if d.get(VERY_HARD) else "", ""),
        dot, plural(len(f.passives), "possible passive"),
        dot, plural(len(f.adverbs), "adverb"),
    )  # fmt: skip
    times = Text.assemble(
        ("Reading ", "dim"), _minutes(r.reading_time.minutes),
        (f" at {r.reading_time.words_per_minute:g} wpm", "dim"), dot,
        ("speaking ", "dim"), _minutes(r.speaking_time.minutes),
        (f" at {r.speaking_time.words_per_minute:g} wpm", "dim"),
    )  # fmt: skip
    aside_words = sum(b.words for b in r.set_aside)
    aside = Text.assemble(
        ("Set aside ", "dim"), f"{plural(len(r.set_aside), 'block')} ({plural(aside_words, 'word')})", dot,
        ("engine ", "dim"), r.engine,
    )  # fmt: skip
    title = _text(r.title or "(no title found)", style="bold")
    return Panel(
        Group(title, Text(), grade, counts, findings, times, aside),
        title="newsread",
        subtitle=_text(r.source) if r.source else None,
        box=box.ROUNDED,
        expand=True,
    )


def _readability(r: Report) -> Table:
    t = _section("Readability of the body")
    t.add_column("Formula", no_wrap=True)
    t.add_column("Score", justify="right", no_wrap=True)
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Meaning", ratio=1)
    notes: list[str] = []
    for s in r.readability:
        meaning = Text(s.interpretation or grade_words(s.grade))
        if s.warning:
            notes.append(f"{len(notes) + 1}. {title_of(s.name)}: {s.warning}")
            meaning.append(f" ⚠{len(notes)}", style="yellow")
        t.add_row(title_of(s.name), _fmt(s.value), _fmt(s.grade), meaning)
    if notes:
        t.caption = Text("\n".join(["⚠ " + n for n in notes]), style="yellow", justify="left")
    return t


def _histogram(r: Report, width: int) -> Table:
    st = r.sentences
    d = st.words_per_sentence
    t = _section("Sentence length (words)")
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Sentences", ratio=1)
    peak = max((b.count for b in st.histogram), default=0) or 1
    bar_width = max(10, width - 30)
    for b in st.histogram:
        n = round(b.count / peak * bar_width)
        style = BIN_STYLES[bin_tone(b.low, b.high)]
        t.add_row(bin_label(b.low, b.high), Text("█" * n, style=style) + Text(f" {b.count}"))
    t.caption = (
        f"mean {_fmt(d.mean)} · median {_fmt(d.median)} · p90 {_fmt(d.p90)} · "
        f"max {d.max if d.max is not None else '—'} · sd {_fmt(d.stdev)}"
    )
    return t


def _hard_sentences(r: Report, top: int) -> Group | None:
    ranked = hardest(r)
    if not ranked:
        return None
    n = len(ranked)
    t = _section(f"Hard sentences ({n} of {r.counts.sentences}), hardest first")
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Sentence", ratio=1)
    for s in ranked[:top]:
        style = MARK[s.difficulty][2]
        why = Text(
            f"{s.difficulty}: "
            + reason_words(s.why, s.words, s.grade, s.syllables, s.figure_syllables)
        )
        why.stylize("dim")
        t.add_row(
            Text(_fmt(s.grade), style=style), str(s.words), Text("\n").join([_text(s.text), why])
        )
    more = _more(min(top, n), n, "hard sentence", "--top N lists more; --show-text marks them all")
    return Group(t, more) if more else Group(t)


def _paragraphs(r: Report, top: int) -> Group | None:
    """The hardest paragraphs, only where they add something to the hard-sentence list
    (:func:`newsread._lists.paragraphs_to_show`)."""
    rows, total = paragraphs_to_show(r, top)
    if not total:
        return None
    whole = r.score("flesch_kincaid_grade").grade
    t = _section(f"Paragraphs harder than the whole (Flesch–Kincaid {_fmt(whole)})")
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Paragraph", ratio=1)
    for p in rows:
        t.add_row(_fmt(p.grade), str(p.words), _text(clip(p.text, 160)))
    more = _more(len(rows), total, "paragraph", "--top N lists more; --show-text grades each one")
    return Group(t, more) if more else Group(t)


def _style(r: Report) -> Table:
    s = r.style
    t = _section("Style")
    t.show_header = False
    t.add_column(no_wrap=True)
    t.add_column(justify="right", no_wrap=True)
    t.add_column(ratio=1)

    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x:.0%}"

    for target in TARGETS:
        value = getattr(s, target.field)
        ok = meets(target, value)
        mark = Text("✓ " if ok else "✗ ", style="green" if ok else "yellow")
        t.add_row(
            target.label,
            pct(value) if target.share else str(value),
            mark + Text(f"aim for {target.aim}", style="dim"),
        )
    t.add_row("Adverbs (-ly)", str(s.adverbs), "")
    t.add_row(
        "Words in quotation marks", pct(s.quoted_word_share), Text("direct speech", style="dim")
    )
    return t


def _listing(item: Listing, width: int) -> Text:
    """One line of "To check", wrapped between entries only (never inside "bond ×2" or
    "is indeed"), each broken line ending in its separator, continuation lines indented."""
    lines = [Text.assemble((item.label, "bold"), f" ({item.total:,}):")]
    entries = [printable(x) for x in item.shown]
    for i, entry in enumerate([*entries, item.more_words] if item.more else entries):
        tail = i == len(entries)
        sep = " ·" if i + 1 < len(entries) else ""
        if lines[-1].cell_len + 1 + cell_len(entry + sep) > width:
            lines.append(Text(" "))
        lines[-1].append(" " + entry, style="dim" if tail else "")
        lines[-1].append(sep)
    return Text("\n").join(lines)


def _findings(r: Report, top: int, width: int) -> Group | None:
    lines = [_listing(item, width) for item in findings(r, top)]
    if not lines:
        return None
    return Group(Text("To check", style="italic"), *lines)


def _aside_line(row: AsideRow, n: int = 200) -> str:
    """Blocks set aside on one line: the block's text, or a run of short lines joined."""
    if len(row.blocks) == 1:
        return clip(row.blocks[0].text, n)
    lines = " · ".join(clip(b.text, 30) for b in row.blocks)
    return clip(f"{len(row.blocks)} {row.label}, {plural(row.words, 'word')}: {lines}", n)


def _aside_text(row: AsideRow) -> Text:
    body = _text(_aside_line(row, 100))
    why = _text("why: " + clip("; ".join(row.reasons), 120), style="dim")
    return Text("\n").join([body, why])


def _set_aside(r: Report, top: int) -> Group | None:
    if not r.set_aside:
        return None
    rows = aside_rows(r)
    words = sum(b.words for b in r.set_aside)
    t = _section(f"Set aside ({plural(len(r.set_aside), 'block')}, {plural(words, 'word')})")
    t.add_column("Kind", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Text, and why it was set aside", ratio=1)
    for row in rows[:top]:
        t.add_row(Text(row.kind, style=KIND_STYLE[row.kind]), str(row.words), _aside_text(row))
    more = _more(
        min(top, len(rows)), len(rows), "row", "--top N lists more; --show-blocks every block"
    )
    return Group(t, more) if more else Group(t)


def legend() -> Text:
    """What the marks of the article view mean (always shown with it)."""
    t = Text("Marks: ", style="dim")
    for i, (kind, words) in enumerate(LEGEND):
        opening, closing, style = MARK[kind]
        if i:
            t.append("  ")
        t.append(opening, style="dim")
        t.append(words, style=style)
        t.append(closing, style="dim")
    t.append(
        "\nMargin: a paragraph's own grade, or the kind of a block set aside (dimmed).", style="dim"
    )
    return t


def _marked(text: str, base: int, marks: Sequence[Any]) -> Text:
    out = Text()
    styles: list[str] = []
    for event, value, _ in events(printable_lines(text), base, marks):
        if event == "text":
            out.append(value, style=" ".join(styles))
        elif event == "open":
            out.append(MARK[value][0], style="dim")
            styles.append(MARK[value][2])
        else:
            styles.remove(MARK[value][2])
            out.append(MARK[value][1], style="dim")
    return out


def article_view(r: Report) -> Group:
    """The article in page order: body paragraphs with their marks and grades in the
    margin, blocks set aside dimmed in place with their kind, and the legend."""
    t = Table.grid(padding=(0, 1), expand=True)
    t.add_column(justify="right", no_wrap=True, style="dim")
    t.add_column(ratio=1)
    previous_aside = False
    for i, piece in enumerate(pieces(r)):
        if i and not (previous_aside and piece.aside):
            t.add_row("", "")
        previous_aside = bool(piece.aside)
        if piece.paragraph is not None:
            p = piece.paragraph
            t.add_row(_fmt(p.grade), _marked(p.text, p.start, piece.marks))
        else:
            row = AsideRow(piece.aside[0].kind.value, piece.aside, False)
            t.add_row(
                Text(row.kind, style=KIND_STYLE[row.kind]), _text(_aside_line(row), style="dim")
            )
    return Group(Text("The article, as newsread read it", style="bold"), legend(), Text(), t)


def render_report(
    console: Console, r: Report, show_text: bool = False, top: int = DEFAULT_TOP
) -> None:
    """Print one report; ``top`` entries in each list (``--top``)."""
    console.print(_header(r))
    for w in r.warnings:
        console.print(_text(f"⚠ {w.message}", style="yellow"))
    parts: tuple[RenderableType | None, ...] = (
        _readability(r),
        _histogram(r, console.width),
        _hard_sentences(r, top),
        _paragraphs(r, top),
        _style(r),
        _findings(r, top, console.width),
        _set_aside(r, top),
    )
    for part in parts:
        if part is not None:
            console.print(part)
            if not _ends_blank(part):
                console.print()
    if show_text:
        console.print(article_view(r))


def _ends_blank(part: RenderableType) -> bool:
    """Whether a part already ends in a blank line: a table with no caption under it ends
    in its own (empty) bottom edge."""
    if isinstance(part, Group):
        return bool(part.renderables) and _ends_blank(part.renderables[-1])
    return isinstance(part, Table) and part.show_edge and not part.caption


def summary(r: Report) -> Group:
    """A short rich summary of a report (what a notebook shows for ``Report.__rich__``)."""
    return Group(_header(r), _readability(r))


# --------------------------------------------------------------------------- other views


#: From this width on, the blocks view gives the reasons a column of their own.
BLOCKS_WIDE = 100


def render_blocks(console: Console, article: Article, name: str | None = None) -> None:
    """Print every block of an article with its kind, size and the cue that decided it.

    The caption sums the words of each kind, so the reader sees at a glance how much of
    the text is the story and how much was set aside.
    """
    from ._words import WORD_RE  # the same word definition as the report

    t = Table(
        title=_text(name) if name else None, box=box.SIMPLE_HEAD, expand=True, title_justify="left"
    )
    t.add_column("#", justify="right", no_wrap=True, style="dim")
    t.add_column("Kind", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    # Narrower than BLOCKS_WIDE, a Why column would be some 20 cells wide and wrap a reason
    # into four lines: the reason goes under the text instead, as in "Set aside".
    wide = console.width >= BLOCKS_WIDE
    if wide:
        t.add_column("Text", ratio=3)
        t.add_column("Why", ratio=2, style="dim")
    else:
        t.add_column("Text, and why", ratio=1)
    totals: Counter[str] = Counter()
    for i, b in enumerate(article.blocks, 1):
        kind = b.kind.value
        style = KIND_STYLE[kind]
        n = len(WORD_RE.findall(b.text))
        totals[kind] += n
        text = _text(clip(b.text, 300), style=style if kind != "paragraph" else "")
        why = _text(b.reason, style="" if wide else "dim")
        cells = (text, why) if wide else (Text("\n").join([text, Text("why: ", "dim") + why]),)
        t.add_row(str(i), Text(kind, style=style), str(n), *cells)
    if article.blocks:
        order = ("paragraph", "title", "byline", "subhead", "caption", "boilerplate")
        t.caption = " · ".join(f"{k} {plural(totals[k], 'word')}" for k in order if totals[k])
    console.print(t)


def render_corpus_table(console: Console, rows: Sequence[Mapping[str, Any]], total: int) -> None:
    """One row per article (each a flat record, ``Report.to_row()``): the figures to compare
    articles by."""
    t = Table(box=box.SIMPLE_HEAD, expand=True)
    t.add_column("File", ratio=1, no_wrap=True, overflow="ellipsis")
    t.add_column("Title", ratio=2, no_wrap=True, overflow="ellipsis")
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("FK", justify="right", no_wrap=True)
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("⚠", justify="right", no_wrap=True)
    for r in rows:
        # The platform's own separators: on POSIX a backslash is part of the name ("caf\\xe9.txt")
        source = r.get("file") or ""
        name = os.path.basename(source) or source
        warnings = r.get("warning_count") or 0
        t.add_row(
            _text(name),
            _text(r.get("title") or "—"),
            f"{r.get('words', 0):,}",
            _fmt(r.get("flesch_kincaid_grade")),
            Text(_fmt(r.get("consensus_grade")), style="bold"),
            str(warnings) if warnings else "",
        )
    if total > len(rows):
        t.caption = f"the first {len(rows)} of {total} articles (--format csv lists them all)"
    console.print(t)


def render_summary(console: Console, rows: Sequence[tuple[str, float | None, int]]) -> None:
    """Print a corpus summary: how many articles fall in each school level."""
    from ._statistics import percentile

    grades = sorted(g for _, g, _ in rows if g is not None)
    t = Table(
        title=f"Corpus: {plural(len(rows), 'article')}", box=box.SIMPLE_HEAD, title_justify="left"
    )
    t.add_column("Consensus grade")
    t.add_column("Articles", justify="right")
    t.add_column("", ratio=1)
    per_level = {level: 0 for level in LEVELS}
    for g in grades:
        per_level[level_of(g)] += 1
    undefined = len(rows) - len(grades)
    peak = max([*per_level.values(), undefined, 1])
    for level, n in per_level.items():
        if n or level.name != "kindergarten":
            bar = Text("█" * round(n / peak * 30), style="cyan")
            t.add_row(f"{level.name} ({level.grades})", str(n), bar)
    if undefined:
        t.add_row("undefined (no body)", str(undefined), Text("█" * round(undefined / peak * 30)))
    if grades:
        mean = sum(grades) / len(grades)
        t.caption = (
            f"mean {mean:.1f} · median {percentile(grades, 50):.1f} · "
            f"p90 {percentile(grades, 90):.1f} · {plural(sum(w for *_, w in rows), 'word')}"
        )
    console.print(t)


def progress(results: Iterable[Any], total: int | None, err: TextIO) -> Iterator[Any]:
    """``results`` unchanged, with a progress bar on ``err`` while they come (the caller
    decides when one is wanted: a batch, and ``err`` a terminal)."""
    from rich.progress import Progress

    with Progress(console=Console(file=err), transient=True) as bar:
        task = bar.add_task("analysing", total=total)
        for r in results:
            bar.advance(task)
            yield r
