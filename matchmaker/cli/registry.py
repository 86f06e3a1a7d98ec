"""Lets each command module add subcommands, including into shared groups like ``export``."""

from __future__ import annotations

import argparse
from typing import Any


class CommandRegistry:
    """Wraps the root parser; ``command`` adds ``matchmaker NAME``, ``subcommand`` adds ``matchmaker GROUP NAME``."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self._root = parser.add_subparsers(title="commands", metavar="COMMAND")
        self._groups: dict[str, Any] = {}

    def command(self, name: str, *, help: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self._root.add_parser(name, help=help, description=help, **kwargs)

    def group(self, name: str, *, help: str) -> Any:
        if name not in self._groups:
            parser = self._root.add_parser(name, help=help, description=help)
            parser.set_defaults(group_parser=parser)
            self._groups[name] = parser.add_subparsers(title=f"{name} commands", metavar="COMMAND")
        return self._groups[name]

    def subcommand(
        self, group: str, name: str, *, help: str, group_help: str = "", **kwargs: Any
    ) -> argparse.ArgumentParser:
        subparsers = self.group(group, help=group_help or group)
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help, **kwargs)
        return parser
