"""Is this English prose? Cheap signals that the formulas may mean little for a text.

Readability formulas are fitted to English prose. newsread still measures anything it is
given, but says so when the text looks like something else:

=================  ==========================================================
code               when
=================  ==========================================================
``mojibake``       UTF-8 once decoded as Windows-1252 ("â€™", "Ã©") is in the text
``not-english``    mostly non-Latin letters, or few English function words
``all-capitals``   most words are written in capitals
``no-sentence-ends``  many words but (almost) no ``.``, ``!`` or ``?``
``list-like``      most words sit on short lines: menus, link lists, bullet lists
``table-like``     most lines are rows of cells (tabs, ``|``, wide gaps)
``code-like``      many lines end in ``;``, ``{`` or ``}`` or start with keywords
``markup``         HTML tags are in the text (a saved web page)
``no-words``       not a single letter: nothing to measure
=================  ==========================================================

Every check is one linear pass (a regular expression without nested quantifiers, or a
C-level string method) over at most :data:`SAMPLE_CHARS` characters, taken as a few
evenly spaced windows, so a 50 MB log costs no more than a long article. Thresholds are
documented next to each constant; docs/robustness.md has the table.
"""

from __future__ import annotations

import re
import unicodedata

from ._data import word_set
from ._punctuation import OTHER_SCRIPT_SENTENCE_MARKS, SENTENCE_MARKS, char_class

#: At most this many characters are examined (in :data:`SAMPLE_WINDOWS` windows).
SAMPLE_CHARS = 200_000
SAMPLE_WINDOWS = 4

#: Fewer words than this and no share-based judgement is made (a headline is not a list).
MIN_WORDS = 40

#: English news has 12-45% (median 31%) of its words in data/english-function-words.txt;
#: French, Spanish, Portuguese, Italian, German and Dutch prose score 0-4%.
MIN_FUNCTION_WORD_SHARE = 0.06

#: Share of letters outside the Latin script above which a text is called not English.
MAX_NON_LATIN_SHARE = 0.5

#: Share of (ASCII) letters that are capitals above which a text is "all capitals"
#: (news prose has 3-6%, a headline-cased menu 20-30%).
MAX_CAPITALS_SHARE = 0.6

_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LOWER = bytes(range(97, 123))

#: English prose ends a sentence every 15-25 words; one end per this many words is "none".
MAX_WORDS_PER_END = 80

#: A line of at most this many characters is short (a menu item, a link, a bullet):
#: about five words.
SHORT_LINE_CHARS = 40

#: Share of the text's characters on short lines (with at least MIN_LINES non-blank
#: lines) that makes a list. Clean news articles stay under 20%, page dumps reach 70%.
MIN_SHORT_LINE_SHARE = 0.6
MIN_LINES = 8

#: Share of non-blank lines that must look like table rows / code to say so.
MIN_SHAPED_LINE_SHARE = 0.5
MIN_CODE_LINE_SHARE = 0.3

#: Share of characters inside HTML tags that makes "markup" (with at least 3 tags).
MIN_MARKUP_SHARE = 0.05

# A letter, any script. "a", "Ж"
LETTER_RE = re.compile(r"[^\W\d_]")

#: ASCII bytes that are not letters (deleted to count the letters at C speed).
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())

# A letter outside the Latin script (Cyrillic, Greek, CJK, Arabic...). "Ж"
NON_LATIN_LETTER_RE = re.compile(
    r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]"
)

# A run of sentence-final marks, any script. "?!", "。"
SENTENCE_END_RE = re.compile(char_class(SENTENCE_MARKS + OTHER_SCRIPT_SENTENCE_MARKS) + "+")

