"""The text an editor opens for `--edit`: one section per free-text field, and reading it back.
Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence

# Marks no journal text starts with, so that a line of the person's own beginning with "#" or
# "##" stays theirs.
HEADER = "#:: "
COMMENT = "#: "


def render(intro: Sequence[str], fields: Sequence[tuple[str, str, str]]) -> str:
    """`intro` lines as comments, then per field (name, question, text) a header line with the
    field's name, the question as a comment, and the text."""
    lines = [f"{COMMENT}{line}".rstrip() for line in intro]
    for name, question, text in fields:
        lines += ["", f"{HEADER}{name}", f"{COMMENT}{question}".rstrip(), text]
    return "\n".join(lines).rstrip() + "\n"


def parse(text: str, names: Sequence[str]) -> dict[str, str]:
    """The text of each field's section (comments dropped, outer blank lines trimmed). A header
    that names no field is kept as text of the section before it."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith(HEADER) and line[len(HEADER) :].strip() in names:
            current = sections.setdefault(line[len(HEADER) :].strip(), [])
        elif line.startswith(COMMENT.rstrip()) and not line.startswith(HEADER):
            continue
        elif current is not None:
            current.append(line)
    return {name: "\n".join(lines).strip("\n") for name, lines in sections.items()}
