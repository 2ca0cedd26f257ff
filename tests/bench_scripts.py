"""The benchmark scripts of bench/scale, which are no package, loaded as modules for the tests of tests/bench."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCALE = Path(__file__).resolve().parents[1] / "bench" / "scale"


def load_script(name: str, path: Path) -> ModuleType:
    """The script at ``path`` run as the module ``name``, registered in sys.modules first (a dataclass of its looks its
    module up there). Its neighbours in bench/scale are importable, as when it runs as a script."""
    if str(SCALE) not in sys.path:
        sys.path.insert(0, str(SCALE))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
