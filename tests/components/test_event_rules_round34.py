"""Round 34: attacks with a heading, tries to advance, fires that back a fight, a later clause's 'previously'."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 9)
SHELL, AIR, CLASH = "Shelling/artillery/missile attack", "Air/drone strike", "Armed clash"


def violent(text: str, day: date = _DAY) -> set[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a text published on `day`."""
    return {(e.sub_event_type or "", e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)}


def test_an_attack_toward_a_town_is_a_fight_not_an_attack_on_civilians() -> None:
    found = violent("Two Russian battalion tactical groups attacked toward Vyshenky on June 9 but were repelled.")
    assert (CLASH, "Vyshenky") in found
    assert all(sub != "Attack" for sub, _ in found)


def test_attempting_to_advance_on_each_village_is_a_fight_there() -> None:
    found = violent("Russian units shelled the area west of Donetsk, attempting to advance on Marinka and Solodke "
                    "on June 9.")
    assert (CLASH, "Solodke") in found and (CLASH, "Mar'yinka") in found


def test_air_and_artillery_support_are_fires_where_the_fight_is() -> None:
    found = violent("Ukraine's General Staff said that Russian units are fighting in Novomykhailivka and Marinka "
                    "under air and artillery support and intend to resume operations near Yampil.")
    assert {(AIR, "Mar'yinka"), (SHELL, "Mar'yinka"), (SHELL, "Novomykhailivka")} <= found
    assert all(place != "Yampil’" for sub, place in found if sub in (AIR, SHELL))


def test_support_fires_with_no_fight_in_the_sentence_are_no_event() -> None:
    assert violent("Proxy troops with air and artillery support moved along the line of contact on June 9.") == set()


def test_a_later_clauses_previously_does_not_date_the_act() -> None:
    text = ("Russian troops are concentrating on capturing the Mariupol port under heavy artillery support, "
            "despite Russian claims to have already captured the port.")
    found = violent(text)
    assert (CLASH, "Mariupol") in found and (SHELL, "Mariupol") in found
    # The trigger's own clause still dates it: an earlier event stays out.
    assert violent("Russian forces had previously captured the Mariupol port, officials said on June 9.") == set()


def test_a_hard_wrapped_wire_sentence_is_placed_where_its_line_break_leads() -> None:
    # Wire copy wraps lines at about 70 characters; the place after the break is still in the sentence.
    text = ("SAN SALVADOR, 3 JAN 90 -- [COMMUNIQUE] [NATIONAL POLICE, SAN SALVADOR]\n"
            "[TEXT] POLICE SOURCES SAID TODAY THAT SOME FIFTEEN FARM\n"
            "WORKERS AND THEIR FAMILIES HAVE BEEN KIDNAPPED BY GUERRILLAS OF THE\n"
            "FMLN IN SAN MIGUEL DEPARTMENT.  THE SAME SOURCES SAID THE\n"
            "GUERRILLAS TOOK THEM FROM A COFFEE ESTATE BEFORE DAWN.\n")
    places = {p for sub, p in violent(text, date(1990, 1, 3)) if sub == "Abduction/forced disappearance"}
    assert places == {"San Miguel Department"}


def test_a_single_attack_conducted_on_a_town_is_a_fight_and_drone_attacks_are_not() -> None:
    found = violent("Russian units conducted a (failed) attack on Rubizhne on June 9 but mostly shelled Ukrainian "
                    "positions near Severodonetsk.")
    assert (CLASH, "Rubizhne") in found
    drones = violent("The regional administration said that Russian units also carried out drone attacks on sites "
                     "in Zaporizhzhia City on June 9.")
    assert drones and all(sub != CLASH for sub, _ in drones)


def test_weapons_all_intercepted_make_no_strike() -> None:
    assert violent("Russian forces launched four missiles at Odesa on June 9, all of which Ukrainian air defense "
                   "intercepted.") == set()
    # Some got through: the strike stands.
    assert (SHELL, "Odesa") in violent("Russian forces launched four missiles at Odesa on June 9; air defense "
                                       "intercepted two of them.")
