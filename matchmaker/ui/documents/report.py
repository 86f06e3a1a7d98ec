"""The event report as a PDF: meetings held, no-shows, feedback, countries and capability pairs, with charts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QImage

from matchmaker.core.documents import EventData, build_report
from matchmaker.core.documents.charts import country_chart, outcome_chart, status_chart
from matchmaker.core.documents.report import OUTCOME_LABELS, STATUS_LABELS, EventReport

from .html import CSS, esc, event_header, grid_table
from .paged import FlowDocument


def _figures(report: EventReport) -> list[str]:
    rows = [
        ("Participants", report.participants),
        ("Meetings planned", report.planned),
        *[(STATUS_LABELS[status], report.statuses[status]) for status in STATUS_LABELS],
        ("Meetings with feedback", report.feedback_meetings),
        ("Feedback answers", sum(report.outcomes.values())),
    ]
    if report.unplaced:
        rows.append(("Requests accepted but not placed", report.unplaced))
    return [f"<tr><td>{esc(label)}</td><td align='right'><b>{value}</b></td></tr>" for label, value in rows]


def report_html(data: EventData, report: EventReport, width: float) -> str:
    """The report's HTML; chart images are resources named chart:status, chart:outcomes, chart:countries."""
    out = [event_header(data, "Event report")]
    held = report.held
    rate = f"{100 * held / report.planned:.0f} %" if report.planned else "–"
    out.append(f"<p class='meta'>{held} of {report.planned} planned meetings held ({rate}).</p>")
    out.append("<h3>Meetings</h3>")
    out.append(grid_table(["Figure", "Count"], [70, 30], _figures(report)))
    out.append(f"<p><img src='chart:status' width='{int(width * 0.8)}'></p>")
    out.append("<h3>Feedback outcomes</h3>")
    answers = sum(report.outcomes.values())
    rows = [
        f"<tr><td>{esc(label)}</td><td align='right'>{report.outcomes[outcome]}</td>"
        f"<td align='right'>{(100 * report.outcomes[outcome] / answers) if answers else 0:.0f} %</td></tr>"
        for outcome, label in OUTCOME_LABELS.items()
    ]
    out.append(grid_table(["Outcome", "Answers", "Share"], [60, 20, 20], rows))
    if answers:
        out.append(f"<p><img src='chart:outcomes' width='{int(width * 0.8)}'></p>")
    else:
        out.append("<p class='muted'>No feedback has been recorded yet.</p>")
    out.append("<h3>Meetings between countries</h3>")
    countries = report.countries
    header = ["", *countries]
    share = max(8, 88 // max(1, len(countries)))
    matrix = [
        f"<tr><td><b>{esc(a)}</b></td>"
        + "".join(f"<td align='right'>{report.pair_count(a, b) or '·'}</td>" for b in countries)
        + "</tr>"
        for a in countries
    ]
    out.append(grid_table(header, [12] + [share] * len(countries), matrix))
    side = int(width * min(0.75, 0.12 * len(countries) + 0.3))
    out.append(f"<p align='center'><img src='chart:countries' width='{side}'></p>")
    out.append("<h3>Top capability pairs</h3>")
    rows = [
        f"<tr><td>{index}</td><td>{esc(a)}</td><td>{esc(b)}</td><td align='right'>{count}</td></tr>"
        for index, (a, b, count) in enumerate(report.capability_pairs, start=1)
    ] or ["<tr><td colspan='4' class='muted'>No meetings yet.</td></tr>"]
    out.append(grid_table(["#", "Capability", "Capability", "Meetings"], [6, 42, 42, 10], rows))
    if report.no_show_by:
        out.append("<h3>No-shows</h3>")
        rows = [
            f"<tr><td>{esc(name)}</td><td align='right'>{count}</td></tr>"
            for name, count in report.no_show_by.most_common(15)
        ]
        out.append(grid_table(["Participant", "Missed meetings"], [80, 20], rows))
    if report.without_meetings:
        out.append("<h3>Participants without meetings</h3>")
        out.append(f"<p>{esc(', '.join(report.without_meetings))}</p>")
    return "".join(out)


def report_document(data: EventData, *, generated: datetime | None = None) -> FlowDocument:
    report = build_report(data)
    images = {
        "chart:status": QImage.fromData(status_chart(report)),
        "chart:outcomes": QImage.fromData(outcome_chart(report)),
        "chart:countries": QImage.fromData(country_chart(report)),
    }
    stamp = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    return FlowDocument(
        title=f"{data.name}: event report",
        parts=[lambda width: report_html(data, report, width)],
        footer=f"{data.name} · report of {stamp}",
        css=CSS,
        images=images,
    )
