"""The platform's own scheduler and notifications, for `herstel remind`: a systemd user timer on
Linux, a crontab line where there is no systemd user session, a launchd agent on macOS; a
desktop notification through `notify-send` (with the session bus) or `osascript`.

Every outside command runs with a timeout and its output kept; what fails is undone before the
error is raised (nothing half-installed), and the error carries the line to add by hand. The
caller passes the environment and the platform, so that tests run all of it against fake
commands on PATH and a throwaway HOME and XDG_CONFIG_HOME, never the real user's scheduler.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from herstel.core.remind import Schedule, cron_fields, launchd_interval, on_calendar
from herstel.errors import HerstelError

TIMEOUT = 20  # seconds an outside command may take
MARKER = "# herstel-remind"


@dataclass(frozen=True)
class Installed:
    scheduler: str  # systemd, cron, launchd
    name: str
    files: list[str]


@dataclass(frozen=True)
class Place:
    """Where this run is: the platform, the environment, the user's home."""

    platform: str  # sys.platform
    environ: Mapping[str, str]

    @property
    def user_home(self) -> Path:
        return Path(self.environ.get("HOME") or os.path.expanduser("~"))

    def which(self, name: str) -> str | None:
        return shutil.which(name, path=self.environ.get("PATH", os.defpath))

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """An outside command; a missing one or one that hangs reads as a failure (rc 127)."""
        found = self.which(args[0])
        if found is None:
            return subprocess.CompletedProcess(args, 127, "", "")
        try:
            return subprocess.run(  # noqa: S603 - our own arguments, no shell
                [found, *args[1:]], input=stdin, capture_output=True, text=True,
                timeout=TIMEOUT, env=dict(self.environ), check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired):
            return subprocess.CompletedProcess(args, 127, "", "")


def unit_name(home: Path) -> str:
    """One reminder per home: its name carries a short hash of the home's path (resolved, so
    that `/a/../b` and a link to it are the same home)."""
    import hashlib

    return "herstel-remind-" + hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:8]


def cron_line(schedule: Schedule, command: Sequence[str], name: str) -> str:
    return f"{cron_fields(schedule)} {shlex.join(command)} {MARKER} {name}"


def install(*, place: Place, schedule: Schedule, command: Sequence[str], home: Path) -> Installed:
    """Install the reminder (or update the one of this home) with the platform's scheduler."""
    name = unit_name(home)
    if place.platform == "darwin":
        return _install_launchd(place, schedule, command, name)
    if not place.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise HerstelError("remind.platform_unsupported")
    if place.run("systemctl", "--user", "show-environment").returncode == 0:
        return _install_systemd(place, schedule, command, name)
    if place.which("crontab") is not None:
        return _install_cron(place, schedule, command, name)
    # What to add by hand: a crontab line (macOS has cron too).
    raise HerstelError("remind.no_scheduler", line=cron_line(schedule, command, name))


def remove(*, place: Place, installed: Installed) -> None:
    """Remove exactly what `install` put there."""
    if installed.scheduler == "systemd":
        disabled = place.run("systemctl", "--user", "disable", "--now", f"{installed.name}.timer")
        if disabled.returncode != 0 and any(Path(path).exists() for path in installed.files):
            raise HerstelError("remind.systemd_failed_off", name=f"{installed.name}.timer")
        _remove_files(installed.files)
        place.run("systemctl", "--user", "daemon-reload")
    elif installed.scheduler == "launchd":
        for path in installed.files:
            place.run("launchctl", "unload", "-w", path)
        _remove_files(installed.files)
    elif installed.scheduler == "cron":
        current = _crontab(place)
        if current is None:
            raise HerstelError("remind.cron_failed_off")
        kept = _without(current, installed.name)
        if kept != current and place.run("crontab", "-", stdin=kept).returncode != 0:
            raise HerstelError("remind.cron_failed_off")


# --- systemd ------------------------------------------------------------------------------------


def _systemd_folder(place: Place) -> Path:
    config = place.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(config) if config else place.user_home / ".config") / "systemd" / "user"


def _systemd_quote(arg: str) -> str:
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def _install_systemd(
    place: Place, schedule: Schedule, command: Sequence[str], name: str
) -> Installed:
    folder = _systemd_folder(place)
    service, timer = folder / f"{name}.service", folder / f"{name}.timer"
    texts = {
        service: (
            "[Unit]\nDescription=herstel: a gentle reminder\n\n[Service]\nType=oneshot\n"
            f"ExecStart={' '.join(_systemd_quote(arg) for arg in command)}\n"
        ),
        timer: (
            "[Unit]\nDescription=herstel: a gentle reminder\n\n[Timer]\n"
            f"OnCalendar={on_calendar(schedule)}\n\n[Install]\nWantedBy=timers.target\n"
        ),
    }
    failed = HerstelError("remind.scheduler_failed", line=cron_line(schedule, command, name))
    before = _put_files(texts)
    if before is None:
        raise failed
    reloaded = place.run("systemctl", "--user", "daemon-reload").returncode == 0
    if not reloaded or (
        place.run("systemctl", "--user", "enable", "--now", f"{name}.timer").returncode != 0
    ):
        # Enabling may have linked the timer before starting it failed: undone, then the files
        # as they were (and the reminder of before, if there was one, as it was).
        if before[timer] is None:
            place.run("systemctl", "--user", "disable", "--now", f"{name}.timer")
        _restore(before)
        place.run("systemctl", "--user", "daemon-reload")
        if before[timer] is not None:
            place.run("systemctl", "--user", "enable", "--now", f"{name}.timer")
        raise failed
    return Installed("systemd", name, [str(service), str(timer)])


