"""What was set aside, ordered for a person checking segmentation's decisions.

The blocks most worth a look come first: titles, bylines, subheads and captions (kinds an
editor can verify at a glance), then page debris next to the body (where a misread
paragraph would hide), then the rest of the debris, where a run of short lines (a menu, a
share row) is one row, "31 short lines", instead of 31. Shared by the rich view and the
HTML report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ._models import Report, SetAside

#: Kinds in the order they are shown.
ORDER = ("title", "byline", "subhead", "caption", "boilerplate")
#: A boilerplate block of at most this many words is a short line (menu, share row).
SHORT_WORDS = 3
#: Consecutive short lines from this many on are shown as one row.
RUN = 3
#: Reason codes of a menu or share row: a run made only of them is "menu lines".
MENU_CODES = frozenset({"menu_words", "menu_marks", "menu_separators", "link_list", "no_words"})
#: Codes of short lines decided by where they are (before or after the story).
STORY_EDGE = frozenset({"before_story", "after_story", "short_line"})


class AsideRow(NamedTuple):
    """One row of the "set aside" list: one block, or a run of short lines."""

    kind: str
    blocks: tuple[SetAside, ...]
    next_to_body: bool

    @property
    def words(self) -> int:
        return sum(b.words for b in self.blocks)

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def label(self) -> str:
        """What a run of short lines is: "menu lines" when every line was decided as a
        menu or share row or sits among them before or after the story, else "short lines"."""
        codes = {b.code.value for b in self.blocks}
        return (
            "menu lines"
            if codes & MENU_CODES and codes <= MENU_CODES | STORY_EDGE
            else "short lines"
        )

    @property
    def reasons(self) -> list[str]:
        """The words of each distinct reason code in the row, in order (one per code)."""
        first: dict[str, str] = {}
        for b in self.blocks:
            first.setdefault(b.code.value, b.reason)
        return list(first.values())


def _is_short(b: SetAside) -> bool:
    return b.kind.value == "boilerplate" and b.words <= SHORT_WORDS and "\n" not in b.text


def groups(report: Report) -> list[tuple[tuple[SetAside, ...], bool]]:
    """The set-aside blocks in page order, runs of short lines grouped, each group with
    whether a body paragraph is right before or after it."""
    pieces: list[tuple[int, SetAside | None]] = [
        (p.start, None) for p in report.paragraphs.paragraphs
    ]
    pieces += [(b.start, b) for b in report.set_aside]
    pieces.sort(key=lambda x: x[0])
    groups: list[list[SetAside]] = []
    before: list[bool] = []  # a body paragraph right before the group
    after: list[bool] = []  # ... right after it
    previous_is_body = False
    for _, block in pieces:
        if block is None:
            if groups and not previous_is_body:
                after[-1] = True
            previous_is_body = True
            continue
        if groups and not previous_is_body and _is_short(block) and _is_short(groups[-1][-1]):
            groups[-1].append(block)
        else:
            groups.append([block])
            before.append(previous_is_body)
            after.append(False)
        previous_is_body = False
    out: list[tuple[tuple[SetAside, ...], bool]] = []
    for group, b4, af in zip(groups, before, after, strict=True):
        if len(group) >= RUN:
            out.append((tuple(group), b4 or af))
        else:  # a short run is shown block by block
            last = len(group) - 1
            out += [((b,), (k == 0 and b4) or (k == last and af)) for k, b in enumerate(group)]
    return out


def aside_rows(report: Report) -> list[AsideRow]:
    """The set-aside blocks as rows, most worth checking first (see the module docstring).

    >>> import newsread
    >>> text = "Menu\\nHome\\nNews\\nSport\\n\\nStorm hits coast\\n\\nThe storm reached the coast.\\n\\nAdvertisement\\n"
    >>> [(r.kind, len(r.blocks), r.next_to_body) for r in aside_rows(newsread.analyze(text))]
    [('title', 1, True), ('boilerplate', 1, True), ('boilerplate', 4, False)]
    """
    rows = [AsideRow(g[0].kind.value, g, touch) for g, touch in groups(report)]
    rows.sort(key=lambda r: (ORDER.index(r.kind), r.kind == "boilerplate" and not r.next_to_body))
    return rows
