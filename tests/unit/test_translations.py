"""The one catalogue is complete: every string in the code is in the Dutch file, translated,
with the same placeholders (a missing {title} would crash .format() in front of a user)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ritmeregie.platform.i18n import resolve_language, set_language, translate

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "ritmeregie_nl.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message.find("translation")))
    return found


def test_every_message_is_translated_with_the_same_placeholders():
    problems = []
    for context, source, node in messages(TS):
        if (
            node is None
            or node.get("type") in ("unfinished", "obsolete", "vanished")
            or not node.text
        ):
            problems.append(f"untranslated: {context}: {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(node.text)):
            problems.append(f"placeholders differ: {context}: {source!r} -> {node.text!r}")
    assert not problems, "\n".join(problems)


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the environment (PySide6-Essentials ships it)")
    copy = tmp_path / "check_nl.ts"
    shutil.copy(TS, copy)
    sources = [str(p) for p in (ROOT / "ritmeregie").rglob("*.py") if "migrations" not in p.parts]
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after - before == set(), (
        f"strings missing from the catalogue (run tools/update-translations): {sorted(after - before)}"
    )


def test_cli_reads_the_same_catalogue():
    set_language("nl")
    try:
        assert translate("Blocks", "Quiet quarter") == "Stil kwartier"
        assert translate("cli", "a string nobody wrote") == "a string nobody wrote"
    finally:
        set_language("en")
    assert translate("Blocks", "Quiet quarter") == "Quiet quarter"


@pytest.mark.parametrize(
    ("env", "setting", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "auto", "nl"),
        ({"LANG": "nl_BE.UTF-8"}, None, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "auto", "en"),
        ({"LANG": "de_DE.UTF-8"}, "auto", "en"),
        ({"LANG": "nl_NL.UTF-8"}, "en", "en"),
        ({"LANG": "en_US.UTF-8"}, "nl", "nl"),
        ({"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "auto", "nl"),
    ],
)
def test_language_follows_locale_unless_overridden(monkeypatch, env, setting, expected):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert resolve_language(setting) == expected
