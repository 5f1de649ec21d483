"""Session 34 (merge205 mend): a loose report that shares a town's name word is no mention below PLACE_COSINE.

The branch's town rule (TOWN_COSINE 0.15) was removed after review: a single word of a town's name, or a town
named like its region, let reports of other news link to a large event. These reports stay unlinked.
"""

from __future__ import annotations

from datetime import date

from merge_helpers import ISRAEL_ARMY, STRIP, next_day_mentions, strike

from eventwire.model import Actor, Event, Evidence

DAY = date(2022, 7, 4)
# Facts only (GeoNames): Highland Park, Illinois; Gaza City, named "Gaza", in the Gaza Strip.
HIGHLAND_PARK = dict(name="Highland Park", geonameid=4896075, lat=42.18169, lon=-87.80034, country_code="US",
                     admin1="Illinois", feature_code="PPL", precision=1, text="Highland Park")
GAZA_CITY = dict(name="Gaza", geonameid=281133, lat=31.50161, lon=34.46672, country_code="PS", admin1="Gaza Strip",
                 feature_code="PPLA", precision=1, text="Gaza City")
SHOOTER = [Actor(name="Unidentified Armed Group (United States)", country_code="US", sector="UAG", role="actor"),
           Actor(name="Civilians (United States)", country_code="US", sector="CVL", role="recipient")]


def _told(place: dict, killed: int, heads: list[str], prefix: str = "ev", **kw: object) -> list[Event]:
    """One event told by each headline's outlet, the headline its evidence."""
    out = []
    for k, text in enumerate(heads):
        ev = strike(f"{prefix}{k}", f"outlet{prefix}{k}", killed, place=place, day=DAY, **kw)  # type: ignore[arg-type]
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text,
                                supports=["event_type"])]
        out.append(ev)
    return out


def _parade() -> list[Event]:
    return _told(HIGHLAND_PARK, 6, [
        "Gunman kills six at Highland Park Independence Day celebration",
        "Six dead after rooftop gunman fires on Highland Park parade",
        "Highland Park parade shooting: six killed at July Fourth march",
        "Parade in Highland Park ends in deadly shooting"],
        sub="Attack", etype="Violence against civilians", actors=list(SHOOTER))


def _flour_queue() -> list[Event]:
    return _told(GAZA_CITY, 12, [
        "Troops fire on flour queue in Gaza City, killing twelve",
        "Twelve killed as crowd waits for flour in Gaza City",
        "Gaza City flour queue shooting leaves twelve dead",
        "Deadly fire on Gaza City flour line kills twelve",
        "Twelve shot dead at Gaza City flour handout",
        "Gaza City: gunfire at flour queue kills twelve"],
        sub="Attack", etype="Violence against civilians", actors=list(ISRAEL_ARMY))


def test_one_word_of_a_town_s_name_is_no_naming_of_the_town() -> None:
    # "park" is one word of "Highland Park"; these tell another shooting in another city.
    assert next_day_mentions(_parade(), DAY, "Chicago park shooting leaves a teenager dead after a parade",
                             "Man shot dead in a park after holiday parade in Chicago",
                             "Teen killed in Chicago park shooting after parade") == {}


def test_a_town_named_like_its_region_is_no_town() -> None:
    # "gaza" names the Strip as much as the city: famine and price news is not the queue shooting.
    later = ("Gaza flour prices climb as deadly hunger spreads", "UN warns of deadly famine in Gaza as flour runs out")
    assert next_day_mentions(_flour_queue(), DAY, *later) == {}


def test_a_small_strip_wide_event_does_not_make_the_town_word_unambiguous() -> None:
    # A strike event across the whole Strip, told by two outlets, beside the six-report city shooting.
    strip = _told(STRIP, 20, ["Israeli strikes kill 20 across the Gaza Strip"] * 2, prefix="st",
                  actors=list(ISRAEL_ARMY))
    later = ("Children die of deadly hunger waiting for flour in northern Gaza",
             "Gaza flour prices climb as deadly hunger spreads", "UN warns of deadly famine in Gaza as flour runs out")
    assert next_day_mentions(_flour_queue() + strip, DAY, *later) == {}
