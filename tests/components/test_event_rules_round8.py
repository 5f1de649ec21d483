"""Event-coding rules of round 8 (session 2): what makes an event, what only refers to one, and why."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.model import Article, Event
from eventwire.pipeline import WorkDoc

PUB = date(1989, 9, 20)


def _events(text: str, published: date = PUB) -> list[Event]:
    return extract(text, published=published)


def _doc(text: str, published: date = PUB) -> WorkDoc:
    return load_pipeline()(Article(text=text, published=published))  # type: ignore[no-any-return]


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def _reasons(doc: WorkDoc) -> list[str]:
    return [str(d.get("reason")) for d in doc.decisions]


def test_capturing_weapons_or_people_is_no_territory() -> None:
    # ALL-CAPS wire copy: every word has a capital, so the rule's "a name follows" test needs a real place.
    for text in ("THE PATROL SEIZED AN M-16 RIFLE FROM THE REBELS AND FOUR GRENADES.",
                 "THE COLOMBIAN ARMY CAPTURED SUSPECTED DRUG TRAFFICKER JOSE CARDENAS ON A FARM.",
                 "The police seized rifles, pistols and several grenades in the raid."):
        doc = _doc(text)
        assert not [e for e in doc.events if "territory" in (e.sub_event_type or "")], text
        assert any("no place" in r for r in _reasons(doc)), text
    assert "Non-state actor overtakes territory" in _subs("Rebels seized the town of Kalma on Monday, residents said.")


def test_a_bomb_named_as_a_weapon_is_no_explosion() -> None:
    assert not _events("The guerrillas were heavily armed and carried knapsacks with bombs.")
    assert _subs("A bomb exploded at a bank in downtown Lima this morning, wounding six passersby.") == [
        "Remote explosive/landmine/IED"]
    # A car-bomb written with a hyphen is still a car bomb.
    assert "Remote explosive/landmine/IED" in _subs("Yesterday a car-bomb was left by drug traffickers in Bogota "
                                                    "and went off, killing two people.")


def test_labour_strike_and_accidents_are_no_attacks() -> None:
    assert not _events("Approximately 40,000 mineworkers observed the strike in Lima on Tuesday.")
    doc = _doc("Five Taliban fighters were killed in two accidental explosions in Helmand province on Sunday.")
    assert not doc.events
    assert any("accident" in r for r in _reasons(doc))
    doc = _doc("The leader of the rebel group was killed in a helicopter accident in Honduras on Monday.")
    assert not doc.events


def test_a_terrorist_attack_with_its_harm_opens_a_story() -> None:
    evs = _events("A former interior minister died today in Quito as a consequence of a terrorist attack.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]
    # After a typed event it is that event's detail, not a second event.
    evs = _events("Russian drones struck Kyiv overnight, killing two people. A clinic was damaged by an attack "
                  "while patients hid inside.", date(2025, 6, 6))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_unresolved_attack_references_stay_as_untyped_mentions() -> None:
    doc = _doc("The minister spoke about the ghastly attacks on innocent people.")
    assert not doc.events
    refs = [t for t in doc.triggers if t.text.lower().startswith("attacks")]
    assert refs and refs[0].status == "historical" and refs[0].plover == "ASSAULT" and refs[0].event_type is None


def test_kidnapping_needs_no_armed_party_but_a_practice_is_no_event() -> None:
    assert _subs("Two Brazilian engineers were kidnapped in Medellin on Friday, the police said.") == [
        "Abduction/forced disappearance"]
    # (A lone sentence would be a headline, which is the report itself: these follow a lead.)
    assert not _events("The president spoke in Bogota. He said we have to abandon practices like kidnapping.")
    assert not [e for e in _events("Reynoso arrived in Miami. He was extradited to face trial here on charges of "
                                   "murder, kidnapping and robbery.") if e.event_type]
    # "the kidnappers" refers to a kidnapping; alone it is none.
    assert not _events("Local businessmen lent their helicopters to search for the kidnappers.")


def test_murder_of_a_public_figure_is_political_violence() -> None:
    assert _subs("Judge Maria Elena Diaz was murdered in Medellin on Friday.") == ["Attack"]
    # Anyone else, with no armed party named, may be ordinary crime.
    assert not _events("A young mechanics student was murdered in Cali on Friday.")
    assert not _events("The army officer, who faces a murder trial, left the consulate.")


def test_aims_calls_and_summaries_are_not_events() -> None:
    for text in ("They planned to kill every opposition leader in a single night.",
                 "Terrorist gangs have come here to massacre the people of Santa Ana.",
                 "He angered officials by openly calling for the assassination of the colonel.",
                 "Many Peruvians have been assassinated in their fight against drug gangs.",
                 "None was killed."):
        assert not [e for e in _events(text) if e.event_type], text  # a call may still be a PLOVER REQUEST


def test_quoted_report_is_not_a_figure_of_speech() -> None:
    evs = _events('A spokesman said the party headquarters in Moreno was "completely destroyed by a bomb '
                  'explosion." No one was injured.')
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in evs]


def test_the_bomb_retells_the_explosion() -> None:
    evs = _events("A powerful bomb exploded at a bank in Medellin on 19 September, wounding six passersby. "
                  "The bomb also damaged nearby shops in Bello.")
    assert len([e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"]) == 1


def test_undated_mention_joins_the_dated_event_at_the_same_place() -> None:
    doc = _doc("Six Jesuit priests were murdered in San Salvador on 16 September.\n\n"
               "Witnesses said that soldiers murdered the priests in San Salvador.")
    assert len([e for e in doc.events if e.sub_event_type == "Attack"]) == 1
    assert any("undated" in r for r in _reasons(doc))


def test_dateline_place_yields_to_the_place_of_the_event() -> None:
    evs = _events("BOGOTA, 7 NOV 89 (AFP) -- Four people were killed today in a bomb attack that wrecked a "
                  "peasant home in the town of Medellin.", date(1989, 11, 7))
    assert evs and evs[0].location is not None and evs[0].location.name == "Medellín"


def test_slayings_count_and_deaths_from_disease_do_not() -> None:
    doc = _doc("Protests went on in Caracas. The opposition called for a strike following the slaying of seven "
               "demonstrators in two days.")
    assert [c.kind for c in doc.casualties] == ["killed"]
    doc = _doc("Officials met in Maracay. Six villagers died of a still unknown disease, the doctor said.")
    assert not doc.casualties


def test_country_level_commentary_past_the_lead_is_no_event() -> None:
    text = ("Guerrillas attacked a police post in Usulutan on 18 September, killing two policemen. "
            "The army sent reinforcements to the town.\n\n"
            "A spokesman said the government has been bombing neighbourhoods and cities in El Salvador.")
    doc = _doc(text)
    assert all(e.location is None or e.location.name != "El Salvador" for e in doc.events)
    assert any("commentary" in r for r in _reasons(doc))


def test_region_summary_folds_into_the_named_fights() -> None:
    doc = _doc("Russian forces shelled Popasna on May 8. Russian forces conducted ground assaults on Lysychansk on "
               "May 8. Russian forces intensified ground attacks in Luhansk Oblast on May 8.", date(2022, 5, 8))
    names = [e.location.name for e in doc.events if e.location is not None and e.event_type]
    assert "Popasna" in names and "Lysychansk" in names
    assert not [n for n in names if "Luhansk" in n]
