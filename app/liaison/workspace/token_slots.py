"""Smart-card (PKCS#11) key slots of an unlocked workspace: add, list, remove, and the
presence probe that locks a session its card opened when the card goes
(ARCHITECTURE.md, "Key slots"; the slots themselves are store/token_slot.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from liaison.model.errors import SlotError
from liaison.store import token_slot
from liaison.store.metadata import Metadata

if TYPE_CHECKING:
    from liaison.store.token_slot import CardKey


def describe(slot: dict[str, Any]) -> dict[str, Any]:
    """What a token slot names, for lists and the audit log (no secret in it)."""
    return {"token_label": slot["token"].get("label", ""),
            "token_serial": slot["token"].get("serial", ""),
            "key_id": slot["key"].get("id", ""), "key_label": slot["key"].get("label", ""),
            "kind": slot["key"].get("kind", ""), "scheme": slot.get("scheme", ""),
            "fingerprint": slot["key"].get("fingerprint", "")}


class TokenSlotsMixin:
    """Token slots beside the keyring and passphrase ones (workspace/slots.py)."""

    meta: Metadata
    _key: bytearray
    _audit_key: bytearray | None
    # The token slot that opened this session, watched by token_check (None otherwise).
    _opened_by_token: dict[str, Any] | None = None

    if TYPE_CHECKING:
        def _replace_slots(self, slots: list[dict[str, Any]], action: str,
                           details: dict[str, Any]) -> None: ...
        def lock(self) -> None: ...
        @property
        def is_locked(self) -> bool: ...

    def token_slots(self) -> list[dict[str, Any]]:
        """The smart-card slots, described (token, key id and label, fingerprint)."""
        return [describe(s) for s in self.meta.slots if s["type"] == token_slot.SLOT_TYPE]

    def add_token_slot(self, card: CardKey, pin: str, module: str | None = None
                       ) -> dict[str, Any]:
        """Wrap the database key (and the audit key) to a key on a PKCS#11 token; the
        PIN proves the card opens the new slot before it is saved."""
        if self._audit_key is None:
            # A slot made now could not hold the audit key, and a token slot is not
            # given it later (that would need the card at every open).
            raise SlotError("This session has no audit key (see 'liaison audit verify'); "
                            "open the workspace with a slot that holds it, then add the card.")
        slot = token_slot.make(self.meta.workspace_id, bytes(self._key),
                               bytes(self._audit_key), card, pin, module)
        new = describe(slot)
        for old in self.meta.slots:
            if old["type"] == token_slot.SLOT_TYPE and \
                    describe(old)["fingerprint"] == new["fingerprint"]:
                raise SlotError(f"The key {new['fingerprint'][:16]}… on the token "
                                f"'{new['token_label']}' already has a slot.")
        self._replace_slots([*self.meta.slots, slot], "keyslot.add",
                            {"slot": token_slot.SLOT_TYPE, **new})
        return new

    def remove_token_slot(self, fingerprint: str) -> dict[str, Any]:
        """Remove the token slot whose key fingerprint starts with ``fingerprint`` (at
        least 8 hex digits); the last slot of the workspace cannot go."""
        fingerprint = fingerprint.strip().lower()
        if len(fingerprint) < 8:
            raise SlotError("Name the card's slot by at least 8 hex digits of its key "
                            "fingerprint ('liaison card list' shows them).")
        matches = [s for s in self.meta.slots if s["type"] == token_slot.SLOT_TYPE
                   and describe(s)["fingerprint"].startswith(fingerprint)]
        if not matches:
            raise SlotError(f"No smart-card slot has a key fingerprint starting "
                            f"{fingerprint}.")
        if len(matches) > 1:
            raise SlotError(f"More than one smart-card slot matches {fingerprint}; give "
                            "more of the fingerprint.")
        if len(self.meta.slots) == 1:
            raise SlotError("This card is the only key slot; add a passphrase first, or "
                            "the workspace could never be opened again.")
        gone = describe(matches[0])
        self._replace_slots([s for s in self.meta.slots if s is not matches[0]],
                            "keyslot.remove", {"slot": token_slot.SLOT_TYPE, **gone})
        return gone

    def token_status(self) -> list[dict[str, Any]]:
        """Each smart-card slot, described, with ``problem``: None when its card is
        present with its key, else why not (no PIN used, nothing written)."""
        return [{**describe(s), "problem": token_slot.present(s)}
                for s in self.meta.slots if s["type"] == token_slot.SLOT_TYPE]

    def opened_by_card(self) -> bool:
        """True when a smart card opened this session (its removal locks it)."""
        return self._opened_by_token is not None

    def token_check(self, lock: bool = True) -> str | None:
        """For a session a smart card opened: None while that card is present with its
        key, else why not, and (``lock``) the workspace is locked. The desktop polls it;
        it needs no PIN and writes nothing."""
        slot = self._opened_by_token
        if slot is None or self.is_locked:
            return None
        reason = token_slot.present(slot)
        if reason is not None and lock:
            self.lock()
        return reason

    def _watch_token(self, slot: dict[str, Any] | None) -> None:
        self._opened_by_token = (slot if slot is not None
                                 and slot.get("type") == token_slot.SLOT_TYPE else None)

    def _reseal_token_slots(self, key: bytes, audit_key: bytes) -> list[dict[str, Any]]:
        """The token slots wrapped to a new key (a rekey): their public keys suffice."""
        wsid = self.meta.workspace_id
        return [token_slot.seal(wsid, s, key, audit_key) for s in self.meta.slots
                if s["type"] == token_slot.SLOT_TYPE]
