"""Round 104, third review mend: a county word is US footing only in a US shape (geoparsing/footing.py).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.geoparsing.footing import _LOCAL_UNIT


@pytest.mark.parametrize("text", [
    "Riders stopped on County Road 225 at noon.", "The county sheriff closed the bridge.",
    "The Cass County Sheriff's Office said so.", "The township Board of Education met on Monday.",
    "The township trustees voted against the plan.",
])
def test_a_us_shape_of_a_local_unit_is_a_cue(text: str) -> None:
    assert _LOCAL_UNIT.search(text)


@pytest.mark.parametrize("text", [
    "The county governor said so.", "The county commissioner visited the camp.", "County Antrim police said so.",
    "The county assembly was adjourned.", "Residents of the township said police fired rubber bullets.",
    "Township officials said the road was closed.",
])
def test_a_bare_county_or_township_word_is_no_cue(text: str) -> None:
    assert not _LOCAL_UNIT.search(text)


@pytest.mark.parametrize("text", [
    "Drones struck targets near Silver Star on Monday, the county governor said.",  # Kenyan usage
    "Dana Cole, 41, of Ten Mile, said the county commissioner had visited.",
    "Dana Cole, 41, of Ten Mile, said residents of the township had fled.",
    "Dana Cole, 41, of Ten Mile, said County Kerry police had called.",  # Irish order
])
def test_a_bare_county_or_township_word_gives_no_post_office_town(us_town_reads: Callable[[str], list[str]], text: str) -> None:
    assert us_town_reads(text) == []


@pytest.mark.parametrize("text", [
    "Dana Cole, 41, of Ten Mile, said the county sheriff had closed the road.",
    "Dana Cole, 41, of Ten Mile, said the township Board of Education had met.",
    "Dana Cole, 41, of Ten Mile, said he had driven across Knox County.",  # a county of a US state
    "Dana Cole, 41, of Ten Mile, said he was riding along Cass County Road 12.",
])
def test_a_us_shaped_county_or_township_keeps_the_post_office_town(us_town_reads: Callable[[str], list[str]], text: str) -> None:
    assert us_town_reads(text) == ["Ten Mile"]
