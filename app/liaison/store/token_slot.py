"""Smart-card and token key slots (PKCS#11): the database key wrapped to a key that
never leaves a card, opened with the card's PIN (ARCHITECTURE.md, "Key slots").

A ``pkcs11`` slot names the token (serial and label) and the key (CKA_ID, label and
its public key, SubjectPublicKeyInfo DER) it was made with, and holds a random
256-bit wrapping key (KEK) in one of two ways:

* ``rsa-oaep-sha1``: the KEK encrypted with RSA-OAEP to the card's RSA key (SHA-1 and
  MGF1-SHA-1: the OAEP variant SoftHSM2 and PIV middleware implement; OAEP's security
  does not rest on SHA-1's collision resistance);
* ``ecdh-hkdf-sha256``: an ephemeral EC key made here; the card derives the ECDH
  secret from its private key and the ephemeral public point, and the KEK is
  HKDF-SHA256 of it, bound to both public keys.

The database key and the audit key are sealed under the KEK with AES-256-GCM as in a
passphrase slot; the associated data is the workspace id and every other member of
the slot, so an edited slot fails. Wrapping needs only the public key kept in the
slot, so a rekey re-wraps a token slot without the card.

The module (the vendor's PKCS#11 library) is never named by workspace.json: that file
is read before the key is known, so a path in it could make Liaison load any shared
library. It comes from the caller (``--pkcs11-module``), ``LIAISON_PKCS11_MODULE``,
or the first of :data:`DEFAULT_MODULES` that exists.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from liaison.model.errors import (
    MetadataDamaged,
    PinLocked,
    TokenError,
    TokenPinRequired,
    TokenReplaced,
    WrongPin,
)
from liaison.store.metadata import canonical_json

SLOT_TYPE = "pkcs11"
MODULE_ENV = "LIAISON_PKCS11_MODULE"
RSA_OAEP = "rsa-oaep-sha1"
ECDH = "ecdh-hkdf-sha256"
KEY_BYTES = 32
_SEALED = ("nonce", "wrapped", "audit")  # the members the associated data leaves out

# Where the usual modules are installed: OpenSC (PIV and most national cards) first,
# then SoftHSM2 (a software token, for testing and for servers).
DEFAULT_MODULES: tuple[str, ...] = (
    ("C:\\Windows\\System32\\opensc-pkcs11.dll", "C:\\SoftHSM2\\lib\\softhsm2-x64.dll")
    if sys.platform == "win32" else
    ("/Library/OpenSC/lib/opensc-pkcs11.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so",
     "/usr/local/lib/softhsm/libsofthsm2.so")
    if sys.platform == "darwin" else
    ("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
     "/usr/lib64/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so",
     "/usr/lib/softhsm/libsofthsm2.so", "/usr/lib64/softhsm/libsofthsm2.so",
     "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise MetadataDamaged(f"workspace.json is damaged: {what} is not base64.") from exc


# --- the module -------------------------------------------------------------------------


def find_module(explicit: str | None = None) -> str:
    """The PKCS#11 module to load: ``explicit``, else $LIAISON_PKCS11_MODULE, else the
    first default that exists; TokenError naming what was looked for otherwise."""
    chosen = explicit or os.environ.get(MODULE_ENV)
    if chosen:
        if not Path(chosen).is_file():
            raise TokenError(f"The PKCS#11 module {chosen} does not exist. Install the "
                             "card's middleware (e.g. OpenSC) or name its module with "
                             f"--pkcs11-module or {MODULE_ENV}.")
        return chosen
    for candidate in DEFAULT_MODULES:
        if Path(candidate).is_file():
            return candidate
    raise TokenError("No PKCS#11 module was found (looked for OpenSC and SoftHSM2 in "
                     f"{', '.join(DEFAULT_MODULES)}). Install the card's middleware or "
                     f"name its module with --pkcs11-module or {MODULE_ENV}.")


_libraries: dict[str, Any] = {}
_library_lock = threading.Lock()


def _pkcs11():
    try:
        import pkcs11
    except ImportError as exc:  # pragma: no cover - a runtime dependency
        raise TokenError("Smart cards need the python-pkcs11 package, which is not "
                         "installed.") from exc
    return pkcs11


def library(module: str, fresh: bool = True):
    """The loaded module; ``fresh`` re-initialises it (C_Finalize, C_Initialize) so a
    card inserted, removed or re-initialised since the last call is seen as it is now."""
    pkcs11 = _pkcs11()
    with _library_lock:
        lib = _libraries.get(module)
        try:
            if lib is None:
                lib = _libraries[module] = pkcs11.lib(module)
            elif fresh:
                lib.reinitialize()
        except pkcs11.PKCS11Error as exc:
            raise TokenError(f"{module} could not be loaded as a PKCS#11 module "
                             f"({type(exc).__name__}: {exc or 'no detail'}).") from exc
    return lib


def _tokens(lib) -> list[Any]:
    """The initialised tokens present (SoftHSM2 always shows an empty one, to initialise)."""
    pkcs11 = _pkcs11()
    try:
        tokens = [slot.get_token() for slot in lib.get_slots(token_present=True)]
        return [t for t in tokens if pkcs11.TokenFlag.TOKEN_INITIALIZED in t.flags]
    except pkcs11.PKCS11Error as exc:
        raise TokenError(f"The PKCS#11 module {lib.so} cannot list its tokens "
                         f"({type(exc).__name__}).") from exc


def _serial(token) -> str:
    raw = token.serial
    return (raw.decode("ascii", "replace") if isinstance(raw, bytes) else str(raw)).strip()


def _describe(tokens: list[Any]) -> str:
    return ", ".join(f"'{t.label}' (serial {_serial(t)})" for t in tokens) or "none"


# --- what a slot names ------------------------------------------------------------------


@dataclass(frozen=True)
class CardKey:
    """The token and key a slot is made with: the token by serial or label, the key
    by CKA_ID (hex) or label."""

    token_serial: str | None = None
    token_label: str | None = None
    key_id: str | None = None
    key_label: str | None = None

    def validate(self) -> None:
        if not (self.token_serial or self.token_label):
            raise TokenError("Name the token by its serial or its label.")
        if not (self.key_id or self.key_label):
            raise TokenError("Name the key on the token by its id (hex) or its label.")
        if self.key_id:
            try:
                bytes.fromhex(self.key_id)
            except ValueError as exc:
                raise TokenError(f"The key id '{self.key_id}' is not hexadecimal.") from exc

    def key_attrs(self) -> dict[str, Any]:
        from pkcs11 import Attribute

        attrs: dict[str, Any] = {}
        if self.key_id:
            attrs[Attribute.ID] = bytes.fromhex(self.key_id)
        if self.key_label:
            attrs[Attribute.LABEL] = self.key_label
        return attrs

    def key_name(self) -> str:
        """'id 01 and label \'x\'': how the key was named."""
        parts = [f"id {self.key_id}" if self.key_id else "",
                 f"label '{self.key_label}'" if self.key_label else ""]
        return " and ".join(p for p in parts if p)


def _find_token(lib, card: CardKey, label_hint: str | None = None):
    """The one token ``card`` names; ``label_hint``, the label a slot's card had, tells
    a card replaced (that label, another serial) from one simply absent."""
    tokens = _tokens(lib)
    if not tokens:
        raise TokenError(f"No smart card or token is present (module {lib.so}). Insert "
                         "the card, or check its reader, and try again.")
    found = [t for t in tokens
             if (not card.token_serial or _serial(t) == card.token_serial)
             and (not card.token_label or t.label == card.token_label)]
    if len(found) == 1:
        return found[0]
    if found:
        raise TokenError(f"More than one token is labelled '{card.token_label}'; name the "
                         f"one to use by its serial (present: {_describe(found)}).")
    wanted = (f"serial {card.token_serial}" if card.token_serial
              else f"label '{card.token_label}'")
    if card.token_serial and label_hint and any(t.label == label_hint for t in tokens):
        raise TokenReplaced(
            f"The token labelled '{label_hint}' is not the card this slot was made "
            f"with (serial {card.token_serial}; present: {_describe(tokens)}): it was "
            "replaced or re-initialised. Insert the original card, or unlock another way "
            "and add a slot for the new card.")
    raise TokenError(f"The token with {wanted} is not present (present: "
                     f"{_describe(tokens)}). Insert that card and try again.")


def _check_pin_state(token) -> None:
    from pkcs11 import TokenFlag

    if TokenFlag.USER_PIN_LOCKED in token.flags:
        raise PinLocked(f"The PIN of the token '{token.label}' is locked after too many "
                        "wrong tries. Have it unblocked with the card's PUK or by your "
                        "card administrator, then try again.")


def _spki(public_key) -> tuple[str, bytes]:
    """The kind ('rsa' or 'ec') and SubjectPublicKeyInfo DER of a PKCS#11 public key."""
    from pkcs11 import Attribute, KeyType
    from pkcs11.util.ec import encode_ec_public_key

    if public_key.key_type == KeyType.RSA:
        numbers = rsa.RSAPublicNumbers(
            int.from_bytes(public_key[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public_key[Attribute.MODULUS], "big"))
        der = numbers.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        return "rsa", der
    if public_key.key_type == KeyType.EC:
        return "ec", encode_ec_public_key(public_key)
    raise TokenError(f"The key is of type {public_key.key_type.name}; a key slot needs an "
                     "RSA or EC key.")


def fingerprint(spki: bytes) -> str:
    return hashlib.sha256(spki).hexdigest()


def _public_key(session, card: CardKey):
    from pkcs11 import ObjectClass

    keys = list(session.get_objects({**card.key_attrs(),
                                     _class_attr(): ObjectClass.PUBLIC_KEY}))
    if len(keys) > 1:
        raise TokenError(f"The token holds more than one public key with {card.key_name()}; "
                         "name the key by its id.")
    return keys[0] if keys else None


def _class_attr():
    from pkcs11 import Attribute

    return Attribute.CLASS


def _private_key(session, card: CardKey, token_label: str):
    from pkcs11 import ObjectClass

    keys = list(session.get_objects({**card.key_attrs(),
                                     _class_attr(): ObjectClass.PRIVATE_KEY}))
    if not keys:
        raise TokenError(f"The token '{token_label}' holds no private key with "
                         f"{card.key_name()}: it may have been deleted or the card "
                         "reset. Unlock another way and add a slot for the card's key.")
    if len(keys) > 1:
        raise TokenError(f"The token '{token_label}' holds more than one private key with "
                         f"{card.key_name()}; name the key by its id.")
    return keys[0]


# --- making and opening slots -------------------------------------------------------------


def _aad(workspace_id: str, slot: dict[str, Any], secret: str | None = None) -> bytes:
    body = {k: v for k, v in slot.items() if k not in _SEALED}
    doc: dict[str, Any] = {"workspace": workspace_id, "slot": body}
    if secret:
        doc["secret"] = secret
    return canonical_json(doc)


def _hkdf(shared: bytes, ephemeral: bytes, spki: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"liaison pkcs11 slot v1" + hashlib.sha256(ephemeral + spki).digest()
                ).derive(shared)


# SHA-1 in OAEP is what the cards offer; see the module docstring for why it is sound.
_OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),  # noqa: S303
                     label=None)


