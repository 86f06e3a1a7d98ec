"""Small helpers to build the HTML that QTextDocument lays out. All user text goes through :func:`esc`."""

from __future__ import annotations

import html
from datetime import date, datetime

from matchmaker.core.documents import EventData

CSS = """
body { color: #1a1a1a; }
h1 { font-size: 15pt; font-weight: 700; margin: 0 0 2pt 0; color: #1f3b57; }
h2 { font-size: 12pt; font-weight: 700; margin: 8pt 0 2pt 0; }
h3 { font-size: 10.5pt; font-weight: 700; margin: 10pt 0 3pt 0; color: #1f3b57; }
p { margin: 0 0 2pt 0; }
.meta { color: #555555; font-size: 8.5pt; }
.small { font-size: 8pt; color: #444444; }
.muted { color: #777777; }
.big { font-size: 30pt; font-weight: 700; color: #1f3b57; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #1f3b57; color: #ffffff; font-weight: 700; font-size: 8.5pt; text-align: left; }
table.grid td { border: 0.5px solid #b8b8b8; vertical-align: top; }
tr.break td { background-color: #ececec; color: #555555; }
tr.session td { background-color: #dfe7ef; font-weight: 700; color: #1f3b57; }
td.time { white-space: nowrap; font-weight: 700; }
td.notes { }
"""


def esc(value: object) -> str:
    """User text as HTML text: no markup survives, line breaks become <br>."""
    return html.escape(str(value or ""), quote=True).replace("\n", "<br>")


def day_title(day: date) -> str:
    """'Wednesday 10 October 2018'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def time_range(start: datetime, end: datetime) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def event_header(data: EventData, subtitle: str = "") -> str:
    """The event name, venue, dates and time zone, as the top of a page."""
    first = data.slots[0].starts_at if data.slots else None
    zone = f"times in {data.timezone} ({data.zone_abbreviation(first)})" if first else f"times in {data.timezone}"
    meta = " · ".join(part for part in (data.place_text, data.dates_text, zone) if part)
    out = f"<h1>{esc(data.name)}</h1><p class='meta'>{esc(meta)}</p>"
    if subtitle:
        out += f"<h2>{subtitle}</h2>"
    return out


def grid_table(headers: list[str], widths: list[int], rows: list[str], *, padding: int = 4) -> str:
    """A bordered table; ``rows`` are ready '<tr>...</tr>' strings, headers repeat on every page."""
    head = "".join(f"<th width='{w}%'>{esc(h)}</th>" for h, w in zip(headers, widths, strict=True))
    return (
        f"<table class='grid' width='100%' cellspacing='0' cellpadding='{padding}'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
