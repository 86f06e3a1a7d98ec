"""Resolve capability references (code, label or synonym in any language) to taxonomy nodes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .model import Capability
from .text import clean_text, fold


@dataclass
class CapabilityResolver:
    """A case- and accent-insensitive lookup built once from the capabilities in a session."""

    by_key: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> CapabilityResolver:
        return cls.from_capabilities(session.scalars(select(Capability)))

    @classmethod
    def from_capabilities(cls, capabilities: Iterable[Capability]) -> CapabilityResolver:
        by_key: dict[str, int] = {}
        weaker: dict[str, int] = {}
        for cap in capabilities:
            by_key[fold(cap.code)] = cap.id
            for label in (cap.labels or {}).values():
                if label:
                    by_key.setdefault(fold(clean_text(label)), cap.id)
            for words in (cap.synonyms or {}).values():
                for word in words or []:
                    weaker.setdefault(fold(clean_text(word)), cap.id)
        # Codes and labels win over synonyms when both claim the same text.
        for key, cap_id in weaker.items():
            by_key.setdefault(key, cap_id)
        return cls(by_key)

    def resolve(self, text: str) -> int | None:
        """The capability id for ``text``, or None."""
        return self.by_key.get(fold(clean_text(text)))