def seal(workspace_id: str, base: dict[str, Any], key: bytes, audit_key: bytes | None
         ) -> dict[str, Any]:
    """A slot holding ``key`` (and ``audit_key``) for the token and key ``base`` names,
    wrapped with the public key kept in it: no card is needed."""
    spki = _unb64(base["key"]["public"], "the token slot's public key")
    public = serialization.load_der_public_key(spki)
    slot = {k: v for k, v in base.items()
            if k not in (*_SEALED, "wrapped_kek", "ephemeral", "scheme")}
    if isinstance(public, rsa.RSAPublicKey):
        kek = os.urandom(KEY_BYTES)
        slot.update(scheme=RSA_OAEP, wrapped_kek=_b64(public.encrypt(kek, _OAEP)))
    elif isinstance(public, ec.EllipticCurvePublicKey):
        ephemeral = ec.generate_private_key(public.curve)
        point = ephemeral.public_key().public_bytes(serialization.Encoding.X962,
                                                   serialization.PublicFormat.UncompressedPoint)
        kek = _hkdf(ephemeral.exchange(ec.ECDH(), public), point, spki)
        slot.update(scheme=ECDH, ephemeral=_b64(point))
    else:
        raise TokenError("A key slot needs an RSA or EC key on the token.")
    for name, secret, what in (("", key, None), ("audit", audit_key, "audit key")):
        if secret is None:
            continue
        nonce = os.urandom(12)
        sealed = {"nonce": _b64(nonce),
                  "wrapped": _b64(AESGCM(kek).encrypt(nonce, secret, _aad(workspace_id,
                                                                          slot, what)))}
        if name:
            slot[name] = sealed
        else:
            slot.update(sealed)
    return slot


