"""Merge round (session 15): region reports must tell one story; a bare "Al-" name mentions its operation."""

from __future__ import annotations

from datetime import date

from merge_helpers import ISRAEL_ARMY, RAFAH, STRIP, next_day_mentions, strike, switch

import eventwire.merge.similarity as ms
import eventwire.merge.site_mentions as sm
from eventwire.merge import EventMerger
from eventwire.merge.site_mentions import bare_names
from eventwire.merge.story import stem, story_words
from eventwire.model import Event, Evidence

DAY = date(2024, 3, 5)


def told(eid: str, outlet: str, text: str, place: dict = STRIP, killed: int | None = None,
         etype: str = "Explosions/Remote violence", sub: str = "Air/drone strike") -> Event:
    """One outlet's headline of an Israeli strike, its evidence the headline."""
    ev = strike(eid, outlet, killed, place=place, day=DAY, actors=list(ISRAEL_ARMY), etype=etype, sub=sub)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def test_story_words_leave_out_place_actors_source_reaction_and_violence() -> None:
    got = story_words(told("ev_s", "wire", "Israeli strike kills two nuns at Gaza church compound, health ministry says"))
    assert {"nun", "church", "compound"} <= got
    assert not got & {"israeli", "gaza", "strip", "strike", "kill", "health", "ministry", "two"}
    # A reaction's verbs and its author's country are no story; "strikes hit" says how, not which.
    assert story_words(told("ev_r", "wire", "France condemns Israeli strike in Gaza")) == frozenset()
    assert story_words(told("ev_h", "wire", "Israeli air strikes hit Gaza")) == frozenset()
    # The words before a speech or reaction verb name the author; a noun ("truce call") cuts nothing.
    got = story_words(told("ev_m", "wire", "Spain's prime minister demands inquiry after shooting of civilians in Gaza"))
    assert "inquiry" in got and not got & {"spain", "prime"}
    assert "elder" in story_words(told("ev_c", "wire", "Village elder repeats his truce call after grandsons killed"))
    # A development is tied by its own tests (`operations.one_operation`), not by its words.
    raid = told("ev_d", "wire", "Troops raided a bakery in Gaza", etype="Strategic developments", sub="Other")
    assert story_words(raid) == frozenset()


def test_stem_cuts_common_endings_of_long_words_only() -> None:
    assert stem("raided") == stem("raid") == "raid"
    assert stem("seeking") == stem("seeker") == "seek"
    assert stem("shed") == "shed" and stem("tower") == "tower"


def day_of_two_strikes() -> list[Event]:
    """Two same-day strikes placed only at the Gaza Strip, each telling who was hit in its own words."""
    return [told("ev_a", "afp", "Israeli strike kills two nuns at a church compound in Gaza"),
            told("ev_b", "ap", "Football coach killed by Israeli strike near stadium in Gaza")]


def test_two_region_reports_that_tell_different_stories_stay_apart() -> None:
    got = clusters(day_of_two_strikes())
    assert got["ev_a"] != got["ev_b"]
    with switch(ms, "STORY", 0):  # without the test, type, region and day join them
        got = clusters(day_of_two_strikes())
        assert got["ev_a"] == got["ev_b"]


def test_region_reports_sharing_a_story_word_join() -> None:
    got = clusters([told("ev_a", "afp", "Israeli strike kills two nuns at a church compound in Gaza"),
                    told("ev_b", "ap", "Vatican mourns nuns killed in Gaza")])
    assert got["ev_a"] == got["ev_b"]


def test_a_report_telling_nothing_beyond_violence_still_joins_by_its_toll() -> None:
    got = clusters([told("ev_r", "cnn", "Israeli strike on Rafah bakery kills 12", place=RAFAH, killed=12),
                    told("ev_g", "bbc", "Israeli strike in Gaza kills 12", killed=12)])
    assert got["ev_r"] == got["ev_g"]
    # The same toll ties two reports that tell different things.
    got = clusters([told("ev_r", "cnn", "Israeli strike on Rafah bakery kills 12", place=RAFAH, killed=12),
                    told("ev_g", "bbc", "Twelve mourners killed by Israeli strike in Gaza", killed=12)])
    assert got["ev_r"] == got["ev_g"]



def nasr_raid() -> list[Event]:
    """One raid on a named hospital in the Gaza Strip, told as a clash by one outlet and as a development by another."""
    return [told("ev_v", "reuters", "Israeli military says it killed 40 gunmen at Gaza's Al-Nasr hospital",
                 etype="Battles", sub="Armed clash", killed=40),
            told("ev_o", "bbc", "Soldiers forced detainees to strip in Al-Nasr hospital raid",
                 etype="Strategic developments", sub="Other")]


def test_a_bare_al_name_mentions_the_one_operation_that_names_its_site() -> None:
    def linked(text: str) -> str | None:
        return next_day_mentions(nasr_raid(), DAY, text).get("art_0")  # (the raid's own reports may chain)
    text = "Patients forced out of Al-Nasr as reports of abuse surface"
    assert linked(text) == "site"
    with switch(sm, "BARE", 0):
        assert linked(text) is None
    # Another name, or an "Al" name no operation's reports give its site, names none of them.
    assert linked("Patients forced out of Al-Amal as shelling goes on") is None
    assert linked("Al Jazeera crew films patients forced out of a hospital") is None


def test_bare_names_read_al_names_only() -> None:
    assert bare_names("Woman living near Al-Shifa recounts the night; al Nasser's staff fled") == {"shifa", "nasser"}
    assert bare_names("Alarm as talks stall") == set()
