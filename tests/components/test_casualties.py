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
    got = _cas("The governor said at least five people were killed and that dozens of others "
               "were injured. Four to six people died. The death toll rose to 15. The blast killed 12 soldiers "
               "and wounded 30 others. A civilian was hurt. No one was killed.")
    assert ("killed", 5, 5, None, "at least five people were killed") in got
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


def _fatal(text: str) -> tuple[int | None, int | None, list[str]]:
    from datetime import date

    import eventwire

    events = [e for e in eventwire.extract(text, published=date(2025, 6, 6)) if e.event_type]
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    e = events[0]
    return e.fatalities.best, e.injured.best, [f.code for f in e.flags]


def test_running_totals_update_add_and_repeat() -> None:
    # A toll that rises replaces the figure; it is not added to it.
    assert _fatal("A Russian missile strike hit Kharkiv on Friday. Four people were killed. "
                  "Later the death toll rose to 9.")[0] == 9
    # The same toll told twice is counted once.
    assert _fatal("A Russian missile strike hit Kharkiv on Friday. Four people were killed. "
                  "Rescuers said four people died.")[0] == 4
    # "Another three" adds to the figure; a part ("including two children") does not.
    assert _fatal("A Russian missile strike hit Kharkiv on Friday. Two soldiers were killed. "
                  "Another three civilians were killed.")[0] == 5
    assert _fatal("A Russian missile strike hit Kharkiv on Friday, and nine people were killed, "
                  "including two children.")[0] == 9


def test_casualties_alone_fill_neither_figure() -> None:
    killed, injured, flags = _fatal("A Russian missile strike hit Kharkiv on Friday. There were 40 casualties.")
    assert (killed, injured) == (None, None) and "casualties_unsplit" in flags


def test_demonym_plurals_and_named_single_victims() -> None:
    got = _cas("37 Palestinians killed as fresh Israeli raids hit the Gaza Strip")
    assert ("killed", 37, 37, 37, "37 Palestinians killed") in got
    got = _cas("Israeli drone kills Hamas deputy chief in Sidon")
    assert [(k, b) for k, _, b, _, _ in got] == [("killed", 1)]
    got = _cas("Dozens reported dead after Israeli strike hits UN school in Rafah")
    assert [(k, lo) for k, lo, _, _, _ in got] == [("killed", 24)]
    assert _cas("The strike killed soldiers in the trench.")[0][2] is None  # a plural: no figure
