"""The keys (issue 22's first part): the client's own key made with every journal (and once for
a journal begun before), carried by the export and kept by the coach; the coach's signing key,
made with `coach keygen` or on first use; the line a client pins; a backup that takes the key
along to another computer."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from conftest import Invoke, Result, refused, rows, snapshot

FIXTURES = Path(__file__).parent / "fixtures"


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


def public_key(home: Path) -> str:
    from herstel.exchange.crypto import identities_in

    return str(identities_in(home / "client-identity.txt")[0].to_public())


def test_a_journal_from_before_the_keys_gets_one_once(cli: Invoke, home: Path) -> None:
    home.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "store-v2.db", home / "herstel.db")
    ok(cli("log"))
    key = home / "client-identity.txt"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    made = key.read_bytes()
    ok(cli("log"))
    assert key.read_bytes() == made  # made once, with the migration; never again


def test_the_demo_has_a_key_too(cli: Invoke, home: Path) -> None:
    ok(cli("demo", "--weeks", "3"))
    assert public_key(home).startswith("age1")


def test_the_coach_keeps_the_clients_key_from_the_newest_export(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    coach = ["--home", str(tmp_path / "coach")]
    pin = ok(cli(*coach, "coach", "keygen")).strip()
    ok(cli("init", "--name", "Anna", "--first-session", "today"))
    ok(cli("config", "set", "coach-key", pin))
    ok(cli("export", "-o", str(tmp_path / "anna.age")))
    ok(cli(*coach, "coach", "import", str(tmp_path / "anna.age")))
    coach_db = tmp_path / "coach" / "coach.db"
    assert rows(coach_db, "SELECT public_key FROM client") == [(public_key(home),)]
    # The coach's copy of the client (the right of access) names the key the coach holds.
    held = json.loads(ok(cli(*coach, "coach", "export", "Anna")))
    assert held["client_key"] == public_key(home)
    # A later file of version 2 knows no key: the one held stays.
    plain = json.loads(ok(cli("export", "--plain")))
    plain["format_version"] = 2
    del plain["client_key"]
    old = tmp_path / "anna-v2.json"
    old.write_text(json.dumps(plain))
    ok(cli(*coach, "coach", "import", str(old)))
    assert rows(coach_db, "SELECT public_key FROM client") == [(public_key(home),)]


def test_a_coach_home_from_before_gets_its_signing_key_on_first_use(
    cli: Invoke, tmp_path: Path
) -> None:
    coach = tmp_path / "coach"
    pin = ok(cli("--home", str(coach), "coach", "keygen")).strip()
    (coach / "coach-signing-key.pem").unlink()  # as a coach home made before issue 22
    shown = cli("--home", str(coach), "coach", "key")
    new_pin = ok(shown).strip()
    assert new_pin.split("+")[0] == pin.split("+")[0] and new_pin != pin
    assert "Your signing key is in" in shown.stderr
    assert stat.S_IMODE((coach / "coach-signing-key.pem").stat().st_mode) == 0o600
    again = cli("--home", str(coach), "coach", "key")
    assert ok(again).strip() == new_pin and "Your signing key is in" not in again.stderr


def test_a_damaged_signing_key_is_never_replaced(cli: Invoke, tmp_path: Path) -> None:
    coach = tmp_path / "coach"
    ok(cli("--home", str(coach), "coach", "keygen"))
    (coach / "coach-signing-key.pem").write_text("not a key\n")
    message = refused(cli("--home", str(coach), "coach", "key"), 1)
    assert message.startswith(f"{coach / 'coach-signing-key.pem'} isn't a signing key")
    assert (coach / "coach-signing-key.pem").read_text() == "not a key\n"
    dutch = refused(cli("--lang", "nl", "--home", str(coach), "coach", "key"), 1)
    assert "geen ondertekensleutel" in dutch


def test_the_signing_key_keeps_through_a_rotation(cli: Invoke, tmp_path: Path) -> None:
    coach = ["--home", str(tmp_path / "coach")]
    first = ok(cli(*coach, "coach", "keygen")).strip()
    second = ok(cli(*coach, "coach", "keygen", "--rotate")).strip()
    assert first.split("+")[0] != second.split("+")[0]
    assert first.split("+")[1] == second.split("+")[1]


def test_a_restore_keeps_this_computers_own_key(cli: Invoke, home: Path, tmp_path: Path) -> None:
    ok(cli("init", "--name", "Anna", "--first-session", "today"))
    copy = tmp_path / "copy.db"
    ok(cli("backup", str(copy)))
    other = tmp_path / "other"
    ok(cli("--home", str(other), "init", "--name", "Anna", "--first-session", "today"))
    own = (other / "client-identity.txt").read_bytes()
    result = cli("--home", str(other), "restore", str(copy))
    ok(result)
    assert (other / "client-identity.txt").read_bytes() == own
    assert "This computer's own key stays as it is" in result.stderr


def test_a_backup_without_a_key_restores_with_a_new_one(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    ok(cli("init", "--name", "Anna", "--first-session", "today"))
    (home / "client-identity.txt").unlink()
    copy = tmp_path / "copy.db"
    ok(cli("backup", str(copy)))
    assert rows(copy, "SELECT count(*) FROM setting WHERE key = 'client-identity'") == [(0,)]
    other = tmp_path / "other"
    ok(cli("--home", str(other), "restore", str(copy)))
    assert public_key(other).startswith("age1")


def test_the_clients_own_key_is_refused_as_the_coachs(cli: Invoke, home: Path) -> None:
    ok(cli("init", "--name", "Anna", "--first-session", "today"))
    before = snapshot(home / "herstel.db")
    own = public_key(home)
    message = refused(cli("config", "set", "coach-key", own), 2)
    assert "your own" in message.lower()
    signing = "+ed25519:" + "A" * 43
    assert refused(cli("config", "set", "coach-key", own + signing), 2) == message
    assert snapshot(home / "herstel.db") == before
