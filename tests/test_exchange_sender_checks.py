"""The sender checks what the receiver checks: a package a partner would refuse is refused
when it is built, with the receiver's own message, and nothing of it is kept.

Each case builds the faulty package once past the check (the real builder, signed and
encrypted to the partner) and has the partner's real workspace receive it, to learn the
receiver's message; then the ordinary share must refuse with that message, before any
file, sequence number, sent-log, disclosure or audit entry exists.
"""

from __future__ import annotations

import json

import pytest

from liaison.exchange import outbox
from liaison.exchange.collect import collect_records
from liaison.exchange.package import Recipient, Unsendable, build_package, check_content
from liaison.model.records import Entity, Link, Record, stable_id
from liaison.store.database import transaction
from liaison.store.ingest import ImportReport, Ingest

from .exchange_helpers import add_records, sample, two_agencies

EXCHANGE_TABLES = ("outbox", "outbox_recipients", "sent_log", "partner_sequences",
                   "disclosures", "audit")


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


def _state(ws) -> tuple:
    rows = tuple(tuple(ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall())
                 for t in EXCHANGE_TABLES)
    return rows, sorted(p.name for p in (ws.folder / outbox.OUTBOX).glob("*")) \
        if (ws.folder / outbox.OUTBOX).exists() else []


def _receivers_reason(pair, ids: list[str], tmp_path) -> str:
    """What the partner says of exactly these records in a package, built past the check."""
    content = collect_records(pair.nl.conn, ids)
    cert = pair.de.identity().encryption_cert
    path = tmp_path / "unchecked.p7m"
    build_package(content, outbox.sender(pair.nl.conn), [Recipient("BKA", cert, 1)], path,
                  checked=True)
    received = pair.de.receive([path])[0]
    assert (received.status, received.code) == ("quarantined", "record")
    # The refusal as the receiver stored and audited it (the person also reads where
    # the file was kept).
    return pair.de.conn.execute("SELECT reason FROM quarantine ORDER BY qid DESC").fetchone()[0]


def _no_country(pair) -> list[str]:
    items = sample("Politie NL", "NL", 1, tag="nc")
    for item in items:
        if isinstance(item, Record):
            item.country = ""  # e.g. a CSV imported without --country
    return add_records(pair.nl, items)


def _stored_before_caps(ws, items: list) -> list[str]:
    """Store ``items`` past the import's size caps (model.limits), as a workspace filled
    before imports cut over-long texts holds them: the sender must still refuse them."""
    with transaction(ws.conn):
        import_id = ws.conn.execute(
            "INSERT INTO imports (ts, actor, file_name, file_sha256, format) "
            "VALUES ('2024-01-01T00:00:00Z', 'test', 'old import', '', 'test')").lastrowid
        ingest = Ingest(ws.conn, import_id, ImportReport("old import", "test"))
        for item in items:
            if isinstance(item, Record):
                ingest.add_record(item)
            elif isinstance(item, Entity):
                ingest.add_entity(item)
            elif isinstance(item, Link):
                ingest.add_link(item)
    return [i.id for i in items if isinstance(i, Record)]


def _long_value(pair) -> list[str]:
    items = sample("Politie NL", "NL", 1, tag="lv")
    record = next(i for i in items if isinstance(i, Record))
    note = Entity(stable_id("Politie NL", "lv", "note"), "Person", record_ids=[record.id])
    note.add_raw("notes", "surveillance log " * 600)  # 10,200 characters
    return _stored_before_caps(pair.nl, [*items, note])


def _long_reference(pair) -> list[str]:
    items = sample("Politie NL", "NL", 1, tag="lr")
    for item in items:
        if isinstance(item, Record):
            item.reference = "NL-" + "7" * 600
    return _stored_before_caps(pair.nl, items)


@pytest.mark.parametrize(("make", "reason"), [
    (_no_country, "records.jsonl line 1 field 'country' is empty."),
    (_long_value, "records.jsonl line 3 property notes has a value that is not text of at "
                  "most 8,192 characters (or a valid entity reference)."),
    (_long_reference, "records.jsonl line 1 field 'reference' is longer than 512 characters."),
])
def test_what_the_receiver_refuses_is_refused_when_built(pair, tmp_path, make, reason):
    ids = make(pair)
    assert _receivers_reason(pair, ids, tmp_path) == reason
    before = _state(pair.nl)
    with pytest.raises(Unsendable) as refused:
        pair.nl.share(["BKA"], record_ids=ids, redact=False)
    assert refused.value.reason == reason
    assert str(refused.value).startswith(reason)
    assert _state(pair.nl) == before


def test_the_redacting_share_and_the_record_named(pair, tmp_path):
    good = add_records(pair.nl, sample("Politie NL", "NL", 2, tag="ok"))
    bad = _no_country(pair)
    before = _state(pair.nl)
    with pytest.raises(Unsendable) as refused:
        pair.nl.share(["BKA"], record_ids=[*good, *bad])  # redacted, as analysts share
    message = str(refused.value)
    assert message.startswith("records.jsonl line 3 field 'country' is empty.")
    assert f"That line is record {bad[0]}." in message
    assert _state(pair.nl) == before
    # The others still go once the faulty record is left out.
    sent = pair.nl.share(["BKA"], record_ids=good)
    assert sent.packages[0].counts["records"] == 2
    assert pair.de.receive([sent.packages[0].file])[0].status == "merged"


def test_a_package_that_passes_the_check_opens(pair, tmp_path):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 2, tag="fine"))
    content = collect_records(pair.nl.conn, ids)
    check_content(content)  # no exception: the same lines the receiver accepts
    package = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0]
    received = pair.de.receive([package.file])[0]
    assert received.status == "merged", received.reason
    entry = json.loads(pair.nl.conn.execute(
        "SELECT details FROM audit WHERE action = 'package.build'").fetchone()[0])
    assert entry["counts"]["records"] == 2
