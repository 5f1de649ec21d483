"""Round 17 (session 4): round-16 rules kept because they transfer (sentences written for the test)."""

from __future__ import annotations

import re
from datetime import date

from eventwire.api import extract
from eventwire.components import actors, assemble, casualties, claims, damage, triggers, weapons
from eventwire.components.sentences import split_sentences
from eventwire.model import Article, Event, PlaceMention
from eventwire.pipeline import WorkDoc

PUB = date(2022, 5, 2)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str, published: date = PUB) -> list[Event]:
    return [e for e in extract(text, published=published) if e.event_type in VIOLENT]


def _names(events: list[Event]) -> list[str | None]:
    return sorted(e.location.name if e.location else None for e in events)


def test_army_phrases_for_fighting_are_battles() -> None:
    for text in ("Russian troops kept fighting outside Kupyansk on May 2.",
                 "Russian troops were fighting on the outskirts of Kupyansk on May 2.",
                 "Ukrainian forces repelled attempted Russian advances into Kupyansk on May 2.",
                 "Russian forces broke through Ukrainian defenses in Kupyansk on May 2.",
                 "The General Staff said Russian troops had partial success in Kupyansk on May 2.",
                 "Russian forces made small advances near Kupyansk on May 2."):
        evs = _violent(text)
        assert [(e.event_type, e.location.name if e.location else None) for e in evs] == [("Battles", "Kupyansk")], text
    # "made no advances" tells no fight of its own.
    assert _violent("Russian forces made no significant advances near Kupyansk on May 2.") == []


def test_fire_on_settlements_is_shelling() -> None:
    evs = _violent("Russian troops kept firing on settlements near Chuhuiv on May 2.")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in evs] == [
        ("Shelling/artillery/missile attack", "Chuhuyiv")]


def test_a_note_in_parentheses_does_not_end_a_list() -> None:
    evs = _violent("Russian units are fighting in Rubizhne (in Kharkiv, not Luhansk Oblast), Ternova, Tsupivka, "
                   "and Staryi Saltiv on May 2.")
    assert _names(evs) == ["Rubizhne", "Staryi Saltiv", "Ternova", "Tsupivka"]


def test_a_village_read_as_the_picked_town_keeps_the_town() -> None:
    # "Ivanhrad" is read as Bakhmut by the geoparser; Bakhmut itself is still one of the places.
    evs = _violent("Ukrainian troops beat back Russian assaults on Bakhmut itself; and south of Bakhmut near "
                   "Klishchiivka (7km southwest of Bakhmut) and Ivanhrad (4km southeast of Bakhmut) on May 2.")
    assert "Bakhmut" in _names(evs)


def test_a_direction_without_distance_corrects_a_far_namesake() -> None:
    # The gazetteer's Komyshuvakha lies west of Bakhmut; the text puts the village northeast of it.
    evs = _violent("Russian units gained partial success in Komyshuvakha (northeast of Bakhmut) on May 2.")
    assert len(evs) == 1 and evs[0].location is not None
    loc = evs[0].location
    # Either corrected by the offset (PPLL) or, where the gazetteer holds the right village, read there directly.
    assert loc.feature_code in ("PPLL", "PPL") and loc.lat is not None and loc.lon is not None
    assert loc.lat > 48.6 and loc.lon > 38.0  # northeast of Bakhmut (48.60, 38.00)
    # A reading in the told direction is kept, however far ("Izyum (southeast of Kharkiv)").
    evs = _violent("Russian troops captured Izyum (southeast of Kharkiv) on May 2.")
    assert [(e.location.name, e.location.feature_code) for e in evs if e.location] == [("Izyum", "PPL")]


def test_a_purpose_to_defend_is_no_event_but_continued_defence_is() -> None:
    assert _violent("Russian forces are laying mines in Kherson Oblast to defend against recent Ukrainian "
                    "counterattacks.") == []
    assert _violent("Russian forces continued their efforts to defend against Ukrainian counteroffensive operations "
                    "near Svatove on May 2.") != []


def test_a_later_predicate_with_likely_leaves_the_fighting_reported() -> None:
    evs = _violent("Russian troops kept fighting in Dolyna and are probably using their positions near "
                   "Bohorodychne to push southeast.")
    assert "Dolyna" in _names(evs)


def test_a_far_namesake_in_a_list_is_left_out_and_the_list_kept() -> None:
    # Places given as the geoparser would read them: "Volovets" only at its gazetteer reading in Zakarpattia,
    # 1,100 km from the Luhansk towns of its paragraph (real gazetteer ids, so namesakes can be weighed).
    text = ("Russian forces shelled Lysychansk and Toshkivka on May 2. Ukrainian forces repelled a Russian advance "
            "on Volovets, Toshkivka, and Zolote on May 2.")
    readings = [("Lysychansk", 702972, 48.91211, 38.42088, "Luhansk Oblast"),
                ("Toshkivka", 691355, 48.78303, 38.56332, "Luhansk Oblast"),
                ("Volovets", 689106, 48.7109, 23.1851, "Zakarpattia Oblast"),
                ("Zolote", 686868, 48.69516, 38.51512, "Luhansk Oblast")]
    doc = WorkDoc(Article(text=text, published=PUB))
    doc.sentences = split_sentences(text)
    for name, gid, lat, lon, adm1 in readings:
        for m in re.finditer(name, text):
            doc.places.append(PlaceMention(start=m.start(), end=m.end(), text=name, name=name, geonameid=gid,
                                           lat=lat, lon=lon, country_code="UA", feature_class="P",
                                           feature_code="PPL", admin1=adm1))
    doc.places.sort(key=lambda p: p.start)
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert sorted(e.location.name for e in battles if e.location) == ["Toshkivka", "Zolote"]
    assert all(e.location is None or e.location.admin1 != "Zakarpattia Oblast" for e in doc.events)


def test_dropped_round16_phrases_stay_out() -> None:
    # Not transferred (unlabelled ISW: more broken than fixed): "fight for" also catches "fight for Russia".
    assert _violent("Commanders urged recruits to fight for Russia on May 2.") == []


def test_a_country_level_summary_in_a_front_report_is_no_event() -> None:
    # Round 17 rule (found on dev half A, kept on the unlabelled ISW check set): a front report names its towns.
    towns = "Kupyansk, Izyum, Lyman, Bakhmut, Avdiivka, and Marinka"
    text = f"Russian forces shelled {towns} on May 2. Heavy fighting raged in eastern Ukraine on May 2."
    evs = _violent(text)
    assert len(evs) == 6
    assert all(e.location is not None and not (e.location.feature_code or "").startswith("PCL") for e in evs)
    # A story of one event keeps its country-level event.
    evs = _violent("Heavy fighting raged in eastern Ukraine on May 2.")
    assert [e.location.feature_code for e in evs if e.location] == ["PCLI"]
