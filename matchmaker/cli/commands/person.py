"""``matchmaker person erase ID``: erase a contact person everywhere (right to erasure)."""

from __future__ import annotations

import argparse
import sys

from matchmaker.core.errors import Cancelled, NotFound, ValidationFailed
from matchmaker.core.model import Person
from matchmaker.core.privacy import erase_person, parse_person_id

from ..context import CliContext
from ..registry import CommandRegistry


def register(cli: CommandRegistry) -> None:
    erase = cli.subcommand(
        "person",
        "erase",
        help="Erase a contact person: deleted, redacted from notes and messages, absent from future catalogues",
        group_help="Contact persons",
    )
    erase.add_argument("person_id", metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(handler=run_erase)


def run_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    person_id = parse_person_id(args.person_id)
    database = ctx.database()
    with database.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(f"No contact person with id {person_id}")
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationFailed(f"Erasing {person.name} cannot be undone", hint="Add --yes to confirm.")
            ctx.stdout.write(f"Erase {person.name} of {person.organisation.name}? This cannot be undone [y/N] ")
            ctx.stdout.flush()
            if sys.stdin.readline().strip().lower() not in ("y", "yes"):
                raise Cancelled("Nothing was erased")
        report = erase_person(session, person_id)
    ctx.print(f"Erased contact {person_id}: {report.rows_removed} row removed, {report.fields_redacted} "
              f"free-text field(s) redacted (erasure record #{report.record_id}).")  # fmt: skip
    ctx.print("Catalogues published before now still contain it; backups keep it until they rotate out.")
    return 0
