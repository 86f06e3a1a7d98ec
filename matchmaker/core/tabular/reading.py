"""Read CSV and XLSX files into a :class:`SourceTable`: headers plus numbered rows of text.

CSV: the encoding (UTF-8 with or without BOM, UTF-16, cp1257, cp1250, cp1252) and the
delimiter (``,`` ``;`` or tab) are detected unless given. XLSX: openpyxl in read-only mode,
the first sheet or a named one. Every failure is a :class:`FileUnreadable` naming the file.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MatchmakerError

#: Encodings a user may choose (``--encoding``); "auto" detects.
ENCODINGS = ("auto", "utf-8", "utf-8-sig", "utf-16", "cp1257", "cp1250", "cp1252")
DELIMITERS = (",", ";", "\t")
MAX_BYTES = 200 * 1024 * 1024  # a member list is never this big; refuse rather than exhaust memory
_HEADER_SCAN = 10  # rows searched for the header (title rows above it are skipped)

# Letters expected in the region's text; a code page decoding that yields more of them wins.
_LIKELY = set("ąčęėįšųūžćłńóśźżøåæöäüõéàèíúýěřůňťďĄČĘĖĮŠŲŪŽĆŁŃÓŚŹŻØÅÆÖÄÜÕÉ")
_CODEPAGES = ("cp1257", "cp1250", "cp1252")


class FileUnreadable(MatchmakerError):
    """A file that cannot be read as a table; the message names the file and the reason."""

    exit_code = 1


@dataclass
class SourceTable:
    """A table read from a file: headers and data rows of cleaned-up text, with their row numbers."""

    path: Path
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def label(self) -> str:
        """The file name, with the sheet for workbooks ("members.xlsx, sheet 'LT'")."""
        return f"{self.path.name}, sheet '{self.sheet}'" if self.sheet else self.path.name


def read_table(path: Path | str, *, encoding: str | None = None, sheet: str | None = None) -> SourceTable:
    """Read a CSV or XLSX file (chosen by content, not only by extension)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileUnreadable(f"{path} is not a file")
        if size > MAX_BYTES:
            raise FileUnreadable(f"{path.name} is {size:,} bytes; files over {MAX_BYTES:,} bytes are refused")
        with path.open("rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise FileUnreadable(f"No file {path}") from None
    except OSError as exc:
        raise FileUnreadable(f"Cannot read {path}: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods") or start.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileUnreadable(f"{path.name}: old Excel (.xls) and .ods files are not read; save it as .xlsx or CSV")
    if start.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet=sheet)
    if sheet:
        raise FileUnreadable(f"{path.name} is a CSV file; --sheet applies to .xlsx workbooks only")
    return read_csv(path, encoding=encoding)


# --------------------------------------------------------------------------- CSV


def detect_encoding(data: bytes) -> str:
    """The likely encoding of ``data``: a BOM, UTF-16 by its zero bytes, UTF-8, else the best code page."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return max(_CODEPAGES, key=lambda name: _codepage_score(data, name))  # ties: the first (Baltic)


def _codepage_score(data: bytes, encoding: str) -> int:
    text = data.decode(encoding, errors="replace")
    score = 0
    for ch in text:
        if ch.isascii():
            continue
        if ch in _LIKELY:
            score += 2
        elif ch == "\ufffd" or not ch.isprintable():
            score -= 5  # a byte the code page does not define
        else:
            score -= 1
    return score


def decode(data: bytes, encoding: str | None, name: str) -> tuple[str, str]:
    """Decode ``data`` (detecting the encoding unless given); returns (text, encoding used)."""
    chosen = detect_encoding(data) if encoding in (None, "", "auto") else str(encoding)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise FileUnreadable(f"Unknown encoding '{chosen}'; use one of {', '.join(ENCODINGS)}") from None
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileUnreadable(
            f"{name}, line {line}: not valid {chosen} text (byte 0x{data[exc.start]:02x}); "
            "choose the file's encoding (utf-8, utf-16, cp1257, cp1250, cp1252)"
        ) from None
    if chosen == "utf-16" or chosen.startswith("utf-16"):
        text = text.lstrip("\ufeff")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FileUnreadable(f"{name}, line {line}: contains NUL characters; is it really a {chosen} text file?")
    return text, chosen


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent, widest columns."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (0, 0)
    sample = "\n".join(lines)
    for candidate in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate)]
        except csv.Error:
            continue
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(path: Path, *, encoding: str | None = None) -> SourceTable:
    """Read a delimited text file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileUnreadable(f"Cannot read {path}: {exc.strerror or exc}") from None
    text, used = decode(data, encoding, path.name)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            records.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileUnreadable(f"{path.name}, line {reader.line_num}: cannot be read as CSV ({exc})") from None
    table = _build(path, records)
    table.encoding, table.delimiter = used, delimiter
    return table


