"""The views added after the first screenshots: search, link chart and timeline,
cross-reference hits, the Share wizard, the Exchange dock, the import mapping and the
records due for review; and the small helpers every capture uses.

Each capture drives the window as an analyst would (search bar, View menu actions,
selections, Next). Setup the pictures need but the UI would take many dialogs for (our
identity, a partner's pinned and verified certificates) goes through the ``Workspace``
facade on the workspace worker, into the demo workspace being photographed, which the
screenshot run keeps in a throw-away folder.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget

from liaison.ui.operations import default_executor, run_operation
from liaison.ui.window_layout import RECORDS

# A phrase that finds a few dozen demo records in several languages: enough for full
# result and facet lists, few enough for a link chart that can be read.
QUERY = '"David Martínez Moreno"'
PARTNER = "Bundeskriminalamt"
OTHER_PARTNER = "Hellenic Police"
PARTNER_PASSPHRASE = "screenshot partner"  # noqa: S105 (a throw-away workspace)
PURPOSE = "Operation Nordwind"
CSV_SAMPLE = """ref,date,first,last,dob,nat,phone,company,role
ES-2024-001,2024-03-05,José,Müller-Ñúñez,1980-02-29,ES,+34 600 000 001,Transportes Ejemplo SL,jefe
ES-2024-002,2024-03-07,Ana,García Ruiz,1975-07-14,ES,+34 600 000 003,Transportes Ejemplo SL,contable
ES-2024-003,2024-03-09,Luca,Bianchi,1988-11-02,IT,+39 333 000 0004,Logistica Porto SRL,autista
ES-2024-004,2024-03-12,Karim,El Amrani,1979-05-21,MA,+212 600 000 005,Import Atlas SARL,gerente
ES-2024-005,2024-03-15,Olena,Kovalenko,1991-01-30,UA,+380 67 000 0006,,traductora
"""


# --- waiting and saving -------------------------------------------------------------------

def wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    # Widgets replaced meanwhile (deleteLater) would otherwise still be painted: outside
    # an event loop, processEvents() does not run deferred deletions.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def idle() -> None:
    """The worker has nothing left to do and every progress dialog is gone."""
    wait(lambda: not default_executor().busy)
    settle()


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def visible(cls: type[QWidget]) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def on_worker(window: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(workspace)`` on the workspace worker (the thread that owns it)."""
    box: dict[str, Any] = {}
    ws = window.workspace
    run_operation(window, lambda _p: fn(ws), title="Preparing the screenshots",
                  on_success=lambda r: box.setdefault("ok", r),
                  on_failure=lambda e: box.setdefault("error", e), cancellable=False,
                  show_progress=False, changes=True, executor=window.executor)
    wait(lambda: bool(box))
    if "error" in box:
        raise box["error"]
    idle()
    return box["ok"]


def show_docks(window: Any, shown: tuple[str, ...]) -> None:
    """Bring the tabs a picture is about to the front, as a click on each would (the
    layout itself stays the default one)."""
    for name in shown:
        window.dock(name).show()
        window.dock(name).raise_()
    settle()


def select_rows(view: Any, rows: range) -> None:
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for row in rows:
        selection.select(model.index(row, 0), flags)


# --- the views ----------------------------------------------------------------------------

def search(window: Any, out: Path) -> Path:
    """A search typed in the bar: hits with snippets, facets, the first hit opened."""
    window.layouts.switch(RECORDS)
    bar = window.search_bar
    bar.set_text(QUERY)
    bar.field.setFocus()
    bar.search_requested.emit(QUERY)
    results = window.search_results
    wait(lambda: results.total is not None and results.view.model().rowCount() > 0)
    idle()
    wait(lambda: window.facets.tree.topLevelItemCount() > 0)
    window.facets.tree.expandAll()
    results.view.selectRow(1)
    wait(lambda: window.record_view.detail is not None)
    idle()
    return save(window, out, "07-search-and-facets")


def chart(window: Any, out: Path) -> Path:
    """View ▸ Chart the search results: the Chart perspective as it opens, the link chart
    over the timeline (agency lanes), nothing resized or zoomed by hand."""
    timeline = window.charts.timeline
    timeline.lane_box.setCurrentIndex(1)  # a few lanes read better than fifty in a picture
    window.charts.chart_search_action.trigger()
    canvas = window.charts.chart.canvas
    wait(lambda: len(canvas.keys) > 0, timeout=300)
    idle()
    settle(0.8)  # the labels follow the view after a short delay
    path = save(window, out, "08-link-chart-and-timeline")
    window.layouts.switch(RECORDS)
    settle()
    return path


def xref(window: Any, out: Path) -> Path:
    """Cross-reference hits: the comparison run, a candidate pair with its evidence."""
    show_docks(window, ("records", "xref"))
    dock = window.xref
    dock.run()
    wait(lambda: dock.pairs.topLevelItemCount() > 0, timeout=300)
    idle()
    dock.pairs.setCurrentItem(dock.pairs.topLevelItem(0))
    settle()
    return save(window, out, "09-xref-hits")


