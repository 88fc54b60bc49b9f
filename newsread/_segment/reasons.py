"""Why a line got its kind: a reason *code* for programs, the words for people.

Every decision segmentation makes carries a :class:`Reason`: a code (the public string
enum :class:`newsread.ReasonCode`, ``Code`` here: the same in JSON and in code), an optional detail (the phrase, credit or
agency that was found) and, for decisions made by position, the line's own reason
(``inner``). Code never looks at a reason's words: they are derived from the code here,
in one place (``WORDS``).

>>> Reason(Code.DEBRIS_PHRASE, "load more").text
'boilerplate phrase: “load more”'
>>> Reason(Code.BEFORE_STORY, inner=Reason(Code.SHORT_LINE)).text
'before the story: short line, not a sentence'
"""

from __future__ import annotations

from typing import NamedTuple

from .._models import ReasonCode

#: The codes, under a short name.
Code = ReasonCode

#: The words for each code; ``{detail}`` and ``{inner}`` are filled in.
WORDS: dict[Code, str] = {
    Code.NO_WORDS: "no words: separator or symbols",
    Code.DEBRIS_PHRASE: "boilerplate phrase: “{detail}”",
    Code.COPYRIGHT_NOTICE: "copyright notice",
    Code.MENU_WORDS: "menu/share words",
    Code.GALLERY_COUNTER: "gallery counter",
    Code.WEB_ADDRESS: "web address",
    Code.MENU_MARKS: "menu: links separated by | • »",
    Code.MENU_SEPARATORS: "menu: links separated by | • »",
    Code.ADDRESSES_READER: "call to action: addresses the reader",
    Code.IMPERATIVE: "call to action: tells the reader to act",
    Code.HOUSE_AD: "the site promoting itself: “{detail}”",
    Code.REQUEST: "request to the reader",
    Code.LABELLED_LIST: "labelled link list (tags, topics)",
    Code.COPYRIGHT_CREDIT: "photo credit: ©",
    Code.PHOTO_CREDIT: "photo credit",
    Code.CAPTION_LABEL: "caption label",
    Code.AGENCY_NAME: "agency name: {detail}",
    Code.AGENCY_AT_END: "photo credit at the end: {detail}",
    Code.CREDIT_AT_END: "photo credit at the end: {detail}",
    Code.PICTURE_WORDS: "describes a picture: “{detail}”",
    Code.PICTURE_DESCRIPTION: "describes a picture: a name, then a participle clause, or the present tense and a date",
    Code.CAPTION_LINE_LABEL: "labelled as a picture: “{detail}”",
    Code.BY: "byline: “By …”",
    Code.AUTHOR_PAGE: "link to the author's page",
    Code.AUTHOR_AND_PUBLICATION: "author and publication",
    Code.DATE_LINE: "date line",
    Code.BYLINE_CUE: "byline cue: “{detail}”",
    Code.REPORTING_CREDIT: "reporting credit",
    Code.AUTHOR_CONTACT: "author contact",
    Code.TRAILING_OFF: "short line trailing off: a link",
    Code.NO_LOWER_CASE: "short line, no lower-case words",
    Code.BODY_TEXT: "sentence-like text of body length",
    Code.SHORT_SENTENCE: "short line ending like a sentence",
    Code.SHORT_QUESTION: "short question or exclamation",
    Code.LONG_NO_END: "long line without a sentence end",
    Code.SHORT_LINE: "short line, not a sentence",
    Code.LEAD_IN: "lead-in ending in “:”",
    Code.LINK_LIST: "link list: run of short lines",
    Code.EXCERPT_RUN: "excerpt cut off with “…”, one of a run: teasers of other pages",
    Code.SHORT_HEADING: "short heading before a paragraph",
    Code.AGENCY_CREDIT: "photo credit: {detail}",
    Code.AGENCY_AFTER_STORY: "agency credit after the story",
    Code.NEXT_TO_CREDIT: "next to a photo credit",
    Code.REPEATS_CAPTION: "repeats a caption",
    Code.LIST_ITEM: "list item after a lead-in",
    Code.LIST_HEADING: "numbered heading of a list",
    Code.SPLIT_LINE: "a paragraph's line broken mid-sentence: the next line goes on in lower case",
    Code.PROSE_MENTION: "prose of the story that mentions “{detail}”",
    Code.ONLY_PROSE: "the only prose, kept although it does not end like a sentence",
    Code.SIGNED_OFF: "the story's last paragraph, signed off by a news agency: {detail}",
    Code.CLEAN_TEXT_LINE: "short line of a text with no page debris: part of the story",
    Code.OFF_TOPIC_HEADING: "heading-like line sharing few words with the story: a link",
    Code.PROMO_AT_EDGE: "promotion or notice at the story's edge: {detail}",
    Code.HEADLINE: "headline-like line above the story",
    Code.DECK: "deck: headline-like line under the title",
    Code.STANDFIRST: "standfirst: a sentence between the title and the byline",
    Code.OPENING_PARAGRAPH: "body text between the title and the story",
    Code.AGENCY_BYLINE: "agency byline: {detail}",
    Code.AUTHOR_NEXT_TO_BYLINE: "author name next to a byline",
    Code.AUTHOR_ABOVE_STORY: "author name right above the story",
    Code.AUTHOR_SIGN_OFF: "author's sign-off: a dash and a name",
    Code.FIRST_HEADLINE: "first headline-like line",
    Code.BEFORE_STORY: "before the story: {inner}",
    Code.AFTER_STORY: "after the story: {inner}",
    Code.SEGMENTATION_OFF: "segmentation off: every line is body",
    Code.LEADING_TITLE: "segmentation off: the first line, shaped like a headline",
}


class Reason(NamedTuple):
    """A decision's code, the detail it found, and the line's own reason if it was
    decided by position."""

    code: Code
    detail: str = ""
    inner: Reason | None = None

    @property
    def text(self) -> str:
        """The reason in words, for people."""
        words = WORDS[self.code]
        if "{" not in words:
            return words
        inner = self.inner.text if self.inner is not None else ""
        return words.format(detail=self.detail, inner=inner)
