"""Round 85: a depot destroyed as the second of two targets is a strike at the named place."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 8, 3)


def _fires(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_depot_after_another_target_is_a_strike() -> None:
    got = _fires("The regional command said that Ukrainian forces destroyed three Russian strongholds and four "
                 "Russian ammunition depots near Snihurivka on August 3.")
    assert ("Shelling/artillery/missile attack", "Snihurivka") in got


def test_command_post_and_depot_is_a_strike() -> None:
    got = _fires("Ukrainian troops struck a Russian command post and an ammunition depot in Nova Kakhovka on August 3.")
    assert [s for s, _ in got] == ["Shelling/artillery/missile attack"]


def test_one_target_list_without_a_depot_is_no_strike() -> None:
    # Guard: two targets destroyed, neither a depot nor a weapon store ("strongholds and bridges" is no depot).
    got = _fires("Local officials said that flooding destroyed three farm sheds and two old barns near Zelenodolsk on "
                 "August 3.")
    assert got == []


def test_and_joins_only_one_more_target() -> None:
    # Guard: the depot far down a long sentence after "and" is not reached from an unrelated "destroyed".
    got = _fires("Storms destroyed the roof of a school and then the village council in Zelenodolsk met to discuss "
                 "a new fuel depot on August 3.")
    assert got == []
