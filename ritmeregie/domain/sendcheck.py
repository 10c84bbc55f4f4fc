"""The send-check: before a mail goes out, is its opening clear (goal - action - deadline), is there
one action, is the tone friendly, would a call do, are there too many people in cc?

Pure and fast: a pasted draft in, findings out (kinds and signals, no sentences: the words are
chosen by the caller in the draft's language, see ritmeregie/services/send_check_texts.py). Every rule is a
pattern in draft_signals, so a finding can always be explained. A good mail gets no finding at
all: the check nags only when a signal is clearly there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from . import draft_signals as sig
from .draft_language import detect_language


class FindingKind(StrEnum):
    NO_ACTION = "no_action"
    SEVERAL_ACTIONS = "several_actions"
    NO_DEADLINE = "no_deadline"
    TONE = "tone"
    TOO_LONG = "too_long"
    TOO_MANY_CC = "too_many_cc"


class Signal(StrEnum):
    """Why a finding was made; one message and one suggestion each."""

    ACTION_MISSING = "action_missing"
    ACTION_BURIED = "action_buried"
    SEVERAL_ACTIONS = "several_actions"
    DEADLINE_MISSING = "deadline_missing"
    SHOUTING = "shouting"
    EXCLAMATIONS = "exclamations"
    REPROACH = "reproach"
    ASAP = "asap"
    NO_GREETING = "no_greeting"
    NO_CLOSING = "no_closing"
    BLUNT = "blunt"
    LONG = "long"
    MANY_QUESTIONS = "many_questions"
    MANY_CC = "many_cc"


KIND_OF: dict[Signal, FindingKind] = {
    Signal.ACTION_MISSING: FindingKind.NO_ACTION,
    Signal.ACTION_BURIED: FindingKind.NO_ACTION,
    Signal.SEVERAL_ACTIONS: FindingKind.SEVERAL_ACTIONS,
    Signal.DEADLINE_MISSING: FindingKind.NO_DEADLINE,
    Signal.LONG: FindingKind.TOO_LONG,
    Signal.MANY_QUESTIONS: FindingKind.TOO_LONG,
    Signal.MANY_CC: FindingKind.TOO_MANY_CC,
}


@dataclass(frozen=True, slots=True)
class Finding:
    signal: Signal
    evidence: str = ""  # the words that triggered it, quoted in the message
    count: int = 0  # how many (requests, words, questions, addresses)

    @property
    def kind(self) -> FindingKind:
        return KIND_OF.get(self.signal, FindingKind.TONE)


@dataclass(frozen=True, slots=True)
class Opening:
    """The pieces of a doel-actie-deadline opening found in the draft (None: not found)."""

    goal: str | None
    action: str | None
    deadline: str | None


@dataclass(frozen=True, slots=True)
class Draft:
    headers: dict[str, str]
    greeting: str | None
    sentences: tuple[str, ...]  # the content between greeting and closing
    list_sentences: frozenset[int]  # indexes of sentences that are list items
    closing: str | None
    words: int


@dataclass(frozen=True, slots=True)
class SendCheck:
    language: str  # "nl" or "en"
    findings: tuple[Finding, ...]
    opening: Opening

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def needs_opening(self) -> bool:
        """Whether a rewritten doel-actie-deadline opening line would help."""
        return any(
            f.kind in (FindingKind.NO_ACTION, FindingKind.NO_DEADLINE, FindingKind.SEVERAL_ACTIONS)
            for f in self.findings
        ) or any(f.kind is FindingKind.TOO_LONG for f in self.findings)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_WORDS = re.compile(r"\w+(?:['’]\w+)?")
_HEADER_NAMES = {"aan": "to", "van": "from", "onderwerp": "subject", "datum": "date"}
_BARE_DEADLINE = re.compile(r"^(?:uiterlijk|vóór|no later than|deadline)$", re.IGNORECASE)
_BEFORE_DEADLINE = re.compile(
    r"\b(?:vóór|voor|uiterlijk|by|before|op|on|om|at|no later than)\s+$", re.IGNORECASE
)
_VERB_FIRST = re.compile(
    r"^(moet|moeten|kan|kunnen|wil|willen|zal|zullen|is|zijn|gaat|gaan) "
    r"((?:de|het|een|dit|dat|deze|die|ons|onze|jouw|je|mijn) \w+)",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(r"^[A-ZÀ-Ý][\w.-]*(?: [\w.-]+){0,2},$")


def parse_draft(text: str) -> Draft:
    """Split a pasted mail into header block, greeting, content sentences and closing."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        match = sig.HEADER.match(lines[index])
        if match is None:
            break
        name = _HEADER_NAMES.get(match.group(1).lower(), match.group(1).lower())
        value = match.group(2).strip()
        index += 1
        # A long header folds onto indented lines (as mail programs write them).
        while index < len(lines) and lines[index][:1] in (" ", "\t") and lines[index].strip():
            value += " " + lines[index].strip()
            index += 1
        headers[name] = value
    body: list[str] = []
    for line in lines[index:]:
        if sig.QUOTED_START.search(line.strip()):
            break
        body.append(line.rstrip())
    while body and not body[-1].strip():
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    greeting = None
    if body and sig.GREETING.search(body[0].strip()) and len(body[0].split()) <= 6:
        greeting = body.pop(0).strip()
    elif body and sig.GREETING.search(body[0].strip()):
        # "Hoi Mark, kun je …" — greeting and first sentence on one line.
        head, sep, rest = body[0].partition(",")
        if sep and len(head.split()) <= 4:
            greeting = head.strip()
            body[0] = rest.strip()
    elif body and _BARE_NAME.match(body[0].strip()):
        body.pop(0)  # "Jeroen," alone: a name, not a greeting (the tone check says so)
    closing = None
    # The closing is within the last few lines; what follows it is the name and signature.
    for back in range(len(body) - 1, max(-1, len(body) - 13), -1):
        line = body[back].strip()
        # It opens its line ("Met vriendelijke groet,", "Thanks!"): the end of a wrapped
        # sentence that happens to contain "thanks" is not a closing.
        if line and len(line.split()) <= 8 and sig.CLOSING.match(line):
            closing = line
            body = body[:back]
            break
    sentences: list[str] = []
    in_list: set[int] = set()
    for text, is_item in _paragraph_lines(body):
        for part in _SENTENCE_END.split(text):
            if is_item:
                in_list.add(len(sentences))
            sentences.append(part.strip())
    words = sum(len(_WORDS.findall(s)) for s in sentences)
    return Draft(headers, greeting, tuple(sentences), frozenset(in_list), closing, words)


