"""Reading real messy files: encodings, delimiters, BOMs, title rows, blank rows, two-sheet workbooks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matchmaker.core.tabular import FileUnreadable, read_table
from matchmaker.core.tabular.reading import detect_delimiter, detect_encoding

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def test_utf8_bom_semicolons_title_row_and_blank_rows() -> None:
    table = read_table(FIXTURES / "members-lt-bom-semicolon.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ";"
    assert table.header_row == 2  # the title row "Narių sąrašas 2024" above the header is skipped
    assert table.headers[0] == "Įmonės pavadinimas / Company name"
    assert table.headers[-1] == "Sutikimas"
    assert table.blank_rows == 1
    numbers = [number for number, _ in table.rows]
    assert numbers == [3, 4, 6, 8, 9, 10, 11, 12, 13]  # row 6 spans two lines (a quoted line break)
    row6 = dict(table.rows)[6]
    assert row6[0] == "Šiaurės Žvaigždė"
    assert row6[6] == "Vilnius Film Cluster\nKino klasteris"
    assert "\u00a0" in dict(table.rows)[3][0]  # the raw text keeps the NBSP; values are cleaned later


def test_cp1257_with_tabs_is_detected() -> None:
    table = read_table(FIXTURES / "members-lt-cp1257-tabs.csv")
    assert (table.encoding, table.delimiter) == ("cp1257", "\t")
    assert table.rows[0][1][:3] == ["Kūrybinės Įžvalgos", "Lietuva", "Šiauliai"]
    assert table.rows[1][1][4] == "Česlovas Šėmys"


def test_cp1250_with_commas_is_detected() -> None:
    table = read_table(FIXTURES / "members-pl-cp1250.csv")
    assert (table.encoding, table.delimiter) == ("cp1250", ",")
    assert [row[0] for _, row in table.rows] == ["Żółta Łódź Studio", "Gęśla Animacja", "Ńiebo Sp. z o.o."]
    assert table.rows[1][1][4] == "Małgorzata Źrebiec"


def test_utf16_unicode_text_export() -> None:
    table = read_table(FIXTURES / "members-nordic-utf16.txt")
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.headers[0] == "Organisation"  # no BOM left in the first header
    assert table.rows[0][1][:3] == ["Ærø Film Øst", "Denmark", "Ærøskøbing"]


def test_chosen_encoding_overrides_detection_and_bad_choice_names_the_line() -> None:
    table = read_table(FIXTURES / "members-pl-cp1250.csv", encoding="cp1250")
    assert table.encoding == "cp1250"
    with pytest.raises(FileUnreadable, match=r"members-pl-cp1250.csv, line 2: not valid utf-8"):
        read_table(FIXTURES / "members-pl-cp1250.csv", encoding="utf-8")
    with pytest.raises(FileUnreadable, match="Unknown encoding 'klingon'"):
        read_table(FIXTURES / "members-pl-cp1250.csv", encoding="klingon")


def test_xlsx_first_sheet_with_merged_title_and_multiline_header() -> None:
    table = read_table(FIXTURES / "members-two-sheets.xlsx")
    assert table.sheet == "Latvia"
    assert table.sheets == ["Latvia", "Denmark"]
    assert table.header_row == 2
    assert table.headers[0] == "Company name (legal)"  # the line break inside the header cell is a space
    assert table.rows == [
        (3, ["SIA Rīgas Kods", "LV", "Rīga", "info@rigaskods.lv", "12"]),
        (5, ["Cēsu Spēles", "Latvija", "Cēsis", "hello@cesuspeles.lv", "250"]),
    ]
    assert table.blank_rows == 1
    assert table.label == "members-two-sheets.xlsx, sheet 'Latvia'"


def test_xlsx_named_sheet_by_name_case_or_number() -> None:
    for sheet in ("Denmark", "denmark", "2"):
        table = read_table(FIXTURES / "members-two-sheets.xlsx", sheet=sheet)
        assert table.sheet == "Denmark"
        assert table.rows[0][1][0] == "Ålborg Animation ApS"
    with pytest.raises(FileUnreadable, match="has no sheet 'Sweden'; its sheets are: Latvia, Denmark"):
        read_table(FIXTURES / "members-two-sheets.xlsx", sheet="Sweden")


def test_refusals_carry_the_file_name(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(FileUnreadable, match=re.escape("empty.csv is empty")):
        read_table(empty)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(FileUnreadable, match=r"old.xls: old Excel \(.xls\)"):
        read_table(old)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("name,country\n")
    with pytest.raises(FileUnreadable, match=re.escape("fake.xlsx: cannot be read as an Excel workbook")):
        read_table(fake)
    with pytest.raises(FileUnreadable, match="No file"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(FileUnreadable, match="is not a file"):
        read_table(tmp_path)
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"name,country\nA\x00B,LT\n")
    with pytest.raises(FileUnreadable, match=re.escape("nul.csv, line 2: contains NUL")):
        read_table(nul)
    with pytest.raises(FileUnreadable, match=re.escape("--sheet applies to .xlsx")):
        read_table(FIXTURES / "members-pl-cp1250.csv", sheet="x")


def test_detection_helpers() -> None:
    assert detect_encoding("Šiaurės žvaigždė".encode("cp1257")) == "cp1257"
    assert detect_encoding("Źródło, łąka, ślęża".encode("cp1250")) == "cp1250"
    assert detect_encoding("Ærø, Øst".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(b"plain ascii") == "utf-8"
    assert detect_delimiter('a;b;"c;d"\n1;2;3\n') == ";"
    assert detect_delimiter("a,b\tc\n1,2\t3\n4,5\t6\n") in (",", "\t")
    assert detect_delimiter('name\tcountry\n"A, B"\tLT\n') == "\t"
    assert detect_delimiter("just one column\n") == ","
