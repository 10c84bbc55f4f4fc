"""The send-check's table of signals: every rule it applies is one readable pattern here.

Rules, not a model: an assistant (or a colleague reading the README) can see exactly why a draft
was flagged and can add a word. Both languages' patterns are applied to every draft, so a Dutch
mail with an English "ASAP" or "by Friday" is read correctly; only the answer's language follows
the draft. Patterns are case-insensitive and compiled once.
"""

from __future__ import annotations

import re


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_MONTHS_NL = (
    r"jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|"
    r"sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTHS_EN = (
    r"jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)

# A day, a date or a time someone can act on. "ASAP" and "zo snel mogelijk" are not in here.
DEADLINE = _any(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:middag|ochtend|avond)?\b",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\b(?:vandaag|morgen|overmorgen|vanmiddag|vanavond|vanochtend)\b",
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\b",
    r"\b(?:deze|volgende|komende) week\b|\b(?:this|next|coming) week\b",
    r"\b(?:eind|einde) van (?:de|deze) (?:dag|week|maand)\b|\beind (?:deze|volgende) week\b",
    r"\bend of (?:the |this |next )?(?:day|week|month)\b|\b(?:eod|cob|close of business)\b",
    r"\bvoor het weekend\b|\bbefore the weekend\b",
    r"\buiterlijk\b|\bvóór\b|\bno later than\b|\bdeadline\b",
    r"\bbinnen (?:een|twee|drie|\d+) (?:uur|dag|dagen|week|weken)\b",
    r"\bwithin (?:an?|one|two|three|\d+) (?:hours?|days?|weeks?)\b",
    r"\b\d{1,2}[:.]\d{2}(?: ?uur)?\b|\b\d{1,2} ?uur\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b",
    rf"\b\d{{1,2}}(?:e|ste|de)? (?:{_MONTHS_NL})\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS_EN})\b|\b(?:{_MONTHS_EN}) \d{{1,2}}(?:st|nd|rd|th)?\b",
    r"\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b",
    r"\bweek \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b",
    r"\bbefore (?:the|our|your|my|his|her|their) (?:meeting|call|board|presentation|deadline)\b",
)

# A sentence that asks the reader to do something.
REQUEST = _any(
    r"\b(?:kun|kan|kunt|zou|zoudt|wil|wilt|kunnen|zouden|willen) (?:je|jij|u|jullie)\b",
    r"\bik (?:ontvang|hoor|zie|krijg|heb) (?:\w+ )?graag\b",
    r"\bgraag (?:je|jouw|uw|jullie|een|het|de|voor|vóór|uiterlijk|terug|even)\b",
    r"\b(?:je|jouw|uw|jullie) (?:akkoord|reactie|input|goedkeuring|handtekening|antwoord|"
    r"feedback|opmerkingen) (?:\w+ )?graag\b",
    r"\blaat (?:me|mij|ons|even|het) (?:\w+ ){0,3}weten\b",
    r"\bmag ik\b|\bverzoek\b|\bik vraag (?:je|u|jullie)\b|^\s*actie\s*:",
    r"\b(?:could|can|would|will) (?:you|we)\b|\bplease\b|\bkindly\b|\blet me know\b",
    r"\bi(?:'d| would) like (?:you|your|to ask)\b|\bi(?:'d| would) appreciate\b",
    r"\bi need (?:you|your)\b|^\s*action\s*:",
    r"^graag\b|\bik zou graag (?:je|jouw|uw|van je|van u)\b|\b(?:zullen|kunnen) we\b|\bshall we\b",
    r"\bik zou (?:het )?(?:fijn|prettig) vinden als (?:je|u|jullie)\b",
    r"\bik (?:wil|zou) (?:je|u|jullie) (?:graag )?(?:vragen|verzoeken)\b",
    r"\bi(?:'d| would) be grateful\b|\bwould it be possible\b",
)
# Said as a demand rather than asked: still an action for the reader, but not a polite one.
DEMAND = _any(
    r"\b(?:moet|moeten|hoort te|dient)\b.*\b(?:naar|af|klaar|gebeuren|geregeld|binnen)\b",
    r"\b(?:needs? to|must|has to|have to)\b",
)

