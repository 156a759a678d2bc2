"""`herstel insights`: what the client's own data shows, on screen or as JSON."""

from __future__ import annotations

import os

import typer

from herstel.application.insights import insights
from herstel.cli.app import command_options
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.insights import parse_period
from herstel.i18n import t
from herstel.ui import console
from herstel.ui import insights as shown
from herstel.ui.insights import Words, insights_json, named_home


def register(app: typer.Typer) -> None:
    @app.command("insights", help=t("help.insights"), **command_options())
    def insights_command(
        period: str = typer.Option(
            "all", "--period", metavar=t("meta.period"), help=t("help.insights.period")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        show_insights(period=period, as_json=as_json)


def show_insights(*, period: str, as_json: bool) -> None:
    rt = runtime()
    window = parse_period(period)
    trajectory = require_trajectory()
    found = insights(store=rt.store(), trajectory_id=trajectory.id, period=window, today=rt.today())
    words = Words(home=named_home(rt.home, os.environ))
    if as_json:
        console.emit_json(insights_json(found, words))
        return
    shown.show_insights(found, words, rich=console.rich_enabled())
