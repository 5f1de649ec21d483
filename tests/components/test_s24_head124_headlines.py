"""Lone news headlines that tell a violent event and coded nothing (session 24, head124; issues #4 and #5)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.sentences import split_sentences
from eventwire.model import Event

PUB = date(2024, 3, 1)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def test_a_media_label_stays_with_its_headline() -> None:
    # Before: "Video." was a sentence of its own, so the headline was no lone headline and coded nothing.
    assert len(split_sentences("Video. Three killed in Khan Younis")) == 1
    assert len(split_sentences("Photos. Two dead in Bangui")) == 1
    for text, toll in (("Video. At least nine people killed in Beit Lahia", 9),
                       ("Video. Three killed in Khan Younis", 3)):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].fatalities.best == toll, (text, evs)


def test_a_label_word_inside_a_sentence_still_ends_it() -> None:
    assert len(split_sentences("We sat down to watch. Three men came in.")) == 2
    assert len(split_sentences("The clip is on video. Police say it is real.")) == 2


def test_a_raids_stated_toll_is_its_killing() -> None:
    # Before: "raid: no armed party or weapon in the sentence" and no killing word, so nothing was coded.
    for text, toll in (("Death toll rises to 6 in army raid on Nablus", 6),
                       ("Death toll in Israeli raid on Jenin rises to 9", 9)):
        evs = _violent(text)
        assert len(evs) == 1, (text, evs)
        assert evs[0].fatalities.best == toll and evs[0].location is not None, text


def test_a_tally_stays_no_event() -> None:
    for text in ("Gaza death toll rises to 35,000", "Death toll from Israeli attacks on Gaza rises to 35,000",
                 "Death toll in Gaza since start of Israeli assault rises to 30,000",
                 "Death toll from Sudan war passes 20,000", "Nightclub fire death toll rises to 29",
                 "Death toll from Turkey earthquake tops 40,000"):
        assert _violent(text) == [], text


def test_staff_members_and_families_are_victims() -> None:
    # Before: the victim words lacked member, staff, family and volunteer, so the bare passive was dropped.
    for text in ("UNICEF staff member killed in Rafah", "Entire family killed in Jabalia", "UN staffers killed in Gaza",
                 "French volunteer killed in Donetsk"):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].event_type == "Violence against civilians", (text, evs)


def test_a_war_labels_place_places_the_killing() -> None:
    # "<place> war live: ..." names where; the killing told after the label is the report.
    for text in ("Gaza war live: Nurses killed amid hunger", "War in Sudan updates: Medics killed while at work"):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].location is not None, (text, evs)


def test_a_labelled_tally_or_a_killing_with_no_place_stays_out() -> None:
    for text in ("Ukraine: Civilians killed since 2022 pass 10,000", "Gaza: Journalists killed in 2023 reach record",
                 "Aid workers killed amid famine", "Opinion: why people are killed", "Obituary: staff member dies at 80",
                 "Film kills at the box office in London"):
        assert _violent(text) == [], text


def test_retaliatory_strikes_launched_are_an_attack() -> None:
    for text in ("Israel launches retaliatory strikes toward Lebanon", "Pakistan launches retaliatory strikes in Iran"):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].event_type == "Explosions/Remote violence", (text, evs)


def test_threatened_or_weighed_strikes_stay_out() -> None:
    for text in ("Iran threatens to launch retaliatory strikes on Israel", "Israel weighs retaliatory strikes on Iran",
                 "Iran vows to launch retaliatory strikes against Israel",
                 "Israel could launch retaliatory strikes on Iran, officials say"):
        assert _violent(text) == [], text


def test_a_superlative_since_the_war_began_is_one_event() -> None:
    # Before: "since ... offensive began" made the killing a war-long tally, though "deadliest" compares one event.
    evs = _violent("21 soldiers killed in deadliest attack on the army since the offensive began in Gaza")
    assert len(evs) == 1 and evs[0].fatalities.best == 21, evs
    for text in ("100 journalists killed since Israeli attacks began",
                 "Latest: 90 medics killed since Israeli offensive began",
                 "400 Palestinians killed in West Bank since the Gaza war began"):
        assert _violent(text) == [], text
