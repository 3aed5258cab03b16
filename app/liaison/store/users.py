"""Users' keys and the custody of the agency's signing key (ARCHITECTURE.md, "Users and
roles", "Key custody").

Each user has an X25519 key pair. Users other than the first hold their private key in
their own key slots (the slot wraps it as it would wrap the database key); the database
key, the audit key and, for releasing officers, the release key are sealed to the
user's public key in ``workspace.json`` (``users``), so adding, removing and rekeying
need no one else's passphrase.

The **release key** is another X25519 key pair: the agency's signing keys in
``identity_keys`` are sealed to its public half (kept in ``meta``), its private half is
sealed only to releasing officers. The database key alone (an analyst's session) cannot
open a signing key.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from liaison.model.errors import MetadataDamaged, RoleRefused, UnlockError
from liaison.model.roles import ROLES
from liaison.store.database import Connection
from liaison.store.metadata import canonical_json

SEALED_PREFIX = b"LIAISON-SEALED-1\n"  # a signing key sealed to the release key
_RELEASE_PUBLIC = "release_public_key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise MetadataDamaged("workspace.json is damaged: a user's sealed key is not "
                              "base64.") from exc


def new_private() -> bytes:
    return X25519PrivateKey.generate().private_bytes_raw()


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def _kek(shared: bytes, epk: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + public,
                info=b"liaison user seal v1").derive(shared)


def seal(public: bytes, secret: bytes, aad: dict[str, Any]) -> dict[str, str]:
    """``secret`` sealed to X25519 ``public`` (ephemeral ECDH, HKDF-SHA256, AES-256-GCM),
    bound to ``aad`` (workspace, user, what) so sealed values cannot be swapped."""
    eph = X25519PrivateKey.generate()
    epk = eph.public_key().public_bytes_raw()
    kek = _kek(eph.exchange(X25519PublicKey.from_public_bytes(public)), epk, public)
    nonce = os.urandom(12)
    return {"epk": _b64(epk), "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, secret, canonical_json(aad)))}


def unseal(private: bytes, sealed: Any, aad: dict[str, Any]) -> bytes:
    if not isinstance(sealed, dict):
        raise MetadataDamaged("workspace.json is damaged: a user's sealed key is malformed.")
    me = X25519PrivateKey.from_private_bytes(private)
    epk = _unb64(sealed.get("epk"))
    public = me.public_key().public_bytes_raw()
    try:
        kek = _kek(me.exchange(X25519PublicKey.from_public_bytes(epk)), epk, public)
        return AESGCM(kek).decrypt(_unb64(sealed.get("nonce")), _unb64(sealed.get("wrapped")),
                                   canonical_json(aad))
    except (InvalidTag, ValueError) as exc:
        raise UnlockError(f"The {aad.get('secret', 'key')} sealed to {aad.get('user')} does "
                          "not open with that user's key.") from exc


# --- approvals: each user's Ed25519 key, derived from their private key ---------------


def approval_private(private: bytes) -> Ed25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"liaison approval key v1").derive(private)
    return Ed25519PrivateKey.from_private_bytes(seed)


def approval_public(private: bytes) -> bytes:
    return approval_private(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify_approval(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- the users table -------------------------------------------------------------------


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def list_users(conn: Connection) -> list[dict[str, Any]]:
    return [{"name": n, "roles": [r for r in ROLES if r in json.loads(roles)],
             "first": bool(first), "created": created, "has_key": key is not None}
            for n, roles, first, created, key in conn.execute(
                "SELECT name, roles, first, created, public_key FROM users ORDER BY name")]


def get_user(conn: Connection, name: str) -> dict[str, Any]:
    row = conn.execute("SELECT name, roles, first, public_key, approval_key FROM users "
                       "WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = ", ".join(u["name"] for u in list_users(conn))
        raise RoleRefused(f"No user '{name}' in this workspace (users: {known}).")
    return {"name": row[0], "roles": frozenset(json.loads(row[1])), "first": bool(row[2]),
            "public_key": row[3], "approval_key": row[4]}


def first_user(conn: Connection) -> str:
    row = conn.execute("SELECT name FROM users WHERE first = 1").fetchone()
    return row[0] if row else "admin"


def set_roles(conn: Connection, name: str, roles: frozenset[str] | set[str]) -> None:
    conn.execute("UPDATE users SET roles = ? WHERE name = ?",
                 (json.dumps([r for r in ROLES if r in roles]), name))


# --- custody of the signing key ------------------------------------------------------


def release_public(conn: Connection) -> bytes | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_RELEASE_PUBLIC,)).fetchone()
    return bytes.fromhex(row[0]) if row else None


def start_custody(conn: Connection, workspace_id: str) -> bytes:
    """Make the release key and seal every signing key to it (inside the caller's
    transaction); returns its private half, for sealing to releasing officers."""
    private = new_private()
    public = public_of(private)
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_RELEASE_PUBLIC, public.hex()))
    for kid, blob in conn.execute("SELECT kid, private_key FROM identity_keys "
                                  "WHERE usage = 'signing'").fetchall():
        if not bytes(blob).startswith(SEALED_PREFIX):
            conn.execute("UPDATE identity_keys SET private_key = ? WHERE kid = ?",
                         (seal_signing_key(conn, bytes(blob), workspace_id, public), kid))
    return private


def _signing_aad(workspace_id: str) -> dict[str, Any]:
    # Not bound to the workspace id: a restore may give the workspace a new id, and the
    # signing key must still open with the release key the backup carried.
    del workspace_id
    return {"secret": "agency signing key"}


def seal_signing_key(conn: Connection, der: bytes, workspace_id: str,
                     public: bytes | None = None) -> bytes:
    """A new signing key as stored: sealed when custody is on, else as given."""
    public = public or release_public(conn)
    if public is None:
        return der
    sealed = seal(public, der, _signing_aad(workspace_id))
    return SEALED_PREFIX + json.dumps(sealed).encode("ascii")


def open_signing_key(blob: bytes, workspace_id: str, release_key: bytes | None,
                     actor: str) -> bytes:
    """The PKCS#8 DER of a stored signing key; RoleRefused when it is sealed and the
    session holds no release key (it is no releasing officer's)."""
    blob = bytes(blob)
    if not blob.startswith(SEALED_PREFIX):
        return blob
    if release_key is None:
        raise RoleRefused(f"The agency's signing key is held only by releasing officers; "
                          f"{actor}'s session cannot sign. A releasing officer must "
                          "release this (liaison release approve).")
    return unseal(release_key, json.loads(blob[len(SEALED_PREFIX):]),
                  _signing_aad(workspace_id))
