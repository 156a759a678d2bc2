"""`herstel pattern` (the reflection questions on one situation) and `herstel bio` (a look back at
a period of one's life)."""

from __future__ import annotations

from typing import Any

import typer

from herstel.application import notes as application
from herstel.cli import forms
from herstel.cli.app import command_options
from herstel.cli.runtime import runtime
from herstel.core.entries import BELIEF
from herstel.errors import UsageError
from herstel.i18n import language, t
from herstel.ui import console, prompts
from herstel.ui.forms import Question
from herstel.ui.notes import bio_questions, pattern_questions


def register(app: typer.Typer) -> None:
    def text_option(flag: str, key: str) -> Any:
        return typer.Option(None, flag, metavar=t("meta.text"), help=t(key))

    @app.command("pattern", help=t("help.pattern"), **command_options())
    def pattern_command(
        situation: str | None = text_option("--situation", "help.pattern.situation"),
        behaviour: str | None = text_option("--behaviour", "help.pattern.behaviour"),
        consequence: str | None = text_option("--consequence", "help.pattern.consequence"),
        unnoticed: str | None = text_option("--unnoticed", "help.pattern.unnoticed"),
        belief: str | None = typer.Option(
            None,
            "--belief",
            metavar=BELIEF.metavar,
            help=t("help.pattern.belief"),
        ),
        belief_text: str | None = text_option("--belief-text", "help.pattern.belief_text"),
        new_behaviour: str | None = text_option("--new-behaviour", "help.pattern.new_behaviour"),
        reflection: str | None = text_option("--reflection", "help.pattern.reflection"),
        at: str | None = typer.Option(None, "--at", metavar=t("meta.moment"), help=t("help.at")),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.edit_text")),
    ) -> None:
        typed = {
            "situation": situation,
            "behaviour": behaviour,
            "consequence": consequence,
            "unnoticed": unnoticed,
            "belief": belief,
            "belief_text": belief_text,
            "new_behaviour": new_behaviour,
            "reflection": reflection,
        }
        write_pattern(typed, at=at, private=private, edit=edit)

    @app.command("bio", help=t("help.bio"), **command_options())
    def bio_command(
        life_stage: str | None = text_option("--life-stage", "help.bio.life_stage"),
        text: str | None = text_option("--text", "help.bio.text"),
        drives: str | None = text_option("--drives", "help.bio.drives"),
        pattern: str | None = text_option("--pattern", "help.bio.pattern"),
        at: str | None = typer.Option(None, "--at", metavar=t("meta.moment"), help=t("help.at")),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.edit_text")),
    ) -> None:
        typed = {"life_stage": life_stage, "text": text, "drives": drives, "pattern": pattern}
        write_bio(typed, at=at, private=private, edit=edit)


def write_pattern(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    if typed["belief_text"] is not None:
        # A belief in one's own words is the belief "other".
        if typed["belief"] is None:
            typed["belief"] = "other"
        elif BELIEF.check(typed["belief"], name="--belief") != "other":
            raise UsageError("pattern.belief_text_other")
    _save_note("pattern", pattern_questions(), typed, at=at, private=private, edit=edit)


def write_bio(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    _save_note("bio", bio_questions(), typed, at=at, private=private, edit=edit)


def _save_note(
    kind: str,
    questions: list[Question],
    typed: dict[str, str | None],
    *,
    at: str | None,
    private: bool | None,
    edit: bool = False,
) -> None:
    """A pattern or biography note: flags checked, the rest asked on a terminal, saved in one
    transaction. A note with nothing written in it is not saved."""
    rt = runtime()
    day, clock = forms.when(at, lang=language())
    if edit:
        forms.checked(questions, typed)  # a bad flag stops before the editor opens
        edited = forms.edit_typed(questions, typed)
        if edited is None:
            console.say(t("editor.unchanged"))
            return
        typed = edited
    values, private = forms.fill(
        questions, typed, private=private, private_key="form.ask.private", hint=f"{kind}.hint",
        draft=kind,
    )  # fmt: skip
    if not any(values.values()):  # only a biography note can be left all empty
        if not prompts.interactive():
            raise UsageError("bio.empty")
        console.say(t("form.nothing_saved"))
        return
    given: dict[str, Any] = {"day": day, "time": clock, "private": private, **values}
    if kind == "pattern":
        application.write_pattern(
            store=rt.store(), note=application.NewPattern(**given), now=runtime().utc_now()
        )
    else:
        application.write_bio(
            store=rt.store(), note=application.NewBio(**given), now=runtime().utc_now()
        )
    forms.saved(kind)
    when = forms.moment_label(day, clock, today=rt.today())
    console.say(t(f"{kind}.saved", when=when))
