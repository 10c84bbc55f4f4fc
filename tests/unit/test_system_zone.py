"""system_zone_name(): the system's zone read again on every call, for a running app that travels.

tzlocal reads the system's configuration under a root directory; these tests give it a small root
of their own (an /etc/localtime symlink, an /etc/timezone file) and change it between calls, the
way `timedatectl set-timezone` does on a laptop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
import tzlocal.unix

from ritmeregie.platform import system_zone
from ritmeregie.platform.paths import local_timezone_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix configuration files")


class FakeRoot:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "etc").mkdir()
        for name in ("Europe/Amsterdam", "Asia/Tokyo", "America/New_York"):
            target = root / "zoneinfo" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.touch()  # only the link's name matters for the zone's name

    def link(self, name: str) -> None:
        localtime = self.root / "etc" / "localtime"
        localtime.unlink(missing_ok=True)
        localtime.symlink_to(self.root / "zoneinfo" / name)

    def write(self, relative: str, text: str) -> None:
        (self.root / relative).write_text(text, encoding="ascii")


@pytest.fixture
def system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeRoot:
    monkeypatch.delenv("TZ", raising=False)
    reader = tzlocal.unix._get_localzone_name
    monkeypatch.setattr(tzlocal.unix, "_get_localzone_name", lambda: reader(str(tmp_path) + "/"))
    return FakeRoot(tmp_path)


def test_a_change_of_the_system_zone_is_seen_on_the_next_call(system: FakeRoot) -> None:
    system.link("Europe/Amsterdam")
    assert system_zone.system_zone_name() == "Europe/Amsterdam"
    system.link("Asia/Tokyo")
    assert system_zone.system_zone_name() == "Asia/Tokyo"
    # tzlocal's public answer stays what it read first; ours does not.
    system.link("America/New_York")
    assert system_zone.system_zone_name() == "America/New_York"


def test_a_stale_etc_timezone_is_said_once_not_on_every_heartbeat(
    system: FakeRoot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    system.link("Asia/Tokyo")
    system.write("etc/timezone", "Europe/Amsterdam\n")
    names = [system_zone.system_zone_name() for _ in range(5)]
    assert names == ["Asia/Tokyo"] * 5  # tzlocal trusts the link over the stale file
    complaints = [r for r in caplog.records if "/etc/timezone is deprecated" in r.getMessage()]
    assert len(complaints) <= 1


def test_an_unreadable_system_zone_is_none_not_utc(
    system: FakeRoot, caplog: pytest.LogCaptureFixture
) -> None:
    # Two files that disagree and no link to settle it: tzlocal refuses to guess.
    (system.root / "etc" / "sysconfig").mkdir()
    (system.root / "etc" / "conf.d").mkdir()
    system.write("etc/sysconfig/clock", 'ZONE="Europe/Amsterdam"\n')
    system.write("etc/conf.d/clock", 'TIMEZONE="Asia/Tokyo"\n')
    assert [system_zone.system_zone_name() for _ in range(3)] == [None, None, None]
    cannot = [r for r in caplog.records if "cannot be read" in r.getMessage()]
    assert len(cannot) == 1


def test_no_configuration_at_all_is_none(system: FakeRoot) -> None:
    assert system_zone.system_zone_name() is None


def test_tz_in_the_environment_pins_the_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert system_zone.system_zone_name() == "Asia/Tokyo" == local_timezone_name()
