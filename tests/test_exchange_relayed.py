"""Originator-bound records: a partner relaying a third agency's record cannot forge it.

Issue 16, item 1. Three real workspaces: BKA (DE) receives; Politie NL ("Alpha") relays a
record claiming to be from Police nationale ("Charlie") under Charlie's record id and a
high version; Charlie's genuine copy arrives later with a lower version. Only the
originator's own signature creates or advances its records; the relay is kept aside as
a claim that is shown as such and never hides the genuine record.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import replace

import pytest

from liaison.exchange import certs, cms, identity
from liaison.exchange.package import Recipient
from liaison.exchange.package.manifest import Manifest
from liaison.exchange.package.records import dumps, record_json
from liaison.model.records import Record, stable_id
from liaison.store import search_index
from liaison.store.database import transaction
from liaison.store.ingest import RECORD_COLUMNS
from liaison.store.migrations import latest_version
from liaison.workspace import Workspace

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
from .test_cli import run
from .workspace_helpers import PASSPHRASE

CHARLIE = "Police nationale"
FORGED = "Forged by the relay: the courier is innocent"
UNSIGNED = "no signature of its originator"


@pytest.fixture
def trio(tmp_path):
    agencies = two_agencies(tmp_path)
    fr = new_workspace(tmp_path / "fr", CHARLIE, "FR")
    pin(agencies.de, fr, "PN", tmp_path / "fr-certs")
    pin(fr, agencies.de, "BKA", tmp_path / "de-certs2")
    yield agencies, fr
    agencies.close()
    fr.close()


def _charlie_record(fr, **changes) -> Record:
    items = [replace(i, **changes) if isinstance(i, Record) else i
             for i in sample(CHARLIE, "FR", 1, tag="genuine")]
    add_records(fr, items)
    return next(i for i in items if isinstance(i, Record))


def _relay_forgery(nl, genuine: Record) -> None:
    """Alpha writes a record under Charlie's agency and id, version 9, and shares it."""
    forged = replace(genuine, version=9, title="Changed by a relay", narrative=FORGED,
                     attachments=[])
    add_records(nl, [forged])


def _send(sender, record_id: str, partner: str = "BKA"):
    return sender.share([partner], record_ids=[record_id], redact=False).packages[0].file


def test_relayed_forgery_does_not_pre_empt_the_originators_copy(trio):
    (pair, fr) = trio
    genuine = _charlie_record(fr)
    _relay_forgery(pair.nl, genuine)
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.status == "merged", got.reason
    # The claim is not stored as Charlie's record.
    assert pair.de.conn.execute("SELECT count(*) FROM records WHERE id = ?",
                                (genuine.id,)).fetchone()[0] == 0
    # Charlie's genuine copy, lower version, arrives later: merged, not "unchanged".
    got = pair.de.receive([_send(fr, genuine.id)])[0]
    assert got.status == "merged", got.reason
    counts = got.merge.report.counts["records"]
    assert (counts.imported, counts.unchanged) == (1, 0)
    row = pair.de.conn.execute("SELECT agency, version, narrative FROM records WHERE id = ?",
                               (genuine.id,)).fetchone()
    assert row == (CHARLIE, 1, genuine.narrative)
    # The relay is still there, aside, and said to be what it is.
    detail = pair.de.record_detail(genuine.id)
    assert detail.narrative == genuine.narrative
    assert detail.provenance == "signed by its originator (PN)"
    assert [c.describe() for c in detail.claims] == [
        f"relayed by Politie NL, claims to be from {CHARLIE}, not verified "
        f"({UNSIGNED})"]
    assert detail.claims[0].record.narrative == FORGED


