"""Load big native libraries on a worker without freezing the UI thread.

Importing an extension module holds the GIL while the dynamic linker maps and relocates its
shared library: OR-Tools' CP-SAT binding takes 0.1–0.4 s, during which the UI thread cannot run
Python at all (the first scheduler run froze the window for that long). ``ctypes.CDLL`` releases
the GIL around the same ``dlopen``; once the library is mapped, the real import finds it loaded
and only registers its Python types (a few tens of milliseconds).
"""

from __future__ import annotations

import ctypes
import importlib.machinery
import importlib.util
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

#: What the scheduler imports natively: top-level package -> folders inside it whose extension modules
#: (searched below them too) are mapped. OR-Tools' CP-SAT imports numpy and pandas (some 55 libraries).
SCHEDULER_LIBRARIES: dict[str, tuple[str, ...]] = {
    "ortools": ("sat/python", "util/python"),
    "numpy": ("_core", "core", "linalg", "random"),  # numpy 2 and numpy 1 layouts
    "pandas": ("_libs",),
}


def preload_native(libraries: dict[str, tuple[str, ...]]) -> int:
    """``dlopen`` the extension modules in these packages' folders with the GIL released; returns how many.

    Packages already imported, and files that are not there, are skipped: the import then does the work.
    """
    loaded = 0
    for package, modules in libraries.items():
        if package in sys.modules:
            continue
        spec = importlib.util.find_spec(package)  # finds the folder without importing the package
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        for folder in modules:
            for path in sorted(_extension_files(root / folder)):
                try:
                    ctypes.CDLL(str(path))
                except OSError as exc:  # the import will report a real problem clearly
                    log.debug("could not preload %s: %s", path, exc)
                else:
                    loaded += 1
    return loaded


def _extension_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [path for path in folder.rglob("*") if path.name.endswith(suffixes) and path.is_file()]
