"""The decision line of a meeting's invite: "Welke beslissing moet hier vandaag genomen worden?"

The seeds ask for one line in every invite naming the decision the meeting is for. An invite has
one when a line of its text (DESCRIPTION) holds the question (in Dutch or English, or her own
wording) or starts with "Besluit", "Beslissing" or "Decision". A line that is only the question
takes the line after it along: the question alone names no decision.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

QUESTION_NL = "Welke beslissing moet hier vandaag genomen worden?"
QUESTION_EN = "What decision must be taken here today?"
LINE_MAX_CHARS = 300
_STARTS = re.compile(r"^(besluit|beslissing|decision)(?![a-z])", re.IGNORECASE)
_BULLET = re.compile(r"^[\s>*•\-–—#]+")
# Google writes invite text as HTML: line breaks become lines, other tags go.
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{1,200}>")


def _plain(text: str) -> str:
    return " ".join(text.casefold().replace("?", " ").split())


def decision_line(description: str, questions: Iterable[str] = ()) -> str | None:
    """The invite's decision line, or None when it has none."""
    if not description or not description.strip():
        return None
    wanted = [q for q in (_plain(q) for q in (QUESTION_NL, QUESTION_EN, *questions)) if q]
    # Entities (&amp; &quot; &nbsp;) are unescaped after the tags are gone: "&lt;b&gt;" is text.
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", description))).replace("\xa0", " ")
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if not line:
            continue
        plain = _plain(line)
        asks = any(q in plain for q in wanted)
        if not asks and not _STARTS.match(line):
            continue
        if asks and any(plain == q for q in wanted):
            following = next((nxt for nxt in lines[index + 1 :] if nxt), "")
            if following and not _STARTS.match(following):
                line = f"{line} {following}"
        return line[:LINE_MAX_CHARS]
    return None
