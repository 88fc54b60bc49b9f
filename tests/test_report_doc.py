"""docs/report.md documents every field of the report and shows a JSON report that validates."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsread._models import Report

DOC = (Path(__file__).parent.parent / "docs" / "report.md").read_text(encoding="utf-8")


def field_names(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[str]:
    """Every field name of ``model`` and of the models nested in it."""
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for sub in _models_in(info.annotation):
            names |= field_names(sub, seen)
    return names


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


def test_every_report_field_is_documented() -> None:
    missing = sorted(n for n in field_names(Report) if f"`{n}`" not in DOC)
    assert not missing, f"document these fields in docs/report.md: {missing}"


def test_the_json_example_is_a_valid_report() -> None:
    match = re.search(r"```json\n(.*?)\n```", DOC, re.S)
    assert match
    report = Report.model_validate_json(match.group(1))
    assert report.counts.words == sum(p.words for p in report.paragraphs.paragraphs)
