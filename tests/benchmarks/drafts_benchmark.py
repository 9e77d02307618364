"""``benchmarks/checker.py`` loaded as a module, once, for the tests of the drafts corpus and its figures
(the benchmarks folder is not a package: its scripts run as files)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("drafts_benchmark", ROOT / "benchmarks" / "checker.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


BENCHMARK = sys.modules.get("drafts_benchmark") or _load()
