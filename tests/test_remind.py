"""The gentle reminder and the shell's nudge, against fake schedulers on PATH and a throwaway
HOME and XDG_CONFIG_HOME: never the real user's scheduler, crontab or notifications."""

from __future__ import annotations

import json
import os
import plistlib
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused
from herstel.application.remind import remind_off, remind_on
from herstel.application.scheduler import Place
from herstel.errors import HerstelError
from herstel.store.home import resolve_home
from herstel.store.nudge_state import STATE_NAME, fast_home
from test_interactive import finish, spawn

INIT = ("init", "--name", "Anna", "--first-session", "2027-01-04")

FAKES = {
    "systemctl": """#!/bin/sh
echo "systemctl $*" >> "$FAKE_LOG"
case "$*" in
  *show-environment*) [ "${FAKE_SYSTEMD:-1}" = 1 ] || exit 1 ;;
  *" enable "*) exit "${FAKE_ENABLE_RC:-0}" ;;
  *disable*) exit "${FAKE_DISABLE_RC:-0}" ;;
esac
exit 0
""",
    "crontab": """#!/bin/sh
echo "crontab $*" >> "$FAKE_LOG"
if [ "$1" = "-l" ]; then
  if [ -f "$FAKE_CRONTAB" ]; then /bin/cat "$FAKE_CRONTAB"; exit 0; fi
  echo "no crontab for anna" >&2; exit 1
fi
[ "${FAKE_CRONTAB_RC:-0}" = 0 ] || exit 1
/bin/cat > "$FAKE_CRONTAB"
""",
    "notify-send": """#!/bin/sh
echo "notify-send $*" >> "$FAKE_LOG"
exit "${FAKE_NOTIFY_RC:-0}"
""",
    "launchctl": """#!/bin/sh
echo "launchctl $*" >> "$FAKE_LOG"
""",
}


class Fakes:
    def __init__(self, root: Path) -> None:
        self.bin = root / "fakebin"
        self.log = root / "fake.log"
        self.crontab = root / "crontab"
        self.user = root / "user"
        self.config = self.user / ".config"

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def without(self, name: str) -> None:
        (self.bin / name).unlink()

    def units(self) -> list[str]:
        folder = self.config / "systemd" / "user"
        return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def fakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fakes:
    found = Fakes(tmp_path)
    found.bin.mkdir()
    for name, script in FAKES.items():
        path = found.bin / name
        path.write_text(script)
        path.chmod(0o755)
    found.user.mkdir()
    # Only the fakes: the real systemctl or crontab can never be reached from a test.
    monkeypatch.setenv("PATH", str(found.bin))
    monkeypatch.setenv("HOME", str(found.user))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(found.config))
    monkeypatch.setenv("FAKE_LOG", str(found.log))
    monkeypatch.setenv("FAKE_CRONTAB", str(found.crontab))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.delenv("SHELL", raising=False)
    return found


def reminder(home: Path) -> dict[str, object] | None:
    path = home / "reminder.json"
    return json.loads(path.read_text()) if path.exists() else None


def test_on_with_a_systemd_user_timer_then_on_again_updates_it(
    cli: Invoke, home: Path, fakes: Fakes
) -> None:
    assert cli(*INIT).exit_code == 0
    result = cli("remind", "on", "--at", "20:00")
    assert result.exit_code == 0, result.stderr
    assert "Reminder on: every day at 20:00." in result.stdout
    (service, timer) = fakes.units()
    assert service.endswith(".service") and timer.endswith(".timer")
    folder = fakes.config / "systemd" / "user"
    assert "OnCalendar=*-*-* 20:00:00" in (folder / timer).read_text()
    exec_line = next(
        line
        for line in (folder / service).read_text().splitlines()
        if line.startswith("ExecStart=")
    )
    # The installed herstel by its full path, and the home it was set for.
    assert f'"{sys.executable}"' in exec_line and f'"--home" "{home}" "remind" "fire"' in exec_line
    assert oct((folder / timer).stat().st_mode & 0o777) == "0o600"
    assert fakes.calls() == [
        "systemctl --user show-environment",
        "systemctl --user daemon-reload",
        f"systemctl --user enable --now {timer}",
    ]
    # Twice: the same reminder changed, never a second one.
    again = cli("remind", "on", "--at", "7:30", "--every", "week")
    assert again.exit_code == 0, again.stderr
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert f"Reminder changed: every week on {weekday[TODAY.weekday()]} at 07:30." in again.stdout
    assert fakes.units() == [service, timer]
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[TODAY.weekday()]
    assert f"OnCalendar={day} *-*-* 07:30:00" in (folder / timer).read_text()
    shown = json.loads(cli("remind", "--json").stdout)
    assert (shown["set"], shown["every"], shown["at"], shown["scheduler"]) == (
        True, "week", "07:30", "systemd"
    )  # fmt: skip
    assert shown["weekday"] == TODAY.isoweekday() and shown["files"] == [
        str(folder / service),
        str(folder / timer),
    ]
    status = cli("remind").stdout
    assert "Reminder: every week on" in status and "systemd user timer" in status