# Sentences that look like a request but offer or thank: "bel me gerust", "let me know if …".
NOT_A_REQUEST = _any(
    r"\bgerust\b|\bfeel free\b|\bdon'?t hesitate\b|\baarzel niet\b",
    r"\blaat (?:het )?(?:me |mij |even )*weten als\b|\blet me know if\b",
    r"\bals je (?:nog )?vragen hebt\b|\bif you have (?:any )?questions\b",
    r"\bplease find\b|\bzie bijlage\b|\bin de bijlage (?:vind|zit|staat)\b",
    r"\bhoe gaat het\b|\bhow are you\b|\bhope you\b|\bhoop dat het goed\b",
    r"\b(?:alvast )?(?:bedankt|dank)\b.*\bvoor\b.*\b(?:moeite|hulp)\b",
)

# The draft says on purpose that nothing needs to be done.
INFORMATIONAL = _any(
    r"\bter (?:info|informatie|kennisname)\b|\bfyi\b|\bfor your information\b",
    r"\bgeen actie (?:nodig|vereist|van je)\b|\bno action (?:needed|required)\b",
    r"\bje hoeft (?:hier )?niets\b|\byou don'?t need to do anything\b|\bjust to let you know\b",
    r"\bnothing (?:you need|to do)\b|\bter herinnering\b|\bfor the record\b|^(?:herinnering|reminder)\s*:",
    r"\bter bevestiging\b|\b(?:just )?(?:confirming|to confirm)\b|\bhierbij bevestig ik\b",
    r"\bgoed nieuws\b|\bgood news\b|\bstaat in je agenda\b|\bis in your (?:calendar|diary)\b",
    r"\b(?:is|zijn) (?:geregeld|geboekt|rond|bevestigd|verstuurd)\b",
    r"\b(?:is|are|has been|have been) (?:booked|arranged|confirmed|sorted|sent)\b",
)
THANKS = _any(r"\b(?:bedankt|dank je|dank u|dankjewel|thanks|thank you)\b")

GREETING = _any(
    r"^(?:hoi|hallo|hey|hee|ha|hai|beste|dag|goedemorgen|goedemiddag|goedenavond|lieve|geachte|"
    r"hi|hello|dear|good (?:morning|afternoon|evening)|morning|allen|all)\b",
)
# Matched at the start of a line (sendcheck.parse_draft).
CLOSING = _any(
    r"(?:met )?(?:vriendelijke|hartelijke|warme|lieve|collegiale|veel) groet(?:en)?\b",
    r"yours (?:sincerely|faithfully|truly)\b|(?:warm|best|kind|with kind|with best) (?:regards|wishes)\b",
    r"hoogachtend\b|take care\b|(?:nog )?een fijne\b|enjoy (?:your|the)\b",
    r"\b(?:groet|groeten|groetjes|mvg|gr\.?)\b|\bmet vriendelijke\b|\bhartelijke\b",
    r"\b(?:alvast )?(?:bedankt|dank je|dank u|dankjewel|dank)\b|\bfijne (?:dag|middag|avond|week|weekend)\b",
    r"\b(?:regards|thanks|thank you|cheers|best|sincerely|many thanks|kind regards|all the best)\b",
    r"\bhave a (?:good|nice|great)\b|\b(?:speak|talk) soon\b|\bsee you\b|\bthx\b",
    r"\btot (?:straks|morgen|dan|snel|zo)\b|\bliefs\b|\bbvd\b|\bbij voorbaat dank\b",
)

