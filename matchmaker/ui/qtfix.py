"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every emit
from Python drops one reference to ``True``. After a few thousand emits (a table refresh
emits one per row) ``True`` reaches zero and the interpreter aborts with "bool_dealloc:
deallocating True or False". CPython 3.12 made the booleans immortal, which hides the bug;
on 3.11 we do the same by hand, but only when a probe shows the leak.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False
_PIN = 1 << 40  # far more emits than any session makes


def emit_leaks_booleans() -> bool:
    """True when emitting a signal from Python drops a reference to True (the PySide6 6.12 bug)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def pin_booleans() -> bool:
    """Make True and False effectively immortal when the bug is present; returns whether it did."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _PINNED
    if not emit_leaks_booleans():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(value)).value += _PIN
    _PINNED = True
    return True


_NONE_PINNED = False


def void_calls_leak_none() -> bool:
    """True when a void Qt method called from Python drops a reference to None (same PySide6 6.12 bug)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")  # returns void
    return sys.getrefcount(None) < before


def pin_none() -> bool:
    """Make None effectively immortal when void calls leak it (setText, update, processEvents, ...).

    Without this the app aborts with "none_dealloc: deallocating None" after a few thousand calls.
    """
    global _NONE_PINNED
    if _NONE_PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _NONE_PINNED
    if not void_calls_leak_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _PIN
    _NONE_PINNED = True
    return True
