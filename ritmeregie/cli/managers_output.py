"""What `manager`, `request`, `matrix`, `conflicts` and `review` print: text and JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ritmeregie.domain.capacity import Conflict
from ritmeregie.domain.priority import QUADRANTS, Quadrant, Request
from ritmeregie.platform.i18n import translate
from ritmeregie.services.manager_texts import (
    advice_text,
    agreement_text,
    proposal_text,
    summary_text,
)
from ritmeregie.services.vocabulary import weekday_name


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date is not None else None


def manager_data(manager: Any) -> dict[str, object]:
    return {
        "id": manager.id,
        "name": manager.name,
        "color": manager.color,
        "layers": list(manager.layers),
        "review_weekday": manager.review_weekday,
        "review_time": manager.review_time.strftime("%H:%M") if manager.review_time else None,
        "default": manager.is_default,
    }


def manager_line(manager: Any) -> str:
    parts = [manager.name, manager.color or ""]
    if manager.is_default:
        parts.append(translate("cli", "(default)"))
    if manager.layers:
        parts.append(translate("cli", "layers: {names}").format(names=", ".join(manager.layers)))
    if manager.review_weekday is not None and manager.review_time is not None:
        monday = dt.date(2024, 1, 1)  # a Monday: the weekday's name in the user's language
        day = weekday_name(monday + dt.timedelta(days=manager.review_weekday))
        parts.append(
            translate("cli", "weekly review {day} {time}").format(
                day=day.lower(), time=manager.review_time.strftime("%H:%M")
            )
        )
    return "  ".join(p for p in parts if p)


def request_data(item: Any) -> dict[str, object]:
    return {
        "id": item.id,
        "title": item.title,
        "manager": item.manager,
        "urgent": item.urgent,
        "important": item.important,
        "quadrant": Quadrant.URGENT_IMPORTANT.value
        if item.urgent and item.important
        else Quadrant.IMPORTANT.value
        if item.important
        else Quadrant.URGENT.value
        if item.urgent
        else Quadrant.NEITHER.value,
        "deadline": _iso(item.deadline),
        "estimate_minutes": item.estimate_minutes,
        "goal": item.goal,
        "for_whom": item.needed_for,
        "impact": item.impact,
        "prefer": item.prefer.value if item.prefer is not None else None,
        "planned_for": _iso(item.planned_for),
        "done": item.done is not None,
    }


def request_line(item: Any) -> str:
    marks = ("!" if item.urgent else " ") + ("*" if item.important else " ")
    extra = []
    if item.manager:
        extra.append(item.manager)
    if item.deadline is not None:
        extra.append(translate("cli", "due {date}").format(date=item.deadline.isoformat()))
    if item.estimate_minutes is not None:
        extra.append(translate("cli", "{minutes} min").format(minutes=item.estimate_minutes))
    suffix = f"  ({', '.join(extra)})" if extra else ""
    return f"#{item.id} {marks} {item.title}{suffix}"


def quadrant_title(quadrant: Quadrant) -> str:
    return {
        Quadrant.URGENT_IMPORTANT: translate("Managers", "Urgent and important"),
        Quadrant.IMPORTANT: translate("Managers", "Important, not urgent"),
        Quadrant.URGENT: translate("Managers", "Urgent, not important"),
        Quadrant.NEITHER: translate("Managers", "Neither"),
    }[quadrant]


def print_matrix(quadrants: dict[Quadrant, tuple[Any, ...]]) -> None:
    for index, quadrant in enumerate(QUADRANTS):
        if index:
            print()
        print(quadrant_title(quadrant))
        if not quadrants[quadrant]:
            print("  " + translate("cli", "(none)"))
        for item in quadrants[quadrant]:
            print("  " + request_line(item))


def _named(request: Request, items: dict[int, Any]) -> dict[str, object]:
    item = items.get(request.id)
    if item is not None:
        return request_data(item)
    return {"id": request.id, "title": request.title, "manager": request.manager}


def conflict_data(conflict: Conflict, items: dict[int, Any], today: dt.date) -> dict[str, object]:
    named = [conflict.keep] + ([conflict.other] if conflict.other is not None else [])
    proposal = conflict.proposal
    return {
        "kind": conflict.kind.value,
        "date": conflict.date.isoformat(),
        "needed_minutes": conflict.needed_minutes,
        "available_minutes": conflict.available_minutes,
        "short_minutes": conflict.short_minutes,
        "managers": list(conflict.managers),
        "requests": [_named(r, items) for r in named],
        "involved": [r.id for r in conflict.involved],
        "proposal": {
            "move": proposal.move.id,
            "title": proposal.move.title,
            "manager": proposal.move.manager,
            "to": _iso(proposal.to),
            "affects": proposal.affects,
            "text": proposal_text(conflict),
        },
        "summary": summary_text(conflict),
        "advice": advice_text(conflict),
        "agreement": agreement_text(conflict, today),
    }


def print_conflict(conflict: Conflict, items: dict[int, Any], today: dt.date) -> None:
    print(summary_text(conflict))
    for request in conflict.involved:
        item = items.get(request.id)
        if item is not None:
            print("  " + request_line(item))
    print(proposal_text(conflict))
    print(advice_text(conflict))
    if conflict.other is None:
        return
    print(
        translate("cli", "Agreed? ritmeregie request agree {first} {second}").format(
            first=conflict.keep.id, second=conflict.proposal.move.id
        )
    )


def review_data(review: Any) -> dict[str, object]:
    return {
        "week": review.week.isoformat(),
        "manager": review.manager.name,
        "requests_done": [request_data(m) for m in review.done],
        "requests_open": [request_data(m) for m in review.open],
        "dadu": [
            {
                "meeting": a.meeting,
                "meeting_date": a.meeting_date.isoformat(),
                "action": a.action,
                "owner": a.owner,
                "deadline": _iso(a.deadline),
            }
            for a in review.actions
        ],
        "deadlines": [
            {"id": m.id, "title": m.title, "deadline": _iso(m.deadline)} for m in review.deadlines
        ],
        "agenda": [
            {
                "start": line.start.isoformat(),
                "end": line.end.isoformat(),
                "title": line.title,
                "source": line.source,
            }
            for line in review.agenda
        ],
        "agreements": [{"id": a.id, "text": a.text} for a in review.agreements],
        "done_minutes": review.done_minutes,
    }


def print_review(review: Any) -> None:
    print(
        translate("cli", "Weekly review with {name} — week of {date}").format(
            name=review.manager.name, date=review.week.isoformat()
        )
    )
    sections = (
        (translate("cli", "Done last week"), [request_line(m) for m in review.done]),
        (translate("cli", "Still open"), [request_line(m) for m in review.open]),
        (
            translate("cli", "DADU actions"),
            [
                f"{a.action} ({a.meeting}, {a.meeting_date.isoformat()})"
                + (f" · {a.deadline.isoformat()}" if a.deadline else "")
                for a in review.actions
            ],
        ),
        (
            translate("cli", "Deadlines"),
            [f"{m.deadline.isoformat()}  {m.title}" for m in review.deadlines if m.deadline],
        ),
        (
            translate("cli", "Coming week"),
            [
                f"{weekday_name(line.start.date())} {line.start:%H:%M}  {line.title}"
                for line in review.agenda
            ],
        ),
        (translate("cli", "Agreements"), [a.text.replace("\n", " ") for a in review.agreements]),
    )
    for title, lines in sections:
        print(f"  {title}:")
        if not lines:
            print("    " + translate("cli", "(none)"))
        for line in lines:
            print(f"    {line}")