def test_a_relayed_claim_never_changes_what_search_shows_as_charlies(trio):
    (pair, fr) = trio
    genuine = _charlie_record(fr)
    assert pair.de.receive([_send(fr, genuine.id)])[0].status == "merged"
    _relay_forgery(pair.nl, genuine)
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.status == "merged", got.reason
    assert got.merge.relayed_total == 1
    counts = got.merge.report.counts["records"]
    assert (counts.imported, counts.merged, counts.unchanged) == (0, 0, 0)
    assert pair.de.search_records("innocent").total == 0
    hits = pair.de.search_records(f'agency:"{CHARLIE}"').hits
    assert [(h.id, h.title) for h in hits] == [(genuine.id, genuine.title)]
    assert pair.de.search_records("quay").total == 1
    stats = pair.de.stats()
    assert stats["by_agency"] == {CHARLIE: 1} and stats["relayed_claims"] == 1
    row = pair.de.conn.execute("SELECT version, narrative, origin_pid IS NOT NULL, relayed_by "
                               "FROM records WHERE id = ?", (genuine.id,)).fetchone()
    assert row == (1, genuine.narrative, 1, None)


def test_the_receive_report_and_audit_name_the_relayed_claims(trio, tmp_path):
    (pair, fr) = trio
    genuine = _charlie_record(fr)
    _relay_forgery(pair.nl, genuine)
    own = add_records(pair.nl, sample("Politie NL", "NL", 1, tag="own"))
    path = pair.nl.share(["BKA"], record_ids=[genuine.id, *own], redact=False).packages[0].file
    got = pair.de.receive([path])[0]
    assert got.status == "merged", got.reason
    summary = got.merge.summary()
    assert summary["counts"]["records"]["imported"] == 1  # Alpha's own record
    assert summary["relayed_claims"] == 1
    assert summary["relayed"] == [{"record_id": genuine.id, "claimed_agency": CHARLIE,
                                   "version": 9, "new": True, "reason": UNSIGNED}]
    # Its person came only from the claim: not stored either.
    assert pair.de.conn.execute("SELECT count(*) FROM entity_records").fetchone()[0] == 1
    entry = next(e for e in reversed(pair.de.audit_entries())
                 if e.action == "package.receive")
    assert entry.details["relayed_claims"] == 1
    assert entry.details["relayed"][0]["record_id"] == genuine.id
    assert FORGED not in json.dumps(entry.details)  # the audit log names, never quotes
    assert pair.de.inbox_entries()[0]["summary"]["relayed_claims"] == 1
    # The same claim again, in another package: kept once.
    again = pair.nl.share(["BKA"], record_ids=[genuine.id], redact=False).packages[0].file
    assert pair.de.receive([again])[0].merge.relayed == [
        {"record_id": genuine.id, "claimed_agency": CHARLIE, "version": 9, "new": False,
         "reason": UNSIGNED}]
    assert pair.de.conn.execute("SELECT count(*) FROM relayed_claims").fetchone()[0] == 1
    # The command line shows it as what it is.
    folder = pair.de.folder
    pair.de.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    shown = run("--workspace", folder, "--passphrase-file", pp, "show", genuine.id)
    assert shown.returncode == 0, shown.stderr
    assert (f"Relayed claim: relayed by Politie NL, claims to be from {CHARLIE}, not verified"
            f" ({UNSIGNED})" in shown.stdout)
    assert "has not come from its originator" in shown.stdout
    pair.de = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)


def test_another_partner_naming_the_same_agency_cannot_advance_its_records(trio, tmp_path):
    # The record is bound to the partner whose certificate signed it, not to a name.
    (pair, fr) = trio
    genuine = _charlie_record(fr)
    assert pair.de.receive([_send(fr, genuine.id)])[0].status == "merged"
    twin = new_workspace(tmp_path / "twin", CHARLIE, "FR")
    try:
        pin(pair.de, twin, "PN-twin", tmp_path / "twin-certs")
        pin(twin, pair.de, "BKA", tmp_path / "de-certs3")
        add_records(twin, [replace(genuine, version=7, narrative=FORGED, attachments=[])])
        before = intel_digest(pair.de)
        got = pair.de.receive([_send(twin, genuine.id)])[0]
        assert got.status == "merged" and got.merge.report.skipped_total == 1
        assert "bound to the certificates of partner PN; PN-twin names the same agency" \
            in got.merge.report.skipped[0].message
        after = pair.de.conn.execute("SELECT version, narrative FROM records WHERE id = ?",
                                     (genuine.id,)).fetchone()
        assert after == (1, genuine.narrative)
        assert before != intel_digest(pair.de)  # only the inbox grew
    finally:
        twin.close()


