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
    # The spread reading was removed: the summary stays its own event and Cali keeps its own toll.
    text = ("BOGOTA, June 12 (Reuters) - At least 25 people were killed in clashes throughout Colombia on Wednesday, "
            "the army said.\n\nRebels ambushed an army convoy near Cali, killing five soldiers.\n\n"
            "In Medellin, gunmen killed two police officers.")
    got = {p: n for p, _, n in _events(text)}
    assert got.get("Cali") == 5 and got.get("Medellín") == 2


def test_a_country_named_before_its_border_is_no_spread_over_it() -> None:
    text = ("DAMASCUS, June 12 (Reuters) - Gunners fired shells across Syria's border on Wednesday, killing 14 "
            "people.")
    assert [p for p, _, _ in _events(text)] == ["Damascus"]


def test_the_same_toll_told_again_next_is_the_lead_retold() -> None:
    # No definite reference back, but the next sentence repeats the lead's toll at a named town.
    text = ("SAN SALVADOR, June 12 (AFP) - A soldier was killed and three others were wounded in clashes in the north "
            "of the country, the army said today.\n\nThe army said three soldiers were wounded and a soldier was killed "
            "today in fighting near Chalatenango.")
    assert [p for p, _, _ in _events(text)] == ["Chalatenango"]
