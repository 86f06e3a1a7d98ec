"""The Qt desktop app: widgets, item models, controllers and workers."""

import ctypes
import sys

# PySide6 6.12 wheels return None from every void method (setText, update, processEvents, ...) without
# taking a reference. From Python 3.12 None is immortal and that is harmless; on 3.11 each call drops
# None's reference count by one, and after a few thousand calls the interpreter aborts with
# "Fatal Python error: none_dealloc". Give None a reference count it can never run out of, which is
# what 3.12 does. (Measured: sys.getrefcount(None) falls by exactly 1 per QLabel.setText call.)
if sys.version_info < (3, 12):  # pragma: no branch
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