def _paragraph_lines(body: list[str]) -> list[tuple[str, bool]]:
    """Lines joined back into paragraphs and list items: a mail wrapped at 72 columns reads
    the same as one written in long lines. (text, is a list item)"""
    chunks: list[list[str]] = []
    items: list[bool] = []
    after_blank = True
    for line in body:
        stripped = line.strip()
        if not stripped:
            after_blank = True
            continue
        is_item = bool(sig.LIST_ITEM.match(stripped))
        # A wrapped list item goes on indented; anything else after an item starts afresh.
        continues = not after_blank and not is_item and bool(chunks)
        if continues and items[-1] and not line[:1].isspace():
            continues = False
        if continues:
            chunks[-1].append(stripped)
        else:
            chunks.append([stripped])
            items.append(is_item)
        after_blank = False
    return [(" ".join(chunk), item) for chunk, item in zip(chunks, items, strict=True)]


def is_request(sentence: str) -> bool:
    """Asked of the reader: a request pattern, or a question ("Past dinsdag 10:00?")."""
    if sig.NOT_A_REQUEST.search(sentence):
        return False
    return bool(sig.REQUEST.search(sentence)) or sentence.rstrip().endswith("?")


def is_order(sentence: str, *, demands: bool = True) -> bool:
    """Told rather than asked ("Stuur het rapport.", "It needs to go out"): still an action."""
    if sig.NOT_A_REQUEST.search(sentence) or sig.INFORMATIONAL.search(sentence):
        return False
    bare = sig.LIST_ITEM.sub("", sentence)
    return bool(sig.IMPERATIVE_START.search(bare) or (demands and sig.DEMAND.search(bare)))


