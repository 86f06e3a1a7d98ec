"""Partner suggestions: who should meet whom, with a score and the reasons.

Pure core (no Qt, no ORM rows inside the matcher): profiles come from a database
(:func:`profiles_from_session`) or from dictionaries such as a catalogue file
(:meth:`OrgProfile.from_dict`). :class:`MatchIndex` ranks; :mod:`.service` applies
the database rules (exclusions, event mode) and proposes meeting requests.
"""

from .concepts import ConceptModel
from .explain import MatchedItem, Suggestion
from .index import MatchIndex, Signals, Weights
from .profile import OrgProfile, ProfileItem, profiles_from_dicts, profiles_from_session
from .service import (
    ProposalReport,
    ProposedRequest,
    build_index,
    build_index_job,
    event_participants,
    exclusions,
    patch_index,
    pending_suggested_requests,
    propose_requests,
    suggest_partners,
)

__all__ = [
    "ConceptModel",
    "MatchIndex",
    "MatchedItem",
    "OrgProfile",
    "ProfileItem",
    "ProposalReport",
    "ProposedRequest",
    "Signals",
    "Suggestion",
    "Weights",
    "build_index",
    "build_index_job",
    "event_participants",
    "exclusions",
    "patch_index",
    "pending_suggested_requests",
    "profiles_from_dicts",
    "profiles_from_session",
    "propose_requests",
    "suggest_partners",
]
