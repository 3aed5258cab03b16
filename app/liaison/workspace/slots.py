"""Key-slot management of an unlocked workspace: add, change, remove, rekey."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from liaison.model.errors import (
    KeyringUnavailable,
    PassphraseRequired,
    SlotError,
    WorkspaceError,
)
from liaison.model.passphrase import DEFAULT_MIN_SCORE, MAX_SCORE
from liaison.model.passphrase import check as check_strength
from liaison.store import keyslots
from liaison.store.database import Connection, transaction
from liaison.store.metadata import Metadata
from liaison.store.unlock import SlotPlan, account, build_slots, key_from_slots, plan_of

_MIN_SCORE_KEY = "passphrase_min_score"


def validate_min_score(score: int) -> None:
    if type(score) is not int or not DEFAULT_MIN_SCORE <= score <= MAX_SCORE:
        raise WorkspaceError(f"The minimum passphrase strength is a score from "
                             f"{DEFAULT_MIN_SCORE} (the default) to {MAX_SCORE}.")


def store_min_score(conn: Connection, score: int) -> None:
    """Keep the agency's minimum in the encrypted database, beside the other settings."""
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (_MIN_SCORE_KEY, str(score)))


class KeySlotsMixin:
    """Slot changes; every one rewrites workspace.json atomically and is audited."""

    meta: Metadata
    _key: bytearray

    if TYPE_CHECKING:
        conn: Connection

        def _save_metadata(self, meta: Metadata) -> None: ...
        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...
        def _close_readers(self) -> None: ...
        def _rekey_head(self, new_key: bytes) -> None: ...
        def record(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...

    def _replace_slots(self, slots: list[dict[str, Any]], action: str,
                       details: dict[str, Any]) -> None:
        meta = replace(self.meta, slots=slots)
        self._save_metadata(meta)
        self.record(action, self.meta.workspace_id, {**details, "slots": meta.slot_types()})

    def passphrase_min_score(self) -> int:
        """The strength (zxcvbn's 0-4) every new passphrase of this workspace must reach."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?",
                                (_MIN_SCORE_KEY,)).fetchone()
        return max(DEFAULT_MIN_SCORE, int(row[0])) if row else DEFAULT_MIN_SCORE

    def set_passphrase_min_score(self, score: int) -> None:
        """Raise (or set back to the default) the minimum strength of new passphrases.
        Passphrases already set are not judged again; the next change is."""
        validate_min_score(score)
        with transaction(self.conn):
            store_min_score(self.conn, score)
            self._audit("policy.passphrase", self.meta.workspace_id, {"min_score": score})

    def check_new_passphrase(self, passphrase: str) -> None:
        """WeakPassphrase, saying why, if ``passphrase`` is below this workspace's minimum."""
        check_strength(passphrase, self.passphrase_min_score(),
                       (self.meta.agency_name, self.meta.agency_country))

    def add_passphrase(self, passphrase: str, require_both: bool = False) -> None:
        """Add a passphrase slot, or (``require_both``) make keyring + passphrase mandatory."""
        self.check_new_passphrase(passphrase)
        types = self.meta.slot_types()
        if "passphrase" in types or "keyring+passphrase" in types:
            raise SlotError("This workspace already has a passphrase; use 'passphrase change'.")
        key = bytes(self._key)
        if require_both:
            if "keyring" not in types:
                raise SlotError("Requiring both needs a keyring slot first ('keyring add').")
            slots = build_slots(self.meta.workspace_id, key,
                                SlotPlan(True, passphrase, require_both=True))
        else:
            slots = [*self.meta.slots, keyslots.wrap_key(self.meta.workspace_id, key,
                                                         passphrase)]
        self._replace_slots(slots, "keyslot.add", {"slot": "passphrase",
                                                   "require_both": require_both})

    def change_passphrase(self, new_passphrase: str) -> None:
        self.check_new_passphrase(new_passphrase)
        types = self.meta.slot_types()
        key = bytes(self._key)
        if "keyring+passphrase" in types:
            slots = build_slots(self.meta.workspace_id, key,
                                SlotPlan(True, new_passphrase, require_both=True))
        elif "passphrase" in types:
            slots = [s if s["type"] != "passphrase"
                     else keyslots.wrap_key(self.meta.workspace_id, key, new_passphrase)
                     for s in self.meta.slots]
        else:
            raise SlotError("This workspace has no passphrase to change; use 'passphrase add'.")
        self._replace_slots(slots, "keyslot.change", {"slot": "passphrase"})

    def remove_passphrase(self) -> None:
        types = self.meta.slot_types()
        key = bytes(self._key)
        if "keyring+passphrase" in types:
            slots = build_slots(self.meta.workspace_id, key, SlotPlan(True, None))
        elif "passphrase" in types:
            if types == ["passphrase"]:
                raise SlotError("The passphrase is the only key slot; add the keyring slot "
                                "first, or the workspace could never be opened again.")
            slots = [s for s in self.meta.slots if s["type"] != "passphrase"]
        else:
            raise SlotError("This workspace has no passphrase slot.")
        self._replace_slots(slots, "keyslot.remove", {"slot": "passphrase"})

    def add_keyring(self) -> None:
        types = self.meta.slot_types()
        if "keyring" in types or "keyring+passphrase" in types:
            raise SlotError("This workspace already uses the OS keyring.")
        keyslots.keyring_probe()
        slots = [*build_slots(self.meta.workspace_id, bytes(self._key), SlotPlan(True, None)),
                 *self.meta.slots]
        self._replace_slots(slots, "keyslot.add", {"slot": "keyring"})

    def remove_keyring(self, passphrase: str | None = None) -> None:
        """Remove the keyring slot; from a keyring+passphrase slot ``passphrase`` is kept."""
        types = self.meta.slot_types()
        key = bytes(self._key)
        if "keyring+passphrase" in types:
            if not passphrase:
                raise PassphraseRequired("Removing the keyring from a 'both required' "
                                         "workspace needs the passphrase to re-wrap the key.")
            slots = [keyslots.wrap_key(self.meta.workspace_id, key, passphrase)]
        elif "keyring" in types:
            if types == ["keyring"]:
                raise SlotError("The keyring is the only key slot; add a passphrase first, "
                                "or the workspace could never be opened again.")
            slots = [s for s in self.meta.slots if s["type"] != "keyring"]
        else:
            raise SlotError("This workspace has no keyring slot.")
        self._replace_slots(slots, "keyslot.remove", {"slot": "keyring"})
        with contextlib.suppress(KeyringUnavailable):
            keyslots.keyring_delete(account(self.meta.workspace_id))

    def rekey(self, passphrase: str | None = None) -> None:
        """Re-encrypt the database under a new random key and rewrite every slot.

        Crash-safe: the new slots are recorded as *pending* before the database is
        rekeyed (one SQLCipher transaction), and promoted afterwards; ``open``
        finishes or discards an interrupted rekey.
        """
        types = self.meta.slot_types()
        if any(t != "keyring" for t in types) and not passphrase:
            raise PassphraseRequired("Rekeying needs the passphrase to re-wrap the new key.")
        if passphrase:  # prove it is the current passphrase before changing anything
            key_from_slots(self.meta.workspace_id, self.meta.slots, self.meta.key_check,
                           passphrase, use_keyring=True)
        new_key = keyslots.new_key()
        wsid = self.meta.workspace_id
        pending_slots = build_slots(wsid, new_key, plan_of(self.meta.slots, passphrase),
                                    pending=True)
        self._save_metadata(replace(self.meta, pending={
            "slots": pending_slots, "key_check": keyslots.key_check(new_key)}))
        self._close_readers()  # they hold the old key; views open new ones after a rekey
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self._key = bytearray(new_key)
        self._rekey_head(new_key)
        self._finish_rekey(True)
        self.record("workspace.rekey", wsid, {"slots": self.meta.slot_types()})

    def _finish_rekey(self, done: bool) -> None:
        """Promote the pending slots (rekey done) or discard them (rekey never happened)."""
        wsid, pending = self.meta.workspace_id, self.meta.pending
        assert pending is not None
        uses_keyring = any(s["type"] != "passphrase" for s in pending["slots"])
        if done:
            if uses_keyring:
                keyslots.keyring_store(account(wsid), keyslots.keyring_load(account(wsid, True)))
            meta = replace(self.meta, slots=pending["slots"], key_check=pending["key_check"],
                           pending=None)
        else:
            meta = replace(self.meta, pending=None)
        self._save_metadata(meta)
        if uses_keyring:
            with contextlib.suppress(KeyringUnavailable):
                keyslots.keyring_delete(account(wsid, True))

