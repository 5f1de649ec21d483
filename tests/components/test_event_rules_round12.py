"""Round 12 (session 3): reaction headlines code the strike, assessments and retellings, places of fronts and titles."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2022, 8, 20)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def _one(text: str) -> Event:
    evs = _violent(text)
    assert len(evs) == 1, (text, evs)
    return evs[0]


def _where(text: str) -> str | None:
    loc = _one(text).location
    return loc.name if loc else None


def test_reaction_headlines_also_code_the_killing() -> None:
    # A reaction that names a killing of conflict victims is also a report of that killing.
    assert _one("Army opens inquiry into aid worker killings in Gaza").sub_event_type == "Attack"
    assert _one("Ceasefire talks resume after killings at Gaza food site").sub_event_type == "Attack"
    assert _one("Kenya seeks answers on death of Kenyan aid worker").sub_event_type == "Attack"
    assert _one('Minister says troops "wrongly struck innocent people" in night raid').event_type == \
        "Explosions/Remote violence"
    assert _one("Families were queuing for bread in Gaza City. Israeli soldiers opened fire").event_type == "Battles"
    # The reaction itself stays a political event.
    evs = extract("Norway condemns aid worker killings in Gaza", published=PUB)
    assert sorted((e.event_type or "", e.plover.event if e.plover else "") for e in evs) == [
        ("", "ACCUSE"), ("Violence against civilians", "ASSAULT")]


def test_reaction_headline_is_not_placed_at_the_reactor() -> None:
    # The speaker's, the victims' or the blamed party's country is no place of the strike: unplaced, not France.
    assert _where("A French-Canadian volunteer was killed in the strike on an aid convoy, French officials say") is None
    assert _where("Norway demands inquiry into deaths of aid workers, holds Israel responsible") is None
    assert _where("French foreign minister calls for inquiry into Israeli strike that killed aid workers") is None


def test_deaths_with_no_conflict_stay_out() -> None:
    assert _violent("Death of pop star shocks fans in Paris") == []
    # "killings" codes only a lone headline: in a story the plural sums up killings told elsewhere.
    story = "The report lists the killings of the past decade.\nIt was published in Oslo on Friday."
    assert _violent(story) == []


def test_offensive_operations_only_when_conducted() -> None:
    assert _violent("Russian units kept regrouping near Belgorod to reinforce their offensive operations on "
                    "the Izyum axis on August 20.") == []
    assert _where("Russian forces continued offensive operations near Bakhmut on August 20.") == "Bakhmut"


def test_retold_strikes_and_objective_headings_are_no_events() -> None:
    assert _violent("Footage of previous Ukrainian strikes on the Antonivsky Bridge showed no fire.") == []
    assert _violent("Supporting Effort—Southern Axis (Russian objective: Hold current lines and protect "
                    "rear areas from Ukrainian strikes)") == []
    # "the previous night" is a day, not an earlier event.
    assert len(_violent("Russian drones struck Odesa during the previous night, officials said on August 20.")) == 1


def test_border_and_title_places_give_way_to_the_town() -> None:
    assert _where("Russian units made ground attacks southeast of Izyum near the Kharkiv-Donetsk Oblast border "
                  "on August 20.") == "Izyum"
    assert _where("Dnipropetrovsk Oblast Head Serhiy Lysak reported that Russian forces fired rockets at Nikopol on "
                  "August 20.") == "Nikopol"


def test_front_sentence_and_heard_blast_join_the_day_event() -> None:
    # Shelling "along the line of contact" names no town: it is not placed at the town of the sentence before,
    # and with no day of its own it sums up that day's shelling.
    evs = _violent("Russian forces shelled Nikopol on August 20.\nRussian units kept up shelling along the line "
                   "of contact.")
    assert [e.location.name if e.location else None for e in evs] == ["Nikopol"]
    # A blast a witness heard is the strike told that day, not a bomb of its own.
    evs = _violent("A missile attack hit Kyiv on Saturday, killing two people.\nA neighbour said that as soon as she heard "
                   "the explosion she hurried to the basement.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_listed_places_each_make_an_event() -> None:
    # "X City, Y City, and ..." and a village the gazetteer lacks between two listed towns keep the list whole.
    assert sorted(e.location.name for e in _violent(
        "Russian units struck Mykolaiv City, Zaporizhzhia City, and other areas with drones on August 20.")
        if e.location) == ["Mykolayiv", "Zaporizhzhya"]
    assert sorted(e.location.name for e in _violent(
        "Russian forces fought in Bilohorivka, Vojevodivka, and Lysychansk on August 20.") if e.location) == [
        "Bilohorivka", "Lysychansk"]
    assert len(_violent("Russian forces shelled Nikopol, Zaporizhia City, and Mykolaiv City on August 20.")) == 3


def test_a_state_taking_a_foreign_town_fights_a_battle() -> None:
    # ACLED: a government regains its own territory; a state taking another's town is an armed clash.
    assert _one("Russian forces captured Yakovlivka, Donetsk Oblast, on August 20.").sub_event_type == "Armed clash"
    assert _one("Ukrainian forces recaptured Kupiansk on August 20.").sub_event_type == "Government regains territory"


def test_ongoing_fighting_and_inability() -> None:
    assert _where("The General Staff said fighting is ongoing in Toshkivka on August 20.") == "Toshkivka"
    assert _violent("Russian forces are unable to conduct offensive operations near Kherson.") == []
    # A region picked for a shelling gives way to the town of that region named after the verb.
    assert _where("Russian forces pushed back from frontlines in Kharkiv Oblast and shelled positions around "
                  "Kharkiv City on August 20.") == "Kharkiv"


def test_claimed_capture_and_a_place_naming_another_event() -> None:
    # A claimed capture of a named town by a foreign state's ministry is a battle there.
    assert _one("Russia's Ministry of Defense claimed to capture Bakhmut on August 20.").sub_event_type == \
        "Armed clash"
    # "the Pahalgam terror attack" is an earlier event: its place is not where the strikes fell.
    evs = _violent("Indian missiles struck Muridke on August 20.\nThese strikes were meant to avenge the victims of "
                   "the Pahalgam terror attack, officials said.")
    assert [e.location.name if e.location else None for e in evs] == ["Muridke"]


def test_another_strike_is_a_new_event() -> None:
    # "another" marks a new occurrence: the undated bombing is not folded into the strike of the day before.
    evs = _violent("Israel bombs another clinic in Gaza, a day after strike on clinic killed 12")
    assert sorted(str(e.date.start) for e in evs) == ["2022-08-19", "2022-08-20"]


def test_air_in_a_list_of_strikes_is_an_air_strike_too() -> None:
    subs = sorted(e.sub_event_type for e in _violent(
        "Russian units kept up air and artillery strikes near Siversk on August 20."))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_one_precision_strike_is_an_act_not_a_capability() -> None:
    assert _where("A Ukrainian precision strike killed 20 Russian soldiers in Kreminna on August 20.") == "Kreminna"
    # A kind of weapon in a list of materiel is still no event.
    assert _violent("The package includes tanks, artillery, long-range strike, and other materiel.") == []


def test_a_bare_killing_in_a_story_of_strikes_is_a_strike_toll() -> None:
    text = ("Russian missiles struck Kharkiv on August 20.\nThe mayor thanked rescuers.\nThe governor spoke on "
            "television.\nSchools were closed.\nTrains ran late.\nHe said later that five civilians were killed in Kharkiv.")
    evs = _violent(text)
    assert [(e.sub_event_type, e.fatalities.best) for e in evs] == [("Shelling/artillery/missile attack", 5)]
