"""Round 72: a taking verb joined to a far clause shares the sentence's armed subject (one event per place taken)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.components.triggers import subject_taker
from eventwire.evaluate.common import is_violent
from eventwire.model import Article
from eventwire.pipeline.workdoc import ActorMention

_DAY = date(2022, 6, 2)


def _places(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def _taker(text: str, verb: str) -> ActorMention | None:
    """What subject_taker gives the last `verb` of the text, on the pipeline's own parse."""
    doc = load_pipeline()(Article(text=text, published=_DAY))
    t0 = text.rindex(verb)
    return subject_taker(doc, doc.sentence_of(t0), t0, t0 + len(verb))


def test_a_taking_joined_by_and_far_from_its_subject_is_each_places_clash() -> None:
    got = _places("Russian forces made slow gains south of Izyum on June 2, including establishing a pontoon crossing over the "
                  "Donets River near the main road and capturing the villages of Kreminna and Rubizhne.")
    assert ("Armed clash", "Kreminna") in got
    assert ("Armed clash", "Rubizhne") in got


def test_a_finite_taking_after_and_with_an_adverb_shares_the_subject() -> None:
    got = _places("Russian units kept up their attacks toward Lyman from the east on June 2 and likely seized Drobysheve.")
    assert ("Armed clash", "Drobysheve") in got


def test_a_taking_governed_by_a_word_has_no_taker() -> None:
    # "after capturing", "even though capturing": no act told, so the subject is not handed the taking.
    shape = ("Russian forces conducted several unsuccessful ground assaults northwest of Izyum on June 2 and shelled "
             "the villages along the main road{} Dovhenke.")
    assert _taker(shape.format(" after capturing"), "capturing") is None
    joined = _taker(shape.format(", capturing"), "capturing")
    assert joined is not None and joined.text == "Russian forces"


def test_a_taking_of_unnamed_settlements_is_no_event() -> None:
    # The counterattacks are a clash west of Kherson; "retook three villages" names no place taken.
    got = _places("Ukrainian troops pressed several local counterattacks west of Kherson City on June 2 and "
                  "reportedly retook three villages.")
    assert not any(sub == "Government regains territory" for sub, _ in got)
    got = _places("Ukrainian troops pressed several local counterattacks west of Kherson City on June 2 and "
                  "reportedly retook Kyselivka.")
    assert ("Government regains territory", "Kyselivka") in got


def test_a_place_read_far_from_the_rest_of_its_sentence_gets_no_taker() -> None:
    # A name read hundreds of km from the clause's other places is likely a namesake: no event is placed there.
    got = _places("Russian forces continued local attacks around Izyum on June 2, shelling several villages along "
                  "the road, and reportedly captured Lviv.")
    assert not any(place == "Lviv" and sub != "Shelling/artillery/missile attack" for sub, place in got)
    got = _places("Russian forces continued local attacks around Izyum on June 2, shelling several villages along "
                  "the road, and reportedly captured Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got


def test_another_armed_body_before_the_verb_takes_the_subjects_place() -> None:
    # The later clause has its own subject: the retaking is the Ukrainian troops', not the Wagner fighters'.
    text = ("Wagner Group fighters pressed slow attacks south of Bakhmut on June 3, and Ukrainian troops struck back "
            "along several roads north of the city and recaptured Soledar.")
    assert _taker(text, "recaptured") is None
    assert ("Non-state actor overtakes territory", "Soledar") not in _places(text)


def test_no_taker_across_a_clause_break() -> None:
    # "while the city's defenders ...": a new clause whose subject the actor layer does not name.
    text = ("Wagner Group fighters pressed slow attacks south of Bakhmut on June 3, while the city's defenders struck "
            "back along several roads north of the town and recaptured Soledar.")
    assert _taker(text, "recaptured") is None
    assert ("Non-state actor overtakes territory", "Soledar") not in _places(text)


def test_the_takers_kind_decides_state_or_non_state() -> None:
    # Chechen fighters are a state's force (a Russian taking of a Ukrainian village is a clash); Wagner is a group.
    got = _places("Chechen fighters pushed toward Izyum from the south on June 3, building a pontoon bridge over the "
                  "Donets River, and likely seized Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got
    assert not any(sub == "Non-state actor overtakes territory" for sub, _ in got)
    got = _places("Wagner Group fighters pressed slow attacks south of Bakhmut on June 3, shelling several villages "
                  "along the main road, and reportedly captured Soledar.")
    assert ("Non-state actor overtakes territory", "Soledar") in got


def test_the_foreign_check_reads_the_same_taker_as_subject_taker() -> None:
    # The last actor before the verb is the defenders' demonym; the taker is still the Russian troops, so a clash.
    got = _places("Russian troops spent several weeks grinding through stubborn Ukrainian defensive lines south of "
                  "Izyum and captured Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got
    assert ("Government regains territory", "Dovhenke") not in got


def test_an_armed_body_after_the_subjects_verb_is_its_object_not_a_second_side() -> None:
    # The Ukrainian troops are pushed back, not the takers: the capture stays the Russian forces'.
    got = _places("Russian forces pushed back Ukrainian troops south of Izyum on June 2, shelling several villages "
                  "along the road, and reportedly captured Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got
    assert ("Government regains territory", "Dovhenke") not in got


def test_the_foreign_check_compares_the_subject_takers_own_country() -> None:
    # "British-trained" is a coded demonym before the subject: the taker is still Ukraine's troops, retaking its own
    # village, not a foreign state's battle.
    text = ("British-trained Ukrainian troops pushed toward Izyum from the south on June 3, building a pontoon bridge "
            "over the Donets River, and likely seized Dovhenke.")
    who = _taker(text, "seized")
    assert who is not None and who.country_code == "UA"
    got = _places(text)
    assert ("Government regains territory", "Dovhenke") in got
    assert ("Armed clash", "Dovhenke") not in got
