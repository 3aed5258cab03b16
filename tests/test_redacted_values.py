"""Values a sender redacted ('[PHONE-1]', '█████') are redactions, not invalid values (issue 24).

A partner's pseudonyms and masks must be counted and shown as what they are, and must
never be read as identifiers or names: '[PHONE-19]' is not the phone '+4919', and two
different people both sent as '[PERSON-1]' are not one person.
"""

from __future__ import annotations

import pytest

from liaison.model.identifiers import REDACTED, is_redaction_placeholder, normalise
from liaison.model.records import Entity, Record, stable_id

from .exchange_helpers import add_records, two_agencies
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.mark.parametrize(("prop", "raw"), [
    ("phone", "[PHONE-19]"), ("phone", "[PHONE-4]"), ("birthDate", "█████"),
    ("name", "[PERSON-10]"), ("iban", "[IBAN-2]"), ("passportNumber", "[PASSPORT-1]"),
    ("registrationNumber", "[PLATE-3]"), ("email", " [EMAIL-1] "), ("notes", "[REDACTED]"),
])
def test_a_placeholder_is_a_redaction_whatever_the_property(prop, raw):
    value = normalise(prop, raw, "DE")
    assert value.kind == REDACTED and not value.valid
    assert value.value == raw.strip() and value.raw == raw
    assert "redacted" in value.note


@pytest.mark.parametrize(("prop", "raw"), [
    ("phone", "+49 151 23456789"), ("name", "Anna [Annie] Weber"), ("notes", "[sic]"),
    ("name", "PHONE-1"), ("registrationNumber", "B-XY 123"), ("phone", "[0151] 234"),
])
def test_real_values_are_not_placeholders(prop, raw):
    assert not is_redaction_placeholder(raw)
    assert normalise(prop, raw, "DE").kind != REDACTED


def _person(agency: str, country: str, tag: str, name: str, phone: str) -> list:
    rec = Record(stable_id(agency, tag, "r"), agency, country, f"{country}-{tag}",
                 "Report", "A meeting was observed.", language="en", handling="H1",
                 tlp="GREEN")
    person = Entity(stable_id(agency, tag, "p"), "Person", record_ids=[rec.id])
    person.add_raw("name", name)
    person.add_raw("phone", phone)
    return [rec, person]


def test_received_pseudonyms_are_counted_as_redactions_and_never_matched(tmp_path):
    pair = two_agencies(tmp_path)
    try:
        ids = add_records(pair.nl, _person("Politie NL", "NL", "a", "Jana Novak",
                                           "+31 6 12345678"))
        package = pair.nl.share(["BKA"], record_ids=ids).packages[0]
        received = pair.de.receive([package.file])[0]
        assert received.status == "merged", received.reason
        report = received.merge.report
        assert report.redacted_total == 2 and report.flagged_total == 0
        stats = pair.de.stats()
        assert stats["redacted_values"] == 2 and stats["invalid_values"] == 0
        rows = pair.de.conn.execute(
            "SELECT prop, raw, value, kind, valid FROM entity_values ORDER BY prop").fetchall()
        assert rows == [("name", "[PERSON-1]", "[PERSON-1]", REDACTED, 0),
                        ("phone", "[PHONE-1]", "[PHONE-1]", REDACTED, 0)]
        # Another agency's different person, pseudonymised the same way, is no match.
        add_records(pair.de, _person("Bundeskriminalamt", "DE", "b", "[PERSON-1]",
                                     "[PHONE-1]"))
        pair.de.xref_run(full=True)
        assert pair.de.xref_candidates(min_score=0.0) == []
    finally:
        pair.close()
    folder = tmp_path / "de"
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    stats = run("--workspace", folder, "--passphrase-file", pp, "stats").stdout
    assert "4 values redacted by the sender" in stats and "0 values flagged invalid" in stats
