"""The weekly review's weeks, summary pieces and Markdown (pure; no Qt, no store)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.review import (
    AgendaLine,
    Deadline,
    Highlight,
    OpenAction,
    ReviewLabels,
    WeeklySummary,
    energy_average,
    first_working_day_of_december,
    next_monday,
    pick_highlights,
    render_markdown,
    week_start,
)

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = dt.date(2027, 3, 29)


def test_weeks() -> None:
    assert week_start(dt.date(2027, 4, 4)) == MONDAY  # a Sunday
    assert week_start(MONDAY) == MONDAY
    assert next_monday(dt.date(2027, 3, 26)) == MONDAY
    assert next_monday(MONDAY) == dt.date(2027, 4, 5)
    summary = WeeklySummary(week=MONDAY)
    assert summary.last_week == (dt.date(2027, 3, 22), dt.date(2027, 3, 28))
    assert summary.coming_week == (MONDAY, dt.date(2027, 4, 4))


def test_first_working_day_of_december() -> None:
    assert first_working_day_of_december(2027, range(5)) == dt.date(2027, 12, 1)  # Wednesday
    assert first_working_day_of_december(2029, range(5)) == dt.date(2029, 12, 3)  # 1st is Saturday
    assert first_working_day_of_december(2027, [3]) == dt.date(2027, 12, 2)  # Thursdays only
    assert first_working_day_of_december(2029, []) == dt.date(2029, 12, 3)


def test_highlights_and_energy() -> None:
    answers = [
        (dt.date(2027, 3, 22), "Agenda op tijd rond\nen verder"),
        (dt.date(2027, 3, 23), "   "),
        (dt.date(2027, 3, 24), "Rustige ochtend"),
    ]
    assert pick_highlights(answers) == (
        Highlight(dt.date(2027, 3, 24), "Rustige ochtend"),
        Highlight(dt.date(2027, 3, 22), "Agenda op tijd rond"),
    )
    assert pick_highlights(answers, limit=1) == (
        Highlight(dt.date(2027, 3, 24), "Rustige ochtend"),
    )
    assert energy_average([3, None, 4, 4]) == 3.7
    assert energy_average([None]) is None


def full_summary() -> WeeklySummary:
    return WeeklySummary(
        week=MONDAY,
        done_must_dos=("Notulen MT uitgewerkt", "# geen kop"),
        open_actions=(
            OpenAction(
                "MT-overleg", dt.date(2027, 3, 23), "Offerte printer", "Karin", dt.date(2027, 4, 2)
            ),
            OpenAction("Teamoverleg", dt.date(2027, 3, 25), "Zaal boeken"),
        ),
        fixed_frictions=("Sjabloon verslag staat nu in Teams",),
        highlights=(Highlight(dt.date(2027, 3, 24), "Rustige ochtend"),),
        energy_average=3.5,
        agenda=(
            AgendaLine(
                dt.datetime(2027, 3, 30, 10, 0, tzinfo=AMS),
                dt.datetime(2027, 3, 30, 11, 0, tzinfo=AMS),
                "Directieoverleg",
            ),
        ),
        deadlines=(Deadline(dt.date(2027, 4, 1), "Jaarverslag"),),
        notes="Vakantie in mei bespreken.",
    )


def test_markdown_has_every_section_in_order() -> None:
    text = render_markdown(full_summary())
    assert text.startswith("# Weekly review — week of Mon 29-3\n")
    order = [
        "## Last week",
        "### Must-dos done",
        "- Notulen MT uitgewerkt",
        "- \\# geen kop",
        "### DADU: open actions",
        "- MT-overleg, Tue 23-3: Offerte printer (owner: Karin, deadline Fri 2-4)",
        "- Teamoverleg, Thu 25-3: Zaal boeken",
        "### Frictions fixed",
        "### Highlights from my reflections",
        "- Wed 24-3: Rustige ochtend",
        "Average energy: 3.5 / 5",
        "## Coming week",
        "- Tue 30-3 10:00–11:00 Directieoverleg",
        "- Thu 1-4: Jaarverslag",
        "## Notes for the conversation",
        "Vakantie in mei bespreken.",
    ]
    positions = [text.index(line) for line in order]
    assert positions == sorted(positions)
    assert text.endswith("\n") and "\n\n\n" not in text


def test_empty_week_says_nothing_once_per_section_and_no_notes_heading() -> None:
    text = render_markdown(WeeklySummary(week=MONDAY))
    assert text.count("- Nothing.") == 6
    assert "Notes for the conversation" not in text
    assert "Average energy" not in text


def test_labels_translate_the_text() -> None:
    labels = ReviewLabels(
        title="Weekstart — week van {date}",
        nothing="Niets.",
        weekdays=("ma", "di", "wo", "do", "vr", "za", "zo"),
    )
    text = render_markdown(WeeklySummary(week=MONDAY), labels)
    assert text.startswith("# Weekstart — week van ma 29-3\n")
    assert "- Niets." in text
