"""The capability taxonomy: the shipped file, syncing it into a database, and graph helpers.

The file (``resources/taxonomy.json``) holds a flat list of nodes with stable dotted
codes; a node's parent is its code without the last part (``av.post.vfx`` ->
``av.post``). Every node has labels and synonyms in English, Lithuanian and Polish,
and optionally a NACE Rev. 2 code and a European Cluster Collaboration Platform
ecosystem. :func:`sync_taxonomy` upserts it by code and never touches nodes users
added themselves (``is_custom``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .errors import NotFound, ValidationFailed
from .model import AppMeta, Capability
from .paths import shipped_dir
from .text import clean_text, fold

TAXONOMY_FILE = "taxonomy.json"
FILE_FORMAT = "matchmaker-taxonomy"
#: AppMeta key holding the version (and content hash) of the taxonomy last synced.
META_KEY = "taxonomy_version"
REQUIRED_LANGUAGES = ("en", "lt", "pl")
CUSTOM_ROOT = "custom"

_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$")
_NACE = re.compile(r"^\d{2}(\.\d{1,2})?$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_MAX_PROBLEMS = 8


@dataclass(frozen=True)
class TaxonomyNode:
    """One capability, from the file or from the database (then ``id`` is set)."""

    code: str
    parent_code: str | None
    labels: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]
    nace_code: str | None = None
    eccp_ecosystem: str | None = None
    sort_order: int = 0
    is_custom: bool = False
    id: int | None = None

    def label(self, language: str = "en") -> str:
        """The label in ``language``, falling back to English, then the code."""
        return self.labels.get(language) or self.labels.get("en") or self.code

    def terms(self) -> list[str]:
        """Code, labels and synonyms in every language (for matching and search)."""
        words = [self.code, *self.labels.values()]
        for group in self.synonyms.values():
            words.extend(group)
        return words


@dataclass(frozen=True)
class Taxonomy:
    """A parsed taxonomy file."""

    version: str
    checksum: str
    nodes: tuple[TaxonomyNode, ...]
    source: str = ""

    @property
    def stamp(self) -> str:
        """What is recorded in AppMeta: the declared version and a hash of the content."""
        return f"{self.version}+{self.checksum[:12]}"


def parent_code_of(code: str) -> str | None:
    """``av.post.vfx`` -> ``av.post``; a root's parent is None."""
    head, dot, _ = code.rpartition(".")
    return head if dot else None


