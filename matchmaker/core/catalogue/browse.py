"""Finding partners in an opened catalogue: search text, country and capability filters, lookups by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process

from ..errors import NotFound
from ..text import fold
from .document import Catalogue, CatalogueOrganisation


def search_text(org: CatalogueOrganisation, catalogue: Catalogue) -> str:
    """Everything a free-text search looks at, folded (case and accents ignored)."""
    parts = [org.name, org.city or "", org.country, org.description, *org.clusters]
    parts += [catalogue.capability_label(code) for code in org.capabilities]
    for opp in org.offers + org.requests:
        parts += [opp.title, opp.text]
    return fold(" ".join(parts))


def descendant_codes(catalogue: Catalogue, code: str) -> set[str]:
    """``code`` and every capability below it in the catalogue's tree."""
    children: dict[str, list[str]] = {}
    for cap in catalogue.capabilities:
        if cap.parent is not None:
            children.setdefault(cap.parent, []).append(cap.code)
    found, todo = set(), [code]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(children.get(current, []))
    return found


def all_codes(org: CatalogueOrganisation) -> set[str]:
    """The organisation's capabilities and those of its offers and requests."""
    codes = set(org.capabilities)
    for opp in org.offers + org.requests:
        codes.update(opp.capabilities)
    return codes


@dataclass
class PartnerFilter:
    """A search over a catalogue's organisations; empty fields do not filter."""

    catalogue: Catalogue
    text: str = ""
    country: str = ""
    capability: str = ""
    exclude: set[int] = field(default_factory=set)
    _index: dict[int, str] = field(default_factory=dict, repr=False)

    @cached_property
    def _wanted_codes(self) -> set[str]:
        return descendant_codes(self.catalogue, self.capability) if self.capability else set()

    def accepts(self, org: CatalogueOrganisation) -> bool:
        if org.id in self.exclude:
            return False
        if self.country and org.country != self.country:
            return False
        if self.capability and not (all_codes(org) & self._wanted_codes):
            return False
        if self.text:
            haystack = self._index.get(org.id)
            if haystack is None:
                haystack = self._index[org.id] = search_text(org, self.catalogue)
            return all(word in haystack for word in fold(self.text).split())
        return True

    def results(self) -> list[CatalogueOrganisation]:
        return [org for org in self.catalogue.organisations if self.accepts(org)]


def countries(catalogue: Catalogue) -> list[str]:
    return sorted({org.country for org in catalogue.organisations})


def find_organisation(catalogue: Catalogue, ref: str) -> CatalogueOrganisation:
    """The organisation whose id is ``ref`` or whose name matches it; NotFound suggests close names."""
    ref = ref.strip()
    if ref.isdigit():
        found = catalogue.organisation(int(ref))
        if found is not None:
            return found
    wanted = fold(ref)
    exact = [org for org in catalogue.organisations if fold(org.name) == wanted]
    if len(exact) == 1:
        return exact[0]
    if exact:
        ids = ", ".join(str(org.id) for org in exact)
        raise NotFound(f"Several organisations in the catalogue are named '{ref}'; use the id: {ids}")
    choices = {org.id: fold(org.name) for org in catalogue.organisations}
    close = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    hint = ", ".join(f"'{catalogue.organisation(key).name}' (id {key})" for _, _, key in close)  # type: ignore[union-attr]
    raise NotFound(f"No organisation '{ref}' in the catalogue" + (f". Did you mean {hint}?" if hint else ""))
