"""Writing export files so that a crash or a kill never leaves half a file behind."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ValidationFailed
from ..faults import pause_point
from ..text import fold

_UNSAFE = re.compile(r"[^a-z0-9]+")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path next to ``target``; renamed onto it only when the block ends without error."""
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationFailed(f"Cannot create the folder {folder}: {exc.strerror}") from None
    if target.is_dir():
        raise ValidationFailed(f"{target} is a folder; give a file name")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ValidationFailed(f"Cannot write in {folder}: {exc.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        pause_point("export.rename")  # test-only: see matchmaker.core.faults
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_bytes_atomically(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def slug(text: str, limit: int = 48) -> str:
    """An ASCII file-name part: 'Duomenų centras' -> 'duomenu-centras'."""
    value = _UNSAFE.sub("-", fold(text)).strip("-")
    return value[:limit].rstrip("-") or "x"


def agenda_file_name(participation_id: int, name: str, suffix: str) -> str:
    """'agenda-0012-baltic-amber-solutions.pdf': unique by id, readable by name."""
    return f"agenda-{participation_id:04d}-{slug(name)}{suffix}"


def output_folder(path: Path) -> Path:
    """``path`` as an output folder, created if missing; refuses an existing file."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ValidationFailed(f"{path} is a file; --out must be a folder for this export")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationFailed(f"Cannot create the folder {path}: {exc.strerror}") from None
    return path
