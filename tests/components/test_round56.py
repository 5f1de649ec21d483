"""Round 56: a second verb does not take the first verb's list; tries to assault a place; where an attack came from."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent
from eventwire.geoparsing.event_location import score_place
from eventwire.model import PlaceMention

_DAY = date(2022, 4, 28)


def _violent(text: str, published: date = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_verb_with_a_front_for_object_does_not_take_the_list_before_it() -> None:
    got = _violent("Russian forces conducted heavy assaults around Izyum, Lyman, and Bakhmut and continued to shell "
                   "the entire front line.")
    assert [place for sub, place in got if sub == "Armed clash"] == ["Bakhmut", "Izyum", "Lyman"]
    assert not [place for sub, place in got if sub != "Armed clash" and place is not None]


def test_a_verb_after_and_have_been_shells_its_own_object_alone() -> None:
    got = _violent("Russian troops have surrounded Izyum, Lyman, and Bakhmut and have been shelling Bakhmut daily.")
    assert [place for sub, place in got if sub == "Shelling/artillery/missile attack"] == ["Bakhmut"]


def test_a_verb_after_and_continued_has_its_own_places() -> None:
    got = _violent("Russian aircraft conducted airstrikes on Izyum and Lyman and continued shelling Bakhmut.")
    assert [place for sub, place in got if sub == "Shelling/artillery/missile attack"] == ["Bakhmut"]


def test_one_list_told_once_still_gives_each_place() -> None:
    got = _violent("Russian forces shelled Izyum, Lyman, and Bakhmut on April 27.")
    assert got == [("Shelling/artillery/missile attack", p) for p in ("Bakhmut", "Izyum", "Lyman")]


def test_a_try_to_assault_a_place_is_a_clash_there() -> None:
    got = _violent("Ukrainian officials said Russian troops attempted to assault Bakhmut and Soledar overnight.")
    assert got == [("Armed clash", "Bakhmut"), ("Armed clash", "Soledar")]


def test_a_try_to_attack_a_place_is_a_clash_not_an_attack_on_civilians() -> None:
    assert _violent("Russian troops tried to attack Lyman on Wednesday.") == [("Armed clash", "Lyman")]


def test_a_try_to_attack_with_drones_stays_a_strike() -> None:
    got = _violent("Russian forces attempted to attack Kharkiv with drones.")
    assert got and all(sub != "Armed clash" for sub, _ in got)


def test_the_place_after_from_is_where_the_attack_came_from() -> None:
    got = _violent("Ukrainian forces tried to assault Kreminna from the direction of Svatove on Tuesday.")
    assert got == [("Armed clash", "Kreminna")]


def test_a_strike_from_a_place_is_at_its_target() -> None:
    assert _violent("Russian forces shelled Kharkiv from Belgorod.") == [("Shelling/artillery/missile attack",
                                                                         "Kharkiv")]


def test_continued_to_fight_in_a_village_is_a_clash_there() -> None:
    got = _violent("Russian troops continued to fight south of Bakhmut in Opytne on Tuesday.")
    assert got == [("Armed clash", "Opytne")]


def test_will_continue_to_fight_is_no_event() -> None:
    assert _violent("Ukrainian troops will likely continue to fight in Bakhmut through the winter.") == []


def test_a_proxy_states_name_says_whose_troops() -> None:
    got = _violent("Elements of the Luhansk People's Republic 2nd Army Corps continued to fight in Soledar.")
    assert got == [("Armed clash", "Soledar")]


def test_an_event_told_in_a_proxy_state_is_there() -> None:
    got = _violent("Ukrainian forces shelled positions in the Donetsk People's Republic.")
    assert got == [("Shelling/artillery/missile attack", "Donetsk Oblast")]


def test_a_repelled_attack_told_with_a_is_its_own_event() -> None:
    got = _violent("Russian units pushed toward Bakhmut on April 27. Kyiv's army command said on Thursday that its "
                   "soldiers repelled a Russian attack on Bilohorivka.")
    assert ("Armed clash", "Bilohorivka") in got


def test_the_attack_told_again_still_folds_into_the_event_before() -> None:
    got = _violent("Russian forces shelled Kharkiv on April 27. Officials said that the attack damaged a school.")
    assert got == [("Shelling/artillery/missile attack", "Kharkiv")]


def test_a_try_to_assault_one_town_keeps_its_clash_from_the_next_verbs_towns() -> None:
    got = _violent("Russian troops attempted to assault Soledar and conducted airstrikes on Bakhmut, Zaitseve, and "
                   "Kodema.")
    assert [place for sub, place in got if sub == "Armed clash"] == ["Soledar"]
    assert [place for sub, place in got if sub == "Air/drone strike"] == ["Bakhmut", "Kodema", "Zaitseve"]


def test_a_try_to_assault_with_ground_troops_is_a_clash() -> None:
    got = _violent("Russian troops attempted to assault Bilohorivka with infantry and armored vehicles on April 27.")
    assert [sub for sub, _ in got] == ["Armed clash"]


def test_a_try_to_attack_civilians_or_ships_is_no_clash() -> None:
    for text in ("Hamas militants tried to attack Israeli communities near Gaza on Saturday.",
                 "Houthi rebels tried to attack US warships in the Red Sea on Monday."):
        assert "Armed clash" not in [sub for sub, _ in _violent(text)]


def test_a_try_to_attack_a_town_repelled_is_still_a_clash() -> None:
    got = _violent("Militants tried to attack Maiduguri on Monday but were repelled by soldiers.")
    assert got == [("Armed clash", "Maiduguri")]


def test_launched_after_and_opens_the_second_verbs_clause() -> None:
    got = _violent("Russian forces shelled Sumy and launched airstrikes on Okhtyrka and Lebedyn.")
    assert [place for sub, place in got if sub == "Shelling/artillery/missile attack"] == ["Sumy"]
    assert [place for sub, place in got if sub == "Air/drone strike"] == ["Lebedyn", "Okhtyrka"]


def test_the_triggers_own_to_is_no_destination_cue() -> None:
    def score(text: str, verb: str) -> float:
        i = text.index("Soledar")
        p = PlaceMention(start=i, end=i + 7, text="Soledar", name="Soledar", feature_class="P", feature_code="PPL")
        t = text.index(verb)
        return score_place(text, p, (t, t + len(verb)))
    plain = score("Russian forces assaulted Soledar overnight.", "assaulted")
    assert score("Russian forces attempted to assault Soledar overnight.", "attempted to assault") == plain
    assert score("Russian forces moved from Soledar overnight.", "moved") < plain - 1
