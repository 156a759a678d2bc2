"""Translated help and one-line usage errors.

Typer's bundled Click has no translations and prints multi-line English help and errors.
herstel renders help itself (plain text, the same on every terminal, ASCII-safe) and turns
every Click usage error into one translated line.
"""

from __future__ import annotations

import difflib
import textwrap
from typing import Any

from typer._click import Context, HelpFormatter
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup

from herstel.errors import OutputClosed, UsageError
from herstel.i18n import t

HELP_WIDTH = 80
GLOBAL_OPTIONS = ("--home", "--lang", "--version")


def _usage(ctx: Context, command: Any) -> str:
    pieces = [ctx.command_path]
    if any(not _is_argument(p) for p in command.get_params(ctx)):
        pieces.append(t("help.meta.options"))
    for param in command.get_params(ctx):
        if _is_argument(param):
            pieces.append(param.make_metavar(ctx) if param.metavar is None else param.metavar)
    if isinstance(command, TyperGroup) and command.commands:
        pieces.append(t("help.meta.command"))
    return t("help.usage", usage=" ".join(pieces))


def _is_argument(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def _option_label(ctx: Context, param: Any) -> str:
    names = ", ".join(sorted(param.opts, key=len))
    if param.is_flag or param.count:
        return names
    return f"{names} {param.metavar or param.make_metavar(ctx)}"


def _param_help(param: Any) -> str:
    if param.name == "help":
        return t("help.option.help")
    return str(param.help or "")


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    if not rows:
        return []
    left = min(max(len(label) for label, _ in rows), 26)
    lines: list[str] = []
    for label, text in rows:
        wrapped = textwrap.wrap(text, width=max(width - left - 6, 20), break_on_hyphens=False) or [
            ""
        ]
        if len(label) > left:
            lines.append(f"  {label}")
            lines.extend(f"  {'':{left}}  {chunk}" for chunk in wrapped)
            continue
        lines.append(f"  {label:{left}}  {wrapped[0]}")
        lines.extend(f"  {'':{left}}  {chunk}" for chunk in wrapped[1:])
    return lines


def summary(command: Any) -> str:
    """A command as a list of commands shows it: its help's first sentence, whole (click cuts it
    at the line's width with "...")."""
    text = " ".join(str(command.short_help or command.help or "").split("\n\n")[0].split())
    for end, _ in enumerate(text):
        if text[end] == "." and (end + 1 == len(text) or text[end + 1] == " "):
            before = text[:end].rsplit(" ", 1)[-1]
            if not before.startswith("'") and "e.g" not in before:
                return text[: end + 1]
    return text


def render_help(ctx: Context, command: Any, width: int = HELP_WIDTH) -> str:
    """The whole help screen for `command`, in the current language."""
    lines = [_usage(ctx, command), ""]
    if command.help:
        for paragraph in str(command.help).split("\n\n"):
            lines.extend(
                textwrap.wrap(" ".join(paragraph.split()), width=width, break_on_hyphens=False)
                or [""]
            )
            lines.append("")
    params = command.get_params(ctx)
    arguments = [(p.metavar or p.name.upper(), _param_help(p)) for p in params if _is_argument(p)]
    options = [
        (_option_label(ctx, p), _param_help(p))
        for p in params
        if not _is_argument(p) and not p.hidden
    ]
    if arguments:
        lines += [t("help.section.arguments"), *_rows(arguments, width), ""]
    if options:
        lines += [t("help.section.options"), *_rows(options, width), ""]
    if isinstance(command, TyperGroup):
        commands = [
            (name, summary(sub))
            for name in command.list_commands(ctx)
            if (sub := command.get_command(ctx, name)) is not None and not sub.hidden
        ]
        if commands:
            lines += [t("help.section.commands"), *_rows(commands, width), ""]
    if ctx.parent is None:
        lines += textwrap.wrap(t("help.not_medical"), width=width, break_on_hyphens=False)
    return "\n".join(lines).rstrip() + "\n"


def _write_help(ctx: Context, command: Any, formatter: HelpFormatter) -> None:
    import sys

    from herstel.ui.console import safe_text

    formatter.write(safe_text(render_help(ctx, command), sys.stdout))


class _TextValue:
    """Typer 0.29 runs every parameter value through a pydantic TypeAdapter, which costs the
    pydantic import and an adapter per parameter on every run. herstel's parameters are text
    (or lists of text, or flags) that herstel's own parsers check: they pass through as typed."""

    @staticmethod
    def coerce(value: Any, param: Any, ctx: Context) -> Any:
        if value is None:
            return () if param.multiple else None
        if param.multiple:
            return list(value)
        return value


TEXT_VALUE = _TextValue()


def plain_parameter(param: Any) -> None:
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if annotation in (str, bool, list[str]) and hasattr(param, "_runtime_param"):
        param._runtime_param = TEXT_VALUE


class _WithContext:
    """Click's parser raises some usage errors without their context; attach it, so that the
    translated message can name the command and look at its options."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in getattr(self, "params", ()):
            plain_parameter(param)

    def get_help_option(self, ctx: Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            plain_parameter(option)
        return option

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]
        except click_errors.UsageError as problem:
            if problem.ctx is None:
                problem.ctx = ctx
            raise


class HerstelCommand(_WithContext, TyperCommand):
    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_help(ctx, self, formatter)


class ListedCommand(TyperCommand):
    """A command's name and help for the root help and an unknown command's error, without
    building the command (herstel.cli.app.build_app). It never runs: naming it registers the
    real one."""


class HerstelGroup(_WithContext, TyperGroup):
    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_help(ctx, self, formatter)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise OutputClosed from None

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Any, list[str]]:
        name = args[0]
        if not name.startswith("-") and self.get_command(ctx, name) is None:
            raise UsageError(
                "usage.no_such_command",
                name=name,
                candidates=_candidates(name, self.list_commands(ctx)),
            )
        return super().resolve_command(ctx, args)


def _candidates(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=3)
    return ", ".join(close or choices)


def translate_usage_error(problem: click_errors.UsageError) -> UsageError:
    """One translated line for anything Click refuses on the command line."""
    command = problem.ctx.command_path if problem.ctx is not None else "herstel"
    if isinstance(problem, click_errors.NoSuchOption):
        if problem.option_name in GLOBAL_OPTIONS:
            return UsageError("usage.global_after_command", option=problem.option_name)
        return UsageError("usage.no_such_option", option=problem.option_name, command=command)
    if isinstance(problem, click_errors.BadOptionUsage):
        if _is_flag(problem.ctx, problem.option_name):
            return UsageError("usage.option_takes_no_value", option=problem.option_name)
        return UsageError("usage.option_needs_value", option=problem.option_name)
    if isinstance(problem, click_errors.MissingParameter):
        return UsageError("usage.missing", name=_param_name(problem.param), command=command)
    if isinstance(problem, click_errors.BadParameter):
        return UsageError("usage.bad_value", name=_param_name(problem.param), command=command)
    if isinstance(problem, click_errors.NoArgsIsHelpError):
        return UsageError("usage.incomplete", command=command)
    return UsageError("usage.generic", command=command)


def _param_name(param: Any) -> str:
    """How the help names a parameter: an option by its flag, an argument by its metavar."""
    if param is None:
        return "?"
    if _is_argument(param):
        return str(param.metavar or param.name.upper())
    return str(param.opts[0])


def _is_flag(ctx: Context | None, option: str) -> bool:
    if ctx is None:
        return False
    return any(
        option in [*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())]
        and getattr(param, "is_flag", False)
        for param in ctx.command.get_params(ctx)
    )
