"""Casualties (session 35, toll210): killings told of named people, titles and person nouns the counts lacked."""

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _killed(text: str) -> list[int | None]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [c.count.best for c in find_casualties(doc) if c.kind == "killed"]


def test_a_named_victim_of_a_passive_killing_is_one() -> None:
    assert _killed("Hamas political leader Ismail Haniyeh was killed in an Israeli strike in Tehran.") == [1]
    assert _killed("Journalist Jean Dupont was shot dead.") == [1]
    assert _killed("Russian-backed separatist commander Mikhail Tolstykh was killed by a bomb blast.") == [1]
    assert _killed("Police chief Ana Ruiz was gunned down outside her home.") == [1]
    assert _killed("Mr Dupont was killed by a sniper.") == [1]
    assert _killed("Hamas said Israeli hostage Noa Levi was killed.") == [1]
    # A name with an apposition that tells a person (an age, a title) before the verb.
    assert _killed("Jean Dupont, a local journalist, was shot dead in the capital.") == [1]
    assert _killed("JOSE MORA, 51, A RETIRED JUDGE, WAS SHOT DEAD IN HIS CAR.") == [1]
    assert _killed("DEPUTY PABLO RUIZ, OF THE LIBERAL PARTY, WAS MURDERED THIS AFTERNOON.") == [1]


def test_names_listed_as_one_subject_are_one_each() -> None:
    assert _killed("Jean Dupont and Marie Lenoir were shot dead in their car.") == [2]


def test_a_named_object_of_an_active_killing_is_one() -> None:
    assert _killed("Gunmen shot dead Haitian journalist Jean Dupont in Port-au-Prince.") == [1]
    assert _killed("Gunmen assassinated Ecuadorian presidential candidate Luis Moreno in Quito.") == [1]
    assert _killed("Gunmen gunned down radio host Carlos Vega.") == [1]
    assert _killed("THE REBELS ALSO KILLED ATTORNEY GENERAL JUAN PEREZ ORTIZ.") == [1]


def test_a_named_person_listed_with_a_count_adds_one() -> None:
    assert _killed("Sheikh Ahmed and two of his bodyguards were killed when a drone struck their car.") == [3]
    assert _killed("His driver and two bodyguards were killed.") == [3]


def test_person_nouns_and_verbs_the_reader_lacked() -> None:
    assert _killed("Six priests were murdered in San Salvador.") == [6]
    assert _killed("Six Jesuit priests were killed.") == [6]
    assert _killed("The mayor of Medellin was killed by unidentified gunmen.") == [1]
    assert _killed("A priest was shot dead by militiamen.") == [1]


def test_killers_and_names_that_are_no_victims_add_nothing() -> None:
    assert _killed("Juan Perez killed two soldiers.") == [2]  # the killer's name is no victim
    assert _killed("It was founded by the assassinated former prime minister Rafik Hariri.") == [None]
    assert _killed("The group vowed to kill Jean Dupont.") == [None]
    assert _killed("The army denied killing Jean Dupont.") == [None]
    assert _killed("Ukrainian President Volodymyr Zelensky was not killed.") == [None]
    assert _killed("Jean Dupont survived an assassination attempt.") == []
    assert _killed("Jean Dupont was wounded in the attack.") == []
    assert _killed("Thousands attended the Hariri assassination anniversary.") == []
    # A group, a force or an event is no name: "Islamic Jihad members", "Strike On Kharkiv".
    assert _killed("The army killed Islamic Jihad members in Jenin.") == [None]
    assert _killed("Strike On Kharkiv Killed Civilians.") == [None]
    # In all-caps copy a bare name tells no person: only a title or an apposition does.
    assert _killed("THE POLICE SAID THAT JUAN PEREZ WAS KILLED.") == [None]
    assert _killed("THE ARMY KILLED FMLN GUERRILLAS IN MORAZAN.") == [None]
    # "ACCORDING TO THE OFFICIAL BULLETIN," is no person listed before the count.
    assert _killed("ACCORDING TO THE OFFICIAL BULLETIN, 14 GUERRILLAS WERE KILLED.") == [14]


def test_a_named_person_inside_a_stated_count_adds_nothing() -> None:
    assert _killed("Five people, including mayor Jean Dupont, were killed.") == [5]
