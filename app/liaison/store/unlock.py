"""Turning key slots into a database key, and building slots for a key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from liaison.model.errors import (
    KeyringUnavailable,
    PassphraseRequired,
    UnlockError,
    WrongPassphrase,
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


def account(workspace_id: str, pending: bool = False) -> str:
    return workspace_id + (keyslots.PENDING_SUFFIX if pending else "")


def build_slots(workspace_id: str, key: bytes, plan: SlotPlan,
                pending: bool = False) -> list[dict[str, Any]]:
    """Create slots for ``key`` as planned, writing keyring entries as needed.

    Keyring entries are written first: a crash after this leaves an unused
    keyring entry, never a slot whose secret is missing.
    """
    plan.validate()
    acct = account(workspace_id, pending)
    if plan.require_both:
        share = keyslots.new_key()
        keyslots.keyring_store(acct, share)
        slot = keyslots.wrap_key(workspace_id, key, plan.passphrase or "", share=share)
        slot.update(service=keyslots.KEYRING_SERVICE, account=workspace_id)
        return [slot]
    slots: list[dict[str, Any]] = []
    if plan.keyring:
        keyslots.keyring_store(acct, key)
        slots.append({"type": "keyring", "service": keyslots.KEYRING_SERVICE,
                      "account": workspace_id})
    if plan.passphrase:
        slots.append(keyslots.wrap_key(workspace_id, key, plan.passphrase))
    return slots


def plan_of(slots: list[dict[str, Any]], passphrase: str | None) -> SlotPlan:
    """The plan that rebuilds ``slots`` (used by rekey)."""
    types = {s["type"] for s in slots}
    if "keyring+passphrase" in types:
        return SlotPlan(True, passphrase, require_both=True)
    return SlotPlan("keyring" in types, passphrase if "passphrase" in types else None)


def key_from_slots(
    workspace_id: str, slots: list[dict[str, Any]], expected_check: str,
    passphrase: str | None, use_keyring: bool = True, pending: bool = False,
) -> bytes:
    """Try each slot in turn; return the key or raise the most useful error."""
    failures: list[UnlockError] = []
    acct = account(workspace_id, pending)
    # Cheapest first: the keyring needs no key derivation.
    order = sorted(slots, key=lambda s: {"keyring": 0, "passphrase": 1}.get(s["type"], 2))
    for slot in order:
        try:
            if slot["type"] == "keyring":
                if not use_keyring:
                    continue
                key = keyslots.keyring_load(acct)
            elif slot["type"] == "passphrase":
                if passphrase is None:
                    failures.append(PassphraseRequired(
                        "This workspace has a passphrase slot; give the passphrase "
                        "(--passphrase-file)."))
                    continue
                key = keyslots.unwrap_key(workspace_id, slot, passphrase)
            else:  # keyring+passphrase: both parts are needed
                if not use_keyring:
                    failures.append(KeyringUnavailable(
                        "This workspace needs both the OS keyring and the passphrase."))
                    continue
                share = keyslots.keyring_load(acct)
                if passphrase is None:
                    failures.append(PassphraseRequired(
                        "This workspace needs both the OS keyring and its passphrase; "
                        "give the passphrase (--passphrase-file)."))
                    continue
                key = keyslots.unwrap_key(workspace_id, slot, passphrase, share=share)
        except UnlockError as exc:
            failures.append(exc)
            continue
        if keyslots.key_check(key) != expected_check:
            failures.append(KeyringUnavailable(
                "The key found in the OS keyring belongs to another workspace or an "
                "older key of this one. Unlock with the passphrase, or restore."))
            continue
        return key
    keyring_failure = next((e for e in failures if isinstance(e, KeyringUnavailable)), None)
    asked = next((e for e in failures if isinstance(e, PassphraseRequired)), None)
    if keyring_failure and asked:
        # Say why the keyring did not do it, and that the passphrase still can.
        raise PassphraseRequired(f"{keyring_failure} {asked}") from keyring_failure
    # A wrong passphrase is the error the person can fix; report it first.
    for kind in (WrongPassphrase, PassphraseRequired, KeyringUnavailable):
        for exc in failures:
            if isinstance(exc, kind):
                raise exc
    if failures:
        raise failures[0]
    raise UnlockError("No key slot of this workspace could be used.")


def unlock(meta: Metadata, passphrase: str | None, use_keyring: bool = True
           ) -> tuple[bytes | None, bytes | None]:
    """The current key and the pending key of an interrupted rekey; at least one is set."""
    try:
        current = key_from_slots(meta.workspace_id, meta.slots, meta.key_check,
                                 passphrase, use_keyring)
    except UnlockError:
        if not meta.pending:
            raise
        current = None  # the rekey may have finished; the pending key must open it
    pending = None
    if meta.pending:
        try:
            pending = key_from_slots(meta.workspace_id, meta.pending["slots"],
                                     meta.pending["key_check"], passphrase, use_keyring,
                                     pending=True)
        except UnlockError:
            if current is None:
                raise
    return current, pending
