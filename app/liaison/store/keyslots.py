"""Key slots: where the workspace's random 256-bit database key is kept.

* ``keyring``: the key itself, as hex, in the OS keyring (service ``liaison``,
  account = workspace UUID). Small on purpose: Windows Credential Manager caps a
  secret at 2,560 bytes.
* ``passphrase``: the key wrapped with AES-256-GCM under a key derived from the
  passphrase with Argon2id (RFC 9106); the parameters live in the slot.
* ``keyring+passphrase``: for field laptops, both are needed. The keyring holds a
  random 32-byte share instead of the key; the wrapping key is
  HKDF-SHA256(Argon2id(passphrase) || share), so neither part alone opens it.

Every wrapped key is bound (as GCM associated data) to the workspace id and the
slot's own parameters, so a slot copied from another workspace or edited fails.

Each slot also holds the **audit key**, a second random 256-bit key that MACs the
audit head (store/audit_head.py) and is neither the database key nor derived from
it, so the database key alone cannot rewrite the head. A slot's ``audit`` member
says where: wrapped beside the database key under the same wrapping key (with its
own nonce and associated data), or, for a ``keyring`` slot, a second keyring entry
(account ``<workspace id>:audit``). A slot made before audit keys existed has no
``audit`` member until the workspace is opened with it (ARCHITECTURE.md, "Key slots").
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from liaison.model.errors import KeyringUnavailable, MetadataDamaged, WrongPassphrase
from liaison.store.metadata import canonical_json

KEY_BYTES = 32
KEYRING_SERVICE = "liaison"
PENDING_SUFFIX = ":pending"
AUDIT_SUFFIX = ":audit"
# RFC 9106 section 4, second recommended option (64 MiB, 3 passes, 4 lanes).
DEFAULT_ARGON2 = {"name": "argon2id", "iterations": 3, "lanes": 4, "memory_cost": 65536}


def new_key() -> bytes:
    """A fresh random database key."""
    return os.urandom(KEY_BYTES)


def key_check(key: bytes) -> str:
    """A value that tells a right key from a wrong one and reveals nothing about it."""
    return hmac.new(key, b"liaison key check v1", hashlib.sha256).hexdigest()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise MetadataDamaged(f"workspace.json is damaged: {what} is not base64.") from exc


# --- the OS keyring -------------------------------------------------------------------


def _keyring_call(action: str, fn, *args):
    """Call keyring and turn every way it can fail into one clear error."""
    import keyring.errors

    try:
        return fn(*args)
    except keyring.errors.KeyringLocked as exc:
        raise KeyringUnavailable(
            f"The OS keyring is locked, so Liaison cannot {action}. Unlock your login "
            "keyring (or log in to the desktop) and try again, or use the passphrase "
            "slot with --passphrase-file."
        ) from exc
    except keyring.errors.NoKeyringError as exc:
        raise KeyringUnavailable(
            f"No OS keyring is available, so Liaison cannot {action}. On Linux this "
            "needs a Secret Service (gnome-keyring or KWallet) on the D-Bus session. "
            "Use a passphrase slot instead (--no-keyring with --passphrase-file)."
        ) from exc
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            f"The OS keyring refused to {action}: {exc or type(exc).__name__}. "
            "Use the passphrase slot with --passphrase-file if the workspace has one."
        ) from exc
    except Exception as exc:  # D-Bus and backend errors surface as many types
        raise KeyringUnavailable(
            f"The OS keyring could not be reached to {action} "
            f"({type(exc).__name__}: {exc}). Use the passphrase slot with "
            "--passphrase-file if the workspace has one."
        ) from exc


# keyring is imported where it is called: its import and backend discovery cost tenths
# of a second that a passphrase slot does not need (ARCHITECTURE.md, "Command line
# start-up").


def keyring_store(account: str, secret: bytes) -> None:
    import keyring

    _keyring_call("store the workspace key", keyring.set_password,
                  KEYRING_SERVICE, account, secret.hex())


def keyring_load(account: str) -> bytes:
    import keyring

    value = _keyring_call("read the workspace key", keyring.get_password,
                          KEYRING_SERVICE, account)
    if value is None:
        raise KeyringUnavailable(
            f"The OS keyring has no key for this workspace (service "
            f"'{KEYRING_SERVICE}', account '{account}'). It may have been removed or "
            "this is another user or machine. Unlock with the passphrase slot "
            "(--passphrase-file) or restore from a backup."
        )
    try:
        secret = bytes.fromhex(value)
    except ValueError:
        secret = b""
    if len(secret) != KEY_BYTES:
        raise KeyringUnavailable(
            f"The OS keyring entry for this workspace ('{account}') is not a Liaison key."
        )
    return secret


def keyring_delete(account: str, missing_ok: bool = True) -> None:
    import keyring

    try:
        _keyring_call("remove the workspace key", keyring.delete_password,
                      KEYRING_SERVICE, account)
    except KeyringUnavailable as exc:
        if missing_ok and isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
            return
        raise


def keyring_probe() -> None:
    """Raise KeyringUnavailable unless a usable keyring backend is present."""
    import keyring

    backend = keyring.get_keyring()
    if backend.priority <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        raise KeyringUnavailable(
            "No OS keyring is available (keyring backend "
            f"'{type(backend).__name__}'). On Linux this needs a Secret Service "
            "(gnome-keyring or KWallet) on the D-Bus session. Use a passphrase slot "
            "instead (--no-keyring with --passphrase-file)."
        )


# --- passphrase wrapping ----------------------------------------------------------------


def _argon2(passphrase: str, kdf: dict[str, Any]) -> bytes:
    try:
        return Argon2id(
            salt=_unb64(kdf["salt"], "the slot's salt"),
            length=32,
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
            memory_cost=int(kdf["memory_cost"]),
        ).derive(passphrase.encode("utf-8"))
    except (KeyError, TypeError, ValueError) as exc:
        raise MetadataDamaged(
            f"workspace.json is damaged: the passphrase slot's KDF parameters are invalid ({exc})."
        ) from exc


def _kek(slot_type: str, passphrase: str, kdf: dict[str, Any], share: bytes | None) -> bytes:
    stretched = _argon2(passphrase, kdf)
    if slot_type == "passphrase":
        return stretched
    assert share is not None
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None,
        info=b"liaison keyring+passphrase slot v1",
    ).derive(stretched + share)


def _aad(workspace_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
    return canonical_json({"workspace": workspace_id, "type": slot_type, "kdf": kdf})


def _audit_aad(workspace_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
    # Not the database key's associated data: the two wrapped keys cannot be swapped.
    return canonical_json({"workspace": workspace_id, "type": slot_type, "kdf": kdf,
                           "secret": "audit key"})


def _seal(kek: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, secret, aad))}


def wrap_key(
    workspace_id: str, key: bytes, passphrase: str, share: bytes | None = None,
    argon2: dict[str, Any] | None = None, audit_key: bytes | None = None,
) -> dict[str, Any]:
    """Build a passphrase (or keyring+passphrase, when ``share`` is given) slot; with
    ``audit_key``, the slot holds that key too."""
    if not passphrase:
        raise WrongPassphrase("An empty passphrase is not allowed.")
    slot_type = "passphrase" if share is None else "keyring+passphrase"
    kdf = dict(argon2 or DEFAULT_ARGON2)
    kdf["salt"] = _b64(os.urandom(16))
    kek = _kek(slot_type, passphrase, kdf, share)
    slot: dict[str, Any] = {"type": slot_type, "kdf": kdf,
                            **_seal(kek, key, _aad(workspace_id, slot_type, kdf))}
    if audit_key is not None:
        slot["audit"] = _seal(kek, audit_key, _audit_aad(workspace_id, slot_type, kdf))
    return slot


def _open_sealed(kek: bytes, sealed: dict[str, Any], aad: bytes, what: str) -> bytes:
    nonce = _unb64(sealed.get("nonce"), "the slot's nonce")
    wrapped = _unb64(sealed.get("wrapped"), f"the wrapped {what}")
    try:
        secret = AESGCM(kek).decrypt(nonce, wrapped, aad)
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase("Wrong passphrase: it does not open this workspace.") from exc
    if len(secret) != KEY_BYTES:
        raise MetadataDamaged(f"workspace.json is damaged: the wrapped {what} has the "
                              "wrong size.")
    return secret


def _slot_kek(slot: dict[str, Any], passphrase: str, share: bytes | None
              ) -> tuple[bytes, dict[str, Any]]:
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict):
        raise MetadataDamaged("workspace.json is damaged: a passphrase slot has no KDF.")
    return _kek(slot["type"], passphrase, kdf, share), kdf


def unwrap_keys(
    workspace_id: str, slot: dict[str, Any], passphrase: str, share: bytes | None = None
) -> tuple[bytes, bytes | None]:
    """The database key and the audit key (None if the slot has none yet) of a
    passphrase slot, deriving the wrapping key once; WrongPassphrase if it is wrong."""
    kek, kdf = _slot_kek(slot, passphrase, share)
    key = _open_sealed(kek, slot, _aad(workspace_id, slot["type"], kdf), "key")
    audit = slot.get("audit")
    if audit is None:
        return key, None
    if not isinstance(audit, dict):
        raise MetadataDamaged("workspace.json is damaged: a slot's audit key is malformed.")
    try:
        audit_key = _open_sealed(kek, audit, _audit_aad(workspace_id, slot["type"], kdf),
                                 "audit key")
    except WrongPassphrase as exc:  # the passphrase opened the database key: an edit
        raise MetadataDamaged("workspace.json is damaged: a slot's audit key does not "
                              "decrypt with the passphrase that opens its database key.") from exc
    return key, audit_key


def unwrap_key(
    workspace_id: str, slot: dict[str, Any], passphrase: str, share: bytes | None = None
) -> bytes:
    """Recover the database key from a passphrase slot, or raise WrongPassphrase."""
    return unwrap_keys(workspace_id, slot, passphrase, share)[0]


def add_audit_key(workspace_id: str, slot: dict[str, Any], passphrase: str,
                  share: bytes | None, audit_key: bytes) -> dict[str, Any]:
    """A copy of passphrase slot ``slot`` that holds ``audit_key`` too; the passphrase
    must open the slot (WrongPassphrase otherwise)."""
    kek, kdf = _slot_kek(slot, passphrase, share)
    _open_sealed(kek, slot, _aad(workspace_id, slot["type"], kdf), "key")
    return {**slot, "audit": _seal(kek, audit_key, _audit_aad(workspace_id, slot["type"],
                                                                kdf))}