def card_of(slot: dict[str, Any]) -> CardKey:
    """How to find a slot's card and key again: by serial and CKA_ID where the card gave
    them (a label may be changed; they are not), else by label."""
    token, key = slot.get("token"), slot.get("key")
    if not isinstance(token, dict) or not isinstance(key, dict) or "public" not in key:
        raise MetadataDamaged("workspace.json is damaged: a token slot does not name its "
                              "token and key.")
    serial, key_id = token.get("serial") or None, key.get("id") or None
    return CardKey(serial, None if serial else token.get("label") or None,
                   key_id, None if key_id else key.get("label") or None)


class _Card:
    """One use of the card: the token found, the public key checked, a session open."""

    def __init__(self, card: CardKey, module: str | None, expected_spki: bytes | None,
                 label_hint: str | None = None):
        pkcs11 = _pkcs11()
        self.module = find_module(module)
        self.card = card
        lib = library(self.module)
        self.token = _find_token(lib, card, label_hint)
        self._errors = pkcs11.exceptions
        self.expected = expected_spki

    def public(self) -> tuple[str, bytes, str, str]:
        """The key's kind, public key, CKA_ID (hex) and label, read without the PIN."""
        from pkcs11 import Attribute

        with self._guard(), self.token.open() as session:
            public = _public_key(session, self.card)
            if public is None:
                raise TokenError(f"The token '{self.token.label}' holds no public key with "
                                 f"{self.card.key_name()}. Check the id or label "
                                 "(pkcs11-tool --list-objects shows them).")
            kind, spki = _spki(public)
            return kind, spki, bytes(public[Attribute.ID] or b"").hex(), public.label or ""

    def check_public(self) -> None:
        """TokenReplaced when the card's public key is not the slot's; a card that shows
        no public key without login is checked by the unwrapping instead."""
        with self._guard(), self.token.open() as session:
            public = _public_key(session, self.card)
            if public is None:
                return
            if self.expected is not None and _spki(public)[1] != self.expected:
                raise TokenReplaced(
                    f"The key on the token '{self.token.label}' (serial "
                    f"{_serial(self.token)}) is not the key this slot was made with: the "
                    "card was re-keyed or replaced. Unlock another way and add a slot "
                    "for the new key.")

    def login(self, pin: str):
        _check_pin_state(self.token)
        errors = self._errors
        try:
            return self.token.open(user_pin=pin)
        except (errors.PinIncorrect, errors.PinLenRange, errors.PinInvalid) as exc:
            raise WrongPin(self._wrong_pin_message()) from exc
        except errors.PinLocked as exc:
            raise PinLocked(f"The PIN of the token '{self.token.label}' is locked after too "
                            "many wrong tries. Have it unblocked with the card's PUK or by "
                            "your card administrator, then try again.") from exc
        except errors.PKCS11Error as exc:
            raise self._absent(exc) from exc

    def _wrong_pin_message(self) -> str:
        from pkcs11 import TokenFlag

        text = f"Wrong PIN for the token '{self.token.label}'; nothing was changed."
        try:
            flags = self.token.slot.get_token().flags
        except Exception:  # the message is still right without the count
            return text
        if TokenFlag.USER_PIN_FINAL_TRY in flags:
            return text + " One more wrong PIN locks the card."
        if TokenFlag.USER_PIN_COUNT_LOW in flags:
            return text + " Few tries are left before the card locks its PIN."
        return text

    def _absent(self, exc: Exception) -> TokenError:
        return TokenError(f"The token '{self.token.label}' stopped answering "
                          f"({type(exc).__name__}): it was removed or its reader "
                          "disconnected. Insert it and try again.")

    def _guard(self):
        card = self

        class _Guard:
            def __enter__(self):
                return self

            def __exit__(self, kind, exc, tb):
                if exc is not None and isinstance(exc, card._errors.PKCS11Error):
                    raise card._absent(exc) from exc
                return False

        return _Guard()


