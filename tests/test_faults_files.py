"""Files herstel reads: a hostile export is refused in bounded memory and time; only regular
files are read where the person points, never a pipe or a device; and a settings file that is
damaged, or is no file at all, never stops a command.

The hostile exports are the shapes of benchmarks/imports.py, 49 MB each, imported by a real
`herstel coach import` whose own peak memory is measured. The suite runs a few of them; the
soak mode (`HERSTEL_SOAK=1`) all. Whatever could hang (a pipe) runs in a process of its own,
with a timeout, so that a regression fails instead of blocking the suite."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import INIT, Invoke, refused
from faults import SOAK

ROOT = Path(__file__).resolve().parents[1]
WAIT = 60  # seconds: far more than any of these takes; a hang fails here
MB = 1024 * 1024


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_shapes", ROOT / "benchmarks/imports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclasses
    spec.loader.exec_module(module)
    return module


shapes = _benchmark()


def herstel(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """herstel in a process of its own (on the test's home), stopped after WAIT seconds."""
    return subprocess.run(
        [sys.executable, "-m", "herstel", *args],
        env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=WAIT, check=False,
    )  # fmt: skip


def one_line(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr.rstrip("\n")


def as_root() -> bool:
    return os.geteuid() == 0


# --- hostile exports ----------------------------------------------------------------------------

HOSTILE = [shape for shape in shapes.SHAPES if shape.expected]
QUICK = {  # one of each way the reading stops early; the soak mode runs every shape
    "16 million tiny objects",  # counted before the JSON is parsed
    "a million numbers as check-ins",  # the models stop a list at its first wrong record
    "a 50 MB string",  # keys checked first: the models would copy the object for each one missing
    "a 50 MB string, encrypted as text",  # the same, through age
    "a passphrase asking for 4 GiB",  # scrypt's work factor is looked at before it runs
}


@pytest.fixture(scope="module")
def coach_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """A coach's identity file, as `herstel coach keygen` writes it, and its public key."""
    from pyrage import x25519

    identity = x25519.Identity.generate()
    public = str(identity.to_public())
    return f"# public key: {public}\n{identity}\n".encode(), public


@pytest.mark.parametrize(
    "shape",
    [shape for shape in HOSTILE if SOAK or shape.name in QUICK],
    ids=lambda shape: shape.name,
)
def test_a_hostile_export_is_refused_in_bounded_memory(
    shape: Any, tmp_path: Path, coach_key: tuple[bytes, str]
) -> None:
    from herstel.cli.files import MAX_READ

    identity, public = coach_key
    done = shapes.measure(shape, tmp_path, size=49 * MB, identity=identity, recipient=public)
    assert done.exit_code == 1, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert shape.expected in done.stderr, done.stderr
    assert done.peak_mb < shapes.PEAK_MB, f"{shape.name}: {done.peak_mb:.0f} MB"
    assert done.size <= MAX_READ


# --- files read where the person points ---------------------------------------------------------


@pytest.fixture
def coach_home(tmp_path: Path) -> Path:
    home = tmp_path / "coach"
    home.mkdir(mode=0o700)
    return home


def fifo(path: Path) -> Path:
    os.mkfifo(path, 0o600)
    return path


def test_a_pipe_is_never_read_for_an_import(coach_home: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "export.json")
    message = one_line(herstel("--home", str(coach_home), "coach", "import", str(pipe)), 1)
    assert message == (
        f"export.json: not imported. {pipe} isn't a regular file (a pipe or a device?); give the "
        "file itself."
    )
    message = one_line(herstel("export", "--read", str(pipe)), 1)
    assert message == f"{pipe} isn't a regular file (a pipe or a device?); give the file itself."
    assert not (coach_home / "coach.db").exists()


def test_a_device_behind_a_link_is_never_read(
    cli: Invoke, coach_home: Path, tmp_path: Path
) -> None:
    link = tmp_path / "export.json"
    link.symlink_to("/dev/zero")
    message = refused(cli("--home", str(coach_home), "coach", "import", str(link)), 1)
    assert message.endswith(
        f"{link} isn't a regular file (a pipe or a device?); give the file itself."
    )


def test_a_folder_an_empty_name_and_an_unreadable_file(
    cli: Invoke, coach_home: Path, tmp_path: Path
) -> None:
    message = refused(cli("--home", str(coach_home), "coach", "import", str(tmp_path)), 1)
    assert message.endswith(f"{tmp_path} is a folder; give a file name.")
    assert refused(cli("export", "--read", ""), 2) == (
        "The file name is empty; give the file to read."
    )
    assert refused(cli("--home", str(coach_home), "coach", "import", ""), 2) == (
        "The file name is empty; give the file to read."
    )
    if not as_root():  # root reads every file
        locked = tmp_path / "locked.json"
        locked.write_text("{}")
        locked.chmod(0)
        message = refused(cli("--home", str(coach_home), "coach", "import", str(locked)), 1)
        assert message.endswith(f"Couldn't read {locked}.")


def test_standard_input_is_still_read(cli: Invoke, coach_home: Path) -> None:
    result = cli("--home", str(coach_home), "coach", "import", "-", stdin=b"[1, 2]")
    assert refused(result, 1) == "-: not imported. This JSON isn't a herstel export."


def test_a_pipe_in_place_of_the_coach_key_is_passed_by(
    coach_home: Path, tmp_path: Path, coach_key: tuple[bytes, str]
) -> None:
    import pyrage
    from pyrage import x25519

    _, public = coach_key
    sent = tmp_path / "anna.age"
    sent.write_bytes(pyrage.encrypt(b"{}", [x25519.Recipient.from_str(public)]))
    key = fifo(coach_home / "coach-identity.txt")
    message = one_line(herstel("--home", str(coach_home), "coach", "import", str(sent)), 1)
    assert message == (
        f"anna.age: not imported. {key} isn't a key herstel can read; nothing was written or read."
    )


# --- files written where the person asks --------------------------------------------------------


@pytest.fixture
def journal(cli: Invoke) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "6").exit_code == 0


NOT_A_FILE = (
    "isn't a regular file (a pipe or a device?), so herstel won't write there; choose another name."
)


@pytest.mark.parametrize("command", [("export", "--plain", "-o"), ("plan", "--ics")], ids=" ".join)
def test_a_pipe_in_the_way_is_refused_unread(
    journal: None, tmp_path: Path, command: tuple[str, ...]
) -> None:
    pipe = fifo(tmp_path / "out")
    assert one_line(herstel(*command, str(pipe)), 1) == f"{pipe} {NOT_A_FILE}"
    assert pipe.is_fifo()


def test_a_device_behind_a_link_is_refused_unread(
    cli: Invoke, journal: None, tmp_path: Path
) -> None:
    link = tmp_path / "export.json"
    link.symlink_to("/dev/zero")
    assert refused(cli("export", "--plain", "-o", str(link)), 1) == f"{link} {NOT_A_FILE}"
    assert refused(cli("plan", "--ics", "/dev/null"), 1) == f"/dev/null {NOT_A_FILE}"
    assert link.is_symlink()


def test_only_the_start_of_a_large_file_is_looked_at(
    cli: Invoke, journal: None, tmp_path: Path
) -> None:
    """Sparse files of 4 GB: one marked as an age file is larger than any export, the other
    holds no mark at its start; neither is read whole, and neither is replaced."""
    for name, start in (("big.age", b"age-encryption.org/v1\n"), ("big.ics", b"BEGIN:X\n")):
        big = tmp_path / name
        with big.open("wb") as handle:
            handle.write(start)
            handle.truncate(4 * 1024 * MB)
        command = ("export", "--plain", "-o") if name.endswith(".age") else ("plan", "--ics")
        assert "herstel didn't write it" in refused(cli(*command, str(big)), 1)
        assert big.stat().st_size == 4 * 1024 * MB


def test_a_folder_or_an_unreadable_file_in_the_way(
    cli: Invoke, journal: None, tmp_path: Path
) -> None:
    assert refused(cli("plan", "--ics", str(tmp_path)), 1) == (
        f"{tmp_path} is a folder; give a file name."
    )
    if not as_root():
        locked = tmp_path / "plan.ics"
        locked.write_text("BEGIN:VCALENDAR\nPRODID:-//herstel//\n")
        locked.chmod(0)
        assert refused(cli("plan", "--ics", str(locked)), 1) == (
            f"Couldn't write {locked}. Nothing was changed."
        )


# --- a settings file that cannot stop herstel ---------------------------------------------------


def nested(path: Path) -> None:
    path.write_text('{"language": ' + "[" * 100_000 + "]" * 100_000 + "}")


def device(path: Path) -> None:
    path.symlink_to("/dev/zero")


def locked(path: Path) -> None:
    path.write_text('{"language": "en"}')
    path.chmod(0)


SETTINGS: dict[str, Callable[[Path], None]] = {
    "nested 100000 deep": nested,
    "a pipe": fifo,
    "a link to /dev/zero": device,
    "a list": lambda path: path.write_text('["language", "en"]'),
    "wrong types": lambda path: path.write_text('{"language": 5, "forget_pending": [true]}'),
    "binary junk": lambda path: path.write_bytes(bytes(range(256)) * 40),
    "too large": lambda path: path.write_text('{"language": "' + "n" * 100_000 + '"}'),
    "a folder": lambda path: path.mkdir(),
}
if not as_root():
    SETTINGS["unreadable"] = locked

WARNING = (
    "Note: the settings file {path} couldn't be read, so herstel goes on without it (your "
    "journal is fine). Remove it to stop this note; 'herstel config' shows your settings."
)


# A pipe or a device that were read would hang or fill memory: those in processes of their own.
APART = {"a pipe", "a link to /dev/zero"}


@pytest.mark.parametrize("case", list(SETTINGS))
def test_a_broken_settings_file_stops_no_command(cli: Invoke, home: Path, case: str) -> None:
    assert cli(*INIT).exit_code == 0
    settings = home / "settings.json"
    settings.unlink()
    SETTINGS[case](settings)
    warning = WARNING.format(path=settings) + "\n"
    run: Callable[..., Any] = herstel if case in APART else cli
    for command, shown in (
        (("checkin", "--energy", "6", "--note", "Rustig"), "Saved"),
        (("log",), "Rustig"),
        (("config",), "Anna"),
    ):
        done = run(*command)
        code = done.returncode if case in APART else done.exit_code
        assert (code, done.stderr) == (0, warning), command
        assert shown in done.stdout, command


def test_the_note_is_in_the_language_of_the_run_and_a_new_file_ends_it(
    cli: Invoke, home: Path
) -> None:
    assert cli(*INIT).exit_code == 0
    settings = home / "settings.json"
    settings.write_text("{")
    result = cli("--lang", "nl", "where")
    assert result.exit_code == 0
    assert result.stderr == (
        f"Let op: het instellingenbestand {settings} kon niet gelezen worden, dus herstel gaat "
        "verder zonder (je dagboek is in orde). Haal het weg om deze melding kwijt te raken; "
        "'herstel config' laat je instellingen zien.\n"
    )
    assert cli("config", "set", "language", "nl").exit_code == 0
    assert json.loads(settings.read_text()) == {"language": "nl"}
    result = cli("where")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "reservekopie" in result.stdout


def test_a_folder_in_the_settings_place_does_not_stop_a_change(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    settings = home / "settings.json"
    settings.unlink()
    settings.mkdir()
    result = cli("config", "set", "language", "nl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == WARNING.format(path=settings) + "\n"
    assert settings.is_dir()
    result = cli("--lang", "en", "config", "--json")
    assert json.loads(result.stdout)["language"] == "nl"  # kept in the store


def test_the_first_question_on_a_terminal_waits_on_no_pipe(cli: Invoke, home: Path) -> None:
    """A bare `herstel checkin` on a terminal asks the energy before Typer (first_question.py),
    reading the settings file too: a pipe in its place is passed by, and noted once."""
    import pexpect

    from terminal import Terminal

    assert cli(*INIT).exit_code == 0
    settings = home / "settings.json"
    settings.unlink()
    fifo(settings)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "LANG")}
    env.update({"TERM": "xterm", "LANG": "C.UTF-8", "HERSTEL_LANG": "en"})
    child = Terminal(
        sys.executable, ["-m", "herstel", "checkin"], env=env, encoding="utf-8",
        dimensions=(30, 120), timeout=20,
    )  # fmt: skip
    seen = io.StringIO()
    child.logfile_read = seen
    child.expect("How much energy")
    child.send("6\r")
    while child.expect(["Saved your check-in", r"\? "]) == 1:  # the other questions: Enter
        child.send("\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert seen.getvalue().count("couldn't be read, so herstel goes on without it") == 1
    assert settings.is_fifo()
    assert [entry["energy"] for entry in json.loads(cli("log", "--json").stdout)] == [6]


def test_a_key_of_another_kind_from_a_newer_herstel_is_passed_by(cli: Invoke, home: Path) -> None:
    """Only the values herstel writes are checked: a key it doesn't know, of any type, is not
    damage (a newer herstel may write one), and the language in the file is used."""
    assert cli(*INIT).exit_code == 0
    (home / "settings.json").write_text('{"language": "nl", "reminder": {"at": 20}, "n": 1}')
    result = cli("config")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "taal" in result.stdout
