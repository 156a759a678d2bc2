"""The command line: global options, language, the Typer app, and error handling.

`run` is the whole program: it reads the global options (which come before the command and
only there), chooses the language, builds the Typer app with translated help, runs it and turns
every failure into one line on stderr with the right exit code.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from typer import Abort
from typer._click import exceptions as click_errors

from herstel.cli.app import build_app
from herstel.cli.help import translate_usage_error
from herstel.cli.runtime import Runtime, set_runtime
from herstel.core.clock import clock_from, keep_time_in_utc, zone_in_range
from herstel.errors import (
    EXIT_FAILED,
    EXIT_OK,
    HerstelError,
    OutputClosed,
    UsageError,
    cause_behind,
    cause_of,
)
from herstel.i18n import LANGUAGES, choose_language, set_language, t
from herstel.store.home import resolve_home
from herstel.store.settings import load_settings
from herstel.ui.console import error
from herstel.ui.prompts import Cancelled

INTERRUPTED = 130


@dataclass(frozen=True)
class GlobalOptions:
    home: str | None
    lang: str | None
    rest: list[str]


def split_global_options(argv: list[str]) -> GlobalOptions:
    """Take --home and --lang from before the command; leave the rest for Typer."""
    values: dict[str, str | None] = {"--home": None, "--lang": None}
    index = 0
    while index < len(argv):
        arg = argv[index]
        name, eq, inline = arg.partition("=")
        if name not in values:
            break
        if eq:
            values[name] = inline
            index += 1
        elif index + 1 < len(argv):
            values[name] = argv[index + 1]
            index += 2
        else:
            raise UsageError("usage.option_needs_value", option=name)
    return GlobalOptions(values["--home"], values["--lang"], argv[index:])


def run(argv: list[str]) -> int:
    """Run herstel with `argv` (without the program name); returns the exit code."""
    os.umask(0o077)  # every file herstel (or SQLite) creates is private
    try:
        return _run(argv)
    except Exception:
        if os.environ.get("HERSTEL_DEBUG"):
            raise
        # Even the error path failed: still one line, still no traceback.
        sys.stderr.write("herstel: internal error\n")
        return EXIT_FAILED


def _run(argv: list[str]) -> int:
    set_language(choose_language(cli=None, environ=os.environ, stored=None))
    home: Path | None = None  # once known: where to look when a write fails for want of room
    try:
        options = split_global_options(argv)
        if options.lang is not None and options.lang.strip().lower() not in LANGUAGES:
            raise UsageError("usage.bad_language", value=options.lang)
        home = resolve_home(options.home, os.environ)
        settings = load_settings(home)
        stored = settings.values.get("language")
        set_language(choose_language(cli=options.lang, environ=os.environ, stored=stored))
        if settings.damaged:  # noted once a run, here: the file's other readers say nothing
            error(t("settings.damaged", path=str(settings.path)))
        if not zone_in_range():  # before the clock is read: TZ=UTC+24 would crash `insights`
            keep_time_in_utc()
            error(t("clock.zone_out_of_range"))
        runtime = Runtime(home=home, clock=clock_from(os.environ), cli_lang=options.lang)
        set_runtime(runtime)
        try:
            return _invoke(options.rest)
        finally:
            runtime.close()
    except HerstelError as problem:
        # "Couldn't write x" raised on a full disk: the full disk is what the person can act on.
        shown = cause_behind(problem, folder=home) or problem
        error(shown.message())
        return shown.exit_code
    except (BrokenPipeError, OutputClosed):
        # The reader went away (`herstel log | head`): not an error of ours. Point stdout at
        # nothing, so that the flush at exit does not fail a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as problem:
        if os.environ.get("HERSTEL_DEBUG"):
            raise
        # No traceback and no message text: either could carry journal text.
        error(_unexpected(problem, folder=home))
        return EXIT_FAILED


def _unexpected(problem: Exception, *, folder: Path | None) -> str:
    """Another herstel writing, a full disk, a read-only folder: said as such; anything else
    from the store is a store error, and the rest unexpected."""
    cause = cause_of(problem, folder=folder)
    if cause is not None:
        return cause.message()
    if isinstance(problem, sqlite3.Error) or type(problem).__module__.startswith("sqlalchemy"):
        return t("store.error")
    return t("error.unexpected", kind=type(problem).__name__)


INTERRUPTED = 130


def _invoke(args: list[str]) -> int:
    command = build_app(args)
    try:
        result = command.main(args=args, prog_name="herstel", standalone_mode=False)
    except click_errors.UsageError as problem:
        raise translate_usage_error(problem) from None
    except Abort:
        raise Cancelled from None
    if result == INTERRUPTED:  # Ctrl-C outside a question: Typer returns 130 for it
        raise Cancelled
    if isinstance(result, int):
        return result
    return EXIT_OK if result is None else EXIT_FAILED
