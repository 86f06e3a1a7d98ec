"""``matchmaker import ...`` and ``matchmaker export ...`` end to end, with exit codes and reports."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
LT_FILE = str(FIXTURES / "members-lt-bom-semicolon.csv")


def test_import_refuses_then_skips_invalid_then_is_idempotent(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.db")
    code, out, err = run_cli("--db", db, "import", "organisations", LT_FILE)
    assert code == 1
    assert "Nothing written: members-lt-bom-semicolon.csv, 9 rows" in out
    assert "error: members-lt-bom-semicolon.csv, row 9, column 'Šalis': unknown country 'Atlantis'" in out
    assert "use --skip-invalid" in out
    assert "Traceback" not in out + err
    code, out, _ = run_cli("--db", db, "import", "organisations", LT_FILE, "--dry-run", "--skip-invalid")
    assert code == 0 and "Dry run, nothing written" in out and "5 to create" in out
    code, out, _ = run_cli("--db", db, "import", "organisations", LT_FILE, "--skip-invalid", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["outcome"] == "imported"
    assert report["counts"]["created"] == 5
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(8, "El. paštas"), (9, "Šalis")]
    code, out, _ = run_cli("--db", db, "import", "organisations", LT_FILE, "--skip-invalid")
    assert code == 0 and "5 unchanged" in out and "created" not in out
    code, out, _ = run_cli("--db", db, "info", "--json")
    assert json.loads(out)["counts"]["organisations"] == 5
    assert json.loads(out)["counts"]["people"] == 6


def test_map_sheet_encoding_and_export(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.db")
    source = tmp_path / "odd.csv"
    source.write_text("Member;Land;Notes\nRīgas Kods;LV;x\n", encoding="utf-8")
    code, out, _ = run_cli(
        "--db", db, "import", "organisations", str(source), "--map", "Member=name", "--map", "Notes="
    )
    assert code == 0, out
    assert "Member -> name, Land -> country" in out
    code, out, _ = run_cli("--db", db, "import", "organisations", str(FIXTURES / "members-two-sheets.xlsx"),
                           "--sheet", "Denmark")  # fmt: skip
    assert code == 0 and "1 created" in out
    code, out, _ = run_cli("--db", db, "import", "organisations", str(FIXTURES / "members-pl-cp1250.csv"),
                           "--encoding", "cp1250")  # fmt: skip
    assert code == 0 and "3 created" in out
    export = tmp_path / "all.xlsx"
    code, out, _ = run_cli("--db", db, "export", "organisations", str(export))
    assert code == 0 and f"Exported 5 rows of organisations to {export}" in out
    code, out, err = run_cli("--db", db, "export", "participants", "--event", "Nope", str(tmp_path / "p.csv"))
    assert code == 2 and "No event 'Nope'" in err


def test_bad_arguments_give_messages_not_tracebacks(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.db")
    for args, message in [
        (["import", "organisations", str(tmp_path / "none.csv")], "No file"),
        (["import", "organisations", LT_FILE, "--map", "nonsense"], 'expected "Source header=field"'),
        (["import", "organisations", LT_FILE, "--map", "Nope=name"], "the file has no column 'Nope'"),
        (["import", "organisations", LT_FILE, "--sheet", "x"], "--sheet applies to .xlsx"),
        (["import", "participants", LT_FILE], "choose the event"),
        (["export", "organisations", str(tmp_path / "x.txt")], "export to a .csv or .xlsx file"),
    ]:
        code, out, err = run_cli("--db", db, *args)
        assert code in (1, 2), (args, out, err)
        assert message in err, (args, err)
        assert "Traceback" not in err and "internal error" not in err
