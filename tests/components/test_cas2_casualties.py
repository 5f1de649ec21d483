"""Casualties (session 18, cas2): lone persons listed with a count, long and comma-less asides, martyrs."""

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _killed(text: str) -> list[int | None]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [c.count.best for c in find_casualties(doc) if c.kind == "killed"]


def test_lone_person_listed_before_a_count() -> None:
    assert _killed("Wire digest: Army officer, 5 rebels killed in a raid on a camp") == [6]
    assert _killed("Village chief and seven police officers killed in an ambush") == [8]
    assert _killed("A soldier and 4 insurgents were killed in clashes near the border.") == [5]
    # A negation or a quantifier is no person; a count with no people named is no list member.
    assert _killed("No soldier and 4 insurgents were killed in clashes near the border.") == [4]
    assert _killed("Army officer, 5 killed in a raid") == [5]


def test_lone_person_listed_after_the_verb() -> None:
    assert _killed("Airstrike kills rebel deputy commander, 3 others in the north") == [4]
    assert _killed("Gunmen killed a teacher and two students in the town.") == [3]
    # "and wounded 3 others" is another figure, not a list member.
    assert _killed("Gunmen killed a teacher and wounded 3 others in the town.") == [1]


def test_aside_may_lengthen_the_gap() -> None:
    # The count ends 80 characters before its keyword: past the plain limit of 70, within an aside's 130.
    assert _killed("14 rebel fighters, including a senior commander known to locals as the Hawk, were killed in the "
                   "raid on the camp.") == [14]
    # Without an aside the gap stays short: a count far before the keyword is another's.
    assert _killed("12 rebel fighters crossed the river near the old bridge at dawn yesterday and a "
                   "farmer was killed") == [1]


def test_comma_less_aside_is_a_part_of_the_toll() -> None:
    assert _killed("Unrest: At Least 210 Including 19 Children Killed") == [210]
    assert _killed("Six people including 2 children killed in market blast") == [6]


def test_martyrs_are_people() -> None:
    assert _killed("About 30 martyrs, including 4 women, were killed in air raids on the town") == [30]


def test_wire_slug_opens_a_headline_segment() -> None:
    assert _killed("UPDATE 2-Officer killed as rioters clash with police") == [1]


def test_comma_less_aside_in_wire_capitals() -> None:
    assert _killed("THREE PEOPLE INCLUDING ONE POLICEMAN WERE KILLED BY THE BLAST.") == [3]
