"""Key-slot management of an unlocked workspace: add, change, remove, rekey, and the
audit key every slot holds beside the database key (ARCHITECTURE.md, "Key slots")."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from liaison.model.errors import (
    KeyringUnavailable,
    PassphraseRequired,
    SlotError,
    UnlockError,
    WorkspaceError,
)
from liaison.model.passphrase import DEFAULT_MIN_SCORE, MAX_SCORE
from liaison.model.passphrase import check as check_strength
from liaison.store import audit, keyslots
from liaison.store.audit_head import HEAD_NAME, KEY_CREATED, key_created, legacy_mac_key
from liaison.store.database import Connection, transaction
from liaison.store.metadata import Metadata
from liaison.store.unlock import (
    KEYRING_AUDIT,
    SlotPlan,
    account,
    audit_account,
    build_slots,
    holds_audit,
    key_from_slots,
    plan_of,
)

_MIN_SCORE_KEY = "passphrase_min_score"
_WITH_PASSPHRASE = ("passphrase", "keyring+passphrase")


def validate_min_score(score: int) -> None:
    if type(score) is not int or not DEFAULT_MIN_SCORE <= score <= MAX_SCORE:
        raise WorkspaceError(f"The minimum passphrase strength is a score from "
                             f"{DEFAULT_MIN_SCORE} (the default) to {MAX_SCORE}.")


def store_min_score(conn: Connection, score: int) -> None:
    """Keep the agency's minimum in the encrypted database, beside the other settings."""
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (_MIN_SCORE_KEY, str(score)))


def audit_key_unreachable(meta: Metadata) -> str:
    """Why this session has no audit key although some slot holds one: the slot used
    was made before audit keys and the holders could not be used now."""
    holders = " and ".join(s["type"] for s in meta.slots if holds_audit(s))
    lacking = " and ".join(s["type"] for s in meta.slots if not holds_audit(s))
    head = f"The audit head file {HEAD_NAME} cannot be checked in this session: "
    if not lacking:
        return head + (f"the audit key could not be read from the key slot used (the OS "
                       f"keyring has no entry '{audit_account(meta.workspace_id)}'). "
                       "Open the workspace with its passphrase (--passphrase-file) to "
                       "check it.")
    return head + (f"the audit key is held by the {holders} slot, which could not be used "
                   f"now, and the {lacking} slot used to open was made before audit keys "
                   "and has not been given it yet. Open the workspace once with both (the "
                   "OS keyring and --passphrase-file): every slot then holds it.")


