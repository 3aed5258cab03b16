"""The columns of every table that lists records: titles, cell text, tooltips, sort keys.

Shared by the lazy all-records table and the short lists (an entity's records),
and meant for the search results table too, so a record looks the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison.ui import vocabulary
from liaison.workspace.records import RecordRow

translate = QCoreApplication.translate

# Column key = the sort key Workspace.record_ids understands.
# Markings come before the text so that they are always on screen, however narrow the dock.
COLUMNS = ("reported", "tlp", "handling", "grade", "agency", "country", "reference", "title")
BADGE_COLUMNS = {"handling": "handling", "tlp": "tlp"}
WIDTHS = {"reported": 92, "agency": 150, "country": 58, "reference": 128, "title": 360,
          "handling": 64, "tlp": 128, "grade": 54}


def header(key: str) -> str:
    if key == "reported":
        return translate("RecordColumns", "Reported")
    if key == "agency":
        return translate("RecordColumns", "Agency")
    if key == "country":
        return translate("RecordColumns", "Country")
    if key == "reference":
        return translate("RecordColumns", "Reference")
    if key == "title":
        return translate("RecordColumns", "Title")
    if key == "handling":
        return translate("RecordColumns", "Handling")
    if key == "tlp":
        return translate("RecordColumns", "TLP")
    if key == "grade":
        return translate("RecordColumns", "Grade")
    return key


def text(row: RecordRow, key: str) -> str:
    if key == "reported":
        return vocabulary.date_text(row.reported)
    if key == "grade":
        return row.grade
    value = getattr(row, key)
    return "" if value is None else str(value)


def tooltip(row: RecordRow, key: str) -> str | None:
    if key == "handling":
        return f"{row.handling or ''} — {vocabulary.handling_meaning(row.handling)}"
    if key == "tlp":
        return f"TLP:{row.tlp or ''} — {vocabulary.tlp_meaning(row.tlp)}"
    if key == "grade":
        return vocabulary.grade_meaning(row.reliability, row.assessment)
    if key == "title" and row.status != "active":
        return vocabulary.status_name(row.status)
    return None


def accessible(row: RecordRow, key: str) -> str:
    """What a screen reader says for a cell (badges are pictures otherwise)."""
    if key == "tlp":
        return f"TLP {row.tlp or ''}"
    if key == "handling":
        return translate("RecordColumns", "Handling code {code}").format(code=row.handling or "")
    return text(row, key)


def sort_value(row: RecordRow, key: str) -> tuple:
    """Python-side ordering for short lists, matching Workspace.record_ids."""
    if key == "tlp":
        order = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
        return (order.index(row.tlp) if row.tlp in order else -1, row.rid)
    if key == "grade":
        return ((row.reliability or "Z") + (row.assessment or "9"), row.rid)
    value = text(row, key)
    return (value.casefold() if key in ("agency", "reference", "title") else value, row.rid)
