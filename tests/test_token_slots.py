"""Smart-card key slots against a real PKCS#11 module (SoftHSM2): add, unlock with the
PIN, every refusal leaving the workspace as it was, a card pulled out mid-session, and
a rekey that re-wraps the card's slot (ARCHITECTURE.md, "Key slots")."""

from __future__ import annotations

import json

import pytest

from liaison.model.errors import (
    PassphraseRequired,
    PinLocked,
    SlotError,
    TokenError,
    TokenPinRequired,
    TokenReplaced,
    WrongPin,
)
from liaison.store.token_slot import CardKey
from liaison.workspace import Workspace

from .token_helpers import PIN, make_softhsm
from .workspace_helpers import PASSPHRASE, folder_state


@pytest.fixture(scope="module")
def rsa_card(tmp_path_factory):
    """A token 'card1' holding RSA key 01 'liaison', made once: each test copies it
    (generating an RSA key costs most of a second)."""
    with pytest.MonkeyPatch.context() as patch:
        hsm = make_softhsm(tmp_path_factory.mktemp("card"), patch)
        hsm.init_token("card1")
        hsm.generate("card1", "rsa", b"\x01", "liaison")
    return hsm.tokens


@pytest.fixture
def hsm(tmp_path, monkeypatch, rsa_card):
    return make_softhsm(tmp_path, monkeypatch, template=rsa_card)


def _workspace(tmp_path, card: CardKey | None = None):
    folder = tmp_path / "ws"
    Workspace.create(folder, "Politie", "NL", use_keyring=False,
                     passphrase=PASSPHRASE).close()
    if card is not None:
        with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
            ws.add_token_slot(card, PIN)
    return folder


def _open(folder, pin):
    return Workspace.open(folder, pin=pin, use_keyring=False)


def test_rsa_card_slot_opens_with_the_pin(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    slot = json.loads((folder / "workspace.json").read_text())["slots"][1]
    assert slot["type"] == "pkcs11" and slot["scheme"] == "rsa-oaep-sha1"
    assert slot["token"]["label"] == "card1" and slot["key"]["kind"] == "rsa"
    assert "module" not in slot  # a path here would be loaded before the key is known
    with _open(folder, PIN) as ws:
        assert ws.info().slots == ["passphrase", "pkcs11"]
        assert ws.token_check() is None
        assert [e.action for e in ws.audit_entries()][-1] == "workspace.open"
        [listed] = ws.token_slots()
        assert listed["token_serial"] and listed["fingerprint"] == slot["key"]["fingerprint"]
    with pytest.raises(PassphraseRequired, match=r"--passphrase-file.*PIN of the smart card"):
        _open(folder, None)


def test_ec_card_slot_uses_ecdh_and_survives_a_rekey(tmp_path, monkeypatch):
    hsm = make_softhsm(tmp_path, monkeypatch)
    hsm.init_token("ec-card")
    hsm.generate("ec-card", "ec", b"\x02", "ec key")
    folder = _workspace(tmp_path, CardKey(token_label="ec-card", key_id="02"))
    assert json.loads((folder / "workspace.json").read_text())["slots"][1]["scheme"] == \
        "ecdh-hkdf-sha256"
    with _open(folder, PIN) as ws:
        ws.rekey(passphrase=PASSPHRASE)  # the card's slot is re-wrapped from its public key
    with _open(folder, PIN) as ws:
        assert ws.info().slots == ["passphrase", "pkcs11"]
    Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False).close()


def test_refusals_name_the_fault_and_change_nothing(hsm, tmp_path, monkeypatch):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    before = folder_state(folder, with_shm=False)

    with pytest.raises(WrongPin, match="Wrong PIN for the token 'card1'"):
        _open(folder, "000000")
    monkeypatch.setenv("LIAISON_PKCS11_MODULE", str(tmp_path / "missing.so"))
    with pytest.raises(TokenError, match=r"module .*missing\.so does not exist"):
        _open(folder, PIN)
    monkeypatch.setenv("LIAISON_PKCS11_MODULE", hsm.module)
    hsm.lock_pin()
    with pytest.raises(PinLocked, match="locked after too many wrong tries"):
        _open(folder, PIN)
    assert folder_state(folder, with_shm=False) == before


def test_absent_replaced_and_rekeyed_cards_are_told_apart(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    before = folder_state(folder, with_shm=False)
    hsm.delete_token("card1")
    with pytest.raises(TokenError, match="No smart card or token is present"):
        _open(folder, PIN)
    # Another card under the same label: a new serial.
    hsm.init_token("card1")
    hsm.generate("card1", "rsa", b"\x01", "liaison")
    with pytest.raises(TokenReplaced, match="not the card this slot was made with"):
        _open(folder, PIN)
    # A passphrase still opens, whatever the card says; a PIN given asks for the card.
    Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False).close()
    before = folder_state(folder, with_shm=False)
    with pytest.raises(TokenReplaced):
        _open(folder, PIN)
    assert folder_state(folder, with_shm=False) == before


