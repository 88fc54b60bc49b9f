"""The rich terminal view. Only this module imports rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ._printable import printable, printable_lines
from ._wording import LEVELS, grade_level, grade_words, level_of, plural

if TYPE_CHECKING:
    from ._models import Article, Report
    from ._output import CorpusRow

KIND_STYLE = {
    "title": "bold magenta",
    "byline": "cyan",
    "subhead": "bold blue",
    "paragraph": "default",
    "caption": "yellow",
    "boilerplate": "dim",
}
DIFFICULTY_STYLE = {"easy": "", "hard": "on dark_orange3", "very hard": "on red3"}


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


def _clip(text: str, n: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1].rstrip() + "…"


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
        Group(title, Text(), grade, counts, times, aside),
        title="newsread",
        subtitle=_text(r.source) if r.source else None,
        box=box.ROUNDED,
        expand=True,
    )


def _readability(r: Report) -> Table:
    t = Table(
        title="Readability of the body", box=box.SIMPLE_HEAD, expand=True, title_justify="left"
    )
    t.add_column("Formula", no_wrap=True)
    t.add_column("Score", justify="right", no_wrap=True)
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Meaning", ratio=1)
    notes: list[str] = []
    for s in r.readability:
        meaning = Text(s.interpretation or grade_words(s.grade))
        if s.warning:
            notes.append(f"{len(notes) + 1}. {s.title or s.name}: {s.warning}")
            meaning.append(f" ⚠{len(notes)}", style="yellow")
        t.add_row(s.title or s.name.replace("_", " "), _fmt(s.value), _fmt(s.grade), meaning)
    if notes:
        t.caption = Text("\n".join(["⚠ " + n for n in notes]), style="yellow", justify="left")
    return t


def _histogram(r: Report, width: int) -> Table:
    st = r.sentences
    d = st.words_per_sentence
    t = Table(
        title="Sentence length (words)", box=box.SIMPLE_HEAD, expand=True, title_justify="left"
    )
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Sentences", ratio=1)
    peak = max((b.count for b in st.histogram), default=0) or 1
    bar_width = max(10, width - 30)
    for b in st.histogram:
        label = f"{b.low}–{b.high}" if b.high is not None else f"{b.low}+"
        n = round(b.count / peak * bar_width)
        style = "green" if (b.high or 99) <= 20 else ("yellow" if b.low <= 30 else "red")
        t.add_row(label, Text("█" * n, style=style) + Text(f" {b.count}"))
    t.caption = (
        f"mean {_fmt(d.mean)} · median {_fmt(d.median)} · p90 {_fmt(d.p90)} · "
        f"max {d.max if d.max is not None else '—'} · sd {_fmt(d.stdev)}"
    )
    return t


def _hard_sentences(r: Report, top: int = 5) -> Table | None:
    hard = sorted(r.sentences.hard, key=lambda s: (-s.raw_grade, -s.words, s.start))[:top]
    if not hard:
        return None
    t = Table(title="Hardest sentences", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Sentence", ratio=1)
    for s in hard:
        style = "red" if s.difficulty == "very hard" else "dark_orange3"
        t.add_row(Text(_fmt(s.grade), style=style), str(s.words), _text(_clip(s.text, 220)))
    return t


def _paragraphs(r: Report) -> Table | None:
    if not r.paragraphs.hardest:
        return None
    t = Table(title="Hardest paragraphs", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Paragraph", ratio=1)
    for p in r.paragraphs.hardest:
        t.add_row(_fmt(p.grade), str(p.words), _text(_clip(p.text, 100)))
    return t


def _style(r: Report) -> Table:
    s = r.style
    t = Table(
        title="Style", box=box.SIMPLE_HEAD, expand=True, title_justify="left", show_header=False
    )
    t.add_column(no_wrap=True)
    t.add_column(justify="right")
    t.add_column(ratio=1, style="dim")

    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x:.0%}"

    long_share = s.long_sentence_share
    t.add_row(
        "Sentences over 20 words",
        pct(long_share),
        "aim for at most 25%" + (" ✓" if long_share is not None and long_share <= 0.25 else ""),
    )
    t.add_row("Paragraphs over 150 words", str(s.long_paragraphs), "aim for none")
    t.add_row("Runs of 3+ same openings", str(s.repeated_openings), "aim for none")
    passive = s.passive_share
    t.add_row(
        "Sentences with a passive",
        pct(passive),
        "aim for at most 10%" + (" ✓" if passive is not None and passive <= 0.1 else ""),
    )
    t.add_row("Adverbs (-ly)", str(s.adverbs), "")
    t.add_row("Words in quotation marks", pct(s.quoted_word_share), "direct speech")
    return t


def _set_aside(r: Report, limit: int = 12) -> Table | None:
    if not r.set_aside:
        return None
    t = Table(
        title=f"Set aside ({plural(len(r.set_aside), 'block')}, "
        f"{plural(sum(b.words for b in r.set_aside), 'word')})",
        box=box.SIMPLE_HEAD,
        expand=True,
        title_justify="left",
    )
    t.add_column("Kind", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Text", ratio=2)
    t.add_column("Why", ratio=1, style="dim")
    for b in r.set_aside[:limit]:
        t.add_row(
            Text(b.kind.value, style=KIND_STYLE[b.kind.value]),
            str(b.words),
            _text(_clip(b.text, 90)),
            _text(b.reason),
        )
    if len(r.set_aside) > limit:
        t.caption = f"… and {len(r.set_aside) - limit} more (see --show-blocks)"
    return t


def _body_text(r: Report) -> Group:
    """The body, with hard sentences highlighted."""
    hard = {(s.start, s.end): s.difficulty for s in r.sentences.hard}
    parts = []
    for p in r.paragraphs.paragraphs:
        text = Text(printable_lines(p.text))  # same length: the offsets still hold
        for (s, e), kind in hard.items():
            if p.start <= s and e <= p.end:
                text.stylize(DIFFICULTY_STYLE[kind], s - p.start, e - p.start)
        parts.append(text)
        parts.append(Text())
    return Group(Text("Body (hard sentences highlighted)", style="bold"), *parts)


def render_report(console: Console, r: Report, show_text: bool = False) -> None:
    """Print one report."""
    console.print(_header(r))
    for w in r.warnings:
        console.print(_text(f"⚠ {w.message}", style="yellow"))
    parts = (
        _readability(r),
        _histogram(r, console.width),
        _hard_sentences(r),
        _paragraphs(r),
        _style(r),
        _set_aside(r),
    )
    for part in parts:
        if part is not None:
            console.print(part)
            console.print()
    if show_text:
        console.print(_body_text(r))


def render_blocks(console: Console, article: Article, name: str | None = None) -> None:
    """Print every block of an article with its kind, size and the cue that decided it.

    The caption sums the words of each kind, so the reader sees at a glance how much of
    the text is the story and how much was set aside.
    """
    from collections import Counter

    from ._words import WORD_RE  # the same word definition as the report

    words_of = WORD_RE
    t = Table(
        title=_text(name) if name else None, box=box.SIMPLE_HEAD, expand=True, title_justify="left"
    )
    t.add_column("#", justify="right", no_wrap=True, style="dim")
    t.add_column("Kind", no_wrap=True)
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("Text", ratio=3)
    t.add_column("Why", ratio=2, style="dim")
    totals: Counter[str] = Counter()
    for i, b in enumerate(article.blocks, 1):
        kind = b.kind.value
        style = KIND_STYLE[kind]
        n = len(words_of.findall(b.text))
        totals[kind] += n
        t.add_row(
            str(i),
            Text(kind, style=style),
            str(n),
            _text(_clip(b.text, 300), style=style if kind != "paragraph" else ""),
            _text(b.reason),
        )
    if article.blocks:
        order = ("paragraph", "title", "byline", "subhead", "caption", "boilerplate")
        t.caption = " · ".join(f"{k} {plural(totals[k], 'word')}" for k in order if totals[k])
    console.print(t)


def render_corpus_table(console: Console, rows: Sequence[CorpusRow], total: int) -> None:
    """One row per article: the figures to compare articles by."""
    t = Table(box=box.SIMPLE_HEAD, expand=True)
    t.add_column("File", ratio=1, no_wrap=True, overflow="ellipsis")
    t.add_column("Title", ratio=2, no_wrap=True, overflow="ellipsis")
    t.add_column("Words", justify="right", no_wrap=True)
    t.add_column("FK", justify="right", no_wrap=True)
    t.add_column("Grade", justify="right", no_wrap=True)
    t.add_column("⚠", justify="right", no_wrap=True)
    for r in rows:
        name = r.source.replace("\\", "/").rsplit("/", 1)[-1]
        t.add_row(
            _text(name),
            _text(r.title or "—"),
            f"{r.words:,}",
            _fmt(r.fk_grade),
            Text(_fmt(r.consensus_grade), style="bold"),
            str(r.warnings) if r.warnings else "",
        )
    if total > len(rows):
        t.caption = f"the first {len(rows)} of {total} articles (--format csv lists them all)"
    console.print(t)


def render_summary(console: Console, rows: Sequence[tuple[str, float | None, int]]) -> None:
    """Print a corpus summary: how the grades are distributed."""
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
