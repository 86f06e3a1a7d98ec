"""The head revision read without Alembic (start-up's fast path) agrees with Alembic, or gives up."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchmaker.db import migrate


def test_quick_head_equals_alembic_head() -> None:
    assert migrate.quick_head_revision() == migrate.head_revision()


def _revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> str | None:
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    for name, text in files.items():
        (versions / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(migrate, "shipped_dir", lambda name: tmp_path / name)
    return migrate.quick_head_revision()


def test_quick_head_follows_a_chain_and_a_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {
        "1.py": "revision = '0001'\ndown_revision = None\n",
        "2.py": "revision = '0002'\ndown_revision = '0001'\n",
        "3.py": 'revision = "0003"\ndown_revision = "0001"\n',
        "4.py": "revision = '0004'\ndown_revision = ('0002', '0003')\n",
    }
    assert _revisions(tmp_path, monkeypatch, files) == "0004"


@pytest.mark.parametrize(
    "files",
    [
        {"1.py": "revision = '0001'\ndown_revision = None\n", "2.py": "revision = '0002'\ndown_revision = None\n"},
        {"1.py": "revision: str = '0001'\ndown_revision = None\n"},  # a form we do not read: ask Alembic
        {"1.py": "revision = make()\ndown_revision = None\n"},
    ],
    ids=["two heads", "annotated", "not a literal"],
)
def test_quick_head_gives_up_when_unsure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
) -> None:
    assert _revisions(tmp_path, monkeypatch, files) is None
