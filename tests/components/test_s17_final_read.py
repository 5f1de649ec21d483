"""Session 17 final read: a folded act keeps its toll in every fold; 'in revenge for' dates like 'in retaliation for'.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from eventwire import extract
from eventwire.model import is_violent


def test_an_act_folded_into_its_named_village_keeps_its_toll() -> None:
    # Shape: a direction-from-town act with a toll, then the village on that axis: one event, the toll kept.
    text = ("Russian forces conducted unsuccessful ground attacks northwest of Slovyansk on June 3, in which 12 Russian "
            "soldiers were killed. Russian troops launched an unsuccessful assault on Bohorodychne, about 20 km "
            "northwest of Slovyansk, on June 3.")
    evs = [e for e in extract(text, published=date(2022, 6, 4)) if is_violent(e)]
    assert any(e.fatalities is not None and e.fatalities.best == 12 for e in evs)


def test_revenge_for_an_earlier_raid_dates_like_retaliation() -> None:
    # "in revenge for a raid on <day>" answers the raid; the act itself is the story's, as with "in retaliation for".
    base = "SIDON, May 12 - Israeli gunboats shelled the port of Tyre in {} for a guerrilla raid on May 9."
    days = []
    for word in ("retaliation", "revenge"):
        evs = [e for e in extract(base.format(word), published=date(1987, 5, 12)) if is_violent(e)]
        days.append(sorted({e.date.start for e in evs}))
    assert days[0] == days[1] == [date(1987, 5, 12)]
