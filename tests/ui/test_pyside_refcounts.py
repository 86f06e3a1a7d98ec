"""The installed PySide6 must not leak references to True or None.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every signal emit and to None on
every void method call, so the interpreter aborts ("bool_dealloc"/"none_dealloc") after a few
thousand calls. pyproject.toml keeps PySide6 below 6.12; this test fails on a release that leaks.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])

class Source(QObject):
    changed = Signal(int)

source = Source()
source.changed.connect(lambda value: None)
model = QStringListModel(["x"])
index = model.index(0, 0)
label = QLabel()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for number in range(50_000):
    source.changed.emit(number)
    index.data(Qt.ItemDataRole.DecorationRole)
    label.setText("x")
import gc; gc.collect()
print("alive", true_before - sys.getrefcount(True), none_before - sys.getrefcount(None))
"""


def test_many_emits_and_void_calls_keep_true_and_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-500:]  # a leaking PySide6 aborts with -6
    word, lost_true, lost_none = result.stdout.split()
    assert word == "alive"
    # A few references move with the garbage collector; the bug loses one per call (50,000).
    assert int(lost_true) < 1000 and int(lost_none) < 1000, result.stdout
