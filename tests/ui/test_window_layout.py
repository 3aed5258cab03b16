"""The main window's default layouts fit a laptop and a desktop screen: on 1366×768,
1600×1000 and 1920×1080 (less a task bar) the window stays on the screen and every
panel shown is at least its smallest useful size; Restore the default layout puts
exactly that back; each perspective keeps how the analyst left it, across restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from liaison.ui.main_window import MainWindow
from liaison.ui.preferences import Preferences
from liaison.ui.window_layout import CHART, MIN_USEFUL, PERSPECTIVES, RECORDS

SCREENS = [(1366, 768), (1600, 1000), (1920, 1080)]
TASKBAR = 40


def _window(qtbot, executor, preferences: Preferences) -> MainWindow:
    window = MainWindow(executor, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _laptop(window: MainWindow) -> QRect:
    """The window's screen, as a 1366×768 laptop's (the test platform's own is 800×800)."""
    available = QRect(0, 0, 1366, 768 - TASKBAR)
    window.layouts.available = lambda: available
    return available


def _settle(qtbot) -> None:
    qtbot.wait(30)  # the dock sizes are applied again once the window is laid out


def _shown(window: MainWindow) -> dict[str, QRect]:
    """The panels one can see (a dock behind another's tab is not), by name."""
    return {name: dock.geometry() for name, (dock, _) in window.panels.items()
            if dock.isVisible() and not dock.visibleRegion().isEmpty()}


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_default_layouts_fit_the_screen(qtbot, executor, preferences, width, height):
    window = _window(qtbot, executor, preferences)
    available = QRect(0, 0, width, height - TASKBAR)
    for perspective in PERSPECTIVES:
        window.layouts.switch(perspective)
        window.layouts.restore_default(available)
        _settle(qtbot)
        frame = window.frameGeometry()
        assert available.contains(frame), (perspective, frame, available)
        assert window.minimumSizeHint().height() <= available.height()
        shown = _shown(window)
        for name, rect in shown.items():
            least = MIN_USEFUL[name]
            assert rect.width() >= least[0] and rect.height() >= least[1], (
                perspective, name, rect, least)
            assert window.rect().contains(rect), (perspective, name, rect)
        if perspective == RECORDS:
            assert {"facets", "records", "record"} <= set(shown)
        else:
            assert {"chart", "timeline"} <= set(shown)
            chart, timeline = shown["chart"], shown["timeline"]
            assert timeline.top() > chart.bottom()  # the timeline under the chart
            assert chart.width() >= 0.6 * window.width()
            assert chart.height() >= 0.5 * (timeline.bottom() - chart.top())


def test_restore_default_layout_restores_exactly_the_default(qtbot, executor, preferences):
    window = _window(qtbot, executor, preferences)
    available = QRect(0, 0, 1600, 1000 - TASKBAR)
    window.layouts.switch(CHART)
    window.layouts.restore_default(available)
    _settle(qtbot)
    default = (window.geometry(), _shown(window))

    # The analyst moves things about: a panel floated, one closed, one opened, the
    # window grown past the screen, the chart squeezed.
    window.dock("timeline").setFloating(True)
    window.dock("search").hide()
    window.dock("audit").show()
    window.resizeDocks([window.dock("chart")], [200], Qt.Orientation.Horizontal)
    window.resize(2400, 1500)
    _settle(qtbot)
    assert (window.geometry(), _shown(window)) != default

    window.layouts.restore_default(available)
    _settle(qtbot)
    assert (window.geometry(), _shown(window)) == default
    assert not window.dock("timeline").isFloating()


def test_the_view_menu_action_restores_the_default_on_this_screen(qtbot, executor,
                                                                   preferences):
    window = _window(qtbot, executor, preferences)
    available = _laptop(window)
    window.resize(3000, 2000)
    window.reset_layout_action.trigger()
    _settle(qtbot)
    assert available.contains(window.frameGeometry())


def test_each_perspective_keeps_how_it_was_left_across_restarts(qtbot, executor,
                                                                preferences):
    window = _window(qtbot, executor, preferences)
    assert window.layouts.current == RECORDS
    assert window.layouts.actions[RECORDS].isChecked()
    window.layouts.actions[CHART].trigger()
    assert window.layouts.current == CHART and window.layouts.actions[CHART].isChecked()
    assert {"chart", "timeline"} <= set(_shown(window))
    window.dock("timeline").hide()
    window.layouts.switch(RECORDS)
    assert "chart" not in _shown(window)
    window.layouts.switch(CHART)
    assert not window.dock("timeline").isVisible()  # as the analyst left it
    window.save_layout()
    window.close()

    again = _window(qtbot, executor, preferences)
    again.restore_layout()
    _settle(qtbot)
    assert again.layouts.current == CHART
    assert "chart" in _shown(again) and not again.dock("timeline").isVisible()
    again.layouts.switch(RECORDS)
    assert {"facets", "records", "record"} <= set(_shown(again))


def test_a_saved_window_larger_than_the_screen_is_fitted(qtbot, executor, preferences):
    window = _window(qtbot, executor, preferences)
    window.resize(4000, 3000)
    window.save_layout()
    window.close()
    again = _window(qtbot, executor, preferences)
    available = _laptop(again)
    again.restore_layout()
    _settle(qtbot)
    assert available.contains(again.frameGeometry())
