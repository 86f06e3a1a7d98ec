"""The Organisations page: the table, its filters, the detail panel, the editor and undoable commands."""
