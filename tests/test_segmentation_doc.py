"""docs/segmentation.md lists every reason code with its words, and every line rule with its
word range, in the code's order: the tables cannot go stale.

``python tests/test_segmentation_doc.py`` prints both tables' generated columns afresh.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsread import ReasonCode
from newsread._segment.cues import ANY_LENGTH, SPECIAL, UNBOUNDED
from newsread._segment.reasons import WORDS

DOC = (Path(__file__).parent.parent / "docs" / "segmentation.md").read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    """The cells of the table between ``<!-- NAME: begin -->`` and ``<!-- NAME: end -->``,
    header and rule rows left out; ``\\|`` is a literal bar."""
    found = re.search(rf"<!-- {name}: begin -->\n(.*?)\n<!-- {name}: end -->", DOC, re.S)
    assert found, f"docs/segmentation.md has no table marked '{name}'"
    rows = []
    for line in found.group(1).splitlines()[2:]:
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


def code_rows() -> list[tuple[str, str]]:
    """(code, words) of every reason code, in the enum's order."""
    return [(f"`{code.value}`", WORDS[code]) for code in ReasonCode]


def _span(least: int, most: int) -> str:
    """A rule's range of cue-token counts as the doc writes it: "1–150", "13+", "any"."""
    if most != UNBOUNDED:
        return f"{least}–{most}"
    return "any" if least == 1 else f"{least}+"


def rule_rows() -> list[tuple[str, str, str]]:
    """(name, word range, module) of every line rule, in the order ``describe`` asks them."""
    return [
        (rule.name, _span(rule.least, rule.most), rule.test.__module__.rsplit(".", 1)[-1])
        for rule in ANY_LENGTH + SPECIAL
    ]


def test_every_reason_code_is_documented_with_its_words() -> None:
    documented = [(row[0], row[1]) for row in _rows("reason codes")]
    assert documented == code_rows(), "regenerate with: python tests/test_segmentation_doc.py"


def test_every_line_rule_is_documented_in_order_with_its_range() -> None:
    documented = [(row[0], row[1], row[2]) for row in _rows("line rules")]
    assert documented == rule_rows(), "regenerate with: python tests/test_segmentation_doc.py"


if __name__ == "__main__":
    for code, words in code_rows():
        print(f"| {code} | {words.replace('|', chr(92) + '|')} |")
    print()
    for name, span, module in rule_rows():
        print(f"| {name} | {span} | {module} |")
