"""Review of merge round 5: the "new occurrence" cue leaves out updates, look-backs and places named "New ..."."""

from __future__ import annotations

import pytest
from merge_helpers import RAFAH, told

from eventwire.merge.features import renewed, renews_text, to_rec

# Sentences written for these tests.
NOT_NEW = [
    "A new toll from strikes on the tent camp: 45 killed",  # an update of the figure
    "New death toll strikes fear into the camp",
    "Latest toll of shelling stands at 12",
    "Here is the latest on the attack in the port city",  # a live page's look at the same attack
    "Fresh details on raid emerge as families bury the dead",
    "New video of strike shows the moment the roof fell",
    "New footage of attack on convoy is released",
    "New investigation into strike on aid workers",
    "Army opens fresh probe into raid on the camp",
    "New Delhi blasts: six killed at market",  # places whose name begins with "New"
    "Gunman kills 3 in New York attack",
    "Police raise security after New York subway attack",
    "New Zealand mosque attacks leave 50 dead",
    "Papua New Guinea clashes kill 20 in the highlands",
    "New Hampshire bombing kills 2",
]
NEW = [
    "21 killed in new strikes on tents west of Rafah",
    "New Wave of Attacks Kills 20 in Gaza City",  # title case: still a cue
    "Fresh air strikes hit the port",
    "Latest clashes leave 4 dead in the camp",
    "New Delhi: new blasts rock the market",  # a cue after the place
    "Residents flee as new town clashes erupt",  # "town" is a common word, not the place New Town
]


@pytest.mark.parametrize("text", NOT_NEW)
def test_an_update_a_look_back_or_a_new_place_is_no_cue(text: str) -> None:
    assert not renews_text(text)


@pytest.mark.parametrize("text", NEW)
def test_a_new_occurrence_is_a_cue(text: str) -> None:
    assert renews_text(text)


def test_the_record_and_the_event_read_the_same_cue() -> None:
    new = told("ev_n", "ap", "21 killed in new strikes on tents west of Rafah", 21, place=RAFAH)
    toll = told("ev_t", "ap", "A new toll from strikes on tents west of Rafah: 21 killed", 21, place=RAFAH)
    assert renewed(new) and to_rec(0, new).renewed
    assert not renewed(toll) and not to_rec(1, toll).renewed