def test_a_relay_stored_before_v11_is_marked_and_gives_way_to_the_originator(trio):
    (pair, fr) = trio
    genuine = _charlie_record(fr)
    own = add_records(pair.nl, sample("Politie NL", "NL", 1, tag="own"))
    assert pair.de.receive([_send(pair.nl, own[0])])[0].status == "merged"
    _relay_forgery(pair.nl, genuine)
    assert pair.de.receive([_send(pair.nl, genuine.id)])[0].status == "merged"
    de, folder = pair.de.conn, pair.de.folder
    # Put the store back as schema v10 kept it: the relay stored as Charlie's record.
    (data, import_id), = de.execute(
        "SELECT c.data, i.import_id FROM relayed_claims c JOIN inbox i "
        "ON i.package_id = c.package_id").fetchall()
    row = {**json.loads(data), "import_id": import_id}
    with transaction(de):
        de.execute("DROP TABLE relayed_claims")
        de.execute("DROP TABLE record_signatures")  # schema 16
        de.execute("DROP TABLE findings")  # schema 17
        for table in ("charts", "analyst_links", "analyst_notes",  # schema 18
                      "users", "release_rules", "releases"):  # schema 19
            de.execute(f"DROP TABLE {table}")
        de.execute("DROP TABLE checkpoints_given")  # schema 14, made after 10
        de.execute("DROP TABLE partner_checkpoints")
        de.execute("ALTER TABLE records DROP COLUMN origin_pid")
        de.execute("ALTER TABLE records DROP COLUMN relayed_by")
        rid = de.execute(f"INSERT INTO records ({', '.join(RECORD_COLUMNS)}) VALUES "
                         f"({', '.join('?' * len(RECORD_COLUMNS))})",
                         [row[c] for c in RECORD_COLUMNS]).lastrowid
        # ... with a person of its own, as the old merge stored it.
        eid = de.execute("INSERT INTO entities (id, schema, caption) VALUES "
                         "('relayed-person', 'Person', 'Relayed Person')").lastrowid
        de.execute("INSERT INTO entity_values (eid, prop, raw, value, kind) VALUES "
                   "(?, 'name', 'Innocent Courier', 'innocent courier', 'name')", (eid,))
        de.execute("INSERT INTO entity_records (eid, rid) VALUES (?, ?)", (eid, rid))
        search_index.index_import(de, {rid}, {eid})
        de.execute("PRAGMA user_version = 10")
    assert pair.de.search_records("innocent").total == 1
    assert pair.de.search_entities("Innocent").total == 1
    pair.de.close()
    pair.de = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    de = pair.de.conn
    assert pair.de.info().schema_version == latest_version()
    assert pair.de.audit_verify().ok
    alpha = de.execute("SELECT pid FROM partners WHERE name = 'Politie'").fetchone()[0]
    assert de.execute("SELECT origin_pid, relayed_by FROM records WHERE id = ?",
                      (own[0],)).fetchone() == (alpha, None)
    assert de.execute("SELECT origin_pid, relayed_by FROM records WHERE id = ?",
                      (genuine.id,)).fetchone() == (None, alpha)
    detail = pair.de.record_detail(genuine.id)
    assert detail.provenance == (f"relayed by Politie, claims to be from {CHARLIE}, "
                                 "not verified")
    assert pair.de.stats()["by_agency"] == {"Politie NL": 1,
                                            f"{CHARLIE} (relayed, not verified)": 1}
    # Charlie's own copy, version 1 against the relay's 9, replaces it.
    got = pair.de.receive([_send(fr, genuine.id)])[0]
    assert got.status == "merged", got.reason
    assert got.merge.report.counts["records"].merged == 1
    assert de.execute("SELECT version, narrative, relayed_by FROM records WHERE id = ?",
                      (genuine.id,)).fetchone() == (1, genuine.narrative, None)
    assert pair.de.search_records("innocent").total == 0
    assert de.execute("SELECT count(*) FROM record_versions").fetchone()[0] == 0
    # What the relay brought is gone; the originator's own person is there.
    assert pair.de.search_entities("Innocent").total == 0
    assert de.execute("SELECT e.id FROM entity_records er JOIN entities e ON e.eid = er.eid "
                      "JOIN records r ON r.rid = er.rid WHERE r.id = ?",
                      (genuine.id,)).fetchall() == [(stable_id(CHARLIE, "genuine", "p1"),)]
    claims = pair.de.relayed_claims(genuine.id)
    assert [(c.version, c.record.narrative) for c in claims] == [(9, FORGED)]