def _partner_certs(folder: Path, name: str, country: str) -> tuple[Path, Path, str]:
    """A throw-away partner workspace's exported certificates and identity fingerprint."""
    from liaison.workspace import Workspace

    partner = Workspace.create(folder / country, name, country, use_keyring=False,
                               passphrase=PARTNER_PASSPHRASE)
    try:
        identity = partner.identity_create()
        signing, encryption = partner.identity_export(folder / f"{country}-certs")[:2]
    finally:
        partner.close()
    return signing, encryption, identity.fingerprint


def add_partners(window: Any, folder: Path) -> None:
    """Our identity; the BKA pinned, verified and agreed with; a second partner whose
    certificates still wait for the fingerprint check, as after a first exchange."""
    from liaison.analysis.partners import Agreement
    from liaison.exchange.certs import grouped

    signing, encryption, fingerprint = _partner_certs(folder, PARTNER, "DE")
    other = _partner_certs(folder, OTHER_PARTNER, "GR")
    agreement = Agreement("AMBER", ("H0", "H1", "H2"), third_party=True, purposes=(PURPOSE,))

    def setup(ws: Any) -> None:
        ws.identity_create()
        ws.partner_certs(PARTNER, signing, encryption, country="DE")
        ws.partner_verify(PARTNER, grouped(fingerprint))
        ws.partner_update(PARTNER, agreement=agreement)
        ws.partner_certs(OTHER_PARTNER, other[0], other[1], country="GR")

    on_worker(window, setup)


def share(window: Any, out: Path) -> list[Path]:
    """The Share wizard on a few search hits: the redaction review and the preview."""
    show_docks(window, ("search",))
    results = window.search_results
    select_rows(results.view, range(min(4, results.view.model().rowCount())))
    window.share.action.trigger()
    dialog = window.share.dialog
    wait(lambda: dialog.select.loaded)
    dialog.select.partner.setCurrentIndex(max(dialog.select.partner.findData(PARTNER), 0))
    dialog.select.purpose.setEditText(PURPOSE)
    dialog.resize(1200, 760)
    dialog.next()
    wait(lambda: dialog.plan is not None, timeout=300)
    idle()
    dialog.next()
    review = dialog.review
    # The record with the most detections makes the review worth looking at.
    plan = dialog.plan
    best = max(range(review.record.count()),
               key=lambda i: len(plan.detections_of(review.record.itemData(i))))
    review.record.setCurrentIndex(best)
    settle()
    saved = [save(dialog, out, "10-share-review")]
    dialog.next()
    settle()
    saved.append(save(dialog, out, "11-share-preview"))
    dialog.reject()
    settle()
    return saved


def exchange(window: Any, out: Path) -> list[Path]:
    """The Exchange dock: our identity's fingerprints; the verified partner."""
    show_docks(window, ("exchange", "record"))
    dock = window.exchange
    dock.refresh()
    dock.identity.refresh()
    idle()
    wait(lambda: any(r[0] == PARTNER for r in dock.partners.rows()))
    dock.tabs.setCurrentIndex(0)
    settle()
    saved = [save(window, out, "12-exchange-identity")]
    dock.tabs.setCurrentIndex(1)
    dock.select_partner(PARTNER)
    for column in range(dock.partners.columnCount()):
        dock.partners.resizeColumnToContents(column)
    settle()
    saved.append(save(window, out, "13-exchange-partners"))
    return saved


def import_mapping(window: Any, out: Path, folder: Path) -> Path:
    """File ▸ Import… with a CSV file: the mapping page with its preview."""
    from liaison.ui.import_wizard import ImportWizard

    csv = folder / "suspects.csv"
    csv.write_text(CSV_SAMPLE, encoding="utf-8")
    window.import_action.trigger()
    wizard = visible(ImportWizard)
    wizard.resize(1200, 800)
    wizard.add_files([csv])
    wizard.next()
    settle()
    wizard.options_page.agency.setText("Policía Nacional")
    wizard.options_page.country.setText("ES")
    wizard.next()
    editor = wizard.mapping_page.editor
    wait(lambda: editor.table.rowCount() > 0)
    editor.columns.choose("ref", "record.reference")  # one record per row, as in the file
    editor.columns.choose("nat", "person.nationality")
    wait(lambda: "ES-2024-001" in editor.table.item(0, 1).text())
    settle(0.8)
    for column, width in enumerate((110, 240, 420, 220, 80)):  # as a reader would drag them
        editor.table.setColumnWidth(column, width)
    editor.table.resizeRowsToContents()
    settle()
    path = save(wizard, out, "14-import-mapping")
    wizard.reject()
    settle()
    return path


def review(window: Any, out: Path) -> Path | None:
    """File ▸ Records due for review…, when the demo has records due."""
    dialog = window.review_dialog()
    if dialog is None:
        return None
    dialog.resize(900, 560)
    idle()
    path = save(dialog, out, "15-review-due") if dialog.model.rowCount() else None
    dialog.reject()
    settle()
    return path


def new_views(window: Any, out: Path) -> list[Path]:
    """Every view above, in the order the README shows them."""
    folder = Path(tempfile.mkdtemp(prefix="liaison-shots-"))
    saved = [search(window, out), chart(window, out), xref(window, out)]
    add_partners(window, folder)
    saved += share(window, out)
    saved += exchange(window, out)
    saved.append(import_mapping(window, out, folder))
    due = review(window, out)
    if due is not None:
        saved.append(due)
    show_docks(window, ("records", "record"))
    shutil.rmtree(folder, ignore_errors=True)
    return saved

