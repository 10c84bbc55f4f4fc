"""Each imported calendar is a layer with its own colour.

Muted tones, chosen to sit apart from the rhythm's block colours (STYLE.md) and from each other,
and to keep dark text readable on their light fill. Plain hex strings: no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

LAYER_COLOURS = (
    "#6B7FA6",  # slate blue
    "#A0708A",  # mauve
    "#7E8F5A",  # olive
    "#A88556",  # ochre brown
    "#5E9196",  # sea grey
    "#8A6FA8",  # heather
)
OWN_AGENDA_COLOUR = "#5B5F66"  # the meeting grey of STYLE.md


def next_colour(taken: Iterable[str | None]) -> str:
    """The first layer colour not in use yet (they repeat once all are taken)."""
    used = [c for c in taken if c]
    for colour in LAYER_COLOURS:
        if colour not in used:
            return colour
    return LAYER_COLOURS[len(used) % len(LAYER_COLOURS)]
