"""Desktop integration on Linux: a .desktop entry, the MIME types of .mmcat/.mmreq files and an icon.

Installed under the XDG data folder ($XDG_DATA_HOME, default ~/.local/share), so a
double-click on a catalogue opens it in Matchmaker's browse window.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationFailed
from .paths import shipped_dir

DESKTOP_FILE = "matchmaker.desktop"
MIME_FILE = "matchmaker-mime.xml"
ICON_FILE = "matchmaker.svg"


@dataclass
class DesktopReport:
    installed: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def _targets(data_home: Path) -> dict[str, Path]:
    return {
        DESKTOP_FILE: data_home / "applications" / DESKTOP_FILE,
        MIME_FILE: data_home / "mime" / "packages" / "matchmaker.xml",
        ICON_FILE: data_home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    }


def default_command() -> str:
    """How the desktop entry starts Matchmaker: this Python running the package (works from any venv)."""
    return f"{shlex.quote(sys.executable)} -m matchmaker"


def install_desktop_files(data_home: Path | None = None, command: str | None = None) -> DesktopReport:
    """Copy the shipped desktop entry, MIME XML and icon into ``data_home`` and refresh the caches."""
    home = data_home or xdg_data_home()
    source = shipped_dir("resources") / "desktop"
    report = DesktopReport()
    for name, target in _targets(home).items():
        text = (source / name).read_text(encoding="utf-8")
        if name == DESKTOP_FILE:
            text = text.replace("@EXEC@", command or default_command())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ValidationFailed(f"{target}: cannot write it ({exc.strerror or exc})") from None
        report.installed.append(target)
    _refresh(home, report)
    return report


def uninstall_desktop_files(data_home: Path | None = None) -> DesktopReport:
    home = data_home or xdg_data_home()
    report = DesktopReport()
    for target in _targets(home).values():
        if target.exists():
            target.unlink()
            report.removed.append(target)
    _refresh(home, report)
    return report


def _refresh(home: Path, report: DesktopReport) -> None:
    for tool, folder in [("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")]:
        exe = shutil.which(tool)
        if exe is None or not folder.is_dir():
            report.skipped.append(f"{tool} (not installed)" if exe is None else tool)
            continue
        try:
            subprocess.run([exe, str(folder)], check=True, capture_output=True, timeout=60)
            report.refreshed.append(tool)
        except (OSError, subprocess.SubprocessError) as exc:
            report.skipped.append(f"{tool} failed: {exc}")