def make(workspace_id: str, key: bytes, audit_key: bytes | None, card: CardKey, pin: str,
         module: str | None = None) -> dict[str, Any]:
    """A new token slot for ``key`` on ``card``; the PIN proves the card can open it
    (the slot is opened once before it is returned)."""
    card.validate()
    if not pin:
        raise TokenPinRequired("Give the card's PIN to add it as a key slot.")
    reader = _Card(card, module, None)
    kind, spki, key_id, key_label = reader.public()
    base = {"type": SLOT_TYPE,
            "token": {"serial": _serial(reader.token), "label": reader.token.label},
            "key": {"id": key_id, "label": key_label, "kind": kind,
                    "public": _b64(spki), "fingerprint": fingerprint(spki)},
            "module_name": Path(reader.module).name}
    slot = seal(workspace_id, base, key, audit_key)
    opened, _ = _unwrap(workspace_id, slot, pin, reader)
    if opened != key:  # pragma: no cover - the card computed something else
        raise TokenError("The card did not give back the key just wrapped to it.")
    return slot


def unwrap_keys(workspace_id: str, slot: dict[str, Any], pin: str | None,
                module: str | None = None) -> tuple[bytes, bytes | None]:
    """The database key and audit key a token slot holds; TokenPinRequired without a
    PIN, WrongPin, PinLocked, TokenReplaced or TokenError (absent, module missing, key
    not found) otherwise. Nothing is written anywhere."""
    card = card_of(slot)
    if pin is None:
        raise TokenPinRequired(f"This workspace has a smart-card slot (token "
                               f"'{card.token_label}'); give the card's PIN (--pin-file).")
    spki = _unb64(slot["key"]["public"], "the token slot's public key")
    return _unwrap(workspace_id, slot, pin,
                   _Card(card, module, spki, slot["token"].get("label")))


