"""The weekly review per manager: each their own summary (Qt-free; the CLI and the window).

Their requests done last week and still open, the open DADU actions they own (an owner written as
the manager's name, or as their first name), their coming week from their calendar layers, the
deadlines of their requests in that week, and the agreements about their requests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import day_bounds
from ritmeregie.domain.review import AgendaLine, OpenAction, working_days
from ritmeregie.storage.records import Agreement, Manager, MustDo

# DADU actions are looked for in meetings from this far back (an owner's open action does not
# age out of their review).
ACTIONS_SINCE = dt.date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class ManagerReview:
    manager: Manager
    week: dt.date  # the Monday of the week the review is about
    done: tuple[MustDo, ...]  # their requests ticked off last week
    open: tuple[MustDo, ...]  # their requests still open
    actions: tuple[OpenAction, ...]  # open DADU actions they own
    deadlines: tuple[MustDo, ...]  # their open requests due in the coming week
    agenda: tuple[AgendaLine, ...]  # their calendar layers in the coming week
    agreements: tuple[Agreement, ...]
    done_minutes: int = 0  # the estimates of their requests done last week: time spent on them


def owned_by(owner: str, manager: Manager) -> bool:
    """A DADU owner is the manager when written as their name or first name (any case)."""
    written = " ".join(owner.split()).casefold()
    if not written:
        return False
    name = manager.name.casefold()
    return written == name or written == name.split()[0]


def build_manager_review(
    store: Any, tz: ZoneInfo, manager: Manager, week: dt.date
) -> ManagerReview:
    from ritmeregie.services.review_summary import coming_agenda

    boundary = store.settings.day_boundary()
    last_start = day_bounds(week - dt.timedelta(days=7), tz, boundary)[0]
    last_end = day_bounds(week, tz, boundary)[0]
    coming_last = week + dt.timedelta(days=6)
    theirs = manager.id

    done = [m for m in store.must_dos.done_between(last_start, last_end) if m.manager_id == theirs]
    still_open = [m for m in store.must_dos.open() if m.manager_id == theirs]
    actions = [
        OpenAction(record.meeting_title, record.meeting_date, row.action, row.owner, row.deadline)
        for record in store.dadu.with_open_actions(ACTIONS_SINCE, coming_last)
        for row in record.rows
        if owned_by(row.owner, manager)
    ]
    deadlines = [m for m in still_open if m.deadline is not None and m.deadline <= coming_last]
    deadlines.sort(key=lambda m: (m.deadline, m.id))
    days = working_days(week, store.settings.rhythm().days.keys())
    layers = set(manager.layers)
    agenda = [line for line in coming_agenda(store, tz, days) if line.source in layers]
    agreements: dict[int, Agreement] = {}
    for item in [*done, *still_open]:
        for agreement in store.agreements.for_must_do(item.id):
            agreements[agreement.id] = agreement
    return ManagerReview(
        manager=manager,
        week=week,
        done=tuple(done),
        open=tuple(still_open),
        actions=tuple(actions),
        deadlines=tuple(deadlines),
        agenda=tuple(agenda),
        agreements=tuple(sorted(agreements.values(), key=lambda a: (a.created, a.id))),
        done_minutes=sum(m.estimate_minutes or 0 for m in done),
    )


def render_manager_markdown(review: ManagerReview) -> str:
    """The review with one manager as Markdown (pastes cleanly into Teams or Outlook)."""
    from ritmeregie.platform.i18n import translate
    from ritmeregie.services.manager_texts import minutes_words

    def line(item: MustDo) -> str:
        due = f" ({item.deadline.isoformat()})" if item.deadline else ""
        return f"- {item.title}{due}"

    none = translate("Managers", "(none)")
    sections: list[tuple[str, list[str]]] = [
        (translate("Managers", "Done last week"), [line(m) for m in review.done]),
        (translate("Managers", "Still open"), [line(m) for m in review.open]),
        (
            translate("Managers", "DADU actions"),
            [
                f"- {a.action} ({a.meeting}, {a.meeting_date.isoformat()})"
                + (f" · {a.deadline.isoformat()}" if a.deadline else "")
                for a in review.actions
            ],
        ),
        (
            translate("Managers", "Deadlines in the coming week"),
            [line(m) for m in review.deadlines],
        ),
        (
            translate("Managers", "Their calendar in the coming week"),
            [f"- {a.start:%d-%m %H:%M} {a.title}" for a in review.agenda],
        ),
        (
            translate("Managers", "Agreements"),
            [f"- {a.text.splitlines()[0]}" for a in review.agreements if a.text],
        ),
    ]
    out = [
        "# "
        + translate("Managers", "Weekly review with {name} — week of {date}").format(
            name=review.manager.name, date=review.week.isoformat()
        ),
        "",
    ]
    if review.done_minutes:
        out += [
            translate("Managers", "Time on their requests last week: {time} (estimated).").format(
                time=minutes_words(review.done_minutes)
            ),
            "",
        ]
    for title, lines in sections:
        out += [f"## {title}", "", *(lines or [none]), ""]
    return "\n".join(out).rstrip() + "\n"