def check_draft(text: str, default_language: str = "nl") -> SendCheck:
    """All findings for one draft, in reading order of importance (opening first, then tone)."""
    # Far past any mail's length only the words are counted: the rules read the first part, so
    # a pasted report or log still answers at once.
    whole_words = len(_WORDS.findall(text)) if len(text) > sig.READ_CHARS else 0
    text = text[: sig.READ_CHARS]
    language = detect_language(text, default_language)
    draft = parse_draft(text)
    content = " ".join(draft.sentences)
    asked = [i for i, s in enumerate(draft.sentences) if is_request(s)]
    requests = sorted(set(asked) | {i for i, s in enumerate(draft.sentences) if is_order(s)})
    deadline = sig.DEADLINE.search(content) or sig.DEADLINE.search(draft.headers.get("subject", ""))
    opening = _opening(draft, requests, deadline)
    if not draft.sentences:
        return SendCheck(language, (), opening)
    findings: list[Finding] = []
    subject = draft.headers.get("subject", "")
    informational = any(sig.INFORMATIONAL.search(s) for s in (subject, *draft.sentences)) or (
        draft.words <= sig.THANKS_ONLY_WORDS and bool(sig.THANKS.search(content))
    )
    # "Graag je akkoord vóór vrijdag" as the subject: the ask is the first thing she reads.
    asked_in_subject = bool(subject) and is_request(sig.SUBJECT_PREFIX.sub("", subject))
    if not requests and not asked_in_subject:
        if not informational:
            findings.append(Finding(Signal.ACTION_MISSING))
    else:
        findings += _actions(draft, asked, requests, buried=not asked_in_subject)
        if deadline is None:
            asap = sig.ASAP.search(content)
            findings.append(Finding(Signal.DEADLINE_MISSING, asap.group(0) if asap else ""))
    findings += _tone(draft, asked=bool(asked) or asked_in_subject, informational=informational)
    words = max(draft.words, whole_words)
    if words > sig.LONG_WORDS:
        findings.append(Finding(Signal.LONG, count=words))
    else:
        questions = content.count("?")
        if questions >= sig.MANY_QUESTIONS:
            findings.append(Finding(Signal.MANY_QUESTIONS, count=questions))
    cc = [a for a in sig.ADDRESS_SEPARATOR.split(draft.headers.get("cc", "")) if a.strip()]
    if len(cc) >= sig.MANY_CC:
        findings.append(Finding(Signal.MANY_CC, count=len(cc)))
    return SendCheck(language, tuple(findings), opening)


def _actions(draft: Draft, asked: list[int], requests: list[int], *, buried: bool) -> list[Finding]:
    """Is the action in the opening, and is there one? (`buried`: whether to look at its place;
    not when the subject already asks it.)"""
    found: list[Finding] = []
    if requests and buried:
        first = requests[0]
        # A list (an agenda, the options) is scanned at a glance: only prose counts as run-up.
        run_up = [s for i, s in enumerate(draft.sentences[:first]) if i not in draft.list_sentences]
        before = sum(len(_WORDS.findall(s)) for s in run_up)
        if len(run_up) >= sig.OPENING_SENTENCES or before >= sig.OPENING_WORDS:
            found.append(Finding(Signal.ACTION_BURIED, _short(draft.sentences[first]), first + 1))
    # Questions and bare orders each ask something; "it has to move" only explains.
    told = {i for i, s in enumerate(draft.sentences) if is_order(s, demands=False)}
    loose = [i for i in sorted(set(asked) | told) if i not in draft.list_sentences]
    if len(loose) >= sig.SEVERAL_REQUESTS:
        found.append(Finding(Signal.SEVERAL_ACTIONS, count=len(loose)))
    return found


