"""A form's questions, declared once per kind (in `ui/<kind>.py`) and asked by
`herstel.cli.forms.fill`, offered in `herstel edit`, and checked against the flags."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from herstel.core.entries import Choice, check_text


@dataclass(frozen=True)
class Question:
    name: str  # the field
    flag: str  # how the command line names it, for messages
    ask: str  # message key of the question
    check: Callable[[str], Any]  # typed text -> value; UsageError when it cannot be taken
    required: bool = False
    choice: Choice | None = None  # a pick from a list instead of typed text
    label: str = ""  # message key prefix of the choice labels ("signal.type.")
    free_text: bool = False  # the person's own words (they make "keep it private?" worth asking)
    asked_when: Callable[[Mapping[str, Any]], bool] | None = None


def text_question(name: str, flag: str, *, required: bool = False, **extra: Any) -> Question:
    """A free-text question: its message key is given as `ask` ("<kind>.ask.<field>")."""
    return Question(
        name,
        flag,
        extra.pop("ask"),
        lambda v: check_text(v, field=flag, required=required),
        required=required,
        free_text=True,
        **extra,
    )
