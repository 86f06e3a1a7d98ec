"""Header synonyms, explicit --map, and cell values: e-mails, web addresses, sizes, types, lists, formulas."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import OrgType, SizeBand
from matchmaker.core.tabular import auto_map, match_header, neutralise, parse_map_options, unneutralise
from matchmaker.core.tabular.values import (
    join_list,
    normalise_url,
    parse_bool,
    parse_email,
    parse_size,
    parse_type,
    split_list,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company name", "name"),
        ("Organisation", "name"),
        ("Įmonė", "name"),
        ("Pavadinimas", "name"),
        ("Firma", "name"),
        ("Nazwa", "name"),
        ("NAZWA FIRMY", "name"),
        ("Įmonės pavadinimas / Company name", "name"),
        ("Company name\n(legal)", "name"),
        ("Šalis", "country"),
        ("Kraj", "country"),
        ("Country:", "country"),
        ("Miestas", "city"),
        ("Miejscowość", "city"),
        ("E-mail", "contact_email"),
        ("El. paštas", "contact_email"),
        ("Osoba kontaktowa", "contact_name"),
        ("Vardas, pavardė", "contact_name"),
        ("Contact name", "contact_name"),
        ("Tel.", "contact_phone"),
        ("Strona WWW", "website"),
        ("Svetainė", "website"),
        ("Kompetencijos", "capabilities"),
        ("Siūlome", "offers"),
        ("Szukamy", "requests"),
        ("Zgoda RODO", "contact_consent"),
        ("Liczba pracowników", "size"),
        ("contact_email", "contact_email"),
        ("Contry", "country"),
        ("Aprašymas", "description"),
        ("Klasteriai", "clusters"),
    ],
)
def test_header_synonyms(header: str, field: str) -> None:
    assert match_header(header) == field


def test_unknown_headers_are_not_guessed() -> None:
    assert match_header("Turnover 2023") is None
    assert match_header("") is None


def test_auto_map_first_column_wins_and_warns_about_the_rest() -> None:
    mapping = auto_map(["Nazwa", "Kraj", "Company", "Notes", ""])
    assert mapping.columns == {"name": 0, "country": 1}
    assert any("'Company' is not imported: 'Nazwa' already gives name" in w for w in mapping.warnings)
    assert any("'Notes' is not imported (no matching field)" in w for w in mapping.warnings)


def test_explicit_map_overrides_and_ignores() -> None:
    mapping = auto_map(["Member", "Land", "Org"], explicit={"Org": "name", "Member": ""})
    assert mapping.columns == {"name": 2, "country": 1}
    assert auto_map(["A", "B"], explicit={"a": "Šalis"}).columns == {"country": 0}  # a synonym names the field too
    with pytest.raises(MatchmakerError, match="the file has no column 'Nope'; its columns are: A, B"):
        auto_map(["A", "B"], explicit={"Nope": "name"})
    with pytest.raises(MatchmakerError, match="'colour' is not a field"):
        auto_map(["A"], explicit={"A": "colour"})
    assert "event" not in auto_map(["Event"]).columns  # only participant imports read events
    assert auto_map(["Event", "Delegates"], "participants").columns == {"event": 0, "delegates": 1}


def test_parse_map_options() -> None:
    assert parse_map_options(["Member name=name", "a=b=country", "Notes="]) == {
        "Member name": "name",
        "a=b": "country",
        "Notes": "",
    }
    with pytest.raises(MatchmakerError, match="expected"):
        parse_map_options(["nonsense"])
    with pytest.raises(MatchmakerError, match="source header is empty"):
        parse_map_options(["=name"])


def test_emails() -> None:
    assert parse_email(" Jonas@Etronika.LT ") == ("Jonas@etronika.lt", None)
    assert parse_email("mailto:a@b.lt") == ("a@b.lt", None)
    assert parse_email("") == (None, None)
    for bad in ("janis(at)bytes", "a@b", "two@a.lt; three@b.lt", "a..b@c.lt", "@x.lt"):
        value, reason = parse_email(bad)
        assert value is None
        assert reason is not None and "not a valid e-mail address" in reason


def test_urls() -> None:
    assert normalise_url("www.Etronika.LT/") == ("https://www.etronika.lt", None)
    assert normalise_url("http://nebula.lt/about?x=1") == ("http://nebula.lt/about?x=1", None)
    assert normalise_url("  ") == (None, None)
    assert normalise_url("žalgiris.lt")[0] == "https://žalgiris.lt"
    for bad in ("not a site", "ftp://x.lt", "http://", "https://localhost", "a@b"):
        assert normalise_url(bad)[0] is None, bad


def test_sizes_types_and_booleans() -> None:
    assert parse_size("35") == (SizeBand.SMALL, None)
    assert parse_size("10-49") == (SizeBand.SMALL, None)
    assert parse_size("250+") == (SizeBand.LARGE, None)
    assert parse_size("Mikro") == (SizeBand.MICRO, None)
    assert parse_size("huge")[1] is not None
    assert parse_type("Įmonė") == (OrgType.COMPANY, None)
    assert parse_type("Uniwersytet") == (OrgType.RESEARCH, None)
    assert parse_type("klasteris") == (OrgType.CLUSTER, None)
    assert parse_type("alien")[1] is not None
    assert [parse_bool(v)[0] for v in ("taip", "Tak", "yes", "x", "ne", "nie", "0", "")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        None,
    ]
    assert parse_bool("maybe")[1] == "'maybe' is not yes or no"


def test_lists() -> None:
    assert split_list("VFX; Animation;; vfx ;Games ") == ["VFX", "Animation", "Games"]
    assert split_list("VFX\r\nAnimation\n\n vfx \rGames") == ["VFX", "Animation", "Games"]
    assert join_list(["a", "b"]) == "a; b"
    assert join_list(["a; b", "c"]) == "a; b\nc"
    assert split_list("one; two\nthree") == ["one; two", "three"]  # with line breaks, only they separate
    for items in (["a; b", "c"], ["a; b"], ["x"], []):
        assert split_list(join_list(items)) == items


def test_formula_cells_are_neutralised_and_restored() -> None:
    for text in ('=HYPERLINK("x")', "+370 600", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''+1"):
        guarded = neutralise(text)
        assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert unneutralise(guarded) == text
    assert neutralise("Etronika") == "Etronika"
    assert neutralise("'quoted'") == "'quoted'"


@given(st.text())
def test_neutralise_round_trips_any_text(text: str) -> None:
    guarded = neutralise(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unneutralise(guarded) == text
