"""Session 15, merge round 1: region reports must tell one story; a bare "Al-" name mentions its operation."""

from __future__ import annotations

from merge_helpers import RAFAH, S15_DAY, next_day_mentions, site_raid, switch, told

import eventwire.merge.similarity as ms
import eventwire.merge.site_mentions as sm
from eventwire.merge import EventMerger
from eventwire.merge.site_mentions import bare_names
from eventwire.merge.story import stem, story_words
from eventwire.model import Event


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



def test_a_bare_al_name_mentions_the_one_operation_that_names_its_site() -> None:
    def linked(text: str) -> str | None:
        return next_day_mentions(site_raid(), S15_DAY, text).get("art_0")  # (the raid's own reports may chain)
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


def test_only_a_leading_author_is_cut_never_the_event_clause() -> None:
    # The wire's "<what happened>, <source> says": the source trails, the clause is the story.
    assert {"school", "shelt"} <= story_words(told("ev_a", "wire", "Strike on a school shelter kills 5, ministry says"))
    assert "tent" in story_words(told("ev_b", "wire", "Israeli strike hit tents in Gaza, witnesses said on Tuesday"))
    # Opening words that tell the event are no author ("Shelling survivors say ...").
    assert {"survivor", "bakery"} <= story_words(told("ev_c", "wire", "Shelling survivors say the bakery was full"))


def test_half_cut_plurals_months_and_hours_tell_no_story() -> None:
    assert [stem(w) for w in ("familie", "bodie", "witnesse", "churche", "boxe")] == \
        ["family", "body", "witness", "church", "box"]
    assert "church" in story_words(told("ev_c", "wire", "Israeli strike hits two churches in Gaza")) \
        & story_words(told("ev_d", "wire", "Parishioners wounded as shells fall on church in Gaza"))
    assert not story_words(told("ev_a", "wire", "Israeli strike kills families sheltering in a warehouse")) \
        & story_words(told("ev_b", "wire", "Israeli strike kills families queueing for bread"))
    assert story_words(told("ev_c", "wire", "Strike on Gaza in the evening as Christmas dawns")) == {"dawn"}
    got = clusters([told("ev_a", "afp", "Strike on a tent camp is the heaviest since October", killed=9),
                    told("ev_b", "ap", "Fishing boat hit on Tuesday afternoon, the worst since October", killed=3)])
    assert got["ev_a"] != got["ev_b"]


def test_only_whole_country_names_are_cut() -> None:
    # "Minors" and "heard" are words of long country names ("... Minor Outlying Islands", "Heard Island").
    assert "minor" in story_words(told("ev_b", "wire", "Israeli strike kills minors at a water point"))
    assert {"heard", "maghazi"} <= story_words(told("ev_a", "wire", "Explosions heard over Maghazi camp at dawn"))
    got = story_words(told("ev_c", "wire", "United States and France send envoys after strike on clinic"))
    assert "clinic" in got and not got & {"united", "state", "france"}


def test_one_site_or_victim_told_in_other_words_is_one_story() -> None:
    got = clusters([told("ev_a", "afp", "Israeli air strike on a family home in Gaza kills five", killed=5),
                    told("ev_b", "ap", "Missile flattens a house in Gaza, seven bodies recovered", killed=7)])
    assert got["ev_a"] == got["ev_b"]
    got = clusters([told("ev_a", "afp", "Strike kills journalist and his children in Gaza", killed=4),
                    told("ev_b", "ap", "Reporter among those killed in Gaza strike on residential block", killed=5)])
    assert got["ev_a"] == got["ev_b"]  # by the victim kind (`features.VICTIM_KINDS`), not the word fold
    assert stem("home") == stem("house") and stem("reporter") == "report"


def test_an_al_name_starting_a_longer_name_is_no_site() -> None:
    assert bare_names("Al-Quds Brigades claims rocket fire; Al-Aqsa Flood anniversary; Al Jazeera English") == set()
    for name, text in (("Al-Quds", "Al-Quds Brigades claims rocket barrage on southern towns"),
                       ("Al-Aqsa", "Hamas marks Al-Aqsa Flood anniversary with a rally")):
        assert next_day_mentions(site_raid(name), S15_DAY, text) == {}
    assert next_day_mentions(site_raid("Al-Quds"), S15_DAY, "Patients forced out of Al-Quds as shelling goes on") \
        .get("art_0") == "site"


def test_a_cued_bare_name_needs_an_operation_told_at_it() -> None:
    assert bare_names("Al-Ahli fans mourn players killed in fighting", cued=True) == set()
    assert bare_names("Al-Ahli fans mourn players killed in fighting") == {"ahli"}
    assert bare_names("Troops raided Al-Ahli overnight", cued=True) == {"ahli"}
    assert bare_names("Dozens killed as Al-Ahli operation enters its third day", cued=True) == {"ahli"}