# Tone.
REPROACH = _any(
    r"\bzoals (?:ik )?(?:al )?(?:eerder|reeds) (?:gezegd|aangegeven|gemeld|gevraagd|gemaild)\b",
    r"\bzoals ik al (?:zei|schreef|aangaf)\b|\bnogmaals\b|\bvoor de laatste keer\b",
    r"\bas (?:i )?(?:said|stated|mentioned) (?:before|earlier|previously)\b|\bas i (?:already )?said\b",
    r"\bas previously (?:stated|mentioned)\b|\bper my (?:last|previous) (?:e-?mail|message)\b",
    r"\bi already (?:told|asked) you\b|\bfor the last time\b",
    r"\bwaarom (?:is|zijn|heb|heeft|hebben) (?:je |jij |u |jullie )?(?:dit|dat|het|de \w+) (?:nog )?(?:steeds )?niet\b",
    r"\bwhy (?:hasn't|haven't|isn't|wasn't|didn't|has this not|is this not)\b",
    r"\bnog steeds niet\b|\bstill (?:not|haven't|hasn't)\b|\bik had (?:eigenlijk )?verwacht\b",
    r"\bi (?:had )?expected (?:this|it|you)\b",
)
ASAP = _any(r"\basap\b|\bz\.s\.m\.?|\bzsm\b|\ba\.s\.a\.p\.?")
STACKED_EXCLAMATION = re.compile(r"!{2,}|(?:![^!\n]*){3,}")
CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý]{5,}\b")
# Shouting is not a name: common acronyms in mails stay quiet.
ACRONYMS = frozenset({"HTTPS", "SCRUM", "ASAP", "RSVP", "EBITDA", "UNICEF"})
# Bare commands at a sentence's start ("Stuur het rapport.", "Fix this."), blunt without a softener.
IMPERATIVE_START = _any(
    r"^(?:just |now |nu )?(?:stuur|regel|zorg|doe|lever|maak|pas|controleer|geef|zet|plan|fix|regel|kijk|lees|"
    r"bel|mail|beantwoord|verwerk|update|check|neem|breng)\b",
    r"^(?:just |now )?(?:send|do|fix|make sure|get|finish|deliver|update|check|sort out|handle|call|reply|"
    r"read|give|put|change|stop|bring|take)\b",
    r"^(?:ik wil (?:dat|het|de|die|dit)|ik verwacht|you need to|you have to|i want (?:it|this|the)|i expect)\b",
    r"^(?:dit|het|dat) moet\b|^(?:this|it|that) (?:needs to|has to|must)\b",
    r"^i need (?:this|it|that|the)\b|^ik heb (?:dit|het|dat|de \w+) .*\bnodig\b",
    r"\b(?:nu meteen|per direct|onmiddellijk|right now|immediately)\b",
)
SOFTENER = _any(
    r"\b(?:graag|even|alsjeblieft|alstublieft|aub|a\.u\.b\.|gerust|maar|alvast|s\.v\.p\.|svp)\b",
    r"\b(?:please|pls|thanks|thank you|feel free|if you can|when you can|if possible)\b",
)

# Header lines of a pasted mail ("Aan:", "Cc:", "Onderwerp:" / "To:", "Cc:", "Subject:").
HEADER = re.compile(
    r"^\s*(aan|to|cc|bcc|van|from|onderwerp|subject|datum|date|sent|verzonden)\s*:\s*(.*)$",
    re.IGNORECASE,
)
SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|antw|tr)\s*:\s*)+", re.IGNORECASE)
# The quoted mail below a reply is not part of the draft.
QUOTED_START = _any(
    r"^-{2,}\s*(?:original message|oorspronkelijk bericht|doorgestuurd bericht|forwarded message)",
    r"^(?:op|on) .{5,80} (?:schreef|wrote)\b.*:$",
    r"^>",
)
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
ADDRESS_SEPARATOR = re.compile(r"[;,]")

# Where a mail stops being read closely: this many words, or this many questions for one reader.
LONG_WORDS = 200
# The rules read this much of a draft (some 2,000 words: ten times a long mail).
READ_CHARS = 12_000
MANY_QUESTIONS = 5
# The opening: the first sentences after the greeting, where the action and deadline belong.
OPENING_SENTENCES = 3
# …or this many words of context before the first request.
OPENING_WORDS = 50
SEVERAL_REQUESTS = 3
MANY_CC = 4
THANKS_ONLY_WORDS = 60
