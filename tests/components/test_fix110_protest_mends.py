"""Review mends to the blockade rule and the rival-rally camps (s23, review a: D3-D6, B1, B4, N3)."""

import copy
import datetime
from importlib import resources

import tomllib

import eventwire
from eventwire.api import _as_article, load_pipeline
from eventwire.components.assemble import Group
from eventwire.components.assemble_protest import fold_protests
from eventwire.components.political_rules import lexicon
from eventwire.components.trigger_block import BLOCKADE
from eventwire.components.trigger_rules import RULES
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return eventwire.extract(text, published=DAY)


def _demos(text: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == "Protests"]


def test_reported_speech_about_troops_blocking_roads_is_no_protest() -> None:
    for text in ("Residents said Russian troops blocked roads out of Kherson on Monday.",
                 "Villagers reported that soldiers blocked the bridge near Izium on Monday.",
                 "Workers said soldiers blocked the road to the mine on Monday.",
                 "Residents said debris blocked roads in Kharkiv after the strike on Monday."):
        assert not _demos(text), text


def test_a_state_or_officers_blocking_with_an_aim_are_no_protesters() -> None:
    for text in ("Israel blocked access to the border crossing on Monday, demanding the release of the hostages.",
                 "Azerbaijan blocked the Lachin road on Monday, demanding inspections.",
                 "The government blocked access to social media on Monday to protest the sanctions.",
                 "Kenyan police officers blocked the road in Nairobi on Monday demanding bribes.",
                 "Russian border guards blocked the border crossing on Monday to demand documents.",
                 "Russia blocked access to the port on Monday, demanding concessions.",
                 "Police blocked the roads on Monday to demand IDs."):
        assert not _demos(text), text


def test_crowds_named_with_a_state_or_office_word_still_block_in_protest() -> None:
    for text in ("Government workers blocked the road in Nairobi on Monday, demanding unpaid wages.",
                 "Farmers in Poland blocked the border crossing on Monday, demanding a ban on grain imports.",
                 "After police cleared the square, hundreds blocked the main road in Nairobi on Monday to protest "
                 "the evictions.",
                 "Farmers driving tractors blocked roads near Lyon on Monday."):
        assert [e.sub_event_type for e in _demos(text)] == ["Peaceful protest"], text


def test_the_blockade_pattern_has_one_source() -> None:
    raw = tomllib.loads(resources.files("eventwire").joinpath("data/lexicons/political.toml").read_text("utf-8"))
    mine = [r for r in raw["rule"] if r.get("pattern_ref") == "blockade"]
    assert len(mine) == 1 and "pattern" not in mine[0] and mine[0]["acled"] == ["Protests", "Peaceful protest"]
    assert [r.pattern for r in lexicon().rules if r.mode == "obstruct" and r.acled] == [BLOCKADE]
    assert [r.pattern for r in RULES if r.mode == "obstruct"] == [BLOCKADE]


def test_a_toll_at_one_of_two_rival_rallies_is_counted_once_on_its_own_camp() -> None:
    evs = _demos("Supporters of the president rallied in Nairobi on Sunday; opposition supporters held a "
                 "counter-rally nearby, where police shot dead two protesters.")
    assert len(evs) == 2
    tolls = [e.fatalities.best if e.fatalities else None for e in evs]
    assert sorted(tolls, key=str) == [2, None]
    told = next(e for e in evs if e.fatalities and e.fatalities.best)
    assert any("counter-rally" in ev.text for ev in told.evidence)
    # Each camp's sub-type and second side follow its own clause: the police shot at the counter-rally only.
    other = next(e for e in evs if e is not told)
    assert told.sub_event_type == "Excessive force against protesters"
    assert [a.name for a in told.actors] == ["Protesters (Kenya)", "Police Forces of Kenya"]
    assert other.sub_event_type == "Peaceful protest"
    assert [a.name for a in other.actors] == ["Protesters (Kenya)"]


def test_one_side_spelled_two_ways_is_one_rally() -> None:
    for text in ("Pro-EU protesters rallied in Tbilisi on Sunday. Pro-European demonstrators marched through "
                 "Tbilisi on Sunday, waving flags.",
                 "Pro-Russian activists rallied in Chisinau on Sunday. Pro-Kremlin demonstrators marched in Chisinau "
                 "on Sunday.",
                 "Supporters of Imran Khan rallied in Lahore on Sunday. Supporters of the PTI marched in Lahore on "
                 "Sunday."):
        assert len(_demos(text)) == 1, text


def test_a_crowd_opposing_a_plan_is_no_rival_crowd() -> None:
    assert len(_demos("Thousands rallied in Paris on Sunday. Farmers opposing the reform marched in Paris on "
                      "Sunday.")) == 1


def test_for_and_against_one_thing_spelled_two_ways_are_two_crowds() -> None:
    for text in ("Pro-EU activists rallied in Tbilisi on Sunday, while anti-European protesters marched nearby.",
                 "Pro-Russia activists rallied in Tbilisi on Sunday, while anti-Russian protesters marched nearby."):
        assert len(_demos(text)) == 2, text


def test_a_later_camp_is_never_folded_into_an_earlier_camps_event() -> None:
    # Camp 0 is a peaceful rally whose arrests make it an intervention; camp 1 is already an intervention, under the
    # key camp 0's event then takes (review s23 a, B4).
    text = ("Supporters of the president rallied in Nairobi on Sunday and police apprehended five of them. "
            "Opposition supporters held a counter-rally in Nairobi on Sunday.")
    doc = load_pipeline()(_as_article(text, DAY))
    rally, arrest, counter = (copy.copy(next(t for t in doc.triggers if t.text.startswith(w)))
                              for w in ("rallied", "apprehended", "held"))
    rally.sub_event_type, counter.sub_event_type = "Peaceful protest", "Protest with intervention"
    arrest.event_type, arrest.sub_event_type = "Strategic developments", "Arrests"
    day = datetime.date(2024, 3, 3)
    groups = {("Protests", "Peaceful protest", None, 184745, day): Group(triggers=[rally]),
              ("Strategic developments", "Arrests", None, 184745, day): Group(triggers=[arrest]),
              ("Protests", "Protest with intervention", None, 184745, day): Group(triggers=[counter])}
    out = fold_protests(doc, groups)
    demos = {k: g for k, g in out.items() if k[0] == "Protests"}
    assert len(demos) == 2
    assert sorted(len(g.triggers) for g in demos.values()) == [1, 2]  # the arrest joined the president's camp
    assert {k[1] for k in demos} == {"Protest with intervention"}


def test_a_bare_counter_rally_noun_is_no_trigger() -> None:
    pipe = load_pipeline()
    for text in ("The counter-rally was called off on Sunday.", "Police banned the counter-protest on Sunday."):
        doc = pipe(_as_article(text, DAY))
        assert not any("counter" in t.text for t in doc.triggers), text
    doc = pipe(_as_article("Opposition supporters held a counter-rally nearby on Sunday.", DAY))
    assert any("counter-rally" in t.text for t in doc.triggers)
