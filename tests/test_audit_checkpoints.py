"""Signed audit checkpoints (issue 16, item 2): every package carries the sender's signed
count and last hash of its audit chain; the receiver verifies and keeps it; the sender's
``audit verify`` compares its chain with the checkpoints it gave, and with a checkpoint
file a partner holds, so truncation or a rewrite shows against what partners hold.

Real workspaces, real packages (signed, encrypted, received), real openssl.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from liaison.exchange import certs, cms, identity, outbox, partners
from liaison.exchange import checkpoint as ckpt
from liaison.exchange.collect import collect_records
from liaison.exchange.inbox import DirectoryTrust
from liaison.exchange.package import Recipient, build_package, open_package
from liaison.store import audit, keyslots
from liaison.store.audit_head import AuditHead
from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME, canonical_json, read_metadata
from liaison.workspace import Workspace

from .conftest import require
from .exchange_helpers import (
    OPENSSL,
    add_records,
    intel_digest,
    run_openssl,
    sample,
    two_agencies,
)
from .test_cli import run
from .workspace_helpers import PASSPHRASE

EXTRA_ENTRIES = 45  # so that 40 entries the checkpoint covers can be deleted


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Politie (NL) shared to BKA (DE) once; BKA received it and wrote the checkpoint it
    holds to ``politie.p7s``. Closed: each test works on its own copy."""
    tmp = tmp_path_factory.mktemp("checkpoints")
    pair = two_agencies(tmp)
    ids = add_records(pair.nl, sample("Politie NL", "NL"))
    for i in range(EXTRA_ENTRIES):
        pair.nl.record("test.action", f"object-{i}", {"i": i})
    package = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0]
    got = pair.de.receive([package.file])[0]
    assert got.status == "merged", got.reason
    pair.de.audit_checkpoint_export("Politie", tmp / "politie.p7s")
    given = pair.nl.conn.execute("SELECT count, made FROM checkpoints_given").fetchone()
    pair.close()
    return {"folder": tmp, "count": given[0], "day": given[1][:10], "made": given[1], "ids": ids,
            "package": package.file.name}


def _copy(template, tmp_path, name):
    shutil.copytree(template["folder"] / name, tmp_path / name)
    return tmp_path / name


def _open(folder):
    return Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)


def _file(template, tmp_path):
    return Path(shutil.copy(template["folder"] / "politie.p7s", tmp_path / "politie.p7s"))


# --- in transit ----------------------------------------------------------------------------


def test_checkpoint_travels_in_the_package_and_is_kept_with_a_valid_signature(template,
                                                                              tmp_path):
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    with _open(nl) as politie, _open(de) as bka:
        count, wsid = template["count"], politie.meta.workspace_id
        # What Politie signed: its chain up to the last entry before the package was built.
        assert audit.hash_at(politie.conn, count) is not None
        facts = bka.conn.execute(
            "SELECT p.name, c.workspace, c.agency, c.fingerprint, c.count, c.hash, c.der "
            "FROM partner_checkpoints c JOIN partners p ON p.pid = c.pid").fetchall()
        assert len(facts) == 1
        name, workspace, agency, fingerprint, held_count, digest, der = facts[0]
        assert (name, workspace, agency, held_count) == ("Politie", wsid, "Politie NL", count)
        assert fingerprint == politie.identity().fingerprint
        assert digest == audit.hash_at(politie.conn, count)
        # The signature verifies against the certificate BKA pinned for Politie.
        pinned = [c.cert for c in partners.certificates(bka.conn, "Politie")
                  if c.usage == "signing"]
        assert [certs.fingerprint(c) for c in pinned] == [
            certs.fingerprint(identity.signing_key(politie.conn)[0])]
        held = ckpt.read(bytes(der), lambda *_: pinned[0])
        assert (held.count, held.hash, held.workspace) == (count, digest, wsid)
        # The manifest carries the same checkpoint (format version 2, or 3 when its
        # records carry their originator's signatures).
        opened = open_package(politie.folder / "outbox" / template["package"],
                              keys=identity.decryption_keys(bka.conn),
                              trust=DirectoryTrust(bka.conn, None))
        version = 3 if opened.content.records else 2
        assert json.loads(opened.manifest.to_bytes())["format_version"] == version
        assert opened.checkpoint is not None and opened.checkpoint.der == bytes(der)
        # Politie kept what it gave, as given.
        given = politie.conn.execute("SELECT package_id, count, hash, der FROM "
                                     "checkpoints_given").fetchall()
        assert given == [(opened.manifest.package_id, count, digest, der)]
        entry = next(e for e in politie.audit_entries() if e.action == "package.build")
        assert entry.details["checkpoint"] == {"count": count, "hash": digest}
        receipt = next(e for e in bka.audit_entries() if e.action == "package.receive")
        assert receipt.details["checkpoint"]["count"] == count