# UTF-8 once read as Windows-1252: "â€™" for U+2019, "Ã©" for "é", "Â " for a no-break space.
MOJIBAKE_RE = re.compile(
    "â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[ÂÃ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

# An HTML tag or comment start, bounded by the next angle bracket. "<p class=x>", "</div>"
TAG_RE = re.compile(r"</?[A-Za-z!][^<>\n]{0,500}>")

# A line of code: ends in ; { } or starts with a keyword. "  return x;", "def f():"
CODE_LINE_RE = re.compile(
    r"[;{}][ \t]*$|^[ \t]*(?:def|class|import|from|return|function|var|let|const|"
    r"public|private|#include|#define|if|for|while|else)\b[^\n]*[:;{(=]",
    re.MULTILINE,
)

# A gap between table cells: a tab, a pipe, or three or more spaces after a non-space. "a   b"
CELL_GAP_RE = re.compile(r"\S(?:\t|[ \t]*\|| {3,}(?=\S))")


def _sample(text: str) -> str:
    """The whole text, or :data:`SAMPLE_WINDOWS` evenly spaced windows of a long one."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - size) // (SAMPLE_WINDOWS - 1)
    return "\n".join(text[i * step : i * step + size] for i in range(SAMPLE_WINDOWS))


def _script_name(char: str) -> str:
    """The script of a letter, from its Unicode name. "CYRILLIC" for "Ж"."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0].title() if name else "non-Latin"


def text_warnings(text: str) -> list[tuple[str, str]]:
    """Signs that ``text`` is not English prose, as (code, message) pairs, in a fixed order.

    The formulas are still computed; these say how far to trust them. Pass the text the
    report measures (the body, or the whole input).

    Args:
        text: any string.

    Returns:
        A list of ``(code, message)``; empty for ordinary English prose.

    >>> text_warnings("The council met on Monday and voted to close the road. " * 6)
    []
    >>> [code for code, _ in text_warnings("Der Rat hat am Montag beschlossen, die Straße zu sperren. " * 6)]
    ['not-english']
    >>> [code for code, _ in text_warnings("THE COUNCIL MET ON MONDAY AND VOTED TO CLOSE THE ROAD. " * 6)]
    ['all-capitals']
    """
    sample = _sample(text)
    out: list[tuple[str, str]] = []
    ascii_only = sample.isascii()

    if not ascii_only and ("\u00e2" in sample or "\u00c3" in sample or "\u00c2" in sample):
        moji = len(MOJIBAKE_RE.findall(sample))
        if moji:
            out.append(
                (
                    "mojibake",
                    f"{moji:,} mojibake sequences such as 'â€™' or 'Ã©' (UTF-8 text once decoded "
                    "as Windows-1252); words containing them are miscounted: fix the encoding",
                )
            )

    # Lower-casing maps no character to or from whitespace (tests/test_language_warnings.py
    # checks every code point), so these are the words of sample.split(), lower-cased.
    lowered = sample.lower().split()
    n_words = len(lowered)
    if not LETTER_RE.search(sample):
        if n_words:
            out.append(("no-words", "no letters at all: nothing for the formulas to measure"))
        return out

    english = True
    ascii_bytes = sample.encode("ascii", "ignore")
    if not ascii_only:
        latin = len(ascii_bytes.translate(None, _ASCII_NON_LETTERS))
        most = latin * MAX_NON_LATIN_SHARE / (1 - MAX_NON_LATIN_SHARE)
        # Non-Latin letters are never ASCII: with no more other characters than ``most``,
        # they cannot be more, and the costly search for them is skipped.
        foreign = (
            NON_LATIN_LETTER_RE.findall(sample) if len(sample) - len(ascii_bytes) > most else []
        )
        if foreign and len(foreign) > most:
            english = False
            share = len(foreign) / (len(foreign) + latin)
            out.append(
                (
                    "not-english",
                    f"{share:.0%} of letters are not Latin (mostly "
                    f"{_script_name(foreign[len(foreign) // 2])}); the formulas are for English "
                    "and their numbers mean little here",
                )
            )
    if english and n_words >= MIN_WORDS:
        function_words = word_set("english-function-words.txt")
        # English prose has enough function words in its first quarter; the rest is counted
        # only when it has not (hits then is the whole count, as the message says).
        head = n_words // 4
        hits = sum(map(function_words.__contains__, lowered[:head]))
        if hits < MIN_FUNCTION_WORD_SHARE * n_words:
            hits += sum(map(function_words.__contains__, lowered[head:]))
        if hits < MIN_FUNCTION_WORD_SHARE * n_words:
            out.append(
                (
                    "not-english",
                    f"only {hits / n_words:.0%} of words are common English function words "
                    "(English news has 12-45%): the text may not be English, and the formulas "
                    "are for English",
                )
            )

    upper = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_UPPER))
    lower = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LOWER))
    if upper >= 50 and upper > MAX_CAPITALS_SHARE * (upper + lower):
        out.append(
            (
                "all-capitals",
                f"{upper / (upper + lower):.0%} of letters are capitals: titles, names and "
                "sentence starts cannot be told apart, so segmentation and counts are less sure",
            )
        )

    if n_words >= MIN_WORDS:
        ends = sample.count(".") + sample.count("!") + sample.count("?")
        if not ascii_only and ends * MAX_WORDS_PER_END < n_words:  # more ends can only help
            ends += len(SENTENCE_END_RE.findall(sample))
        if ends * MAX_WORDS_PER_END < n_words:
            out.append(
                (
                    "no-sentence-ends",
                    f"{ends:,} sentence ends for {n_words:,} words: sentences cannot be found, so "
                    "sentence lengths and every formula built on them are unreliable",
                )
            )

    out.extend(_shape_warnings(sample, n_words))
    return out


