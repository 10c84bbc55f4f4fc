"""The benchmark's CalDAV section (issue 20): what a sync costs against a real Radicale.

Requests are counted on the wire (services/caldav/connection.py): a sync with nothing changed
must be one request per bound collection, whatever the store holds; a change costs one more
request per object. Times are shown for context (they are the loopback server's, not a
network's).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import time
from pathlib import Path
from typing import Any

from .report import Figure, Verdict

ITEMS = 300


def _figures(work: Path, items: int) -> list[Figure]:
    from ritmeregie.services.caldav import service
    from ritmeregie.storage import open_store

    from .radicale import RadicaleServer

    server = RadicaleServer(work / "radicale")
    server.start()
    figures: list[Figure] = []
    try:
        password = lambda account: server.password  # noqa: E731
        manager = server.make_collection("directie")
        with open_store(work / "caldav-store") as store:
            store.caldav.add_account("Bench", server.url, server.user)
            service.publish(store, "Bench", "/sanne/agenda/", None, True, password)
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)
            for n in range(items):
                at = start + dt.timedelta(hours=n)
                store.agenda.add(f"Overleg {n}", at, at + dt.timedelta(minutes=30), "UTC")
                if n % 3 == 0:
                    store.must_dos.add(f"Actie {n}")
            service.add_layer(store, "Directie", "Bench", manager, password)
            began = time.perf_counter()
            first = service.sync(store, password)
            first_s = time.perf_counter() - began
            began = time.perf_counter()
            quiet = service.sync(store, password)
            quiet_s = time.perf_counter() - began
            item = store.agenda.entries_between(start, start + dt.timedelta(hours=1))[0]
            store.agenda.update(item.id, title="Overleg (verzet)")
            one = service.sync(store, password)
        collections = len(quiet.collections)
        figures.append(
            Figure(
                "CalDAV sync, nothing changed",
                quiet.requests,
                "requests",
                target=f"= {collections} (one per collection)",
                verdict=Verdict.PASS if quiet.requests == collections else Verdict.FAIL,
                note=f"{items} agenda items, {len(range(0, items, 3))} must-do's, a layer; "
                f"took {quiet_s * 1000:.0f} ms on loopback",
            )
        )
        figures.append(
            Figure(
                "CalDAV sync, one item edited",
                one.requests,
                "requests",
                target=f"≤ {collections + 2}",
                verdict=Verdict.PASS if one.requests <= collections + 2 else Verdict.FAIL,
                note="the report per collection, then one PUT for the edit (and the rhythm's "
                "blocks when the edit moved them)",
            )
        )
        figures.append(
            Figure(
                "CalDAV first sync",
                round(first_s, 2),
                "s",
                note=f"{first.requests} requests: every item and must-do put once",
            )
        )
    finally:
        server.stop()
    return figures


def section(ctx: Any) -> None:
    if importlib.util.find_spec("radicale") is None:
        ctx.report.add(
            Figure(
                "CalDAV sync",
                None,
                "requests",
                verdict=Verdict.PENDING,
                note="Radicale is not installed (tools/dev installs it)",
            )
        )
        return
    items = max(10, int(ITEMS * ctx.settings.size_factor))
    ctx.say(f"caldav: {items} agenda items against a local Radicale")
    for figure in _figures(ctx.work, items):
        ctx.report.add(figure)
