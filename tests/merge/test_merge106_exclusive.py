"""Session 23: a quiet report whose rare names only one event of its days uses mentions it (`word_mentions`)."""

from __future__ import annotations

from datetime import timedelta

from merge_helpers import RAFAH, S15_DAY, STRIP, switch, told

import eventwire.merge.mentions as mm
from eventwire.merge import merge_events
from eventwire.merge.basics import words
from eventwire.merge.mentions import link_mentions
from eventwire.merge.word_mentions import names
from eventwire.model import Article, Event

# Other news of the days: strikes elsewhere, so that a word the whole day uses is no rare word.
BACKGROUND = (
    ("afp", "Strike on a house in Rafah kills six", RAFAH),
    ("ap", "Shelling of a school in Gaza City kills four", STRIP),
    ("dw", "Drone strike on a car in Khan Younis kills two", STRIP),
)


def links(events: list[Event], *reports: str) -> dict[str, str]:
    """The day's events merged with the background strikes, and the quiet `reports` linked: article id -> rule."""
    events = events + [told(f"ev_bg{k}", o, t, killed=3, place=p)
                       for k, (o, t, p) in enumerate(BACKGROUND)]
    clusters = merge_events(events, mentions=False)
    arts = [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=S15_DAY)
            for e in events]
    arts += [Article(id=f"art_q{k}", text=t, source="wire", published=S15_DAY + timedelta(days=1))
             for k, t in enumerate(reports)]
    return {a: m.rule for a, m in link_mentions(clusters, events, arts).items() if a.startswith("art_q")}


def obituary() -> list[Event]:
    """One outlet's report of a leader's death, coded (wrongly, but so it goes) as a clash: a one-report event."""
    return [told("ev_ob", "wsj", "Governor Halvard Mirren, a hard-liner backed by the council, dies at 63",
                 etype="Battles", sub="Armed clash")]


def test_names_are_capitalised_words_after_the_first_and_none_in_title_case() -> None:
    assert names("How state television broke news of Governor Halvard Mirren's death", words) == {
        "governor", "halvard", "mirren"}
    assert names("Displaced families brace for an offensive", words) == set()  # a first word is capitalised anyway
    assert names("After Mirren's Death, The Region Wrestles With Succession", words) == set()


def test_two_names_only_one_event_uses_link_a_report_to_a_one_report_event() -> None:
    report = "How state television broke news of Governor Halvard Mirren's death"
    assert links(obituary(), report) == {"art_q0": "exclusive"}
    with switch(mm, "EXCLUSIVE", 0):
        assert links(obituary(), report) == {}


def test_a_name_another_event_of_the_days_uses_singles_out_neither() -> None:
    # A development of the same days that names the governor too: "governor" and "mirren" are no longer the obituary's,
    # and "halvard" alone is one word.
    rival = told("ev_dev", "bbc", "Governor Mirren's aides meet army chiefs in the capital", etype="Strategic developments",
                 sub="Other")
    assert links(obituary() + [rival], "How state television broke news of Governor Halvard Mirren's death") == {}


def test_one_outlets_lower_case_wording_and_a_bodys_name_are_no_link() -> None:
    zone = told("ev_z", "nbc", "Army bombs areas it declared humanitarian safe zones", killed=5)
    medics = told("ev_m", "ap", "Four Red Crescent medics killed in strike on ambulance", killed=4)
    assert links([zone], "Aid groups say the designated humanitarian safe zone offers little relief") == {}
    assert links([medics], "Healthcare update from the Palestinian Red Crescent and partner groups") == {}


def test_an_event_two_reports_tell_is_left_to_the_other_word_rules() -> None:
    # Its names are rivals only: the anchored, similarity and chain rules of `mentions` weigh its shared words.
    promenade = [told("ev_p1", "reuters", "Strike near the Corniche Promenade of Deir Hanna kills 12", killed=12),
                 told("ev_p2", "cnn", "Corniche Promenade in Deir Hanna hit, 12 dead", killed=12)]
    assert links(promenade, "Families mourn on the Corniche Promenade") == {}
    one = promenade[:1]
    assert links(one, "Families mourn on the Corniche Promenade") == {"art_q0": "exclusive"}
