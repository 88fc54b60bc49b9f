"""Segmentation cases kept as data: ``tests/cases/segmentation/*.json`` (see its README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsread

FOLDER = Path(__file__).parent / "cases" / "segmentation"
KINDS = {k.value for k in newsread.BlockKind} | {"*"}


def _cases() -> list[Any]:
    params = []
    for path in sorted(FOLDER.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            marks = (
                [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            )
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


CASES = _cases()


def test_case_ids_are_unique_and_fields_known() -> None:
    ids = [p.values[0]["id"] for p in CASES]
    assert len(ids) == len(set(ids))
    for p in CASES:
        case = p.values[0]
        assert set(case) <= {"id", "about", "issue", "separator", "lines", "mode", "xfail"}, case[
            "id"
        ]
        for line in case["lines"]:
            assert line[0] in KINDS, (case["id"], line)
            assert "\n" not in line[1] and line[1].strip() == line[1], (case["id"], line)
            if len(line) > 2:
                newsread.ReasonCode(line[2])


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, Any]) -> None:
    lines = case["lines"]
    text = case.get("separator", "\n\n").join(line[1] for line in lines)
    blocks = newsread.segment(text, mode=case.get("mode", "auto")).blocks
    assert [b.text for b in blocks] == [line[1] for line in lines]
    got = [
        (b.kind.value if line[0] != "*" else "*", *((b.code.value,) if len(line) > 2 else ()))
        for b, line in zip(blocks, lines, strict=True)
    ]
    want = [(line[0], *line[2:]) for line in lines]
    if got != want:
        detail = "\n".join(
            f"  {'!!' if g != w else '  '} want {w!s:<34} got {(b.kind.value, b.code.value)!s:<40} {b.text[:50]!r}"
            for g, w, b in zip(got, want, blocks, strict=True)
        )
        pytest.fail(f"{case['id']}: {case.get('about', '')}\n{detail}")
