"""The read-only catalogue browse window (companies) and the catalogue actions of the main window (organisers)."""
