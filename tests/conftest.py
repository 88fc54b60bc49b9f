"""Shared test settings: hypothesis profiles.

``ci`` (the default) is derandomized and modest, so the suite is fast and every run
tries the same examples; ``dev`` explores far more, for local runs::

    HYPOTHESIS_PROFILE=dev python -m pytest tests/test_properties_unicode.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=60,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=2_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