def _unwrap(workspace_id: str, slot: dict[str, Any], pin: str, reader: _Card
            ) -> tuple[bytes, bytes | None]:
    from pkcs11 import KDF, MGF, Attribute, KeyType, Mechanism

    reader.check_public()
    spki = _unb64(slot["key"]["public"], "the token slot's public key")
    scheme = slot.get("scheme")
    session = reader.login(pin)
    gone = (reader._errors.DeviceRemoved, reader._errors.TokenNotPresent,
            reader._errors.SessionHandleInvalid, reader._errors.DeviceError)
    try:
        private = _private_key(session, reader.card, reader.token.label)
        if scheme == RSA_OAEP:
            kek = private.decrypt(_unb64(slot.get("wrapped_kek"), "the wrapped KEK"),
                                  mechanism=Mechanism.RSA_PKCS_OAEP,
                                  mechanism_param=(Mechanism.SHA_1, MGF.SHA1, None))
        elif scheme == ECDH:
            point = _unb64(slot.get("ephemeral"), "the ephemeral key")
            secret = private.derive_key(
                KeyType.GENERIC_SECRET, 8 * _curve_bytes(spki),
                mechanism_param=(KDF.NULL, None, point),
                template={Attribute.SENSITIVE: False, Attribute.EXTRACTABLE: True})
            kek = _hkdf(secret[Attribute.VALUE], point, spki)
        else:
            raise MetadataDamaged(f"workspace.json is damaged: the token slot's scheme "
                                  f"'{scheme}' is unknown.")
    except gone as exc:
        raise reader._absent(exc) from exc
    except reader._errors.PKCS11Error as exc:  # the card refused to decrypt: another key
        raise TokenReplaced(f"The key on the token '{reader.token.label}' does not open "
                            "this slot: the card was re-keyed or replaced.") from exc
    finally:
        with contextlib.suppress(Exception):  # a card pulled out: the session is gone
            session.close()
    return (_open(kek, slot, _aad(workspace_id, slot), "key", reader),
            _open(kek, slot["audit"], _aad(workspace_id, slot, "audit key"), "audit key",
                  reader) if isinstance(slot.get("audit"), dict) else None)


def _curve_bytes(spki: bytes) -> int:
    public = serialization.load_der_public_key(spki)
    assert isinstance(public, ec.EllipticCurvePublicKey)
    return (public.curve.key_size + 7) // 8


def _open(kek: bytes, sealed: dict[str, Any], aad: bytes, what: str, reader: _Card) -> bytes:
    try:
        secret = AESGCM(kek).decrypt(_unb64(sealed.get("nonce"), "the slot's nonce"),
                                     _unb64(sealed.get("wrapped"), f"the wrapped {what}"),
                                     aad)
    except (InvalidTag, ValueError) as exc:
        raise TokenReplaced(f"The key on the token '{reader.token.label}' does not open "
                            f"this slot's {what}: the card was re-keyed or replaced, or "
                            "workspace.json was edited.") from exc
    if len(secret) != KEY_BYTES:
        raise MetadataDamaged(f"workspace.json is damaged: the wrapped {what} has the "
                              "wrong size.")
    return secret


def present(slot: dict[str, Any], module: str | None = None) -> str | None:
    """None while the slot's card is present with the slot's key, else why not (the
    session that card opened should lock). Uses no PIN and writes nothing."""
    card = card_of(slot)
    spki = _unb64(slot["key"]["public"], "the token slot's public key")
    try:
        reader = _Card(card, module, spki, slot["token"].get("label"))
        reader.check_public()
    except TokenError as exc:
        return str(exc)
    return None
