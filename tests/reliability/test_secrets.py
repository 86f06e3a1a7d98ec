"""No password and no personal data (e-mail addresses) end up in the log file or in messages."""

from __future__ import annotations

import logging
import sys
import uuid

import pytest

from matchmaker.core.logs import configure_logging, mask_secrets

PASSWORD = "pw-" + uuid.uuid4().hex[:10]
EMAIL = "jonas.kazlauskas@baltija1.example.org"


def _log_text() -> str:
    path = configure_logging()
    for handler in logging.getLogger("matchmaker").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_an_internal_error_with_a_password_url_and_an_email_is_logged_masked(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql+psycopg://organiser:{PASSWORD}@db.example.org/matchmaker"
    from matchmaker.cli.commands import database as database_commands

    def broken(args, ctx):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"could not reach {url} while mailing {EMAIL}")

    monkeypatch.setattr(database_commands, "run_info", broken)
    monkeypatch.setattr(sys, "argv", ["matchmaker", "--db", url, "info"])
    code, _, err = run_cli("--db", url, "info")
    assert code == 70 and "internal error" in err
    text = _log_text()
    assert "could not reach" in text and "Traceback" in text, "the bug is logged, with its traceback"
    assert PASSWORD not in text and EMAIL not in text
    assert "organiser:***@db.example.org" in text


def test_a_refused_team_database_message_masks_the_password(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("--db", f"postgresql://organiser:{PASSWORD}@127.0.0.1:1/matchmaker", "info")
    assert code != 0 and "organiser:***@127.0.0.1:1" in err
    assert PASSWORD not in err + out + _log_text()


def test_app_error_boxes_log_bugs_without_secrets(qapp) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.dialogs import error_text

    configure_logging()  # as the app does at start-up (matchmaker.cli.main)
    _, details = error_text(ValueError(f"bad row for {EMAIL} at postgresql://a:{PASSWORD}@h/db"))
    assert "This is a bug" in details
    text = _log_text()
    assert "bad row for" in text and PASSWORD not in text and EMAIL not in text


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("postgresql://bob:hunter2@db/x", "postgresql://bob:***@db/x"),
        ("connect password=hunter2 host=db", "connect password=*** host=db"),
        ("mail ruta.petrauskaite@example.org now", "mail ***@*** now"),
        ("nothing secret here: Vilnius 2018", "nothing secret here: Vilnius 2018"),
    ],
)
def test_mask_secrets(raw: str, masked: str) -> None:
    assert mask_secrets(raw) == masked
