"""Text from the input made safe to show to people: no control codes, no bidi overrides.

Input text (and file names) may hold terminal escape sequences ("ESC[2J" clears the
screen, "ESC]0;…BEL" retitles the window, "ESC]8;;URL" makes a live link), other C0 and C1
control characters, and Unicode bidi overrides that make text read differently from what
it is. Everything newsread prints for people (the rich view, ``--show-blocks``,
``--show-text``, the corpus table, the HTML report, one-line error messages) passes
through :func:`printable` or :func:`printable_lines` first. JSON, JSON Lines and CSV are
for programs and keep the text as it is (JSON escapes C0 controls itself).

Each unsafe character becomes exactly one visible character, so a character offset into
the input is still an offset into the printable text:

* C0 controls become their Unicode Control Pictures (ESC -> "␛", BEL -> "␇", NUL -> "␀"),
  DEL becomes "␡": the sequence stays visible as text and does nothing;
* C1 controls (U+0080-U+009F, which include the one-byte CSI U+009B) and the bidi
  embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) become U+FFFD;
* tabs become spaces; line breaks (LF, CR, VT, FF, the file/group/record separators,
  NEL, U+2028, U+2029) become spaces in one-line text, and "\\n" in multi-line text, where
  "\\r\\n" becomes " \\n" so that it stays one line break of the same length.

The left-to-right and right-to-left marks (U+200E, U+200F, U+061C) are kept: they belong
in right-to-left text and override nothing.
"""

from __future__ import annotations

import re
from functools import cache

#: Characters that end a line (str.splitlines' set); "\n" itself is kept by printable_lines.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Bidi embedding, override and isolate controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: What a C1 control or a bidi control is shown as.
REPLACEMENT = "\ufffd"

# Anything printable() or printable_lines() would change. "a\x1b[2Jb" -> "\x1b"
UNSAFE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029]")


@cache
def _table(keep_newlines: bool) -> dict[int, str]:
    table = {c: chr(0x2400 + c) for c in range(0x20)}  # the Control Pictures block
    table[0x7F] = "\u2421"
    for c in range(0x80, 0xA0):
        table[c] = REPLACEMENT
    for ch in BIDI_CONTROLS:
        table[ord(ch)] = REPLACEMENT
    for ch in LINE_BREAKS:
        table[ord(ch)] = "\n" if keep_newlines else " "
    table[ord("\t")] = " "
    return table


def printable(text: str) -> str:
    """``text`` on one line, with every control and bidi override made harmless and visible.

    The result has the same length as ``text``, character for character.

    >>> printable("Storm\\x1b[2J hits\\ncoast\\u202e")
    'Storm␛[2J hits coast�'
    """
    if UNSAFE_RE.search(text) is None:
        return text
    return text.translate(_table(False))


def printable_lines(text: str) -> str:
    """Like :func:`printable`, but line breaks are kept, each as one "\\n".

    >>> printable_lines("One\\r\\nTwo\\rThree\\u2028Four\\x07")
    'One \\nTwo\\nThree\\nFour␇'
    """
    if UNSAFE_RE.search(text) is None:
        return text
    return text.replace("\r\n", " \n").translate(_table(True))
