"""A value the sender redacted is shown as a redaction, not as an invalid value (issue 24)."""

from __future__ import annotations

from liaison.model.identifiers import normalise
from liaison.ui.entity_view import EntityView
from liaison.workspace.records import EntityDetail, PropertyRow


def _row(prop: str, raw: str) -> PropertyRow:
    v = normalise(prop, raw, "DE")
    return PropertyRow(prop, v.raw, v.value, v.kind, v.valid, v.note)


def test_entity_view_says_redacted_by_the_sender(qtbot):
    view = EntityView()
    qtbot.addWidget(view)
    view.show_detail(EntityDetail(1, "e-1", "Person", "[PERSON-1]",
                                  [_row("name", "[PERSON-1]"), _row("phone", "[PHONE-1]"),
                                   _row("phone", "12")], [], 0, []))
    notes = [view.properties.topLevelItem(i).text(3) for i in range(3)]
    assert notes[:2] == ["redacted by the sender"] * 2
    assert notes[2].startswith("⚠ invalid")