def _shape_warnings(sample: str, n_words: int) -> list[tuple[str, str]]:
    """Line-shape signals: lists, tables, code, markup. Each runs only when a C-level
    count says it could fire."""
    out: list[tuple[str, str]] = []
    if n_words >= MIN_WORDS and sample.count("\n") + 1 >= MIN_LINES:
        lines = [line.strip() for line in sample.splitlines()]
        lengths = [n for n in map(len, lines) if n]
        n_lines = len(lengths)
    else:
        lines, lengths, n_lines = [], [], 0
    if n_lines >= MIN_LINES:
        chars = sum(lengths)
        short = sum(n for n in lengths if n <= SHORT_LINE_CHARS)
        if short >= MIN_SHORT_LINE_SHARE * chars:
            out.append(
                (
                    "list-like",
                    f"{short / chars:.0%} of the text is on short lines (a menu, link list or "
                    "bullet list), not in paragraphs of prose",
                )
            )
        # Each cell gap holds a tab, a "|" or a run of 3+ spaces of its own: count those first.
        gaps = sample.count("\t") + sample.count("|") + sample.count("   ")
        if (
            gaps >= 2 * MIN_SHAPED_LINE_SHARE * n_lines
            and len(CELL_GAP_RE.findall(sample)) >= 2 * MIN_SHAPED_LINE_SHARE * n_lines
        ):
            rows = sum(1 for line in lines if len(CELL_GAP_RE.findall(line)) >= 2)
            if rows >= MIN_SHAPED_LINE_SHARE * n_lines:
                out.append(
                    (
                        "table-like",
                        f"{rows:,} of {n_lines:,} lines look like table rows (cells split by "
                        "tabs, '|' or wide gaps), not prose",
                    )
                )
        marks = sum(map(sample.count, (";", "{", "}", "def ", "import ", "return ", "#include")))
        if marks >= MIN_CODE_LINE_SHARE * n_lines:
            code = len(CODE_LINE_RE.findall(sample))
            if code >= MIN_CODE_LINE_SHARE * n_lines:
                out.append(
                    (
                        "code-like",
                        f"{code:,} of {n_lines:,} lines look like program code, not prose",
                    )
                )
    if "<" in sample:
        tags = TAG_RE.findall(sample)
        inside = sum(map(len, tags))
        if len(tags) >= 3 and inside >= MIN_MARKUP_SHARE * len(sample):
            out.append(
                (
                    "markup",
                    f"{len(tags):,} HTML tags: the markup is read as words; save the page as text "
                    "(or extract the article) first",
                )
            )
    return out
