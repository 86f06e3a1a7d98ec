"""A latency probe for the UI thread: a fast QTimer whose late ticks show how long the thread was blocked."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class HeartbeatProbe(QObject):
    """Ticks every ``interval_ms``; :attr:`max_gap_ms` is the longest time between two ticks.

    A gap much longer than the interval means the event loop could not run: the UI was frozen.
    """

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps_ms: list[float] = []

    def start(self) -> None:
        self.gaps_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; returns the longest gap in milliseconds (counting the time since the last tick)."""
        self._tick()
        self._timer.stop()
        return self.max_gap_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)
