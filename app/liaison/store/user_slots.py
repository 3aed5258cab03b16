"""The first user's private key inside the workspace's own key slots (ARCHITECTURE.md,
"Users and roles").

The first user's slots wrap the database key, as they always have; once a second user
is added they also hold that user's X25519 private key, as they hold the audit key: a
passphrase slot seals it under the slot's wrapping key (member ``user_key``), a keyring
slot keeps it in a third keyring entry (account ``<workspace id>:user``). Kept apart from
store/keyslots.py so new slot types need no change here beyond a branch.
"""

from __future__ import annotations

import contextlib
from typing import Any

from liaison.model.errors import KeyringUnavailable, UnlockError
from liaison.store import keyslots
from liaison.store.metadata import canonical_json

USER_SUFFIX = ":user"
_KEYRING = {"keyring": True}


def user_account(workspace_id: str) -> str:
    return workspace_id + USER_SUFFIX


def _aad(workspace_id: str, slot: dict[str, Any]) -> bytes:
    return canonical_json({"workspace": workspace_id, "type": slot["type"],
                           "kdf": slot.get("kdf"), "secret": "user key"})


def _share(workspace_id: str, slot: dict[str, Any]) -> bytes | None:
    return keyslots.keyring_load(workspace_id) if slot["type"] == "keyring+passphrase" else None


def give(workspace_id: str, slots: list[dict[str, Any]], private: bytes,
         passphrase: str | None, use_keyring: bool = True
         ) -> tuple[list[dict[str, Any]], list[str]]:
    """``slots`` with ``private`` added to those that can be reached now, and their types.
    A slot that cannot (no passphrase given, no keyring) is left as it was."""
    out, given = [], []
    for slot in slots:
        try:
            if slot["type"] == "keyring":
                if not use_keyring:
                    raise KeyringUnavailable("not used")
                keyslots.keyring_store(user_account(workspace_id), private)
                slot = {**slot, "user_key": dict(_KEYRING)}
            elif slot["type"] in ("passphrase", "keyring+passphrase") and passphrase:
                if slot["type"] == "keyring+passphrase" and not use_keyring:
                    raise KeyringUnavailable("not used")
                kek, _ = keyslots._slot_kek(slot, passphrase, _share(workspace_id, slot))
                keyslots._open_sealed(kek, slot, _db_aad(workspace_id, slot), "key")
                slot = {**slot, "user_key": keyslots._seal(kek, private,
                                                           _aad(workspace_id, slot))}
            else:
                out.append(slot)
                continue
        except UnlockError:
            out.append(slot)
            continue
        out.append(slot)
        given.append(slot["type"])
    return out, given


def _db_aad(workspace_id: str, slot: dict[str, Any]) -> bytes:
    return keyslots._aad(workspace_id, slot["type"], slot["kdf"])


def take(workspace_id: str, slots: list[dict[str, Any]], passphrase: str | None,
         use_keyring: bool = True) -> bytes | None:
    """The first user's private key from the first slot holding it that opens now."""
    order = sorted(slots, key=lambda s: s["type"] != "keyring")
    for slot in order:
        held = slot.get("user_key")
        if not isinstance(held, dict):
            continue
        with contextlib.suppress(UnlockError):
            if slot["type"] == "keyring":
                if use_keyring:
                    return keyslots.keyring_load(user_account(workspace_id))
                continue
            if not passphrase or (slot["type"] == "keyring+passphrase" and not use_keyring):
                continue
            kek, _ = keyslots._slot_kek(slot, passphrase, _share(workspace_id, slot))
            return keyslots._open_sealed(kek, held, _aad(workspace_id, slot), "user key")
    return None


def forget(workspace_id: str) -> None:
    with contextlib.suppress(UnlockError):
        keyslots.keyring_delete(user_account(workspace_id))
