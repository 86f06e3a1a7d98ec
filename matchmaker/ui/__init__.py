"""The Qt desktop app: widgets, item models, controllers and workers."""

from .qtfix import pin_booleans, pin_none

pin_none()  # PySide6 6.12 + CPython 3.11: every void method call drops a reference to None (see qtfix)
pin_booleans()  # PySide6 6.12 + CPython 3.11: emit() leaks references to True (see qtfix)
