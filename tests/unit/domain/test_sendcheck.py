"""The send-check on a set of real-looking Dutch and English mails: the good ones come out clean
(no nagging), each bad one with exactly the kinds it should get."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from ritmeregie.domain.draft_language import detect_language
from ritmeregie.domain.draft_signals import HEADER
from ritmeregie.domain.sendcheck import FindingKind, Signal, check_draft, parse_draft

MAILS = Path(__file__).resolve().parents[2] / "data" / "mails"
EXPECTED: dict[str, list[str]] = json.loads((MAILS / "expected.json").read_text("utf-8"))
GOOD = sorted(p.name for p in (MAILS / "good").glob("*.txt"))
BAD = sorted(p.name for p in (MAILS / "bad").glob("*.txt"))


def read(folder: str, name: str) -> str:
    return (MAILS / folder / name).read_text("utf-8")


def test_the_set_is_big_enough_and_every_bad_mail_has_its_expectation():
    assert len(GOOD) >= 12 and len(BAD) >= 12
    assert sorted(EXPECTED) == sorted(f"bad/{name}" for name in BAD)


@pytest.mark.parametrize("name", GOOD)
def test_a_good_mail_gets_no_finding(name):
    check = check_draft(read("good", name))
    assert check.findings == (), [f.signal.value for f in check.findings]
    assert check.clean


@pytest.mark.parametrize("name", BAD)
def test_a_bad_mail_gets_exactly_its_kinds(name):
    check = check_draft(read("bad", name))
    assert sorted({f.kind.value for f in check.findings}) == sorted(EXPECTED[f"bad/{name}"])


@pytest.mark.parametrize("name", GOOD + BAD)
def test_the_language_of_each_mail_is_recognised(name):
    folder = "good" if name in GOOD else "bad"
    assert detect_language(read(folder, name), default="xx") == name[:2]


def test_a_buried_request_is_quoted_with_its_place():
    check = check_draft(read("bad", "en-buried.txt"))
    (finding,) = check.findings
    assert finding.signal is Signal.ACTION_BURIED
    assert finding.evidence.startswith("Could you send the report")
    assert finding.count == 6


def test_asap_is_tone_and_not_a_deadline():
    check = check_draft("Hoi Tom,\n\nKun je de cijfers ASAP sturen?\n\nGroet,\nSanne")
    signals = {f.signal for f in check.findings}
    assert signals == {Signal.DEADLINE_MISSING, Signal.ASAP}
    deadline = next(f for f in check.findings if f.kind is FindingKind.NO_DEADLINE)
    assert deadline.evidence == "ASAP"


def test_the_opening_collects_goal_action_and_deadline():
    check = check_draft(read("bad", "nl-cc.txt"))
    assert check.opening.goal == "Parkeerplaatsen"
    assert check.opening.action is not None and check.opening.action.startswith("Kun je")
    assert check.opening.deadline == "vóór vrijdag"


def test_header_block_greeting_closing_and_quoted_reply_are_recognised():
    draft = parse_draft(
        "To: a@b.nl\nCc: x, y\nSubject: RE: Zaal\n\nHi Anne,\nCould you book it?\n"
        "Thanks,\nSanne\n\nOn Mon 3 May 2027 Anne wrote:\n> WRITE IT NOW!!!\n"
    )
    assert draft.headers == {"to": "a@b.nl", "cc": "x, y", "subject": "RE: Zaal"}
    assert draft.greeting == "Hi Anne,"
    assert draft.sentences == ("Could you book it?",)
    assert draft.closing == "Thanks,"


def test_an_empty_draft_has_nothing_to_say():
    assert check_draft("").findings == ()
    assert check_draft("   \n\n").findings == ()


def test_a_bare_name_instead_of_a_greeting_is_tone():
    check = check_draft(
        "Jeroen,\n\nKun je vóór vrijdag bellen? Het gaat over de heidag.\nDank je!\n\nSanne"
    )
    assert [f.signal for f in check.findings] == [Signal.NO_GREETING]


def test_a_draft_far_past_a_mails_length_is_read_in_part_and_counted_whole():
    text = "Hoi Mark,\n\nKun je vóór vrijdag kijken? " + "Het gaat om de cijfers. " * 20_000
    check = check_draft(text)
    (long,) = [f for f in check.findings if f.signal is Signal.LONG]
    assert long.count > 100_000  # every word of the draft, not only the part the rules read


@pytest.mark.parametrize("name", GOOD + BAD)
def test_a_mail_wrapped_at_60_columns_reads_the_same(name):
    folder = "good" if name in GOOD else "bad"
    text = read(folder, name)
    wrapped = "\n".join(
        textwrap.fill(line, 60, break_long_words=False, subsequent_indent=" " * header)
        if len(line) > 60
        else line
        for line in text.splitlines()
        for header in [int(bool(HEADER.match(line)))]
    )
    assert wrapped != text or max(map(len, text.splitlines())) <= 60
    kinds = {f.kind.value for f in check_draft(wrapped).findings}
    assert kinds == {f.kind.value for f in check_draft(text).findings}


def test_a_request_in_the_subject_is_the_opening():
    body = (
        "Beste Willem,\n\nIn het MT is de begroting besproken. Finance is positief. De cijfers "
        "staan in de bijlage. Inge presenteert hem in de raad.\n\nGroet,\nSanne"
    )
    asked = check_draft("Onderwerp: Graag je akkoord vóór vrijdag\n\n" + body)
    assert asked.findings == ()
    without_day = check_draft("Onderwerp: Kun je de begroting akkoorderen?\n\n" + body)
    assert [f.signal for f in without_day.findings] == [Signal.DEADLINE_MISSING]
    assert [f.signal for f in check_draft("Onderwerp: Begroting\n\n" + body).findings] == [
        Signal.ACTION_MISSING
    ]


def test_the_opening_line_leaves_out_what_the_tone_check_objects_to():
    check = check_draft(read("bad", "nl-boos.txt"))
    assert check.opening.action == "De presentatie moet naar de klant."
    check = check_draft(read("bad", "en-cross.txt"))
    assert check.opening.action == "The slides need to go to the client."
