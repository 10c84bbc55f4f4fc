"""Quick replies ("Snel antwoord"): short texts for the moments the profession names — a friendly
no, "not this week, next week", an overfull agenda, unnecessary cc's, an unrealistic deadline,
"bel me gerust", the doel-actie-deadline opener — with placeholders filled from the store.

Qt-free: the command line (`ritmeregie phrases`) and the "Snel antwoord…" window share it. The
defaults speak the app's language; a text she edits is stored as she wrote it (setting
`phrases`, name -> text) and wins over the default. Placeholders are replaced literally, so a
stray brace in her own text can never break anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import BlockKind
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import month_name, weekday_name

if TYPE_CHECKING:
    from ritmeregie.storage import Store

# Stable names: `ritmeregie phrases copy NAME` and the stored setting use them.
PHRASE_NAMES = (
    "friendly-no",
    "next-week",
    "full-agenda",
    "cc",
    "deadline",
    "call-me",
    "doubt",
    "opener",
)
PLACEHOLDERS = ("{manager}", "{next_free_slot}")


@dataclass(frozen=True, slots=True)
class Phrase:
    name: str
    title: str
    template: str  # with {manager} / {next_free_slot}
    edited: bool  # her own wording (False: the default)


@dataclass(frozen=True, slots=True)
class PhraseContext:
    manager: str | None = None
    next_free_slot: dt.datetime | None = None  # local time


def default_phrases() -> dict[str, tuple[str, str]]:
    """name -> (title, text) in the active language."""
    return {
        "friendly-no": (
            translate("Phrases", "A friendly no"),
            translate(
                "Phrases",
                "Thank you for thinking of me. This time I have to say no: my week is full "
                "with what {manager} needs now. I'm happy to think along about who could pick it up.",
            ),
        ),
        "next-week": (
            translate("Phrases", "Not this week, next week"),
            translate(
                "Phrases",
                "This week won't work any more, next week will. Shall I set time aside for it "
                "{next_free_slot}?",
            ),
        ),
        "full-agenda": (
            translate("Phrases", "An overfull agenda"),
            translate(
                "Phrases",
                "The agenda of {manager} is full this week. What really has to be decided before "
                "Friday? Then I'll make room for that and plan the rest for next week.",
            ),
        ),
        "cc": (
            translate("Phrases", "Unnecessary cc's"),
            translate(
                "Phrases",
                "Could you put me in cc only when I need to act or know? Then nothing that "
                "matters gets lost in my inbox. Thank you!",
            ),
        ),
        "deadline": (
            translate("Phrases", "An unrealistic deadline"),
            translate(
                "Phrases",
                "That deadline is too tight to do it well. What do you need at the least, and "
                "by when? I can start on it {next_free_slot}.",
            ),
        ),
        "call-me": (
            translate("Phrases", "Feel free to call me"),
            translate("Phrases", "Feel free to call me, I'm happy to think along."),
        ),
        "doubt": (
            translate("Phrases", "Call when in doubt"),
            translate(
                "Phrases",
                "Shall we call for five minutes? What do we need to know for sure before "
                "Wednesday?",
            ),
        ),
        "opener": (
            translate("Phrases", "Goal, action, deadline"),
            translate(
                "Phrases", "In short: [goal]. Could you [action], by [day and time]? Thank you!"
            ),
        ),
    }


def phrases(saved: Mapping[str, Any]) -> list[Phrase]:
    """Every phrase in a fixed order: her own text where she edited one, the default otherwise."""
    found: list[Phrase] = []
    for name, (title, text) in default_phrases().items():
        own = saved.get(name)
        if isinstance(own, str) and own.strip():
            found.append(Phrase(name, title, own, True))
        else:
            found.append(Phrase(name, title, text, False))
    return found


def fill(template: str, context: PhraseContext) -> str:
    manager = context.manager or translate("Phrases", "my manager")
    slot = (
        slot_text(context.next_free_slot)
        if context.next_free_slot is not None
        else translate("Phrases", "next week")
    )
    return template.replace("{manager}", manager).replace("{next_free_slot}", slot)


def slot_text(moment: dt.datetime) -> str:
    """'on Monday 15 March at 09:00' / 'op maandag 15 maart om 09:00'."""
    return translate("Phrases", "on {weekday} {day} {month} at {time}").format(
        weekday=weekday_name(moment.date()),
        day=moment.day,
        month=month_name(moment.month),
        time=f"{moment:%H:%M}",
    )


def next_free_slot(store: Store, today: dt.date, tz: ZoneInfo) -> dt.datetime | None:
    """The first focus block of next week's plan (Monday to Sunday), or None when it has none.

    Focus blocks are what the planner leaves free around rituals, the agenda and the managers'
    calendars, so the first one is the first moment she could really give to a request.
    """
    from ritmeregie.services.today import (
        plan_for,  # the day's plan as the app makes it (agenda, layers, boundary)
    )

    monday = today + dt.timedelta(days=7 - today.weekday())
    for offset in range(7):
        date = monday + dt.timedelta(days=offset)
        for block in plan_for(store, date, tz).blocks:
            if block.kind is BlockKind.FOCUS:
                return block.start.astimezone(tz)
    return None


def context_from_store(store: Store, today: dt.date, tz: ZoneInfo) -> PhraseContext:
    manager = store.settings.manager_name().strip() or None
    return PhraseContext(manager, next_free_slot(store, today, tz))


def saved_phrases(store: Store) -> dict[str, str]:
    return store.settings.phrases()


def save_phrase(store: Store, name: str, text: str) -> None:
    """Store her wording; an empty text (or the default again) brings the default back."""
    saved = saved_phrases(store)
    default = default_phrases()[name][1]
    if text.strip() and text != default:
        saved[name] = text
    else:
        saved.pop(name, None)
    store.settings.set("phrases", saved)