def test_off_removes_exactly_what_was_installed(cli: Invoke, home: Path, fakes: Fakes) -> None:
    assert cli(*INIT).exit_code == 0
    folder = fakes.config / "systemd" / "user"
    folder.mkdir(parents=True)
    (folder / "other.timer").write_text("[Timer]\n")  # someone else's: stays
    assert cli("remind", "on").exit_code == 0
    (timer,) = [name for name in fakes.units() if name.startswith("herstel-remind")][1:]
    result = cli("remind", "off")
    assert result.exit_code == 0, result.stderr
    assert "Reminder off" in result.stdout
    assert fakes.units() == ["other.timer"]
    assert f"systemctl --user disable --now {timer}" in fakes.calls()
    assert reminder(home) is None
    # Nothing set: said plainly, exit 1, nothing touched.
    calls = len(fakes.calls())
    assert "No reminder is set here" in refused(cli("remind", "off"), 1)
    assert len(fakes.calls()) == calls
    assert "Er staat hier geen herinnering" in refused(cli("--lang", "nl", "remind", "off"), 1)


def test_a_crontab_line_where_there_is_no_systemd_user_session(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMD", "0")
    assert cli(*INIT).exit_code == 0
    fakes.crontab.write_text("0 3 * * * /usr/bin/backup\n")
    assert cli("remind", "on", "--at", "20.15").exit_code == 0
    assert cli("remind", "on", "--at", "21:00", "--every", "month").exit_code == 0
    lines = fakes.crontab.read_text().splitlines()
    assert lines[0] == "0 3 * * * /usr/bin/backup"
    (ours,) = lines[1:]
    assert ours.startswith(f"0 21 {min(TODAY.day, 28)} * * ")
    assert f"--home {home} remind fire # herstel-remind herstel-remind-" in ours
    assert "Set with a line in your crontab (marked herstel-remind-" in cli("remind").stdout
    assert cli("remind", "off").exit_code == 0
    assert fakes.crontab.read_text() == "0 3 * * * /usr/bin/backup\n"


def test_no_scheduler_at_all_gives_the_line_to_add_and_installs_nothing(
    cli: Invoke, home: Path, fakes: Fakes
) -> None:
    assert cli(*INIT).exit_code == 0
    fakes.without("systemctl")
    fakes.without("crontab")
    message = refused(cli("remind", "on", "--at", "20:00"), 1)
    assert "No scheduler was found" in message and "Nothing was installed" in message
    assert "0 20 * * * " in message and "remind fire" in message
    assert reminder(home) is None and fakes.units() == []


def test_a_scheduler_that_fails_leaves_nothing_half_installed(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    monkeypatch.setenv("FAKE_ENABLE_RC", "1")
    message = refused(cli("remind", "on"), 1)
    assert "did not take the reminder; nothing was installed" in message
    assert fakes.units() == [] and reminder(home) is None
    # A reminder already set stays as it was when changing it fails.
    monkeypatch.setenv("FAKE_ENABLE_RC", "0")
    assert cli("remind", "on", "--at", "19:00").exit_code == 0
    before = {
        name: (fakes.config / "systemd" / "user" / name).read_text() for name in fakes.units()
    }
    monkeypatch.setenv("FAKE_ENABLE_RC", "1")
    refused(cli("remind", "on", "--at", "22:00"), 1)
    after = {name: (fakes.config / "systemd" / "user" / name).read_text() for name in fakes.units()}
    assert after == before
    assert reminder(home) is not None and reminder(home)["at"] == "19:00"  # type: ignore[index]
    # A crontab that cannot be written: nothing changed either.
    monkeypatch.setenv("FAKE_SYSTEMD", "0")
    monkeypatch.setenv("FAKE_CRONTAB_RC", "1")
    assert cli("remind", "off").exit_code == 0
    refused(cli("remind", "on"), 1)
    assert not fakes.crontab.exists() and reminder(home) is None


def test_a_failed_enable_is_undone_and_a_failed_disable_keeps_the_reminder(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    monkeypatch.setenv("FAKE_ENABLE_RC", "1")
    refused(cli("remind", "on"), 1)
    # systemd may have linked the timer before starting it failed: it is disabled again.
    assert any(" disable --now herstel-remind-" in call for call in fakes.calls())
    monkeypatch.setenv("FAKE_ENABLE_RC", "0")
    assert cli("remind", "on").exit_code == 0
    units = fakes.units()
    monkeypatch.setenv("FAKE_DISABLE_RC", "1")  # no user bus over ssh, say
    message = refused(cli("remind", "off"), 1)
    assert "could not be turned off" in message and "it is still set" in message
    assert fakes.units() == units and reminder(home) is not None


def test_moving_to_another_scheduler_installs_first_then_removes_the_old(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("remind", "on").exit_code == 0
    units = fakes.units()
    # No user session any more, and no crontab to move to: the timer stays as it was.
    monkeypatch.setenv("FAKE_SYSTEMD", "0")
    fakes.without("crontab")
    refused(cli("remind", "on", "--at", "21:00"), 1)
    assert fakes.units() == units
    assert not any("disable" in call for call in fakes.calls())
    shown = json.loads(cli("remind", "--json").stdout)
    assert (shown["scheduler"], shown["at"]) == ("systemd", "20:00")
    # With a crontab: the line is written, then the timer goes.
    (fakes.bin / "crontab").write_text(FAKES["crontab"])
    (fakes.bin / "crontab").chmod(0o755)
    assert cli("remind", "on", "--at", "21:00").exit_code == 0
    assert fakes.units() == [] and "remind fire" in fakes.crontab.read_text()
    assert json.loads(cli("remind", "--json").stdout)["scheduler"] == "cron"


def test_the_same_home_spelled_another_way_is_one_reminder(
    cli: Invoke, home: Path, fakes: Fakes
) -> None:
    assert cli(*INIT).exit_code == 0
    spelled = home.parent / "elsewhere" / ".." / home.name
    (home.parent / "elsewhere").mkdir()
    assert cli("--home", str(spelled), "remind", "on").exit_code == 0
    assert cli("remind", "on", "--at", "21:00").exit_code == 0
    assert len(fakes.units()) == 2  # one timer and its service
    assert cli("remind", "off").exit_code == 0
    assert fakes.units() == []


def test_what_is_missing_for_a_notification_is_said_in_dutch(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    if Path(f"/run/user/{os.getuid()}/bus").exists():
        pytest.skip("this machine has a session bus herstel would find")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert cli(*INIT).exit_code == 0
    result = cli("--lang", "nl", "remind", "on")
    assert "(geen sessiebus naar het bureaublad)" in result.stdout
    assert "(no session bus to reach the desktop)" in cli("remind").stdout


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("--at", "25:00"), "'25:00' isn't a time; write it like 14:30."),
        (("--at", "soon"), "'soon' isn't a time"),
        (("--every", "hour"), "'hour' is not day, week or month"),
    ],
)
def test_bad_times_and_rhythms_are_usage_errors(
    cli: Invoke, home: Path, fakes: Fakes, args: tuple[str, ...], shown: str
) -> None:
    assert cli(*INIT).exit_code == 0
    assert shown in refused(cli("remind", "on", *args), 2)
    assert fakes.calls() == [] and reminder(home) is None


def test_a_pause_in_the_past_is_refused_and_one_ahead_keeps_it_quiet(
    cli: Invoke, home: Path, fakes: Fakes
) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("remind", "on").exit_code == 0
    assert "has already passed" in refused(cli("remind", "pause", "--until", "yesterday"), 2)
    assert "is al voorbij" in refused(cli("--lang", "nl", "remind", "pause", "--until", "-3d"), 2)
    assert "'someday' isn't a date" in refused(cli("remind", "pause", "--until", "someday"), 2)
    until = (TODAY + timedelta(days=10)).isoformat()
    result = cli("remind", "pause", "--until", until)
    assert result.exit_code == 0, result.stderr
    assert "paused up to and including" in result.stdout
    assert cli("remind", "fire").exit_code == 0
    assert not any(call.startswith("notify-send") for call in fakes.calls())
    after = {"HERSTEL_TODAY": f"{(TODAY + timedelta(days=11)).isoformat()}T20:00"}
    assert cli("remind", "fire", env=after).exit_code == 0
    assert [c for c in fakes.calls() if c.startswith("notify-send")] == [
        "notify-send --app-name=herstel herstel A moment for your check-in?"
    ]
    # A pause that ran out is not shown any more.
    assert "Paused" not in cli("remind", env=after).stdout
    assert "Paused up to and including" in cli("remind").stdout
    # `remind on` again ends a pause, and says so.
    assert cli("remind", "pause", "--until", until).exit_code == 0
    again = cli("remind", "on")
    assert "The pause up to and including" in again.stdout and "ends with this" in again.stdout
    assert json.loads(cli("remind", "--json").stdout)["paused_until"] is None


def test_fire_notifies_once_on_a_day_without_a_checkin(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("remind", "on").exit_code == 0

    def notified() -> list[str]:
        return [call for call in fakes.calls() if call.startswith("notify-send")]

    assert cli("remind", "fire").exit_code == 0
    assert cli("remind", "fire").exit_code == 0  # at most once a day
    assert len(notified()) == 1
    tomorrow = {"HERSTEL_TODAY": f"{(TODAY + timedelta(days=1)).isoformat()}T20:00"}
    assert cli("checkin", "--energy", "5", env=tomorrow).exit_code == 0
    assert cli("remind", "fire", env=tomorrow).exit_code == 0  # checked in: quiet
    assert len(notified()) == 1
    # In Dutch, and neutral words: no count of missed days.
    later = {"HERSTEL_TODAY": f"{(TODAY + timedelta(days=3)).isoformat()}T20:00"}
    assert cli("--lang", "nl", "remind", "fire", env=later).exit_code == 0
    assert (
        notified()[-1] == "notify-send --app-name=herstel herstel Even een moment voor je check-in?"
    )
    # A notification that cannot be shown: one line, exit 1.
    monkeypatch.setenv("FAKE_NOTIFY_RC", "1")
    last = {"HERSTEL_TODAY": f"{(TODAY + timedelta(days=5)).isoformat()}T20:00"}
    assert "could not be shown" in refused(cli("remind", "fire", env=last), 1)


def test_weekly_looks_at_the_last_seven_days(cli: Invoke, home: Path, fakes: Fakes) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("remind", "on", "--every", "week").exit_code == 0
    assert cli("checkin", "--date", "-6d", "--energy", "5").exit_code == 0
    assert cli("remind", "fire").exit_code == 0
    assert not [c for c in fakes.calls() if c.startswith("notify-send")]
    week_on = {"HERSTEL_TODAY": f"{(TODAY + timedelta(days=1)).isoformat()}T20:00"}
    assert cli("remind", "fire", env=week_on).exit_code == 0
    assert len([c for c in fakes.calls() if c.startswith("notify-send")]) == 1


def test_where_no_desktop_can_be_reached_on_says_so(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    fakes.without("notify-send")
    result = cli("remind", "on")
    assert result.exit_code == 0, result.stderr
    assert "No desktop notification can be shown from here (notify-send not found)" in (
        result.stdout
    )
    assert "herstel remind shell" in result.stdout
    assert json.loads(cli("remind", "--json").stdout)["can_notify"] is False


def test_launchd_on_macos(home: Path, fakes: Fakes, cli: Invoke) -> None:
    assert cli(*INIT).exit_code == 0
    place = Place("darwin", os.environ)
    command = ["/opt/herstel/bin/herstel", "--home", str(home), "remind", "fire"]
    shown = remind_on(
        home=home, place=place, at=time(20, 0), every="month", today=date(2027, 1, 31),
        command=command,
    )  # fmt: skip
    assert shown.reminder is not None and shown.reminder.scheduler == "launchd"
    (path,) = shown.reminder.files
    agent = plistlib.loads(Path(path).read_bytes())
    assert agent["ProgramArguments"] == command
    assert agent["StartCalendarInterval"] == {"Hour": 20, "Minute": 0, "Day": 28}
    assert Path(path).parent == fakes.user / "Library" / "LaunchAgents"
    assert f"launchctl load -w {path}" in fakes.calls()
    remind_off(home=home, place=place)
    assert not Path(path).exists() and f"launchctl unload -w {path}" in fakes.calls()


def test_windows_is_said_plainly(home: Path, fakes: Fakes, cli: Invoke) -> None:
    assert cli(*INIT).exit_code == 0
    with pytest.raises(HerstelError) as raised:
        remind_on(
            home=home, place=Place("win32", os.environ), at=time(20, 0), every="day",
            today=TODAY, command=["herstel"],
        )  # fmt: skip
    assert raised.value.key == "remind.platform_unsupported"


def test_remind_shell_prints_a_guarded_line(
    cli: Invoke, home: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    result = cli("remind", "shell")
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()  # the line alone on stdout: `>> ~/.bashrc` works
    assert line.startswith("[[ $- == *i* ]] && ") and line.endswith(f"--home {home} nudge")
    assert "~/.bashrc" in result.stderr
    monkeypatch.setenv("SHELL", "/usr/bin/fish")
    fish = cli("remind", "shell")
    assert fish.stdout.startswith("status is-interactive; and ")
    assert "config.fish" in fish.stderr


# --- the nudge ----------------------------------------------------------------------------------


def nudge(
    home: Path, *, on: date = TODAY, lang: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`herstel nudge` as a shell runs it: a process of its own, its fast way."""
    env = {**os.environ, "HERSTEL_HOME": str(home), "HERSTEL_TODAY": f"{on.isoformat()}T08:00"}
    return subprocess.run(
        [sys.executable, "-m", "herstel", "nudge"], env=env, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip


def test_the_nudge_in_the_first_shell_of_a_day_without_a_checkin(cli: Invoke, home: Path) -> None:
    assert nudge(home).stdout == ""  # no home: nothing
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "5", "--date", "yesterday").exit_code == 0
    first = nudge(home)
    assert (first.returncode, first.stdout, first.stderr) == (
        0, f"No check-in yet today. When you have a minute: herstel --home {home} checkin\n", ""
    )  # fmt: skip
    assert nudge(home).stdout == ""  # the second shell of the day: nothing
    assert oct((home / STATE_NAME).stat().st_mode & 0o777) == "0o600"
    tomorrow = TODAY + timedelta(days=1)
    assert cli("config", "set", "language", "nl").exit_code == 0
    assert nudge(home, on=tomorrow).stdout.startswith("Nog geen check-in vandaag.")
    env = {"HERSTEL_TODAY": f"{(tomorrow + timedelta(days=1)).isoformat()}T08:00"}
    assert cli("checkin", "--energy", "6", env=env).exit_code == 0
    assert nudge(home, on=tomorrow + timedelta(days=1)).stdout == ""  # checked in: nothing


def test_a_deleted_checkin_brings_the_nudge_back(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "5").exit_code == 0
    assert nudge(home).stdout == ""  # checked in today
    ident = json.loads(cli("log", "--json").stdout)[0]["id"]
    assert cli("delete", ident, "--yes").exit_code == 0
    assert nudge(home).stdout.startswith("No check-in yet today.")


def test_a_restored_journal_brings_its_day_and_its_language_to_the_nudge(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    assert cli(*INIT, "--language", "nl").exit_code == 0
    assert cli("checkin", "--energy", "5", "--date", "yesterday").exit_code == 0
    backup = tmp_path / "journal.db"
    assert cli("backup", str(backup)).exit_code == 0
    assert cli("config", "set", "language", "en").exit_code == 0
    assert cli("checkin", "--energy", "6").exit_code == 0
    assert nudge(home).stdout == ""  # checked in today
    assert cli("restore", str(backup)).exit_code == 0
    # The restored journal has no check-in today, and speaks Dutch.
    assert nudge(home).stdout.startswith("Nog geen check-in vandaag.")


def test_in_the_default_home_the_nudge_names_plain_herstel_checkin(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("HERSTEL_HOME")
    default = resolve_home(None, os.environ)
    assert cli(*INIT).exit_code == 0 and default.is_dir()
    shell = cli("remind", "shell").stdout.strip()  # the default home: no --home in the line
    assert shell.startswith("[[ $- == *i* ]] && ") and shell.endswith(" nudge")
    assert "--home" not in shell
    state = (default / STATE_NAME).read_text()
    assert "line=No check-in yet today. When you have a minute: herstel checkin\n" in state


def test_a_one_off_lang_leaves_the_nudge_in_the_stored_language(cli: Invoke, home: Path) -> None:
    assert cli(*INIT, "--language", "nl").exit_code == 0
    assert cli("--lang", "en", "checkin", "--energy", "5", "--date", "yesterday").exit_code == 0
    assert nudge(home).stdout.startswith("Nog geen check-in vandaag.")


def test_the_nudge_rests_during_a_pause_and_on_a_damaged_state(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "5", "--date", "yesterday").exit_code == 0
    until = TODAY + timedelta(days=3)
    result = cli("remind", "pause", "--until", until.isoformat())
    assert "nudge is paused" in result.stdout
    assert "The nudge is paused up to and including" in cli("remind").stdout  # no reminder set
    assert nudge(home).stdout == "" and nudge(home, on=until).stdout == ""
    assert nudge(home, on=until + timedelta(days=1)).stdout != ""
    for damaged in (b"\xff\xfe", b"line", b"x" * 10_000, b""):
        (home / STATE_NAME).write_bytes(damaged)
        found = nudge(home, on=until + timedelta(days=2))
        assert (found.returncode, found.stdout, found.stderr) == (0, "", "")
    (home / STATE_NAME).unlink()
    (home / STATE_NAME).mkdir()  # a folder in its place
    found = nudge(home, on=until + timedelta(days=2))
    assert (found.returncode, found.stdout) == (0, "")


def test_nudge_through_typer_and_on_a_terminal(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("remind", "shell").exit_code == 0  # keeps the state: the line is there
    line = f"No check-in yet today. When you have a minute: herstel --home {home} checkin\n"
    assert cli("nudge").stdout == line
    assert cli("nudge").stdout == ""
    assert "One calm line in the first shell" in cli("nudge", "--help").stdout
    (home / STATE_NAME).unlink()
    assert cli("remind", "shell").exit_code == 0
    child = spawn(home, "nudge", extra_env={"HERSTEL_TODAY": f"{TODAY.isoformat()}T08:00"})
    child.expect("No check-in yet today")
    assert finish(child) == 0


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"HERSTEL_HOME": "~/journal"},
        {"XDG_DATA_HOME": "/data/anna"},
        {"XDG_DATA_HOME": "  "},
        {"HERSTEL_HOME": "relative/place", "XDG_DATA_HOME": "/data"},
    ],
)
def test_the_nudge_finds_the_home_as_every_command_does(environ: dict[str, str]) -> None:
    env = {"HOME": "/home/anna", **environ}
    old = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update(env)  # platformdirs reads os.environ itself
        assert fast_home(None, env) == str(resolve_home(None, env))
        assert fast_home("~/x", env) == str(resolve_home("~/x", env))
    finally:
        os.environ.clear()
        os.environ.update(old)
