"""A client and their coach side by side, for the tests of what goes from one to the other:
the packet (`test_packets.py`) and questionnaires (`test_questionnaires.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conftest import Invoke, Result


def ok(result: Result) -> str:
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result.stdout


@dataclass
class Pair:
    """A client (the test's home) whose export a coach (beside it) has imported."""

    cli: Invoke
    home: Path
    coach_home: Path
    folder: Path

    def coach(self, *args: str) -> Result:
        return self.cli("--home", str(self.coach_home), "coach", *args)

    def send(self, name: str = "packet.age", client: str = "Anna") -> Path:
        path = self.folder / name
        ok(self.coach("send", client, "-o", str(path)))
        return path

    def send_and_receive(self, name: str = "packet.age") -> str:
        """A packet from the coach, taken in by the client: what `receive` said."""
        return ok(self.cli("receive", str(self.send(name)), "--yes"))

    def export(self) -> None:
        path = self.folder / "export.age"
        path.unlink(missing_ok=True)
        ok(self.cli("export", "-o", str(path)))
        ok(self.coach("import", str(path)))

    @property
    def db(self) -> Path:
        return self.home / "herstel.db"

    @property
    def coach_db(self) -> Path:
        return self.coach_home / "coach.db"
