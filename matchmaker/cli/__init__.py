"""The ``matchmaker`` command: the desktop app without a subcommand, headless tools with one.

Subcommands live in ``matchmaker/cli/commands/``: every module there has a
``register(registry)`` function and is discovered automatically.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from typing import TextIO

from matchmaker import __version__
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.logs import configure_logging

from . import commands
from .context import CliContext
from .registry import CommandRegistry

log = logging.getLogger("matchmaker.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matchmaker",
        description="Cross-border B2B partner matchmaking for business clusters. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"matchmaker {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="SQLite file or SQLAlchemy URL (default: $MATCHMAKER_DB, else the per-user database)",
    )
    registry = CommandRegistry(parser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(registry)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the process exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    log_path = configure_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage or --version
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        if getattr(args, "group_parser", None) is not None:
            args.group_parser.print_help(err)
            return 2
        from matchmaker.ui.app import run_app

        return run_app(db_option=args.db)
    ctx = CliContext(db_option=args.db, stdout=out, stderr=err)
    try:
        return int(handler(args, ctx) or 0)
    except MatchmakerError as exc:
        err.write(f"matchmaker: error: {exc.message}\n")
        if exc.hint:
            err.write(f"  {exc.hint}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write("matchmaker: interrupted; nothing was written\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", " ".join(sys.argv[1:]))
        err.write(
            f"matchmaker: internal error: {type(exc).__name__}: {exc}\n  This is a bug. Details are in {log_path}\n"
        )
        return 70
    finally:
        ctx.close()
