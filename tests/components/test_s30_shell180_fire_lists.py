"""Fire lists that named a target the system dropped: an item told with its own oblast, "as well as", a compass word
before a region, a hyphenated name read in part. Sentences written for these tests (fmend30 rewrote them: the first
draft copied ISW report wording); each keeps the list shape under test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 12, 13)
FIRES = ("Shelling/artillery/missile attack", "Air/drone strike")


def _fires(text: str) -> set[str | None]:
    """The places of the shelling and air events extracted from the text."""
    return {e.location.name if e.location else None for e in extract(text, published=PUB) if e.sub_event_type in FIRES}


def test_an_item_told_with_its_own_oblast_is_kept_however_far_from_the_rest():
    # Ochakiv lies some 250 km from Nikopol and Marhanets; the sentence gives it its oblast.
    assert _fires("Local authorities reported on Tuesday that Russian units shelled Marhanets and Nikopol, Dnipropetrovsk "
                  "Oblast, and Ochakiv, Mykolaiv Oblast.") == {"Nikopol", "Marhanets", "Ochakiv"}


def test_a_far_namesake_in_another_oblast_than_the_one_told_after_it_is_still_dropped():
    # Prydniprovskyi of Kherson Oblast reads as the Dnipro suburb Prydniprovsk: the oblast told after it is Kherson.
    out = _fires("According to regional governors, Russian units shelled Kachkarivka, Dudchany, and Prydniprovskyi, "
                 "Kherson Oblast, and Pokrovske, Dnipropetrovsk Oblast, over the weekend.")
    assert "Prydniprovsk" not in out and "Dudchany" in out


def test_as_well_as_joins_a_city_and_a_list_of_oblasts():
    out = _fires("Overnight, Russian drones hit power plants in Kyiv as well as in Volyn, Rivne, and Zhytomyr oblasts.")
    assert {"Kyiv", "Rivne Oblast", "Zhytomyr Oblast", "Volyn Oblast"} <= out


def test_a_compass_word_before_a_region_keeps_it_in_the_list_of_oblasts():
    out = _fires("On Sunday Russian gunners shelled settlements in southern Zaporizhia and western Donetsk Oblasts.")
    assert out == {"Donetsk Oblast", "Zaporizhzhia Oblast"}


def test_a_compass_word_joins_regions_only():
    # A town and a region with a compass word between them: the region's event does not take the town along.
    out = {e.location.name if e.location else None for e in extract(
        "Moscow was forming a new corps to shore up its lines around Izyum and eastern Zaporizhia Oblast ahead of the "
        "expected Ukrainian offensive.", published=PUB)}
    assert "Izyum" not in out


def test_a_hyphenated_name_read_in_part_is_still_a_list_item():
    out = _fires("Ukrainian forces struck Russian ammunition depots at Berdyansk, Polohy, Kam’yanka-Dniprov’ska, Tokmak, "
                 "and Melitopol in Zaporizhia Oblast.")
    assert {"Tokmak", "Polohy", "Melitopol", "Berdyansk"} <= out


def test_an_item_told_in_its_oblast_does_not_end_the_list():
    out = _fires("Russian milbloggers claimed that Ukrainian troops shelled Kakhovka and Oleshky in Kherson Oblast as well as "
                 "Vasylivka and Tokmak in Zaporizhia Oblast.")
    assert {"Oleshky", "Kakhovka", "Tokmak", "Vasylivka"} <= out
