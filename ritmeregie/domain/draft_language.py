"""Is a draft Dutch or English? Counted from small, common words — enough for a mail.

The send-check answers in the draft's language, not the app's: a Dutch assistant writes to an
English-speaking manager too. A tie (an empty draft, a list of names) falls back to `default`.
"""

from __future__ import annotations

import re

# Words that are frequent in one language and rare in the other ("we", "is" and "in" are both).
_DUTCH = (
    "de het een en ik je jij jou jouw u uw van niet dat die dit voor vóór met op zijn wil wilt kun "
    "kunt kan graag ook maar nog even wat naar bij heb hebt ben zou zouden moet moeten wij ons onze "
    "morgen vandaag groet groeten hoi beste dank bedankt alvast als er om te tot aan "
    "mijn zij hun heel goed gaat komt deze volgende"
)
DUTCH_WORDS = frozenset(_DUTCH.split())
_ENGLISH = (
    "the and you your to of for with on that this please could would will have has be are it i my "
    "our they their there what when can should need tomorrow today regards thanks thank "
    "hi dear by from at as if not do does an about next best"
)
ENGLISH_WORDS = frozenset(_ENGLISH.split())
_WORD = re.compile(r"[a-zà-ÿ]+")


def detect_language(text: str, default: str = "nl") -> str:
    """ "nl" or "en": whichever language's common words occur more often in the text."""
    dutch = english = 0
    for word in _WORD.findall(text.lower()):
        if word in DUTCH_WORDS:
            dutch += 1
        elif word in ENGLISH_WORDS:
            english += 1
    if dutch == english:
        return default
    return "nl" if dutch > english else "en"
