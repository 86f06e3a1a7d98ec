"""Small profile builders for the matching tests."""

from __future__ import annotations

from matchmaker.core.matching import OrgProfile, ProfileItem


def item(title: str, text: str = "", *codes: str) -> ProfileItem:
    return ProfileItem(title=title, text=text, capabilities=tuple(codes))


def org(
    org_id: int,
    country: str = "PL",
    *,
    offers: tuple[ProfileItem, ...] = (),
    requests: tuple[ProfileItem, ...] = (),
    capabilities: tuple[str, ...] = (),
    org_type: str = "company",
    description: str = "",
    name: str | None = None,
) -> OrgProfile:
    return OrgProfile(
        id=org_id,
        name=name or f"Org {org_id}",
        country=country,
        org_type=org_type,
        capabilities=capabilities,
        offers=offers,
        requests=requests,
        description=description,
    )


def filler(start: int, count: int) -> list[OrgProfile]:
    """Unrelated organisations in many fields, so IDF and rankings are not trivial."""
    topics = [
        ("Mobile games for kids", "Casual mobile games and HTML5 games", "games.mobile"),
        ("Legal services", "Copyright, licensing and contracts for media", "services.legal"),
        ("Drone photography", "Aerial photography and product photography", "av.photo"),
        ("ERP implementation", "Microsoft Dynamics and SAP integration", "digital.software.enterprise"),
        ("Trade fairs", "Organising conferences and trade fairs", "services.events"),
        ("Embedded firmware", "Firmware for microcontrollers and PLC", "digital.iot.embedded"),
        ("Book publishing", "Publishing of books, e-books and audiobooks", "av.publishing"),
    ]
    countries = ["DK", "NO", "SE", "FI", "EE", "LV", "DE"]
    result = []
    for n in range(count):
        title, text, code = topics[n % len(topics)]
        result.append(org(start + n, countries[n % len(countries)], offers=(item(title, text, code),)))
    return result
