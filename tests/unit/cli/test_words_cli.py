"""`ritmeregie send-check` and `ritmeregie phrases` as a user or a script runs them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

MAILS = Path(__file__).resolve().parents[2] / "data" / "mails"


def run(
    data_dir: Path,
    *args: str,
    stdin: bytes = b"",
    lang: str = "en",
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    child_env = {
        **os.environ,
        "TZ": "Europe/Amsterdam",
        "RITMEREGIE_HOME": str(data_dir),
        "LANGUAGE": lang,
        "LANG": "C.UTF-8",
        **(env or {}),
    }
    child_env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "ritmeregie", *args],
        input=stdin,
        capture_output=True,
        env=child_env,
        timeout=60,
        check=False,
    )


def test_send_check_json_from_input_names_the_findings_and_exits_0(data_dir):
    draft = (MAILS / "bad" / "en-cross.txt").read_bytes()
    result = run(data_dir, "send-check", "--json", "-", stdin=draft)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "en"
    assert {f["kind"] for f in data["findings"]} == {"no_deadline", "tone"}
    assert all(f["message"] and f["suggestion"] for f in data["findings"])
    assert data["opening"].startswith("Goal: ")
    assert not list(data_dir.iterdir()), "send-check must not create a store"


def test_send_check_answers_a_dutch_draft_in_dutch_whatever_the_app_speaks(data_dir):
    draft = (MAILS / "bad" / "nl-geen-deadline.txt").read_bytes()
    result = run(data_dir, "send-check", "--json", stdin=draft, lang="en")
    data = json.loads(result.stdout)
    assert data["language"] == "nl"
    (finding,) = data["findings"]
    assert finding["kind"] == "no_deadline"
    assert finding["message"] == "Er staat geen dag of tijd in waarvóór het nodig is."
    assert data["opening"].startswith("Doel: ")


def test_a_good_draft_from_a_file_is_ready_to_send(data_dir):
    result = run(data_dir, "send-check", str(MAILS / "good" / "nl-begroting.txt"))
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "Klaar om te versturen: niets op aan te merken."


def test_a_draft_saved_as_utf16_by_notepad_is_read(data_dir, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"\xff\xfe" + (MAILS / "bad" / "en-blunt.txt").read_text().encode("utf-16-le"))
    result = run(data_dir, "send-check", "--json", str(path))
    assert {f["kind"] for f in json.loads(result.stdout)["findings"]} == {"several_actions", "tone"}


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p, "There is no file"),
        (lambda p: (p.mkdir(), p)[1], "is a folder, not a draft"),
        (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), p)[1], "is not text"),
    ],
)
def test_a_file_that_is_not_a_draft_is_one_line_and_exit_1(data_dir, tmp_path, make, expected):
    path = make(tmp_path / "draft.txt")
    result = run(data_dir, "send-check", str(path))
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert result.stdout == b""


def test_phrases_list_fills_the_next_free_slot_and_the_managers_name(data_dir):
    from ritmeregie.storage import open_store

    with open_store(data_dir) as store:
        store.settings.set("manager_name", "Inge")
        store.settings.set("phrases", {"call-me": "Bel {manager} of mij gerust."})
    result = run(data_dir, "phrases", "list", "--json")
    assert result.returncode == 0, result.stderr
    phrases = {p["name"]: p for p in json.loads(result.stdout)["phrases"]}
    assert len(phrases) == 8
    assert phrases["call-me"] == {
        "name": "call-me",
        "title": "Feel free to call me",
        "text": "Bel Inge of mij gerust.",
        "edited": True,
    }
    assert "Inge" in phrases["full-agenda"]["text"]
    assert " at 0" in phrases["next-week"]["text"] or " at 1" in phrases["next-week"]["text"]


def test_phrases_copy_without_a_display_prints_the_text_and_says_so(data_dir):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run(data_dir, "phrases", "copy", "call-me", env=env, lang="nl")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "Bel me gerust, ik denk graag mee."
    assert "klembord" in result.stderr.decode()


def test_phrases_copy_hands_the_text_to_the_systems_clipboard_tool(data_dir, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    received = tmp_path / "clipboard.txt"
    tool = bin_dir / "xclip"
    tool.write_text(f"#!/bin/sh\ncat > '{received}'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    env = {"DISPLAY": ":99", "WAYLAND_DISPLAY": "", "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    result = run(data_dir, "phrases", "copy", "doubt", env=env)
    assert result.returncode == 0, result.stderr
    assert received.read_text("utf-8").startswith("Shall we call for five minutes?")
    assert result.stdout.decode().strip() == "Copied to the clipboard: doubt."


def test_an_unknown_phrase_is_one_line_naming_the_choices(data_dir):
    result = run(data_dir, "phrases", "copy", "nope")
    assert result.returncode == 1
    (line,) = result.stderr.decode().splitlines()
    assert "friendly-no" in line and "opener" in line
