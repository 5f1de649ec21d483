"""Round 61: news and wire stories: routes, past and paused attacks, rumours, works accidents, other senses."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 6, 5)
_LEAD = "Shipping resumed in the Gulf on Friday. "  # two sentences: not a lone headline


def _events(text: str, published: date = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.event_type, e.sub_event_type) for e in extract(text, published=published))


def _violent(text: str, published: date = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_route_named_by_its_ends_is_not_where_when_a_town_is_told() -> None:
    got = _violent("BAGHDAD, June 5 - Iraq said it had beaten off an Iranian attack on posts east of the town of "
                   "Amarah on the Baghdad-Basra highway.")
    assert [place for _, place in got] == ["Al ‘Amārah"]


def test_a_route_alone_still_gives_its_end() -> None:
    got = _violent("Gunmen ambushed a convoy on the Kabul-Gardez highway on Thursday, killing three policemen.")
    assert [place for _, place in got] == ["Kabul"]


def test_an_attack_in_the_past_is_background() -> None:
    assert _violent(_LEAD + "Both gas fields were targets of Iraqi air strikes in the past, but no raid "
                    "was reported this week.") == []


def test_in_the_past_24_hours_is_news() -> None:
    got = _violent(_LEAD + "Russian forces shelled Kharkiv in the past 24 hours, killing two civilians.")
    assert got == [("Shelling/artillery/missile attack", "Kharkiv")]


def test_an_attack_days_before_another_is_its_past() -> None:
    assert _violent(_LEAD + "Kharg Island was badly damaged by an Iraqi air raid only ten days before the talks "
                    "began.") == []
    got = _violent(_LEAD + "Iraqi jets bombed Kharg Island two hours before dawn on Thursday.")
    assert got == [("Air/drone strike", "Kharg Island")]


def test_an_attack_dated_months_back_that_describes_a_ship_is_background() -> None:
    assert _violent(_LEAD + "The destroyer, damaged last month in an Iraqi air raid off Kuwait, left Bahrain on "
                    "Sunday.") == []


def test_a_rumour_of_a_strike_is_no_report() -> None:
    assert _violent(_LEAD + "Traders in London spoke of rumours that the navy had launched a retaliatory strike "
                    "against Iran.") == []
    assert _events("Radio hosts repeated rumours that thousands had protested in Bamako on Friday.") == []


def test_a_pause_in_bombings_is_no_bombing() -> None:
    assert _violent("BOGOTA, June 2 - A guerrilla group declared a halt to its bombings of oil pipelines "
                    "until the tax is levied.") == []
    assert _violent(_LEAD + "A navy commander threatened a resumption of air raids on the oil terminals.") == []


def test_a_blast_at_works_with_no_weapon_is_an_accident() -> None:
    assert _violent(_LEAD + "An explosion and fire damaged a grain elevator in Bancroft, Iowa, on Friday.") == []
    assert _violent(_LEAD + "A huge explosion in a textile factory in Harbin killed 40 workers on Friday.") == []


def test_a_bomb_at_a_factory_is_still_a_bomb() -> None:
    got = _violent(_LEAD + "A bomb planted by rebels exploded in a textile factory in Medellin on Friday.")
    assert [sub for sub, _ in got] == ["Remote explosive/landmine/IED"]


def test_attacks_in_other_senses_are_no_events() -> None:
    assert _violent(_LEAD + "The manager was barred from Kathmandu airport for news about a bird strike.") == []
    assert _violent(_LEAD + "The program launches a denial-of-service attack against shops that advertise by spam.") == []
    assert _violent(_LEAD + "The play opens with a nurse washing a soldier after a fictional gas attack in "
                    "Leeds.") == []
    assert _violent("Mining blasts rattle houses near Letseng\n\nFamilies say the damage grows each week.") == []


def test_the_capital_an_attack_is_blamed_on_is_not_where() -> None:
    got = _violent(_LEAD + "Officials denounced a drone strike on a dormitory in eastern Ukraine on Friday, which "
                   "Moscow blamed on Kyiv.", date(2026, 5, 24))
    assert got == [("Air/drone strike", "Ukraine")]


def test_the_attack_a_span_began_with_is_background() -> None:
    assert _violent(_LEAD + "Ministers had been weighing a reply since Friday when an attack on a Kuwaiti port "
                    "damaged a ship.", date(1987, 6, 8)) == []  # told on Monday: the Friday before


def test_an_attack_named_in_a_condition_is_no_event() -> None:
    assert _violent(_LEAD + "The truce was declared on condition that the rebels stop shelling the border towns.") == []


def test_the_last_attack_dated_back_is_background() -> None:
    got = _violent("Iraq said its jets struck two ships off the Iranian coast in raids early today. The previous "
                   "reported Iraqi raid on tankers was on February 26, when a cargo ship was hit by a rocket east of "
                   "Lavan Island.", date(1987, 3, 18))
    assert got == [("Air/drone strike", "Iran")]
    got = _violent(_LEAD + "Iraqi warplanes hit a tanker near Kharg Island in the last attack of the night.",
                   date(1987, 3, 18))
    assert [sub for sub, _ in got] == ["Air/drone strike"]


def test_a_strike_joined_an_aircraft_name_and_a_boom_in_betting_are_no_attacks() -> None:
    assert _violent("Thousands join strike in Cardiff\n\nTeachers walked out over pay on Monday.") == []
    assert _violent(_LEAD + "A minister said projects such as the Joint Strike Fighter and the Nimrod aircraft caused "
                    "most of the delay.") == []
    assert _violent(_LEAD + "Economists warned of an explosion in online betting across Manchester.") == []


def test_a_place_in_ruins_after_an_attack_is_where_the_attack_was() -> None:
    got = _violent("Khan Younis market in ruins after deadly Israeli attack", date(2023, 12, 25))
    assert [sub for sub, _ in got] == ["Attack"]
    assert _violent("Families mourn after deadly Israeli attack", date(2023, 12, 25)) == []
