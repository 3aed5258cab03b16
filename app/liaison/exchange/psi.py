"""ECDH private set intersection over the prime-order subgroup of edwards25519 (issue 21).

Every group operation is libsodium's (PyNaCl's bindings); nothing here does curve
arithmetic of its own. Points are 32-byte compressed edwards25519 encodings, scalars
32-byte little-endian integers below the group order L. ARCHITECTURE.md, "Hit/no-hit",
gives the construction, why it is safe despite the cofactor, and the exact encodings.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Sequence

from nacl import bindings as sodium
from nacl.exceptions import RuntimeError as SodiumError

from liaison.model.errors import LiaisonError

POINT = 32
DOMAIN = b"liaison hit/no-hit v1"


class PsiError(LiaisonError):
    """A point or scalar the protocol must refuse (not in the group, identity, zero)."""


def new_scalar() -> bytes:
    """A fresh secret scalar, uniform modulo L (64 random bytes reduced) and never zero."""
    while True:
        scalar = sodium.crypto_core_ed25519_scalar_reduce(os.urandom(64))
        if any(scalar):
            return scalar


def invert(scalar: bytes) -> bytes:
    """1/scalar modulo L (the scalar is never zero: :func:`new_scalar`)."""
    return sodium.crypto_core_ed25519_scalar_invert(scalar)


def element_input(query_id: str, key: str) -> bytes:
    """The bytes hashed for identifier ``key`` in query ``query_id``: the domain, a zero
    byte, the query id's 16 bytes, then the key in UTF-8. The query id makes every query's
    group elements unrelated to every other's, so blinded sets of two queries cannot be
    linked or replayed."""
    return DOMAIN + b"\x00" + uuid.UUID(query_id).bytes + key.encode("utf-8")


def hash_to_group(query_id: str, key: str) -> bytes:
    """H(key): SHA-512 of :func:`element_input`, each 32-byte half mapped by Elligator 2
    (``crypto_core_ed25519_from_uniform``, whose output libsodium clears of the cofactor),
    and the two points added: a uniform-looking element of the prime-order subgroup."""
    digest = hashlib.sha512(element_input(query_id, key)).digest()
    point = sodium.crypto_core_ed25519_add(
        sodium.crypto_core_ed25519_from_uniform(digest[:32]),
        sodium.crypto_core_ed25519_from_uniform(digest[32:]))
    if not sodium.crypto_core_ed25519_is_valid_point(point):  # the identity: 2^-252
        raise PsiError("An identifier hashed to the identity element; it cannot be asked.")
    return point


def blind(points: Iterable[bytes], scalar: bytes) -> list[bytes]:
    """Each point raised to ``scalar``. libsodium refuses (and so do we) a point that is
    not canonical, not on the curve, of small order or outside the prime-order subgroup,
    and a result that is the identity: every point received goes through here or
    :func:`check_points`."""
    out = []
    mult = sodium.crypto_scalarmult_ed25519_noclamp
    try:
        for point in points:
            out.append(mult(scalar, point))
    except (SodiumError, TypeError, ValueError):
        raise PsiError(f"Element {len(out) + 1} is not a valid group element (not on the "
                       "curve, of small order or outside the prime-order subgroup).") from None
    return out


def check_points(points: Sequence[bytes]) -> None:
    """Refuse any point that is not a canonical element of the prime-order subgroup other
    than the identity (for points that are compared, never multiplied)."""
    valid = sodium.crypto_core_ed25519_is_valid_point
    for number, point in enumerate(points, 1):
        if len(point) != POINT or not valid(point):
            raise PsiError(f"Element {number} is not a valid group element (not on the "
                           "curve, of small order or outside the prime-order subgroup).")


def split_points(blob: bytes) -> list[bytes]:
    """32-byte points from their concatenation."""
    return [blob[i:i + POINT] for i in range(0, len(blob), POINT)]
