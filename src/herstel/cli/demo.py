"""`herstel demo`: fill an empty home with a made-up, seeded journal of a few months, to look
around in before (or beside) the real one."""

from __future__ import annotations

import os
import shlex

import typer

from herstel.application.demo import check_demo_home, make_demo
from herstel.cli.app import command_options
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_whole
from herstel.core.demo import SEED_DEFAULT, SEED_RANGE, WEEKS_DEFAULT, WEEKS_RANGE
from herstel.i18n import language, t
from herstel.store.home import resolve_home
from herstel.ui import console
from herstel.ui.insights import herstel_command, named_home


def register(app: typer.Typer) -> None:
    @app.command("demo", help=t("help.demo"), **command_options())
    def demo_command(
        weeks: str | None = typer.Option(
            None,
            "--weeks",
            metavar="{}-{}".format(*WEEKS_RANGE),
            help=t("help.demo.weeks", default=WEEKS_DEFAULT),
        ),
        seed: str | None = typer.Option(
            None, "--seed", metavar="N", help=t("help.demo.seed", default=SEED_DEFAULT)
        ),
    ) -> None:
        demo(weeks=weeks, seed=seed)


def demo(*, weeks: str | None, seed: str | None) -> None:
    """Check the flags, refuse a home that holds a journal (or herstel's own folder), write the
    demo and say where to look."""
    weeks_n = (
        WEEKS_DEFAULT
        if weeks is None
        else parse_whole(weeks, name="--weeks", low=WEEKS_RANGE[0], high=WEEKS_RANGE[1])
    )
    seed_n = (
        SEED_DEFAULT
        if seed is None
        else parse_whole(seed, name="--seed", low=SEED_RANGE[0], high=SEED_RANGE[1])
    )
    rt = runtime()
    # The folder herstel finds by itself, the one a real journal will be kept in.
    usual = resolve_home(None, {k: v for k, v in os.environ.items() if k != "HERSTEL_HOME"})
    check_demo_home(home=rt.home, usual=usual)
    lang = language()
    made = make_demo(
        store=rt.store(),
        home=rt.home,
        today=rt.today(),
        weeks=weeks_n,
        seed=seed_n,
        lang=lang,
        now=runtime().utc_now(),
    )
    rt.use_language(lang)
    console.say(t("demo.done", weeks=made.weeks, home=shlex.quote(str(rt.home))))
    console.say(t("demo.look"))
    home = named_home(rt.home, os.environ)
    for command in ("plan", "insights", "prepare"):
        console.say("  " + herstel_command(command, home=home))
