"""Sentence and paragraph statistics: distributions, histograms, rankings."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ._models import Distribution, HistogramBin

#: Lower bounds of the sentence-length histogram bins (words); the last bin is open.
HISTOGRAM_EDGES: tuple[int, ...] = (1, 6, 11, 16, 21, 26, 31, 41)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks.

    >>> percentile([1, 2, 3, 4], 50)
    2.5
    >>> percentile([5], 90)
    5.0
    """
    if not sorted_values:
        raise ValueError("percentile of no values")
    pos = (len(sorted_values) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return float(sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo))


def distribution(values: Sequence[int]) -> Distribution:
    """Mean, median, 90th percentile, max and population standard deviation.

    >>> distribution([10, 20, 30])
    Distribution(mean=20.0, median=20.0, p90=28.0, max=30, stdev=8.16496580927726)
    >>> distribution([]).mean is None
    True
    """
    if not values:
        return Distribution(mean=None, median=None, p90=None, max=None, stdev=None)
    ordered = sorted(values)
    mean = sum(ordered) / len(ordered)
    var = sum((v - mean) ** 2 for v in ordered) / len(ordered)
    return Distribution(
        mean=mean,
        median=percentile(ordered, 50),
        p90=percentile(ordered, 90),
        max=ordered[-1],
        stdev=math.sqrt(var),
    )


def histogram(
    lengths: Sequence[int], edges: Sequence[int] = HISTOGRAM_EDGES
) -> tuple[HistogramBin, ...]:
    """Count sentence lengths into bins starting at ``edges`` (the last bin is open).

    >>> [(b.low, b.high, b.count) for b in histogram([3, 7, 50], (1, 6, 11))]
    [(1, 5, 1), (6, 10, 1), (11, None, 1)]
    """
    counts = [0] * len(edges)
    for n in lengths:
        i = len(edges) - 1
        while i > 0 and n < edges[i]:
            i -= 1
        counts[i] += 1
    return tuple(
        HistogramBin(low=lo, high=(edges[i + 1] - 1 if i + 1 < len(edges) else None), count=c)
        for i, (lo, c) in enumerate(zip(edges, counts, strict=True))
    )
