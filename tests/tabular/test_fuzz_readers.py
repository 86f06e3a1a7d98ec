"""Fuzzing the readers: no input raises anything but a FileUnreadable with a message, and every row
that gets through validation is either a record or carries an error naming its row."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.core.capabilities import CapabilityResolver
from matchmaker.core.progress import run_job
from matchmaker.core.tabular import FileUnreadable, auto_map, read_table
from matchmaker.core.tabular.columns import REQUIRED_FIELDS
from matchmaker.core.tabular.records import ParseContext, parse_table

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=20) | st.sampled_from(
    ["LT", "Polska", "x@y.lt", "bad@", "=1+1", "'+370", "10-49", "www.a.lt", "taip", "\u00a0", ";", "\n", '"']
)
_headers = st.lists(
    st.sampled_from(
        [
            "Company name",
            "Šalis",
            "Kraj",
            "E-mail",
            "Įmonė",
            "Nazwa",
            "Size",
            "Website",
            "Tipas",
            "Klasteriai",
            "Offers",
            "Zgoda",
            "",
            "Notes",
        ]
    )
    | _cells,
    min_size=1,
    max_size=8,
)


def _check(path: Path, **options: object) -> None:
    try:
        table = read_table(path, **options)  # type: ignore[arg-type]
    except FileUnreadable as exc:
        assert str(exc).strip(), "a refusal must say why"
        assert path.name in str(exc) or "encoding" in str(exc)
        return
    mapping = auto_map(table.headers)
    if mapping.missing(REQUIRED_FIELDS):
        return
    ctx = ParseContext(file=path.name, kind="organisations", resolver=CapabilityResolver({}))
    parsed = run_job(parse_table(table, mapping, ctx))
    erroneous = {issue.row for issue in parsed.issues if issue.severity == "error"}
    assert erroneous == set(parsed.invalid_rows)
    assert all(issue.message for issue in parsed.issues)
    covered = {row for record in parsed.records for row in record.rows} | set(parsed.invalid_rows)
    assert covered == {number for number, _ in table.rows}


@FUZZ
@given(st.binary(max_size=400))
def test_csv_reader_survives_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        _check(path)


@FUZZ
@given(
    _headers,
    st.lists(st.lists(_cells, max_size=9), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1257", "cp1250"]),
)
def test_csv_reader_survives_any_table(
    headers: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        _check(path)
        _check(path, encoding=encoding)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _headers,
    st.lists(
        st.lists(_cells | st.integers() | st.floats(allow_nan=True) | st.booleans() | st.none(), max_size=9), max_size=6
    ),
)
def test_xlsx_reader_survives_any_workbook(headers: list[str], rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [headers, *rows]:
        cleaned = [
            "".join(
                ch for ch in value if ord(ch) >= 32 and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) <= 0xDFFF
            )
            if isinstance(value, str)
            else value
            for value in row
        ]
        sheet.append(["x" + v if isinstance(v, str) and v.startswith("=") else v for v in cleaned])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        workbook.save(path)
        _check(path)


@FUZZ
@given(st.binary(max_size=300), st.sampled_from([b"PK\x03\x04", b"", b"\xd0\xcf\x11\xe0"]))
def test_xlsx_reader_survives_corrupt_files(data: bytes, start: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        path.write_bytes(start + data)
        _check(path)
        _check(path, sheet="Other")


def test_truncated_real_workbook_is_refused_with_a_message(tmp_path: Path) -> None:
    source = (Path(__file__).parents[1] / "fixtures" / "import" / "members-two-sheets.xlsx").read_bytes()
    for cut in (10, len(source) // 3, len(source) - 20):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(source[:cut])
        _check(path)
