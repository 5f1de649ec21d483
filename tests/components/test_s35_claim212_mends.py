"""The claim212 review's defects: statements about an act, territorial claims, a group's own dead, other acts (s35)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2024, 5, 7)


def _actor1(text: str) -> list[str | None]:
    """The actor1 name of each violent event (None when no side is named as its author)."""
    return [next((a.name for a in e.actors if a.role == "actor"), None)
            for e in extract(text, published=_DAY) if e.event_type is not None]


def _recipients(text: str) -> list[list[str]]:
    """The recipient names of each violent event."""
    return [[a.name for a in e.actors if a.role == "recipient"]
            for e in extract(text, published=_DAY) if e.event_type is not None]


# D1: "X claimed the strike killed ..." is a statement about the act, not a claim of it.
def test_a_claim_about_what_the_strike_did_names_no_author() -> None:
    text = ("An air strike hit a clinic in Khan Younis on Sunday, killing nine people. "
            "Hamas claimed the strike killed mostly patients.")
    assert set(_actor1(text)) == {None}


def test_a_claim_about_the_target_names_no_author() -> None:
    text = "An air strike hit the port of Salif on Sunday, killing two workers. The Houthis claimed the strike targeted a grain silo."
    assert set(_actor1(text)) == {None}


def test_a_claim_of_the_act_followed_by_a_preposition_still_counts() -> None:
    text = "A bomb exploded at a bank in Arequipa on Sunday. The Shining Path claimed the bombing in a pamphlet."
    assert _actor1(text) == ["Shining Path"]


# D2: "positions claimed by X" after the act's verb is a claim on land; X stays the target.
def test_a_territorial_claim_after_the_act_keeps_the_claimant_as_target() -> None:
    text = "An air strike hit positions claimed by the Arakan Army near Kyauktaw on Sunday, killing three people."
    assert _actor1(text) == [None]
    assert "AA: Arakan Army" in _recipients(text)[0]


def test_shelling_of_claimed_villages_names_no_author() -> None:
    text = "Shelling hit hamlets claimed by the Polisario Front near Tifariti on Sunday, killing a shepherd."
    assert _actor1(text) == [None]


def test_an_act_claimed_by_a_group_right_after_its_noun_still_counts() -> None:
    text = "A car bomb claimed by al-Shabaab went off at a checkpoint in Baidoa on Sunday, killing two."
    assert _actor1(text) == ["Al Shabaab"]


# D3: "its fighters killed in the strike" tells the speaker's dead, not its deed.
def test_a_group_telling_its_fighters_killed_in_a_strike_is_not_its_author() -> None:
    text = ("A drone strike hit a van near Nabatieh on Sunday. "
            "Hezbollah said its fighters killed in the strike included two officers.")
    assert _actor1(text) == [None]


def test_a_state_telling_its_soldiers_killed_in_an_ambush_is_not_its_author() -> None:
    text = ("Gunmen ambushed a convoy near Tubas on Sunday. "
            "The Israeli military said its soldiers killed in the ambush included a captain.")
    assert _actor1(text) == [None]


def test_a_group_telling_its_fighters_deed_is_its_author() -> None:
    text = "The Karen National Union said its fighters overran two junta bases near Kawkareik on Sunday."
    assert _actor1(text) == ["KNU: Karen National Union"]


# D4: "said it launched strikes after rocket attacks": the doing verb's object is its own act, not the rockets.
def test_strikes_launched_after_rocket_attacks_do_not_make_the_speaker_fire_the_rockets() -> None:
    text = "Israel said it launched strikes after rocket attacks from Lebanon on Sunday hit the town of Nahariya."
    assert _actor1(text) == [None]


def test_retaliatory_strikes_leave_the_rocket_attacks_to_their_named_author() -> None:
    text = "Israel said it launched retaliatory strikes after Hezbollah rocket attacks on Nahariya on Sunday."
    assert _actor1(text) == ["Hezbollah"]


def test_said_it_carried_out_the_act_still_names_the_speaker() -> None:
    text = ("Rockets were fired at Sderot on Sunday, damaging a school. "
            "Hamas said it carried out the rocket attack in response to a raid.")
    assert _actor1(text) == ["Hamas Movement"]


# D5: the claim's fallback skips the group's own losses and credits nothing when two acts are left to choose from.
def test_a_claim_with_no_object_skips_a_strike_that_killed_militants() -> None:
    text = ("A car bomb exploded near a checkpoint in Beledweyne on Friday, killing four soldiers. "
            "An air strike later killed 15 militants near Bu'aale. Al-Shabaab claimed responsibility.")
    assert _actor1(text) == ["Al Shabaab", None]


def test_a_claim_of_the_assault_skips_the_counter_strike() -> None:
    text = ("An air strike later killed 15 militants near Bu'aale on Friday. "
            "Al-Shabaab claimed responsibility for the assault.")
    assert _actor1(text) == [None]


def test_a_claim_between_two_acts_of_the_story_credits_neither() -> None:
    text = ("A bomb exploded at a market in Kismayo on Friday, killing three. "
            "Gunmen shot dead a teacher in Afgooye the same day. Al-Shabaab claimed responsibility.")
    assert set(_actor1(text)) == {None}


def test_a_group_claiming_the_strike_that_killed_its_own_men_is_not_its_author() -> None:
    text = ("An air strike killed four Islamic Jihad commanders in Deir al-Balah on Sunday. "
            "Islamic Jihad claimed the killing as a massacre.")
    assert _actor1(text) == [None]


def test_two_tellings_of_one_bombing_still_take_the_claim() -> None:
    text = ("A bomb exploded at a cafe in Cusco on Friday night. The explosion wrecked the front of the building. "
            "The Shining Path claimed responsibility for the attack.")
    assert set(_actor1(text)) == {"Shining Path"}
