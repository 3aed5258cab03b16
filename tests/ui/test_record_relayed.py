"""The record view says plainly when a record, or a claim under its id, was relayed by a
third party and is not verified (issue 16)."""

from __future__ import annotations

from liaison.model.records import Record
from liaison.store.relayed import RelayedClaim
from liaison.ui.records.view import RecordView
from liaison.workspace.records import RecordDetail


def _detail(**overrides) -> RecordDetail:
    base = dict(rid=1, id="r-1", agency="Police nationale", country="FR", reference="FR-1",
                title="Genuine report", narrative="Shipment observed at the quay.",
                language="en", reported=None, received=None, handling="H1",
                handling_conditions="", tlp="GREEN", reliability="B", assessment="2",
                legal_basis="", purpose="", review_date=None, version=1, status="active",
                extra={}, imported=None)
    return RecordDetail(**{**base, **overrides})


def test_relayed_record_and_claims_are_named_and_cleared(qtbot, executor):
    view = RecordView(executor)
    qtbot.addWidget(view)
    view.show()
    view.show_detail(_detail(origin="PN"))
    assert not view.relay_label.isVisible()
    forged = Record("r-1", "Police nationale", "FR", "FR-1", "Changed", "Forged text")
    claim = RelayedClaim("r-1", "Police nationale", 9, "Politie", "Politie NL", "p-1",
                         "2026-01-01T00:00:00Z", forged)
    view.show_detail(_detail(claims=[claim]))
    assert view.relay_label.isVisible()
    text = view.relay_label.text()
    assert "version 9 relayed by Politie NL, claims to be from Police nationale, not " \
           "verified" in text
    assert "Forged text" not in text and "Forged text" not in view.narrative.toPlainText()
    signed = RelayedClaim("r-1", "Police nationale", 9, "Politie", "Politie NL", "p-1",
                          "2026-01-01T00:00:00Z", forged,
                          reason="content differs from what its originator signed")
    view.show_detail(_detail(claims=[signed]))
    assert ("version 9 relayed by Politie NL, claims to be from Police nationale, not "
            "verified: content differs from what its originator signed (not shown here)."
            ) in view.relay_label.text()
    view.show_detail(_detail(relayed_by="Politie"))
    assert view.relay_label.text() == ("Relayed by Politie, claims to be from Police "
                                       "nationale, not verified.")
    view.clear()
    assert not view.relay_label.isVisible() and view.relay_label.text() == ""