def test_openssl_verifies_the_checkpoint_a_partner_exported(template, tmp_path):
    require(OPENSSL is not None, "the openssl command is needed")
    signing = template["folder"] / "nl-certs" / "politie-nl-signing.pem"
    done = run_openssl("cms", "-verify", "-inform", "DER", "-in",
                       str(template["folder"] / "politie.p7s"), "-CAfile", str(signing),
                       "-purpose", "any")
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["format"] == "liaison-audit-checkpoint"
    assert body["count"] == template["count"] and body["agency"] == "Politie NL"


def _package(politie, bka, tmp_path, checkpoint: bytes | None) -> Path:
    """A package Politie really signed and encrypted to BKA, carrying ``checkpoint``."""
    content = collect_records(politie.conn, template_ids(politie))
    cert = bka.identity().encryption_cert
    seq = politie.conn.execute("SELECT last_out FROM partner_sequences").fetchone()[0] + 1
    path = tmp_path / "crafted.p7m"
    build_package(content, outbox.sender(politie.conn), [Recipient("BKA", cert, seq)], path,
                  checkpoint=checkpoint)
    return path


def template_ids(ws) -> list[str]:
    return [r for (r,) in ws.conn.execute("SELECT id FROM records ORDER BY id")]


def _signed(politie, **changes) -> bytes:
    good = ckpt.make(politie.conn, politie.meta.workspace_id)
    body = {"format": ckpt.FORMAT, "version": ckpt.VERSION, "workspace": good.workspace,
            "agency": good.agency, "country": good.country, "fingerprint": good.fingerprint,
            "count": good.count, "hash": good.hash, "time": good.time, **changes}
    cert, key = identity.signing_key(politie.conn)
    return cms.sign(canonical_json(body), cert, key)


def _altered(politie) -> bytes:
    """A good checkpoint with one signed digit changed afterwards."""
    good = ckpt.make(politie.conn, politie.meta.workspace_id).der
    marker = b'"count":'
    at = good.index(marker) + len(marker)
    digit = good[at:at + 1]
    return good[:at] + (b"9" if digit != b"9" else b"8") + good[at + 1:]


def _other_signer(politie, bka) -> bytes:
    """Politie's checkpoint facts, but signed with BKA's key and certificate."""
    good = ckpt.make(politie.conn, politie.meta.workspace_id)
    cert, key = identity.signing_key(bka.conn)
    body = {"format": ckpt.FORMAT, "version": ckpt.VERSION, "workspace": good.workspace,
            "agency": good.agency, "country": good.country, "fingerprint": good.fingerprint,
            "count": good.count, "hash": good.hash, "time": good.time}
    return cms.sign(canonical_json(body), cert, key)


@pytest.mark.parametrize(("tamper", "why"), [
    ("altered", "its signature does not verify"),
    ("other signer", "signed with another certificate than the package"),
    ("other agency", "names another agency or fingerprint than the package's sender"),
    ("future", "in the future"),
    ("garbage", "not a complete CMS signed object"),
])
def test_tampered_checkpoint_in_a_package_is_refused(template, tmp_path, tamper, why):
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    with _open(nl) as politie, _open(de) as bka:
        der = {"altered": lambda: _altered(politie),
               "other signer": lambda: _other_signer(politie, bka),
               "other agency": lambda: _signed(politie, agency="Bundeskriminalamt"),
               "future": lambda: _signed(politie, time="2099-01-01T00:00:00Z"),
               "garbage": lambda: b"\x30\x03\x02\x01\x00"}[tamper]()
        path = _package(politie, bka, tmp_path, der)
        before = intel_digest(bka)
        got = bka.receive([path])[0]
        assert (got.status, got.code) == ("quarantined", "checkpoint")
        assert got.reason.startswith("The package's audit checkpoint is refused: ")
        assert why in got.reason
        assert intel_digest(bka) == before
        assert bka.conn.execute("SELECT count(*) FROM partner_checkpoints").fetchone()[0] == 1


