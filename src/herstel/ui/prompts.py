"""Every question herstel asks goes through here.

Questions are asked only on a terminal (stdin and stdout both TTYs). Tests script the answers
with `script([...])`: each question then takes the next answer, and a question nobody scripted
fails the test instead of hanging.

Ctrl-C (or Ctrl-D) while answering stops the command with nothing saved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from herstel.errors import HerstelError
from herstel.i18n import t

T = TypeVar("T")

_script: list[Any] | None = None
asked: list[str] = []


class Cancelled(HerstelError):
    """The person stopped the questions: nothing was saved (exit 1: not done). `key`: what is
    said, when what was typed is kept as a draft."""

    def __init__(self, key: str = "prompt.cancelled", **params: str) -> None:
        super().__init__(key, **params)


class UnexpectedPrompt(BaseException):
    """A scripted run reached a question that was not scripted. A BaseException, so that no
    error handler of the program turns a failing test into an ordinary error exit."""


def script(answers: Sequence[Any] | None) -> None:
    """Answer the coming questions from `answers` (None: ask for real again; what was asked
    stays in `asked` until the next script)."""
    global _script  # noqa: PLW0603 - test hook
    _script = None if answers is None else list(answers)
    if answers is not None:
        asked.clear()


def interactive() -> bool:
    """May we ask? Only on a terminal (or when answers are scripted)."""
    if _script is not None:
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def _scripted(message: str) -> Any:
    assert _script is not None  # noqa: S101 - only reached under script()
    asked.append(message)
    if not _script:
        raise UnexpectedPrompt(message)
    return _script.pop(0)


def _run(question: Any, on_screen: Callable[[], None] | None = None) -> Any:
    if on_screen is not None:
        # Runs once the question is about to be drawn, while the person reads it.
        question.application.pre_run_callables.append(on_screen)
    try:
        answer = question.unsafe_ask()
    except (KeyboardInterrupt, EOFError):
        raise Cancelled from None
    return answer


SKIP = "-"


def ask_text(
    message: str,
    *,
    default: str = "",
    check: Callable[[str], object] | None = None,
    required: bool = False,
    known: Sequence[str] = (),
    on_screen: Callable[[], None] | None = None,
) -> str:
    """A line of text. `check` raises HerstelError for a value that cannot be taken; the
    question then shows that message and asks again. Empty (or "-", which clears a suggested
    default) is refused only when `required`, and is returned as "".

    `known` offers earlier answers as completions, after each comma. `on_screen` is called
    once the question is on screen (to load what later questions need meanwhile).
    """

    def validate(value: str) -> bool | str:
        if not value.strip() and default:
            return True  # Enter takes the suggestion
        if not value.strip() or value.strip() == SKIP:
            return t("prompt.required") if required else True
        if check is not None:
            try:
                check(value)
            except HerstelError as problem:
                message = problem.message()
                return message[:1].upper() + message[1:]
        return True

    if _script is not None:
        if on_screen is not None:
            on_screen()
        answer = str(_scripted(message))
        if answer == "" and default:
            answer = default  # Enter takes the suggestion, as on a terminal
        verdict = validate(answer)
        if verdict is not True:
            raise UnexpectedPrompt(f"{message}: {verdict}")
        return "" if answer.strip() == SKIP else answer
    import questionary

    extra: dict[str, Any] = {}
    if known:
        extra["completer"] = _after_comma_completer(known)
        extra["complete_while_typing"] = True
    if default:
        # The suggestion is shown greyed in the empty field, not typed into it: Enter takes it,
        # typing replaces it, and "-" alone leaves the question empty.
        extra["placeholder"] = [("fg:ansibrightblack", default)]
    question = questionary.text(message, validate=validate, **extra)
    answer = str(_run(question, on_screen))
    if not answer.strip():
        return default
    return "" if answer.strip() == SKIP else answer


def _after_comma_completer(known: Sequence[str]) -> Any:
    """Completes the part after the last comma from `known` (case- and accent-insensitive)."""
    import unicodedata

    from prompt_toolkit.completion import Completer, Completion

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    class AfterComma(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Any:
            current = document.text_before_cursor.rsplit(",", 1)[-1].lstrip()
            for name in known:
                if fold(name).startswith(fold(current)):
                    yield Completion(name, start_position=-len(current))

    return AfterComma()


def ask_choice(message: str, choices: Sequence[tuple[T, str]], *, default: T) -> T:
    """One of `choices` (value, label); Enter takes `default`."""
    if _script is not None:
        answer = _scripted(message)
        if answer == "":
            answer = default
        if answer not in [value for value, _ in choices]:
            raise UnexpectedPrompt(f"{message}: {answer!r}")
        return answer  # type: ignore[no-any-return]
    import questionary

    # questionary takes a value of None to mean "the title": choices are picked by position.
    options = [questionary.Choice(title=label, value=n) for n, (_, label) in enumerate(choices)]
    start = next(n for n, (value, _) in enumerate(choices) if value == default)
    from herstel.ui.console import rich_enabled

    question = questionary.select(
        message,
        choices=options,
        default=options[start],
        instruction=t("prompt.select_hint"),
        # questionary's "»" is a "?" on a terminal that is not UTF-8.
        pointer="»" if rich_enabled() else ">",
    )
    picked: int = _run(question)
    return choices[picked][0]


def can_ask_secret() -> bool:
    """May a passphrase be asked? On the controlling terminal, as `age -p` does, also when stdout
    goes to a file or a pipe (`herstel export --passphrase > export.age`)."""
    if _script is not None:
        return True
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def ask_secret(message: str) -> str:
    """A passphrase, asked on the terminal itself and not shown while typed; empty is asked
    again."""
    if _script is not None:
        return str(_scripted(message))
    import getpass

    while True:
        try:
            answer = getpass.getpass(message + " ")
        except (KeyboardInterrupt, EOFError):
            raise Cancelled from None
        if answer:
            return answer
