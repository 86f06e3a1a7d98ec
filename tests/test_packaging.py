"""Migrations, resources and seeds work from an installed wheel, not only from a checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from matchmaker.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("matchmaker-*.whl")
    return found


def test_wheel_ships_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "matchmaker/_data/migrations/env.py" in names
    assert any(n.startswith("matchmaker/_data/migrations/versions/0001") for n in names)
    assert any(n.startswith("matchmaker/_data/resources/") for n in names)
    assert any(n.startswith("matchmaker/_data/seeds/") for n in names)


def test_unpacked_wheel_creates_a_database_away_from_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    # -I would drop site-packages (the dependencies); -P keeps the cwd off sys.path instead.
    code = (
        "import matchmaker, sys;"
        "from matchmaker.core.paths import shipped_dir;"
        f"assert matchmaker.__file__.startswith({str(site)!r}), matchmaker.__file__;"
        f"assert str(shipped_dir('migrations')).startswith({str(site)!r});"
        "from matchmaker.cli import main; sys.exit(main(['--db', sys.argv[1], 'info', '--json']))"
    )
    result = subprocess.run(
        [sys.executable, "-P", "-c", code, str(tmp_path / "w.db")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_revision"] == head_revision()
