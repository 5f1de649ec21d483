"""Review fixes of wire stories round 3 (session 17): the lead's own day, guarded wire rules, a crowd riot's code."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 5, 12)


def _events(text: str, day: date = _DAY) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(e.sub_event_type, str(e.date.start), e.plover.event if e.plover else None,
             e.plover.mode if e.plover else None) for e in extract(text, published=day) if is_violent(e)]


def _dates(text: str, sub: str, day: date = _DAY) -> list[str]:
    return [d for s, d, _, _ in _events(text, day) if s == sub]


def test_only_a_day_told_with_the_act_replaces_the_datelines() -> None:
    air = "Air/drone strike"
    assert _dates("AMMAN, May 12 - Syrian jets bombed rebel camps near Hama, a week after rebels ambushed an army "
                  "convoy on May 4.", air) == ["1987-05-12"]
    assert _dates("TEHRAN, May 12 - Iraqi jets bombed Tabriz for the first time since the ceasefire on April 20, "
                  "radio said.", air) == ["1987-05-12"]
    text = "COLOMBO, May 12 - Gunmen shot dead a Tamil teacher abducted on May 6, the police said."
    assert "1987-05-12" in [d for _, d, _, _ in _events(text)]
    assert "1987-05-06" not in _dates(text, "Attack")
    text = "KABUL, May 12 - Rebels shelled the garrison of Urgun, retaken by army units on May 1, officials said."
    assert _dates(text, "Shelling/artillery/missile attack") == ["1987-05-12"]
    # The act's own day in its own clause still wins.
    assert _dates("MANAMA, May 12 - Unknown jets raided a Saudi tanker in the Gulf on Sunday, shippers said.",
                  air) == ["1987-05-10"]
    # An apposition, an "and" between nouns, or "that occurred on" keep the day the act's.
    text = "QUITO, May 12 - Gunmen killed Luis Vera, head of the farm union and the peasant league, in Cuenca on Sunday."
    assert _dates(text, "Attack") == ["1987-05-10"]
    text = "LIMA, May 12 - Army units killed 9 rebels in clashes that occurred on Saturday in Ayacucho, police said."
    assert _dates(text, "Armed clash") == ["1987-05-09"]


def test_a_dash_in_body_copy_is_no_dateline() -> None:
    text = "Gunmen killed three guards near Tyre on May 8 - the day the talks opened - and fled on May 9."
    assert _dates(text, "Attack") == ["1987-05-08"]


def test_rounds_that_are_no_shells_make_no_shelling() -> None:
    for text in ("Soldiers fired 40 rubber rounds at youths throwing stones in Hebron today.",
                 "A patrol boat fired 2 warning rounds near a trawler off Quemoy today."):
        assert "Shelling/artillery/missile attack" not in [e[0] for e in _events(text)], text


def test_crushed_smashed_routed_need_the_force_as_their_object() -> None:
    for text in ("Three passengers were crushed in a bomb attack on a train near Lahore today.",
                 "Police routed buses around the attack scene in west Beirut today.",
                 "Students smashed doors at the division offices in Yerevan today."):
        assert "Armed clash" not in [e[0] for e in _events(text)], text
    assert [e[0] for e in _events("Army units routed three guerrilla battalions near Kunar today.")] == ["Armed clash"]


def test_aircraft_destroyed_or_hit_in_the_passive_strike_nothing() -> None:
    for text in ("Iraq showed the wreckage of two Iranian jets destroyed the previous night near Basra.",
                 "Guerrillas said three army helicopter gunships hit by rockets came down near Herat yesterday."):
        assert "Air/drone strike" not in [e[0] for e in _events(text)], text


def test_a_crowd_riot_takes_a_riots_plover_code_and_an_armed_party_keeps_a_battle() -> None:
    events = _events("Students clashed with police at the campus gates in Seoul today.")
    assert ("Violent demonstration", "PROTEST", "riot") in [(e[0], e[2], e[3]) for e in events]
    assert not any(e[2] == "ASSAULT" for e in events)
    for text in ("Rebels and farmers clashed with police near Huancayo today, killing 3 policemen.",
                 "Armed peasants clashed with police in Bihar today, leaving four dead."):
        subs = [e[0] for e in _events(text)]
        assert "Armed clash" in subs and "Violent demonstration" not in subs, text


def test_a_dated_title_line_is_read_once() -> None:
    text = ("Quetta, May 12 - Bomb Blast Kills Nine At Bus Stand\n\n"
            "A bomb exploded at a bus stand in Sibi on Sunday, killing 9 people, police said.")
    assert [d for _, d, _, _ in _events(text)] == ["1987-05-10"]


def test_an_answered_day_of_the_month_keeps_a_report_without_dateline_on_it() -> None:
    text = "Russian forces shelled Sumy City in retaliation for Ukrainian strikes on Kursk on June 3."
    assert _dates(text, "Shelling/artillery/missile attack", date(2022, 6, 5)) == ["2022-06-03", "2022-06-03"]


def test_naval_infantry_attacking_people_is_no_shelling() -> None:
    text = "Naval forces attacked strikers at the docks in Karachi today, killing three."
    assert "Shelling/artillery/missile attack" not in [e[0] for e in _events(text)]
