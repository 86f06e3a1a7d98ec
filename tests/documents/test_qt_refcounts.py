"""Painting thousands of elements must not drain None's reference count (the PySide6 6.12.0 leak on CPython 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    script = textwrap.dedent(
        """
        import matchmaker.ui  # the app package, as the app imports it (PySide6 < 6.12 has no leak)
        from PySide6.QtCore import QRectF
        rect = QRectF()
        for _ in range(300_000):
            rect.setWidth(1.0)
        print("survived")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
