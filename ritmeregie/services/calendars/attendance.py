"""Who an invite is for: her address, and whether she declined an occurrence.

Her own calendar holds her in every meeting that lists people at all: as ORGANIZER of the ones
she sent, as an ATTENDEE of the others. So the address present in (nearly) every event with
people is hers; Google's export also names the calendar by it (X-WR-CALNAME). She can give it
in Settings instead, which wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

_CALNAME = re.compile(r"^X-WR-CALNAME[^:\n]*:(.*)$", re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Her address is in at least this share of the events that list people.
LEARN_SHARE = 0.8


def address_of(value: Any) -> str | None:
    """'mailto:Sanne@Example.nl' → 'sanne@example.nl'; None for anything else."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().strip("<>").lower()
    return text if _ADDRESS.match(text) else None


def _values(component: Any, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _address_of_person(value: Any) -> str | None:
    """An ORGANIZER's or ATTENDEE's address: the mailto: value, else the EMAIL parameter (iCloud
    writes people as urn:uuid: values with their address in EMAIL=, RFC 7986)."""
    found = address_of(value)
    if found is None:
        found = address_of(getattr(value, "params", {}).get("EMAIL"))
    return found


def people(component: Any) -> set[str]:
    """Every address on the invite: its organizer and attendees."""
    found = {_address_of_person(v) for v in _values(component, "ORGANIZER")}
    found |= {_address_of_person(v) for v in _values(component, "ATTENDEE")}
    found.discard(None)
    return {a for a in found if a is not None}


def declined_by(component: Any) -> str | None:
    """The attendees that declined (PARTSTAT=DECLINED), space-separated; None: nobody."""
    declined = []
    for value in _values(component, "ATTENDEE"):
        params = getattr(value, "params", {})
        if str(params.get("PARTSTAT", "")).strip().upper() == "DECLINED":
            address = _address_of_person(value)
            if address is not None:
                declined.append(address)
    return " ".join(sorted(set(declined))) or None


def learn_address(text: str, components: Iterable[Any]) -> str | None:
    """Her address as the file shows it, or None when the file does not tell."""
    counts: Counter[str] = Counter()
    events = 0
    for component in components:
        found = people(component)
        if found:
            events += 1
            counts.update(found)
    name = _CALNAME.search(text)
    named = address_of(name.group(1)) if name is not None else None
    if named is not None and (not events or counts[named]):
        return named
    if not events:
        return None
    ranked = counts.most_common(2)
    best, seen = ranked[0]
    if seen < LEARN_SHARE * events:
        return None
    if len(ranked) > 1 and ranked[1][1] == seen:
        return None  # always with the same colleague: the file cannot tell which one is her
    return best


def is_declined_by(declined: str | None, address: str | None) -> bool:
    return bool(declined and address and address.lower() in declined.split())