def test_package_without_a_checkpoint_is_still_accepted(template, tmp_path):
    """A package without a checkpoint: version 3 (its records carry their originator's
    signatures) may omit it; version 1 packages, built before checkpoints, are taken in
    test_exchange_hostile."""
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    with _open(nl) as politie, _open(de) as bka:
        path = _package(politie, bka, tmp_path, None)
        opened = open_package(path, keys=identity.decryption_keys(bka.conn),
                              trust=DirectoryTrust(bka.conn, None))
        assert json.loads(opened.manifest.to_bytes())["format_version"] == 3
        assert "checkpoint" not in json.loads(opened.manifest.to_bytes())
        got = bka.receive([path])[0]
        assert got.status == "merged", got.reason
        assert got.merge.summary()["checkpoint"] is None
        assert bka.conn.execute("SELECT count(*) FROM partner_checkpoints").fetchone()[0] == 1


# --- tampering found against checkpoints ------------------------------------------------------


def _keys(folder):
    meta = read_metadata(folder)
    return keyslots.unwrap_keys(meta.workspace_id, meta.slots[0], PASSPHRASE)


def _attack(folder, *statements):
    """Whoever holds the database key: drop the triggers, edit, put them back."""
    conn = connect(folder / DATABASE_NAME, _keys(folder)[0])
    try:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        for sql, *params in statements:
            conn.execute(sql, params)
        for sql in audit.TRIGGERS.values():
            conn.execute(sql)
    finally:
        conn.close()


def _rehash_from(folder, seq_edited: int):
    """Edit entry ``seq_edited`` and re-hash the chain from there (a consistent chain)."""
    conn = connect(folder / DATABASE_NAME, _keys(folder)[0])
    rows = conn.execute("SELECT seq, ts, actor, action, object, details FROM audit "
                        "ORDER BY seq").fetchall()
    conn.close()
    statements, prev = [], audit.GENESIS
    for seq, ts, actor, action, obj, details in rows:
        if seq == seq_edited:
            details = canonical_json({"i": 999}).decode()
        digest = audit.entry_hash(seq, ts, actor, action, obj, details, prev)
        statements.append(("UPDATE audit SET details = ?, prev_hash = ?, hash = ? "
                           "WHERE seq = ?", details, prev, digest, seq))
        prev = digest
    _attack(folder, *statements)


def _tamper(template, folder, case: str) -> None:
    count = template["count"]
    if case == "delete 1":  # the last entry the checkpoint covers, and all after it
        _attack(folder, ("DELETE FROM audit WHERE seq >= ?", count))
    elif case == "delete 40":
        _attack(folder, ("DELETE FROM audit WHERE seq > ?", count - 40))
    else:  # "rewrite": entry 3 edited, everything after it re-hashed
        _rehash_from(folder, 3)


def _messages(result, kind="checkpoint"):
    return [p.message for p in result.problems if p.kind == kind]


EXPECTED = {
    "delete 1": "The chain has {n1} entries; a checkpoint signed on {day} and {src} says {n}: "
                "1 entry is missing.",
    "delete 40": "The chain has {n40} entries; a checkpoint signed on {day} and {src} says "
                 "{n}: 40 entries are missing.",
    "rewrite": "Entry {n} is not the one a checkpoint signed on {day} and {src} recorded: "
               "the log was rewritten and re-hashed up to it.",
}
# Once the session has appended entries of its own (the open, a finding), a chain cut back
# below a checkpoint is longer again: the entries written after the checkpoint was signed
# show where it was cut.
CUT = ("The chain was cut back to {kept} entries: a checkpoint signed on {day} and {src} says "
       "{n}, and the entries from {first} on were written after it was signed: {missing}.")


def _expected(template, case, src, opened=False):
    """The message; ``opened``: compared after this session appended entries."""
    n, day = template["count"], template["day"]
    if opened and case != "rewrite":
        kept = n - 1 if case == "delete 1" else n - 40
        missing = "1 entry is missing" if case == "delete 1" else "40 entries are missing"
        return CUT.format(kept=kept, first=kept + 1, n=n, day=day, src=src, missing=missing)
    return EXPECTED[case].format(n=n, n1=n - 1, n40=n - 40, day=day, src=src)


