"""Shared test settings: hypothesis profiles, a terminal-neutral environment, no network.

``ci`` (the default) is derandomized and modest, so the suite is fast and every run
tries the same examples; ``dev`` explores far more, for local runs::

    HYPOTHESIS_PROFILE=dev python -m pytest tests/test_properties_unicode.py
"""

from __future__ import annotations

import os
import signal
import socket

import pytest
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

# A shell starts a background job ("scripts/check &") with Ctrl-C ignored, and every process
# it starts inherits that: the Ctrl-C probes' newsread then ignores SIGINT, as a program
# started so should, and the probes hang. The suite runs as if started from a terminal;
# a caught signal is back at its default in the processes the tests start.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


#: Variables through which rich (and the terminal) change what is rendered: colour forced on
#: or off, the size of the screen. Cleared for every test, as rich's own tests do, so the
#: suite renders the same under ``FORCE_COLOR=1`` (set by many CI systems) as anywhere.
TERMINAL_VARIABLES = (
    "FORCE_COLOR",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "COLORTERM",
    "COLUMNS",
    "LINES",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
)


@pytest.fixture(autouse=True)
def neutral_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test (and every subprocess it starts) sees no colour or size variables."""
    for name in TERMINAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)


class NetworkUsed(AssertionError):
    """Raised by the ``no_network`` fixture when anything tries to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every way out is refused: connecting a socket, resolving a name, nltk.download."""
    import nltk  # imported first: importing it opens no socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
