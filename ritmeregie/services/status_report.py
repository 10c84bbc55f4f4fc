"""The status as plain data: shared by the running app (IPC) and `ritmeregie status` without it."""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.model import Block
from ritmeregie.domain.session import Status
from ritmeregie.services.vocabulary import display_title


def block_data(block: Block | None) -> dict[str, object] | None:
    if block is None:
        return None
    return {
        "kind": block.kind.value,
        "start": block.start.isoformat(),
        "end": block.end.isoformat(),
        "title": display_title(block),
    }


def status_data(
    status: Status, next_nudge: dt.datetime | None, *, running: bool, timezone: str
) -> dict[str, object]:
    return {
        "running": running,
        "now": status.now.isoformat(timespec="seconds"),
        "timezone": timezone,
        "current": block_data(status.current),
        "minutes_left": status.minutes_left,
        "next": block_data(status.next),
        "paused_until": status.paused_until.isoformat(timespec="seconds")
        if status.paused_until
        else None,
        "next_nudge": next_nudge.isoformat(timespec="seconds") if next_nudge else None,
    }