# --- cron ---------------------------------------------------------------------------------------


def _crontab(place: Place) -> str | None:
    """The user's crontab ("" when there is none yet); None when it cannot be read."""
    found = place.run("crontab", "-l")
    if found.returncode == 0:
        return found.stdout
    if "no crontab" in (found.stderr + found.stdout).lower():
        return ""
    return None


def _without(crontab: str, name: str) -> str:
    lines = [line for line in crontab.splitlines() if not line.endswith(f"{MARKER} {name}")]
    return "".join(f"{line}\n" for line in lines)


def _install_cron(place: Place, schedule: Schedule, command: Sequence[str], name: str) -> Installed:
    line = cron_line(schedule, command, name)
    current = _crontab(place)
    if current is None:
        raise HerstelError("remind.scheduler_failed", line=line)
    if place.run("crontab", "-", stdin=_without(current, name) + line + "\n").returncode != 0:
        raise HerstelError("remind.scheduler_failed", line=line)  # crontab - writes all or none
    return Installed("cron", name, [])


# --- launchd ------------------------------------------------------------------------------------


def _install_launchd(
    place: Place, schedule: Schedule, command: Sequence[str], name: str
) -> Installed:
    import plistlib

    label = name.replace("herstel-remind-", "nl.herstel.remind.")
    path = place.user_home / "Library" / "LaunchAgents" / f"{label}.plist"
    text = plistlib.dumps(
        {
            "Label": label,
            "ProgramArguments": list(command),
            "StartCalendarInterval": launchd_interval(schedule),
            "RunAtLoad": False,
        }
    ).decode()
    failed = HerstelError("remind.scheduler_failed", line=cron_line(schedule, command, name))
    existed = path.is_file()
    if existed:  # the reminder of before, unloaded while its file changes
        place.run("launchctl", "unload", "-w", str(path))
    before = _put_files({path: text})
    if before is None or place.run("launchctl", "load", "-w", str(path)).returncode != 0:
        if before is not None:
            _restore(before)
        if existed:
            place.run("launchctl", "load", "-w", str(path))
        raise failed
    return Installed("launchd", label, [str(path)])


# --- files --------------------------------------------------------------------------------------


def _put_files(texts: Mapping[Path, str]) -> dict[Path, str | None] | None:
    """Write each file (0600, its folder made); returns what each held before (None: no
    file). None when one could not be written: then every one is as it was."""
    before = {path: path.read_text() if path.is_file() else None for path in texts}
    try:
        for path, text in texts.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, text)
    except OSError:
        _restore(before)
        return None
    return before


def _write(path: Path, text: str) -> None:
    from herstel.store.home import write_private

    write_private(path, text.encode())


def _restore(before: Mapping[Path, str | None]) -> None:
    """Put back what was there before (or nothing, where nothing was)."""
    for path, text in before.items():
        with contextlib.suppress(OSError):
            if text is None:
                path.unlink(missing_ok=True)
            else:
                _write(path, text)


def _remove_files(files: Sequence[str]) -> None:
    for path in files:
        with contextlib.suppress(OSError):
            Path(path).unlink(missing_ok=True)


# --- notifications ------------------------------------------------------------------------------


def session_bus(place: Place) -> dict[str, str]:
    """The environment with the user's session bus, which a timer or cron job may lack."""
    environ = dict(place.environ)
    if not environ.get("DBUS_SESSION_BUS_ADDRESS"):
        bus = Path(f"/run/user/{os.getuid()}/bus")
        if bus.exists():
            environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    return environ


def can_notify(place: Place) -> str | None:
    """None when a desktop notification can be shown from here; else what is missing
    (osascript, notify-send or session_bus: `remind.missing.*` says it in words)."""
    if place.platform == "darwin":
        return None if place.which("osascript") else "osascript"
    if place.which("notify-send") is None:
        return "notify-send"
    if not session_bus(place).get("DBUS_SESSION_BUS_ADDRESS"):
        return "session_bus"
    return None


def notify(place: Place, *, title: str, body: str) -> bool:
    """One desktop notification; whether it could be shown."""
    if place.platform == "darwin":
        script = f"display notification {_applescript(body)} with title {_applescript(title)}"
        return place.run("osascript", "-e", script).returncode == 0
    bus = Place(place.platform, session_bus(place))
    return bus.run("notify-send", "--app-name=herstel", title, body).returncode == 0


def _applescript(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
