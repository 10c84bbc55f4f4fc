"""The send-check's words: each finding's message and suggestion, in the draft's language.

Qt-free (the command line and the window share it). The texts live in the one catalogue under the
context "SendCheck"; `_texts` receives a translate function bound to the draft's language, so a
Dutch draft gets Dutch advice even when the app speaks English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ritmeregie.domain.sendcheck import Finding, FindingKind, SendCheck, Signal, check_draft
from ritmeregie.platform.i18n import active_language, translate_in

Translate = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class FindingText:
    kind: FindingKind
    signal: Signal
    label: str
    message: str
    suggestion: str


def _texts(translate: Translate) -> dict[Signal, tuple[str, str]]:
    """Message and suggestion per signal ({evidence} and {count} are filled in)."""
    return {
        Signal.ACTION_MISSING: (
            translate("SendCheck", "The mail does not ask the reader for anything."),
            translate(
                "SendCheck",
                "Say in the first lines what you need, or write “For information, no action "
                "needed.”",
            ),
        ),
        Signal.ACTION_BURIED: (
            translate("SendCheck", "The request only comes in sentence {count}: “{evidence}”"),
            translate(
                "SendCheck",
                "Move it to the opening, right after the greeting: goal, action, deadline.",
            ),
        ),
        Signal.SEVERAL_ACTIONS: (
            translate("SendCheck", "The mail asks {count} things at once."),
            translate(
                "SendCheck",
                "Put the one thing you need first; number the rest, or settle them in a short call.",
            ),
        ),
        Signal.DEADLINE_MISSING: (
            translate("SendCheck", "There is no day or time by which it is needed."),
            translate("SendCheck", "Add a day and a time, e.g. “by Thursday 12:00”."),
        ),
        Signal.SHOUTING: (
            translate("SendCheck", "“{evidence}” in capitals reads as shouting."),
            translate(
                "SendCheck", "Write it in normal letters; say in the first line what matters."
            ),
        ),
        Signal.EXCLAMATIONS: (
            translate("SendCheck", "Stacked exclamation marks sound rushed or cross."),
            translate("SendCheck", "A full stop is calmer; say why it matters instead."),
        ),
        Signal.REPROACH: (
            translate("SendCheck", "“{evidence}” sounds like a reproach."),
            translate("SendCheck", "Leave it out and simply give the point again: “In short: …”"),
        ),
        Signal.ASAP: (
            translate("SendCheck", "“{evidence}” does not say when, and it pushes."),
            translate("SendCheck", "Name the moment and the why: “by Thursday 12:00, because …”."),
        ),
        Signal.NO_GREETING: (
            translate("SendCheck", "The mail starts without a greeting."),
            translate("SendCheck", "Start with “Hi [name],” or “Dear [name],”."),
        ),
        Signal.NO_CLOSING: (
            translate("SendCheck", "The mail ends without a closing."),
            translate("SendCheck", "End with “Thanks in advance,” or “Kind regards,”."),
        ),
        Signal.BLUNT: (
            translate("SendCheck", "“{evidence}” reads as an order."),
            translate("SendCheck", "Ask it: “Could you …?”, and add why it matters."),
        ),
        Signal.LONG: (
            translate("SendCheck", "The mail is long ({count} words); a call would be quicker."),
            translate(
                "SendCheck",
                "One short call instead of a long mail: “Do you have five minutes? I'll walk "
                "you through it.”",
            ),
        ),
        Signal.MANY_QUESTIONS: (
            translate("SendCheck", "The mail asks {count} questions: that is a conversation."),
            translate(
                "SendCheck", "Call briefly: “What do we need to know for sure before Wednesday?”"
            ),
        ),
        Signal.MANY_CC: (
            translate("SendCheck", "{count} people in cc."),
            translate(
                "SendCheck",
                "Keep in cc only who must act or know; tell the others later in one line.",
            ),
        ),
    }


def _labels(translate: Translate) -> dict[FindingKind, str]:
    return {
        FindingKind.NO_ACTION: translate("SendCheck", "Action"),
        FindingKind.SEVERAL_ACTIONS: translate("SendCheck", "Several actions"),
        FindingKind.NO_DEADLINE: translate("SendCheck", "Deadline"),
        FindingKind.TONE: translate("SendCheck", "Tone"),
        FindingKind.TOO_LONG: translate("SendCheck", "Length"),
        FindingKind.TOO_MANY_CC: translate("SendCheck", "Cc"),
    }


def kind_label(kind: FindingKind, language: str) -> str:
    return _labels(partial(translate_in, language))[kind]


def finding_text(finding: Finding, language: str) -> FindingText:
    translate: Translate = partial(translate_in, language)
    message, suggestion = _texts(translate)[finding.signal]
    if finding.signal is Signal.DEADLINE_MISSING and finding.evidence:
        message = translate("SendCheck", "“{evidence}” is not a deadline: no day or time.")
    values = {"evidence": finding.evidence, "count": finding.count}
    return FindingText(
        finding.kind,
        finding.signal,
        _labels(translate)[finding.kind],
        message.format(**values),
        suggestion.format(**values),
    )


def opening_line(check: SendCheck) -> str:
    """The doel-actie-deadline line to copy, with [brackets] where the draft had nothing."""
    translate: Translate = partial(translate_in, check.language)
    opening = check.opening
    return translate("SendCheck", "Goal: {goal} · Action: {action} · Deadline: {deadline}").format(
        goal=opening.goal or translate("SendCheck", "[why]"),
        action=opening.action or translate("SendCheck", "[what you need from them]"),
        deadline=opening.deadline or translate("SendCheck", "[day and time]"),
    )


OPENING_KINDS = (
    FindingKind.NO_ACTION,
    FindingKind.SEVERAL_ACTIONS,
    FindingKind.NO_DEADLINE,
    FindingKind.TOO_LONG,
)


def report_data(text: str, default_language: str | None = None) -> dict[str, object]:
    """The `send-check --json` answer: language, findings (kind, signal, message, suggestion and,
    for the opening's findings, the rewritten opening line) and the opening line itself."""
    check = check_draft(text, default_language or active_language())
    opening = opening_line(check) if check.needs_opening else None
    findings: list[dict[str, object]] = []
    for finding in check.findings:
        words = finding_text(finding, check.language)
        entry: dict[str, object] = {
            "kind": words.kind.value,
            "signal": words.signal.value,
            "message": words.message,
            "suggestion": words.suggestion,
        }
        if opening is not None and finding.kind in OPENING_KINDS:
            entry["opening"] = opening
        findings.append(entry)
    return {"language": check.language, "findings": findings, "opening": opening}
