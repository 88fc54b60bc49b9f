"""Cues a careful reader uses to tell the story from the rest of a page, one line at a time.

Every function here looks at a single line, never at its neighbours: context is the
business of ``_segmentation``. Phrase and word lists live in ``newsread/data``:
``boilerplate-phrases.txt``, ``boilerplate-words.txt``, ``credit-agencies.txt``,
``byline-cues.txt`` and ``stopwords-en.txt``; they are compiled into regular expressions
once, on first use.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import cache
from itertools import filterfalse
from typing import NamedTuple

from ._data import word_list, word_set

# A word for counting: letters/digits with inner apostrophes. "isn't"
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Punctuation that often clings to a word's ends: "said,", "(AP)", "“Yes”"
EDGE_PUNCTUATION = ".,;:!?\"()“”‘’'"
# A run of letters and digits, a piece of a word. "we", "d" in "we'd"
PIECE_RE = re.compile(r"[^\W_]+")
# A sentence terminator anywhere (BOUNDARY_RE needs one). "."
TERMINATOR_RE = re.compile(r"[.!?…]")
# Where a sentence ends inside a line: terminator, closing quotes, then space or a
# capital glued on. "…on Dec. 21. REUTERS", "…isn't easy.Kathrin Ziegler/Getty"
BOUNDARY_RE = re.compile(r"[.!?…][\"”’')\]]*(?:\s+|(?=[A-Z(\[]))")
# Marks that open an item of a list or menu. "• More stories", "» Business"
LIST_MARKS = ("•", "»", "›", "·", "*", "-", ">", "+")
# Closing quotes and brackets that may follow a sentence's last mark. 'fire."'
CLOSERS = "\"'”’»)]*"
CLOSERS_AND_SPACE = CLOSERS + " "
# A calendar date or a clock time. "Nov 18, 2019", "18 November 2019", "11/13/19", "9:24 pm"
DATE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{1,2}(?!\d)"
    r"|\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
    r"|\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\b|gmt|bst|cet|et|pt|[ecmp][sd]t|ist)?"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
# A byline's opening. "By Jane Doe", "Written by: J. Doe", "Posted by Mike"
BY_RE = re.compile(
    r"^(?:(?:written|posted|story|reported|words|analysis|compiled)\s+)?by\b\s*:?", re.IGNORECASE
)
# A line that is a photo credit by its first words. "Photo: Tim Clayton", "(Image credit: NASA)"
CREDIT_HEAD_RE = re.compile(
    r"^[(\[]?\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|foto|illustration)"
    r"(?:\s+(?:credit|copyright))?\s*(?:by\s*)?"
    # A separator, or a word after whitespace: the whitespace is matched once, above, and
    # only looked back at here, so a long run of spaces is never split two ways (linear).
    r"(?::|/|(?<=\s)(?:-\s|by\b|via\b|courtesy\b|©))",
    re.IGNORECASE,
)
# An explicit caption label. "Image caption Taylor Swift's seventh album", "Media captionWho is"
CAPTION_HEAD_RE = re.compile(
    r"^(?:image|media|photo|video)\s*caption|^caption\s*:|^media playback is unsupported",
    re.IGNORECASE,
)
# A copyright notice. "© 2019 Newsweek", "Copyright (c) Press Association Ltd. 2008"
COPYRIGHT_RE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# A digit anywhere; every date and time holds one. "9:24 pm"
DIGIT_RE = re.compile(r"\d")
# A four-digit year. "2008"
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A web address. "https://www.bbc.com/news", "www.aol.co.uk" (e-mail: ``has_address``)
WEB_ADDRESS_RE = re.compile(r"https?://|\bwww\.\w")
# A dot followed by a letter or digit, as in an e-mail address's domain. ".com"
DOT_WORD_RE = re.compile(r"\.\w")
# A line that is only a web address. "www.aol.co.uk"
URL_LINE_RE = re.compile(
    r"^(?:https?://|www\.)\S*$|^[\w.\-]+\.(?:com|org|net|co\.uk)/?\S*$", re.IGNORECASE
)
# A labelled list of links or keywords. "Tags: WiFi , wireless", "See also: …"
LABEL_LIST_RE = re.compile(
    r"^(?:tags?|topics?|keywords?|categories|more on|see also|also read|read more|related|more"
    r"|video|watch|listen|audio|gallery|slideshow|photos|document|features)\s*:",
    re.IGNORECASE,
)
# One to three capitalised words: a photographer or a source. "Statista", "Kathrin Ziegler"
SOURCE_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
# Two names joined by a slash, as credits are written. "Kathrin Ziegler/Getty"
SLASH_NAME_RE = re.compile(r"[^\W\d_]\s?/\s?[^\W\d_]")
# A person's name, a comma, then a publication. "Jason Botchford, The Province"
NAME_ORG_RE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}, (?:[Tt]he )?[A-Z][^,]*$"
)
# A link to the author's page. "About Victor Davis Hanson"
ABOUT_NAME_RE = re.compile(r"^About(?: [A-Z][\w.'’-]+){2,3}$")
# A line that opens by telling the reader to act on the site. "Subscribe to the Business
# Journal", "Sign up for alerts", "Follow Jane Doe on Twitter", "Click here for more"
IMPERATIVE_RE = re.compile(
    r"^(?:subscribe|sign\s+(?:up|in)|log\s*in|register|click|download|like\s+us|join\s+(?:us|our)\b"
    r"|follow\b.*\bon\s+(?:twitter|facebook|instagram|linkedin|youtube|x)\b|follow\s+us)\b",
    re.IGNORECASE,
)
# A request addressed to the reader. "Please check the opt-in box", "NOTE: Please post your comments"
PLEASE_RE = re.compile(r"^(?:note:\s*)?please\b", re.IGNORECASE)
# A gallery counter. "Image 1 of 5", "Photo 3 / 12", "Image 1 of / 4"
GALLERY_RE = re.compile(
    # Each run of spaces is followed by something it cannot match, so none is split two
    # ways: linear in the line's length.
    r"^(?:image|photo|picture|slide|video)s?\s+\d+\s*(?:of|/)\s*(?:/\s*)?(?:\d+\s*)?$",
    re.IGNORECASE,
)
# Separators of inline menus and link rows. "Home | News | Sport", "» Business", "• More"
MENU_MARK_RE = re.compile(r"\s[|•·]\s|^[»›•·>]|[»›]$|\S\s[»›>]\s.*\S\s[»›>]\s")


# A character of the menu marks (MENU_MARK_RE needs one). "|"
MENU_CHAR_RE = re.compile(r"[|•·»›>]")


LONGEST_SPECIAL = 60  # longest line (in words) that a credit, byline or request cue can claim
GLUED_PROSE_WORDS = 15  # prose words before a debris phrase glued to a paragraph's end
IMPERATIVE_WORDS = 12  # longest line read as a call to action by its opening verb
# The reason given to an author's byline opening with "By": the strongest byline cue.
BY_REASON = "byline: “By …”"


class Cue(IntEnum):
    """What a line looks like on its own (before context is considered)."""

    BOILER = 0  # a debris phrase, a menu/share row, a copyright notice, no words at all
    CREDIT = 1  # a photo credit on its own line: "Photo: Hau Dinh, AP"
    AGENCY = 2  # only an agency's name: "Reuters", "THE ASSOCIATED PRESS"
    CAPTION = 3  # an explicit caption: "Image caption …", text with a credit glued on
    BYLINE = 4  # "By …", a date line, "contributed to this report"
    GOOD = 5  # a sentence-like line of body length
    SENTENCE = 6  # a short line that still ends like a sentence
    NEAR = 7  # a long line that does not end like a sentence (a split paragraph, a deck)
    SHORT = 8  # a short line that does not end like a sentence (headline, menu item, label)


@cache
def _phrase_re(name: str) -> re.Pattern[str]:
    """One regular expression finding the entries of list ``name`` in a lower-cased line.

    Entries begin and end on word boundaries where they begin or end with a letter
    ("share" not in "shares"); a space matches any run of whitespace. The entries are
    merged into a prefix tree ("share (?:this (?:story|article)|on …)"), so the engine
    tries a handful of letters at each position instead of every entry. Where several
    entries match at the same place the longest wins ("share this story" over "share").

    >>> _phrase_re("call-to-action.txt").findall("sign up for alerts")
    ['sign up', 'alerts']
    """
    entries = sorted(word_list(name), key=len, reverse=True)  # longest first
    worded: list[list[str]] = []
    other: list[list[str]] = []
    for e in entries:
        units = [r"\s+" if ch == " " else re.escape(ch) for ch in e.lower()]
        if e[-1].isalnum():
            units.append(r"(?![\w-])")
        (worded if e[0].isalnum() else other).append(units)
    # One shared look-behind for the entries that start with a letter or digit.
    alternatives = [r"(?<![\w-])" + _prefix_tree(worded)] if worded else []
    if other:
        alternatives.append(_prefix_tree(other))
    return re.compile("|".join(alternatives))


def _prefix_tree(entries: list[list[str]]) -> str:
    """Merge entries (lists of regex units, longest entry first) into one alternation
    that shares common prefixes; a longer continuation is tried before an entry that
    ends here, so the longest entry wins as in a plain longest-first alternation."""
    children: dict[str, list[list[str]]] = {}
    ends = False
    for units in entries:
        if units:
            children.setdefault(units[0], []).append(units[1:])
        else:
            ends = True
    branches = [head + _prefix_tree(rest) for head, rest in children.items()]
    if ends:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _Entries(NamedTuple):
    """A phrase list filed for quick rejection of lines that cannot hold any entry."""

    anchors: frozenset[str]  # the longest word of every entry
    keys: frozenset[str]  # the longest piece of every entry
    by_key: dict[str, list[frozenset[str]]]  # the pieces of every entry, under its key


@cache
def _entries(name: str) -> _Entries:
    """The words and pieces of list ``name`` (pieces are runs of letters and digits: an
    apostrophe splits "we'd" into "we" and "d").

    >>> sorted(_entries("call-to-action.txt").by_key["trial"][0])
    ['free', 'trial']
    """
    anchors = set()
    by_key: dict[str, list[frozenset[str]]] = {}
    for e in word_list(name):
        low = e.lower()
        if TOKEN_RE.search(low):
            anchors.add(max(TOKEN_RE.findall(low), key=len))
            pieces = PIECE_RE.findall(low)
            by_key.setdefault(max(pieces, key=len), []).append(frozenset(pieces))
    return _Entries(frozenset(anchors), frozenset(by_key), by_key)


def _may_hold(name: str, tokens: list[str]) -> bool:
    """Whether a line with these (lower-cased) words can hold an entry of list ``name``.

    First, one of the entries' longest words must be one of the line's words. Then an
    entry can only match where every one of its pieces is a piece of the line (entries
    begin and end on word boundaries, so a match's runs of letters are the line's runs);
    a line lacking a piece of every entry skips the regular expression.
    """
    entries = _entries(name)
    if entries.anchors.isdisjoint(tokens):
        return False
    pieces = set(tokens)
    glued = list(filterfalse(str.isalnum, pieces))  # "x'share": pieces glued by an apostrophe
    if glued:
        pieces.update(PIECE_RE.findall(" ".join(glued)))
    return any(
        entry <= pieces
        for key in entries.keys.intersection(pieces)
        for entry in entries.by_key[key]
    )


def _surely_absent(name: str, lowered: str, tokens: list[str]) -> bool:
    """Whether no entry of list ``name`` can match the line (lower-cased, and its words):
    without an apostrophe every piece of the line is one of its words, and a line holding
    none of the entries' longest pieces holds no entry. A strict test: false means maybe.
    """
    return "'" not in lowered and "’" not in lowered and _entries(name).keys.isdisjoint(tokens)


def phrases(name: str, lowered: str, tokens: list[str] | None = None) -> list[str]:
    """The entries of list ``name`` found in the lower-cased line, left to right.

    ``tokens`` (the line's lower-cased words, if already known) lets a line that lacks
    the entries' words skip the regular expression (``_may_hold``).

    >>> phrases("boilerplate-phrases.txt", "load more…")
    ['load more']
    """
    if tokens is not None and not _may_hold(name, tokens):
        return []
    return _phrase_re(name).findall(lowered)


@cache
def agency_set() -> frozenset[str]:
    """The agency names of ``credit-agencies.txt``, lower-cased."""
    return word_set("credit-agencies.txt")


@cache
def stopwords() -> frozenset[str]:
    """The English function words of ``stopwords-en.txt``."""
    return word_set("stopwords-en.txt")


class Line:
    """One line of the input and what it looks like on its own."""

    __slots__ = ("cue", "end", "headline", "index", "n", "start", "stop", "text", "why")

    def __init__(self, start: int, end: int, text: str, index: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.index = index
        self.n = 0
        self.stop = 0
        self.cue = Cue.SHORT
        self.why = ""
        self.headline = False


def has_address(text: str) -> bool:
    """Whether ``text`` holds an e-mail address or a web address.

    An e-mail address is a run of non-space characters with "@" after its first character
    and, at least two characters after that "@", a dot followed by a letter or digit
    ("cgasper@globe.com"). Only the first such "@" of a run needs checking (a later one
    leaves less room after it), so the test is linear in the length of the text however
    many "@" it holds.

    >>> has_address("Write to jdoe@globe.com"), has_address("See www.bbc.com"), has_address("@@@ x")
    (True, True, False)
    """
    if "@" in text:
        for chunk in text.split():
            at = chunk.find("@", 1)
            if at > 0 and DOT_WORD_RE.search(chunk, at + 2):
                return True
    return ("://" in text or "www." in text) and WEB_ADDRESS_RE.search(text) is not None


def _glued_to_prose(lowered: str, found: re.Match[str], n: int) -> bool:
    """Whether the debris phrase ``found`` is only glued to the end of a paragraph: it is
    all that follows the line's last sentence end, after ``GLUED_PROSE_WORDS`` words or
    more ("… you never know," Kim said. E-mail to a friend"). Lines are never split, so
    the paragraph is kept with the few debris words rather than lost.

    >>> low = 'he said the talks went well and that he hoped to meet again before the end of the year. e-mail to a friend'
    >>> _glued_to_prose(low, re.search("e-mail to a friend", low), 23)
    True
    """
    if lowered[found.end() :].strip(" .!…»›|"):
        return False
    before = lowered[: found.start()].rstrip()
    return (
        before.endswith((".", "!", "?", '"', "”", "’", "'"))
        and n - len(TOKEN_RE.findall(found.group())) >= GLUED_PROSE_WORDS
    )


def _dates(text: str, first: bool = False) -> int:
    """How many dates and times ``text`` holds (``DATE_RE``; with ``first``, 0 or 1: whether
    it holds one). Every date holds a digit, so a line without one is not searched."""
    if not DIGIT_RE.search(text):
        return 0
    if first:
        return DATE_RE.search(text) is not None
    return len(DATE_RE.findall(text))


def tokenize(text: str) -> list[str]:
    """The words of ``text``, exactly as ``TOKEN_RE.findall(text)`` finds them, faster.

    A word never spans whitespace, so each whitespace-separated chunk is looked at on its
    own; most chunks are a plain word, perhaps with punctuation at its ends, and need no
    regular expression.

    >>> tokenize("“Don't,” she said (twice)... A-1")
    ["Don't", 'she', 'said', 'twice', 'A', '1']
    """
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
        else:
            core = chunk.strip(EDGE_PUNCTUATION)
            if core.isalnum():
                words.append(core)
            else:
                words.extend(TOKEN_RE.findall(chunk))
    return words


def _ends_sentence(text: str) -> bool:
    tail = text.rstrip(CLOSERS_AND_SPACE)
    return bool(tail) and tail[-1] in ".?!…"


def credit_tail(text: str) -> str | None:
    """The photo credit glued to the end of a caption, if there is one.

    >>> credit_tail("Troops fire a howitzer near Bakhmut on Dec. 21. REUTERS")
    'REUTERS'
    >>> credit_tail("The road to retiring early isn't easy.Kathrin Ziegler/Getty")
    'Kathrin Ziegler/Getty'
    >>> credit_tail("He said the talks, reported by Reuters, went well.") is None
    True
    """
    if not text.endswith((")", "]")) and not TERMINATOR_RE.search(text):
        return None  # no sentence end for a credit to follow, no bracket to close one
    end = start = 0
    for boundary in BOUNDARY_RE.finditer(text):
        start, end = boundary.span()
    tail = text[end:] if end else ""
    # A bare name only counts after a real sentence end, not after "U.S." or "Dr.".
    before = text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""
    real_end = before.isdigit() or (len(before) > 1 and before.isalpha() and before.islower())
    if tail and _is_credit(tail, glued=True, name_ok=real_end):
        return tail
    # A bracketed credit at the very end, with or without a sentence before it:
    # "… killed at least 33 separatists [EPA]", "… Colo. (AP Photo/David Zalubowski)"
    if text.endswith((")", "]")):
        opener = "(" if text.endswith(")") else "["
        i = text.rfind(opener)
        if i > 0 and _is_credit(text[i + 1 : -1], glued=True, bracketed=True):
            return text[i:]
    return None


def _is_credit(
    part: str,
    glued: bool = False,
    bracketed: bool = False,
    name_ok: bool = False,
    words: list[str] | None = None,
) -> bool:
    """Whether ``part`` reads like a photo credit: agency names, "Photo: …", "Name/Agency".

    ``words``, the lower-cased words of ``part`` if known, lets a line that surely holds
    no agency's name skip the agency list.
    """
    part = part.strip(" -–—")
    if not part or len(part) > 80:
        return False
    tokens = tokenize(part)
    if not tokens or len(tokens) > 10 or _ends_sentence(part):
        return False
    if CREDIT_HEAD_RE.match(part) or CREDIT_HEAD_RE.match("(" + part):
        return True
    low = part.lower()
    if words is not None and _surely_absent("credit-agencies.txt", low, words):
        agencies = []
    else:
        agencies = phrases("credit-agencies.txt", low)
    if bracketed:
        return bool(agencies) or "photo" in low
    if agencies and _capitalised(tokens) >= len(tokens) - 1:
        if glued:
            return True
        # On a line of its own the agency closes the credit: "Al Goldis, Associated Press"
        last = agencies[-1]
        if low.endswith(last):
            before = low[: len(low) - len(last)].rstrip()
            if not before or before[-1] in ",/|-–—" or before.endswith(" via"):
                return True
    if name_ok and SOURCE_NAME_RE.match(part):
        return True  # a name after the caption's last sentence: "… medical use. Statista"
    # "Sanjeev Verma/Hindustan Times", "STEVE RUSSELL/TORONTO STAR"
    return (
        "/" in part
        and 3 <= len(tokens) <= 8
        and SLASH_NAME_RE.search(part) is not None
        and _capitalised(tokens) == len(tokens)
    )


def _capitalised(tokens: list[str]) -> int:
    """How many of the words start with a capital letter or a digit."""
    return sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())


def describe(line: Line) -> None:
    """Fill in ``line.n``, ``line.cue``, ``line.why`` and ``line.headline`` from its text alone."""
    text = line.text
    low = text.lower()
    tokens = tokenize(low)
    n = line.n = len(tokens)
    if n == 0:
        line.cue, line.why = Cue.BOILER, "no words: separator or symbols"
        return
    ends = _ends_sentence(text)

    found = None
    if n <= 150 and _may_hold("boilerplate-phrases.txt", tokens):
        found = _phrase_re("boilerplate-phrases.txt").search(low)
    if found and not _glued_to_prose(low, found, n):
        line.cue, line.why = Cue.BOILER, f"boilerplate phrase: “{' '.join(found.group().split())}”"
        return
    if (
        text.startswith("©")
        and n <= 60
        and "rights" not in low
        and "copyright" not in low
        and (n > 10 or not YEAR_RE.search(text))
    ):
        line.cue, line.why = Cue.CAPTION if n > 8 else Cue.CREDIT, "photo credit: ©"
        return
    if low.startswith("image copyright") and n <= 12:
        line.cue, line.why = Cue.CREDIT, "photo credit"
        return
    if (
        n <= 40
        and ("©" in text or "(c)" in low or "copyr" in low)
        and COPYRIGHT_RE.search(text)
        and (YEAR_RE.search(text) or "rights" in low or n <= 4)
    ):
        line.cue, line.why = Cue.BOILER, "copyright notice"
        return
    if CAPTION_HEAD_RE.match(text):
        line.cue, line.why = Cue.CAPTION, "caption label"
        return
    if n <= 12 and (CREDIT_HEAD_RE.match(text) or low.startswith("image copyright")):
        line.cue, line.why = Cue.CREDIT, "photo credit"
        return
    stop = stopwords()
    n_stop = line.stop = sum(map(stop.__contains__, tokens))
    if n > LONGEST_SPECIAL:  # long prose: none of the cues below applies
        _read_as_text(line, ends, stop)
        return
    if n <= 6 and not ends:
        agencies = phrases("credit-agencies.txt", low, tokens)
        if agencies and sum(len(a.split()) for a in agencies) + n_stop >= n:
            line.cue, line.why = (
                Cue.AGENCY,
                f"agency name: {agencies[0].title() if len(agencies[0]) > 3 else agencies[0].upper()}",
            )
            return
    # A credit or a dateline stamped with a date is a byline: "Globe Staff / December 31,
    # 2007", "SEATTLE Jan 14, 2008 (AP)".
    dated = n <= 10 and bool(_dates(text, first=True)) and _mostly_date(text, stop)
    if n <= 10 and not ends and not dated and _is_credit(text, words=tokens):
        line.cue, line.why = Cue.CREDIT, "photo credit"
        return
    if 4 <= n <= 40 and not ends and text[-1:].isupper():
        words = text.split()
        for k in (1, 2, 3):
            end_words = " ".join(words[-k:])
            if end_words.lower() in agency_set() and end_words[0].isupper():
                line.cue, line.why = Cue.CAPTION, f"photo credit at the end: {end_words}"
                return
    # A credit is not a sentence: after a line's sentence end only a bracketed one can come.
    if 2 <= n <= 40 and (not ends or text.endswith((")", "]"))) and not dated:
        tail = credit_tail(text)
        if tail is not None and TOKEN_RE.search(text[: len(text) - len(tail)]):
            line.cue, line.why = Cue.CAPTION, f"photo credit at the end: {tail.strip(' ()[]-')}"
            return
    if n <= 60:
        described = phrases("caption-cues.txt", low, tokens)
        if described:
            line.cue, line.why = Cue.CAPTION, f"describes a picture: “{described[0].strip(' ,')}”"
            return
    # Bylines and datelines.
    if (
        16 < n <= 30
        and not ends
        and (by := BY_RE.match(text))
        and text[by.end() :].lstrip()[:1].isupper()
    ):
        line.cue, line.why = (
            Cue.BYLINE,
            BY_REASON,
        )  # many authors: "BY HEMMY SO in Los Angeles and …"
        return
    if (n <= 16 and not (ends and n > 8)) or (n <= 24 and _dates(text) >= 2):
        if BY_RE.match(text) and (n == 1 or text[BY_RE.match(text).end() :].lstrip()[:1].isupper()):  # type: ignore[union-attr]
            line.cue, line.why = Cue.BYLINE, BY_REASON
            return
        if ABOUT_NAME_RE.match(text):
            line.cue, line.why = Cue.BYLINE, "link to the author's page"
            return
        if n <= 8 and NAME_ORG_RE.match(text):
            line.cue, line.why = Cue.BYLINE, "author and publication"
            return
        if dated if n <= 10 else (_dates(text, first=True) and _mostly_date(text, stop)):
            line.cue, line.why = Cue.BYLINE, "date line"
            return
        cues = phrases("byline-cues.txt", low, tokens)
        # The cue opens or closes the line ("Staff Writer", "Published: …"), or the line
        # is very short: "Airline warns staff who …" is a headline.
        edge = low.strip(" :.-–—|").rstrip(" :")
        if (
            cues
            and n <= 10
            and (
                n <= 4
                or edge.startswith(cues[0])
                or (edge.endswith(cues[-1]) and n_stop == tokens.count("and"))
            )
        ):
            line.cue, line.why = Cue.BYLINE, f"byline cue: “{cues[0]}”"
            return
    if n <= 12:
        words = phrases("boilerplate-words.txt", low, tokens)
        covered = sum(len(TOKEN_RE.findall(w)) for w in words)
        # Mostly navigation words; a sentence needs more of them ("Watch the video.").
        if words and (covered * 2 >= n if not ends or n <= 5 else covered * 5 >= n * 3):
            line.cue, line.why = Cue.BOILER, "menu/share words"
            return
    if n <= 12 and (not ends or n <= 8):
        if GALLERY_RE.match(text):
            line.cue, line.why = Cue.BOILER, "gallery counter"
            return
        if URL_LINE_RE.match(text):
            line.cue, line.why = Cue.BOILER, "web address"
            return
        if MENU_CHAR_RE.search(text) and MENU_MARK_RE.search(text) and (not ends or n <= 8):
            line.cue, line.why = Cue.BOILER, "menu: links separated by | • »"
            return
    if (
        n <= 25
        and ("you" in tokens or "your" in tokens)
        and phrases("call-to-action.txt", low, tokens)
    ):
        line.cue, line.why = Cue.BOILER, "call to action: addresses the reader"
        return
    if n <= IMPERATIVE_WORDS and IMPERATIVE_RE.match(text):
        line.cue, line.why = Cue.BOILER, "call to action: tells the reader to act"
        return
    if (
        n <= 60
        and PLEASE_RE.match(text)
        and ("you" in tokens or "your" in tokens or "our" in tokens)
    ):
        line.cue, line.why = Cue.BOILER, "request to the reader"
        return
    if n <= 30 and LABEL_LIST_RE.match(text):
        line.cue, line.why = Cue.BOILER, "labelled link list (tags, topics)"
        return
    if n <= 25 and ("|" in text or " • " in text) and text.count("|") + text.count(" • ") >= 2:
        line.cue, line.why = Cue.BOILER, "menu: links separated by | • »"
        return

    if n <= 40 and (
        "contributed to this report" in low
        or "contributed reporting" in low
        or low.startswith(
            (
                "reporting by",
                "(reporting by",
                "(writing by",
                "writing by",
                "with files from",
                "additional reporting",
                "(additional reporting",
            )
        )
    ):
        line.cue, line.why = Cue.BYLINE, "reporting credit"
        return
    if (
        n <= 25
        and "@" in text
        and has_address(text)
        and (n <= 8 or "reached at" in low or "write to" in low)
    ):
        line.cue, line.why = Cue.BYLINE, "author contact"
        return

    _read_as_text(line, ends, stop)


def _read_as_text(line: Line, ends: bool, stop: frozenset[str]) -> None:
    """The cue of a line that no special cue claimed: by its length, its stop-word density
    and whether it ends like a sentence (body text, a short sentence, a long line without
    a sentence end, or a short line such as a headline)."""
    text, n = line.text, line.n
    density = line.stop / n
    if ends and n <= 8 and text.rstrip(CLOSERS).endswith(("...", "…")):
        line.cue, line.why = Cue.SHORT, "short line trailing off: a link"
        return
    if ends and n <= 6 and not any(c.islower() for c in text):
        line.cue, line.why = Cue.SHORT, "short line, no lower-case words"  # "N.F.L.", "AP."
        line.headline = False
        return
    if ends:
        if n >= 8 and density >= 0.12:
            line.cue, line.why = Cue.GOOD, "sentence-like text of body length"
        else:
            line.cue, line.why = Cue.SENTENCE, "short line ending like a sentence"
        if text.rstrip(CLOSERS).endswith(("?", "!")) and n <= 20:
            title_cased = n >= 2 and _title_cased(TOKEN_RE.findall(text), stop)
            if title_cased or n <= 4:
                line.cue, line.why = Cue.SHORT, "short question or exclamation"
            # A headline may ask or exclaim: "Forget shoot to kill ... just shoot!"
            line.headline = title_cased or 5 <= n <= 12
        return
    if n >= 15 and density >= 0.2:
        line.cue, line.why = Cue.NEAR, "long line without a sentence end"
    else:
        line.cue, line.why = Cue.SHORT, "short line, not a sentence"
    line.headline = (
        2 <= n <= 30
        and not text.endswith((":", ",", ";"))
        and not text.startswith(LIST_MARKS)
        and " | " not in text
        and not has_address(text)
    )


# Names of weekdays, which date lines spell out. "Tuesday"
WEEKDAY_RE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$")


def _mostly_date(text: str, stop: frozenset[str]) -> bool:
    """Whether a line is a date/time stamp with at most a few other words."""
    rest = DATE_RE.sub(" ", text.lower())
    others = [
        t
        for t in TOKEN_RE.findall(rest)
        if t.isalpha() and t not in stop and not WEEKDAY_RE.match(t) and len(t) > 2
    ]
    if len(others) <= 3:
        return True
    cues = phrases("byline-cues.txt", rest)
    return len(others) - sum(len(c.split()) for c in cues) <= 3


def _title_cased(tokens: list[str], stop: frozenset[str]) -> bool:
    content = [t for t in tokens if t.lower() not in stop]
    return bool(content) and sum(1 for t in content if t[0].isupper()) * 4 >= len(content) * 3
