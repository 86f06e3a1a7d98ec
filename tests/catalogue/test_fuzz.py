"""Fuzzing the catalogue and request-file readers: no input raises anything but FileRefused, always with a message."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.core.catalogue import (
    DraftRequest,
    FileRefused,
    load_work,
    parse_catalogue,
    parse_request_file,
    read_catalogue,
    work_path,
)
from matchmaker.core.catalogue.container import pack_catalogue
from matchmaker.core.catalogue.work import export_requests

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, to replace or delete."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            found += paths(child, (*prefix, index))
    return found


def mutate(doc: Any, where: tuple[Any, ...], replacement: Any, delete: bool) -> Any:
    doc = copy.deepcopy(doc)
    if not where:
        return replacement
    parent = doc
    for key in where[:-1]:
        parent = parent[key]
    if delete:
        del parent[where[-1]]
    else:
        parent[where[-1]] = replacement
    return doc


def outcome_is_clean(call, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        call(data)
    except FileRefused as exc:
        assert exc.message.strip(), "a rejection without a message"
        assert "Traceback" not in exc.message


@pytest.fixture(scope="module")
def catalogue_bytes(published_catalogue: Path) -> bytes:
    return published_catalogue.read_bytes()


@pytest.fixture(scope="module")
def catalogue_document(published_catalogue: Path) -> Any:
    with zipfile.ZipFile(published_catalogue) as archive:
        return json.loads(archive.read("catalogue.json"))


@pytest.fixture(scope="module")
def request_document(published_catalogue: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzzreq")
    catalogue = read_catalogue(published_catalogue)
    work, _ = load_work(catalogue, work_path(folder / "x.mmcat"))
    work.us = catalogue.organisations[0].id
    for org in catalogue.organisations[1:]:
        work.requests[org.id] = DraftRequest(message="hello")
        work.shortlist.append(org.id)
    work.unavailable = {catalogue.meeting_slots[0].id}
    return json.loads(export_requests(catalogue, work, folder / "r.mmreq", None).read_text())


@FUZZ
@given(data=st.binary(max_size=2048), zip_prefix=st.booleans())
def test_random_bytes_never_crash_the_catalogue_reader(data: bytes, zip_prefix: bool) -> None:
    outcome_is_clean(parse_catalogue, (b"PK\x03\x04" if zip_prefix else b"") + data)


@FUZZ
@given(st.data())
def test_damaged_catalogues_never_crash_the_reader(catalogue_bytes: bytes, data: st.DataObject) -> None:
    raw = bytearray(catalogue_bytes)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[position] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[position : position + data.draw(st.integers(1, 64))]
        else:
            raw[position:position] = data.draw(st.binary(min_size=1, max_size=16))
        if not raw:
            break
    outcome_is_clean(parse_catalogue, bytes(raw))


@FUZZ
@given(st.data())
def test_schema_fuzz_of_consistently_checksummed_catalogues(catalogue_document: Any, data: st.DataObject) -> None:
    """The checksum matches, so only the strict schema stands between these documents and the app."""
    where = data.draw(st.sampled_from(paths(catalogue_document)))
    doc = mutate(catalogue_document, where, data.draw(json_values), bool(where) and data.draw(st.booleans()))
    try:
        packed, _ = pack_catalogue(doc)
    except (KeyError, TypeError, ValueError):
        return  # the mutation broke what pack_catalogue itself needs; nothing to read
    outcome_is_clean(parse_catalogue, packed)


@FUZZ
@given(data=st.binary(max_size=2048), json_prefix=st.booleans())
def test_random_bytes_never_crash_the_request_reader(data: bytes, json_prefix: bool) -> None:
    outcome_is_clean(parse_request_file, (b"{" if json_prefix else b"") + data)


@FUZZ
@given(st.data())
def test_schema_fuzz_of_request_files(request_document: Any, data: st.DataObject) -> None:
    where = data.draw(st.sampled_from(paths(request_document)))
    doc = mutate(request_document, where, data.draw(json_values), bool(where) and data.draw(st.booleans()))
    outcome_is_clean(parse_request_file, json.dumps(doc).encode())
    text = json.dumps(request_document)
    cut = data.draw(st.integers(0, len(text)))
    outcome_is_clean(parse_request_file, text[:cut].encode())