@pytest.mark.parametrize("case", ["delete 1", "delete 40", "rewrite"])
def test_tampering_is_named_against_the_checkpoints_given(template, tmp_path, case):
    nl = _copy(template, tmp_path, "nl")
    _tamper(template, nl, case)
    # 'liaison check' (read-only) names it too.
    report = Workspace.check(nl, passphrase=PASSPHRASE, use_keyring=False)
    assert _expected(template, case, "given to BKA") in report.audit
    with _open(nl) as politie:
        assert _expected(template, case, "given to BKA") in [
            p.message for p in politie.integrity_problems]
        result = politie.audit_verify()
        assert not result.ok
        assert _messages(result) == [_expected(template, case, "given to BKA")]
        entry = politie.audit_entries()[-1]
    assert entry.action == "audit.verify"
    assert entry.details["findings"] == [_expected(template, case, "given to BKA")]
    with _open(nl) as politie:  # a later session: the chain has grown again since
        later = [p.message for p in politie.integrity_problems if p.kind == "checkpoint"]
    assert later == [_expected(template, case, "given to BKA", opened=True)]


@pytest.mark.parametrize("case", ["delete 1", "delete 40", "rewrite"])
def test_a_key_holder_who_covers_every_local_track_is_caught_by_the_partners_copy(
        template, tmp_path, case):
    """Someone who can unlock a slot (both keys) tampers, deletes the checkpoints kept as
    given, and writes a head that fits: nothing local shows it. BKA's copy does."""
    nl = _copy(template, tmp_path, "nl")
    _tamper(template, nl, case)
    _attack(nl, ("DELETE FROM checkpoints_given",))
    db_key, audit_key = _keys(nl)
    conn = connect(nl / DATABASE_NAME, db_key)
    count, digest = audit.last(conn)
    conn.close()
    AuditHead(nl, read_metadata(nl).workspace_id, audit_key).write(count, digest)
    with _open(nl) as politie:
        local = politie.audit_verify()
        assert local.ok, local.problems
        result = politie.audit_verify(checkpoint=_file(template, tmp_path))
    assert not result.ok
    assert _messages(result) == [_expected(template, case, "held in politie.p7s", True)]


def test_an_intact_chain_agrees_with_every_checkpoint(template, tmp_path):
    nl = _copy(template, tmp_path, "nl")
    with _open(nl) as politie:
        result = politie.audit_verify(checkpoint=_file(template, tmp_path))
    n, day = template["count"], template["day"]
    assert result.ok, result.problems
    assert result.notes[0] == (f"1 checkpoint given to partners agrees with the chain; the "
                               f"latest, signed on {day} and given to BKA, covers {n} entries.")
    assert result.notes[1].startswith(f"The checkpoint in politie.p7s, signed on {day} by "
                                      f"Politie NL, covers {n} entries and agrees with the "
                                      "chain (")


def test_another_agencys_checkpoint_cannot_vouch_and_garbage_is_refused(template, tmp_path):
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    with _open(de) as bka:  # BKA's own chain, signed by BKA
        foreign = tmp_path / "bka.p7s"
        foreign.write_bytes(ckpt.make(bka.conn, bka.meta.workspace_id).der)
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a checkpoint")
    with _open(nl) as politie:
        result = politie.audit_verify(checkpoint=foreign)
        assert not result.ok
        assert _messages(result)[0].startswith(
            "The checkpoint in bka.p7s cannot vouch for this workspace: it was signed with "
            "certificate ")
        before = politie.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        for bad, why in ((garbage, "not a complete CMS signed object"),
                         (tmp_path / "missing.p7s", "does not exist")):
            with pytest.raises(ckpt.CheckpointError, match=why):
                politie.audit_verify(checkpoint=bad)
        # Bad input changes nothing, not even the log.
        assert politie.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before


