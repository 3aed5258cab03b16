"""Originator-bound records: a partner relaying a third agency's record cannot forge it.

Issue 16, item 1. Three real workspaces: BKA (DE) receives; Politie NL ("Alpha") relays a
record claiming to be from Police nationale ("Charlie") under Charlie's record id and a
high version; Charlie's genuine copy arrives later with a lower version. Only the
originator's own signature creates or advances its records; the relay is kept aside as
a claim that is shown as such and never hides the genuine record.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from liaison.model.records import Record

from .exchange_helpers import add_records, new_workspace, pin, sample, two_agencies

CHARLIE = "Police nationale"
FORGED = "Forged by the relay: the courier is innocent"


@pytest.fixture
def trio(tmp_path):
    agencies = two_agencies(tmp_path)
    fr = new_workspace(tmp_path / "fr", CHARLIE, "FR")
    pin(agencies.de, fr, "PN", tmp_path / "fr-certs")
    pin(fr, agencies.de, "BKA", tmp_path / "de-certs2")
    yield agencies, fr
    agencies.close()
    fr.close()


def _charlie_record(fr) -> Record:
    items = sample(CHARLIE, "FR", 1, tag="genuine")
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
