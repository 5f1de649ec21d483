"""News articles (session 16): one event per act in a sentence that retells an attack or frames it by a direction."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, injured_of, is_violent

_DAY = date(1987, 3, 11)


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.event_type, e.location.name if e.location else None, fatalities_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_sentence_retelling_the_attack_adds_no_event() -> None:
    # The second sentence tells the same act: its fighting and toll belong to the first event, not to the speaker's town.
    got = _events("BAGHDAD, March 11 - Iraq said it had repelled an Iranian attack on positions near the southern "
                  "Iraqi town of Amarah. A Baghdad military communique said an Iranian brigade launched the night "
                  "attack and fierce fighting raged for five hours, leaving 150 men killed.")
    assert len(got) == 1
    assert got[0][0] == "Battles" and "Amārah" in (got[0][1] or "") and got[0][2] == 150


def test_a_retelling_sentence_with_its_own_town_keeps_its_event() -> None:
    got = _events("Iraq said it had repelled an Iranian attack near the town of Amarah. The communique said the "
                  "attack was followed by heavy fighting in Basra.")
    assert {name for _, name, _ in got} >= {"Basrah"}


def test_a_place_naming_an_outlet_is_not_where() -> None:
    from eventwire.components.assemble_link import _OUTLET_AFTER

    text = "A Baghdad war communique said the brigade fled. Tehran radio reported the strike."
    assert _OUTLET_AFTER.match(text, text.index(" war")) is not None
    assert _OUTLET_AFTER.match(text, text.index(" radio")) is not None
    # No verb of telling follows: "the Kabul radio station was hit" is a place where.
    other = "Rebels shelled the Kabul radio station on Monday."
    assert _OUTLET_AFTER.match(other, other.index(" radio")) is None


def test_a_direction_phrase_framing_the_sentence_makes_no_event() -> None:
    # One act: the town told after the frame is where it was, and the toll stays on that one event.
    got = _events("North of Mosul, gunmen killed an Iraqi National Guard volunteer in a drive-by shooting as he was "
                  "on his way to a recruiting centre in the Tal Afar area.")
    assert got == [("Violence against civilians", "Tall ‘Afar", 1)]
    # A district told after the frame is where, too.
    got = _events("West of Kirkuk, unknown gunmen killed a young police cadet in a drive-by shooting while he was on "
                  "his way to a training base in the Hawija area.")
    assert [name for _, name, _ in got] == ["Al-Hawija District"]


def test_a_direction_phrase_alone_still_places_the_act() -> None:
    got = _events("North of Mosul, gunmen killed a police recruit in a drive-by shooting.")
    assert len(got) == 1 and got[0][1] == "Mosul"


def _figures(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.location.name if e.location else None, fatalities_of(e), injured_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_demonym_naming_an_army_is_not_a_second_place() -> None:
    # "the British Army of the Rhine" names the army, so the lead's toll reaches the event at the town told next.
    got = _figures("BONN, March 24 - A car bomb exploded at the headquarters of the British Army of the Rhine last "
                   "night, injuring about 20 people. An army spokesman said five people were still in hospitals in "
                   "the Moenchengladbach area after the blast.")
    assert got == [("Mönchengladbach", None, 20)]


def test_the_bomb_went_off_retells_the_blast() -> None:
    # The region of a background sentence before it does not make "when the bomb went off" a second event.
    got = _figures("BONN, March 24 - A car bomb exploded outside an officers' mess in Moenchengladbach last night, "
                   "injuring 12 people. The minister had flown in from talks in Normandy earlier in the day. Officers "
                   "and their wives were holding a dinner inside the mess when the bomb went off.")
    assert got == [("Mönchengladbach", None, 12)]


def test_the_fierce_battle_retells_the_lead_battle() -> None:
    got = _figures("CHAD SAYS TROOPS KILLED 900 LIBYANS\n\nN'DJAMENA, March 25 - Chad's military command said today "
                   "troops killed 900 Libyan soldiers in routing a 3,000-strong force to capture Tripoli's main air "
                   "base in northern Chad on Sunday.\n    In its first casualty list from the fierce battle for Wadi "
                   "Dum air base, the command said 300 Libyans were taken prisoner, while 20 Chadian soldiers were "
                   "killed and 40 wounded.")
    assert len(got) == 1 and got[0][2] == 40


def test_an_ordinal_battle_is_no_retelling() -> None:
    from eventwire.components.assemble_link import retold_battle
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
    # "the 31 October attack in which a bomb exploded": the sentence dates its act, so it is not folded into the
    # event dated by the dateline.
    got = extract("MANAGUA, 2 NOV 89 -- The government today condemned the dynamite attack on a union headquarters in "
                  "San Salvador. A communique accuses the death squads of perpetrating the 31 October attack in which a "
                  "powerful bomb exploded at the union offices, killing nine people.", published=date(1989, 11, 2))
    assert date(1989, 10, 31) in {e.date.start for e in got if is_violent(e)}
