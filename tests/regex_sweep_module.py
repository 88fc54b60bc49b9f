"""``benchmarks/regex_sweep.py`` loaded as a module, for the tests that share its machinery
(benchmarks/ is not a package). Importing this does no sweeping and starts no process."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "regex_sweep.py"
_spec = importlib.util.spec_from_file_location("regex_sweep", _PATH)
assert _spec is not None and _spec.loader is not None
sweep = importlib.util.module_from_spec(_spec)
sys.modules["regex_sweep"] = sweep  # dataclasses look their module up by name
_spec.loader.exec_module(sweep)
