"""``matchmaker desktop install``: the menu entry and the .mmcat file type, so catalogues open on double-click."""

from __future__ import annotations

import argparse
from pathlib import Path

from matchmaker.core.desktop import install_desktop_files, uninstall_desktop_files

from ..context import CliContext
from ..registry import CommandRegistry


def register(cli: CommandRegistry) -> None:
    help_text = "Desktop integration (Linux, freedesktop.org)"
    install = cli.subcommand("desktop", "install", help="Add the menu entry and the .mmcat/.mmreq file types",
                             group_help=help_text)  # fmt: skip
    install.add_argument("--data-dir", type=Path, help="default: $XDG_DATA_HOME or ~/.local/share")
    install.set_defaults(handler=run_install)
    uninstall = cli.subcommand("desktop", "uninstall", help="Remove what 'desktop install' added", group_help=help_text)
    uninstall.add_argument("--data-dir", type=Path)
    uninstall.set_defaults(handler=run_uninstall)


def run_install(args: argparse.Namespace, ctx: CliContext) -> int:
    report = install_desktop_files(args.data_dir)
    for path in report.installed:
        ctx.print(f"installed {path}")
    for tool in report.refreshed:
        ctx.print(f"ran {tool}")
    for note in report.skipped:
        ctx.print(f"skipped {note}")
    ctx.print("Double-click a .mmcat file to open it in Matchmaker.")
    return 0


def run_uninstall(args: argparse.Namespace, ctx: CliContext) -> int:
    report = uninstall_desktop_files(args.data_dir)
    for path in report.removed:
        ctx.print(f"removed {path}")
    if not report.removed:
        ctx.print("Nothing to remove.")
    return 0
