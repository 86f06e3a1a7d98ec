"""Partner suggestions inside a catalogue, offline: the shared matcher (core.matching) on catalogue profiles."""

from __future__ import annotations

from collections.abc import Collection

from ..matching import MatchIndex, OrgProfile, ProfileItem, Suggestion
from ..taxonomy import TaxonomyGraph
from .document import Catalogue, CatalogueOpportunity, CatalogueOrganisation


def profile_of(org: CatalogueOrganisation, known: Collection[str] | None = None) -> OrgProfile:
    """The matcher's profile of a catalogue organisation (capability codes the taxonomy lacks are dropped)."""

    def codes(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(code for code in values if known is None or code in known)

    def item(opp: CatalogueOpportunity) -> ProfileItem:
        return ProfileItem(opp.title, opp.text, codes(opp.capabilities))

    return OrgProfile(
        id=org.id,
        name=org.name,
        country=org.country,
        org_type=org.org_type,
        size=org.size_band,
        capabilities=codes(org.capabilities),
        offers=tuple(item(o) for o in org.offers),
        requests=tuple(item(o) for o in org.requests),
        description=org.description,
        clusters=org.clusters,
    )


class CatalogueMatcher:
    """A match index over one catalogue's organisations, built once and asked many times."""

    def __init__(self, catalogue: Catalogue, graph: TaxonomyGraph | None = None) -> None:
        self.catalogue = catalogue
        graph = graph or TaxonomyGraph.from_file()
        known = {node.code for node in graph}
        self.index = MatchIndex.build((profile_of(org, known) for org in catalogue.organisations), graph)

    def suggest(
        self, org_id: int, *, top: int = 25, exclude: Collection[int] = (), include_same_country: bool = False
    ) -> list[Suggestion]:
        """The best partners for ``org_id`` in this catalogue, with score (0-100) and reasons."""
        if org_id not in self.index:
            return []
        found = self.index.suggest(org_id, top=top, exclude=exclude, include_same_country=include_same_country)
        # A suggestion is shown with its reasons; a bare score with nothing to say is noise.
        return [suggestion for suggestion in found if suggestion.reasons]
