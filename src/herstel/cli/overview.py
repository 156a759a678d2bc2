"""`herstel` on its own: a calm screen on where things stand. The next session, today's check-in
done or not (no scolding), the energy of the last two weeks, the last three entries, the active
exercises."""

from __future__ import annotations

from herstel.application.overview import overview as read_overview
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.i18n import t
from herstel.store.home import inbox_files
from herstel.ui import console
from herstel.ui.overview import overview_lines


def overview() -> None:
    """`herstel` on its own: a calm word on where things stand."""
    rt = runtime()
    found = read_overview(store=rt.existing_store(), today=rt.today())
    if found is None:
        if not rt.store_exists() and rt.coach_store_path.exists():
            # A coach's home: the coach's overview, not a client's set-up.
            from herstel.cli.clients import show_clients

            console.note(t("overview.coach_home"))
            show_clients(as_json=False)
            return
        require_trajectory()  # the setup questions, or the line that says to run init
        return  # what init just said is all the overview there is yet
    for line in overview_lines(found, rt.today()):
        console.say(line)
    if inbox_files(rt.home):
        console.say()
        console.say(t("overview.from_coach"))
