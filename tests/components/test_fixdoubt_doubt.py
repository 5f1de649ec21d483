"""Review fixes to round 94: an ISW doubt reaches only the claim it follows, and "we" only in ISW's own voice."""

import re
from datetime import date

from eventwire.api import extract
from eventwire.components import claims, trigger_status
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 5, 3)
_SHELLING = "Shelling/artillery/missile attack"


def _fires(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_doubt_skips_an_earlier_claim_with_its_own_source() -> None:
    text = ("The General Staff said that Russian troops shelled Kharkiv on May 3, and a pro-Russian blogger claimed "
            "that Russian jets struck a fuel depot in Izium, but ISW cannot confirm this claim.")
    assert _fires(text) == [(_SHELLING, "Kharkiv")]


def test_a_next_sentence_doubt_skips_an_earlier_claim_with_its_own_source() -> None:
    text = ("The General Staff said that Russian troops shelled Kharkiv on May 3, and a pro-Russian blogger claimed "
            "that Russian jets struck a fuel depot in Izium. ISW cannot independently verify these reports.")
    assert _fires(text) == [(_SHELLING, "Kharkiv")]


def test_a_doubt_naming_another_kind_of_claim_keeps_the_shelling() -> None:
    for glue in (". ISW", "; ISW"):
        text = (f"Ukrainian officials stated that Russian troops shelled Kharkiv on May 3{glue} cannot independently "
                "verify these claims of Russian gains west of Izium.")
        assert _fires(text) == [(_SHELLING, "Kharkiv")], glue


def test_we_with_another_speaker_is_no_isw_doubt() -> None:
    text = ("Rebel radio said insurgents shelled an army post near Kirkuk on Tuesday. "
            "We cannot verify these reports, a defence ministry official told reporters.")
    assert _fires(text) == [(_SHELLING, "Kirkuk")]


def test_we_in_isws_own_voice_still_doubts_the_strike() -> None:
    text = ("Russian bloggers claimed that Ukrainian jets struck a fuel depot in Izium on May 3. "
            "We cannot independently confirm these claims.")
    assert _fires(text) == []


def test_a_doubted_claim_of_soldiers_killed_still_tells_of_fighting() -> None:
    text = ("The General Staff said that Ukrainian troops killed 40 Russian soldiers near Izium on May 3, "
            "but ISW cannot independently confirm this claim.")
    assert _fires(text) == [("Armed clash", "Izyum")]


def test_the_report_verbs_are_those_of_claims() -> None:
    ours = set(re.sub(r"\[sz\]", "z", trigger_status.REPORT_OR_STATE_VERBS).split("|"))
    assert ours == set(re.sub(r"\[sz\]", "z", claims.VERBS).split("|")) | {"states"}


def test_a_kill_that_follows_a_doubted_strike_goes_with_it() -> None:
    text = ("Russian bloggers claimed that Ukrainian jets struck a command post near Tokmak on May 3, killing two "
            "colonels. ISW cannot independently verify this strike.")
    assert _fires(text) == []