def taxonomy_path() -> Path:
    """The shipped taxonomy file."""
    return shipped_dir("resources") / TAXONOMY_FILE


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (default: the shipped one); raises ValidationFailed."""
    if path is None:
        return _shipped_taxonomy(taxonomy_path())
    return _read_taxonomy(path)


@cache
def _shipped_taxonomy(path: Path) -> Taxonomy:
    return _read_taxonomy(path)


def _read_taxonomy(path: Path) -> Taxonomy:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(f"Cannot read the taxonomy file {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationFailed(f"{path}: the taxonomy file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
    return parse_taxonomy(data, source=str(path), checksum=hashlib.sha256(raw).hexdigest())


def parse_taxonomy(data: Any, *, source: str = "taxonomy", checksum: str | None = None) -> Taxonomy:
    """Validate the decoded JSON of a taxonomy file; every problem names the node and field."""
    if not isinstance(data, dict):
        raise ValidationFailed(f"{source}: expected a JSON object with 'version' and 'nodes'")
    if data.get("format", FILE_FORMAT) != FILE_FORMAT:
        raise ValidationFailed(f"{source}: 'format' must be '{FILE_FORMAT}'")
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValidationFailed(f"{source}: 'version' must be a non-empty string")
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        raise ValidationFailed(f"{source}: 'nodes' must be a non-empty list")
    problems: list[str] = []
    nodes: list[TaxonomyNode] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_nodes, start=1):
        where = f"node {index}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: expected an object")
            continue
        code = raw.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            problems.append(f"{where}: 'code' must be lower-case dotted words like 'av.post.vfx' (got {code!r})")
            continue
        where = f"node {index} ({code})"
        if code in seen:
            problems.append(f"{where}: duplicate code")
            continue
        seen.add(code)
        node = _parse_node(raw, code, index, where, problems)
        if node is not None:
            nodes.append(node)
    for node in nodes:
        if node.parent_code is not None and node.parent_code not in seen:
            problems.append(f"node {node.code}: parent '{node.parent_code}' is not in the file")
    if problems:
        shown = "; ".join(problems[:_MAX_PROBLEMS])
        more = f" (and {len(problems) - _MAX_PROBLEMS} more)" if len(problems) > _MAX_PROBLEMS else ""
        raise ValidationFailed(f"{source}: invalid taxonomy: {shown}{more}")
    digest = checksum or hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    return Taxonomy(version=version.strip(), checksum=digest, nodes=tuple(nodes), source=source)


def _parse_node(raw: dict[str, Any], code: str, index: int, where: str, problems: list[str]) -> TaxonomyNode | None:
    labels = raw.get("labels")
    if not isinstance(labels, dict):
        problems.append(f"{where}: 'labels' must be an object like {{'en': ..., 'lt': ..., 'pl': ...}}")
        return None
    missing = [lang for lang in REQUIRED_LANGUAGES if not isinstance(labels.get(lang), str) or not labels[lang].strip()]
    if missing:
        problems.append(f"{where}: missing label in {', '.join(missing)}")
        return None
    synonyms = raw.get("synonyms", {})
    if not isinstance(synonyms, dict):
        problems.append(f"{where}: 'synonyms' must be an object of lists per language")
        return None
    parsed_synonyms: dict[str, tuple[str, ...]] = {}
    for language, words in synonyms.items():
        if not _LANGUAGE.match(str(language)):
            problems.append(f"{where}: synonyms language '{language}' is not a two-letter code")
            return None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{where}: synonyms['{language}'] must be a list of non-empty strings")
            return None
        parsed_synonyms[language] = tuple(clean_text(w) for w in words)
    nace = raw.get("nace")
    if nace is not None and (not isinstance(nace, str) or not _NACE.match(nace)):
        problems.append(f"{where}: 'nace' must be a NACE Rev. 2 code like '59.12' (got {nace!r})")
        return None
    eccp = raw.get("eccp")
    if eccp is not None and (not isinstance(eccp, str) or not eccp.strip()):
        problems.append(f"{where}: 'eccp' must be a non-empty string")
        return None
    return TaxonomyNode(
        code=code,
        parent_code=parent_code_of(code),
        labels={str(k): clean_text(v) for k, v in labels.items() if isinstance(v, str)},
        synonyms=parsed_synonyms,
        nace_code=nace,
        eccp_ecosystem=eccp,
        sort_order=index,
    )


# --------------------------------------------------------------------------- syncing


@dataclass
class SyncReport:
    """What :func:`sync_taxonomy` did."""

    version: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: list[str] = field(default_factory=list)  # shipped before, no longer in the file; kept
    custom_conflicts: list[str] = field(default_factory=list)  # shipped codes a user had taken


def sync_taxonomy(session: Session, taxonomy: Taxonomy | None = None) -> SyncReport:
    """Upsert the taxonomy by code into ``session`` (not committed) and record its stamp in AppMeta.

    Custom nodes are left alone; shipped nodes no longer in the file are kept (they
    may be referenced) and reported as retired.
    """
    taxonomy = taxonomy or load_taxonomy()
    report = SyncReport(version=taxonomy.stamp)
    existing = {cap.code: cap for cap in session.scalars(select(Capability))}
    # Level by level, flushing in between, so every parent id is known when its children are written.
    levels: dict[int, list[TaxonomyNode]] = {}
    for node in taxonomy.nodes:
        levels.setdefault(node.code.count("."), []).append(node)
    for depth in sorted(levels):
        _sync_level(session, levels[depth], existing, report)
        session.flush()
    shipped = {node.code for node in taxonomy.nodes}
    report.retired = sorted(code for code, cap in existing.items() if not cap.is_custom and code not in shipped)
    meta = session.get(AppMeta, META_KEY)
    if meta is None:
        session.add(AppMeta(key=META_KEY, value=taxonomy.stamp))
    else:
        meta.value = taxonomy.stamp
    session.flush()
    return report


def _sync_level(
    session: Session, nodes: list[TaxonomyNode], existing: dict[str, Capability], report: SyncReport
) -> None:
    for node in nodes:
        parent = existing.get(node.parent_code) if node.parent_code else None
        values: dict[str, Any] = {
            "parent_id": parent.id if parent is not None else None,
            "labels": dict(node.labels),
            "synonyms": {lang: list(words) for lang, words in node.synonyms.items()},
            "nace_code": node.nace_code,
            "eccp_ecosystem": node.eccp_ecosystem,
            "sort_order": node.sort_order,
        }
        cap = existing.get(node.code)
        if cap is None:
            cap = Capability(code=node.code, is_custom=False, **values)
            session.add(cap)
            existing[node.code] = cap
            report.added += 1
        elif cap.is_custom:
            report.custom_conflicts.append(node.code)
        elif any(getattr(cap, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(cap, key, value)
            report.updated += 1
        else:
            report.unchanged += 1


def synced_stamp(connection: Connection) -> str | None:
    """The taxonomy stamp recorded in the database, or None."""
    value = connection.execute(select(AppMeta.value).where(AppMeta.key == META_KEY)).scalar_one_or_none()
    return str(value) if value is not None else None


def ensure_taxonomy(session: Session, taxonomy: Taxonomy | None = None) -> SyncReport | None:
    """Sync and commit the shipped taxonomy unless the database already has this version.

    Cheap when nothing changed (one small query). Returns None when nothing was done.
    Two clients starting at once on a team database may race; the loser's insert fails
    on the unique code, and since the winner wrote the same data, it is ignored.
    """
    taxonomy = taxonomy or load_taxonomy()
    if synced_stamp(session.connection()) == taxonomy.stamp:
        session.rollback()
        return None
    try:
        report = sync_taxonomy(session, taxonomy)
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return report


# --------------------------------------------------------------------------- custom nodes


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "node"


def add_custom_node(
    session: Session,
    label: str,
    *,
    parent: str | None = None,
    labels: Mapping[str, str] | None = None,
    synonyms: Mapping[str, Iterable[str]] | None = None,
    code: str | None = None,
) -> Capability:
    """Add a user's own capability under ``parent`` (a code; default: the ``custom`` root).

    The code defaults to the parent's code plus a slug of the English label. Raises
    ValidationFailed for an empty label, an unknown parent or a taken code.
    """
    label = clean_text(label)
    if not label:
        raise ValidationFailed("A capability needs a label")
    parent_code = parent or CUSTOM_ROOT
    parent_row = session.scalars(select(Capability).where(Capability.code == parent_code)).one_or_none()
    if parent_row is None and parent is not None:
        raise NotFound(f"No capability with the code '{parent}'")
    if parent_row is None:
        parent_row = Capability(
            code=CUSTOM_ROOT,
            labels={
                "en": "Other (added by users)",
                "lt": "Kita (pridėta naudotojų)",
                "pl": "Inne (dodane przez użytkowników)",
            },
            synonyms={},
            is_custom=True,
            sort_order=10_000,
        )
        session.add(parent_row)
        session.flush()
    new_code = code or f"{parent_row.code}.{_slug(label)}"
    if not _CODE.match(new_code):
        raise ValidationFailed(f"'{new_code}' is not a valid capability code (lower-case dotted words)")
    if session.scalars(select(Capability.id).where(Capability.code == new_code)).first() is not None:
        raise ValidationFailed(f"The capability code '{new_code}' is already taken")
    all_labels = {"en": label, **{k: clean_text(v) for k, v in (labels or {}).items() if clean_text(v)}}
    cap = Capability(
        code=new_code,
        parent_id=parent_row.id,
        labels=all_labels,
        synonyms={lang: [clean_text(w) for w in words if clean_text(w)] for lang, words in (synonyms or {}).items()},
        is_custom=True,
        sort_order=10_000,
    )
    session.add(cap)
    session.flush()
    return cap


# --------------------------------------------------------------------------- graph


class TaxonomyGraph:
    """Parent/child navigation over taxonomy nodes, built from the file or from database rows.

    Every lookup accepts a code (``'av.post'``) or, for graphs built from a database, an id.
    """

    def __init__(self, nodes: Iterable[TaxonomyNode]) -> None:
        self._by_code: dict[str, TaxonomyNode] = {}
        self._by_id: dict[int, TaxonomyNode] = {}
        for node in nodes:
            self._by_code[node.code] = node
            if node.id is not None:
                self._by_id[node.id] = node
        self._children: dict[str | None, list[TaxonomyNode]] = {}
        for node in self._by_code.values():
            parent = node.parent_code if node.parent_code in self._by_code else None
            self._children.setdefault(parent, []).append(node)
        for group in self._children.values():
            group.sort(key=lambda n: (n.sort_order, n.code))

    @classmethod
    def from_file(cls, path: Path | None = None) -> TaxonomyGraph:
        """The graph of a taxonomy file (default: the shipped one); no database needed."""
        return cls(load_taxonomy(path).nodes)

    @classmethod
    def from_capabilities(cls, capabilities: Iterable[Capability]) -> TaxonomyGraph:
        """The graph of Capability rows (parent links come from ``parent_id``)."""
        rows = list(capabilities)
        code_of = {cap.id: cap.code for cap in rows}
        return cls(
            TaxonomyNode(
                code=cap.code,
                parent_code=code_of.get(cap.parent_id) if cap.parent_id is not None else None,
                labels={str(k): str(v) for k, v in (cap.labels or {}).items()},
                synonyms={str(k): tuple(str(w) for w in v or ()) for k, v in (cap.synonyms or {}).items()},
                nace_code=cap.nace_code,
                eccp_ecosystem=cap.eccp_ecosystem,
                sort_order=cap.sort_order,
                is_custom=cap.is_custom,
                id=cap.id,
            )
            for cap in rows
        )

    @classmethod
    def from_session(cls, session: Session) -> TaxonomyGraph:
        """The graph of the capabilities in a database."""
        return cls.from_capabilities(session.scalars(select(Capability)))

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, ref: object) -> bool:
        return (isinstance(ref, str) and ref in self._by_code) or (isinstance(ref, int) and ref in self._by_id)

    def __iter__(self) -> Any:
        return iter(self.walk())

    def node(self, ref: str | int) -> TaxonomyNode:
        """The node with this code or id; raises NotFound."""
        found = self._by_id.get(ref) if isinstance(ref, int) else self._by_code.get(ref)
        if found is None:
            raise NotFound(f"No capability '{ref}' in the taxonomy")
        return found

    def get(self, ref: str | int) -> TaxonomyNode | None:
        return self._by_id.get(ref) if isinstance(ref, int) else self._by_code.get(ref)

    def roots(self) -> list[TaxonomyNode]:
        return list(self._children.get(None, []))

    def parent(self, ref: str | int) -> TaxonomyNode | None:
        node = self.node(ref)
        return self._by_code.get(node.parent_code) if node.parent_code else None

    def children(self, ref: str | int) -> list[TaxonomyNode]:
        return list(self._children.get(self.node(ref).code, []))

    def ancestors(self, ref: str | int) -> list[TaxonomyNode]:
        """Parent, grandparent, ... up to the root (nearest first)."""
        result: list[TaxonomyNode] = []
        current = self.parent(ref)
        while current is not None:
            result.append(current)
            current = self.parent(current.code)
        return result

    def descendants(self, ref: str | int) -> list[TaxonomyNode]:
        """Every node below, depth first."""
        result: list[TaxonomyNode] = []
        stack = list(reversed(self.children(ref)))
        while stack:
            node = stack.pop()
            result.append(node)
            stack.extend(reversed(self._children.get(node.code, [])))
        return result

    def siblings(self, ref: str | int) -> list[TaxonomyNode]:
        """Nodes with the same parent, without the node itself."""
        node = self.node(ref)
        parent = node.parent_code if node.parent_code in self._by_code else None
        return [n for n in self._children.get(parent, []) if n.code != node.code]

    def depth(self, ref: str | int) -> int:
        """0 for a root."""
        return len(self.ancestors(ref))

    def root_of(self, ref: str | int) -> TaxonomyNode:
        chain = self.ancestors(ref)
        return chain[-1] if chain else self.node(ref)

    def walk(self) -> list[TaxonomyNode]:
        """All nodes, parents before their children, in the file's order."""
        result: list[TaxonomyNode] = []
        for root in self.roots():
            result.append(root)
            result.extend(self.descendants(root.code))
        return result

    def distance(self, a: str | int, b: str | int) -> int | None:
        """Tree edges between two nodes (0 if equal), None if in different trees."""
        first, second = self.node(a), self.node(b)
        up_a = {first.code: 0} | {n.code: i + 1 for i, n in enumerate(self.ancestors(first.code))}
        for steps, node in enumerate([second, *self.ancestors(second.code)]):
            if node.code in up_a:
                return up_a[node.code] + steps
        return None
