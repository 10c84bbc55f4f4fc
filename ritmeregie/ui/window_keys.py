"""The app's windows by name, and which window a nudge answered with Start opens (no Qt here)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind


class WindowKey(StrEnum):
    TODAY = "today"
    DAGSTART = "dagstart"
    REFLECTION = "reflection"
    DADU = "dadu"
    FRICTION_ENTRY = "friction_entry"
    FRICTION_FRIDAY = "friction_friday"
    CHECKLISTS = "checklists"
    WEEKLY_REVIEW = "weekly_review"
    COMPETENCE_MIRROR = "competence_mirror"
    HISTORY = "history"
    STATISTICS = "statistics"
    SETTINGS = "settings"
    WELCOME = "welcome"
    SEND_CHECK = "send_check"
    PHRASES = "phrases"
    REPORT_PROMPT = "report_prompt"
    WEEK = "week"
    REQUEST_INTAKE = "request_intake"
    MATRIX = "matrix"
    CONFLICT_NOTICE = "conflict_notice"


# A ritual's block start, answered "Start", opens its window.
RITUAL_WINDOWS: dict[BlockKind, WindowKey] = {
    BlockKind.DAGSTART: WindowKey.DAGSTART,
    BlockKind.REFLECTION: WindowKey.REFLECTION,
    BlockKind.WEEKLY_REVIEW: WindowKey.WEEKLY_REVIEW,
    BlockKind.FRICTION_FRIDAY: WindowKey.FRICTION_FRIDAY,
    BlockKind.REPORT: WindowKey.REPORT_PROMPT,
}


def window_for_nudge(nudge: Nudge) -> tuple[WindowKey, dict[str, Any]] | None:
    """The window a nudge answered with Start opens (None: the block itself is the work)."""
    block = nudge.block
    if nudge.kind is NudgeKind.BLOCK_END and block.kind is BlockKind.MEETING:
        context = {
            "agenda_item_id": block.agenda_id,
            "meeting_title": block.title,
            "date": block.start.date(),  # the plan's local date
        }
        if block.event_uid is not None:  # a meeting from her own calendar: that occurrence
            context["event_uid"] = block.event_uid
            context["event_occurrence"] = block.event_occurrence
        return WindowKey.DADU, context
    if nudge.kind is NudgeKind.BLOCK_START and block.kind in RITUAL_WINDOWS:
        if block.manager is not None:  # a manager's own review slot: that manager's review
            return RITUAL_WINDOWS[block.kind], {"manager_id": block.manager.id}
        return RITUAL_WINDOWS[block.kind], {}
    return None
