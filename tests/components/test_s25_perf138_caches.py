"""Session 25 speed round: the per-run `not_where` answers and the took-place verb gate change no output."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import town_doc
from eventwire.api import extract
from eventwire.components.assemble_retell import _TOOK_PLACE, _TOOK_PLACE_VERB
from eventwire.components.assemble_scene import not_where
from eventwire.evaluate.common import is_violent
from eventwire.model import Article
from eventwire.pipeline import WorkDoc

_DAY = date(2022, 10, 18)


def _doc(text: str, *towns: tuple[str, int]) -> WorkDoc:
    return town_doc(text, _DAY, *towns)


def test_the_kept_answer_is_the_fresh_one() -> None:
    doc = _doc("Russian forces attacked in the Kherson and the Zaporizhia directions near Orikhiv.",
               ("Kherson", 290_000), ("Zaporizhia", 710_000), ("Orikhiv", 14_000))
    fresh = [not_where(doc, p) for p in doc.places]
    assert fresh == [True, True, False]
    doc.meta["_not_where"] = {}
    assert [not_where(doc, p) for p in doc.places] == fresh
    assert [not_where(doc, p) for p in doc.places] == fresh  # asked again: from the run's memo
    assert len(doc.meta["_not_where"]) == 3


def test_the_run_leaves_no_memo_on_the_document() -> None:
    from eventwire.api import load_pipeline

    done = load_pipeline()(Article(text="Russian forces shelled Kharkiv on October 18, officials said.",
                                   published=_DAY))
    assert "_not_where" not in done.meta


def test_every_took_place_phrase_holds_a_gate_verb() -> None:
    for s in ("He said the raid took place in Iranian waters.", "The fighting occurred in the hills near the town.",
              "Police said that the blast happened outside a market.", "THE ATTACK TOOK  PLACE AT DAWN AT THE PORT."):
        assert _TOOK_PLACE.search(s) is not None and _TOOK_PLACE_VERB.search(s) is not None
    assert _TOOK_PLACE_VERB.search("The raid was in the hills.") is None


def test_the_next_sentence_still_places_the_act() -> None:
    text = ("KUWAIT, May 12 - Iraqi warplanes struck a Greek freighter today, an army spokesman said.\n\n"
            "He said the raid took place in Iranian waters.")
    got = [e.location.name if e.location else None for e in extract(text, published=date(1987, 5, 12))
           if is_violent(e)]
    assert got == ["Iran"]
