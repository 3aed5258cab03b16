"""Users, their roles and the custody of the signing key (ARCHITECTURE.md, "Users and
roles", "Key custody").

The first user's key slots are the workspace's own (``slots`` in workspace.json);
every other user has passphrase slots of their own that wrap that user's X25519 private
key, and the database key, the audit key and (releasing officers only) the release key
are sealed to the user's public key (``users`` in workspace.json). Adding, removing and
rekeying therefore need no other user's passphrase.
"""

from __future__ import annotations

import base64
import contextlib
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from liaison.model.errors import (
    MetadataDamaged,
    RoleRefused,
    SlotError,
    UnlockError,
    WorkspaceError,
)
from liaison.model.roles import ADMIN, RELEASER, ROLES, parse_role, refusal
from liaison.store import keyslots, user_slots
from liaison.store import users as store_users
from liaison.store.database import Connection, transaction
from liaison.store.metadata import Metadata
from liaison.store.unlock import Unlocked, key_from_slots

_NAME = re.compile(r"^[\w][\w .@'-]{0,63}$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(meta: Metadata, user: str, secret: str) -> dict[str, Any]:
    return {"workspace": meta.workspace_id, "user": user, "secret": secret}


def envelope_unlock(meta: Metadata, user: str, passphrase: str | None) -> tuple[Unlocked, bytes]:
    """The keys a user other than the first opens with: their private key from their own
    slots, then the database and audit keys sealed to them."""
    entry = (meta.users or {}).get(user)
    if entry is None or not entry.get("slots"):
        raise UnlockError(f"No key slots of user '{user}' in this workspace.")
    private = key_from_slots(meta.workspace_id, entry["slots"], entry["check"], passphrase,
                             use_keyring=False)
    if entry.get("key_check") != meta.key_check:
        raise UnlockError(f"The database was rekeyed and {user}'s keys were not renewed "
                          "yet (the rekey was interrupted): an administrator must open the "
                          "workspace once.")
    key = store_users.unseal(private, entry["db"], _aad(meta, user, "database key"))
    audit_key = store_users.unseal(private, entry["audit"], _aad(meta, user, "audit key"))
    return Unlocked(key, audit_key), private


class UsersMixin:
    """Users and roles; every change is audited and rewrites workspace.json atomically."""

    meta: Metadata
    user: str
    _roles: frozenset[str]
    _key: bytearray
    _audit_key: bytearray | None
    _user_key: bytearray | None
    _release_key: bytearray | None

    if TYPE_CHECKING:
        conn: Connection
        actor: str

        def _save_metadata(self, meta: Metadata) -> None: ...
        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...
        def rekey(self, passphrase: str | None = None) -> None: ...
        def check_new_passphrase(self, passphrase: str) -> None: ...

    # --- the session -------------------------------------------------------------------

    def _set_session_user(self, name: str, user_key: bytes | None) -> None:
        info = store_users.get_user(self.conn, name)
        self.user = self.actor = name
        self._roles = info["roles"]
        self._user_key = bytearray(user_key) if user_key is not None else None
        self._release_key = None
        entry = (self.meta.users or {}).get(name, {})
        if user_key is not None and "release" in entry and RELEASER in self._roles:
            release = store_users.unseal(user_key, entry["release"],
                                         _aad(self.meta, name, "release key"))
            if ("release_prev" in entry and store_users.public_of(release)
                    != store_users.release_public(self.conn)):
                # A renewal interrupted before the signing keys were sealed to the new key.
                release = store_users.unseal(user_key, entry["release_prev"],
                                             _aad(self.meta, name, "release key"))
            self._release_key = bytearray(release)
        self.conn.custody = (self.meta.workspace_id, self._release_secret(), name)

    def _release_secret(self) -> bytes | None:
        return bytes(self._release_key) if self._release_key is not None else None

    def _allowed(self, action: str) -> None:
        problem = refusal(action, self.user, self._roles)
        if problem is not None:
            raise RoleRefused(problem)

    def holds_custody(self) -> bool:
        """True when this session can sign: custody is off, or it holds the release key."""
        return (store_users.release_public(self.conn) is None
                or self._release_key is not None)

    def users(self) -> list[dict[str, Any]]:
        """Every user, their roles, and whether they have slots of their own."""
        out = store_users.list_users(self.conn)
        for u in out:
            u["slots"] = ([s["type"] for s in self.meta.slots] if u["first"] else
                          [s["type"] for s in (self.meta.users or {}).get(u["name"], {})
                           .get("slots", [])])
            u["holds_release_key"] = "release" in (self.meta.users or {}).get(u["name"], {})
        return out

    def session_user(self) -> dict[str, Any]:
        """The session's user and roles."""
        return {"name": self.user, "roles": [r for r in ROLES if r in self._roles],
                "custody": self.holds_custody()}

    # --- changes -----------------------------------------------------------------------

    def user_add(self, name: str, passphrase: str, roles: list[str],
                 session_passphrase: str | None = None) -> dict[str, Any]:
        """Add a user with a passphrase slot of their own and ``roles``.

        The first time, custody starts: the signing key is sealed to a new release key,
        and the first user's slots take their private key (``session_passphrase``: the
        first user's passphrase, when their slots include a passphrase slot)."""
        name = name.strip()
        if not _NAME.match(name):
            raise WorkspaceError(f"'{name}' is not a usable user name: 1 to 64 letters, "
                                 "digits, spaces, '.', '@', \"'\" or '-'.")
        wanted = {parse_role(r) for r in roles}
        if not wanted:
            raise WorkspaceError("Give the new user at least one role (--role).")
        if any(u["name"].casefold() == name.casefold() for u in store_users.list_users(
                self.conn)):
            raise WorkspaceError(f"There is already a user '{name}'.")
        self.check_new_passphrase(passphrase)
        if RELEASER in wanted:
            self._need_release_key("make a releasing officer")
        users = dict(self.meta.users or {})
        started = False
        if store_users.release_public(self.conn) is None:
            users, started = self._start_custody(users, session_passphrase), True
        private = store_users.new_private()
        slot = {**keyslots.wrap_key(self.meta.workspace_id, private, passphrase), "user": name}
        users[name] = self._envelope(name, private, [slot], RELEASER in wanted)
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO users (name, roles, public_key, approval_key, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, "[]", store_users.public_of(private),
                 store_users.approval_public(private), store_users.now()))
            store_users.set_roles(self.conn, name, wanted)
            self._audit("user.add", name, {"roles": sorted(wanted), "slots": ["passphrase"],
                                           "custody_started": started})
        self._save_metadata(replace(self.meta, users=users))
        return {"name": name, "roles": [r for r in ROLES if r in wanted]}

    def _envelope(self, name: str, private: bytes, slots: list[dict[str, Any]],
                  releaser: bool) -> dict[str, Any]:
        public = store_users.public_of(private)
        entry: dict[str, Any] = {"public": _b64(public), "slots": slots,
                                 "check": keyslots.key_check(private)}
        entry.update(self._sealed_keys(name, public))
        if releaser and self._release_key is not None:
            entry["release"] = store_users.seal(public, bytes(self._release_key),
                                                _aad(self.meta, name, "release key"))
        return entry

    def _sealed_keys(self, name: str, public: bytes) -> dict[str, Any]:
        if self._audit_key is None:
            raise SlotError("This session has no audit key (see 'liaison audit verify'); "
                            "open the workspace with its passphrase before adding users.")
        return {"key_check": self.meta.key_check,
                "db": store_users.seal(public, bytes(self._key),
                                       _aad(self.meta, name, "database key")),
                "audit": store_users.seal(public, bytes(self._audit_key),
                                          _aad(self.meta, name, "audit key"))}

    def _start_custody(self, users: dict[str, Any], passphrase: str | None) -> dict[str, Any]:
        """Seal the signing key to a new release key and give the first user a key pair
        held by their slots; the release key goes to them if they release."""
        first = store_users.first_user(self.conn)
        if first != self.user:
            raise RoleRefused(f"Custody of the signing key starts with the first user, "
                              f"{first}: open the workspace as {first} to add the second "
                              "user.")
        private = store_users.new_private()
        slots, given = user_slots.give(self.meta.workspace_id, self.meta.slots, private,
                                       passphrase)
        if not given:
            raise SlotError("The first user's key slots could not take their new key: give "
                            "the workspace passphrase (--passphrase-file) or use the OS "
                            "keyring.")
        with transaction(self.conn):
            release = store_users.start_custody(self.conn, self.meta.workspace_id)
            self.conn.execute("UPDATE users SET public_key = ?, approval_key = ? "
                              "WHERE name = ?", (store_users.public_of(private),
                                                 store_users.approval_public(private), first))
            self._audit("custody.start", self.meta.workspace_id, {
                "first_user": first, "slots_given_key": given,
                "slots_without": [s["type"] for s in slots if "user_key" not in s]})
        self._user_key = bytearray(private)
        public = store_users.public_of(private)
        entry: dict[str, Any] = {"public": _b64(public), "first": True}
        if RELEASER in self._roles:
            entry["release"] = store_users.seal(public, release,
                                                _aad(self.meta, first, "release key"))
            self._release_key = bytearray(release)
        self.meta = replace(self.meta, slots=slots)
        self.conn.custody = (self.meta.workspace_id, self._release_secret(), self.user)
        return {**users, first: entry}

    def _need_release_key(self, what: str) -> None:
        if store_users.release_public(self.conn) is not None and self._release_key is None:
            raise RoleRefused(f"Only a releasing officer holding the release key can {what}; "
                              f"{self.user}'s session does not hold it.")

    def role_grant(self, name: str, role: str) -> list[str]:
        role = parse_role(role)
        info = store_users.get_user(self.conn, name)
        if role in info["roles"]:
            raise WorkspaceError(f"{name} already holds the role {role}.")
        users = dict(self.meta.users or {})
        if role == RELEASER and name in users:
            self._need_release_key("make a releasing officer")
            public = base64.b64decode(users[name]["public"])
            users[name] = {**users[name], "release": store_users.seal(
                public, bytes(self._release_key or b""), _aad(self.meta, name, "release key"))}
        held = set(info["roles"]) | {role}
        with transaction(self.conn):
            store_users.set_roles(self.conn, name, held)
            self._audit("user.grant", name, {"role": role})
        if users != (self.meta.users or {}):
            self._save_metadata(replace(self.meta, users=users))
        self._refresh_roles(name, held)
        return [r for r in ROLES if r in held]

    def role_revoke(self, name: str, role: str) -> list[str]:
        role = parse_role(role)
        info = store_users.get_user(self.conn, name)
        if role not in info["roles"]:
            raise WorkspaceError(f"{name} does not hold the role {role}.")
        held = set(info["roles"]) - {role}
        if role == ADMIN and not any(ADMIN in u["roles"] for u in store_users.list_users(
                self.conn) if u["name"] != name):
            raise WorkspaceError(f"{name} is the last administrator; grant the role to "
                                 "someone else first.")
        users = dict(self.meta.users or {})
        if role == RELEASER and "release" in users.get(name, {}):
            if name != self.user:
                self._need_release_key(f"take the releasing-officer role from {name} (the "
                                       "release key is renewed)")
            users[name] = {k: v for k, v in users[name].items() if k != "release"}
            if name != self.user:
                users = self._renew_release(users, f"{name} no longer releases")
        with transaction(self.conn):
            store_users.set_roles(self.conn, name, held)
            self._audit("user.revoke", name, {"role": role})
        if users != (self.meta.users or {}):
            self._save_metadata(replace(self.meta, users=users))
        self._refresh_roles(name, held)
        return [r for r in ROLES if r in held]

    def _refresh_roles(self, name: str, held: set[str]) -> None:
        if name == self.user:
            self._roles = frozenset(held)
            if RELEASER not in held:
                self._release_key = None
                self.conn.custody = (self.meta.workspace_id, None, self.user)

    def user_remove(self, name: str, passphrase: str | None = None) -> dict[str, Any]:
        """Remove a user and their slots, then rekey: the database key they could have
        kept no longer opens it. ``passphrase``: the first user's, as rekey needs."""
        info = store_users.get_user(self.conn, name)
        if info["first"]:
            raise WorkspaceError(f"{name} is the first user: their slots are the workspace's "
                                 "own. Revoke their roles instead.")
        if name == self.user:
            raise WorkspaceError("You cannot remove yourself; ask another administrator.")
        if ADMIN in info["roles"] and not any(
                ADMIN in u["roles"] for u in store_users.list_users(self.conn)
                if u["name"] != name):
            raise WorkspaceError(f"{name} is the last administrator.")
        held_release = "release" in (self.meta.users or {}).get(name, {})
        if held_release:
            self._need_release_key(f"remove {name}, who holds the release key (it is "
                                   "renewed so their copy stops opening the signing key)")
        users = {k: v for k, v in (self.meta.users or {}).items() if k != name}
        if held_release:
            users = self._renew_release(users, f"{name} removed")
        with transaction(self.conn):
            self.conn.execute("DELETE FROM users WHERE name = ?", (name,))
            self._audit("user.remove", name, {"roles": sorted(info["roles"]),
                                              "release_key_renewed": held_release})
        self._save_metadata(replace(self.meta, users=users or None))
        self.rekey(passphrase)
        return {"name": name, "rekeyed": True, "release_key_renewed": held_release}

    def _renew_release(self, users: dict[str, Any], why: str) -> dict[str, Any]:
        """A new release key for the releasing officers in ``users``, so a copy someone
        leaving kept no longer opens the signing key. Crash-safe in two steps: the
        officers get the new key beside the old (``release_prev``), then the signing keys
        are sealed to it; returns ``users`` without the old, for the caller to save."""
        renewed = store_users.new_private()
        users = self._seal_release(users, renewed, keep_previous=True)
        self._save_metadata(replace(self.meta, users=users))
        with transaction(self.conn):
            self._reseal_signing_keys(renewed)
            self._audit("custody.renew", self.meta.workspace_id, {
                "reason": why, "officers": sorted(n for n, e in users.items()
                                                  if "release" in e)})
        return {k: {f: v for f, v in e.items() if f != "release_prev"}
                for k, e in users.items()}

    def _seal_release(self, users: dict[str, Any], private: bytes, keep_previous: bool
                      ) -> dict[str, Any]:
        """``users`` with ``private`` as the release key of every releasing officer."""
        out = {}
        for who, entry in users.items():
            if "release" in entry:
                aad = _aad(self.meta, who, "release key")
                entry = {**entry, "release": store_users.seal(
                    base64.b64decode(entry["public"]), private, aad)}
                if keep_previous:
                    entry["release_prev"] = users[who]["release"]
            out[who] = entry
        return out

    def _reseal_signing_keys(self, private: bytes) -> None:
        """Every signing key sealed to the release key ``private`` instead of the
        session's (inside the caller's transaction)."""
        old = bytes(self._release_key or b"")
        public = store_users.public_of(private)
        wsid = self.meta.workspace_id
        for kid, blob in self.conn.execute("SELECT kid, private_key FROM identity_keys "
                                           "WHERE usage = 'signing'").fetchall():
            der = store_users.open_signing_key(blob, wsid, old, self.user)
            self.conn.execute("UPDATE identity_keys SET private_key = ? WHERE kid = ?",
                              (store_users.seal_signing_key(self.conn, der, wsid, public), kid))
        self.conn.execute("UPDATE meta SET value = ? WHERE key = 'release_public_key'",
                          (public.hex(),))
        self._release_key = bytearray(private)
        self.conn.custody = (wsid, private, self.user)

    def _after_rekey(self, passphrase: str | None) -> None:
        """Called by rekey: seal the new keys to every other user, and give the first
        user's new slots their private key again."""
        if not self.meta.users:
            return
        users = {}
        for name, entry in self.meta.users.items():
            if entry.get("first"):
                users[name] = entry
                continue
            public = base64.b64decode(entry["public"])
            users[name] = {**entry, **self._sealed_keys(name, public)}
        slots = self.meta.slots
        first_key = self._user_key if store_users.first_user(self.conn) == self.user else None
        if first_key is not None:
            slots, _ = user_slots.give(self.meta.workspace_id, slots, bytes(first_key),
                                       passphrase)
        self._save_metadata(replace(self.meta, users=users, slots=slots))

    def _restore_custody(self, workspace: dict[str, Any], backup_passphrase: str,
                         passphrase: str | None, use_keyring: bool) -> Metadata:
        """After a restore: the first user (the restored slots') gets the release key the
        backup carries, if a releasing officer made it; otherwise custody starts again
        (a new identity is needed to sign) and the log says why."""
        if store_users.release_public(self.conn) is None:
            return self.meta
        release = None
        with contextlib.suppress(UnlockError, MetadataDamaged, KeyError, TypeError):
            release = keyslots.unwrap_key(workspace["id"], workspace["release_key"],
                                          backup_passphrase)
        slots, given = self.meta.slots, []
        private = store_users.new_private()
        if (release is not None and RELEASER in self._roles
                and store_users.public_of(release) == store_users.release_public(self.conn)):
            slots, given = user_slots.give(self.meta.workspace_id, self.meta.slots, private,
                                           passphrase, use_keyring)
        if not given or release is None:
            with transaction(self.conn):
                self.conn.execute("DELETE FROM meta WHERE key = 'release_public_key'")
                self._audit("custody.lost", self.meta.workspace_id, {
                    "reason": "the backup carries no release key this restore could use "
                              "(made by someone who could not sign, or the key did not "
                              "open)", "advice": "create a new identity: liaison identity "
                              "create --replace"})
            return self.meta
        public = store_users.public_of(private)
        with transaction(self.conn):
            self.conn.execute("UPDATE users SET public_key = ?, approval_key = ? "
                              "WHERE name = ?", (public, store_users.approval_public(private),
                                                 self.user))
            self._audit("custody.restored", self.meta.workspace_id, {"first_user": self.user})
        self.meta = replace(self.meta, slots=slots, users={self.user: {
            "public": _b64(public), "first": True,
            "release": store_users.seal(public, release,
                                        _aad(self.meta, self.user, "release key"))}})
        self._user_key, self._release_key = bytearray(private), bytearray(release)
        self.conn.custody = (self.meta.workspace_id, release, self.user)
        return self.meta

    def _heal_envelopes(self) -> None:
        """On open: users whose sealed keys are older than the database key (a rekey
        interrupted before they were renewed) get the current keys."""
        stale = [n for n, e in (self.meta.users or {}).items()
                 if not e.get("first") and e.get("key_check") != self.meta.key_check]
        if not stale or self._audit_key is None:
            return
        users = dict(self.meta.users or {})
        for name in stale:
            users[name] = {**users[name], **self._sealed_keys(
                name, base64.b64decode(users[name]["public"]))}
        self._save_metadata(replace(self.meta, users=users))
