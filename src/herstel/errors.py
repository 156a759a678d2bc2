"""The one error type herstel raises on purpose: a message key, its parameters, an exit code."""

from __future__ import annotations

from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class HerstelError(Exception):
    """Something could not be done. The message is a catalog key, translated when shown.

    Parameters must never carry journal text: they end up in error messages.
    """

    exit_code = EXIT_FAILED

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        """The message in the current language; a day among the parameters (a `date`) is
        written as people read it ("Mon 4 Jan 2027")."""
        from datetime import date, datetime

        from herstel.i18n import format_day_short, t

        shown = {
            name: format_day_short(value)
            if isinstance(value, date) and not isinstance(value, datetime)
            else value
            for name, value in self.params.items()
        }
        return t(self.key, **shown)


class UsageError(HerstelError):
    """The command line itself was wrong: exit 2."""

    exit_code = EXIT_USAGE


class OutputClosed(Exception):
    """The reader of our output went away (`herstel log | head`). Not an OSError, so that
    Typer does not turn it into exit 1 on the way out."""
