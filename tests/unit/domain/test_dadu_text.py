"""DADU as text: Markdown table, plain text that survives proportional fonts, HTML for rich paste."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ritmeregie.domain.dadu_text import (
    DaduLabels,
    action_text,
    is_empty,
    to_html,
    to_markdown,
    to_plain_text,
)


@dataclass(frozen=True)
class Row:
    decision: str = ""
    action: str = ""
    owner: str = ""
    deadline: dt.date | None = None
    update_note: str = ""
    update_date: dt.date | None = None


@dataclass(frozen=True)
class Meeting:
    meeting_title: str
    meeting_date: dt.date
    rows: tuple[Row, ...]


DUTCH = DaduLabels(
    decision="Besluit",
    action="Actie (wie)",
    deadline="Deadline",
    update="Update",
    no_rows="Geen besluiten of acties vastgelegd.",
    format_date=lambda d: f"{d.day}-{d.month}",
    format_heading_date=lambda d: f"vrijdag {d.day} maart {d.year}",
)

MEETING = Meeting(
    "MT-overleg",
    dt.date(2027, 3, 26),
    (
        Row(
            decision="Budget Q2 akkoord",
            action="Mail naar het team",
            owner="Sanne",
            deadline=dt.date(2027, 4, 2),
        ),
        Row(),  # an empty row the user added and left: not shared
        Row(
            decision="Offsite in juni | juli",
            update_note="Twee opties\nper mail",
            update_date=dt.date(2027, 3, 29),
        ),
        Row(owner="Kees"),
    ),
)


def test_markdown_is_a_title_and_a_table() -> None:
    assert to_markdown(MEETING, DUTCH) == (
        "**DADU · MT-overleg · vrijdag 26 maart 2027**\n"
        "\n"
        "| Besluit | Actie (wie) | Deadline | Update |\n"
        "| --- | --- | --- | --- |\n"
        "| Budget Q2 akkoord | Mail naar het team (Sanne) | 2-4 | – |\n"
        "| Offsite in juni \\| juli | – | – | Twee opties per mail, 29-3 |\n"
        "| – | Kees | – | – |\n"
    )


def test_plain_text_has_one_labelled_block_per_row() -> None:
    assert to_plain_text(MEETING, DUTCH) == (
        "DADU · MT-overleg · vrijdag 26 maart 2027\n"
        "\n"
        "1. Besluit: Budget Q2 akkoord\n"
        "   Actie (wie): Mail naar het team (Sanne)\n"
        "   Deadline: 2-4\n"
        "\n"
        "2. Besluit: Offsite in juni | juli\n"
        "   Update: Twee opties per mail, 29-3\n"
        "\n"
        "3. Actie (wie): Kees\n"
    )


def test_html_escapes_and_uses_inline_styles_only() -> None:
    meeting = Meeting("R&D <overleg>", dt.date(2027, 3, 26), (Row(decision="A < B"),))
    text = to_html(meeting, DUTCH)
    assert "R&amp;D &lt;overleg&gt;" in text
    assert "<td style=" in text and "A &lt; B" in text
    assert "<style" not in text and "class=" not in text
    assert text.count("<tr>") == 2


def test_a_meeting_without_rows_says_so_in_every_form() -> None:
    empty = Meeting("Kort overleg", dt.date(2027, 3, 26), (Row(), Row(decision="  ")))
    assert to_markdown(empty, DUTCH).endswith("Geen besluiten of acties vastgelegd.\n")
    assert to_plain_text(empty, DUTCH).endswith("Geen besluiten of acties vastgelegd.\n")
    assert "<table" not in to_html(empty, DUTCH)


def test_english_defaults_and_helpers() -> None:
    meeting = Meeting("Board", dt.date(2027, 3, 26), (Row(action="Book room"),))
    assert to_plain_text(meeting) == "DADU · Board · 2027-03-26\n\n1. Action (who): Book room\n"
    assert action_text(Row(action="x", owner="")) == "x"
    assert is_empty(Row(update_date=dt.date(2027, 1, 1))) is False
    assert is_empty(Row(decision=" \n")) is True
