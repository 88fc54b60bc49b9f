"""The HTML report: one self-contained page per report (or one page for several).

The page needs nothing but itself: CSS inline, the histogram an inline SVG, no script, no
font, no image, no link to anywhere (a Content-Security-Policy of ``default-src 'none'``
makes the browser refuse any request even if one slipped in). Every string from the input
is escaped, after controls are neutralised (:mod:`newsread._printable`). What the rich view
marks with characters and colour the page marks with colour, brackets and underlines, so
that it reads without colour too (printed, or for a colour-blind reader); a legend says
what each mark means.

:func:`render_html` is the whole page for one report; :func:`card` is the compact summary a
notebook shows (``Report._repr_html_``); :func:`index_row`, :func:`article` and
:func:`page` make the one page for several inputs (``--format html``): an index with a
link to each article's report, then the reports.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._aside import AsideRow, aside_rows
from ._formulas import title_of
from ._limits import DEFAULT_TOP
from ._lists import findings, hardest
from ._marks import ADVERB, HARD, PASSIVE, VERY_HARD, Mark, events, pieces
from ._printable import printable, printable_lines
from ._style import TARGETS, meets
from ._wording import bin_label, bin_tone, grade_level, plural, reason_words

if TYPE_CHECKING:
    from ._models import Report

#: The page's only policy: nothing may be fetched; inline styles may apply.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

#: The colour of each tone of the sentence-length histogram (``_wording.bin_tone``).
BIN_COLOURS = {"ok": "#4c9a4c", "long": "#d9a21b", "very long": "#c62828"}
#: Opening tag and class of each mark.
TAGS = {
    VERY_HARD: ("mark", "very-hard"),
    HARD: ("mark", "hard"),
    PASSIVE: ("span", "passive"),
    ADVERB: ("span", "adverb"),
}
LEGEND = (
    (VERY_HARD, "very hard sentence"),
    (HARD, "hard sentence"),
    (PASSIVE, "possible passive"),
    (ADVERB, "adverb"),
)

STYLE = """
.newsread{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 color:#1d1d1f;max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
.newsread h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .6rem}
.newsread h2{font-size:1.1rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.newsread .source{color:#666;font-size:.85rem;margin:0;word-break:break-all}
.newsread .grade{font-size:1.15rem;margin:.2rem 0}
.newsread .grade b{font-size:1.9rem}
.newsread .figures{color:#444;margin:.2rem 0;padding:0;list-style:none}
.newsread .figures li{display:inline}
.newsread .figures li+li:before{content:" · ";color:#999}
.newsread .warning{color:#8a5a00;background:#fff6e0;padding:.2rem .5rem;margin:.3rem 0}
.newsread table{border-collapse:collapse;width:100%}
.newsread th,.newsread td{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.newsread td.n,.newsread th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.newsread .note{color:#8a5a00;font-size:.85rem}
.newsread .ok{color:#1a7f37}.newsread .miss{color:#b35900;font-weight:600}
.newsread .dim,.newsread .why{color:#777;font-size:.85rem}
.newsread mark{background:none;color:inherit}
.newsread mark.hard{background:#fde3c8;border-bottom:2px solid #d9822b}
.newsread mark.hard:before{content:"⟦";color:#b35900;font-weight:700}
.newsread mark.hard:after{content:"⟧";color:#b35900;font-weight:700}
.newsread mark.very-hard{background:#f9cccc;border-bottom:3px double #c62828}
.newsread mark.very-hard:before{content:"⟦⟦";color:#c62828;font-weight:700}
.newsread mark.very-hard:after{content:"⟧⟧";color:#c62828;font-weight:700}
.newsread .passive{text-decoration:underline wavy #2456a6;text-underline-offset:3px;color:#173d7a}
.newsread .adverb{font-style:italic;text-decoration:underline dotted #7b2d8e;color:#5b1f6a}
.newsread .legend{font-size:.9rem;margin:.3rem 0 1rem}
.newsread .legend>*{margin-right:1.2rem}
.newsread .text{display:grid;grid-template-columns:6.5rem 1fr;column-gap:1rem}
.newsread .text .margin{text-align:right;color:#777;font-size:.85rem;padding-top:.15rem;font-variant-numeric:tabular-nums}
.newsread .text p{margin:0 0 .8rem;white-space:pre-line}
.newsread .text .aside p{color:#8c8c8c;font-size:.9rem}
.newsread .text .aside .margin{font-style:italic}
.newsread svg{max-width:40rem;width:100%;height:auto}
.newsread .index td a{color:#1f4fa3}
.newsread footer{color:#888;font-size:.8rem;margin-top:2rem}
.newsread section{margin-top:2.5rem;border-top:3px solid #ccc;padding-top:1rem}
"""


def _e(value: object) -> str:
    """One line of input-derived text, controls neutralised, escaped for HTML."""
    return html.escape(printable(str(value)), quote=True)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _header(r: Report, level: int = 1) -> str:
    c = r.counts
    d = r.sentences.difficulty_counts
    flagged = d.get(HARD, 0) + d.get(VERY_HARD, 0)
    very = d.get(VERY_HARD, 0)
    figures = [
        plural(c.words, "word"),
        plural(c.sentences, "sentence"),
        plural(c.paragraphs, "paragraph"),
        f"{flagged} hard" + (f" ({very} very hard)" if very else ""),
        plural(len(r.findings.passives), "possible passive"),
        plural(len(r.findings.adverbs), "adverb"),
        f"reading {_minutes(r.reading_time.minutes)}",
        f"set aside: {plural(len(r.set_aside), 'block')}",
    ]
    parts = []
    if r.source:
        parts.append(f'<p class="source">{_e(r.source)}</p>')
    title = _e(r.title) if r.title else '<span class="dim">(no title found)</span>'
    parts.append(f'<h{level} class="title">{title}</h{level}>')
    parts.append(
        f'<p class="grade">Grade <b class="consensus">{_fmt(r.consensus_grade)}</b> '
        f'<span class="level">{_e(grade_level(r.consensus_grade))}</span> '
        f'<span class="dim">consensus of the formulas below</span></p>'
    )
    parts.append('<ul class="figures">' + "".join(f"<li>{_e(f)}</li>" for f in figures) + "</ul>")
    parts += [f'<p class="warning">⚠ {_e(w.message)}</p>' for w in r.warnings]
    return "\n".join(parts)


def _minutes(m: float) -> str:
    total = round(m * 60)
    return f"{total // 60} min {total % 60:02d} s" if total >= 60 else f"{total} s"


def _formulas(r: Report) -> str:
    rows = []
    notes = []
    for s in r.readability:
        note = ""
        if s.warning:
            notes.append(f"<li>{_e(title_of(s.name))}: {_e(s.warning)}</li>")
            note = f' <span class="note">⚠{len(notes)}</span>'
        rows.append(
            f'<tr><td>{_e(title_of(s.name))}</td><td class="n">{_fmt(s.value)}</td>'
            f'<td class="n">{_fmt(s.grade)}</td><td>{_e(s.interpretation)}{note}</td></tr>'
        )
    out = (
        '<h2>Readability of the body</h2>\n<table class="formulas"><thead><tr><th>Formula</th>'
        '<th class="n">Score</th><th class="n">Grade</th><th>Meaning</th></tr></thead><tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table>"
    )
    if notes:
        out += '\n<ol class="note">' + "".join(notes) + "</ol>"
    return out


def _histogram(r: Report) -> str:
    bins = r.sentences.histogram
    peak = max((b.count for b in bins), default=0) or 1
    row = 22
    height = row * len(bins) + 6
    bars = []
    for i, b in enumerate(bins):
        label = bin_label(b.low, b.high)
        width = round(b.count / peak * 440)
        colour = BIN_COLOURS[bin_tone(b.low, b.high)]
        y = i * row + 4
        bars.append(
            f'<text x="56" y="{y + 14}" text-anchor="end" font-size="12">{label}</text>'
            f'<rect x="64" y="{y}" width="{width}" height="16" fill="{colour}"/>'
            f'<text x="{70 + width}" y="{y + 13}" font-size="12">{b.count}</text>'
        )
    d = r.sentences.words_per_sentence
    caption = (
        f"mean {_fmt(d.mean)} · median {_fmt(d.median)} · p90 {_fmt(d.p90)} · "
        f"max {d.max if d.max is not None else '—'} words"
    )
    return (
        "<h2>Sentence length (words)</h2>\n"
        f'<svg class="histogram" role="img" viewBox="0 0 560 {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>Sentences by length in words</title>'
        + "".join(bars)
        + f'</svg>\n<p class="dim">{caption}</p>'
    )


def _style(r: Report) -> str:
    rows = []
    for t in TARGETS:
        value = getattr(r.style, t.field)
        shown = ("—" if value is None else f"{value:.0%}") if t.share else str(value)
        ok = meets(t, value)
        mark = '<span class="ok">✓</span>' if ok else '<span class="miss">✗</span>'
        rows.append(
            f'<tr><td>{_e(t.label)}</td><td class="n">{shown}</td>'
            f"<td>{mark} aim for {_e(t.aim)}</td></tr>"
        )
    return '<h2>Style</h2>\n<table class="style"><tbody>' + "".join(rows) + "</tbody></table>"


def _hard(r: Report, top: int) -> str:
    ranked = hardest(r)
    if not ranked:
        return ""
    rows = [
        f'<tr><td class="n">{_fmt(s.grade)}</td><td class="n">{s.words}</td><td>{_e(s.text)}'
        f'<br><span class="why">{_e(s.difficulty)}: '
        f"{_e(reason_words(s.why, s.words, s.grade, s.syllables, s.figure_syllables))}</span></td></tr>"
        for s in ranked[:top]
    ]
    more = ""
    if len(ranked) > top:
        more = (
            f'<p class="dim">… and {plural(len(ranked) - top, "more hard sentence")} '
            "(every one is marked in the article below)</p>"
        )
    return (
        f"<h2>Hard sentences ({len(ranked)} of {r.counts.sentences}), hardest first</h2>\n"
        '<table class="hard"><thead><tr><th class="n">Grade</th><th class="n">Words</th>'
        "<th>Sentence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + more
    )


def _why(r: Report) -> dict[tuple[int, int], str]:
    return {
        (s.start, s.end): f"{s.difficulty}: "
        + reason_words(s.why, s.words, s.grade, s.syllables, s.figure_syllables)
        for s in r.sentences.hard
    }


def _marked(text: str, base: int, marks: Sequence[Mark], why: Mapping[tuple[int, int], str]) -> str:
    """A paragraph's text, escaped, with its marks as elements (a hard sentence's
    ``title`` says why it is hard)."""
    out: list[str] = []
    for event, kind, mark in events(printable_lines(text), base, marks):
        if event == "text":
            out.append(html.escape(kind, quote=False))
        elif event == "open":
            tag, cls = TAGS[kind]
            reason = why.get((mark.start, mark.end)) if mark else None
            title = f' title="{_e(reason)}"' if reason else ""
            out.append(f'<{tag} class="{cls}"{title}>')
        else:
            out.append(f"</{TAGS[kind][0]}>")
    return "".join(out)


def _aside_html(row: AsideRow) -> str:
    if len(row.blocks) == 1:
        text = (
            _e(row.blocks[0].text)
            if len(row.blocks[0].text) <= 600
            else _e(row.blocks[0].text[:600] + "…")
        )
    else:
        lines = " · ".join(_e(b.text) for b in row.blocks)
        text = f"{len(row.blocks)} {row.label}, {_e(plural(row.words, 'word'))}: {lines}"
    why = "; ".join(_e(x) for x in row.reasons)
    return f'{text} <span class="why">— {why}</span>'


def _article(r: Report) -> str:
    why = _why(r)
    legend = "".join(
        f'<span><{TAGS[kind][0]} class="{TAGS[kind][1]}">{words}</{TAGS[kind][0]}></span>'
        for kind, words in LEGEND
    )
    out = [
        "<h2>The article, as newsread read it</h2>",
        f'<p class="legend">{legend}<br><span class="dim">Margin: each paragraph\'s own grade; '
        "for a block set aside (greyed), its kind, and why after it.</span></p>",
        '<div class="text">',
    ]
    for piece in pieces(r):
        if piece.paragraph is not None:
            p = piece.paragraph
            out.append(
                f'<div class="margin" title="Flesch-Kincaid grade of this paragraph">{_fmt(p.grade)}</div>'
                f'<p class="paragraph">{_marked(p.text, p.start, piece.marks, why)}</p>'
            )
        else:
            row = AsideRow(piece.aside[0].kind.value, piece.aside, False)
            out.append(
                f'<div class="margin aside {row.kind}">{_e(row.kind)}</div>'
                f'<div class="aside {row.kind}"><p>{_aside_html(row)}</p></div>'
            )
    out.append("</div>")
    return "\n".join(out)


def _findings(r: Report, top: int) -> str:
    items = []
    for item in findings(r, top):
        shown = " · ".join(_e(v) for v in item.shown)
        more = f' <span class="dim">{_e(item.more_words)}</span>' if item.more else ""
        items.append(f"<li><strong>{_e(item.label)}</strong> ({item.total:,}): {shown}{more}</li>")
    if not items:
        return ""
    return '<h2>To check</h2>\n<ul class="check">' + "".join(items) + "</ul>"


def _set_aside(r: Report, top: int) -> str:
    rows = aside_rows(r)
    if not rows:
        return ""
    body = "".join(
        f'<tr><td>{_e(row.kind)}</td><td class="n">{row.words}</td><td>{_aside_html(row)}</td></tr>'
        for row in rows[:top]
    )
    more = ""
    if len(rows) > top:
        more = f'<p class="dim">… and {plural(len(rows) - top, "more row")} (all are shown in place in the article)</p>'
    words = sum(b.words for b in r.set_aside)
    return (
        f"<h2>Set aside ({plural(len(r.set_aside), 'block')}, {plural(words, 'word')})</h2>\n"
        '<table class="aside"><thead><tr><th>Kind</th><th class="n">Words</th>'
        "<th>Text, and why it was set aside</th></tr></thead><tbody>"
        + body
        + "</tbody></table>"
        + more
    )


def article(r: Report, top: int = DEFAULT_TOP, anchor: str | None = None) -> str:
    """One report as an ``<article>`` element (the body of :func:`render_html`)."""
    ident = f' id="{_e(anchor)}"' if anchor else ""
    parts = [
        f'<article class="report"{ident}>',
        "<header>" + _header(r) + "</header>",
        _formulas(r),
        _histogram(r),
        _hard(r, top),
        _style(r),
        _findings(r, top),
        _set_aside(r, top),
        _article(r),
        f"<footer>newsread {_e(r.newsread_version)} · engine {_e(r.engine)}</footer>",
        "</article>",
    ]
    return "\n".join(p for p in parts if p)


def page_parts(title: str) -> tuple[str, str]:
    """The start and the end of a whole HTML document (styles, the no-request policy),
    for a body to go between them."""
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        '<body>\n<div class="newsread">\n'
    )
    return head, "\n</div>\n</body>\n</html>\n"


def page(title: str, body: str) -> str:
    """A whole HTML document around ``body`` (see :func:`page_parts`)."""
    head, tail = page_parts(title)
    return head + body + tail


def render_html(report: Report, top: int = DEFAULT_TOP) -> str:
    """The HTML report of one article: a self-contained page (see the module docstring).

    >>> import newsread
    >>> doc = render_html(newsread.analyze("Storm <b>hits</b>\\n\\nThe storm reached the coast."))
    >>> doc.startswith("<!DOCTYPE html>"), "Storm &lt;b&gt;hits&lt;/b&gt;" in doc, "<script" in doc
    (True, True, False)
    """
    return page(f"newsread: {report.title or report.source or 'report'}", article(report, top))


def card(report: Report) -> str:
    """A compact summary of a report for notebooks: title, grade, figures, formulas."""
    return (
        f"<style>{STYLE}</style>\n"
        f'<div class="newsread card">{_header(report, level=3)}\n{_formulas(report)}</div>'
    )


def index_row(report: Report) -> dict[str, Any]:
    """What the index of a several-input page shows of one report."""
    d = report.sentences.difficulty_counts
    return {
        "source": report.source or "",
        "title": report.title,
        "words": report.counts.words,
        "grade": report.consensus_grade,
        "level": report.consensus_level,
        "hard": d.get(HARD, 0) + d.get(VERY_HARD, 0),
        "sentences": report.counts.sentences,
        "warnings": len(report.warnings),
    }


def index(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """The index table of a several-input page: one linked row per (anchor, row)."""
    body = []
    n = 0
    for anchor, row in rows:
        n += 1
        title = _e(row["title"]) if row["title"] else '<span class="dim">(no title found)</span>'
        body.append(
            f'<tr><td><a href="#{_e(anchor)}">{_e(row["source"]) or n}</a></td><td>{title}</td>'
            f'<td class="n">{row["words"]:,}</td><td class="n">{_fmt(row["grade"])}</td>'
            f'<td>{_e(row["level"])}</td><td class="n">{row["hard"]} of {row["sentences"]}</td>'
            f'<td class="n">{row["warnings"] or ""}</td></tr>'
        )
    return (
        f"<h1>newsread: {plural(n, 'article')}</h1>\n"
        '<table class="index"><thead><tr><th>File</th><th>Title</th><th class="n">Words</th>'
        '<th class="n">Grade</th><th>Level</th><th class="n">Hard sentences</th>'
        '<th class="n">⚠</th></tr></thead><tbody>\n' + "\n".join(body) + "\n</tbody></table>"
    )
