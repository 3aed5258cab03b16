"""The hit/no-hit page of the Exchange dock (issue 21; ARCHITECTURE.md, "Hit/no-hit").

Above, our outgoing queries (partner, when, how many values asked, status, hits); below,
for the chosen answered query, each identifier asked: its kind, its normalised value and
whether the partner holds it (held first). "Request the records…" writes the request for
the hit identifiers only into a folder the officer chooses (``Workspace.hit_request``,
audited ``hits.request``). The list is filled by the dock (``fill``) from
``Workspace.hit_queries``; every read and write runs on the workspace worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison.model.errors import LiaisonError
from liaison.ui.error_dialog import show_error
from liaison.ui.exchange.tables import ExchangeTable, when
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace

# An answer lists every identifier asked (up to 100,000); the held ones come first, so a
# cap on the rows shown never hides a hit that matters before the no-hits.
MAX_SHOWN = 5_000


class HitsPage(QWidget):
    """Our hit/no-hit queries and their answers; ``reported(text)`` says what an action
    did, ``changed()`` asks the dock to read the lists again."""

    reported = Signal(str)
    changed = Signal()

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.workspace: Workspace | None = None
        self.queries = ExchangeTable("exchangeHitQueries", self)
        self.queries.currentItemChanged.connect(lambda _c, _p: self._show_results())
        self.results = ExchangeTable("exchangeHitResults", self)
        self.shown = QLabel(self)
        self.shown.setObjectName("exchangeHitShown")
        self.request_button = QPushButton(self)
        self.request_button.setObjectName("exchangeHitRequest")
        self.request_button.clicked.connect(self._pick_folder)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.queries)
        splitter.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addWidget(self.shown, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.retranslate()
        self.update_buttons()

    def retranslate(self) -> None:
        self.queries.setHeaderLabels([self.tr("Partner"), self.tr("Sent"),
                                      self.tr("Values asked"), self.tr("Status"),
                                      self.tr("Hits")])
        self.queries.setAccessibleName(self.tr("Our hit/no-hit queries"))
        self.results.setHeaderLabels([self.tr("Kind"), self.tr("Value"), self.tr("Held")])
        self.results.setAccessibleName(self.tr("Identifiers asked and whether the partner "
                                               "holds them"))
        self.request_button.setText(self.tr("Request the &records…"))
        self.request_button.setAccessibleName(
            self.tr("Prepare a request to the partner for the records behind the hits"))
        self._show_results()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.update_buttons()

    def clear(self) -> None:
        self.workspace = None
        self.queries.clear()
        self.results.clear()
        self.shown.clear()
        self.update_buttons()

    # --- the lists -----------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return {"sent": self.tr("sent"), "answered": self.tr("answered"),
                "refused": self.tr("refused")}.get(status, status)

    def kind_text(self, kind: str) -> str:
        return {"phone": self.tr("phone"), "email": self.tr("e-mail"),
                "iban": self.tr("IBAN"), "passport": self.tr("passport"),
                "national_id": self.tr("national ID"), "plate": self.tr("vehicle plate"),
                "wallet": self.tr("crypto wallet"), "ip": self.tr("IP address"),
                "person": self.tr("name and birth date")}.get(kind, kind)

    def fill(self, queries: list[dict[str, Any]]) -> None:
        """Show our queries (``Workspace.hit_queries``), keeping the chosen one."""
        current = self.queries.current_data()
        chosen = current["query_id"] if current else None
        self.queries.clear()
        for q in queries:
            if q["direction"] != "out":
                continue
            status = self.status_text(q["status"])
            if q["status"] == "refused" and q["reason"]:
                status = self.tr("refused: {reason}").format(reason=q["reason"])
            hits = "" if q["hits"] is None else f"{q['hits']:,}"
            item = self.queries.add_row([q["partner"], when(q["created"]), f"{q['asked']:,}",
                                         status, hits], q, warn=q["status"] == "refused")
            if q["query_id"] == chosen:
                self.queries.setCurrentItem(item)
        self.queries.fit()
        self._show_results()

    def _show_results(self) -> None:
        self.results.clear()
        self.shown.clear()
        data = self.queries.current_data()
        results = data.get("results", []) if data else []
        for r in results[:MAX_SHOWN]:
            kind, _, value = r["identifier"].partition(":")
            self.results.add_row([self.kind_text(kind), value,
                                  self.tr("yes") if r["hit"] else self.tr("no")], r)
        if len(results) > MAX_SHOWN:
            self.shown.setText(self.tr("Showing the first {shown:,} of {n:,} identifiers "
                                       "(the held ones first).").format(
                shown=MAX_SHOWN, n=len(results)))
        self.results.fit()
        self.update_buttons()

    def update_buttons(self) -> None:
        data = self.queries.current_data()
        self.request_button.setEnabled(
            self.workspace is not None and bool(data) and data["status"] == "answered"
            and bool(data["hits"]))

    # --- request the records -------------------------------------------------------------

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the request to the partner"))
        if folder:
            self.request_records_to(Path(folder))

    def request_records_to(self, folder: Path) -> None:
        """Write the request for the chosen query's hits into ``folder``."""
        ws, data = self.workspace, self.queries.current_data()
        if ws is None or not data:
            return
        query_id = data["query_id"]

        def done(request: Any) -> None:
            self.reported.emit(self.tr(
                "The request to {partner} for the records behind {n:,} hit(s) was written "
                "to {file}. Send it to {partner} the way your requests usually go; it "
                "names the identifiers, the query and the agreement.").format(
                partner=request.partner, n=len(request.identifiers), file=request.file))
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, LiaisonError):
                self.reported.emit(str(exc))  # nothing was written or audited
            else:
                show_error(self.window(), self.tr("Preparing the request for the records"),
                           exc)

        run_operation(self, lambda _p: ws.hit_request(query_id, folder),
                      title=self.tr("Preparing the request for the records"),
                      on_success=done, on_failure=failed, cancellable=False, changes=True,
                      executor=self.executor)
