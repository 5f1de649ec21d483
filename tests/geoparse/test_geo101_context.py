"""Geoparsing round 101: a unit named after the name itself, and a short form of a main name, in the context scores.

Sentences written for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.given import expanded
from eventwire.geoparsing.named import NamedUnits, own_form


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


def _read(gp: Geoparser, text: str, names: list[str], name: str) -> tuple[str | None, str | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    m = gp.resolve_given(text, spans, guesses=True)[names.index(name)]
    assert m is not None
    return m.country_code, m.admin1


def test_own_form_is_the_town_by_its_long_name() -> None:
    assert own_form("hamilton city", "hamilton")
    assert own_form("city of richmond", "richmond")
    assert own_form("town of greenwich", "greenwich")
    assert not own_form("lancaster county", "lancaster")  # a county around the town: real evidence
    assert not own_form("new york state", "new york")
    assert not own_form("hamilton", "hamilton")
    assert not own_form("hamiltonville city", "hamilton")  # another name


def test_the_town_by_its_long_name_is_no_evidence_for_a_namesake_city_unit(gz: Gazetteer) -> None:
    units = {"a2:NZ.G1.016": Counter({"hamilton city": 1}), "a2:US.ME.001": Counter({"androscoggin county": 1})}
    named = NamedUnits(gz, units, [])
    assert not named.a2_named("a2:NZ.G1.016", "hamilton")
    assert named.a2_named("a2:US.ME.001", "durham")  # a county of another name still counts


def test_city_hall_of_the_name_does_not_pull_the_namesake_city_unit(gp: Geoparser) -> None:
    # Shape: "X ... outside X City Hall": "X City" is a unit only in another country (Hamilton City, New Zealand);
    # before, it gave that namesake 2.5 points and beat the larger Hamilton, Ontario.
    text = "Hamilton lies at the west end of the lake. The rally met outside Hamilton City Hall on Monday."
    assert _read(gp, text, ["Hamilton"], "Hamilton") == ("CA", "Ontario")


def test_expanded_writes_out_a_leading_abbreviation() -> None:
    assert expanded("st. petersburg") == "saint petersburg"
    assert expanded("mt. vernon") == "mount vernon"
    assert expanded("ft worth") == "fort worth"
    assert expanded("n. korea") == "n. korea"  # a compass word is left alone
    assert expanded("st.") == "st."


def test_a_short_form_of_a_main_name_earns_a_named_country_in_full(gp: Geoparser) -> None:
    # Shape: "... shown in St. Petersburg ... seen in Russia" in a story that names more US places: Russia named
    # counts for Saint Petersburg as fully as the United States does for St. Petersburg, Florida (before: 0.4).
    text = ("Collectors from Boston and Chicago lent the paintings to the United States tour. The show opens in "
            "St. Petersburg next week, the first time the works are seen in Russia.")
    names = ["Boston", "Chicago", "United States", "St. Petersburg", "Russia"]
    assert _read(gp, text, names, "St. Petersburg")[0] == "RU"


def test_the_florida_city_stays_where_russia_is_not_named(gp: Geoparser) -> None:
    text = "Police in Tampa and Clearwater said the driver was stopped in St. Petersburg on Sunday."
    assert _read(gp, text, ["Tampa", "Clearwater", "St. Petersburg"], "St. Petersburg") == ("US", "Florida")


def test_the_city_of_the_name_does_not_pull_a_namesake_independent_city(gp: Geoparser) -> None:
    # Shape: "Richmond police ... The City of Richmond ... the Madison County judge": "City of Richmond" is also
    # Virginia's independent city (an admin-2 unit); before, it pulled the bare Richmond to Virginia and with it
    # Madison County to Alabama. Madison County, Kentucky, holds a Richmond.
    text = ("Richmond police arrested two men on Friday. The City of Richmond will pay for the new station, "
            "the Madison County judge said.")
    got = {m.text: m.admin1 for m in gp.parse(text)}
    assert got["Richmond"] == "Kentucky"
    assert got["Madison County"] == "Kentucky"


def test_a_county_named_after_the_town_still_places_the_town(gp: Geoparser) -> None:
    # Guard: "X County ... in X" reads the town inside its namesake county (Lancaster, Pennsylvania), as before; only
    # the town's own long form ("X City", "City of X") stopped counting.
    text = "Lancaster County commissioners met on Monday. The new library in Lancaster opens next week."
    got = {m.text: m.admin1 for m in gp.parse(text)}
    assert got == {"Lancaster County": "Pennsylvania", "Lancaster": "Pennsylvania"}


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Newburgh is a small town in Ohio Township, Indiana, on the river.", "Newburgh", "Indiana"),
    ("Salem is a village in Washington Township, Indiana.", "Salem", "Indiana"),
])
def test_a_township_named_after_a_state_is_no_container(gp: Geoparser, text: str, name: str, state: str) -> None:
    # Shape: "X is a town in <State> Township, <State>": the township (absent from the tables) is not the state it
    # is named after; before, the box read Ohio or Washington and placed X there (Toronto, Ohio; Washington state).
    assert _read(gp, text, [name], name)[1] == state