# --------------------------------------------------------------------------- XLSX


def read_xlsx(path: Path, *, sheet: str | None = None) -> SourceTable:
    """Read one sheet of a workbook (the first unless ``sheet`` names one, by name or 1-based number)."""
    import openpyxl  # imported here: loading it costs time the CSV path does not need

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError, Exception) as exc:
        raise FileUnreadable(f"{path.name}: cannot be read as an Excel workbook ({_reason(exc)})") from None
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise FileUnreadable(f"{path.name}: the workbook has no sheets")
        chosen = _choose_sheet(path, names, sheet)
        try:
            records = [(number, _cells(values)) for number, values in enumerate(workbook[chosen].values, start=1)]
        except Exception as exc:  # malformed sheet XML of any kind
            raise FileUnreadable(f"{path.name}, sheet '{chosen}': cannot be read ({_reason(exc)})") from None
    finally:
        workbook.close()
    table = _build(path, records, sheet=chosen)
    table.sheets = names
    return table


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, for choosing one."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as exc:
        raise FileUnreadable(f"{path.name}: cannot be read as an Excel workbook ({_reason(exc)})") from None
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _choose_sheet(path: Path, names: list[str], sheet: str | None) -> str:
    if not sheet:
        return names[0]
    for name in names:
        if name == sheet or name.casefold() == sheet.strip().casefold():
            return name
    if sheet.strip().isdigit() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    raise FileUnreadable(f"{path.name} has no sheet '{sheet}'; its sheets are: {', '.join(names)}")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 200 else text[:200] + "..."


def _cells(values: Iterable[object]) -> list[str]:
    return [cell_text(value) for value in values]


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a user sees (1.0 -> '1', dates ISO, booleans yes/no)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%Y-%m-%d %H:%M")
            if (value.hour, value.minute, value.second) != (0, 0, 0)
            else (value.strftime("%Y-%m-%d"))
        )
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------- shared


def _build(path: Path, records: list[tuple[int, list[str]]], *, sheet: str | None = None) -> SourceTable:
    """Find the header row (skipping title rows), then keep the non-blank data rows."""
    candidates = [(number, row) for number, row in records[: _HEADER_SCAN * 3] if _width(row)]
    if not candidates:
        where = f"{path.name}, sheet '{sheet}'" if sheet else path.name
        raise FileUnreadable(f"{where} is empty: no header row with column names")
    # A title row ("Members 2024") has one filled cell over a wider header row below it.
    header_number, header = candidates[0]
    for number, row in candidates[:_HEADER_SCAN]:
        if _width(row) >= 2 or len(candidates) == 1:
            header_number, header = number, row
            break
    headers = [_header_text(cell) for cell in header]
    while headers and not headers[-1]:
        headers.pop()
    rows: list[tuple[int, list[str]]] = []
    blank = 0
    for number, row in records:
        if number <= header_number:
            continue
        if not _width(row):
            blank += 1
            continue
        rows.append((number, row))
    return SourceTable(path=path, headers=headers, header_row=header_number, rows=rows, sheet=sheet, blank_rows=blank)


def _width(row: list[str]) -> int:
    return sum(1 for cell in row if cell and cell.strip())


def _header_text(cell: str) -> str:
    return " ".join(cell.replace("\u00a0", " ").split())


def iter_rows(table: SourceTable) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as {header: value}, for tools that want names (headers made unique with ' (2)' etc.)."""
    names = unique_headers(table.headers)
    for number, row in table.rows:
        yield number, {name: (row[i] if i < len(row) else "") for i, name in enumerate(names)}


def unique_headers(headers: list[str]) -> list[str]:
    """Headers with blanks named 'Column N' and repeats numbered, so each column has its own name."""
    seen: dict[str, int] = {}
    names = []
    for index, header in enumerate(headers, start=1):
        name = header or f"Column {index}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        names.append(name if count == 1 else f"{name} ({count})")
    return names
