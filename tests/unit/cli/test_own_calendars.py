"""Her own Outlook and Google calendars as the source of her meetings (issue 16), through the
real command: `plan --json` shows accepted events as meetings followed by a DADU block (declined,
free, cancelled and all-day ones not), `meetings --json` names the missing decision lines, and a
DADU stays with its occurrence through a refresh and a move."""

from __future__ import annotations

import json
from pathlib import Path

OWN = Path(__file__).resolve().parents[2] / "data" / "calendars" / "own"
OUTLOOK = OWN / "outlook_sanne.ics"
GOOGLE = OWN / "google_sanne.ics"


def ok(done) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def blocks(cli, date: str) -> list[dict]:
    return json.loads(ok(cli("plan", "--date", date, "--json")))["blocks"]


def meetings(cli, date: str) -> list[dict]:
    return json.loads(ok(cli("meetings", "--date", date, "--json")))["meetings"]


def with_own_layers(cli) -> None:
    ok(cli("calendar", "add", "Outlook", str(OUTLOOK), "--role", "own"))
    ok(cli("calendar", "add", "Google", str(GOOGLE), "--role", "own"))


def followed_by_dadu(day: list[dict]) -> None:
    for meeting in (b for b in day if b["kind"] == "meeting"):
        dadu = [b for b in day if b["kind"] == "dadu" and meeting["title"] in b["title"]]
        assert len(dadu) == 1, meeting
        assert dadu[0]["start"] >= meeting["end"]


def test_accepted_events_are_meetings_with_a_dadu_block(cli) -> None:
    with_own_layers(cli)
    tuesday = blocks(cli, "2027-01-12")
    assert [
        (b["title"], b["start"][11:16], b["source"]) for b in tuesday if b["kind"] == "meeting"
    ] == [
        ("Afstemming agenda directeur", "09:00", "Outlook"),
        ("Projectgroep huisvesting", "11:00", "Outlook"),
        ("Kort overleg communicatie", "11:30", "Outlook"),
    ]
    followed_by_dadu(tuesday)
    titles = " ".join(b["title"] for b in tuesday)
    for left_out in ("Heidag", "Lunchlezing", "facilitair"):  # declined, free, cancelled
        assert left_out not in titles
    [home] = [b for b in tuesday if b["title"] == "Thuiswerkdag"]
    assert home["kind"] == "busy" and home["all_day"]  # an all-day event is never a meeting

    wednesday = blocks(cli, "2027-01-13")
    assert [(b["title"], b["start"][11:16]) for b in wednesday if b["kind"] == "meeting"] == [
        ("Stand-up secretariaat", "09:15"),
        ("Kwartaalcijfers bespreken", "14:00"),
    ]
    followed_by_dadu(wednesday)
    titles = " ".join(b["title"] for b in wednesday)
    for left_out in ("Sollicitatie", "Mail wegwerken", "Lunch met", "Verjaardag"):
        assert left_out not in titles


def test_meetings_json_names_the_missing_decision_lines_and_double_bookings(cli) -> None:
    with_own_layers(cli)
    tuesday = {m["title"]: m for m in meetings(cli, "2027-01-12")}
    assert tuesday["Afstemming agenda directeur"]["decision_line"] == (
        "Besluit: welke afspraken schuiven naar februari"
    )
    assert tuesday["Projectgroep huisvesting"]["decision_line"] is None
    assert tuesday["Kort overleg communicatie"]["overlaps"] == ["Projectgroep huisvesting"]
    assert all(m["source"] == "Outlook" and m["dadu"] is False for m in tuesday.values())
    [standup, figures] = meetings(cli, "2027-01-13")
    assert standup["decision_line"].startswith("Beslissing: wie neemt de telefoon")
    assert figures["decision_line"] is None
    monday = meetings(cli, "2027-01-11")
    assert monday[0]["decision_line"] == (
        "Welke beslissing moet hier vandaag genomen worden? Budget 2027 vaststellen"
    )
    text = ok(cli("meetings", "--date", "2027-01-12"))
    assert "Double booked: Projectgroep huisvesting and Kort overleg communicatie" in text


