"""Page debris: the lines of a page that are not the article at all.

Line rules (``cues.RULES`` orders them): no words; a debris phrase
(``boilerplate-phrases.txt``: "Load more", "Copy the URL to share") unless it is only glued
to a paragraph's end; a copyright notice; menu and share words
(``boilerplate-words.txt``); a gallery counter; a bare web address; menu separators; a
call to action addressed to the reader (``call-to-action.txt``); an imperative to act on
the site; a request to the reader; a labelled list of links ("Tags: …").
"""

from __future__ import annotations

import re
from functools import cache

from .._data import word_set
from .._punctuation import ends_like_sentence
from .dates import YEAR_RE
from .lines import TOKEN_RE, Cue, Line
from .phrases import may_hold, phrase_re, phrases
from .reasons import Code, Reason

Decision = tuple[Cue, Reason]

# A copyright notice. "© 2019 Newsweek", "Copyright (c) Press Association Ltd. 2008"
COPYRIGHT_RE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# A copyright mark with its year. "© 2019", "Copyright (c) 2008", "Copyright © 1996-2007"
COPYRIGHT_YEAR_RE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:19|20)\d\d\b", re.IGNORECASE
)
# A line that is only a web address. "www.aol.co.uk"
URL_LINE_RE = re.compile(
    r"^(?:https?://|www\.)\S*$|^[\w.\-]+\.(?:com|org|net|co\.uk)/?\S*$", re.IGNORECASE
)
# A labelled list of links or keywords, or a labelled link to another page, bracketed or
# not. "Tags: WiFi , wireless", "See also: …", "[Related: …]", "In pics: …", "Also: …"
LABEL_LIST_RE = re.compile(
    r"^[\[(]?\s*(?:tags?|topics?|keywords?|categories|more on|see also|also read|read more"
    r"|related|more|also|in pic(?:ture)?s|video|watch|listen|audio|gallery|slideshow|photos"
    r"|document|features)\s*:",
    re.IGNORECASE,
)
# A line that opens by telling the reader to act on the site. "Subscribe to the Business
# Journal", "Sign up for alerts", "Follow Jane Doe on Twitter", "Click here for more"
IMPERATIVE_RE = re.compile(
    r"^(?:subscribe|sign\s+(?:up|in)|log\s*in|register|click|download|like\s+us|join\s+(?:us|our)\b"
    r"|follow\b.*\bon\s+(?:twitter|facebook|instagram|linkedin|youtube|x)\b|follow\s+us)\b",
    re.IGNORECASE,
)
# A request addressed to the reader. "Please check the opt-in box", "NOTE: Please post your comments"
PLEASE_RE = re.compile(r"^(?:note:\s*)?please\b", re.IGNORECASE)
# A gallery counter. "Image 1 of 5", "Photo 3 / 12", "Image 1 of / 4", or bare: "1 of 12"
# (not "3/12" alone, which may be a date)
GALLERY_RE = re.compile(
    # Each run of spaces is followed by something it cannot match, so none is split two
    # ways: linear in the line's length.
    r"^(?:(?:image|photo|picture|slide|video)s?\s+\d+\s*(?:of|/)\s*(?:/\s*)?(?:\d+\s*)?"
    r"|\d+\s+of\s+\d+\s*)$",
    re.IGNORECASE,
)
# Separators of inline menus and link rows. "Home | News | Sport", "» Business", "• More"
MENU_MARK_RE = re.compile(r"\s[|•·]\s|^[»›•·>]|[»›]$|\S\s[»›>]\s.*\S\s[»›>]\s")
# Reported speech: an opening quotation mark, or a quotation closed on a comma, "?" or "!".
# '“Sign up now,” she said.', '"Stay at home," he said.'
SPEECH_RE = re.compile(r"^[\"“«]|[,?!][\"”»]\s")
# A character of the menu marks (MENU_MARK_RE needs one). "|"
MENU_CHAR_RE = re.compile(r"[|•·»›>]")

GLUED_PROSE_WORDS = 15  # prose words before a debris phrase glued to a paragraph's end
SHORT_DEBRIS = 12  # a debris phrase decides a line this short
PROSE_DENSITY = 0.2  # share of function words from which a long line reads as prose

MENU = Reason(Code.MENU_MARKS)


