#!/usr/bin/env python3
"""A fingerprint of segmentation's output, to prove a refactor changes nothing.

For every text file of the given folders it writes one line per block: file, kind, start,
end and reason, exactly as ``newsread.segment`` returns them (the same facts
``--show-blocks`` prints). Two runs are byte-identical exactly when segmentation behaved the
same. The SHA-256 of the whole listing is printed at the end; ``--out FILE`` keeps the
listing so two listings can be compared with ``diff``.

Usage (from the repository root)::

    python benchmarks/segmentation_snapshot.py ../shared/corpus/segmentation-dev \\
        ../shared/corpus/news ../shared/corpus/raw-web --out /tmp/before.tsv
    # ... change the code ...
    python benchmarks/segmentation_snapshot.py ... --out /tmp/after.tsv
    diff /tmp/before.tsv /tmp/after.tsv && echo identical
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import newsread


def texts(folders: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of every ``*.txt`` file in the folders, README files excepted, sorted."""
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            if not path.name.upper().startswith("README"):
                yield f"{Path(folder).name}/{path.name}", path.read_text(encoding="utf-8")


def listing(folders: list[str]) -> Iterator[str]:
    """One tab-separated line per block of every file."""
    for name, text in texts(folders):
        for block in newsread.segment(text).blocks:
            reason = block.reason.replace("\t", " ").replace("\n", " ")
            yield f"{name}\t{block.kind.value}\t{block.start}\t{block.end}\t{reason}\n"


def main(
    argv: list[str] | None = None,
    make: Callable[[list[str]], Iterator[str]] = listing,
    unit: str = "blocks",
    doc: str = __doc__,
) -> int:
    """Print the count and SHA-256 of ``make(folders)``'s lines (``report_snapshot.py``
    passes its own listing)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--out", help="write the listing to this file")
    args = ap.parse_args(argv)
    digest = hashlib.sha256()
    lines = 0
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    try:
        for line in make(args.folders):
            digest.update(line.encode("utf-8"))
            lines += 1
            if out is not None:
                out.write(line)
    finally:
        if out is not None:
            out.close()
    print(f"{lines} {unit}, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
