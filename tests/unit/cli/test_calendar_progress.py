"""A long `calendar add` shows progress on a terminal (issue 14, point 6): a line while the file
is read, then a bar over the series, cleared at the end; nothing at all when stderr is not a
terminal (scripts, pipes) or when the import is quick."""

from __future__ import annotations

import io

import pytest

from ritmeregie.cli.calendars import TerminalProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_after_the_first_second(monkeypatch: pytest.MonkeyPatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr(TerminalProgress, "AFTER_S", 0.0)
    with TerminalProgress("Directie") as progress:
        progress(50, 200)
        progress(200, 200)
    text = terminal.getvalue()
    assert "[#######-----------------------]  25%  Directie" in text
    assert "[##############################] 100%  Directie" in text
    assert text.endswith("\r\x1b[2K")  # the bar is cleared before the summary is printed


def test_nothing_when_quick_or_not_a_terminal(monkeypatch: pytest.MonkeyPatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr(TerminalProgress, "AFTER_S", 3600.0)  # an import quicker than that
    with TerminalProgress("Directie") as progress:
        progress(200, 200)
    assert terminal.getvalue() == ""
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    monkeypatch.setattr(TerminalProgress, "AFTER_S", 0.0)
    with TerminalProgress("Directie") as progress:
        progress(200, 200)
    assert pipe.getvalue() == ""
