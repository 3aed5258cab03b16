"""ECDH private set intersection over the prime-order subgroup of edwards25519 (issue 21).

Every group operation is libsodium's (PyNaCl's bindings, and for the loops over many
elements the cffi module under them); nothing here does curve arithmetic of its own.
Points are 32-byte compressed edwards25519 encodings, scalars 32-byte little-endian
integers below the group order L. ARCHITECTURE.md, "Hit/no-hit", gives the construction,
why it is safe despite the cofactor, and the exact encodings.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from nacl import bindings as sodium
from nacl._sodium import ffi, lib

from liaison.model.errors import LiaisonError

POINT = 32
SCALAR = 32
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
    return _hash_chunk(_prefix(query_id), [key])


def hash_and_blind(query_id: str, keys: Sequence[str], scalar: bytes) -> list[bytes]:
    """``H(k)^scalar`` for each key, in order: what both sides do to their own keys. Large
    sets are spread over the machine's cores (:func:`_spread`)."""
    _check_scalar(scalar)
    prefix = _prefix(query_id)
    return _spread(_hash_blind_chunk, [(prefix, list(keys[i:i + CHUNK]), scalar)
                                       for i in range(0, len(keys), CHUNK)], len(keys))


def blind(points: Iterable[bytes] | bytes, scalar: bytes) -> list[bytes]:
    """Each point raised to ``scalar`` (points as a list or concatenated). libsodium
    refuses (and so do we) a point that is not canonical, not on the curve, of small order
    or outside the prime-order subgroup, and a result that is the identity: every point
    received goes through here or :func:`check_points`."""
    _check_scalar(scalar)
    if isinstance(points, bytes | bytearray):
        blob = bytes(points)
    else:
        points = list(points)
        for number, point in enumerate(points, 1):
            if not isinstance(point, bytes | bytearray) or len(point) != POINT:
                raise PsiError(f"Element {number} is not a valid group element (not 32 "
                               "bytes).")
        blob = b"".join(points)
    if len(blob) % POINT:
        raise PsiError(f"Element {len(blob) // POINT + 1} is not a valid group element "
                       "(not 32 bytes).")
    step = CHUNK * POINT
    return _spread(_blind_blob, [(bytes(blob[i:i + step]), scalar, i // POINT)
                                  for i in range(0, len(blob), step)], len(blob) // POINT)


# --- the work, in bulk ---------------------------------------------------------------------
# The group operations are libsodium's C functions called through PyNaCl's own cffi
# module (nacl._sodium) into one preallocated output buffer: the nacl.bindings wrappers
# cost an argument check, a new buffer and a bytes copy per call, a fifth of the time.
# Our own H(k) are not run through is_valid_point (a multiplication by L, as long as
# blinding them): the sum of two cofactor-cleared points is in the prime-order subgroup
# by construction, so only the identity needs refusing, and blinding refuses it again.

CHUNK = 4096      # elements per task: bounded memory and a steady flow to every core
PARALLEL = 8192   # below this many elements one thread does it
IDENTITY = b"\x01" + bytes(31)


def _prefix(query_id: str) -> bytes:
    """:func:`element_input` without the key: hashed before each key's UTF-8."""
    return element_input(query_id, "")


def _hash_chunk(prefix: bytes, keys: list[str]) -> bytes:
    n = len(keys)
    out = ffi.new("unsigned char[]", n * POINT)
    h1, h2 = ffi.new("unsigned char[]", POINT), ffi.new("unsigned char[]", POINT)
    from_uniform, add, sha512 = (lib.crypto_core_ed25519_from_uniform,
                                 lib.crypto_core_ed25519_add, hashlib.sha512)
    for i, key in enumerate(keys):
        digest = sha512(prefix + key.encode("utf-8")).digest()
        from_uniform(h1, digest[:32])
        from_uniform(h2, digest[32:])
        add(out + i * POINT, h1, h2)
    blob = ffi.buffer(out)[:]
    for i in range(0, len(blob), POINT):
        if blob[i:i + POINT] == IDENTITY:  # probability 2^-252
            raise PsiError("An identifier hashed to the identity element; it cannot be "
                           "asked.")
    return blob


def _check_scalar(scalar: bytes) -> None:
    """libsodium reads 32 bytes wherever it is given: anything else is refused here."""
    if not isinstance(scalar, bytes) or len(scalar) != SCALAR:
        raise PsiError("A scalar is 32 bytes.")


def _blind_blob(blob: bytes, scalar: bytes, first: int) -> bytes:
    n = len(blob) // POINT
    out = ffi.new("unsigned char[]", n * POINT)
    src = ffi.from_buffer(blob)
    mult = lib.crypto_scalarmult_ed25519_noclamp
    for i in range(n):
        if mult(out + i * POINT, scalar, src + i * POINT) != 0:
            raise PsiError(f"Element {first + i + 1} is not a valid group element (not on "
                           "the curve, of small order or outside the prime-order "
                           "subgroup).")
    return ffi.buffer(out)[:]


def _hash_blind_chunk(prefix: bytes, keys: list[str], scalar: bytes) -> bytes:
    return _blind_blob(_hash_chunk(prefix, keys), scalar, 0)


def workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _spread(fn: Callable[..., bytes], tasks: list[tuple[Any, ...]], n: int) -> list[bytes]:
    """``fn`` over ``tasks`` (results concatenated, split into points): in this thread for
    small sets or one core, else on one thread per core. cffi releases the GIL for the
    whole of each libsodium call (nine tenths of the time), so the threads run the group
    operations in parallel, and the secret scalar never leaves this process."""
    cores = workers()
    if n < PARALLEL or cores < 2 or len(tasks) < 2:
        blobs = [fn(*t) for t in tasks]
    else:
        with ThreadPoolExecutor(min(cores, len(tasks)), "psi") as pool:
            blobs = list(pool.map(lambda task: fn(*task), tasks))
    return split_points(b"".join(blobs))


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
