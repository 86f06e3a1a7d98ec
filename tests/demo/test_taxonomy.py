from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from matchmaker.core.capabilities import CapabilityResolver
from matchmaker.core.errors import NotFound, ValidationFailed
from matchmaker.core.model import AppMeta, Capability
from matchmaker.core.taxonomy import (
    META_KEY,
    REQUIRED_LANGUAGES,
    TaxonomyGraph,
    add_custom_node,
    ensure_taxonomy,
    load_taxonomy,
    parse_taxonomy,
    sync_taxonomy,
    taxonomy_path,
)
from matchmaker.db import Database, open_database


def test_shipped_file_is_valid_and_complete() -> None:
    raw = json.loads(taxonomy_path().read_text(encoding="utf-8"))
    codes = [node["code"] for node in raw["nodes"]]
    assert len(codes) == len(set(codes)), "codes are unique"
    for node in raw["nodes"]:
        for language in REQUIRED_LANGUAGES:
            assert node["labels"][language].strip(), (node["code"], language)
            assert node["synonyms"].get(language), f"{node['code']} has synonyms in {language}"
        parent = node["code"].rpartition(".")[0]
        assert not parent or parent in codes, f"parent of {node['code']} exists"
    taxonomy = load_taxonomy()
    assert len(taxonomy.nodes) == len(codes)
    # The areas the product is about.
    for code in ["av.film", "av.services.locations", "av.post.vfx", "av.animation.2d", "av.animation.3d",
                 "av.sound", "av.design", "av.advertising", "av.publishing", "games", "xr.vr", "xr.ar",
                 "digital.cloud", "digital.datacentre", "digital.ai", "digital.blockchain", "digital.security",
                 "digital.software.outsourcing", "digital.ecommerce", "digital.fintech", "digital.telecom",
                 "digital.iot", "services.consulting", "services.export", "services.education",
                 "services.research", "services.funding", "services.partnering"]:  # fmt: skip
        assert code in codes, code
    by_code = {node.code: node for node in taxonomy.nodes}
    assert by_code["av.post"].nace_code == "59.12"
    assert by_code["digital.cloud"].eccp_ecosystem == "Digital"


def test_synonyms_in_three_languages_resolve_to_the_right_node() -> None:
    graph = TaxonomyGraph.from_file()
    caps = [
        Capability(id=i, code=n.code, labels=dict(n.labels), synonyms={k: list(v) for k, v in n.synonyms.items()})
        for i, n in enumerate(graph.walk(), start=1)
    ]
    resolver = CapabilityResolver.from_capabilities(caps)
    code_of = {cap.id: cap.code for cap in caps}
    for text, code in [
        ("colour grading", "av.post.colour"), ("Colour correction", "av.post.colour"), ("VFX", "av.post.vfx"),
        ("montažas", "av.post.editing"), ("postprodukcja", "av.post"), ("cloud hosting", "digital.cloud"),
        ("IaaS", "digital.cloud.iaas"), ("debesų kompiuterija", "digital.cloud"),
        ("chmura obliczeniowa", "digital.cloud"), ("virtual reality", "xr.vr"),
        ("outsourcing", "digital.software.outsourcing"),
        ("animacja 3D", "av.animation.3d"), ("dirbtinis intelektas", "digital.ai"),
    ]:  # fmt: skip
        found = resolver.resolve(text)
        assert found is not None and code_of[found] == code, text