# --- relayed with the originator's signature (issue 16, item 1) ----------------------------


@pytest.fixture
def chain(trio, tmp_path):
    """Charlie (PN) shares with Alpha (Politie NL), which relays to BKA: all pinned."""
    (pair, fr) = trio
    pin(pair.nl, fr, "PN", tmp_path / "fr-certs-nl")
    pin(fr, pair.nl, "Alpha", tmp_path / "nl-certs-fr")
    return pair, fr


def _via_alpha(pair, fr, genuine: Record) -> str:
    """Charlie sends ``genuine`` to Alpha, which keeps its signature; Alpha's package
    relaying it to BKA."""
    got = pair.nl.receive([_send(fr, genuine.id, "Alpha")])[0]
    assert got.status == "merged", got.reason
    return _send(pair.nl, genuine.id)


def _receipt(ws) -> dict:
    return next(e for e in reversed(ws.audit_entries()) if e.action == "package.receive")


def test_a_record_relayed_with_its_originators_signature_is_the_originators(chain):
    (pair, fr) = chain
    # Charlie grades nothing; Alpha fills its grading from its defaults for PN, which
    # BKA takes off again to check Charlie's signature (store/source_defaults.py).
    genuine = _charlie_record(fr, reliability=None, assessment=None)
    pair.nl.partner_defaults("PN", grading="C3")
    got = pair.de.receive([_via_alpha(pair, fr, genuine)])[0]
    assert got.status == "merged", got.reason
    assert got.merge.relayed_total == 0
    assert got.merge.report.counts["records"].imported == 1
    de = pair.de.conn
    pn = de.execute("SELECT pid FROM partners WHERE name = 'PN'").fetchone()[0]
    alpha = de.execute("SELECT pid FROM partners WHERE name = 'Politie'").fetchone()[0]
    assert de.execute("SELECT agency, version, narrative, origin_pid FROM records WHERE id = ?",
                      (genuine.id,)).fetchone() == (CHARLIE, 1, genuine.narrative, pn)
    assert pair.nl.conn.execute("SELECT reliability, assessment FROM records WHERE id = ?",
                                (genuine.id,)).fetchone() == ("C", "3")
    assert de.execute("SELECT reliability, assessment, extra FROM records WHERE id = ?",
                      (genuine.id,)).fetchone()[:2] == (None, None)
    assert "from_defaults" not in pair.de.record_detail(genuine.id).extra
    assert pair.de.search_records("quay").total == 1
    detail = pair.de.record_detail(genuine.id)
    assert detail.provenance == "signed by its originator (PN), relayed by Politie"
    assert detail.claims == []
    # The audit names the relayer (the package's partner) and the originator.
    entry = _receipt(pair.de)
    fingerprint = fr.identity().signing_fingerprint
    assert entry.details["partner"] == "Politie" and entry.details["relayed_verified"] == 1
    assert entry.details["relayed_signed"] == [{
        "record_id": genuine.id, "originator": CHARLIE, "originator_partner": "PN",
        "certificate": fingerprint, "version": 1, "stored": True}]
    # Its person came with the relay, but the signature covers the record alone.
    assert de.execute("SELECT count(*) FROM entity_records").fetchone()[0] == 0
    # BKA keeps the signature, as relayed, to pass it on in turn.
    assert de.execute("SELECT version, certificate, relayed_by FROM record_signatures"
                      ).fetchall() == [(1, fingerprint, alpha)]
    # Charlie's later update, sent by Charlie, advances it; the relayed copy, again, is
    # "unchanged" and does not turn it back.
    fr.correct(replace(genuine, title="Corrected by Charlie", narrative="Updated.",
                       attachments=[]))
    got = pair.de.receive([_send(fr, genuine.id)])[0]
    assert got.status == "merged", got.reason
    assert got.merge.report.counts["records"].merged == 1
    assert de.execute("SELECT version, title, origin_pid FROM records WHERE id = ?",
                      (genuine.id,)).fetchone() == (2, "Corrected by Charlie", pn)
    assert pair.de.record_detail(genuine.id).provenance == "signed by its originator (PN)"
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.status == "merged" and got.merge.relayed_total == 0
    assert de.execute("SELECT version FROM records WHERE id = ?",
                      (genuine.id,)).fetchone() == (2,)


