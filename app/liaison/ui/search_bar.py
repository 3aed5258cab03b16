"""The search bar: the query field with completion, history, a syntax help and errors.

Completion works on the word under the cursor: field names (``agency:``) and the
agencies of the workspace (``agency:"Hellenic Police"``). The last queries name
suspects, so they are kept in the workspace's encrypted database (``remembered`` and
``forgotten`` ask for that; ``set_history`` shows what it holds), never in QSettings; a
malformed query is explained with its position (QueryError) and the cursor is put
there.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

FIELD_NAMES = ("agency", "country", "type", "handling", "tlp", "grade", "lang", "status",
               "received", "reported", "event")
HISTORY_SIZE = 20


def quoted(value: str) -> str:
    """A field value as the query language wants it: quoted when it holds spaces etc."""
    if value and not any(c in value for c in ' ()"'):
        return value
    return '"' + value.replace('"', "") + '"'


class SearchBar(QWidget):
    """Emits ``search_requested(query)`` on Enter; ``show_error`` explains a bad query."""

    search_requested = Signal(str)
    agencies_wanted = Signal()  # the field got focus and has no agencies to complete yet
    remembered = Signal(str)  # a query to keep in the workspace's history
    forgotten = Signal()  # the person cleared the history

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self._history: list[str] = []
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(420)
        self.setFocusProxy(self.field)
        self.field.installEventFilter(self)
        self._agencies: list[str] = []
        self._countries: list[str] = []
        self.loading_agencies = False
        self._words = QStringListModel(self)
        self.completer = QCompleter(self._words, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(self.field)
        self.completer.activated[str].connect(self._insert_completion)
        self.field.textEdited.connect(self._complete)
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(lambda _t: self.error.clear())
        self.history_button = QToolButton(self)
        self.history_button.setObjectName("searchHistoryButton")
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self)
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        self.history_button.setMenu(self.history_menu)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("searchHelpButton")
        self.help_button.setText("?")
        self.help_button.clicked.connect(self.show_help)
        self.error = QLabel(self)
        self.error.setObjectName("searchError")
        self.error.setStyleSheet("QLabel { color: #B00020; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.history_button)
        layout.addWidget(self.help_button)
        layout.addWidget(self.error)
        self._refresh_words()
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search records (Ctrl+F): words, \"phrases\", "
                                              "agency:, tlp:, reported:2025…"))
        self.field.setAccessibleName(self.tr("Search query"))
        self.history_button.setText(self.tr("Recent"))
        self.history_button.setAccessibleName(self.tr("Recent searches"))
        self.help_button.setToolTip(self.tr("Query syntax"))
        self.help_button.setAccessibleName(self.tr("Query syntax"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FocusIn and not self._agencies:
            self.agencies_wanted.emit()
        return super().eventFilter(watched, event)

    # --- query -------------------------------------------------------------------------------

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def _submit(self) -> None:
        if self.completer.popup().isVisible():
            return
        query = self.field.text().strip()
        self.error.clear()
        if query:
            self.remember(query)
        self.search_requested.emit(query)

    def show_error(self, message: str, position: int) -> None:
        """Show a malformed query's fault and put the cursor where it is."""
        # The core's message ends with the 0-based offset; people count from 1.
        message = re.sub(r"\s+at position \d+\s*$", "", message)
        self.error.setText(self.tr("Error at character {position}: {message}").format(
            position=position + 1, message=message))
        self.field.setCursorPosition(max(0, min(position, len(self.field.text()))))
        self.field.setFocus()

    def clear(self) -> None:
        """Forget the query, the agencies and the history (locking: no record text or
        query stays on screen)."""
        self.field.clear()
        self.error.clear()
        self.loading_agencies = False  # a read cut short by the lock never answers
        self.set_agencies([], [])
        self._history = []

    # --- completion --------------------------------------------------------------------------

    def set_agencies(self, agencies: list[str], countries: list[str] | None = None) -> None:
        """The agencies (and their countries) to complete; ``None`` keeps the countries."""
        self._agencies = sorted(set(agencies))
        if countries is not None:
            self._countries = sorted(set(countries))
        self._refresh_words()

    def add_agencies(self, agencies: list[str]) -> None:
        """Agencies seen in a result (an import may have brought new ones)."""
        if not set(agencies) <= set(self._agencies):
            self.set_agencies(self._agencies + agencies)

    def _refresh_words(self) -> None:
        words = [f"{name}:" for name in FIELD_NAMES]
        words += [f"agency:{quoted(a)}" for a in self._agencies]
        words += [f"country:{c}" for c in self._countries]
        self._words.setStringList(words)

    def _current_word(self) -> tuple[int, str]:
        text, cursor = self.field.text(), self.field.cursorPosition()
        before = text[:cursor]
        if before.count('"') % 2:  # inside an open quote: the word starts before it
            start = before.rfind('"')
            while start > 0 and before[start - 1] not in " ()":
                start -= 1
        else:
            start = max(before.rfind(c) for c in " ()") + 1
        return start, before[start:]

    def _complete(self, _text: str) -> None:
        _start, word = self._current_word()
        if not word:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() == 0 and ":" in word and '"' not in word:
            name, _, rest = word.partition(":")  # agency:Hel also finds agency:"Hellenic…"
            self.completer.setCompletionPrefix(f'{name}:"{rest}')
        count = self.completer.completionCount()
        if count == 0 or (count == 1 and self.completer.currentCompletion() == word):
            self.completer.popup().hide()
            return
        self.completer.complete()

    def _insert_completion(self, completion: str) -> None:
        start, _word = self._current_word()
        text, cursor = self.field.text(), self.field.cursorPosition()
        new = text[:start] + completion + text[cursor:]
        self.field.setText(new)
        self.field.setCursorPosition(start + len(completion))

    # --- history -----------------------------------------------------------------------------

    def history(self) -> list[str]:
        return list(self._history)

    def set_history(self, items: list[str]) -> None:
        """Show the history the workspace holds (read when it is unlocked)."""
        self._history = list(items)[:HISTORY_SIZE]

    def remember(self, query: str) -> None:
        self._history = ([query] + [q for q in self._history if q != query])[:HISTORY_SIZE]
        self.remembered.emit(query)

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        items = self.history()
        if not items:
            act = self.history_menu.addAction(self.tr("No recent searches"))
            act.setEnabled(False)
            return
        for query in items:
            act = self.history_menu.addAction(query)
            act.triggered.connect(lambda _c=False, q=query: self._run_again(q))
        self.history_menu.addSeparator()
        self.history_menu.addAction(self.tr("Clear the history"), self._forget)

    def _run_again(self, query: str) -> None:
        self.field.setText(query)
        self._submit()

    def _forget(self) -> None:
        self._history = []
        self.forgotten.emit()

    # --- help --------------------------------------------------------------------------------

    def help_text(self) -> str:
        return self.tr(
            "<h3>Query syntax</h3>"
            "<p><b>words</b>: records containing every word; <b>\"a phrase\"</b>: the words "
            "together.<br><b>OR</b>, <b>AND</b>, <b>NOT</b> (upper case) and parentheses "
            "combine terms.<br><b>petr*</b>: prefix; <b>petrof~</b>: fuzzy (1 or 2 "
            "edits).</p>"
            "<p><b>Fields</b>: agency:BKA, agency:\"Hellenic Police\", country:DE, "
            "type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, "
            "status:retracted.</p>"
            "<p><b>Dates</b>: received:, reported:, event: with 2025, 2025-01..2025-06, "
            "2024-03-05.. or ..2024-06.</p>"
            "<p>Phone numbers, IBANs and e-mail addresses are recognised as written.</p>")

    def show_help(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Query syntax"),
                          self.help_text(), QMessageBox.StandardButton.Close, self)
        box.setObjectName("searchHelp")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
