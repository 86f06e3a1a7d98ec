"""Import and export of organisations, contacts and participants as CSV and XLSX (no Qt).

Reading: :func:`read_table`; mapping headers: :func:`auto_map`; validating and finding duplicates:
:func:`plan_import`; writing: :func:`apply_plan` (or :func:`import_file` for all three);
exporting: :func:`export_organisations`, :func:`export_participants`.
"""

from .columns import (
    ORGANISATION_FIELDS,
    PARTICIPANT_FIELDS,
    SYNONYMS,
    ColumnMapping,
    auto_map,
    match_header,
    parse_map_options,
)
from .exporting import export_organisations, export_participants, organisation_rows
from .importer import ACTIONS, ImportOptions, ImportPlan, Match, apply_plan, find_duplicates, import_file, plan_import
from .reading import ENCODINGS, FileUnreadable, SourceTable, read_table, sheet_names
from .report import ERROR, WARNING, ImportReport, Issue
from .values import neutralise, unneutralise

__all__ = [
    "ACTIONS",
    "ENCODINGS",
    "ERROR",
    "ORGANISATION_FIELDS",
    "PARTICIPANT_FIELDS",
    "SYNONYMS",
    "WARNING",
    "ColumnMapping",
    "FileUnreadable",
    "ImportOptions",
    "ImportPlan",
    "ImportReport",
    "Issue",
    "Match",
    "SourceTable",
    "apply_plan",
    "auto_map",
    "export_organisations",
    "export_participants",
    "find_duplicates",
    "import_file",
    "match_header",
    "neutralise",
    "organisation_rows",
    "parse_map_options",
    "plan_import",
    "read_table",
    "sheet_names",
    "unneutralise",
]
