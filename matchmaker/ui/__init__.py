"""The Qt desktop app: widgets, item models, controllers and workers."""
