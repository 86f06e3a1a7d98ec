"""PySide6 6.12 on CPython 3.11 drops references to True (emit) and None (QModelIndex.data); matchmaker.ui guards."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import sys
import matchmaker.ui
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(int)

source = Source()
source.changed.connect(lambda value: None)
from PySide6.QtCore import QStringListModel, Qt
model = QStringListModel(["x"])
index = model.index(0, 0)
for number in range({count}):
    source.changed.emit(number)
    index.data(Qt.ItemDataRole.DecorationRole)
import gc; gc.collect()
print("alive", matchmaker.ui.qtfix._PINNED)
"""


@pytest.mark.parametrize("count", [50_000])
def test_many_emits_do_not_abort_the_interpreter(count: int) -> None:
    # Without the guard this aborts with "bool_dealloc: deallocating True or False" (exit code -6).
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(count=count)], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})  # fmt: skip
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith("alive")