def glued_to_prose(lowered: str, found: re.Match[str], n: int) -> bool:
    """Whether the debris phrase ``found`` is only glued to the end of a paragraph: it is
    all that follows the line's last sentence end, after ``GLUED_PROSE_WORDS`` words or
    more ("… you never know," Kim said. E-mail to a friend"). Lines are never split, so
    the paragraph is kept with the few debris words rather than lost.

    >>> low = 'he said the talks went well and that he hoped to meet again before the end of the year. e-mail to a friend'
    >>> glued_to_prose(low, re.search("e-mail to a friend", low), 23)
    True
    """
    if lowered[found.end() :].strip(" .!…»›|"):
        return False
    before = lowered[: found.start()].rstrip()
    return (
        ends_like_sentence(before) and n - len(TOKEN_RE.findall(found.group())) >= GLUED_PROSE_WORDS
    )


def debris_phrase(line: Line) -> Decision | None:
    """A debris phrase decides a line that it is most of: a short line (at most
    ``SHORT_DEBRIS`` words), a line the phrases cover for a third or more, or a line that
    is not prose (few function words: a row of links). In long prose the phrase is only
    noted (``line.mentions``): such a line is body inside the story and debris outside it
    ("… you get a pop-up asking you to accept cookies."). A phrase only glued to the end of
    a paragraph never decides."""
    if not may_hold("boilerplate-phrases.txt", line.tokens):
        return None
    low, n = line.low, line.n
    found = phrase_re("boilerplate-phrases.txt").search(low)
    if not found or glued_to_prose(low, found, n):
        return None
    phrase = " ".join(found.group().split())
    if n > SHORT_DEBRIS and line.stop >= n * PROSE_DENSITY:
        covered = sum(
            len(TOKEN_RE.findall(p)) for p in phrase_re("boilerplate-phrases.txt").findall(low)
        )
        if covered * 3 < n:
            line.mentions = phrase
            return None
    return Cue.BOILER, Reason(Code.DEBRIS_PHRASE, phrase)


def copyright_notice(line: Line) -> Decision | None:
    """A copyright notice: "© 2019 Newsweek. All rights reserved.", "Copyright (c) Press
    Association 2008". In a line longer than ``SHORT_DEBRIS`` words the mark must come with
    a year ("Copyright 2008"): prose may mention copyright ("won a copyright case")."""
    text, low = line.text, line.low
    if (
        ("©" in text or "(c)" in low or "copyr" in low)
        and COPYRIGHT_RE.search(text)
        and (YEAR_RE.search(text) or "rights" in low or line.n <= 4)
        and (line.n <= SHORT_DEBRIS or COPYRIGHT_YEAR_RE.search(text))
    ):
        return Cue.BOILER, Reason(Code.COPYRIGHT_NOTICE)
    return None


def menu_words(line: Line) -> Decision | None:
    """Mostly navigation and share words ("Home", "Share", "Print"); a sentence needs more
    of them ("Watch the video.")."""
    n = line.n
    words = phrases("boilerplate-words.txt", line.low, line.tokens)
    if not words:
        return None
    covered = sum(len(TOKEN_RE.findall(w)) for w in words)
    if covered * 2 >= n if not line.ends or n <= 5 else covered * 5 >= n * 3:
        return Cue.BOILER, Reason(Code.MENU_WORDS)
    return None


def _link_shaped(line: Line) -> bool:
    """No sentence end, or at most 8 words."""
    return not line.ends or line.n <= 8


def gallery_counter(line: Line) -> Decision | None:
    """ "Image 1 of 5", "Photo 3 / 12"."""
    if _link_shaped(line) and GALLERY_RE.match(line.text):
        return Cue.BOILER, Reason(Code.GALLERY_COUNTER)
    return None


def web_address(line: Line) -> Decision | None:
    """A line that is only a web address: "www.aol.co.uk"."""
    if _link_shaped(line) and URL_LINE_RE.match(line.text):
        return Cue.BOILER, Reason(Code.WEB_ADDRESS)
    return None


def menu_marks(line: Line) -> Decision | None:
    """Links separated by menu marks: "Home | News | Sport", "» Business"."""
    text = line.text
    if _link_shaped(line) and MENU_CHAR_RE.search(text) and MENU_MARK_RE.search(text):
        return Cue.BOILER, MENU
    return None


def speech(line: Line) -> bool:
    """Whether the line is reported speech: it opens with a quotation mark, or a quotation
    closes on a comma or a question or exclamation mark ("“Sign up for a flu jab,” she
    said."). A call to action is not (a quoted word inside one is no quotation)."""
    return line.ends and SPEECH_RE.search(line.text) is not None


