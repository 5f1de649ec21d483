"""Session 31, wplace183 mends after review: the retold-lead fold needs a reference back and no other toll, a folded
lead keeps its day, "said to be" is no outlet's report, and a bureau abroad lies in no compass part of the country.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((e.location.name if e.location else "", str(e.date.start) if e.date else None,
                   e.fatalities.best if e.fatalities else None)
                  for e in extract(text, published=DAY) if is_violent(e))


def test_a_round_up_act_of_the_same_kind_with_its_own_toll_stays_apart() -> None:
    # The next paragraph tells a second car bomb (indefinite, its own toll): not the lead retold.
    text = ("BAGHDAD, June 12 (Reuters) - A car bomb killed 15 people on Wednesday, police said.\n\n"
            "A car bomb killed six people in Kirkuk, police said.")
    assert [(p, n) for p, _, n in _events(text)] == [("Baghdad", 15), ("Kirkuk", 6)]


def test_a_different_kind_of_toll_next_is_another_act() -> None:
    text = ("KABUL, June 12 (Reuters) - A roadside bomb killed four soldiers on Wednesday, officials said.\n\n"
            "A roadside bomb wounded three policemen in Herat, police said.")
    assert [p for p, _, _ in _events(text)] == ["Herāt", "Kabul"]


def test_two_killings_with_differing_tolls_stay_apart() -> None:
    text = ("KABUL, June 12 (Reuters) - Gunmen killed a prosecutor on Wednesday, police said.\n\n"
            "Gunmen killed three prosecutors in Herat, police said.")
    assert [(p, n) for p, _, n in _events(text) if p == "Herāt"] == [("Herāt", 3)] and len(_events(text)) == 2


def test_the_blast_retold_next_is_one_act_that_keeps_the_leads_day() -> None:
    text = ("KABUL, June 12 (Reuters) - A roadside bomb killed four soldiers on Wednesday, officials said.\n\n"
            "The blast struck their truck near Herat, police said.")
    assert _events(text) == [("Herāt", "2025-06-11", 4)]


def test_the_leads_target_retold_next_keeps_the_leads_day() -> None:
    text = ("MANILA, June 12 - Suspected rebels bombed a police school on Tuesday and hurt nine recruits, the radio "
            "said.\n\nA bomb went off at the school in Baguio, north of Manila, before dawn, the radio said.")
    assert [(p, d) for p, d, _ in _events(text)] == [("Baguio", "2025-06-10")]


def test_radio_stations_said_to_be_close_to_a_side_are_the_target() -> None:
    text = ("KINSHASA, June 12 (Reuters) - Gunmen stormed two Bukavu radio stations said to be close to the army on "
            "Wednesday, killing three journalists.")
    assert [p for p, _, _ in _events(text)] == ["Bukavu"]


def test_a_bureau_abroad_is_no_place_in_the_compass_part_told() -> None:
    text = "NICOSIA, June 12 (Reuters) - Turkish jets bombed northern Iraq on Wednesday, killing nine rebels."
    assert [p for p, _, _ in _events(text)] == ["Iraq"]


def test_a_summary_over_the_country_keeps_its_toll_off_the_named_acts() -> None:
    # A toll over the whole country is a summary of its own: the named acts keep their own tolls.
    text = ("BOGOTA, June 12 (Reuters) - At least 25 people were killed in clashes throughout Colombia on Wednesday, "
            "the army said.\n\nRebels ambushed an army convoy near Cali, killing five soldiers.\n\n"
            "In Medellin, gunmen killed two police officers.")
    got = {p: n for p, _, n in _events(text)}
    assert got.get("Cali") == 5 and got.get("Medellín") == 2


def test_shells_fired_across_a_border_keep_the_dateline_default() -> None:
    # Pins the older default, not a reading of this session: with no town told, the act stays at the dateline's town
    # (where the shells fell is not told; the country is not spread over).
    text = ("DAMASCUS, June 12 (Reuters) - Gunners fired shells across Syria's border on Wednesday, killing 14 "
            "people.")
    assert [p for p, _, _ in _events(text)] == ["Damascus"]


def test_the_same_toll_told_again_next_is_the_lead_retold() -> None:
    # No definite reference back, but the next sentence repeats the lead's toll at a named town.
    text = ("SAN SALVADOR, June 12 (AFP) - Fighting in the country's north left one soldier killed and "
            "three wounded, the army said today.\n\nThe army said three soldiers were wounded and a soldier was killed "
            "today in fighting near Chalatenango.")
    assert [p for p, _, _ in _events(text)] == ["Chalatenango"]


# fmend31: the retold-lead fold needs the lead's act noun (counted by no ordinal or qualifier) or the lead's object
# told again, not any word of the lead.
def test_an_ambush_counted_as_the_latest_attack_is_another_act() -> None:
    text = ("MANILA, June 12 - Communist guerrillas ambushed a police jeep on Tuesday, killing three officers, the "
            "constabulary said.\n\nGuerrillas ambushed a van outside Iloilo in the latest attack, the army said.")
    assert [(p, n) for p, _, n in _events(text)] == [("Iloilo", None), ("Manila", 3)]


def test_the_leads_verb_told_again_with_another_target_is_another_act() -> None:
    # "The guerrillas bombed a chapel": the verb and the actor again, but not the courthouse of the lead.
    text = ("MANILA, June 12 - Guerrillas bombed a courthouse on Tuesday, killing three guards, the radio said.\n\n"
            "The guerrillas bombed a chapel in Iloilo, officials said.")
    assert [(p, n) for p, _, n in _events(text)] == [("Iloilo", None), ("Manila", 3)]


def test_an_act_told_again_the_next_day_keeps_its_own_event() -> None:
    text = ("MANILA, June 12 - Guerrillas ambushed an army convoy on Tuesday, killing five soldiers, the radio said.\n\n"
            "Guerrillas again ambushed a truck near Iloilo, officials said.")
    assert [(p, n) for p, _, n in _events(text)] == [("Iloilo", None), ("Manila", 5)]


def test_the_same_figure_of_other_victims_next_is_another_act() -> None:
    # Six guards, then six farmers: one figure, but not the same dead.
    text = ("BOGOTA, June 12 - Rebels attacked a police post on Tuesday, killing six guards, the army said.\n\n"
            "The rebels attacked a dam near Cali, killing six farmers.")
    assert sorted(p for p, _, _ in _events(text)) == ["Bogotá", "Cali"]
