"""A day's plan as data (the JSON shape DESIGN.md names) and as lines for the terminal."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from ritmeregie.domain.model import BlockKind, DayPlan
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import display_title, kind_name, note_text


def plan_as_data(plan: DayPlan) -> dict[str, object]:
    blocks = []
    for b in plan.blocks:
        entry: dict[str, object] = {
            "kind": b.kind.value,
            "start": b.start.isoformat(),
            "end": b.end.isoformat(),
            "title": display_title(b),
        }
        if b.agenda_id is not None:
            entry["id"] = b.agenda_id
        if b.source is not None:
            entry["source"] = b.source
            entry["blocking"] = b.blocking
            if b.tentative:
                entry["tentative"] = True
            if b.all_day:
                entry["all_day"] = True
        blocks.append(entry)
    tz = ZoneInfo(plan.timezone)
    return {
        "date": plan.date.isoformat(),
        "timezone": plan.timezone,
        "blocks": blocks,
        "notes": [note_text(n, tz) for n in plan.notes],
    }


def print_blocks(plan: DayPlan) -> None:
    """The plan's blocks and notes, one line each (plan and plan --week)."""
    tz = ZoneInfo(plan.timezone)
    for b in plan.blocks:
        label = display_title(b)
        extra = f"  ({kind_name(b.kind)})" if label != kind_name(b.kind) else ""
        if b.kind in (BlockKind.BUSY, BlockKind.MEETING) and b.source is not None:
            maybe = ", " + translate("cli", "tentative") if b.tentative else ""
            extra = f"  ({kind_name(b.kind)} · {b.source}{maybe})"
        ident = f"  #{b.agenda_id}" if b.agenda_id is not None else ""
        span = translate("cli", "all day") if b.all_day else f"{b.start:%H:%M}–{b.end:%H:%M}"
        print(f"  {span:<11}  {label}{extra}{ident}")
    for note in plan.notes:
        print(f"  ! {note_text(note, tz)}")
