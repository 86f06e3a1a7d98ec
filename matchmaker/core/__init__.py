"""The Qt-free core: domain model, matching, scheduling, import and export services."""
