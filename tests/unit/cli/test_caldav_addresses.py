"""`caldav add --url` with the addresses people copy from their server's page: the root, a whole
collection address (with or without the last slash), a server behind a path prefix, a bcrypt
htpasswd; and hostile answers (garbage XML, a redirect to another host, a login page, an endless
body), each one line with nothing local lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from caldav_servers import hostile, prefix_proxy, serving
from radicale_server import RadicaleServer

from ritmeregie.storage import open_store
from ritmeregie.storage.caldav import CollectionPurpose


class Device:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        folder.mkdir()
        self.folder = folder
        self.env = env

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "RITMEREGIE_HOME": str(self.folder), "LANGUAGE": "en",
               "LANG": "C.UTF-8", **self.env}  # fmt: skip
        env.pop("LC_ALL", None)
        env.pop("RITMEREGIE_CALDAV_PASSWORD", None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            capture_output=True, text=True, env=env, input=stdin, timeout=120, check=False,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str | None = None) -> str:
        done = self.run(*args, stdin=stdin)
        assert done.returncode == 0, done.stderr
        return done.stdout


@pytest.fixture
def bcrypt_radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path / "radicale-bcrypt", encryption="bcrypt")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("form", ["root", "principal", "collection", "collection-no-slash"])
def test_every_address_finds_the_calendars_on_a_bcrypt_server(
    form: str, bcrypt_radicale: RadicaleServer, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    server = bcrypt_radicale
    agenda = server.make_collection("agenda")
    root = server.url.rstrip("/")
    url = {
        "root": server.url,
        "principal": f"{root}/{server.user}/",
        "collection": root + agenda,
        "collection-no-slash": root + agenda.rstrip("/"),
    }[form]
    device = Device(tmp_path / "laptop", keyring_env)
    added = device.ok("caldav", "add", "Werk", "--url", url, "--user", server.user,
                      "--password-stdin", stdin=server.password + "\n")  # fmt: skip
    assert f"under /{server.user}/" in added
    device.ok("caldav", "publish", "Werk", "--calendar", "agenda")
    device.ok("mustdo", "add", "Notulen uitwerken")
    assert json.loads(device.ok("sync", "--json"))["ok"] is True
    [account] = json.loads(device.ok("caldav", "list", "--json"))["accounts"]
    paths = sorted(c["path"] for c in account["collections"])
    assert paths == [f"/{server.user}/agenda-tasks/", f"/{server.user}/agenda/"]


def test_a_server_behind_a_path_prefix(
    radicale: RadicaleServer, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    with serving(prefix_proxy(radicale.url, "/dav")) as proxy:
        laptop = Device(tmp_path / "laptop", keyring_env)
        added = laptop.ok("caldav", "add", "Werk", "--url", proxy + "/dav/", "--user",
                          radicale.user, "--password-stdin", stdin=radicale.password + "\n")  # fmt: skip
        assert f"under /dav/{radicale.user}/" in added
        laptop.ok("caldav", "publish", "Werk", "--calendar", "agenda")
        laptop.ok("mustdo", "add", "Reisplan Berlijn")
        laptop.ok("sync")
        # The other device copies the collection's whole address, without the last slash.
        desktop = Device(tmp_path / "desktop", keyring_env)
        desktop.ok("caldav", "add", "Werk", "--url", f"{proxy}/dav/{radicale.user}/agenda",
                   "--user", radicale.user, "--password-stdin", stdin=radicale.password + "\n")  # fmt: skip
        desktop.ok("caldav", "publish", "Werk", "--calendar", f"/dav/{radicale.user}/agenda/")
        desktop.ok("sync")
        with open_store(desktop.folder) as store:
            assert [m.title for m in store.must_dos.open()] == ["Reisplan Berlijn"]


HOSTILE = {
    "garbage": "not CalDAV",
    "login": "not CalDAV",
    "redirect": "elsewhere.example",
    "endless": "too large",
}


@pytest.mark.parametrize("mode", sorted(HOSTILE))
def test_a_hostile_answer_is_one_line_and_nothing_is_lost(
    mode: str, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    device = Device(tmp_path / "laptop", keyring_env)
    device.ok("mustdo", "add", "Begroting nakijken")
    with serving(hostile(mode)) as url:
        added = device.run("caldav", "add", "Werk", "--url", url + "/", "--user", "sanne",
                           "--password-stdin", stdin="geheim\n")  # fmt: skip
        _one_line(added, HOSTILE[mode])
        assert json.loads(device.ok("caldav", "list", "--json")) == {"accounts": []}

        # An account that was fine and whose server turns hostile: the sync says so, once.
        with open_store(device.folder) as store:
            store.caldav.add_account("Werk", url + "/", "sanne")
            store.caldav.bind("Werk", "/sanne/agenda/", CollectionPurpose.TASKS)
        synced = device.run("sync", "--password-stdin", stdin="geheim\n")
        _one_line(synced, HOSTILE[mode])
    with open_store(device.folder) as store:
        assert [m.title for m in store.must_dos.open()] == ["Begroting nakijken"]


def _one_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert words in done.stderr
