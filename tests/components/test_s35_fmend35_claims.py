"""Final read of session 35 (fmend35): claims that point back, a speaker's own act, two acts of one kind."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2026, 11, 20)


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    """(sub-type, actor1, fatalities) of each violent event."""
    return [(e.sub_event_type, next((a.name for a in e.actors if a.role == "actor"), None), e.fatalities.best)
            for e in extract(text, published=_DAY) if e.event_type is not None]


# D2: "claimed responsibility for the bombing" credits the act with the dead, not the event the claim noun made.
def test_a_definite_act_noun_in_the_claim_points_back_to_the_act() -> None:
    rows = _rows("A suicide bomber blew himself up at a hotel in Baidoa on Friday, killing seven people. "
                 "Al-Shabaab claimed responsibility for the bombing.")
    assert ("Suicide bomb", "Al Shabaab", 7) in rows


# D3: a speaker's own act names its author for its sentence only.
def test_a_self_report_is_not_carried_to_the_next_sentence() -> None:
    rows = _rows("The Kachin Independence Army said its fighters seized an army outpost in Kachin State on Monday. "
                 "Air strikes killed six villagers in Bhamo the next day.")
    strike = [r for r in rows if r[0] == "Air/drone strike"]
    assert strike and all(r[1] is None for r in strike)


# D6: two acts of one kind in two places on two days are two acts to choose from: the claim credits neither.
def test_two_bombings_in_two_places_on_two_days_take_no_claim() -> None:
    for claim in ("JNIM claimed responsibility.", "JNIM claimed the bombing."):
        text = ("A landmine killed four soldiers near Tessalit on Monday. "
                f"Another landmine killed three traders near Menaka on Thursday. {claim}")
        assert {r[1] for r in _rows(text)} == {None}


def test_one_bombing_told_twice_still_takes_the_claim() -> None:
    text = ("A car bomb went off outside a bank in Baidoa on Friday. The blast damaged several shops. "
            "Al-Shabaab claimed responsibility for the attack.")
    assert {r[1] for r in _rows(text)} == {"Al Shabaab"}


def test_a_claim_noun_with_no_act_told_before_keeps_its_own_event() -> None:
    text = ("The army denied staging the shelling of a market in Kidal on Monday that killed nine people. "
            "JNIM claimed the bombing.")
    assert any(r[1] is not None and r[1].startswith("JNIM") and r[2] == 9 for r in _rows(text))


def test_a_retelling_with_a_finer_place_and_no_day_is_one_act() -> None:
    text = ("A bomb exploded at a bank in Lima on Tuesday. The explosion damaged shops in the Miraflores district. "
            "The Shining Path claimed credit for the attack.")
    assert "Shining Path" in {r[1] for r in _rows(text)}
