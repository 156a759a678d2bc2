"""The coach's overview of every client: `herstel coach`, `herstel coach clients`, and
`herstel` alone in a coach's home (a home with a coach's store and no journal of its own)."""

from __future__ import annotations

from herstel.application import coach as coaching
from herstel.cli.runtime import runtime
from herstel.i18n import t
from herstel.store.db import inspect_store
from herstel.ui import console
from herstel.ui.coach import clients_json, clients_note, clients_table


def show_clients(*, as_json: bool) -> None:
    rt = runtime()
    today = rt.today()
    # Looking creates nothing: without a coach's store there are no clients.
    store = rt.coach_store() if inspect_store(rt.coach_store_path).exists else None
    lines = coaching.client_overview(store=store, today=today)
    if as_json:
        console.emit_json(clients_json(lines))
        return
    if not lines:
        console.say(t("coach.clients.none"))
        return
    headers, rows = clients_table(lines, today=today, rich=console.rich_enabled())
    console.show_table(headers, rows, wrap=True)
    console.say(clients_note())
