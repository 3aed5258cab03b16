"""A real SoftHSM2 token per test: its own token folder and configuration file, a token
made with softhsm2-util, keys generated on it with python-pkcs11."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .conftest import require

PIN, SO_PIN = "123456", "87654321"
SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib64/softhsm/libsofthsm2.so",
                   "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/local/lib/softhsm/libsofthsm2.so")
# SoftHSM2 keeps a token's flags under its vendor attribute CKA_OS_TOKENFLAGS
# (CKA_VENDOR_SOFTHSM + 3) in token.object; CKF_USER_PIN_LOCKED from PKCS#11 2.40.
_TOKENFLAGS_TAG = (0x8000534B).to_bytes(8, "big")
_USER_PIN_LOCKED = 0x00040000


def softhsm_module() -> str:
    """The SoftHSM2 module; skips (fails under CI=true) without SoftHSM2 or python-pkcs11."""
    require(importlib.util.find_spec("pkcs11") is not None,
            "python-pkcs11 is not installed")
    require(shutil.which("softhsm2-util") is not None,
            "softhsm2-util is not installed (apt-get install softhsm2)")
    found = next((m for m in SOFTHSM_MODULES if Path(m).is_file()), None)
    require(found is not None, "the SoftHSM2 PKCS#11 module is not installed")
    assert found is not None
    return found


@dataclass
class SoftHSM:
    """One test's SoftHSM2: its token folder, and the module every call loads."""

    module: str
    tokens: Path

    def init_token(self, label: str) -> str:
        """A fresh token in the first free slot; its serial."""
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label,
                        "--pin", PIN, "--so-pin", SO_PIN],
                       check=True, capture_output=True, timeout=30)
        return self.token(label).serial.decode("ascii").strip()

    def delete_token(self, label: str) -> None:
        subprocess.run(["softhsm2-util", "--delete-token", "--token", label],
                       check=True, capture_output=True, timeout=30)

    def token(self, label: str):
        from liaison.store import token_slot

        return token_slot.library(self.module).get_token(token_label=label)

    def generate(self, label: str, kind: str, key_id: bytes, key_label: str) -> None:
        """An RSA-2048 or EC P-256 key pair on the token ``label``."""
        from pkcs11 import Attribute, KeyType
        from pkcs11.util.ec import encode_named_curve_parameters

        with self.token(label).open(rw=True, user_pin=PIN) as session:
            if kind == "rsa":
                session.generate_keypair(KeyType.RSA, 2048, id=key_id, label=key_label,
                                         store=True)
            else:
                params = session.create_domain_parameters(
                    KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters(
                        "secp256r1")}, local=True)
                params.generate_keypair(store=True, id=key_id, label=key_label)

    def lock_pin(self) -> None:
        """Mark every token's user PIN locked, as a card does after too many wrong PINs.
        SoftHSM2 itself never locks a PIN; it reports the flag kept in its token file."""
        for path in self.tokens.glob("*/token.object"):
            data = bytearray(path.read_bytes())
            at = data.index(_TOKENFLAGS_TAG) + 16  # tag, then the value's type, then it
            flags = int.from_bytes(data[at:at + 8], "big") | _USER_PIN_LOCKED
            data[at:at + 8] = flags.to_bytes(8, "big")
            path.write_bytes(bytes(data))


# Argon2id at its cheapest for these tests' passphrase slots: they test the card, and
# the passphrase slots' own tests keep RFC 9106's setting.
CHEAP_ARGON2 = {"name": "argon2id", "iterations": 1, "lanes": 1, "memory_cost": 64}


def make_softhsm(tmp_path: Path, monkeypatch, template: Path | None = None) -> SoftHSM:
    """A SoftHSM2 of the test's own (SOFTHSM2_CONF), the module Liaison is to load;
    ``template``: a token folder to start from (a copy: the same token serial and keys)."""
    module = softhsm_module()
    from liaison.store import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_ARGON2", CHEAP_ARGON2)
    tokens = tmp_path / "softhsm-tokens"
    if template is not None:
        shutil.copytree(template, tokens)
    else:
        tokens.mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    monkeypatch.setenv("LIAISON_PKCS11_MODULE", module)
    return SoftHSM(module, tokens)
