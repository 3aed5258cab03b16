"""Turning key slots into a database key (and the audit key), and building slots."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from liaison.model.errors import (
    KeyringUnavailable,
    PassphraseRequired,
    PinLocked,
    TokenError,
    TokenPinRequired,
    UnlockError,
    WrongPassphrase,
    WrongPin,
)
from liaison.store import keyslots
from liaison.store.metadata import Metadata


@dataclass
class SlotPlan:
    """What slots a key should have: the keyring, a passphrase, or both required."""

    keyring: bool
    passphrase: str | None
    require_both: bool = False

    def validate(self) -> None:
        if self.require_both and not (self.keyring and self.passphrase):
            raise UnlockError("Requiring both slots needs the keyring and a passphrase.")
        if not self.keyring and not self.passphrase:
            raise UnlockError(
                "A workspace needs at least one key slot: the OS keyring or a passphrase."
            )


@dataclass(frozen=True)
class Unlocked:
    """The database key a slot gave, and the audit key (None when no slot that could be
    used now holds one: a slot made before audit keys, not yet given it)."""

    key: bytes
    audit_key: bytes | None = None
    slot: dict[str, Any] | None = None  # the slot that opened (a token slot is watched)


def account(workspace_id: str, pending: bool = False) -> str:
    return workspace_id + (keyslots.PENDING_SUFFIX if pending else "")


def audit_account(workspace_id: str, pending: bool = False) -> str:
    """The keyring entry that holds a ``keyring`` slot's audit key."""
    return account(workspace_id, pending) + keyslots.AUDIT_SUFFIX


def holds_audit(slot: dict[str, Any]) -> bool:
    return isinstance(slot.get("audit"), dict)


KEYRING_AUDIT = {"keyring": True}  # a keyring slot's ``audit`` member


def build_slots(workspace_id: str, key: bytes, plan: SlotPlan, pending: bool = False,
                audit_key: bytes | None = None) -> list[dict[str, Any]]:
    """Create slots for ``key`` (and ``audit_key``) as planned, writing keyring entries
    as needed.

    Keyring entries are written first: a crash after this leaves an unused
    keyring entry, never a slot whose secret is missing.
    """
    plan.validate()
    acct = account(workspace_id, pending)
    if plan.require_both:
        share = keyslots.new_key()
        keyslots.keyring_store(acct, share)
        slot = keyslots.wrap_key(workspace_id, key, plan.passphrase or "", share=share,
                                 audit_key=audit_key)
        slot.update(service=keyslots.KEYRING_SERVICE, account=workspace_id)
        return [slot]
    slots: list[dict[str, Any]] = []
    if plan.keyring:
        slots.append(keyring_slot(workspace_id, key, audit_key, pending))
    if plan.passphrase:
        slots.append(keyslots.wrap_key(workspace_id, key, plan.passphrase,
                                       audit_key=audit_key))
    return slots


def keyring_slot(workspace_id: str, key: bytes, audit_key: bytes | None,
                 pending: bool = False) -> dict[str, Any]:
    """A ``keyring`` slot: the key (and the audit key, in a second entry) in the keyring."""
    if audit_key is not None:
        keyslots.keyring_store(audit_account(workspace_id, pending), audit_key)
    keyslots.keyring_store(account(workspace_id, pending), key)
    slot: dict[str, Any] = {"type": "keyring", "service": keyslots.KEYRING_SERVICE,
                            "account": workspace_id}
    if audit_key is not None:
        slot["audit"] = dict(KEYRING_AUDIT)
    return slot


def plan_of(slots: list[dict[str, Any]], passphrase: str | None) -> SlotPlan:
    """The plan that rebuilds ``slots`` (used by rekey)."""
    types = {s["type"] for s in slots}
    if "keyring+passphrase" in types:
        return SlotPlan(True, passphrase, require_both=True)
    return SlotPlan("keyring" in types, passphrase if "passphrase" in types else None)


def _slot_keys(workspace_id: str, slot: dict[str, Any], passphrase: str | None,
               use_keyring: bool, pending: bool, pin: str | None = None
               ) -> tuple[bytes, bytes | None] | None:
    """The keys one slot gives, None when the slot cannot be tried (keyring not to be
    used); UnlockError (PassphraseRequired, ...) when it cannot open."""
    acct = account(workspace_id, pending)
    if slot["type"] == "pkcs11":  # store/token_slot.py; the module is imported only here
        from liaison.store import token_slot

        return token_slot.unwrap_keys(workspace_id, slot, pin)
    if slot["type"] == "keyring":
        if not use_keyring:
            return None
        key = keyslots.keyring_load(acct)
        audit_key = None
        if holds_audit(slot):
            try:
                audit_key = keyslots.keyring_load(audit_account(workspace_id, pending))
            except KeyringUnavailable:
                audit_key = None  # the database opens; the head says what is missing
        return key, audit_key
    if slot["type"] == "passphrase":
        if passphrase is None:
            raise PassphraseRequired("This workspace has a passphrase slot; give the "
                                     "passphrase (--passphrase-file).")
        return keyslots.unwrap_keys(workspace_id, slot, passphrase)
    # keyring+passphrase: both parts are needed
    if not use_keyring:
        raise KeyringUnavailable("This workspace needs both the OS keyring and the passphrase.")
    share = keyslots.keyring_load(acct)
    if passphrase is None:
        raise PassphraseRequired("This workspace needs both the OS keyring and its "
                                 "passphrase; give the passphrase (--passphrase-file).")
    return keyslots.unwrap_keys(workspace_id, slot, passphrase, share=share)


