"""`herstel plan --ics FILE`: the ten sessions as an RFC 5545 calendar.

Each session keeps one UID for good, and its SEQUENCE grows with every change, so that importing
the file again after a move updates the event instead of adding a second one. Notes and cancel
reasons stay out: a calendar is often synced to someone else's server.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from herstel.i18n import t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.store.models import Trajectory
    from herstel.store.session_models import CoachingSession

UID_DOMAIN = "herstel.invalid"  # RFC 2606: a name that is never anyone's host
SESSION_MINUTES = 60


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
                with open(name, "rb") as handle:
                    zone = ZoneInfo.from_file(handle, key=name.split("zoneinfo/")[-1])
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


def calendar_bytes(
    trajectory: Trajectory, sessions: list[CoachingSession], *, now: datetime
) -> bytes:
    import icalendar

    from herstel.core.schedule import date_of
    from herstel.core.trajectory import SESSIONS

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//herstel//herstel//" + t("ics.language_tag"))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", t("ics.name"))
    zone = local_zone()
    for slot in sessions:
        event = icalendar.Event()
        event.add("uid", f"{slot.id}@{UID_DOMAIN}")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("last-modified", slot.updated_at.astimezone(UTC))
        event.add("created", slot.created_at.astimezone(UTC))
        event.add("sequence", sequence(slot.created_at, slot.updated_at))
        coach = trajectory.coach_name
        summary = (
            t("ics.summary_with", number=slot.number, of=SESSIONS, coach=coach)
            if coach
            else t("ics.summary", number=slot.number, of=SESSIONS)
        )
        event.add("summary", summary)
        day = date_of(slot)
        if slot.time:
            start = _local(day, slot.time, zone)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=SESSION_MINUTES))
        else:
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a day marked, not a day made busy
        event.add("status", "CANCELLED" if slot.status == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
    if zone is not None:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def sequence(created: datetime, updated: datetime) -> int:
    """RFC 5545 SEQUENCE: 0 while a session was never changed, then one more than the whole
    seconds between its creation and its last change. It grows with every change made a second
    or more after the one before, and stays put while nothing changes; it fits in 32 bits for
    68 years."""
    if updated <= created:
        return 0
    return 1 + int((updated - created).total_seconds())


def _local(day: date, clock: str, zone: tzinfo | None) -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    naive = datetime(day.year, day.month, day.day, hour, minute)
    if zone is not None:
        return naive.replace(tzinfo=zone)
    return naive.astimezone().astimezone(UTC)  # the machine's zone, written as UTC


def write_calendar(target: str) -> None:
    from herstel.cli.plan import read_plan
    from herstel.store.models import utc_now

    view = read_plan()
    data = calendar_bytes(view.trajectory, view.sessions, now=utc_now())
    if target == "-":
        console.write_bytes(data)
        return
    from herstel.cli.files import starts_with, write_user_file

    path, _ = write_user_file(target, data, ours=starts_with(b"PRODID:-//herstel//"))
    console.say(t("ics.done", path=str(path)))
