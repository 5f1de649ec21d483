"""fmend33: a build-up's purpose reaches only its own noun phrase; a road adds no towns beside a told toll at a
region or an act placed outside the road's clause. Sentences written for these tests (no news text)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.trigger_aims import built_up_for
from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2023, 5, 14)
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def _events(text: str) -> set[tuple[str | None, str | None, int | None]]:
    """(sub-type, place, killed) of the events extracted from the text."""
    return {(e.sub_event_type, e.location.name if e.location else None, e.fatalities.low)
            for e in extract(text, published=PUB)}


@pytest.mark.parametrize(("text", "event"), [
    # a new subject after ", and" tells its own act, with its own toll
    ("Israeli forces amassed armour outside Jabalia for a ground push, and airstrikes killed 14 people in Jabalia on "
     "Monday.", (AIR, "Jabālyā", 14)),
    ("Russian forces massed units near Sumy for an offensive, and shelling killed two residents of Sumy on Monday.",
     (SHELL, "Sumy", 2)),
    ("The army redeployed soldiers to Goma for a crackdown, and gunfire killed six people in the city on Monday.",
     ("Attack", "Goma", 6)),
    ("The RSF concentrated fighters near Omdurman for an assault, and a drone strike killed seven people in Omdurman "
     "on Monday.", (AIR, "Omdurman", 7)),
    ("Russian troops regrouped around Avdiivka for an attack, and fighting killed three Ukrainian soldiers there on "
     "Monday.", ("Armed clash", "Avdiyivka", 3)),
    ("Russian forces concentrated drones near Kursk for strikes on Sumy, and a drone strike killed two people in Sumy "
     "on Monday.", (AIR, "Sumy", 2)),
    # "and" with no comma before a new subject
    ("Myanmar's army moved artillery to Myawaddy for a counteroffensive and airstrikes hit the town on Monday.",
     (AIR, "Myawaddy", None)),
    # a passive: the moving force is the victim, "for" belongs to its errand
    ("A column transporting troops for the offensive was hit by a drone strike near Kupiansk on Monday.",
     (AIR, "Kupyansk", None)),
    ("Lorries transporting ammunition for the army were ambushed by gunmen near Maiduguri on Monday.",
     ("Armed clash", "Maiduguri", None)),
])
def test_an_act_told_after_a_purpose_clause_stays(text: str, event: tuple[str, str, int | None]) -> None:
    assert event in _events(text)


def test_the_purpose_keeps_its_own_noun_phrase() -> None:
    text = "Russian forces are massing brigades near Lyman for a renewed attack on Siversk."
    t0 = text.index("attack")
    assert built_up_for(text, 0, t0, t0 + 6) == "massing brigades near Lyman for"
    # a finite verb right after the act: the act noun is a subject, the act is done
    text = "Russian forces massed brigades near Lyman for an offensive and strikes destroyed two bridges."
    t0 = text.index("strikes")
    assert built_up_for(text, 0, t0, t0 + 7) is None


def _run(text: str) -> WorkDoc:
    """The default pipeline with the codebook's front-report size gate off (the test texts are short)."""
    config = load_pipeline_config(None)
    for stage in config["stage"]:
        if stage["name"] == "codebook.rules.v1":
            stage["args"] = {"min_events": 0, "rules": ["mixed_fires", "line"]}
    return Pipeline.from_config(config)(Article(text=text, published=date(2022, 10, 7)))


def _placed(doc: WorkDoc) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in doc.events
            if e.event_type not in (None, "Strategic developments")}


def test_a_road_fight_with_a_toll_at_its_region_is_one_record() -> None:
    doc = _run("Russian aircraft carried out airstrikes along the Svatove-Kreminna road in Luhansk Oblast on "
               "October 7, killing two civilians.")
    assert _placed(doc) == {(AIR, "Luhansk Oblast")}
    assert [e.fatalities.low for e in doc.events if e.sub_event_type == AIR] == [2]


def test_a_road_adds_no_towns_beside_an_act_placed_elsewhere() -> None:
    doc = _run("Russian troops fired on Kupiansk and Lyptsi on October 7. Russian troops attacked near Robotyne and "
               "Verbove on October 7. Russian troops carried out attacks along the Vuhledar-Marinka road in western "
               "Donetsk Oblast on October 7, wounding four civilians.")
    names = {name for _, name in _placed(doc)}
    assert not names & {"Vuhledar", "Mar'yinka"}
