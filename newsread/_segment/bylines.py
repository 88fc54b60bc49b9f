"""Bylines, datelines and author notes: who wrote the story and when.

Line rules (``cues.RULES`` orders them): a long "By …" line naming several authors; on
byline-sized lines, "By …", a link to the author's page, "Name, Publication", a date line
and the byline cue words (``byline-cues.txt``: "Staff Writer", "Published"); a reporting
credit ("contributed to this report"); an author's contact address.
"""

from __future__ import annotations

import re

from .dates import dates, mostly_date
from .lines import Cue, Line, has_address, stopwords
from .phrases import phrases
from .reasons import Code, Reason

Decision = tuple[Cue, Reason]

# A byline's opening. "By Jane Doe", "Written by: J. Doe", "Posted by Mike"
BY_RE = re.compile(
    r"^(?:(?:written|posted|story|reported|words|analysis|compiled)\s+)?by\b\s*:?", re.IGNORECASE
)
# A person's name, a comma, then a publication. "Jason Botchford, The Province"
NAME_ORG_RE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}, (?:[Tt]he )?[A-Z][^,]*$"
)
# A link to the author's page. "About Victor Davis Hanson"
ABOUT_NAME_RE = re.compile(r"^About(?: [A-Z][\w.'’-]+){2,3}$")
# An author's name and social-media handle. "Jane Doe @janedoe", "Jane Doe (@janedoe)"
NAME_HANDLE_RE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? \(?@\w{1,30}\)?$")
# An author's sign-off: a dash, then a name of two to four capitalised words. "— Jane Doe",
# "-- John Roe" (not a hyphen, which marks a list's item: "- Boys Basketball")
SIGN_OFF_RE = re.compile(r"^(?:—|–|--)\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
# How reporting credits open. "Reporting by Jane Doe; Editing by John Roe"
REPORTING_OPENINGS = (
    "reporting by",
    "(reporting by",
    "(writing by",
    "writing by",
    "with files from",
    "additional reporting",
    "(additional reporting",
)

BY = Reason(Code.BY)


def byline_sized(line: Line) -> bool:
    """Short enough for a byline or a date line: at most 16 words (at most 8 if it ends like
    a sentence), or at most 24 holding two dates or times."""
    if line.sized is None:
        n = line.n
        line.sized = (n <= 16 and not (line.ends and n > 8)) or (n <= 24 and dates(line.text) >= 2)
    return line.sized


def many_authors(line: Line) -> Decision | None:
    """A long "By" line: "BY HEMMY SO in Los Angeles and …" (17 to 30 words)."""
    if not line.ends and (by := BY_RE.match(line.text)):
        return (Cue.BYLINE, BY) if line.text[by.end() :].lstrip()[:1].isupper() else None
    return None


def by_author(line: Line) -> Decision | None:
    """ "By Jane Doe", "Written by: J. Doe"."""
    if byline_sized(line) and BY_RE.match(line.text):
        text = line.text
        if line.n == 1 or text[BY_RE.match(text).end() :].lstrip()[:1].isupper():  # type: ignore[union-attr]
            return Cue.BYLINE, BY
    return None


def author_page(line: Line) -> Decision | None:
    """ "About Victor Davis Hanson"."""
    if byline_sized(line) and ABOUT_NAME_RE.match(line.text):
        return Cue.BYLINE, Reason(Code.AUTHOR_PAGE)
    return None


def author_and_publication(line: Line) -> Decision | None:
    """ "Jason Botchford, The Province" (at most 8 words)."""
    if line.n <= 8 and byline_sized(line) and NAME_ORG_RE.match(line.text):
        return Cue.BYLINE, Reason(Code.AUTHOR_AND_PUBLICATION)
    return None


def date_line(line: Line) -> Decision | None:
    """A date or time with at most a few other words: "Updated 9:24 pm, Nov 18, 2019"."""
    if byline_sized(line) and dates(line.text, first=True) and mostly_date(line.text, stopwords()):
        return Cue.BYLINE, Reason(Code.DATE_LINE)
    return None


def byline_cue(line: Line) -> Decision | None:
    """A byline cue word opening or closing the line ("Staff Writer", "Published: …"), or
    a very short line holding one: "Airline warns staff who …" is a headline."""
    if line.n > 10 or not byline_sized(line):
        return None
    low, n = line.low, line.n
    cues = phrases("byline-cues.txt", low, line.tokens)
    edge = low.strip(" :.-–—|").rstrip(" :")
    if cues and (
        n <= 4
        or edge.startswith(cues[0])
        or (edge.endswith(cues[-1]) and line.stop == line.tokens.count("and"))
    ):
        return Cue.BYLINE, Reason(Code.BYLINE_CUE, cues[0])
    return None


def reporting_credit(line: Line) -> Decision | None:
    """ "Jane Doe contributed to this report", "Reporting by …; Editing by …"."""
    low = line.low
    if (
        "contributed to this report" in low
        or "contributed reporting" in low
        or low.startswith(REPORTING_OPENINGS)
    ):
        return Cue.BYLINE, Reason(Code.REPORTING_CREDIT)
    return None


def author_sign_off(line: Line) -> Decision | None:
    """A dash and the author's name, signing off the story: "— Jane Doe"."""
    if line.n <= 4 and SIGN_OFF_RE.match(line.text) and not line.stop:
        return Cue.BYLINE, Reason(Code.AUTHOR_SIGN_OFF)
    return None


def author_contact(line: Line) -> Decision | None:
    """An author's address: "jdoe@globe.com", "She can be reached at …", or a name with its
    social-media handle: "Jane Doe @janedoe"."""
    low, text = line.low, line.text
    if "@" in text and (
        (has_address(text) and (line.n <= 8 or "reached at" in low or "write to" in low))
        or (line.n <= 6 and NAME_HANDLE_RE.match(text))
    ):
        return Cue.BYLINE, Reason(Code.AUTHOR_CONTACT)
    return None
