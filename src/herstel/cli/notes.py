"""`herstel pattern` (the reflection questions on one situation) and `herstel bio` (a look back at
a period of one's life)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.core.entries import BELIEF
from herstel.errors import UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.cli.forms import Question


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

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


def _text(name: str, flag: str, *, required: bool = False, **extra: Any) -> Question:
    """A free-text question: its message key is "<kind>.ask.<field>"."""
    from herstel.cli.forms import Question
    from herstel.core.entries import check_text

    return Question(
        name,
        flag,
        extra.pop("ask"),
        lambda v: check_text(v, field=flag, required=required),
        required=required,
        free_text=True,
        **extra,
    )


def pattern_questions() -> list[Question]:
    from herstel.cli.forms import Question
    from herstel.core.entries import BELIEF

    return [
        _text("situation", "--situation", required=True, ask="pattern.ask.situation"),
        _text("behaviour", "--behaviour", ask="pattern.ask.behaviour"),
        _text("consequence", "--consequence", ask="pattern.ask.consequence"),
        _text("unnoticed", "--unnoticed", ask="pattern.ask.unnoticed"),
        Question(
            "belief", "--belief", "pattern.ask.belief",
            lambda v: BELIEF.check(v, name="--belief"), choice=BELIEF, label="pattern.belief.",
            both_languages=True,
        ),
        _text(
            "belief_text", "--belief-text", ask="pattern.ask.belief_text",
            asked_when=lambda values: values["belief"] == "other",
        ),
        _text("new_behaviour", "--new-behaviour", ask="pattern.ask.new_behaviour"),
        _text("reflection", "--reflection", ask="pattern.ask.reflection"),
    ]  # fmt: skip


def write_pattern(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    from herstel.core.entries import BELIEF
    from herstel.store.note_models import PatternNote

    if typed["belief_text"] is not None:
        # A belief in one's own words is the belief "other".
        if typed["belief"] is None:
            typed["belief"] = "other"
        elif BELIEF.check(typed["belief"], name="--belief") != "other":
            raise UsageError("pattern.belief_text_other")
    _save_note(
        "pattern", PatternNote, pattern_questions(), typed, at=at, private=private, edit=edit
    )


def bio_questions() -> list[Question]:
    return [
        _text("life_stage", "--life-stage", ask="bio.ask.life_stage"),
        _text("text", "--text", ask="bio.ask.text"),
        _text("drives", "--drives", ask="bio.ask.drives"),
        _text("pattern", "--pattern", ask="bio.ask.pattern"),
    ]


def write_bio(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    from herstel.store.note_models import BioNote

    _save_note("bio", BioNote, bio_questions(), typed, at=at, private=private, edit=edit)


def _save_note(
    kind: str,
    model: Any,
    questions: list[Question],
    typed: dict[str, str | None],
    *,
    at: str | None,
    private: bool | None,
    edit: bool = False,
) -> None:
    """A pattern or biography note: flags checked, the rest asked on a terminal, saved in one
    transaction. A note with nothing written in it is not saved."""
    from herstel.cli import forms
    from herstel.store.models import utc_now
    from herstel.store.queries import add_record
    from herstel.ui import prompts

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
        questions, typed, private=private, private_key="form.ask.private", hint=f"{kind}.hint"
    )
    if not any(values.values()):  # only a biography note can be left all empty
        if not prompts.interactive():
            raise UsageError("bio.empty")
        console.say(t("form.nothing_saved"))
        return
    with rt.store().writing() as session:
        add_record(
            session=session,
            model=model,
            trajectory_id=forms.trajectory_id(session),
            now=utc_now(),
            values={"day": day, "time": clock, "private": private, **values},
        )
    when = forms.moment_label(day, clock, today=rt.today())
    console.say(t(f"{kind}.saved", when=when))
