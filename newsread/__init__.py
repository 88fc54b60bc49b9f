"""newsread: reading-level reports for news articles.

It finds the story among the title, bylines, captions and page debris, then measures
the story alone.

>>> import newsread
>>> newsread.count_syllables("article")
3
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "NewsreadError",
    "Options",
    "ReasonCode",
    "Report",
    "TextRecord",
    "__version__",
    "analyze",
    "analyze_file",
    "analyze_many",
    "count_syllables",
    "formulas",
    "read_records",
    "render_html",
    "segment",
    "sentence_spans",
    "split_sentences",
    "to_dataframe",
]

if TYPE_CHECKING:
    from ._api import (
        analyze,
        analyze_file,
        analyze_many,
        count_syllables,
        segment,
        sentence_spans,
        split_sentences,
    )
    from ._columnar import to_dataframe
    from ._errors import NewsreadError
    from ._formulas import formulas
    from ._html import render_html
    from ._models import Article, Block, BlockKind, ReasonCode, Report
    from ._options import Options
    from ._records import TextRecord, read_records

# Imported on first use, so that `import newsread` stays cheap (no pydantic until needed).
_LAZY = {
    "analyze": "_api",
    "analyze_file": "_api",
    "analyze_many": "_api",
    "count_syllables": "_api",
    "formulas": "_formulas",
    "segment": "_api",
    "sentence_spans": "_api",
    "split_sentences": "_api",
    "NewsreadError": "_errors",
    "render_html": "_html",
    "Article": "_models",
    "Block": "_models",
    "BlockKind": "_models",
    "ReasonCode": "_models",
    "Report": "_models",
    "Options": "_options",
    "TextRecord": "_records",
    "read_records": "_records",
    "to_dataframe": "_columnar",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsread' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
