"""The validation and import report: every problem with file, row, column and reason, and what happened."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

_ORDER = ("to_create", "to_update", "to_skip", "created", "updated", "unchanged", "skipped", "contacts_added",
          "contacts_updated", "clusters_created", "participants_added", "participants_updated",
          "participants_unchanged", "invalid_rows", "invalid_rows_left_out")  # fmt: skip
ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem in an input file. ``row`` is the row (spreadsheet) or line (CSV) number."""

    severity: str
    file: str
    row: int | None
    column: str | None
    message: str

    def describe(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class ImportReport:
    """What an import found and did. ``outcome`` is 'imported', 'dry-run' or 'refused'."""

    file: str
    kind: str
    outcome: str = "dry-run"
    rows: int = 0
    invalid_rows: list[int] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    issues: list[Issue] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    event: str | None = None

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == WARNING]

    @property
    def written(self) -> bool:
        return self.outcome == "imported"

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "outcome": self.outcome,
            "event": self.event,
            "rows": self.rows,
            "invalid_rows": self.invalid_rows,
            "counts": {key: value for key, value in sorted(self.counts.items()) if value},
            "columns": self.columns,
            "errors": [asdict(issue) for issue in self.errors],
            "warnings": [asdict(issue) for issue in self.warnings],
        }

    def summary(self) -> str:
        """One line: what was (or would be) created, updated and skipped."""
        verb = {"imported": "Imported", "dry-run": "Dry run, nothing written", "refused": "Nothing written"}
        order = {key: index for index, key in enumerate(_ORDER)}
        keys = sorted((key for key in self.counts if self.counts[key]), key=lambda key: (order.get(key, 99), key))
        parts = [f"{self.counts[key]} {key.replace('_', ' ')}" for key in keys]
        head = f"{verb.get(self.outcome, self.outcome)}: {self.file}, {self.rows} rows"
        return head + (": " + ", ".join(parts) if parts else "")

    def format(self, *, limit: int = 200) -> str:
        """The report as text for a terminal: summary, mapped columns, then errors and warnings."""
        lines = [self.summary()]
        if self.columns:
            lines.append("Columns: " + ", ".join(f"{source} -> {target}" for source, target in self.columns.items()))
        for title, items in (("Errors", self.errors), ("Warnings", self.warnings)):
            if not items:
                continue
            lines.append(f"{title} ({len(items)}):")
            lines.extend("  " + issue.describe() for issue in items[:limit])
            if len(items) > limit:
                lines.append(f"  ... and {len(items) - limit} more (use --json for all)")
        if self.outcome == "refused":
            lines.append(
                f"{len(self.invalid_rows)} invalid row(s): nothing was written. Fix them, or use --skip-invalid "
                "to import the valid rows only."
            )
        return "\n".join(lines)
