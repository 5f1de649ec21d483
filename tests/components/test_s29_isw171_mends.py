"""Mends after review of ISW round 171: plural street fights need an armed doer, a group destroyed by fire is no
clash, a village told after its bearing is placed by it, a bearing needs a named village, a beaten group needs a named
place, and a bare sabotage group needs a side."""
from datetime import date

import pytest

from eventwire.api import extract
from eventwire.gazetteer.index import haversine_km


def _events(text: str, day: date = date(2022, 12, 3)) -> list[tuple[str | None, str | None, float, float]]:
    """(sub-type, place name, lat, lon) of each event coded from one sentence."""
    return [(e.sub_event_type, e.location.name if e.location else None,
             e.location.lat if e.location and e.location.lat is not None else 0.0,
             e.location.lon if e.location and e.location.lon is not None else 0.0) for e in extract(text, published=day)]


def _clashes(text: str, day: date = date(2022, 12, 3)) -> list[tuple[str | None, float, float]]:
    """Place and point of each armed clash coded from one sentence."""
    return [(n, lat, lon) for sub, n, lat, lon in _events(text, day) if sub == "Armed clash"]


# D1: the singular "street fight" is a brawl; the plural is a fight only with an armed doer.
@pytest.mark.parametrize("text", [
    "A street fight in Boise on Saturday night left three men hurt, police said.",
    "Two teenagers were arrested after a street fight in Tampa on Sunday, police said.",
    "Rival fans took part in street fights in Antwerp on Saturday evening, police said.",
    "Young men were involved in street fights in Croydon on Friday, police said.",
])
def test_civil_street_fights_are_no_clash(text: str) -> None:
    assert _clashes(text, date(2023, 3, 4)) == []


def test_armed_street_fights_are_a_clash() -> None:
    assert [n for n, *_ in _clashes("Ukrainian troops continued street fights within Kreminna on December 3.")] == \
        ["Kreminna"]


# D2: a group destroyed by fire is the fire event's, not a second event as a clash.
@pytest.mark.parametrize("text", [
    "Ukrainian forces destroyed a Russian sabotage group with an artillery strike near Svatove on December 3.",
    "Ukrainian forces shelled and destroyed a Russian sabotage group near Svatove on December 3.",
    "The Russian MoD claimed that Russian aviation destroyed Ukrainian reconnaissance groups near Svatove on December 3.",
])
def test_group_destroyed_by_fire_is_no_clash(text: str) -> None:
    assert _clashes(text) == []


def test_group_destroyed_by_troops_is_a_clash() -> None:
    text = "The Russian MoD claimed that Russian troops destroyed a Ukrainian reconnaissance group near Svatove on December 3."
    assert [n for n, *_ in _clashes(text)] == ["Svatove"]


# D3: the bearing told before the village measures it, as "Village (10km northwest of Town)" does.
@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # Orlivka read near Odesa before: the one 10 km from Avdiivka it is.
    ("Russian forces conducted an assault within 9km northwest of Avdiivka near Orlivka on December 3.", "Orlivka", 48.20,
     37.65),
    # Berkhivka fell back to Bakhmut before: its point north of Bakhmut it is.
    ("Russian forces conducted assaults north of Bakhmut near Berkhivka on December 3.", "Berkhivka", 48.70,
     38.00),
    # Staritsa read in Tver Oblast before: the point 47 km northeast of Kharkiv.
    ("Ukrainian forces neutralized a Russian reconnaissance group within 47km northeast of Kharkiv City near Staritsa on "
     "December 3.", "Staritsa", 50.28, 36.72),
])
def test_bearing_first_village_is_placed_by_its_bearing(text: str, name: str, lat: float, lon: float) -> None:
    got = _clashes(text)
    assert len(got) == 1 and got[0][0] == name and haversine_km(got[0][1], got[0][2], lat, lon) <= 25.0


def test_bearing_first_keeps_a_near_reading() -> None:
    # A reading within the told distance stands (ISW's bearings of long lists are loose).
    got = [n for n, *_ in _clashes("Russian forces conducted assaults within 20km southwest of Avdiivka near Pisky and "
                                    "Vodiane on December 3.")]
    assert "Pisky" in got and "Vodiane" in got


# D4: a bearing then a thing ("near the highway") names no village: no clash at the bearing's town.
@pytest.mark.parametrize("text", [
    "Russian forces conducted an assault southwest of Kreminna near the P66 road on December 3.",
    "Russian forces conducted assaults east of Siversk near positions of a Ukrainian brigade on December 3.",
])
def test_bearing_then_no_village_is_no_clash(text: str) -> None:
    assert _clashes(text) == []


# D5: a beaten group with no named place after it takes no place from the speaker's title.
@pytest.mark.parametrize("text", [
    "Donetsk Oblast Head Pavlo Kyrylenko said Ukrainian forces neutralized Russian reconnaissance groups near three "
    "unnamed villages on December 3.",
    "Donetsk Oblast Head Pavlo Kyrylenko said Ukrainian forces eliminated Russian reconnaissance groups along the "
    "contact line on December 3.",
])
def test_group_beaten_nowhere_named_is_no_clash(text: str) -> None:
    assert _clashes(text) == []


# D6: police breaking up a plot, or an unnamed side's "sabotage group", is no clash.
@pytest.mark.parametrize("text", [
    "Russian police neutralized a sabotage group that plotted to blow up a bridge in Belgorod on Friday.",
    "The army eliminated a sabotage group near Gao on Friday.",
])
def test_police_or_sideless_sabotage_group_is_no_clash(text: str) -> None:
    assert _clashes(text, date(2023, 3, 3)) == []


def test_sided_sabotage_group_is_a_clash() -> None:
    got = [n for n, *_ in _clashes("Ukrainian forces eliminated a Russian sabotage group near Vovchansk on Friday.",
                                   date(2023, 3, 3))]
    assert got == ["Vovchansk"]


# Smaller remarks: a distance with no qualifier, "kilometres", and a two-word town are bearings too.
@pytest.mark.parametrize(("text", "place"), [
    ("Russian forces conducted an assault 9km northeast of Bakhmut near Soledar on December 3.", "Soledar"),
    ("Russian forces conducted assaults about 12 kilometres west of Kreminna near Dibrova on December 3.", "Dibrova"),
    ("Russian forces conducted an assault southwest of Velyka Novosilka near Vremivka on December 3.", "Vremivka"),
])
def test_more_bearing_shapes(text: str, place: str) -> None:
    assert place in [n for n, *_ in _clashes(text)]
