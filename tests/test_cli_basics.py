"""The ``matchmaker`` command's foundation: version, info, db upgrade/backup/check, errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from matchmaker import __version__
from matchmaker.core.paths import default_database_path
from matchmaker.db.migrate import head_revision


def test_version(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"matchmaker {__version__}"


def test_info_on_fresh_home_creates_the_default_database(run_cli, isolated_user_dirs: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("info", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema_revision"] == head_revision()
    assert Path(data["data_dir"]).is_relative_to(isolated_user_dirs)
    assert default_database_path().is_file()
    assert data["counts"]["organisations"] == 0


def test_info_masks_the_password(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("--db", "postgresql://someone:hunter2@127.0.0.1:1/nope", "info")
    assert code == 2
    assert "hunter2" not in err and "***" in err


def test_db_upgrade_backup_and_check(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "event.db"
    code, out, _ = run_cli("--db", str(db), "db", "upgrade")
    assert code == 0 and "Created" in out
    code, out, _ = run_cli("--db", str(db), "db", "upgrade")
    assert code == 0 and "already at the latest schema" in out
    backup = tmp_path / "copy.db"
    code, out, _ = run_cli("--db", str(db), "db", "backup", str(backup))
    assert code == 0, out
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    con.close()
    code, _, err = run_cli("--db", str(db), "db", "backup", str(backup))
    assert code == 2 and "--force" in err
    code, out, _ = run_cli("--db", str(db), "db", "check")
    assert code == 0 and "No differences" in out


def test_bad_database_gives_a_message_not_a_traceback(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    code, _, err = run_cli("--db", str(bad), "info")
    assert code == 2
    assert "not a Matchmaker database" in err and "Traceback" not in err
    assert bad.read_text() == "hello"


def test_group_without_subcommand_prints_help(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("db")
    assert code == 2 and "upgrade" in err


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "matchmaker", "--db", str(tmp_path / "x.db"), "info"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Schema revision:" in result.stdout
