"""Entry point for `herstel` and `python -m herstel`.

`--version` is answered here, before Typer or anything heavy is imported: it is the one
command whose whole cost is start-up.
"""

from __future__ import annotations

import sys


def asks_version(args: list[str]) -> bool:
    """Whether --version stands among the global options (before the command)."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--version":
            return True
        if arg in ("--home", "--lang"):
            index += 2  # the option and its value
        elif arg.startswith("-"):
            index += 1
        else:
            return False  # the command: --version is a global option, only before it
    return False


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "nudge" in args:  # run by a shell's start-up file: before anything else is imported
        from herstel.nudge import fast_args

        home = fast_args(args)
        if home is not False:
            from herstel.nudge import main as nudge

            raise SystemExit(nudge(home if isinstance(home, str) else None))
    if asks_version(args):
        from herstel import __version__

        sys.stdout.write(f"herstel {__version__}\n")
        raise SystemExit(0)
    if args == ["checkin"]:  # on a terminal, its first question comes before Typer
        from herstel.first_question import ask_first

        args = ask_first(args)
    from herstel.cli import run

    raise SystemExit(run(args))


if __name__ == "__main__":
    main()