def test_same_card_with_a_new_key_or_no_key(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_serial=hsm.token("card1").serial.decode(),
                                          key_id="01"))
    before = folder_state(folder, with_shm=False)
    from pkcs11 import Attribute

    with hsm.token("card1").open(rw=True, user_pin=PIN) as session:
        for obj in list(session.get_objects({Attribute.ID: b"\x01"})):
            obj.destroy()
    with pytest.raises(TokenError, match="holds no private key with id 01"):
        _open(folder, PIN)
    hsm.generate("card1", "rsa", b"\x01", "liaison")  # the card re-keyed, same id
    with pytest.raises(TokenReplaced, match="not the key this slot was made with"):
        _open(folder, PIN)
    assert folder_state(folder, with_shm=False) == before


def test_adding_refuses_what_cannot_work(hsm, tmp_path):
    folder = _workspace(tmp_path)
    before = folder_state(folder, with_shm=False)
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        after_open = folder_state(folder, with_shm=False)
        with pytest.raises(WrongPin):
            ws.add_token_slot(CardKey(token_label="card1", key_label="liaison"), "999999")
        with pytest.raises(TokenError, match="not present"):
            ws.add_token_slot(CardKey(token_label="card9", key_label="liaison"), PIN)
        with pytest.raises(TokenError, match="holds no public key with label 'other'"):
            ws.add_token_slot(CardKey(token_label="card1", key_label="other"), PIN)
        with pytest.raises(TokenError, match="not hexadecimal"):
            ws.add_token_slot(CardKey(token_label="card1", key_id="zz"), PIN)
        assert ws.meta.slot_types() == ["passphrase"]
        assert folder_state(folder, with_shm=False) == after_open
        ws.add_token_slot(CardKey(token_label="card1", key_label="liaison"), PIN)
        with pytest.raises(SlotError, match="already has a slot"):
            ws.add_token_slot(CardKey(token_label="card1", key_label="liaison"), PIN)
    assert before  # the workspace existed before any of this


def test_pulled_card_locks_the_session_it_opened(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    ws = _open(folder, PIN)
    assert ws.token_check() is None
    hsm.delete_token("card1")
    reason = ws.token_check()
    assert reason and "No smart card or token is present" in reason
    assert ws.is_locked
    # Re-initialised in the reader: another token, the session stays locked too.
    hsm.init_token("card1")
    ws = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    assert ws.token_check() is None  # a passphrase session does not watch any card
    ws.close()


def test_reinitialised_card_locks_the_session(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    ws = _open(folder, PIN)
    hsm.delete_token("card1")
    hsm.init_token("card1")
    assert "card1" in (ws.token_check() or "")
    assert ws.is_locked


def test_card_only_workspace_and_last_slot(hsm, tmp_path):
    folder = _workspace(tmp_path, CardKey(token_label="card1", key_label="liaison"))
    with _open(folder, PIN) as ws:
        ws.remove_passphrase()
        [card] = ws.token_slots()
        with pytest.raises(SlotError, match="only key slot"):
            ws.remove_token_slot(card["fingerprint"][:12])
        ws.rekey()  # no passphrase to ask: the card's public key re-wraps
    with pytest.raises(TokenPinRequired):
        Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    assert Workspace.check(folder, pin=PIN, use_keyring=False).ok  # check opens with it too
    with _open(folder, PIN) as ws:
        ws.add_passphrase(PASSPHRASE)
        ws.remove_token_slot(card["fingerprint"][:12])
        assert ws.meta.slot_types() == ["passphrase"]
    with pytest.raises(PassphraseRequired):
        _open(folder, PIN)


def test_command_line_adds_lists_opens_and_removes_a_card(hsm, tmp_path):
    from .test_cli import run

    folder = _workspace(tmp_path)
    pp, pin, wrong = tmp_path / "pp", tmp_path / "pin", tmp_path / "wrong"
    pp.write_text(PASSPHRASE + "\n")
    pin.write_text(PIN + "\n")
    wrong.write_text("000000\n")
    done = run("--workspace", folder, "--passphrase-file", pp, "--pin-file", pin,
               "--pkcs11-module", hsm.module, "card", "add", "--token-label", "card1",
               "--key-label", "liaison", "--json", env={"LIAISON_PKCS11_MODULE": ""})
    assert done.returncode == 0, done.stderr
    fingerprint = json.loads(done.stdout)["fingerprint"]
    before = folder_state(folder, with_shm=False)
    done = run("--workspace", folder, "--pin-file", wrong, "info")
    assert done.returncode == 1 and "Wrong PIN for the token 'card1'" in done.stderr
    assert folder_state(folder, with_shm=False) == before
    done = run("--workspace", folder, "--pin-file", "-", "card", "check", stdin=PIN + "\n")
    assert done.returncode == 0, done.stderr
    assert fingerprint in done.stdout and "present" in done.stdout
    done = run("--workspace", folder, "--pin-file", pin, "card", "remove", fingerprint[:10])
    assert done.returncode == 0, done.stderr
    assert "Key slots: passphrase" in done.stdout
