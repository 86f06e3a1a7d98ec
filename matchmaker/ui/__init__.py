"""The Qt desktop app: widgets, item models, controllers and workers."""

from .qtfix import pin_booleans

pin_booleans()  # PySide6 6.12 + CPython 3.11: emit() leaks references to True (see qtfix)
