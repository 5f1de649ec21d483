"""Casualties (session 16): tolls of named people, lists, shared counts, stated zeros and lone persons."""

from eventwire.components.casualties import find_casualties
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _cas(text: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [(c.kind, c.count.low, c.count.best, c.count.high, c.text) for c in find_casualties(doc)]


def _killed(text: str) -> list[int | None]:
    return [b for k, _, b, _, _ in _cas(text) if k == "killed"]


def test_named_people_between_count_and_keyword() -> None:
    assert _killed("Nine Taliban fighters killed in Helmand raid") == [9]
    assert _killed("Two Turkish soldiers were killed near the border") == [2]
    assert _killed("Four DR Congo police killed in an ambush") == [4]
    assert _killed("Rebels storm a post in Bastar, 5 cops killed") == [5]
    assert _killed("Seven Taliban killed in clashes") == [7]
    assert _killed("Six members of the regular forces died in a raid") == [6]
    assert _killed("8 World Food Programme aid workers killed in a strike") == [8]
    assert _killed("40 #militants were killed in Logar") == [40]
    assert _killed("18 militants, including a senior commander, were killed in a raid") == [18]
    assert _killed("Scores of insurgents killed in raids") == [40]


def test_all_caps_copy_takes_no_capitalised_modifier() -> None:
    # In wire copy every word is capitalised: only the lower-case kinds ("army") may stand between.
    assert _killed("FIVE ARMY SOLDIERS WERE KILLED IN THE AMBUSH.") == [5]
    assert _killed("THE REPORT SAID 36 THE NUMBER OF PEOPLE KILLED WAS WRONG.") == [None]


def test_active_kill_takes_the_count_after() -> None:
    assert _killed("2 IEDs Kill 3 Soldiers in Kabul") == [3]
    assert _killed("Two militants kill 5 police in a night raid") == [5]
    assert _killed("Six militias kill during clashes with the army") == [6]


def test_listed_counts_are_summed() -> None:
    assert _cas("Four soldiers, 30 insurgents killed in clashes") == [
        ("killed", 34, 34, 34, "Four soldiers, 30 insurgents killed")]
    assert _killed("Gunmen kill 2 police and 3 civilians in a market") == [5]
    assert _killed("Clash leaves 9 soldiers, 4 rebels dead") == [13]
    # The last count has no people of its own before the keyword: no list.
    got = _cas("She said about 800 civilians and 2,000 wounded soldiers were still inside.")
    assert ("injured", 2000, 2000, 2000, "2,000 wounded") in got


def test_one_count_for_both_kinds_is_unsplit() -> None:
    got = _cas("Ten militia members killed and injured in a raid")
    assert ("unsplit", 10, 10, 10, "Ten militia members killed and injured") in got
    assert all(b is None for k, _, b, _, _ in got if k != "unsplit")
    assert ("unsplit", 20, 20, 20, "killed and wounded 20") in _cas("The blast killed and wounded 20 people.")
    # Each kind with its own count stays split.
    got = _cas("The bombing caused 9 deaths and injured more than 30 people.")
    assert ("killed", 9, 9, 9, "9 deaths") in got and ("injured", 31, 31, None, "injured more than 30") in got


def test_shot_dead_and_injure() -> None:
    assert _killed("Three gunmen shot dead near the hill post") == [3]
    assert ("injured", 24, 24, None, "injure dozens") in _cas("Strikes on the camp kill 10, injure dozens")


def test_no_one_hurt_is_a_stated_zero_for_both() -> None:
    got = _cas("A bomb went off in a car park; no-one was injured in the blast.")
    assert ("injured", 0, 0, 0, "no-one was injured") in got and ("killed", 0, 0, 0, "no-one was injured") in got
    assert ("killed", 0, 0, 0, "NO INJURIES") in _cas("BLAST AT CITY HALL, NO INJURIES")
    # "no casualties" stays an unsplit zero (a killed zero there cost WikiEvents a false "die" event).
    got = _cas("An engine fire broke out at the airfield and there were no casualties.")
    assert got == [("unsplit", 0, 0, 0, "no casualties")]
    # A death toll in the sentence stands: no zero is added for the killed.
    assert _killed("A bomb killed two people but nobody else was hurt.") == [2]


def test_one_person_without_a_number() -> None:
    assert _killed("Gunmen killed a police recruit outside the base") == [1]
    got = _cas("Policeman killed, 6 guards hurt in a gunfight with raiders")
    assert ("killed", 1, 1, 1, "Policeman killed") in got and ("injured", 6, 6, 6, "6 guards hurt") in got
    assert _killed("Mine blast | Army soldier killed near the border") == [1]
    assert _killed("Soldiers killed in a clash near the border") == [None]


def test_bare_dozen_in_headlines() -> None:
    assert _killed("Airstrikes kill dozen rebels in the north") == [12]
    assert [n.best for n in find_numbers("a dozen-strong unit and the dozen-strong unit")] == [12]
