"""Generate docs/cli.md (in English) from the app itself: `python -m herstel.cli.docs`.

A test fails when the file on disk differs from what this produces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HEADER = """# Command reference

Generated from `herstel --help` by `python -m herstel.cli.docs`; do not edit by hand.
Global options (`--home`, `--lang`, `--version`) come before the command and only there.
"""


def _walk(command: Any, ctx: Any) -> list[tuple[Any, Any]]:
    from herstel.cli.help import HerstelGroup

    found = [(command, ctx)]
    if isinstance(command, HerstelGroup):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                found += _walk(
                    sub, type(ctx)(sub, info_name=name, parent=ctx, **sub.context_settings)
                )
    return found


def generate() -> str:
    from typer._click import Context

    from herstel.cli.app import build_app
    from herstel.cli.help import render_help
    from herstel.i18n import set_language

    set_language("en")
    root = build_app()
    parts = [HEADER]
    for command, ctx in _walk(root, Context(root, info_name="herstel", **root.context_settings)):
        parts.append(f"## `{ctx.command_path}`\n\n```text\n{render_help(ctx, command)}```\n")
    return "\n".join(parts)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        sys.exit("usage: python -m herstel.cli.docs [FILE]  (default docs/cli.md)")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/cli.md")
    target.write_text(generate(), encoding="utf-8")


if __name__ == "__main__":
    main()