def _tone(draft: Draft, *, asked: bool, informational: bool) -> list[Finding]:
    found: list[Finding] = []
    body = "\n".join(draft.sentences)
    shouting = [w for w in sig.CAPS_WORD.findall(body) if w not in sig.ACRONYMS]
    if shouting:
        found.append(Finding(Signal.SHOUTING, shouting[0], len(shouting)))
    if sig.STACKED_EXCLAMATION.search(body):
        found.append(Finding(Signal.EXCLAMATIONS, count=body.count("!")))
    said = sig.REPROACH.search(body)
    if said:
        found.append(Finding(Signal.REPROACH, said.group(0)))
    asap = sig.ASAP.search(body) or sig.ASAP.search(draft.headers.get("subject", ""))
    if asap:
        found.append(Finding(Signal.ASAP, asap.group(0)))
    several_lines = len(draft.sentences) >= 2
    if several_lines and draft.greeting is None:
        found.append(Finding(Signal.NO_GREETING))
    if several_lines and draft.closing is None and not sig.THANKS.search(body[-200:]):
        found.append(Finding(Signal.NO_CLOSING))
    # One bare order among friendly questions is a style; orders as the only way of asking are not.
    polite = asked or informational
    blunt = [
        s
        for s in draft.sentences
        if sig.IMPERATIVE_START.search(sig.LIST_ITEM.sub("", s))
        and not s.rstrip().endswith("?")
        and not sig.INFORMATIONAL.search(s)
        and not sig.SOFTENER.search(s)
        and not sig.NOT_A_REQUEST.search(s)
    ]
    if len(blunt) >= 2 or (blunt and not polite):
        found.append(Finding(Signal.BLUNT, blunt[0], len(blunt)))
    return found


def _opening(draft: Draft, requests: list[int], deadline: re.Match[str] | None) -> Opening:
    subject = sig.SUBJECT_PREFIX.sub("", draft.headers.get("subject", "")).strip()
    goal: str | None = subject or None
    if goal is None and draft.sentences and (not requests or requests[0] != 0):
        goal = _short(draft.sentences[0])
    action = _short(_plain(draft.sentences[requests[0]])) if requests else None
    return Opening(goal, action, _deadline_phrase(" ".join(draft.sentences)) if deadline else None)


def _deadline_phrase(content: str) -> str | None:
    """The first concrete day or time, with its "vóór"/"by" ("vóór vrijdag", not just "vóór")."""
    for match in sig.DEADLINE.finditer(content):
        if _BARE_DEADLINE.match(match.group(0)):
            continue
        lead = _BEFORE_DEADLINE.search(content[max(0, match.start() - 20) : match.start()])
        end = match.end()
        # "vrijdag 12:00": a time right after the day belongs to it.
        more = sig.DEADLINE.match(content, end + 1) if content[end : end + 1] == " " else None
        if more is not None and not _BARE_DEADLINE.match(more.group(0)):
            end = more.end()
        return (lead.group(0) if lead else "") + content[match.start() : end]
    return None


def _plain(sentence: str) -> str:
    """The request without what the tone check objects to, fit for a calm opening line."""
    text = sig.REPROACH.sub("", sentence)
    text = sig.ASAP.sub("", text)
    text = re.sub(r"!+", ".", text)
    text = re.sub(r"\s+([.,?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    # Dutch puts the verb second: without "Zoals eerder gezegd" in front, "moet de presentatie …"
    # becomes "de presentatie moet …" again.
    text = _VERB_FIRST.sub(r"\2 \1", text)
    return text[:1].upper() + text[1:]


def _short(sentence: str, limit: int = 90) -> str:
    text = sig.LIST_ITEM.sub("", sentence).strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"
