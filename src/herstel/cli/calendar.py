"""`herstel plan --ics FILE`: where the calendar goes, and the local zone its timed events are
written in (the events themselves: `herstel.ui.plan.calendar_bytes`)."""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path

from herstel.application.plan import PlanView
from herstel.cli.files import starts_with, write_user_file
from herstel.cli.runtime import runtime
from herstel.i18n import t
from herstel.ui import console
from herstel.ui.plan import calendar_bytes


def local_zone() -> tzinfo | None:
    """The local time zone with its IANA name (for TZID), or None when it has no name we can
    trust; the events are then written in UTC, converted with the C library's own idea of local
    time, which every calendar reads correctly.

    TZ, when set, decides (as it does for the days herstel keeps): a zone name or a zone file.
    A POSIX rule such as "CET-1CEST,M3.5.0,M10.5.0/3" has no name, so None. Only without TZ is
    /etc/localtime asked which zone it is."""
    from zoneinfo import ZoneInfo

    tz = os.environ.get("TZ")
    if tz is not None:
        name = tz.lstrip(":")
        try:
            if name.startswith("/"):
                import io

                from herstel.store.home import read_regular

                # A zone file is small; a pipe or a device by that name is never read.
                data = read_regular(Path(name), limit=1024 * 1024)
                zone = ZoneInfo.from_file(io.BytesIO(data), key=name.split("zoneinfo/")[-1])
                return zone if "zoneinfo/" in name else None
            return ZoneInfo(name) if name else None
        except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
            return None
    target = os.path.realpath("/etc/localtime")
    if "zoneinfo/" not in target:
        return None
    try:
        return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (KeyError, ValueError, OSError):
        return None


def write_calendar(target: str, view: PlanView, *, milestones: bool = False) -> None:
    """The plan as a calendar to `target` (0600; an earlier calendar of herstel's is replaced),
    or to standard output for "-"; with `milestones`, the Poortwachter milestones too."""
    data = calendar_bytes(
        view, now=runtime().utc_now(), zone=local_zone(), with_milestones=milestones
    )
    if target == "-":
        console.write_bytes(data)
        return
    path, _ = write_user_file(target, data, ours=starts_with(b"PRODID:-//herstel//"))
    console.say(t("ics.done", path=str(path)))
