"""`herstel checkin`: the daily check-in."""

from __future__ import annotations

from typing import Any

import typer

from herstel.cli.app import command_options
from herstel.cli.checkin_form import checkin, flags_from, with_field_options
from herstel.i18n import t


def register(app: typer.Typer) -> None:
    @app.command("checkin", help=t("help.checkin"), **command_options())
    @with_field_options(after="day")
    def checkin_command(
        day: str | None = typer.Option(
            None, "--date", metavar=t("meta.date"), help=t("help.checkin.date")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.checkin.edit")),
        **fields: Any,  # one option per check-in field: core.checkin.FIELDS
    ) -> None:
        checkin(flags_from(fields, day=day, private=private, edit=edit))
