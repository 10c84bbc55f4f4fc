"""The after-lunch report ("verslag") in her own style: a prompt to paste into whichever AI
assistant her organisation allows. ritmeregie calls no AI service; it only gathers the day's DADUs
and her style notes into one text, and reminds her to make the result her own and to say that AI
helped.

Qt-free; the labels of the DADU table come in as `DaduLabels` (the window passes its translations).
"""

from __future__ import annotations

from collections.abc import Sequence

from ritmeregie.domain.dadu_text import DaduLabels, DaduMeeting, to_plain_text
from ritmeregie.platform.i18n import translate


def build_prompt(meetings: Sequence[DaduMeeting], style_notes: str, labels: DaduLabels) -> str:
    """The whole prompt: what to write, how she writes, the facts (the DADUs), and the AI note."""
    style = style_notes.strip() or translate(
        "ReportPrompt", "Short, friendly and to the point; no jargon."
    )
    facts = (
        "\n\n".join(to_plain_text(meeting, labels) for meeting in meetings)
        if meetings
        else translate("ReportPrompt", "(No DADUs recorded yet today.)")
    )
    return "\n\n".join(
        (
            translate(
                "ReportPrompt",
                "Write a short report of today's meetings for my colleagues, in my own style. "
                "Start with the most important decision.",
            ),
            translate("ReportPrompt", "How I write:") + "\n" + style,
            translate(
                "ReportPrompt",
                "Use only the facts below. Keep every decision, action, owner and deadline; add "
                "nothing that is not there.",
            ),
            translate(
                "ReportPrompt", "End with one line: “First draft written with help from AI.”"
            ),
            facts,
        )
    )