def test_a_dadu_survives_a_refresh_and_a_moved_occurrence(cli, tmp_path: Path) -> None:
    copy = tmp_path / "agenda.ics"
    copy.write_bytes(OUTLOOK.read_bytes())
    ok(cli("calendar", "add", "Agenda", str(copy), "--role", "own"))
    ok(cli("dadu", "add", "--meeting", "mt-overleg", "--date", "2027-01-25", "--decision", "Ja"))
    assert [m["dadu"] for m in meetings(cli, "2027-01-25")] == [True]
    assert [m["dadu"] for m in meetings(cli, "2027-02-01")] == [False]  # another occurrence

    ok(cli("calendar", "refresh", "Agenda"))
    assert [m["dadu"] for m in meetings(cli, "2027-01-25")] == [True]

    # Outlook moves that one occurrence to Tuesday 09:00 (RECURRENCE-ID keeps its origin).
    moved = OUTLOOK.read_text(encoding="utf-8").replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\r\n"
        'DTSTART;TZID="W. Europe Standard Time":20270126T090000\r\n'
        'DTEND;TZID="W. Europe Standard Time":20270126T100000\r\n'
        'RECURRENCE-ID;TZID="W. Europe Standard Time":20270125T100000\r\n'
        "SUMMARY;LANGUAGE=nl-NL:MT-overleg (verplaatst)\r\n"
        "UID:040000008200E00074C5B7101A82E00800000000C0A1B2C3D4E5DA0100000000000000001"
        "0000000AA01\r\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n"
        "END:VEVENT\r\nEND:VCALENDAR",
    )
    copy.write_text(moved, encoding="utf-8", newline="")
    ok(cli("calendar", "refresh", "Agenda", str(copy)))
    assert meetings(cli, "2027-01-25") == []
    [tuesday] = [m for m in meetings(cli, "2027-01-26") if m["title"].startswith("MT")]
    assert tuesday["dadu"] is True and tuesday["start"].startswith("2027-01-26T09:00")
    exported = json.loads(ok(cli("export", "--format", "json", "--all")))
    [record] = exported["dadu"]
    assert record["meeting"] == "MT-overleg (verplaatst)"
    assert record["date"] == "2027-01-26" and record["start"].startswith("2027-01-26T09:00")


def test_dadu_add_lists_the_candidates_when_the_title_is_ambiguous(cli) -> None:
    ok(cli("calendar", "add", "Outlook", str(OUTLOOK), "--role", "own"))
    ok(
        cli(
            "agenda",
            "add",
            "--title",
            "Overleg met Pieter",
            "--start",
            "2027-01-12 14:00",
            "--minutes",
            "30",
        )
    )
    done = cli("dadu", "add", "--meeting", "overleg", "--date", "2027-01-12", "--decision", "x")
    assert done.returncode == 1
    assert "Kort overleg communicatie" in done.stderr and "Overleg met Pieter" in done.stderr
    assert "--at" in done.stderr
    assert not any(m["dadu"] for m in meetings(cli, "2027-01-12"))
    ok(
        cli(
            "dadu",
            "add",
            "--meeting",
            "overleg",
            "--at",
            "14:00",
            "--date",
            "2027-01-12",
            "--decision",
            "x",
        )
    )
    found = {m["title"]: m["dadu"] for m in meetings(cli, "2027-01-12")}
    assert found["Overleg met Pieter"] is True and found["Kort overleg communicatie"] is False


def test_roles_on_the_command_line(cli) -> None:
    ok(cli("calendar", "add", "Directie", str(OUTLOOK), "--blocking"))  # as before roles
    ok(cli("calendar", "add", "Feestdagen", str(GOOGLE)))
    roles = {
        c["name"]: (c["role"], c["blocking"])
        for c in json.loads(ok(cli("calendar", "list", "--json")))["calendars"]
    }
    assert roles == {"Directie": ("manager", True), "Feestdagen": ("context", False)}
    assert not [b for b in blocks(cli, "2027-01-12") if b["kind"] == "meeting"]
    bad = cli("calendar", "add", "Eigen", str(OUTLOOK), "--role", "own", "--blocking")
    assert bad.returncode == 1 and "--role manager" in bad.stderr
    ok(cli("calendar", "set", "Directie", "--role", "own"))
    assert [b["title"] for b in blocks(cli, "2027-01-12") if b["kind"] == "meeting"][:1] == [
        "Afstemming agenda directeur"
    ]
