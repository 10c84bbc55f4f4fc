"""The words of a conflict: the proposal, the seeds' advice (a short three-way talk), and the
agreement to copy into mail or Teams. In the user's language (platform.i18n)."""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.capacity import Conflict, ConflictKind
from ritmeregie.domain.priority import Request
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import month_name, weekday_name


def long_date(date: dt.date) -> str:
    """'Monday 7 December 2026' / 'maandag 7 december 2026': a date inside a sentence."""
    return translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(date), day=date.day, month=month_name(date.month), year=date.year
    )


def minutes_words(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("Managers", "{minutes} min").format(minutes=rest)
    if not rest:
        return translate("Managers", "{hours} h").format(hours=hours)
    return translate("Managers", "{hours} h {minutes:02d} min").format(hours=hours, minutes=rest)


def who(request: Request) -> str:
    """'Notitie RvC (Anna)' — a request with its manager, when it has one."""
    if request.manager:
        return translate("Managers", "{title} ({manager})").format(
            title=request.title, manager=request.manager
        )
    return request.title


def summary_text(conflict: Conflict) -> str:
    """One line: what does not fit by when."""
    if conflict.kind is ConflictKind.COMPETING_URGENT and conflict.other is not None:
        return translate(
            "Managers",
            "{first} and {second} are both urgent and compete for the same hours before {date}: "
            "{needed} of work, {available} of focus time.",
        ).format(
            first=who(conflict.keep),
            second=who(conflict.other),
            date=long_date(conflict.date),
            needed=minutes_words(conflict.needed_minutes),
            available=minutes_words(conflict.available_minutes),
        )
    return translate(
        "Managers",
        "The work due by {date} does not fit: {needed} of work, {available} of focus time.",
    ).format(
        date=long_date(conflict.date),
        needed=minutes_words(conflict.needed_minutes),
        available=minutes_words(conflict.available_minutes),
    )


def proposal_text(conflict: Conflict) -> str:
    proposal = conflict.proposal
    if proposal.to is None:
        text = translate("Managers", "Proposal: {request} could move; there is no room for it yet.")
    else:
        text = translate("Managers", "Proposal: {request} could move to {date}.")
    text = text.format(
        request=who(proposal.move), date=long_date(proposal.to) if proposal.to else ""
    )
    if proposal.affects:
        text += " " + translate("Managers", "That affects: {affects}").format(
            affects=proposal.affects
        )
    return text


def advice_text(conflict: Conflict) -> str:
    """The seeds' advice: not choosing alone, but a short talk with both managers."""
    managers = conflict.managers
    if len(managers) >= 2:
        return translate(
            "Managers",
            "Plan a short talk with {first} and {second} together: put both requests side by "
            "side, let them choose what goes first, and write the agreement down.",
        ).format(first=managers[0], second=managers[1])
    if managers:
        return translate(
            "Managers",
            "Ask {manager} what can move: name the work and the time there is, and write the "
            "agreement down.",
        ).format(manager=managers[0])
    return translate(
        "Managers", "Choose what can move, and tell whoever is waiting for it in good time."
    )


def agreement_text(conflict: Conflict, today: dt.date) -> str:
    """The agreement to copy into mail or Teams (plain text that pastes well)."""
    proposal = conflict.proposal
    lines = [
        translate("Managers", "Agreement on priorities ({date})").format(date=long_date(today)),
        "- "
        + translate("Managers", "First: {request}, needed by {date}.").format(
            request=who(conflict.keep),
            date=long_date(conflict.keep.deadline or conflict.date),
        ),
    ]
    if proposal.to is not None:
        lines.append(
            "- "
            + translate("Managers", "Moves: {request}, now needed by {date}.").format(
                request=who(proposal.move), date=long_date(proposal.to)
            )
        )
    else:
        lines.append(
            "- "
            + translate("Managers", "Moves: {request}, to a date still to be agreed.").format(
                request=who(proposal.move)
            )
        )
    if proposal.affects:
        lines.append(
            "- " + translate("Managers", "That affects: {affects}").format(affects=proposal.affects)
        )
    if conflict.managers:
        lines.append(
            translate("Managers", "Agreed with {names}.").format(
                names=translate("Managers", " and ").join(conflict.managers)
            )
        )
    return "\n".join(lines)