class KeySlotsMixin:
    """Slot changes; every one rewrites workspace.json atomically and is audited."""

    meta: Metadata
    _key: bytearray
    _audit_key: bytearray | None
    _older_keys: tuple[bytes, ...]
    _head: Any

    if TYPE_CHECKING:
        conn: Connection

        def _save_metadata(self, meta: Metadata) -> None: ...
        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...
        def _close_readers(self) -> None: ...
        def _rekey_head(self, new_audit_key: bytes) -> None: ...
        def _after_rekey(self, passphrase: str | None) -> None: ...
        def record(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...
        def _reseal_token_slots(self, key: bytes, audit_key: bytes
                                ) -> list[dict[str, Any]]: ...

    def _audit_secret(self) -> bytes | None:
        """The audit key to wrap into new slots (None in a session that could not get
        it: such slots get it on a later open, as after an upgrade)."""
        return bytes(self._audit_key) if self._audit_key is not None else None

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
                                SlotPlan(True, passphrase, require_both=True),
                                audit_key=self._audit_secret())
        else:
            slots = [*self.meta.slots, keyslots.wrap_key(
                self.meta.workspace_id, key, passphrase, audit_key=self._audit_secret())]
        self._replace_slots(slots, "keyslot.add", {"slot": "passphrase",
                                                   "require_both": require_both})

    def change_passphrase(self, new_passphrase: str) -> None:
        self.check_new_passphrase(new_passphrase)
        types = self.meta.slot_types()
        key = bytes(self._key)
        if "keyring+passphrase" in types:
            slots = build_slots(self.meta.workspace_id, key,
                                SlotPlan(True, new_passphrase, require_both=True),
                                audit_key=self._audit_secret())
        elif "passphrase" in types:
            slots = [s if s["type"] != "passphrase"
                     else keyslots.wrap_key(self.meta.workspace_id, key, new_passphrase,
                                            audit_key=self._audit_secret())
                     for s in self.meta.slots]
        else:
            raise SlotError("This workspace has no passphrase to change; use 'passphrase add'.")
        self._replace_slots(slots, "keyslot.change", {"slot": "passphrase"})

    def remove_passphrase(self) -> None:
        types = self.meta.slot_types()
        key = bytes(self._key)
        if "keyring+passphrase" in types:
            slots = build_slots(self.meta.workspace_id, key, SlotPlan(True, None),
                                audit_key=self._audit_secret())
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
        slots = [*build_slots(self.meta.workspace_id, bytes(self._key), SlotPlan(True, None),
                              audit_key=self._audit_secret()),
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
            slots = [keyslots.wrap_key(self.meta.workspace_id, key, passphrase,
                                       audit_key=self._audit_secret())]
        elif "keyring" in types:
            if types == ["keyring"]:
                raise SlotError("The keyring is the only key slot; add a passphrase first, "
                                "or the workspace could never be opened again.")
            slots = [s for s in self.meta.slots if s["type"] != "keyring"]
        else:
            raise SlotError("This workspace has no keyring slot.")
        self._replace_slots(slots, "keyslot.remove", {"slot": "keyring"})
        for acct in (account(self.meta.workspace_id), audit_account(self.meta.workspace_id)):
            with contextlib.suppress(KeyringUnavailable):
                keyslots.keyring_delete(acct)

    def rekey(self, passphrase: str | None = None) -> None:
        """Re-encrypt the database under a new random key and rewrite every slot.

        Crash-safe: the new slots are recorded as *pending* before the database is
        rekeyed (one SQLCipher transaction), and promoted afterwards; ``open``
        finishes or discards an interrupted rekey.
        """
        types = self.meta.slot_types()
        if any(t in _WITH_PASSPHRASE for t in types) and not passphrase:
            raise PassphraseRequired("Rekeying needs the passphrase to re-wrap the new key.")
        if passphrase:  # prove it is the current passphrase before changing anything
            # Only slots that hold a passphrase can prove it: the keyring slot opens
            # without one, and would let a mistyped passphrase wrap the new key.
            with_passphrase = [s for s in self.meta.slots if s["type"] in _WITH_PASSPHRASE]
            if with_passphrase:
                key_from_slots(self.meta.workspace_id, with_passphrase, self.meta.key_check,
                               passphrase, use_keyring=True)
        if self._audit_key is None or not self._head.has_key:
            # The head is MACed under an audit key this session does not have: a new
            # one could not take it over, and the head would read as forged.
            raise SlotError(audit_key_unreachable(self.meta) + " Rekey after that.")
        new_key, new_audit = keyslots.new_key(), keyslots.new_key()
        wsid = self.meta.workspace_id
        plan = plan_of(self.meta.slots, passphrase)
        pending_slots = [*(build_slots(wsid, new_key, plan, pending=True, audit_key=new_audit)
                           if plan.keyring or plan.passphrase else []),
                         *self._reseal_token_slots(new_key, new_audit)]
        self._save_metadata(replace(self.meta, pending={
            "slots": pending_slots, "key_check": keyslots.key_check(new_key)}))
        self._close_readers()  # they hold the old key; views open new ones after a rekey
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self._key = bytearray(new_key)
        self._rekey_head(new_audit)
        self._finish_rekey(True)
        self.record("workspace.rekey", wsid, {"slots": self.meta.slot_types()})
        self._after_rekey(passphrase)  # other users' sealed keys (workspace/users.py)

    def _finish_rekey(self, done: bool) -> None:
        """Promote the pending slots (rekey done) or discard them (rekey never happened)."""
        wsid, pending = self.meta.workspace_id, self.meta.pending
        assert pending is not None
        uses_keyring = any(s["type"] in ("keyring", "keyring+passphrase")
                           for s in pending["slots"])
        if done:
            if uses_keyring:
                keyslots.keyring_store(account(wsid), keyslots.keyring_load(account(wsid, True)))
            if any(s["type"] == "keyring" and holds_audit(s) for s in pending["slots"]):
                keyslots.keyring_store(audit_account(wsid),
                                       keyslots.keyring_load(audit_account(wsid, True)))
            meta = replace(self.meta, slots=pending["slots"], key_check=pending["key_check"],
                           pending=None)
        else:
            meta = replace(self.meta, pending=None)
        self._save_metadata(meta)
        if uses_keyring:
            for acct in (account(wsid, True), audit_account(wsid, True)):
                with contextlib.suppress(KeyringUnavailable):
                    keyslots.keyring_delete(acct)


    # --- the audit key ---------------------------------------------------------------------

    def _settle_audit_key(self, passphrase: str | None, use_keyring: bool
                          ) -> tuple[list[audit.Problem], list[tuple[str, dict[str, Any]]],
                                     list[dict[str, Any]] | None]:
        """On open: make sure this session has the audit key and every slot it can reach
        holds it. A workspace from before audit keys gets one now, wrapped to the slots
        this unlock reaches (the keyring, if used; a passphrase slot, if its passphrase
        was given); the others get it on a later open that reaches them and one that
        holds it. Returns tampering found, the audit entries to append, and the slots to
        save (None: unchanged), which the caller saves once the head is MACed under the
        key too."""
        new = self._audit_key is None
        if new:
            if any(holds_audit(s) for s in self.meta.slots):
                # Only slots that cannot be used now hold it: the head waits.
                self._head.missing_key = audit_key_unreachable(self.meta)
                return [], [], None
            made = key_created(self.conn)
            if made is not None:
                return [audit.Problem("head", (
                    f"No key slot holds the audit key any more, though entry {made} of the "
                    "log records that one was made: workspace.json was rewritten by someone "
                    "holding the database key, so the head file cannot be checked and "
                    "entries removed from the log's end could go unnoticed."))], [], None
            # From before audit keys: the head is MACed under the database key.
            database_keys = (bytes(self._key), *self._older_keys)
            self._head.accept_legacy(database_keys)
            audit_key = keyslots.new_key()
        else:
            audit_key = bytes(self._audit_key)  # type: ignore[arg-type]
        slots, given = self._give_audit_key(audit_key, passphrase, use_keyring)
        if new and not given:
            # No slot could take it (the keyring refused the write): stay as before, the
            # head MACed under the database key, and try again at the next open.
            self._head.use_key(legacy_mac_key(bytes(self._key)))
            return [], [], None
        self._audit_key = bytearray(audit_key)
        self._head.use_key(audit_key)
        if new:  # the head carries both MACs until the slots are saved
            self._head.transition = legacy_mac_key(bytes(self._key))
        without = [s["type"] for s in slots if not holds_audit(s)]
        entries: list[tuple[str, dict[str, Any]]] = []
        if new:
            entries.append((KEY_CREATED, {"reason": "upgrade", "slots": given,
                                          "without": without}))
        elif given:
            entries.append(("keyslot.audit_key", {"slots": given, "without": without}))
        return [], entries, (slots if given else None)

    def _give_audit_key(self, audit_key: bytes, passphrase: str | None, use_keyring: bool
                        ) -> tuple[list[dict[str, Any]], list[str]]:
        """The slots with ``audit_key`` added to those that lack it and can be reached
        now, and the types given it."""
        wsid = self.meta.workspace_id
        out, given = [], []
        for slot in self.meta.slots:
            if holds_audit(slot) or slot["type"] == "pkcs11":  # a token slot is made with it
                if slot["type"] == "keyring" and use_keyring:
                    self._mend_keyring_audit(audit_key)
                out.append(slot)
                continue
            try:
                if slot["type"] == "keyring":
                    if not use_keyring:
                        raise KeyringUnavailable("not used")
                    keyslots.keyring_store(audit_account(wsid), audit_key)
                    slot = {**slot, "audit": dict(KEYRING_AUDIT)}
                elif passphrase is None:
                    raise PassphraseRequired("no passphrase given")
                elif slot["type"] == "passphrase":
                    slot = keyslots.add_audit_key(wsid, slot, passphrase, None, audit_key)
                elif use_keyring:  # keyring+passphrase
                    share = keyslots.keyring_load(account(wsid))
                    slot = keyslots.add_audit_key(wsid, slot, passphrase, share, audit_key)
                else:
                    raise KeyringUnavailable("not used")
            except UnlockError:
                out.append(slot)  # not reachable now; a later open gives it
                continue
            out.append(slot)
            given.append(slot["type"])
        return out, given

    def _mend_keyring_audit(self, audit_key: bytes) -> None:
        """Put back a keyring slot's audit entry someone removed from the keyring (the key
        came from another slot this time)."""
        acct = audit_account(self.meta.workspace_id)
        with contextlib.suppress(UnlockError):
            try:
                keyslots.keyring_load(acct)
            except KeyringUnavailable:
                keyslots.keyring_store(acct, audit_key)
