"""The link chart: a pyqtgraph canvas, its menus and the dock panels it lives in.

Offers :func:`install_chart_panels`, :class:`LinkChartCanvas`, :class:`ChartMenus`,
:class:`ChartLegend`, :class:`ChartEdits` (the undoable edits, groups too), :class:`SavedCharts`
(named charts) and :func:`kind_name`. Inside: ``canvas``, ``items`` (nodes, links, icons),
``bundles`` (parallel links, arrowheads), ``legend``, ``actions``, ``edits``, ``saved``,
``panels``.
"""

from __future__ import annotations

from liaison.ui.chart.actions import (
    ChartMenus,
)
from liaison.ui.chart.canvas import (
    COLOUR_BY,
    LinkChartCanvas,
)
from liaison.ui.chart.edits import (
    ChartEdits,
)
from liaison.ui.chart.legend import (
    ChartLegend,
    kind_name,
)
from liaison.ui.chart.panels import (
    install_chart_panels,
)
from liaison.ui.chart.saved import (
    SavedCharts,
)

__all__ = [
    "COLOUR_BY",
    "ChartEdits",
    "ChartLegend",
    "ChartMenus",
    "LinkChartCanvas",
    "SavedCharts",
    "install_chart_panels",
    "kind_name",
]
