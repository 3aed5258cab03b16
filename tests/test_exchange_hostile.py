"""Hostile packages: each refused with its reason, quarantined, and the store unchanged.

Every case goes through the real receive path of a real workspace. "Unchanged" is
checked on every intelligence table and the inbox (only the quarantine and the audit
log may grow); the refused file must stay where it was, byte for byte, with a copy
in quarantine/.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from liaison.exchange import certs, cms, identity, inbox
from liaison.exchange.package import Recipient
from liaison.exchange.package.manifest import Manifest
from liaison.exchange.package.records import dumps, record_json

from .exchange_helpers import (
    add_records,
    archive,
    intel_digest,
    new_workspace,
    pin,
    sample,
    seal,
    two_agencies,
)

SECRET = "Ivanov met the informant at pier 7"
_SEQ = itertools.count(100)


@pytest.fixture
def trio(tmp_path):
    agencies = two_agencies(tmp_path)
    fr = new_workspace(tmp_path / "fr", "Police nationale", "FR")
    yield agencies, fr
    agencies.close()
    fr.close()


def _manifest(sender, recipient_certs, counts=None) -> Manifest:
    ident = sender.identity()
    return Manifest(str(uuid.uuid4()), certs.iso(certs.utcnow()),
                    {"agency": ident.agency, "country": ident.country,
                     "signing_fingerprint": ident.signing_fingerprint,
                     "encryption_fingerprint": ident.encryption_fingerprint},
                    [Recipient("x", c, next(_SEQ)).manifest_entry() for c in recipient_certs],
                    str(uuid.uuid4()), 1, 1,
                    counts or {"records": 1, "entities": 0, "links": 0, "events": 0,
                               "retractions": 0, "attachments": 0})


def _record_line(agency="Politie NL", **overrides) -> bytes:
    rec = next(i for i in sample(agency, "NL", 1, tag=str(uuid.uuid4())) if hasattr(i, "title"))
    obj = record_json(rec)
    obj.update(overrides)
    return dumps(obj) + b"\n"


def _refused(ws, data: bytes, tmp_path, code: str | tuple[str, ...], match: str = "",
             now=None):
    before = intel_digest(ws)
    quarantined = len(ws.quarantine_entries())
    path = tmp_path / f"hostile-{uuid.uuid4().hex[:8]}.p7m"
    path.write_bytes(data)
    result = inbox.receive_file(ws.conn, ws.folder, path, our_agency=ws.meta.agency_name,
                                actor=ws.actor, now=now, max_bytes=ws.package_cap)
    assert result.status == "quarantined", result
    codes = (code,) if isinstance(code, str) else code
    assert result.code in codes, (result.code, result.reason)
    assert match.lower() in result.reason.lower(), result.reason
    assert SECRET not in result.reason
    assert intel_digest(ws) == before
    assert path.read_bytes() == data  # the person's file: left as it was
    entries = ws.quarantine_entries()
    assert len(entries) == quarantined + 1
    kept = ws.folder / entries[0]["file"]
    assert kept.read_bytes() == data and kept != path
    assert ws.audit_entries()[-1].action == "package.quarantine"
    assert not list(ws.folder.rglob("*.reason.txt"))
    return result


def _good(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1, tag=str(uuid.uuid4())))
    return pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0].file.read_bytes()


def test_flipped_byte_in_every_region(trio, tmp_path):
    pair, _ = trio
    good = _good(pair)
    header = len(good) - (len(good) // 16) * 16  # well inside the CMS header
    for offset, codes in ((12, ("not-cms", "not-for-us", "decrypt")),  # envelope header
                          (header // 2, ("not-cms", "not-for-us", "decrypt")),  # RecipientInfo
                          (len(good) // 2, ("not-cms", "signature", "archive", "decrypt")),
                          (len(good) - 3, ("decrypt", "not-cms", "signature"))):
        bad = bytearray(good)
        bad[offset] ^= 0x40
        _refused(pair.de, bytes(bad), tmp_path, codes)
    # A flipped byte in the signature itself, re-encrypted correctly.
    cert, key = identity.signing_key(pair.nl.conn)
    signed = bytearray(cms.sign(b"PK\x05\x06" + b"\x00" * 18, cert, key))
    signed[-20] ^= 0x01
    data = b"".join(cms.envelope(bytes(signed), [pair.de.identity().encryption_cert]))
    _refused(pair.de, data, tmp_path, "signature", "does not verify")
    # And in the signed content: the digest no longer matches.
    signed = bytearray(cms.sign(b"x" * 4000, cert, key))
    signed[200] ^= 0x01
    data = b"".join(cms.envelope(bytes(signed), [pair.de.identity().encryption_cert]))
    _refused(pair.de, data, tmp_path, ("signature", "not-cms"))


def test_wrong_recipient_and_readdressed(trio, tmp_path):
    pair, fr = trio
    zip_for_fr = archive(_record_line(), _manifest(pair.nl, [fr.identity().encryption_cert]))
    # Encrypted for FR only: DE holds no key for it.
    _refused(pair.de, seal(pair.nl, zip_for_fr, [fr.identity().encryption_cert]), tmp_path,
             "not-for-us", "not addressed to this agency")
    # Signed for FR, re-encrypted for DE: the manifest inside the signature gives it away.
    _refused(pair.de, seal(pair.nl, zip_for_fr, [pair.de.identity().encryption_cert]),
             tmp_path, "not-for-us", "re-encrypted")


def test_unknown_unverified_revoked_and_expired_signers(trio, tmp_path):
    pair, fr = trio
    de_enc = pair.de.identity().encryption_cert
    zip_from_fr = archive(_record_line("Police nationale"), _manifest(fr, [de_enc]))
    _refused(pair.de, seal(fr, zip_from_fr, [de_enc]), tmp_path, "signer", "pinned for no partner")
    pin(pair.de, fr, "Police", tmp_path / "fr-certs", verify=False)
    zip_from_fr = archive(_record_line("Police nationale"), _manifest(fr, [de_enc]))
    _refused(pair.de, seal(fr, zip_from_fr, [de_enc]), tmp_path, "signer", "not been verified")
    later = certs.utcnow() + timedelta(days=4 * 365)
    _refused(pair.de, _good(pair), tmp_path, "signer", "expired", now=later)
    pair.de.partner_revoke("Politie", reason="compromised")
    _refused(pair.de, _good(pair), tmp_path, "signer", "revoked")


def test_replay_is_refused(trio, tmp_path):
    pair, _ = trio
    data = _good(pair)
    first = tmp_path / "first.p7m"
    first.write_bytes(data)
    assert pair.de.receive([first])[0].status == "merged"
    _refused(pair.de, data, tmp_path, "replay", "already received")


def test_manifest_hash_mismatch_and_count_mismatch(trio, tmp_path):
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    manifest = _manifest(pair.nl, [de_enc])
    good_zip = archive(_record_line(), manifest)
    entries = [dict(e) for e in manifest.entries]
    entries[0]["sha256"] = hashlib.sha256(b"something else").hexdigest()
    bad_zip = archive(_record_line(), _manifest(pair.nl, [de_enc]), tamper={"entries": entries})
    _refused(pair.de, seal(pair.nl, bad_zip, [de_enc]), tmp_path, "hash", "does not match")
    counts = {"records": 2, "entities": 0, "links": 0, "events": 0, "retractions": 0,
              "attachments": 0}
    bad_counts = archive(_record_line(), _manifest(pair.nl, [de_enc], counts))
    _refused(pair.de, seal(pair.nl, bad_counts, [de_enc]), tmp_path, "manifest", "counts")
    assert good_zip  # the untampered archive is well formed (sanity)


def test_path_traversal_and_absolute_paths(trio, tmp_path):
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    evil = archive(_record_line(), _manifest(pair.nl, [de_enc]),
                   extra=[("attachments/../../evil.sh", b"#!/bin/sh\n")])
    _refused(pair.de, seal(pair.nl, evil, [de_enc]), tmp_path, "archive", "'..'")
    absolute = archive(_record_line(), _manifest(pair.nl, [de_enc]),
                       extra=[("Xetc/cron.d/evil", b"* * * * * root sh\n")])
    absolute = absolute.replace(b"Xetc/cron.d/evil", b"/etc/cron.d/evil")
    _refused(pair.de, seal(pair.nl, absolute, [de_enc]), tmp_path, "archive", "absolute")


def test_zip_bomb_oversize_and_truncation(trio, tmp_path):
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    bomb = archive(b" " * 60_000_000, _manifest(pair.nl, [de_enc]))
    assert len(bomb) < 200_000
    _refused(pair.de, seal(pair.nl, bomb, [de_enc]), tmp_path, "archive", "zip bomb")
    good = _good(pair)
    pair.de.package_cap = len(good) - 1
    _refused(pair.de, good, tmp_path, "oversize", "over the")
    pair.de.package_cap = 256 << 20
    _refused(pair.de, good[: len(good) // 2], tmp_path, "not-cms", "truncated")
    _refused(pair.de, b"", tmp_path, "not-cms", "empty")


def test_invalid_records_are_refused_without_quoting_them(trio, tmp_path):
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    for overrides, match in (({"tlp": "PURPLE", "narrative": SECRET}, "tlp"),
                             ({"version": 0, "title": SECRET}, "version"),
                             ({"secret_field": SECRET}, "unknown field"),
                             ({"id": "../../" + SECRET}, "identifier")):
        bad = archive(_record_line(**overrides), _manifest(pair.nl, [de_enc]))
        _refused(pair.de, seal(pair.nl, bad, [de_enc]), tmp_path, "record", match)
    garbage = archive(b"{not json\n", _manifest(pair.nl, [de_enc]))
    _refused(pair.de, seal(pair.nl, garbage, [de_enc]), tmp_path, "record", "not valid JSON")
    # An originator signature (issue 16.1): only in a format version 3 package, and
    # well-formed; whether it verifies is the merge's question.
    signature = {"certificate": "ab" * 32, "cms": "MAA="}
    old = archive(_record_line(signature=signature), _manifest(pair.nl, [de_enc]))
    _refused(pair.de, seal(pair.nl, old, [de_enc]), tmp_path, "record",
             "format version 1 does not have")
    for bad_signature, match in (({"certificate": SECRET, "cms": "MAA="}, "fingerprint"),
                                 ({**signature, "cms": "not base64!"}, "base64"),
                                 ({**signature, "extra": 1}, "'certificate' and 'cms'")):
        v3 = _manifest(pair.nl, [de_enc])
        v3.signed = True
        bad = archive(_record_line(signature=bad_signature), v3)
        _refused(pair.de, seal(pair.nl, bad, [de_enc]), tmp_path, "record", match)


def test_pkcs1v15_signature_and_sender_mismatch(trio, tmp_path):
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    cert, key = identity.signing_key(pair.nl.conn)
    zip_bytes = archive(_record_line(), _manifest(pair.nl, [de_enc]))
    v15 = (pkcs7.PKCS7SignatureBuilder().set_data(zip_bytes)
           .add_signer(cert, key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))
    _refused(pair.de, b"".join(cms.envelope(v15, [de_enc])), tmp_path, "signature", "RSA-PSS")
    manifest = _manifest(pair.nl, [de_enc])
    manifest.sender = {**manifest.sender, "agency": "Bundeskriminalamt"}
    forged = archive(_record_line(), manifest)
    _refused(pair.de, seal(pair.nl, forged, [de_enc]), tmp_path, "sender", "belongs to")
    wrong_version = json.loads(_manifest(pair.nl, [de_enc]).to_bytes())
    assert wrong_version["format_version"] == 1


def test_a_quarantined_package_is_received_once_its_sender_is_verified(trio, tmp_path):
    pair, fr = trio
    de_enc = pair.de.identity().encryption_cert
    pin(pair.de, fr, "Police", tmp_path / "fr-certs", verify=False)
    data = seal(fr, archive(_record_line("Police nationale"), _manifest(fr, [de_enc])), [de_enc])
    _refused(pair.de, data, tmp_path, "signer", "not been verified")
    pair.de.partner_verify("Police", fr.identity().fingerprint)
    kept = pair.de.folder / pair.de.quarantine_entries()[0]["file"]
    assert pair.de.receive([kept])[0].status == "merged"
    assert pair.de.quarantine_entries()[0]["released"] and not kept.exists()
    assert pair.de.stats()["by_agency"] == {"Police nationale": 1}


def _many_small_bombs(count: int, size: int) -> list[tuple[str, bytes]]:
    """``count`` attachments of ``size`` bytes that deflate a thousandfold."""
    bodies = [bytes(size - 8) + i.to_bytes(8, "big") for i in range(count)]
    return [(f"attachments/{hashlib.sha256(b).hexdigest()}", b) for b in bodies]


def _deflated_archive(records: bytes, manifest: Manifest, extra: list[tuple[str, bytes]]
                      ) -> bytes:
    from liaison.exchange.package.archive import MANIFEST, RECORDS, RETRACTIONS, ArchiveWriter

    writer = ArchiveWriter()
    writer.add(RECORDS, [records], compress=True)
    writer.add(RETRACTIONS, [b""], compress=True)
    for name, body in extra:
        writer.add(name, [body], compress=True)
    manifest.set_entries(writer.entries)
    writer.add(MANIFEST, [manifest.to_bytes()], compress=True)
    return bytes(writer.finish())


def test_small_entries_are_not_exempt_from_the_ratio_check(trio, tmp_path):
    """Issue 16: entries of 1 MiB or less once skipped the ratio check, and a signed
    1.3 MB package of a thousand of them inflated to a gigabyte."""
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    bomb = _deflated_archive(_record_line(), _manifest(pair.nl, [de_enc]),
                             _many_small_bombs(40, 1 << 20))
    result = _refused(pair.de, seal(pair.nl, bomb, [de_enc]), tmp_path, "archive",
                      "zip bomb")
    assert "expands" in result.reason


def test_many_tiny_entries_cannot_add_up_to_a_bomb():
    """Each entry within the small allowance, the archive as a whole far beyond the ratio."""
    from liaison.exchange.errors import PackageRefused
    from liaison.exchange.package.archive import Archive

    bomb = _deflated_archive(b"", _manifest_stub(), _many_small_bombs(300, 60 << 10))
    with pytest.raises(PackageRefused, match="in all; refused as a possible zip bomb"):
        Archive(bomb)


def _manifest_stub() -> Manifest:
    return Manifest(str(uuid.uuid4()), "2026-01-01T00:00:00Z", {}, [], str(uuid.uuid4()))


def test_entry_sizes_are_checked_against_the_manifest_before_inflating(trio, tmp_path):
    """A signed manifest that gives records.jsonl another size than the ZIP declares is
    refused before records.jsonl is inflated."""
    pair, _ = trio
    de_enc = pair.de.identity().encryption_cert
    manifest = _manifest(pair.nl, [de_enc])
    line = _record_line()
    archive(line, manifest)  # only to learn the entries' true sizes and hashes
    listed = [dict(e) for e in manifest.entries]
    listed[0]["size"] += 1
    tampered = archive(line, _manifest(pair.nl, [de_enc]), tamper={"entries": listed})
    _refused(pair.de, seal(pair.nl, tampered, [de_enc]), tmp_path, "hash",
             "nothing was unpacked")


_PEAK_SCRIPT = r"""
import json, sys, tempfile, tracemalloc, uuid
from pathlib import Path
from tests.exchange_helpers import intel_digest, two_agencies, seal
from tests.test_exchange_hostile import (_deflated_archive, _many_small_bombs, _manifest,
                                         _record_line)
