"""Round 66 (held back): gains told as going on are made where they are told; a heading is no such place."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent


def _clashes(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(text, published=date(2022, 6, 5))
            if is_violent(e) and e.sub_event_type == "Armed clash"}


def test_gains_going_on_around_a_town_are_a_clash_there() -> None:
    assert "Bakhmut" in _clashes("Russian forces continued to make limited gains around Bakhmut on June 5.")
    assert "Svyatohirsk" in _clashes("Russian forces are additionally making incremental advances to the northwest "
                                     "of Lyman around Svyatohirsk on June 5.")


def test_gains_toward_a_city_or_denied_gains_are_no_clash_there() -> None:
    assert "Zaporizhzhya" not in _clashes("Russian forces continued making territorial gains toward Zaporizhya on June 5.")
    assert "Bakhmut" not in _clashes("Russian forces are not making gains around Bakhmut, the governor said on June 5.")
