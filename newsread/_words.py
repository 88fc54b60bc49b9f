"""What a word is. One definition feeds every formula and statistic.

A word is what a reader counts as one (see docs/methodology.md, "Words"):

* letters and digits joined by inner apostrophes, hyphens, periods, underscores or
  ``@`` are one word: ``two-year-long``, ``isn't``, ``Lee's``, ``U.S``, ``example.com``,
  ``jane.doe@example.com``;
* a number is one word with its grouping and decimal marks, a leading currency sign and
  a trailing percent sign: ``1,000``, ``3.5``, ``$2.5``, ``10:30``, ``24/7``, ``3.5%``, ``10km``;
* an initialism keeps its final period: ``U.S.``, ``a.m.``, ``Ph.D.``;
* a web address is one word: ``https://example.com/a-b?c=d``, ``www.example.com``;
* ``@handles`` and ``#hashtags`` are one word each, with their sign;
* invisible format characters inside a word keep it whole: a soft hyphen, a zero-width
  space, a word joiner (``co\u00adoperate`` is one word, counted as ``cooperate``);
* punctuation, symbols and emoji are not words.

The whole definition is one regular expression, :data:`WORD_RE`, so
``WORD_RE.findall(text, start, end)`` gives the words of any slice. Offsets are always into
the text as given; what is *counted* of a word (syllables, letters, word lists) is its
:func:`counting_form`, so the same text in NFC or NFD, or with soft hyphens, counts the same.
"""

from __future__ import annotations

import re
import unicodedata

#: Invisible format characters that may sit inside a word: soft hyphen, zero-width space,
#: zero-width non-joiner and joiner, word joiner, zero-width no-break space.
FORMAT_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NO_FORMAT = dict.fromkeys(map(ord, FORMAT_CHARACTERS))

# A word (see the module docstring): "two-year-long", "isn't", "$2.5", "3.5%", "1,000",
# "U.S.", "24/7", "https://example.com/x", "@newsread", "#vote2024", "jane@example.com".
WORD_RE = re.compile(
    # A web address, without trailing punctuation: "https://example.com/a?b=1"
    r"(?:https?://|www\.)[^\s<>\"“”‘’'()\[\]{}]*[^\s<>\"“”‘’'()\[\]{}.,;:!?]"
    # An initialism with its final period, maybe in a compound: "U.S.", "a.m.", "U.S.-based"
    r"|(?<![^\W_])(?:[^\W\d_]{1,2}\.){2,}(?:[\-‐‑][^\W_][\w\u0300-\u036f]*)*(?![^\W_])"
    # Everything else: an optional sign, letters/digits with inner joiners, optional "%".
    r"|(?:[@#]|[$£€¥](?=\d))?"
    r"[^\W_][\w\u0300-\u036f]*"
    # Joiners: apostrophes, periods, hyphens, "@", marks inside numbers, format characters
    r"(?:(?:['’.\-‐‑@]|(?<=\d)[,:/](?=\d)|[\u00ad\u200b-\u200d\u2060\ufeff]+)[^\W_][\w\u0300-\u036f]*)*"
    r"(?:(?<=\d)%)?"
)


#: Punctuation that can stand around a word but never begins, joins or ends one (quotes,
#: brackets, sentence marks): stripped before the fast path of :func:`fast_words` tests a chunk.
_AROUND = "\"“”‘’'()[]{}«».,;:!?"


def fast_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """``WORD_RE.findall(text, start, end)``, faster on ordinary prose.

    No word crosses whitespace, so the region is split on whitespace and each chunk that is
    letters and digits only (after stripping quotes, brackets and sentence marks around it)
    is one word as it stands; only the other chunks ("U.S.", "$2.5", "isn't", URLs) go
    through :data:`WORD_RE`. A property test proves it equal to ``WORD_RE.findall`` on any
    text and any region (tests/test_words.py).

    >>> fast_words("“Go now,” said Mr. Lee of the U.S. $2.5bn fund.")
    ['Go', 'now', 'said', 'Mr', 'Lee', 'of', 'the', 'U.S.', '$2.5bn', 'fund']
    """
    if end is None:
        end = len(text)
    if start > 0 and not text[start - 1].isspace():
        return WORD_RE.findall(text, start, end)  # a chunk's start would see what is before
    out: list[str] = []
    append = out.append
    findall = WORD_RE.findall
    for chunk in text[start:end].split():
        if chunk.isalnum():
            append(chunk)
            continue
        core = chunk.strip(_AROUND)
        if core.isalnum():
            append(core)
        elif core:
            out.extend(findall(chunk))
    return out


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the words of ``text[start:end]``, as (start, end) pairs into ``text``.

    Args:
        text: Any text.
        start: Where the region begins.
        end: Where it ends (exclusive); the end of ``text`` if ``None``.

    Returns:
        ``(start, end)`` offsets of each word, in order.

    >>> word_spans("Go now, Mr. Smith.")
    [(0, 2), (3, 6), (8, 10), (12, 17)]
    """
    if end is None:
        end = len(text)
    return [m.span() for m in WORD_RE.finditer(text, start, end)]


def words(text: str) -> list[str]:
    """The words of ``text``.

    Args:
        text: Any text.

    Returns:
        The words, in order, each a slice of ``text``.

    >>> words("A two-year-long war isn't over.")
    ['A', 'two-year-long', 'war', "isn't", 'over']
    >>> words("The U.S. spent $2.5 billion (3.5%) on 1,000 ships 🚢 at 10:30 a.m.")
    ['The', 'U.S.', 'spent', '$2.5', 'billion', '3.5%', 'on', '1,000', 'ships', 'at', '10:30', 'a.m.']
    """
    return WORD_RE.findall(text)


#: The ASCII characters ``str.split()`` splits on (those whose ``isspace()`` is true).
_ASCII_SPACES = bytes(b for b in range(128) if chr(b).isspace())


def counted_characters(text: str) -> int:
    """The non-whitespace characters of ``text``'s :func:`counting_form`:
    ``len("".join(counting_form(text).split()))``, without building the pieces for ASCII
    text (a property test proves the two equal).

    >>> counted_characters(" Two words.\\n"), counted_characters("co\u00adoperate")
    (9, 9)
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_SPACES))
    return len("".join(counting_form(text).split()))


def counting_form(word: str) -> str:
    """``word`` as it is counted: format characters dropped, composed to NFC.

    The word's offsets stay those of the text as given; only what is counted changes.

    >>> counting_form("co\u00adoperate"), counting_form("cafe\u0301") == "café"
    ('cooperate', True)
    >>> counting_form("plain")
    'plain'
    """
    if word.isascii():
        return word
    form = word.translate(_NO_FORMAT)
    if unicodedata.is_normalized("NFC", form):
        return form
    return unicodedata.normalize("NFC", form)
