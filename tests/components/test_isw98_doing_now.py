"""ISW round 98: an offensive, assaults or attacks told as going on ("are conducting") are clashes there."""
from datetime import date

import pytest

from eventwire.api import extract


def _clashes(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=date(2022, 6, 7))
            if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("text", [
    # trigger_rules: the progressive of the "conducted an assault/offensives near X" family.
    "Local officials said that Russian units are conducting an offensive toward Kurakhove this week.",
    "Ukrainian brigades are still launching assaults near Kurakhove despite heavy losses.",
    # assemble: a plural fight noun after "are (still) conducting" / "have been conducting" is no talk in general
    # (a second sentence: a short first one may be a headline, which is never dropped).
    "Supplies reached the eastern front on Monday. The brigade commander said his troops are still conducting "
    "small counterattacks around Kurakhove.",
    "Supplies reached the eastern front on Monday. Enemy units have been conducting infantry attacks near "
    "Kurakhove, where the front has barely moved.",
])
def test_going_on_is_a_clash(text: str) -> None:
    assert _clashes(text) == ["Kurakhove"]


@pytest.mark.parametrize("text", [
    # No auxiliary: "rather than conducting" is no report that the act is going on.
    "The brigade chose to dig in rather than conducting an offensive toward Kurakhove.",
    # An assessment ("likely") keeps the plural noun a general remark, as before (not the first sentence, which may
    # be a headline).
    "The front was quiet on Monday. Analysts think Ukrainian units are likely conducting counterattacks around "
    "Kurakhove in the south of the region.",
    # A firm's campaign is no fight.
    "The retailer is conducting an offensive toward Kurakhove shoppers with deep discounts.",
    # The singular "ground offensive" is mostly an aim or a forecast: it stays out.
    "The shelling is meant to enable a later ground offensive near Kurakhove.",
])
def test_going_on_guards(text: str) -> None:
    assert _clashes(text) == []
