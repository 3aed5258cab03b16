"""One selection shared by the link chart, the timeline and the records table.

A small QObject: the selected entity ids, record ids and time range, with one
``changed`` signal. Each view sets what it selected and follows the others; a
view that set the selection passes itself as ``source`` so that it does not react
to its own change.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The selected entities, records and time range (None when no range is brushed)."""

    changed = Signal(object)  # the source of the change (a view, or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entity_ids: frozenset[str] = frozenset()
        self.record_ids: frozenset[str] = frozenset()
        self.time_range: tuple[datetime, datetime] | None = None

    def select(self, entity_ids: Iterable[str] | None = None,
               record_ids: Iterable[str] | None = None, *, source: object = None) -> None:
        """Replace the selected entities and/or records (None leaves that part alone)."""
        entities = self.entity_ids if entity_ids is None else frozenset(map(str, entity_ids))
        records = self.record_ids if record_ids is None else frozenset(map(str, record_ids))
        if entities == self.entity_ids and records == self.record_ids:
            return
        self.entity_ids, self.record_ids = entities, records
        self.changed.emit(source)

    def set_time_range(self, time_range: tuple[datetime, datetime] | None, *,
                       source: object = None) -> None:
        if time_range == self.time_range:
            return
        self.time_range = time_range
        self.changed.emit(source)

    def clear(self, source: object = None) -> None:
        if self.entity_ids or self.record_ids or self.time_range is not None:
            self.entity_ids, self.record_ids, self.time_range = frozenset(), frozenset(), None
            self.changed.emit(source)
