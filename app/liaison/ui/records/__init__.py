"""Records: the lazy records table, its browser and the record view.

Offers :class:`RecordTableModel`, :class:`RecordsBrowser`, :func:`make_record_table`,
:class:`RecordView`. Inside: ``table_model``, ``columns``, ``browser``, ``view``, ``tabs``.
"""

from __future__ import annotations

from liaison.ui.records.browser import (
    OPEN_DELAY_MS,
    RecordsBrowser,
    make_record_table,
)
from liaison.ui.records.table_model import (
    RID_ROLE,
    Index,
    RecordTableModel,
)
from liaison.ui.records.tabs import (
    ID_ROLE,
    INVALID,
)
from liaison.ui.records.view import (
    RecordView,
)

__all__ = [
    "ID_ROLE",
    "INVALID",
    "OPEN_DELAY_MS",
    "RID_ROLE",
    "Index",
    "RecordTableModel",
    "RecordView",
    "RecordsBrowser",
    "make_record_table",
]
