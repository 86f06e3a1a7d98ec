from __future__ import annotations

import pytest

from matchmaker.core import model
from matchmaker.core.errors import NotFound
from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.progress import Progress, run_job
from matchmaker.core.text import clean_text, fold, name_key
from matchmaker.db import Database


def test_fold_and_name_key() -> None:
    assert fold("Šiaurės Žvaigždė, Łódź, Ærø") == "siaures zvaigzde, lodz, aero"
    assert name_key("UAB „Etronika“") == name_key("Etronika, UAB") == "etronika"
    assert name_key("Platige Image Sp. z o.o.") == "platige image"
    assert clean_text("  Nebula\u00a0 cluster \n") == "Nebula cluster"


def test_lookup_by_id_name_and_did_you_mean(database: Database) -> None:
    with database.transaction() as session:
        session.add_all(
            [model.Organisation(name="Etronika", country="LT"), model.Organisation(name="Nebula", country="LT")]
        )
    with database.session() as session:
        assert find_by_id_or_name(session, model.Organisation, "etronika").name == "Etronika"
        org = find_by_id_or_name(session, model.Organisation, "Nebula")
        assert find_by_id_or_name(session, model.Organisation, str(org.id)) is org
        with pytest.raises(NotFound, match="Did you mean 'Etronika'"):
            find_by_id_or_name(session, model.Organisation, "Etronica")


def test_run_job_passes_progress_and_returns_the_result() -> None:
    def job():  # type: ignore[no-untyped-def]
        for i in range(3):
            yield Progress(i, 3, "step")
        return "done"

    seen: list[int] = []
    assert run_job(job(), lambda p: seen.append(p.done)) == "done"
    assert seen == [0, 1, 2]
