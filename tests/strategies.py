"""Hypothesis strategies shared by the property tests and the fuzz script.

Three families: *any text* (the full Unicode range, with the characters that break naive
code over-represented: line and paragraph separators, zero-width and bidi marks,
combining marks, no-break spaces, NUL and other controls), and *article-like text*
built from pieces a news page really has (titles, bylines, datelines, paragraphs with
abbreviations and quotes, captions with photo credits, boilerplate lines), joined by
every kind of line ending and blank line; and *hostile text*, article-like text with
what a renderer must not obey spliced in: rich markup brackets, HTML tags, terminal
escape sequences (CSI, OSC, 8-bit CSI), bidi overrides and line separators.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Characters that trip up text code: every Unicode line break, odd spaces, zero-width
#: and bidi controls, combining marks, a BOM, controls, quotes and dashes.
AWKWARD = (
    "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # line boundaries for str.splitlines
    "\t \u00a0\u1680\u2000\u2007\u200a\u202f\u205f\u3000"  # spaces
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202e\u2066\u2069"  # invisible
    "\u0301\u0308\u0327\u20dd"  # combining marks
    "\x00\x01\x07\x1b\x7f\x9f"  # controls
    ".!?…‽;:,-–—'\"“”‘’«»()[]{}<>/\\|•·*#@&%$€£"  # punctuation
    "İıßẞﬁǅ"  # case mappings that change length
)

#: Any character in the full Unicode range except lone surrogates (which cannot be
#: encoded as UTF-8 and so cannot come from a file); see surrogate_text for those.
any_char = st.characters(exclude_categories=("Cs",))

#: Text over the whole Unicode range, with awkward characters mixed in often.
any_text = st.text(st.one_of(any_char, st.sampled_from(AWKWARD)), max_size=400)

#: Text that may also hold lone surrogates (possible in a Python str, never from a file).
surrogate_text = st.text(st.characters(), max_size=200)

_WORDS = (  # noqa: SIM905 - a sentence is easier to read than a list of 50 strings
    "the council voted on monday to close harbor road after storm damaged bridge "
    "officials said repairs would cost about million and take two-year-long months "
    "residents who live near water were told leave their homes before dark it's "
    "don't rain fell all day river rose but nobody was hurt police fire crews"
).split()
_NAMES = ("Maria Lopez", "John O'Neil", "Ana Ruiz-Smith", "Lee Chen", "Zoë Müller")
_ABBREVIATIONS = ("Mr.", "Dr.", "Gen.", "U.S.", "a.m.", "p.m.", "Dec. 21", "St.", "Inc.", "No. 3")
_BOILERPLATE = (
    "Advertisement",
    "Load more…",
    "Copy the URL to share",
    "Share this article",
    "Sign up for our newsletter",
    "Read more:",
    "© 2026 The Daily Example. All rights reserved.",
    "This article was originally published by The Example. Read the original article here.",
    "Facebook Twitter Email Print",
)
_CREDITS = ("REUTERS", "AP Photo/Lee Chen", "POOL/AFP via Getty Images", "Photo: Maria Lopez")
_LINE_ENDINGS = ("\n", "\n", "\n", "\r\n", "\r", "\u2028")


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """A sentence of news prose, with abbreviations, numbers and quotes now and then."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(_ABBREVIATIONS)))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), str(draw(st.integers(0, 10**6))))
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    end = draw(st.sampled_from((".", ".", ".", "?", "!", "…", "", '."', ".\u201d")))
    if draw(st.integers(0, 4)) == 0:
        text = f"\u201c{text},\u201d {draw(st.sampled_from(_NAMES))} said"
    return text + end


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=6)))


@st.composite
def caption(draw: st.DrawFn) -> str:
    return f"{draw(sentence())} {draw(st.sampled_from(_CREDITS))}"


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """A whole article as people paste it: title, byline, body, captions and debris."""
    parts = [
        " ".join(
            w.capitalize() for w in draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=10))
        )
    ]
    if draw(st.booleans()):
        parts.append(f"By {draw(st.sampled_from(_NAMES))}")
    if draw(st.booleans()):
        parts.append("WASHINGTON (Reuters) -")
    pieces = st.one_of(
        paragraph(), paragraph(), paragraph(), caption(), st.sampled_from(_BOILERPLATE)
    )
    parts += draw(st.lists(pieces, min_size=0, max_size=10))
    out = []
    for part in parts:
        indent = draw(st.sampled_from(("", "", " ", "\t", "\u00a0")))
        ending = draw(st.sampled_from(_LINE_ENDINGS))
        blank = draw(st.sampled_from(("", ending, ending + "  " + ending, ending * 3)))
        out.append(indent + part + ending + blank)
    return "".join(out)


#: Article-like text, sometimes with awkward characters sprinkled in.
article_like = st.one_of(
    article_text(),
    st.tuples(article_text(), any_text).map(lambda t: t[0] + t[1]),
    st.tuples(any_text, article_text()).map(lambda t: t[0] + t[1]),
)


#: What a renderer must show as text, never obey: rich markup, HTML, terminal escapes
#: (CSI, OSC title and hyperlink, 8-bit CSI, BEL), bidi overrides and isolates, line breaks.
HOSTILE_TOKENS = (
    "[",
    "]",
    "/",
    "[/]",
    "[bold]",
    "[/bold]",
    "[link=http://evil.example]",
    "[sic]",
    ":thumbs_up:",
    "<script>alert(1)</script>",
    '<img src="http://evil.example/x.png">',
    "&amp;",
    "</p>",
    "\x1b",
    "\x1b[2J",
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://evil.example\x1b\\",
    "\x9b31m",
    "\x07",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u2028",
    "\u2029",
    "\x85",
    "\r",
    "\t",
    "=SUM(A1)",
    "+1",
    "@cmd",
)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """Article-like text with hostile tokens spliced in anywhere: in the title, inside
    words and sentences, in captions and debris, and alone on lines."""
    base = draw(article_text())
    tokens = draw(st.lists(st.sampled_from(HOSTILE_TOKENS), min_size=1, max_size=12))
    for token in tokens:
        at = draw(st.integers(0, len(base)))
        base = base[:at] + token + base[at:]
    return base


@st.composite
def hostile_name(draw: st.DrawFn) -> str:
    """A file name with hostile tokens in it (views title tables with it; CSV has a cell)."""
    pieces = st.one_of(st.sampled_from(HOSTILE_TOKENS), st.sampled_from(_WORDS))
    return "".join(draw(st.lists(pieces, min_size=1, max_size=4))) + ".txt"