def _audit_elsewhere(workspace_id: str, slots: list[dict[str, Any]], used: dict[str, Any],
                     key: bytes, passphrase: str | None, use_keyring: bool,
                     pending: bool, pin: str | None = None) -> bytes | None:
    """The audit key from another slot, when the one that opened the database does not
    hold it (made before audit keys, not yet given one) and another can be used now."""
    for slot in slots:
        if slot is used or not holds_audit(slot):
            continue
        try:
            found = _slot_keys(workspace_id, slot, passphrase, use_keyring, pending, pin)
        except UnlockError:
            continue
        if found is not None and hmac.compare_digest(found[0], key) and found[1]:
            return found[1]
    return None


def keys_from_slots(
    workspace_id: str, slots: list[dict[str, Any]], expected_check: str,
    passphrase: str | None, use_keyring: bool = True, pending: bool = False,
    pin: str | None = None,
) -> Unlocked:
    """Try each slot in turn; return the keys or raise the most useful error."""
    failures: list[UnlockError] = []
    # Cheapest first: the keyring needs no key derivation.
    order = sorted(slots, key=lambda s: {"keyring": 0, "passphrase": 1}.get(s["type"], 2))
    for slot in order:
        try:
            found = _slot_keys(workspace_id, slot, passphrase, use_keyring, pending, pin)
        except UnlockError as exc:
            failures.append(exc)
            continue
        if found is None:
            continue
        key, audit_key = found
        if keyslots.key_check(key) != expected_check:
            failures.append(KeyringUnavailable(
                "The key found in the OS keyring belongs to another workspace or an "
                "older key of this one. Unlock with the passphrase, or restore."))
            continue
        if audit_key is None:
            audit_key = _audit_elsewhere(workspace_id, order, slot, key, passphrase,
                                         use_keyring, pending, pin)
        return Unlocked(key, audit_key, slot)
    keyring_failure = next((e for e in failures if isinstance(e, KeyringUnavailable)), None)
    asked = next((e for e in failures if isinstance(e, PassphraseRequired)), None)
    card = next((e for e in failures if isinstance(e, TokenPinRequired)), None)
    if asked and card:
        raise PassphraseRequired(f"{asked} Or give the PIN of the smart card this workspace "
                                 "also opens with (--pin-file).") from card
    if keyring_failure and asked:
        # Say why the keyring did not do it, and that the passphrase still can.
        raise PassphraseRequired(f"{keyring_failure} {asked}") from keyring_failure
    # A wrong passphrase is the error the person can fix; report it first. A PIN given
    # means the card was meant: what the card said comes first then.
    kinds: tuple[type[UnlockError], ...] = (
        (TokenError, WrongPassphrase, PassphraseRequired, KeyringUnavailable) if pin
        else (WrongPassphrase, PassphraseRequired, TokenPinRequired, KeyringUnavailable))
    for kind in kinds:
        for exc in failures:
            if isinstance(exc, kind):
                raise exc
    if failures:
        raise failures[0]
    raise UnlockError("No key slot of this workspace could be used.")


def key_from_slots(
    workspace_id: str, slots: list[dict[str, Any]], expected_check: str,
    passphrase: str | None, use_keyring: bool = True, pending: bool = False,
) -> bytes:
    """The database key from the first slot that opens (see :func:`keys_from_slots`)."""
    return keys_from_slots(workspace_id, slots, expected_check, passphrase, use_keyring,
                           pending).key


def unlock(meta: Metadata, passphrase: str | None, use_keyring: bool = True,
           pin: str | None = None) -> tuple[Unlocked | None, Unlocked | None]:
    """The current keys and the pending keys of an interrupted rekey; at least one is set."""
    try:
        current: Unlocked | None = keys_from_slots(meta.workspace_id, meta.slots,
                                                   meta.key_check, passphrase, use_keyring,
                                                   pin=pin)
    except (WrongPin, PinLocked):
        raise  # the pending slots' card is the same card: another try would be spent
    except UnlockError:
        if not meta.pending:
            raise
        current = None  # the rekey may have finished; the pending key must open it
    pending = None
    if meta.pending:
        try:
            pending = keys_from_slots(meta.workspace_id, meta.pending["slots"],
                                      meta.pending["key_check"], passphrase, use_keyring,
                                      pending=True, pin=pin)
        except UnlockError:
            if current is None:
                raise
    return current, pending
