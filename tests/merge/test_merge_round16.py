"""Merge round-16 rule: a report that closely resembles one event's mentioning report is a mention of it too."""

from __future__ import annotations

from datetime import date

from merge_helpers import next_day_mentions, strike, wedding_hall

from eventwire.merge.mentions import CHAIN_COSINE
from eventwire.model import Evidence

DAY = date(2021, 9, 6)
# Facts only: an Afghan city and its coordinates.
HERAT = dict(name="Herat", geonameid=1139715, lat=34.3482, lon=62.1997, country_code="AF", admin1="Herat",
             feature_code="PPLA", precision=1)
# The shooting's mentioning report: the round-15 place rule links it (it tells violence in the event's words).
MENTION = "Death toll rises after gunmen attack Kabul wedding hall"


def _found(*texts: str, elsewhere: bool = False) -> dict[str, str]:
    """The next-day articles linked as mentions of the shooting, with the test that linked each."""
    events = wedding_hall(DAY)
    if elsewhere:  # a protest in another city the same day, told by a report of its own
        protest = strike("ev_p", "afp", None, place=HERAT, day=DAY, sub="Peaceful protest", etype="Protests")
        protest.evidence = [Evidence(article_id=protest.article_ids[0], start=0, end=24, text="Herat traders march for power",
                                     supports=["event_type"])]
        events.append(protest)
    return next_day_mentions(events, DAY, *texts)


def test_a_report_told_in_a_mention_s_words_is_a_mention_through_it() -> None:
    # No violence word and no key word: no earlier rule links it. It resembles the mention closely,
    # and the shooting is the event its words resemble most (chosen leave-one-window-out: 0.3).
    assert CHAIN_COSINE == 0.3
    follow = "Toll rises after Kabul wedding hall gunmen rampage"
    assert _found(follow) == {}
    assert _found(MENTION, follow) == {"art_0": "place", "art_1": "chain"}


def test_a_chain_needs_the_event_to_be_the_report_s_nearest() -> None:
    # Close to the mention on its words of the aftermath ("toll rises"), but sharing no word with the
    # shooting's own reports: a day's other news that happens to share a mention's words joins no event.
    assert _found(MENTION, "Toll rises as floods hit Kandahar") == {"art_0": "place"}


def test_a_chain_needs_the_report_to_name_no_other_event_s_place() -> None:
    # Another wedding hall, in a city where an event of the days took place: a report of a strike that
    # was not extracted, not a follow-up of this one (the synthetic set's "Sadr City" vs "Old City").
    follow = "Toll rises after Herat wedding hall gunmen rampage"
    assert _found(MENTION, follow, elsewhere=True) == {"art_0": "place"}
    assert _found(MENTION, "Toll rises after Kabul wedding hall gunmen rampage", elsewhere=True) \
        == {"art_0": "place", "art_1": "chain"}
