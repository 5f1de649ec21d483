"""Casualties (session 16 review): guards for the review's defects on the named-people, list and zero rules."""

from eventwire.components.casualties import find_casualties
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _cas(text: str) -> list[tuple[str, int | None]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [(c.kind, c.count.best) for c in find_casualties(doc)]


def _of(text: str, kind: str) -> list[int | None]:
    return [b for k, b in _cas(text) if k == kind]


def test_a_list_after_the_keyword_takes_only_closed_people_phrases() -> None:
    assert _cas("The ambush killed 6 guards and 2 drivers were wounded near the depot.") == [("killed", 6),
                                                                                             ("injured", 2)]
    assert _cas("Drone strike kills 2 Afghan police, 4 Afghan farmers wounded in the valley") == [("killed", 2),
                                                                                                  ("injured", 4)]
    assert _of("Troops kill 3 Hamas gunmen and 9 Hamas mortars were found in the tunnel", "killed") == [3]
    assert _of("Airstrikes Kill 7 Houthis, 2 Houthi Drones Downed Over The Sea", "killed") == [7]
    # A closed list still sums.
    assert _of("Gunmen kill 2 guards and 3 herders in the hills", "killed") == [5]


def test_a_list_before_the_keyword_opens_its_clause() -> None:
    assert _of("Troops capture 14 rebels, 2 soldiers killed in the raid", "killed") == [2]
    assert _of("Police detained 6 students and 3 civilians were killed in the square.", "killed") == [3]
    assert _of("Hill town: 3 guards, 5 rebels killed in a night attack", "killed") == [8]


def test_an_active_killed_takes_its_object_not_its_subject() -> None:
    assert _of("Four bandits killed 2 herders near the well.", "killed") == [2]
    assert _of("Three Houthi gunmen shot and killed 6 traders in the market.", "killed") == [6]
    assert _of("Two Hamas fighters killed an Israeli soldier near the fence.", "killed") == [1]
    assert _of("Three raiders kill farmer near the ford", "killed") == [1]
    # Passive and reduced "killed" keep the count before it.
    assert _of("Four soldiers were killed 2 km from the border.", "killed") == [4]
    assert _of("5 soldiers killed 3 injured in a blast", "killed") == [5]


def test_a_lone_person_is_read_in_headlines_only_and_never_after_no_or_every() -> None:
    assert _of("Shells fell on the market. No trader was killed, officials said.", "killed") == [None]
    assert _of("No guard was hurt in the blast.", "injured") == [None]
    assert _of("Every recruit was wounded in the blast.", "injured") == [None]
    assert _of("The colonel was killed along with 9 of his men.", "killed") == [None]
    assert _of("Checkpoint attack | Guard killed near the bridge", "killed") == [1]


def test_no_death_toll_and_no_bodies_are_no_zero() -> None:
    assert _of("The ministry gave no death toll for the raid.", "killed") == [None]
    assert _of("No bodies were found after the fire at the depot.", "killed") == [None]
    assert _of("There were no deaths in the blast.", "killed") == [0]


def test_an_injured_zero_gives_no_killed_zero_where_a_death_is_told() -> None:
    got = _cas("Shells hit the depot. A guard was killed. No one else was injured.")
    assert ("killed", 1) in got and ("killed", 0) not in got
    got = _cas("Shells hit the depot. The cook died in hospital. Nobody was hurt.")
    assert ("killed", 0) not in got
    assert _cas("A shell hit the depot; nobody was hurt.") == [("injured", 0), ("killed", 0)]


def test_a_shared_count_needs_the_other_kind_closing_the_phrase() -> None:
    assert _cas("Market attack in Gao: 4 killed, injured flown to the capital") == [("killed", 4), ("injured", None)]
    assert _of("Six people were killed and wounded villagers were carried out of the town.", "killed") == [6]
    assert _of("9 soldiers killed and dead horses were left on the road.", "killed")[0] == 9
    assert ("unsplit", 7) in _cas("Seven guards killed and wounded in the attack")


def test_half_dozen_is_six_and_a_bare_dozen_needs_a_plural() -> None:
    assert _of("A half dozen guards were killed at the gate.", "killed") == [6]
    assert _of("A half-dozen guards were killed at the gate.", "killed") == [6]
    assert [n.best for n in find_numbers("in the last dozen years, the dozen or so, dozen dozen")] == []
    assert [n.best for n in find_numbers("troops kill dozen rebels")] == [12]


def test_title_case_modifiers_do_not_cross_a_clause() -> None:
    assert _of("Air Strike On 3 Town Clinics Sheltering Displaced Families Kills Many", "killed") == [None]
    assert _of("Rocket Strike On 2 Port Warehouses Housing Workers Killed Several", "killed") == [3]
    assert _of("Nine Taliban Fighters Killed In Ghazni Raid", "killed") == [9]


def test_a_count_with_a_singular_noun_or_an_identifier_is_no_toll() -> None:
    assert _of("5 Rifles soldier killed in a roadside blast", "killed") == [1]
    assert _of("Sector 4 Uighur traders were killed in the fire.", "killed") == [None]
    assert _of("Soldiers were killed in the Ba Ria district.", "killed") == [None]


def test_one_person_with_an_age_in_running_text() -> None:
    assert _of("A 9-year-old girl was killed in the shelling.", "killed") == [1]


def test_the_person_of_running_text_is_one_unless_others_died_with_him() -> None:
    assert _of("Two guards died at the gate. The other guard was killed by a sniper.", "killed") == [2, 1]
    assert _of("The colonel was killed along with 9 of his men.", "killed") == [None]


def test_a_reported_list_sums_and_a_person_adjective_counts() -> None:
    assert _of("The army said 4 rebels and 1 soldier were killed in the clash.", "killed") == [5]
    assert _of("THE MINISTER TOLD REPORTERS 9 REBELS AND 2 SOLDIERS WERE KILLED.", "killed") == [11]
    assert ("unsplit", 14) in _cas("The clash left 14 civilian casualties in the village.")
    assert ("unsplit", 0) in _cas("The bomb went off at night and there were no victims.")


def test_review_follow_ups_on_wire_copy() -> None:
    assert ("unsplit", 3) in _cas("THERE ARE SEVERAL DEAD AND WOUNDED CIVILIANS IN THE TOWN.")
    assert ("unsplit", 101) in _cas("MORE THAN 100 DEAD OR WOUNDED BECAUSE OF THE ATTACKS.")
    assert _of("The bombs killed four guards and one civilian.", "killed") == [5]
    assert _of("ANOTHER REBEL WAS KILLED IN THE AMBUSH.", "killed") == [1]
    assert _of("Two men died. The other person killed was a farmer.", "killed") == [2, None]
    assert _of("The raid ended in the killing of a police officer.", "killed") == [1]
    assert _of("300 SOLDIER WOUNDED IN THE FIGHTING.", "injured") == [300]
    assert ("injured", 0) in _cas("THE HOSTAGES SUFFERED NO WOUNDS.")