def test_graph_navigation_from_the_file() -> None:
    graph = TaxonomyGraph.from_file()
    assert graph.parent("av.post.vfx").code == "av.post"  # type: ignore[union-attr]
    assert [n.code for n in graph.ancestors("av.post.vfx")] == ["av.post", "av"]
    assert "av.post.colour" in [n.code for n in graph.siblings("av.post.vfx")]
    assert "av.post.vfx" not in [n.code for n in graph.siblings("av.post.vfx")]
    assert {n.code for n in graph.children("xr")} >= {"xr.vr", "xr.ar"}
    assert graph.root_of("digital.cloud.iaas").code == "digital"
    assert graph.distance("av.post.vfx", "av.post.colour") == 2
    assert graph.distance("av.post.vfx", "digital.cloud") is None
    assert len(graph.walk()) == len(graph)
    with pytest.raises(NotFound):
        graph.node("no.such.code")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["nodes"].append(dict(d["nodes"][0])), "duplicate code"),
        (lambda d: d["nodes"][1]["labels"].pop("lt"), "missing label in lt"),
        (lambda d: d["nodes"].append({**d["nodes"][0], "code": "ghost.child"}), "parent 'ghost' is not in the file"),
        (lambda d: d["nodes"][0].update(code="Bad Code"), "'code' must be lower-case"),
        (lambda d: d["nodes"][0].update(nace="5912"), "'nace' must be a NACE Rev. 2 code"),
        (lambda d: d.pop("version"), "'version' must be"),
    ],
)
def test_invalid_files_are_refused_with_a_clear_message(change, message: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(taxonomy_path().read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        load_taxonomy(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.json"
    path.write_text('{\n "version": "1",\n "nodes": [,]\n}', encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"line 3"):
        load_taxonomy(path)


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Capability)) or 0)


def test_opening_a_database_loads_the_taxonomy_and_sync_is_idempotent(database: Database) -> None:
    shipped = load_taxonomy()
    assert _count(database) == len(shipped.nodes)
    with database.session() as session:
        assert session.get(AppMeta, META_KEY).value == shipped.stamp  # type: ignore[union-attr]
        assert ensure_taxonomy(session) is None, "unchanged version: nothing to do"
    with database.transaction() as session:
        report = sync_taxonomy(session)
    assert (report.added, report.updated, report.unchanged) == (0, 0, len(shipped.nodes))
    assert _count(database) == len(shipped.nodes)


def test_sync_upgrades_changed_nodes_and_keeps_custom_ones(database: Database) -> None:
    with database.transaction() as session:
        custom = add_custom_node(
            session, "Puppet making", parent="av.animation", labels={"lt": "Lėlių gamyba"}, synonyms={"en": ["puppets"]}
        )
        assert custom.code == "av.animation.puppet-making" and custom.is_custom
        own_root = add_custom_node(session, "Drone light shows")
        assert own_root.code == "custom.drone-light-shows"
        with pytest.raises(ValidationFailed, match="already taken"):
            add_custom_node(session, "Puppet making", parent="av.animation")
        with pytest.raises(NotFound):
            add_custom_node(session, "X", parent="nope")
    data = json.loads(taxonomy_path().read_text(encoding="utf-8"))
    data["version"] = "9999.1"
    vfx = next(n for n in data["nodes"] if n["code"] == "av.post.vfx")
    vfx["labels"]["en"] = "VFX and compositing"
    data["nodes"].append({"code": "av.post.vfx.previs", "labels": {"en": "Previs", "lt": "Previzualizacija",
                          "pl": "Prewizualizacja"}, "synonyms": {"en": ["previsualisation"]}})  # fmt: skip
    newer = parse_taxonomy(data, source="newer")
    with database.session() as session:
        report = ensure_taxonomy(session, newer)
    assert report is not None and (report.added, report.updated) == (1, 1)
    with database.session() as session:
        graph = TaxonomyGraph.from_session(session)
        assert graph.node("av.post.vfx").label() == "VFX and compositing"
        assert graph.parent("av.post.vfx.previs").code == "av.post.vfx"  # type: ignore[union-attr]
        kept = graph.node("av.animation.puppet-making")
        assert kept.is_custom and kept.labels["lt"] == "Lėlių gamyba"
        assert graph.parent(kept.code).code == "av.animation"  # type: ignore[union-attr]
        assert graph.node(kept.id or 0).code == kept.code, "lookup by id"
        assert "custom.drone-light-shows" in graph
        assert session.get(AppMeta, META_KEY).value == newer.stamp  # type: ignore[union-attr]
        # Going back to the shipped file keeps the extra node (it may be referenced) as retired.
        back = ensure_taxonomy(session, load_taxonomy())
        assert back is not None and back.retired == ["av.post.vfx.previs"]


def test_reopening_does_not_resync(db_url) -> None:  # type: ignore[no-untyped-def]
    first = open_database(db_url)
    with first.session() as session:
        before = session.scalar(select(func.max(Capability.updated_at)))
    first.close()
    second = open_database(db_url)
    with second.session() as session:
        assert session.scalar(select(func.max(Capability.updated_at))) == before
    second.close()
