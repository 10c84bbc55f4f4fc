"""Data dir precedence, socket names and the local time zone (no Qt)."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import platformdirs
import pytest

from ritmeregie.platform import paths


@pytest.fixture
def no_home_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    return monkeypatch


def test_override_beats_env_and_default(no_home_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_home_env.setenv(paths.HOME_ENV, str(tmp_path / "from-env"))
    assert paths.data_dir(str(tmp_path / "explicit")) == (tmp_path / "explicit").resolve()


def test_env_beats_default(no_home_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_home_env.setenv(paths.HOME_ENV, str(tmp_path / "from-env"))
    assert paths.data_dir() == (tmp_path / "from-env").resolve()
    assert paths.data_dir(None) == (tmp_path / "from-env").resolve()


def test_empty_env_and_override_mean_unset(no_home_env: pytest.MonkeyPatch) -> None:
    no_home_env.setenv(paths.HOME_ENV, "")
    expected = Path(platformdirs.user_data_dir("ritmeregie", appauthor=False)).resolve()
    assert paths.data_dir("") == expected


def test_default_is_the_platform_user_data_dir(no_home_env: pytest.MonkeyPatch) -> None:
    expected = Path(platformdirs.user_data_dir("ritmeregie", appauthor=False)).resolve()
    assert paths.data_dir() == expected
    assert expected.name == "ritmeregie"


def test_override_expands_home_and_is_absolute(
    no_home_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_home_env.setenv("HOME", str(tmp_path))
    assert paths.data_dir("~/store") == (tmp_path / "store").resolve()
    no_home_env.chdir(tmp_path)
    assert paths.data_dir("relative") == (tmp_path / "relative").resolve()


def test_different_data_dirs_get_different_names(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert paths.runtime_name(first) != paths.runtime_name(second)
    assert paths.socket_path(first) != paths.socket_path(second)


def test_same_dir_spelled_differently_gets_the_same_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path)
    spellings = [tmp_path / "a", tmp_path / "a" / ".." / "a", Path("a"), str(tmp_path / "a")]
    assert len({paths.runtime_name(spelling) for spelling in spellings}) == 1


def test_runtime_name_is_a_safe_pipe_name(tmp_path: Path) -> None:
    name = paths.runtime_name(tmp_path / "with spaces and ünïcode")
    assert name.startswith("ritmeregie-")
    assert name.replace("-", "").isalnum() and name.isascii()


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX socket paths are POSIX only")
def test_socket_path_stays_short_for_a_very_long_data_dir(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-directory-name"] * 12)
    path = paths.socket_path(deep)
    assert len(os.fsencode(path)) < 100
    assert path.name.startswith(paths.runtime_name(deep))


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX socket paths are POSIX only")
def test_socket_lives_in_the_runtime_dir_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert paths.socket_path(tmp_path / "store").parent == runtime


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX socket paths are POSIX only")
@pytest.mark.parametrize("mode", [0o755, 0o777, 0o1777])
def test_a_runtime_dir_others_may_enter_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    runtime.chmod(mode)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    store = tmp_path / "store"
    own = Path(tempfile.gettempdir()) / f"ritmeregie-{os.getuid()}"
    assert paths.socket_path(store).parent in (store.resolve() / "run", own)


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX socket paths are POSIX only")
def test_too_long_runtime_dir_falls_back_to_a_private_folder_never_to_tmp_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path.joinpath(*["x" * 40] * 3)
    runtime.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = paths.socket_path(tmp_path.joinpath(*["store" * 8] * 2))
    assert path.parent != Path(tempfile.gettempdir())
    assert path.parent.name.startswith("ritmeregie-")
    assert len(os.fsencode(path)) < 100


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX socket paths are POSIX only")
def test_missing_runtime_dir_falls_back_to_tempdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "does-not-exist"))
    assert paths.socket_path(tmp_path / "store").parent != tmp_path / "does-not-exist"


def test_server_name_matches_the_client_side(tmp_path: Path) -> None:
    if os.name == "posix":
        assert paths.server_name(tmp_path) == str(paths.socket_path(tmp_path))
    else:
        assert paths.server_name(tmp_path) == paths.runtime_name(tmp_path)


def test_tz_env_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    assert paths.local_timezone_name() == "Europe/Amsterdam"
    monkeypatch.setenv("TZ", ":America/Argentina/Buenos_Aires")
    assert paths.local_timezone_name() == "America/Argentina/Buenos_Aires"


@pytest.mark.skipif(
    not Path("/usr/share/zoneinfo/Europe/Amsterdam").exists(), reason="no system zoneinfo"
)
def test_tz_env_as_a_zoneinfo_file_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "/usr/share/zoneinfo/Europe/Amsterdam")
    assert paths.local_timezone_name() == "Europe/Amsterdam"


def test_unknown_tz_env_is_logged_and_a_real_zone_is_returned(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    with caplog.at_level(logging.WARNING, logger=paths.__name__):
        name = paths.local_timezone_name()
    assert name != "Nowhere/Atlantis"
    assert "Nowhere/Atlantis" in caplog.text
    import zoneinfo

    assert zoneinfo.ZoneInfo(name) is not None


def test_without_tz_env_the_system_zone_is_a_valid_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)
    import zoneinfo

    assert zoneinfo.ZoneInfo(paths.local_timezone_name()) is not None


@pytest.mark.parametrize("failure", ["raises", "unknown", "not-a-zone"])
def test_unknown_system_zone_falls_back_to_utc_with_a_log_line(
    failure: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import zoneinfo

    import tzlocal

    def broken_tzlocal() -> str | None:
        # Stands in for the OS configuration, not for the code under test.
        if failure == "raises":
            raise zoneinfo.ZoneInfoNotFoundError("Multiple conflicting time zone configurations")
        return None if failure == "unknown" else "Mars/Olympus_Mons"

    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(tzlocal, "get_localzone_name", broken_tzlocal)
    with caplog.at_level(logging.WARNING, logger=paths.__name__):
        assert paths.local_timezone_name() == "UTC"
    assert "UTC" in caplog.text
