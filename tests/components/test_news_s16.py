"""News articles (session 16): one event per act in a sentence that retells an attack or frames it by a direction."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, injured_of, is_violent

_DAY = date(1987, 3, 11)


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.event_type, e.location.name if e.location else None, fatalities_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def _figures(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.location.name if e.location else None, fatalities_of(e), injured_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_sentence_retelling_the_attack_adds_no_event() -> None:
    # The second sentence tells the same act: its fighting and toll belong to the first event, not to the outlet's town.
    got = _events("KUWAIT, March 11 - Iraq said its troops had beaten back an Iranian assault on a garrison outside "
                  "the town of Amarah. A Baghdad army communique said an Iranian battalion launched the dawn attack "
                  "and heavy fighting went on for three hours, leaving 64 soldiers dead.")
    assert len(got) == 1
    assert got[0][0] == "Battles" and "Amārah" in (got[0][1] or "") and got[0][2] == 64


def test_a_retelling_sentence_with_its_own_town_keeps_its_event() -> None:
    got = _events("Iraq said its troops had beaten back an Iranian assault near the town of Amarah. The bulletin said "
                  "the attack was followed by heavy fighting in Basra.")
    assert {name for _, name, _ in got} >= {"Basrah"}


def test_a_retelling_sentence_with_its_own_district_or_region_keeps_its_event() -> None:
    # A district or a region told in the retelling sentence is the place of a new act, with its own toll.
    got = _events("Militants raided a police station in Kirkuk on Friday, killing three officers. Police said the "
                  "attack was followed by clashes in Hawija district that killed four militants.")
    assert {name for _, name, _ in got} == {"Kirkuk", "Al-Hawija District"}
    got = _events("Government forces battled insurgents in Kidal on Friday, killing 4. In the Gao region, the fierce "
                  "battle left 22 insurgents dead.")
    assert sorted((name, k) for _, name, k in got) == [("Gao", 22), ("Kidal", 4)]


def test_an_outlets_town_is_not_where_but_a_station_hit_is() -> None:
    # An outlet told with its verb of telling right after it names a speaker; its town is not where the act was.
    assert [name for _, name, _ in _events("Baghdad radio reported that Iranian guns shelled Basra on Sunday, "
                                           "killing 5 people.")] == ["Basrah"]
    # "the Herat television station ..., police said": the station is the target, the telling verb closes the
    # sentence and belongs to the police.
    assert [name for _, name, _ in _events("Militants fired rockets at the Herat television station on Sunday, "
                                           "killing three technicians, police said.")] == ["Herāt"]
    # With no other place, "the capital" after the outlet's town is that town.
    assert [name for _, name, _ in _events("Damascus television said Israeli jets struck the capital on Monday, "
                                           "killing 4 people.")] == ["Damascus"]


def test_a_direction_phrase_framing_the_sentence_makes_no_event() -> None:
    # One act: the town told after the frame is where it was, and the toll stays on that one event.
    got = _events("South of Mosul, masked men shot and killed two municipal clerks as they drove to their office in "
                  "the Tal Afar area.")
    assert got == [("Violence against civilians", "Tall ‘Afar", 2)]
    # A district told after the frame is where, too.
    got = _events("West of Kirkuk, masked men shot and killed two teachers as they drove to their school in the "
                  "Hawija area.")
    assert [name for _, name, _ in got] == ["Al-Hawija District"]


def test_a_direction_phrase_alone_still_places_the_act() -> None:
    got = _events("North of Mosul, gunmen killed a police recruit in a drive-by shooting.")
    assert len(got) == 1 and got[0][1] == "Mosul"


def test_a_speakers_town_after_a_direction_phrase_is_not_where() -> None:
    # The town of a reporting clause is the speaker's: the frame's town stays the place of the act.
    got = _events("North of Tikrit, militants shot dead three guards at a checkpoint, a police spokesman in Kirkuk "
                  "said.")
    assert [name for _, name, _ in got] == ["Tikrīt"]
    got = _events("West of Mosul, rebels ambushed a supply convoy, killing five drivers, the ministry said in a "
                  "statement from Erbil.")
    assert [name for _, name, _ in got] == ["Mosul"]


def test_a_demonym_naming_an_army_is_not_a_second_place() -> None:
    # "the British Army of the Rhine" names the army, so the lead's toll reaches the event at the town told next.
    got = _figures("BONN, March 24 - A truck bomb exploded beside the barracks of the British Army of the Rhine late "
                   "on Friday, wounding 15 soldiers. A military spokesman said nine of them were still being treated "
                   "in hospitals in the Moenchengladbach area after the blast.")
    assert got == [("Mönchengladbach", None, 15)]


def test_a_demonym_naming_the_target_keeps_its_own_event() -> None:
    # "Lebanese army positions" are the ones hit: that country's event is not folded into a shelling elsewhere.
    got = _figures("Israeli artillery shelled Lebanese army positions on Friday, killing 3 soldiers. Separately, Israeli "
                   "artillery shelled Rafah, killing 5.")
    assert sorted(got, key=str) == sorted([("Lebanon", 3, None), ("Rafaḩ", 5, None)], key=str)


def test_the_bomb_went_off_retells_the_blast() -> None:
    # The region of a background sentence before it does not make "when the bomb went off" a second event.
    got = _figures("ANKARA, March 24 - A parcel bomb blew up in a cafe in Izmir on Friday evening, wounding 9 "
                   "people. The governor had come back from a meeting in Bursa that morning. Students were watching "
                   "a football match in the cafe when the bomb went off.")
    assert got == [("İzmir", None, 9)]


def test_the_bomb_exploding_at_a_town_of_its_own_is_a_new_blast() -> None:
    # "8 people died when the bomb detonated at a checkpoint in Basra": a second blast, with its own toll.
    got = _figures("A car bomb exploded in Mosul on Friday, killing 3. In the south, 8 people died when the bomb "
                   "detonated at a checkpoint in Basra.")
    assert sorted(got, key=str) == sorted([("Mosul", 3, None), ("Basrah", 8, None)], key=str)


def test_the_fierce_battle_retells_the_lead_battle() -> None:
    got = _figures("SUDAN ARMY SAYS 400 REBELS KILLED\n\nKHARTOUM, March 25 - Sudan's army said on Friday its troops "
                   "killed 400 rebels while driving a 2,000-strong force out of the airport of El Obeid on Thursday.\n"
                   "    Giving a first toll from the fierce battle for the airport, the army said 120 rebels were "
                   "captured, while 15 of its own soldiers were killed and 33 wounded.")
    assert len(got) == 1 and got[0][1] == 400 and got[0][2] == 33


def test_an_ordinal_battle_is_no_retelling() -> None:
    from eventwire.components.assemble_retell import retold_battle
    from eventwire.components.sentences import split_sentences
    from eventwire.model import Article
    from eventwire.pipeline import WorkDoc
    from eventwire.pipeline.workdoc import Trigger

    text = "Rebels attacked the town. The second battle for the bridge began at dawn."
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    start = text.index("battle")
    t = Trigger(start, start + 6, "battle", 1, "Battles", "Armed clash")
    assert not retold_battle(doc, t)
    other = "Rebels attacked the town. In the fierce battle for the bridge ten died."
    doc2 = WorkDoc(Article(text=other))
    doc2.sentences = split_sentences(other)
    s2 = other.index("battle")
    assert retold_battle(doc2, Trigger(s2 - 7, s2 + 6, "fierce battle", 1, "Battles", "Armed clash"))


def test_a_retelling_sentence_with_its_own_day_keeps_that_day() -> None:
    # "the 2 December attack in which a bomb exploded": the sentence dates its act, so it is not folded into the
    # event dated by the dateline.
    got = extract("SANTA ANA, 5 DEC 89 -- The army today denounced the grenade attack on a bus depot in Santa Ana. "
                  "A statement blames the rebels for the 2 December attack in which a hidden bomb exploded at a "
                  "market stall, killing six shoppers.", published=date(1989, 12, 5))
    assert date(1989, 12, 2) in {e.date.start for e in got if is_violent(e)}