with tempfile.TemporaryDirectory() as tmp:
    pair = two_agencies(Path(tmp))
    de_enc = pair.de.identity().encryption_cert
    # The shape of issue 16's bomb: a thousand 1 MiB entries, 1 GiB unpacked in all.
    bomb = _deflated_archive(_record_line(), _manifest(pair.nl, [de_enc]),
                             _many_small_bombs(1000, 1 << 20))
    path = Path(tmp) / "bomb.p7m"
    path.write_bytes(seal(pair.nl, bomb, [de_enc]))
    size = path.stat().st_size
    del bomb
    before = intel_digest(pair.de)
    tracemalloc.start()
    [result] = pair.de.receive([path])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({"status": result.status, "code": result.code, "reason": result.reason,
                      "peak": peak, "size": size, "cap": pair.de.package_cap,
                      "unchanged": intel_digest(pair.de) == before}))
    pair.close()
"""


def test_a_signed_bomb_is_received_in_bounded_memory():
    """Issue 16's bomb through Workspace.receive, in a fresh interpreter: refused, and the
    peak of Python allocations far under twice the inflation cap (it was 1.08 GiB)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    path = [str(root / "app"), str(root), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}
    run = subprocess.run([sys.executable, "-c", _PEAK_SCRIPT], cwd=root, env=env,
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["status"] == "quarantined" and out["code"] == "archive", out
    assert "zip bomb" in out["reason"] and out["unchanged"]
    assert out["size"] < 2_000_000
    from liaison.exchange.package.codec import INFLATE_SLACK

    assert out["peak"] < 2 * (out["cap"] + INFLATE_SLACK)
    assert out["peak"] < 20 * out["size"], out  # nothing inflated: about the file itself
    print(f"bomb of {out['size']:,} bytes: peak {out['peak']:,} bytes")
