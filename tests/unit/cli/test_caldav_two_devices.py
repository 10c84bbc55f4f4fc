"""Two devices (two data folders) on one account of a real Radicale: what one makes, edits and
deletes is on the other after one `sync` each; a sync with nothing changed is one request per
collection; passwords live in a real (file-based) keyring, never in the store."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from radicale_server import RadicaleServer

from ritmeregie.storage import open_store

ZONE = "Europe/Amsterdam"


class Device:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TZ": ZONE, "RITMEREGIE_HOME": str(self.folder), "LANGUAGE": "en",
               "LANG": "C.UTF-8", **self.env}  # fmt: skip
        env.pop("LC_ALL", None)
        env.pop("RITMEREGIE_CALDAV_PASSWORD", None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            capture_output=True, text=True, env=env, input=stdin, timeout=90, check=False,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str | None = None) -> str:
        done = self.run(*args, stdin=stdin)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def sync(self) -> dict[str, object]:
        data: dict[str, object] = json.loads(self.ok("sync", "--json"))
        return data


def _device(tmp_path: Path, name: str, keyring_env: dict[str, str]) -> Device:
    folder = tmp_path / name
    folder.mkdir()
    return Device(folder, keyring_env)


@pytest.fixture
def devices(
    tmp_path: Path, radicale: RadicaleServer, keyring_env: dict[str, str]
) -> tuple[Device, Device]:
    a = _device(tmp_path, "laptop", keyring_env)
    b = _device(tmp_path, "desktop", {**keyring_env, "XDG_DATA_HOME": str(tmp_path / "kr-b")})
    (tmp_path / "kr-b").mkdir()
    for device in (a, b):
        device.ok("caldav", "add", "Werk", "--url", radicale.url, "--user", radicale.user,
                  "--password-stdin", stdin=radicale.password + "\n")  # fmt: skip
        device.ok("caldav", "publish", "Werk", "--calendar", "/sanne/agenda/")
    return a, b


def _titles(device: Device) -> list[str]:
    with open_store(device.folder) as store:
        now = dt.datetime.now(dt.UTC)
        entries = store.agenda.entries_between(
            now - dt.timedelta(days=2), now + dt.timedelta(days=30)
        )
        return sorted(e.title for e in entries)


def _must_dos(device: Device) -> dict[str, tuple[bool, bool, dt.date | None, bool]]:
    with open_store(device.folder) as store:
        found = {m.title: m for m in store.must_dos.open()}
        found.update({m.title: m for m in store.must_dos.done_between(
            dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))})  # fmt: skip
        return {
            t: (m.urgent, m.important, m.deadline, m.done is not None) for t, m in found.items()
        }


def test_agenda_and_must_dos_travel_both_ways(
    devices: tuple[Device, Device], tmp_path: Path
) -> None:
    a, b = devices
    a.ok(
        "agenda",
        "add",
        "--title",
        "Overleg directie",
        "--start",
        "tomorrow 10:00",
        "--minutes",
        "60",
    )
    a.ok("mustdo", "add", "Notulen uitwerken", "--urgent", "--important")
    a.sync()
    b.sync()
    assert _titles(b) == ["Overleg directie"]
    assert _must_dos(b) == {"Notulen uitwerken": (True, True, None, False)}

    # An edit on the other device, and a deletion, come back after one sync each.
    with open_store(b.folder) as store:
        item = store.agenda.entries_between(
            dt.datetime.now(dt.UTC), dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
        )[0]
        store.agenda.update(item.id, title="Overleg directie (verzet)")
        must_do = store.must_dos.open()[0]
        store.must_dos.set_deadline(must_do.id, dt.date(2027, 1, 15))
        store.must_dos.done(must_do.id)
    b.sync()
    a.sync()
    assert _titles(a) == ["Overleg directie (verzet)"]
    assert _must_dos(a) == {"Notulen uitwerken": (True, True, dt.date(2027, 1, 15), True)}

    a.ok("agenda", "rm", str(_agenda_id(a)))
    a.sync()
    b.sync()
    assert _titles(b) == []
    # A deleted item never comes back from the dead: more syncs, still gone on both.
    a.sync()
    b.sync()
    assert _titles(a) == [] and _titles(b) == []


def _agenda_id(device: Device) -> int:
    with open_store(device.folder) as store:
        now = dt.datetime.now(dt.UTC)
        return store.agenda.entries_between(now, now + dt.timedelta(days=3))[0].id


def test_a_sync_with_nothing_changed_is_one_request_per_collection(
    devices: tuple[Device, Device],
) -> None:
    a, _ = devices
    a.ok("agenda", "add", "--title", "Belronde", "--start", "tomorrow 09:00", "--minutes", "30")
    a.sync()
    quiet = a.sync()
    collections = quiet["collections"]
    assert isinstance(collections, list) and len(collections) == 2
    assert [c["requests"] for c in collections] == [1, 1]


def test_same_field_changed_on_both_devices_keeps_both(devices: tuple[Device, Device]) -> None:
    a, b = devices
    a.ok("mustdo", "add", "Reisplan")
    a.sync()
    b.sync()
    for device, title in ((a, "Reisplan Berlijn"), (b, "Reisplan München")):
        with open_store(device.folder) as store:
            store.must_dos.rename(store.must_dos.open()[0].id, title)
    a.sync()
    answer = b.sync()
    conflicts = [c for col in answer["collections"] for c in col["conflicts"]]  # type: ignore[union-attr, index]
    assert conflicts
    a.sync()
    b.sync()
    expected = {"Reisplan München", "Reisplan Berlijn (changed on two devices)"}
    assert set(_must_dos(a)) == expected
    assert set(_must_dos(b)) == expected


def test_password_is_in_the_keyring_not_in_the_store(
    devices: tuple[Device, Device], radicale: RadicaleServer, keyring_env: dict[str, str]
) -> None:
    a, _ = devices
    assert radicale.password.encode() not in (a.folder / "ritmeregie.sqlite3").read_bytes()
    keyring_files = list(Path(keyring_env["XDG_DATA_HOME"]).rglob("*.cfg"))
    assert keyring_files, "the password went to the keyring"
    assert a.ok("caldav", "test", "Werk").strip()


def test_wrong_password_and_a_dead_server_are_one_line(
    devices: tuple[Device, Device], radicale: RadicaleServer
) -> None:
    a, _ = devices
    wrong = a.run("sync", "--password-stdin", stdin="not-it\n")
    assert wrong.returncode == 1
    assert len(wrong.stderr.strip().splitlines()) == 1 and "401" in wrong.stderr
    radicale.kill()
    down = a.run("sync")
    assert down.returncode == 1
    assert len(down.stderr.strip().splitlines()) == 1 and "reached" in down.stderr
    assert "Traceback" not in down.stderr


def test_a_manager_calendar_from_caldav_is_a_layer_in_the_plan(
    devices: tuple[Device, Device], radicale: RadicaleServer
) -> None:
    a, _ = devices
    path = radicale.make_collection("directie")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:mt-1@test\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{tomorrow:%Y%m%d}T130000Z\r\nDTEND:{tomorrow:%Y%m%d}T140000Z\r\n"
        "SUMMARY:MT-overleg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    import caldav

    client = caldav.DAVClient(url=radicale.url, username=radicale.user, password=radicale.password,
                              auth_type="basic")  # fmt: skip
    client.put(radicale.url.rstrip("/") + path + "mt-1.ics", ics,
               {"Content-Type": "text/calendar"})  # fmt: skip
    a.ok("calendar", "add", "Directie", "--caldav", "Werk", "--calendar", path, "--blocking")
    plan = json.loads(a.ok("plan", "--date", tomorrow.isoformat(), "--json"))
    assert any(b["kind"] == "busy" and "MT-overleg" in b["title"] for b in plan["blocks"])
    quiet = a.sync()
    layer = [c for c in quiet["collections"] if c["purpose"] == "layer"]  # type: ignore[union-attr, index]
    assert layer and layer[0]["requests"] == 1


def test_a_call_and_its_decision_question_arrive_as_they_were(
    devices: tuple[Device, Device],
) -> None:
    a, b = devices
    a.ok("agenda", "add", "--title", "Bellen met Jan", "--start", "tomorrow 11:00", "--minutes", "15",
         "--kind", "call")  # fmt: skip
    with open_store(a.folder) as store:
        store.agenda.update(_agenda_id(a), decision_question="Gaat de reis door?")
    a.sync()
    b.sync()
    with open_store(b.folder) as store:
        now = dt.datetime.now(dt.UTC)
        [entry] = store.agenda.entries_between(now, now + dt.timedelta(days=3))
    assert (entry.title, entry.kind.value, entry.decision_question) == (
        "Bellen met Jan", "call", "Gaat de reis door?",
    )  # fmt: skip


def test_list_and_rm_an_account_and_its_password(
    devices: tuple[Device, Device], keyring_env: dict[str, str]
) -> None:
    a, _ = devices
    listed = json.loads(a.ok("caldav", "list", "--json"))
    [account] = listed["accounts"]
    assert account["name"] == "Werk"
    assert sorted(c["purpose"] for c in account["collections"]) == ["agenda", "tasks"]
    keyring_file = next(Path(keyring_env["XDG_DATA_HOME"]).rglob("*.cfg"))
    assert "werk" in keyring_file.read_text().lower()
    a.ok("caldav", "rm", "Werk")
    assert json.loads(a.ok("caldav", "list", "--json")) == {"accounts": []}
    assert "werk" not in keyring_file.read_text().lower()
    gone = a.run("sync")
    assert gone.returncode == 0 and "Nothing to sync" in gone.stdout


def test_without_a_keychain_one_line_and_the_password_on_stdin(
    tmp_path: Path, radicale: RadicaleServer
) -> None:
    device = _device(tmp_path, "kiosk", {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    added = device.run("caldav", "add", "Werk", "--url", radicale.url, "--user", radicale.user,
                       "--password-stdin", stdin=radicale.password + "\n")  # fmt: skip
    assert added.returncode == 0
    assert len(added.stderr.strip().splitlines()) == 1 and "--password-stdin" in added.stderr
    device.ok("caldav", "publish", "Werk", "--calendar", "/sanne/agenda/", "--password-stdin",
              stdin=radicale.password + "\n")  # fmt: skip
    without = device.run("sync")
    assert without.returncode == 1 and "no password" in without.stderr
    assert len(without.stderr.strip().splitlines()) == 1
    device.ok("sync", "--password-stdin", stdin=radicale.password + "\n")


def _put_event(radicale: RadicaleServer, path: str, uid: str, title: str, day: dt.date) -> None:
    import caldav

    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{day:%Y%m%d}T090000Z\r\nDTEND:{day:%Y%m%d}T100000Z\r\n"
        f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    client = caldav.DAVClient(url=radicale.url, username=radicale.user, password=radicale.password,
                              auth_type="basic")  # fmt: skip
    client.put(radicale.url.rstrip("/") + path + f"{uid}.ics", ics,
               {"Content-Type": "text/calendar"})  # fmt: skip


def test_a_caldav_layer_takes_its_role_like_a_file(
    devices: tuple[Device, Device], radicale: RadicaleServer
) -> None:
    a, _ = devices
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    own = radicale.make_collection("eigen")
    _put_event(radicale, own, "own-1@test", "Werkoverleg", tomorrow)
    boss = radicale.make_collection("baas")
    _put_event(radicale, boss, "boss-1@test", "Directieoverleg", tomorrow + dt.timedelta(days=1))
    holidays = radicale.make_collection("vrij")
    _put_event(radicale, holidays, "free-1@test", "Koningsdag", tomorrow)

    a.ok("calendar", "add", "Mijn agenda", "--caldav", "Werk", "--calendar", own, "--role", "own")
    a.ok("calendar", "add", "Baas", "--caldav", "Werk", "--calendar", boss, "--role", "manager",
         "--blocking")  # fmt: skip
    a.ok("calendar", "add", "Vrij", "--caldav", "Werk", "--calendar", holidays, "--role", "context")
    listed = {c["name"]: (c["role"], c["blocking"])
              for c in json.loads(a.ok("calendar", "list", "--json"))["calendars"]}  # fmt: skip
    assert listed == {"Mijn agenda": ("own", False), "Baas": ("manager", True),
                      "Vrij": ("context", False)}  # fmt: skip

    # Her own calendar's events are her meetings; a context layer's are not.
    day = json.loads(a.ok("meetings", "--date", tomorrow.isoformat(), "--json"))
    assert [(m["title"], m["source"]) for m in day["meetings"]] == [("Werkoverleg", "Mijn agenda")]

    # An edit on the server reaches the meeting after one sync; the role stays.
    _put_event(radicale, own, "own-1@test", "Werkoverleg (verzet)", tomorrow)
    a.sync()
    day = json.loads(a.ok("meetings", "--date", tomorrow.isoformat(), "--json"))
    assert [m["title"] for m in day["meetings"]] == ["Werkoverleg (verzet)"]

    wrong = a.run("calendar", "add", "X", "--caldav", "Werk", "--calendar", boss, "--role", "own",
                  "--blocking")  # fmt: skip
    assert wrong.returncode == 1 and "--role manager" in wrong.stderr


def _managers_of(device: Device) -> dict[str, str | None]:
    with open_store(device.folder) as store:
        return {m.title: m.manager for m in store.must_dos.open()}


def test_a_requests_manager_travels_both_ways(
    devices: tuple[Device, Device], radicale: RadicaleServer
) -> None:
    a, b = devices
    with open_store(a.folder) as store:
        bert = store.managers.add("Bert Jansen")
        store.must_dos.add("Begroting nakijken", manager_id=bert.id)
        store.must_dos.add("Eigen lijstje")
    a.sync()
    b.sync()
    # Bert was not known on the desktop: he is added there, so the request keeps its manager.
    assert _managers_of(b) == {"Begroting nakijken": "Bert Jansen", "Eigen lijstje": None}
    with open_store(b.folder) as store:
        assert [m.name for m in store.managers.all()] == ["Bert Jansen"]
        anna = store.managers.add("Anna de Vries")
        begroting, eigen = sorted(store.must_dos.open(), key=lambda m: m.title)
        store.must_dos.set_manager(begroting.id, anna.id)
        store.must_dos.set_manager(eigen.id, anna.id)
    b.sync()
    a.sync()
    assert _managers_of(a) == {
        "Begroting nakijken": "Anna de Vries",
        "Eigen lijstje": "Anna de Vries",
    }
    with open_store(a.folder) as store:
        assert sorted(m.name for m in store.managers.all()) == ["Anna de Vries", "Bert Jansen"]
        store.must_dos.set_manager(store.must_dos.open()[0].id, None)
    a.sync()
    b.sync()
    assert sorted(map(str, _managers_of(b).values())) == ["Anna de Vries", "None"]

    # Other clients see the manager as a category; the X- property is what comes back.
    import caldav

    client = caldav.DAVClient(url=radicale.url, username=radicale.user, password=radicale.password,
                              auth_type="basic")  # fmt: skip
    todos = client.calendar(url=radicale.url.rstrip("/") + "/sanne/agenda-tasks/").todos()
    texts = [t.data for t in todos]
    assert any("CATEGORIES:Anna de Vries" in t and "X-RITMEREGIE-MANAGER:Anna de Vries" in t
               for t in texts)  # fmt: skip
