"""Round 36: an official's given name that the gazetteer holds as a town ("Head Vladimir Saldo") is no place."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_HEAD = ("Russian Offensive Campaign Assessment, November 16.\n\n"
         "Russian forces shelled Bakhmut, Soledar, Siversk, Avdiivka, and Marinka on November 16. ")


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(_HEAD + text, published=date(2022, 11, 16)) if is_violent(e)]


def test_given_name_after_a_title_is_not_the_place() -> None:
    places = _places("Kherson Oblast Occupation Administration Head Vladimir Saldo claimed on November 16 that "
                     "Russian forces repelled Ukrainian attempts to land on the spit.")
    assert "Vladimir" not in places
    assert len(places) == 6  # the repelled landing is still an event (at Kherson Oblast, named before the title)


def test_given_name_set_off_by_commas_after_a_title_is_not_the_place() -> None:
    places = _places("The head of the Kherson Oblast occupation administration, Vladimir Saldo, stated that "
                     "Ukrainian forces struck a ferry crossing on November 16.")
    assert "Vladimir" not in places


def test_a_place_named_after_a_title_word_stays_a_place() -> None:
    # "Oblast" after the name keeps it a region; a town after the title with no surname is where.
    places = _places("Zaporizhia Oblast occupation official Vladimir Rogov claimed that Russian forces repelled a "
                     "Ukrainian attack towards Vasylivka, Zaporizhia Oblast, on November 16.")
    assert "Vasylivka" in places and "Vladimir" not in places
    assert "Bakhmut" in places