def test_a_relayed_signature_that_does_not_vouch_for_the_content_leaves_a_claim(chain):
    (pair, fr) = chain
    genuine = _charlie_record(fr)
    assert pair.nl.receive([_send(fr, genuine.id, "Alpha")])[0].status == "merged"
    nl = pair.nl.conn
    # Alpha changes Charlie's record in its store and relays it with Charlie's signature.
    with transaction(nl):
        nl.execute("UPDATE records SET narrative = ? WHERE id = ?", (FORGED, genuine.id))
    before = intel_digest(pair.de)
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.status == "merged", got.reason
    altered = "content differs from what its originator signed"
    assert [(c["record_id"], c["reason"]) for c in got.merge.relayed] == [(genuine.id,
                                                                           altered)]
    assert pair.de.conn.execute("SELECT count(*) FROM records WHERE id = ?",
                                (genuine.id,)).fetchone()[0] == 0
    assert pair.de.search_records("innocent").total == 0
    assert before != intel_digest(pair.de)  # the claim and the inbox only
    # A signature naming a certificate BKA has not pinned.
    with transaction(nl):
        nl.execute("UPDATE records SET narrative = ? WHERE id = ?",
                   (genuine.narrative, genuine.id))
        nl.execute("UPDATE record_signatures SET certificate = ?", ("ab" * 32,))
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.merge.relayed[0]["reason"] == ("originator not pinned: certificate "
                                              "ABAB ABAB ABAB ABAB is not pinned here")
    # A signature BKA cannot verify: the bytes of Alpha's own making.
    with transaction(nl):
        nl.execute("UPDATE record_signatures SET certificate = ?, der = ?",
                   (fr.identity().signing_fingerprint, b"\x30\x03\x02\x01\x00"))
    got = pair.de.receive([_send(pair.nl, genuine.id)])[0]
    assert got.merge.relayed[0]["reason"].startswith("signature ")
    claims = pair.de.relayed_claims(genuine.id)
    assert sorted(c.describe() for c in claims)[0].startswith(
        f"relayed by Politie NL, claims to be from {CHARLIE}, not verified (")
    assert {c.reason for c in claims} >= {altered}
    # Charlie's own copy still arrives and is Charlie's.
    got = pair.de.receive([_send(fr, genuine.id)])[0]
    assert got.merge.report.counts["records"].imported == 1
    kept = pair.de.conn.execute("SELECT der FROM record_signatures").fetchall()
    # From its originator with a record signature naming another certificate: the
    # package's signature vouches for the record; that signature is not kept.
    cert, key = identity.signing_key(fr.conn)
    line = {**record_json(genuine), "signature": {
        "certificate": "cd" * 32,
        "cms": base64.b64encode(cms.sign_detached(b"another record", cert, key)).decode()}}
    ident, de_enc = fr.identity(), pair.de.identity().encryption_cert
    manifest = Manifest(str(uuid.uuid4()), certs.iso(certs.utcnow()),
                        {"agency": ident.agency, "country": ident.country,
                         "signing_fingerprint": ident.signing_fingerprint,
                         "encryption_fingerprint": ident.encryption_fingerprint},
                        [Recipient("BKA", de_enc, 2).manifest_entry()], str(uuid.uuid4()),
                        counts={"records": 1, "entities": 0, "links": 0, "events": 0,
                                "retractions": 0, "attachments": 0}, signed=True)
    path = pair.de.folder.parent / "own-bad-signature.p7m"
    path.write_bytes(seal(fr, archive(dumps(line) + b"\n", manifest), [de_enc]))
    got = pair.de.receive([path])[0]
    assert got.status == "merged", got.reason
    assert any("its own signature names a certificate that is not PN's; not kept"
               in i.message for i in got.merge.report.flagged)
    assert pair.de.conn.execute("SELECT der FROM record_signatures").fetchall() == kept
