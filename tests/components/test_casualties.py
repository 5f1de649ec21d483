"""Casualties: killed and injured with UCDP-style counts."""

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _cas(text: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [(c.kind, c.count.low, c.count.best, c.count.high, c.text) for c in find_casualties(doc)]


def test_counts_and_kinds() -> None:
    got = _cas("Mayor Vitali Klitschko said that at least four people were killed and that dozens of others "
               "were injured. Four to six people died. The death toll rose to 15. The blast killed 12 soldiers "
               "and wounded 30 others. A civilian was hurt. No one was killed.")
    assert ("killed", 4, 4, None, "at least four people were killed") in got
    assert ("injured", 24, 24, None, "dozens of others were injured") in got
    assert ("killed", 4, 4, 6, "Four to six people died") in got
    assert ("killed", 15, 15, 15, "death toll rose to 15") in got
    assert ("killed", 12, 12, 12, "killed 12") in got and ("injured", 30, 30, 30, "wounded 30") in got
    assert ("injured", 1, 1, 1, "A civilian was hurt") in got
    assert ("killed", 0, 0, 0, "No one was killed") in got


def test_injured_never_killed_and_unsplit() -> None:
    got = _cas("THREE PEASANTS WERE KILLED AND 2 SOLDIERS WOUNDED. There were 40 casualties.")
    assert ("killed", 3, 3, 3, "THREE PEASANTS WERE KILLED") in got
    assert ("injured", 2, 2, 2, "2 SOLDIERS WOUNDED") in got
    assert ("unsplit", 40, 40, 40, "40 casualties") in got
    assert not any(k == "killed" and b == 2 for k, _, b, _, _ in got)


def test_partitive_is_not_a_count() -> None:
    got = _cas("One of the drones hit a house and one man was injured.")
    assert got == [("injured", 1, 1, 1, "one man was injured")]


def test_lone_headline_toll_counts() -> None:
    from eventwire.components.casualties import find_casualties
    from eventwire.components.sentences import split_sentences
    from eventwire.model import Article
    from eventwire.pipeline import WorkDoc

    text = "Militia clashes kill 10 in east DR Congo"
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    found = find_casualties(doc)
    assert [(c.kind, c.count.best) for c in found] == [("killed", 10)]