def test_a_partner_log_that_shrank_is_noted_on_receipt(template, tmp_path):
    """Politie's log is cut back below what it once signed; its next package's checkpoint
    counts fewer entries than the one BKA holds: BKA's receipt says so."""
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    _tamper(template, nl, "delete 40")
    # A checkpoint counts as later only when signed in a later second than the one held.
    while certs.iso(certs.utcnow())[:19] <= f"{template['made'][:19]}":
        time.sleep(0.2)
    with _open(nl) as politie:
        package = politie.share(["BKA"], record_ids=template["ids"][:1],
                                redact=False).packages[0]
    with _open(de) as bka:
        got = bka.receive([package.file])[0]
        assert got.status == "merged", got.reason
        conflict = got.merge.summary()["checkpoint"]["conflict"]
        assert conflict.startswith("counts ")
        assert f"entries, fewer than the {template['count']} an earlier one" in conflict
        notes = [i.message for i in got.merge.report.flagged
                 if i.where == "audit checkpoint of Politie"]
        assert notes and "shortened or rewritten" in notes[0]


# --- the command line --------------------------------------------------------------------------


def test_cli_verify_names_truncation_against_a_partners_checkpoint(template, tmp_path):
    nl, de = _copy(template, tmp_path, "nl"), _copy(template, tmp_path, "de")
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    out = tmp_path / "held.p7s"
    done = run("--workspace", de, "--passphrase-file", pp, "audit", "checkpoints",
               "--partner", "Politie", "--out", out)
    assert done.returncode == 0, done.stderr
    assert f"({template['count']} entries) to {out}" in done.stdout
    listed = run("--workspace", de, "--passphrase-file", pp, "audit", "checkpoints")
    assert f"Politie: {template['count']} entries, signed {template['day']}" in listed.stdout
    _tamper(template, nl, "delete 40")
    done = run("--workspace", nl, "--passphrase-file", pp, "audit", "verify",
               "--checkpoint", out)
    assert done.returncode == 1, done.stderr
    assert "Audit log TAMPERED WITH" in done.stdout
    assert _expected(template, "delete 40", "held in held.p7s", True) in done.stdout
    assert _expected(template, "delete 40", "given to BKA") in done.stdout
    bad = run("--workspace", nl, "--passphrase-file", pp, "audit", "verify",
              "--checkpoint", tmp_path / "nowhere.p7s")
    assert bad.returncode == 1 and "does not exist" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_workspace_restored_under_a_new_id_is_checked_against_its_originals_checkpoint(
        template, tmp_path):
    """Restored into a new folder a workspace gets a new id; the chain it carries is the
    original's, so a checkpoint the original gave still vouches for it."""
    nl = _copy(template, tmp_path, "nl")
    backup = tmp_path / "nl.backup"
    with _open(nl) as politie:
        original = politie.meta.workspace_id
        politie.backup(backup, PASSPHRASE)
    restored = tmp_path / "restored"
    Workspace.restore(backup, restored, PASSPHRASE, use_keyring=False,
                      passphrase=PASSPHRASE).close()
    with _open(restored) as politie:
        assert politie.meta.workspace_id != original
        result = politie.audit_verify(checkpoint=_file(template, tmp_path))
    assert result.ok, result.problems
    assert (f"(signed for workspace {original}, which this one was restored from at entry "
            in result.notes[-1])


def test_a_damaged_or_altered_checkpoint_file(template, tmp_path):
    """Cut short: no checkpoint at all, refused with nothing written. One signed digit
    changed: a checkpoint that cannot vouch, a finding."""
    nl = _copy(template, tmp_path, "nl")
    good = (template["folder"] / "politie.p7s").read_bytes()
    short = tmp_path / "short.p7s"
    short.write_bytes(good[:len(good) // 2])
    marker = b'"count":'
    at = good.index(marker) + len(marker)
    altered = tmp_path / "altered.p7s"
    altered.write_bytes(good[:at] + (b"9" if good[at:at + 1] != b"9" else b"8") + good[at + 1:])
    with _open(nl) as politie:
        with pytest.raises(ckpt.CheckpointError, match=r"short\.p7s is not a Liaison audit "
                                                       "checkpoint"):
            politie.audit_verify(checkpoint=short)
        result = politie.audit_verify(checkpoint=altered)
    assert _messages(result) == ["The checkpoint in altered.p7s cannot vouch for this "
                                 "workspace: its signature does not verify: it was altered "
                                 "after signing, or was not signed with the key it names."]
