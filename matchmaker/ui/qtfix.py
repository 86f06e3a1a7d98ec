"""Work around reference-count bugs of PySide6 6.12 on CPython 3.11.

- ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every emit
  from Python drops one reference to ``True``;
- ``QModelIndex.data()`` (and other QVariant-returning calls) hand back ``None`` for an empty
  value without taking a reference, so each such call drops one reference to ``None``.

After a few thousand calls (a table refresh emits one signal per row) the count reaches zero and
the interpreter aborts with "bool_dealloc: deallocating True or False" or "none_dealloc".
CPython 3.12 made these singletons immortal, which hides the bugs; on 3.11 we do the same by
hand, but only when a probe shows a leak.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False
_PIN = 1 << 40  # far more calls than any session makes


def singleton_leaks() -> dict[str, int]:
    """How many references to True and None a few probe calls drop (0 and 0 on a sound PySide6)."""
    from PySide6.QtCore import QObject, QStringListModel, Qt, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    true_leak = before - sys.getrefcount(True)
    model = QStringListModel(["probe"])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(16):
        index.data(Qt.ItemDataRole.DecorationRole)  # no decoration: None
    none_leak = before - sys.getrefcount(None)
    return {"True": true_leak, "None": none_leak}


def pin_booleans() -> bool:
    """Make True, False and None effectively immortal when a leak is present; returns whether it did."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _PINNED
    leaks = singleton_leaks()
    if max(leaks.values()) <= 0:
        return False
    for value in (True, False, None):
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
