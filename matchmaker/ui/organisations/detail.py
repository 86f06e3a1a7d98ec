"""The detail panel's HTML for one organisation profile."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from matchmaker.core.countries import country_name
from matchmaker.core.model import OpportunityKind
from matchmaker.core.organisations import ProfileData

from .data import Lookups
from .model import SIZE_TITLES, TYPE_TITLES


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _text(key: str) -> str:
    """Texts used inside f-strings, listed here as plain tr() calls so lupdate finds them."""
    return {
        "Capabilities": tr("Capabilities"),
        "Clusters": tr("Clusters"),
        "Contacts": tr("Contacts"),
        "Illustrative demo data.": tr("Illustrative demo data."),
        "Internal notes": tr("Internal notes"),
        "Tags": tr("Tags"),
        "may be published": tr("may be published"),
        "no consent: never published": tr("no consent: never published"),
        "none": tr("none"),
    }[key]


def _colours() -> tuple[str, str, str]:
    """(muted text, chip background, chip text) readable on the current palette (light or dark)."""
    app = QGuiApplication.instance()
    dark = isinstance(app, QGuiApplication) and app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return ("#a0a4aa", "#2c4a73", "#e3ecfa") if dark else ("#6b6b6b", "#e3ecfa", "#1d3f73")


def _chips(names: list[str]) -> str:
    muted, background, text = _colours()
    if not names:
        return f"<span style='color:{muted}'>{escape(_text('none'))}</span>"
    return " ".join(
        f"<span style='background-color:{background}; color:{text}'>&nbsp;{escape(n)}&nbsp;</span>" for n in names
    )


def profile_html(p: ProfileData, lookups: Lookups) -> str:
    """A readable summary: facts, clusters, capabilities, offers and requests, contacts and consent."""
    muted = _colours()[0]
    facts = [f"{escape(country_name(p.country, lookups.language))} ({p.country})"]
    if p.city:
        facts.append(escape(p.city))
    facts.append(escape(tr(TYPE_TITLES.get(p.org_type.value, p.org_type.value))))
    if p.size_band:
        facts.append(escape(tr(SIZE_TITLES[p.size_band.value])))
    if p.founded_year:
        facts.append(tr("founded %s") % p.founded_year)
    parts = [f"<h2 style='margin-bottom:2px'>{escape(p.name)}</h2>", f"<p style='margin-top:0'>{' · '.join(facts)}"]
    if p.website:
        url = p.website if "://" in p.website else f"https://{p.website}"
        parts.append(f"<br><a href='{escape(url)}'>{escape(p.website)}</a>")
    parts.append("</p>")
    if p.is_illustrative:
        parts.append(f"<p style='color:#8a6d00'><i>{escape(_text('Illustrative demo data.'))}</i></p>")
    if p.description:
        parts.append(f"<p>{escape(p.description)}</p>")
    clusters = sorted(lookups.clusters.get(m.cluster_id, "?") for m in p.memberships)
    parts.append(f"<h4>{escape(_text('Clusters'))}</h4><p>{_chips(clusters)}</p>")
    capabilities = sorted(lookups.capabilities.get(i, "?") for i in p.capability_ids)
    parts.append(f"<h4>{escape(_text('Capabilities'))}</h4><p>{_chips(capabilities)}</p>")
    if p.tag_names:
        parts.append(f"<h4>{escape(_text('Tags'))}</h4><p>{_chips(list(p.tag_names))}</p>")
    for kind, title in ((OpportunityKind.OFFER, tr("Offers")), (OpportunityKind.REQUEST, tr("Requests"))):
        items = [o for o in p.opportunities if o.kind == kind]
        parts.append(f"<h4>{escape(title)} ({len(items)})</h4>")
        if not items:
            parts.append(f"<p style='color:{muted}'>{escape(_text('none'))}</p>")
        else:
            parts.append("<ul style='margin-left:-20px'>")
            for o in items:
                targets = f" <i>→ {escape(', '.join(o.target_countries))}</i>" if o.target_countries else ""
                text = f"<br><span style='color:{muted}'>{escape(o.text)}</span>" if o.text else ""
                parts.append(f"<li><b>{escape(o.title)}</b>{targets}{text}</li>")
            parts.append("</ul>")
    parts.append(f"<h4>{escape(_text('Contacts'))} ({len(p.contacts)})</h4>")
    for c in p.contacts:
        consent = (
            f"<span style='color:#43a047'>✔ {escape(_text('may be published'))}</span>"
            if c.consent_to_publish
            else f"<span style='color:#e53935'>✘ {escape(_text('no consent: never published'))}</span>"
        )
        who = f"<b>{escape(c.name)}</b>" + (f", {escape(c.role)}" if c.role else "")
        mail = f"<br><a href='mailto:{escape(c.email)}'>{escape(c.email)}</a>" if c.email else ""
        phone = f"<br>{escape(c.phone)}" if c.phone else ""
        parts.append(f"<p style='margin-top:0'>{who}{mail}{phone}<br>{consent}</p>")
    if p.notes:
        parts.append(f"<h4>{escape(_text('Internal notes'))}</h4><p style='color:{muted}'>{escape(p.notes)}</p>")
    return "".join(parts)
