"""Entry point for `herstel` and `python -m herstel`.

`--version` is answered here, before Typer or anything heavy is imported: it is the one
command whose whole cost is start-up.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for arg in args:
        if arg == "--version":
            from herstel import __version__

            sys.stdout.write(f"herstel {__version__}\n")
            raise SystemExit(0)
        if not arg.startswith("-"):
            break  # --version is a global option: only before the command
    from herstel.cli import run

    raise SystemExit(run(args))


if __name__ == "__main__":
    main()
