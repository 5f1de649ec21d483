"""The Gulf told bare ("in the Gulf", "in the southern Gulf") is the Persian Gulf in a story about its shores; an act
there is at sea, not at the bureau's town, unless the sentence tells a land place beside the sea."""

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.model import Article

DAY = date(1987, 6, 29)


def coded(text: str, published: date) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=published) if e.event_type is not None}


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = load_pipeline()(Article(text=text, published=DAY))
    return [(p.text, p.name) for p in doc.places]


def test_the_bare_gulf_is_the_persian_gulf_beside_a_shore_state() -> None:
    assert ("southern Gulf", "Persian Gulf") in _places("KUWAIT, June 29 - Two tankers were attacked in the "
                                                       "southern Gulf on Sunday.")


def test_the_gulf_as_an_adjective_or_away_from_its_shores_is_no_place() -> None:
    assert all(n != "Persian Gulf" for _, n in _places("KUWAIT, June 29 - Ministers discussed the Gulf war and "
                                                       "the Gulf states."))
    assert all(n != "Persian Gulf" for _, n in _places("HOUSTON, June 29 - Oil rigs in the Gulf were shut by the "
                                                       "storm."))


def test_an_act_at_sea_is_at_the_sea_not_at_the_dateline() -> None:
    assert coded("BAHRAIN, June 29 - Two supertankers were attacked in the southern Gulf by Iranian gunboats on "
                 "Saturday.", DAY) == {("Attack", "Persian Gulf")}


def test_a_states_rig_in_the_gulf_is_in_that_state() -> None:
    assert coded("WASHINGTON, June 29 - American destroyers destroyed an Iranian offshore rig in the lower Gulf on "
                 "Monday, the Pentagon said.", DAY) == {("Shelling/artillery/missile attack", "Iran")}


def test_a_sea_beside_an_offset_from_a_town_yields_to_the_town() -> None:
    got = coded("WASHINGTON, June 29 - Four destroyers shelled an oil platform 120 miles east of Bahrain in the "
                "central Gulf on Monday.", DAY)
    assert got and all(place != "Persian Gulf" for _, place in got)


def test_an_act_at_sea_takes_the_place_of_its_undated_retelling() -> None:
    assert coded("KUWAIT, June 29 - Iranian speedboats fired on two large tankers in the southern Gulf on Sunday, "
                 "shipping sources said. The Danish tanker Karen Maersk and the Panamanian freighter Blue Gull were "
                 "both attacked off the Qatari coast.", DAY) == {("Attack", "Qatar")}


def test_an_act_in_the_gulf_moves_off_the_coast_the_next_sentence_tells_and_a_later_hit_folds_in() -> None:
    assert coded("BAGHDAD, June 29 - Iraqi jets struck a large naval target in the Gulf on Monday morning, a military "
                 "spokesman said.\n    The spokesman said the attack happened off the Iranian coast shortly after "
                 "dawn.\n    Shipping sources said the Cypriot bulk ship Olympic Dawn was attacked and hit in the "
                 "northern Gulf on Monday.\n", DAY) == {("Air/drone strike", "Iran")}
