"""The scheduler's native libraries can be mapped on a worker without the GIL, and the import still works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from matchmaker.ui.native import SCHEDULER_LIBRARIES, preload_native

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from matchmaker.ui.native import SCHEDULER_LIBRARIES, preload_native
loaded = preload_native(SCHEDULER_LIBRARIES)
assert "ortools" not in sys.modules  # mapped, not imported
from ortools.sat.python import cp_model
model = cp_model.CpModel()
x = model.new_int_var(0, 3, "x")
model.maximize(x)
solver = cp_model.CpSolver()
print(loaded, solver.solve(model) == cp_model.OPTIMAL, solver.value(x))
"""


def test_preloaded_libraries_leave_the_solver_working() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-c", PROBE]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    loaded, optimal, value = out.stdout.split()
    assert int(loaded) >= 2 and optimal == "True" and value == "3"


def test_imported_or_missing_packages_are_skipped() -> None:
    import ortools  # noqa: F401

    assert preload_native({"ortools": SCHEDULER_LIBRARIES["ortools"]}) == 0
    assert preload_native({"no_such_package_here": ("lib",)}) == 0