def addresses_reader(line: Line) -> Decision | None:
    """A call to action with "you"/"your": "Get your free trial", "You might also like"."""
    tokens = line.tokens
    if speech(line):
        return None
    if ("you" in tokens or "your" in tokens) and phrases("call-to-action.txt", line.low, tokens):
        return Cue.BOILER, Reason(Code.ADDRESSES_READER)
    return None


@cache
def _house_openers() -> frozenset[str]:
    """The first words of the entries of ``house-ads.txt``."""
    return frozenset(entry.split()[0] for entry in word_set("house-ads.txt"))


def house_ad(line: Line) -> Decision | None:
    """The site speaking of its own products (``house-ads.txt``): "Download our app", "…
    which also owns this website"."""
    tokens = line.tokens
    if _house_openers().isdisjoint(tokens) or speech(line):
        return None  # no entry's first word ("our", "this"): the quick test first
    found = phrases("house-ads.txt", line.low, tokens)
    return (Cue.BOILER, Reason(Code.HOUSE_AD, found[0])) if found else None


# A site's name as a bare domain, the way pages name themselves in prose ("PR-inside.com",
# "Moneycontrol.com"); not a link's address ("www.example.com", "http://example.com"), which
# may point anywhere.
DOMAIN_RE = re.compile(
    r"(?<![\w./-])[^\W_][\w-]*\.(?:com|net|org|co\.uk|com\.au|co\.nz|ca|tv)(?![\w-]|\.\w)"
)
# The first word of each sentence of a lower-cased line. "want more? get home delivery now."
SENTENCE_OPENER_RE = re.compile(r"(?:^|[.!?:]\s+)([^\W\d_]+(?:['’][^\W\d_]+)?)")


def promo_signals(line: Line) -> list[str]:
    """The kinds of promotion a line shows, in words: it names the site (a bare domain,
    ``DOMAIN_RE``, or a phrase of ``self-references.txt``), offers something (``promo-offers.txt``), speaks to the reader
    ("you", or a sentence opening with a verb of ``reader-imperatives.txt``), calls to
    action (``call-to-action.txt``), or discloses (``disclosures.txt``). One is common in
    news; two of different kinds make a promotion or a notice. "Feel free" offers nothing.

    >>> from newsread._segment.cues import describe
    >>> line = Line(0, 33, "Want more? Get home delivery now.", 0); describe(line)
    >>> promo_signals(line)
    ['speaks to the reader', 'calls to action']
    """
    tokens = line.tokens
    low = line.low.replace("feel free", "")  # an invitation, not an offer
    found = []
    if DOMAIN_RE.search(low) or phrases("self-references.txt", low, tokens):
        found.append("names the site")
    if phrases("promo-offers.txt", low, tokens):
        found.append("offers something")
    if (
        "you" in tokens
        or "your" in tokens
        or not word_set("reader-imperatives.txt").isdisjoint(SENTENCE_OPENER_RE.findall(low))
    ):
        found.append("speaks to the reader")
    if phrases("call-to-action.txt", low, tokens):
        found.append("calls to action")
    if phrases("disclosures.txt", low, tokens):
        found.append("discloses")
    return found


def imperative(line: Line) -> Decision | None:
    """Opens by telling the reader to act: "Subscribe to …", "Follow Jane Doe on Twitter"."""
    if IMPERATIVE_RE.match(line.text) and not speech(line):
        return Cue.BOILER, Reason(Code.IMPERATIVE)
    return None


def request(line: Line) -> Decision | None:
    """ "Please check the opt-in box if you …"."""
    tokens = line.tokens
    if speech(line):
        return None
    if PLEASE_RE.match(line.text) and ("you" in tokens or "your" in tokens or "our" in tokens):
        return Cue.BOILER, Reason(Code.REQUEST)
    return None


def labelled_list(line: Line) -> Decision | None:
    """ "Tags: WiFi, wireless", "See also: …"."""
    return (Cue.BOILER, Reason(Code.LABELLED_LIST)) if LABEL_LIST_RE.match(line.text) else None


def menu_separators(line: Line) -> Decision | None:
    """Two or more "|" or " • " separators: "News | Sport | Weather"."""
    text = line.text
    if ("|" in text or " • " in text) and text.count("|") + text.count(" • ") >= 2:
        return Cue.BOILER, Reason(Code.MENU_SEPARATORS)
    return None
