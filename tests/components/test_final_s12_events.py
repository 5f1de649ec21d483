"""Final review (session 12): a carried group head, passive executions, peoples named in the plural, armed fronts."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.components.assemble import Group
from eventwire.components.assemble_link import absorb
from eventwire.components.trigger_sense import _ARMED_NAME
from eventwire.pipeline.workdoc import Trigger

DAY = date(2024, 3, 1)


def _trigger(start: int, sub: str) -> Trigger:
    return Trigger(start=start, end=start + 5, text="x", sentence=0, event_type="Battles", sub_event_type=sub)


def test_a_group_absorbed_into_a_host_without_a_head_carries_its_head() -> None:
    taking = _trigger(40, "Government regains territory")
    host = Group(triggers=[_trigger(10, "Armed clash")])
    absorb(host, Group(triggers=[_trigger(5, "Armed clash"), taking], chosen=taking))
    assert host.head is taking
    # A host with its own head keeps it.
    own = _trigger(60, "Non-state actor overtakes territory")
    host = Group(triggers=[own], chosen=own)
    absorb(host, Group(triggers=[taking], chosen=taking))
    assert host.head is own


def test_a_passive_execution_with_no_doer_gives_no_event_and_one_by_an_armed_party_does() -> None:
    assert coded("Two men were executed in Raqqa, activists said", DAY) == set()
    assert coded("Two men were executed by militants in Raqqa, activists said", DAY) == {("Attack", "Ar Raqqah")}


def test_a_people_in_the_plural_is_a_demonym_not_a_city() -> None:
    assert coded("Militants executed five Iraqis in Mosul", DAY) == {("Attack", "Mosul")}
    assert coded("Gunmen executed three Yazidis near Sinjar", DAY) == {("Attack", "Sinjār")}
    assert coded("Rebels executed the Tunis plan near Kidal", DAY) == set()  # "Tunis" is a city, not people


def test_a_front_or_movement_is_armed_only_with_an_armed_word_in_its_name() -> None:
    assert coded("National Front attacks police in Paris", DAY) == set()  # a party
    for name in ("Moro Islamic Liberation Front", "al-Nusra Front", "March 23 Movement"):
        assert _ARMED_NAME.search(f"The {name} said") is not None, name
    assert _ARMED_NAME.search("The Five Star Movement said") is None
