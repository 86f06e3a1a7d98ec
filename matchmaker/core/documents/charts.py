"""Charts of the event report as PNG images, drawn with matplotlib's Agg renderer (no GUI, no Qt).

matplotlib earns its place here: bar charts and a labelled heat map with proper axes and
text layout would be several hundred lines of hand-written painting code.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any, TypeVar

from .report import OUTCOME_LABELS, STATUS_LABELS, EventReport

_Key = TypeVar("_Key")

_DPI = 150
_COLOURS = ["#2f6f4f", "#4f7fbf", "#d9a441", "#b84a4a", "#888888"]


def _figure(width: float, height: float) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=_DPI)
    FigureCanvasAgg(figure)
    figure.set_layout_engine("constrained")
    return figure, figure.add_subplot()


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI)
    return buffer.getvalue()


def status_chart(report: EventReport) -> bytes:
    """Horizontal bars: held, not marked, no-show, cancelled."""
    return _bar_chart(STATUS_LABELS, report.statuses, "Meetings")


def outcome_chart(report: EventReport) -> bytes:
    """Horizontal bars of the feedback outcomes."""
    return _bar_chart(OUTCOME_LABELS, report.outcomes, "Feedback answers")


def _bar_chart(labels: Mapping[_Key, str], counts: Mapping[_Key, int], axis_label: str) -> bytes:
    """One horizontal bar per label, in the labels' order, each with its count."""
    figure, axes = _figure(6.0, 2.2)
    values = [counts[key] for key in labels]
    bars = axes.barh(list(labels.values()), values, color=_COLOURS[: len(values)])
    axes.bar_label(bars, padding=3, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel(axis_label, fontsize=8)
    axes.tick_params(labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_xlim(0, max([*values, 1]) * 1.15)
    return _png(figure)


def country_chart(report: EventReport) -> bytes:
    """Heat map of meetings between countries (symmetric; the diagonal is same-country meetings)."""
    countries = report.countries or ["?"]
    size = max(2.6, 0.45 * len(countries) + 1.4)
    figure, axes = _figure(size + 0.8, size)
    grid = [[report.pair_count(a, b) for b in countries] for a in countries]
    image = axes.imshow(grid, cmap="Greens")
    axes.set_xticks(range(len(countries)), countries, fontsize=8)
    axes.set_yticks(range(len(countries)), countries, fontsize=8)
    peak = max([max(row) for row in grid] + [1])
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            colour = "white" if value > peak * 0.6 else "black"
            axes.text(x, y, str(value), ha="center", va="center", fontsize=8, color=colour)
    figure.colorbar(image, ax=axes, shrink=0.8).ax.tick_params(labelsize=7)
    return _png(figure)
