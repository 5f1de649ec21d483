"""Round 44: short English text with foreign names is not refused; non-English text still is."""

from __future__ import annotations

import pytest

from eventwire.components.language import detect_language, make
from eventwire.errors import ComponentError
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc


@pytest.mark.parametrize("text", [
    "Hani Al-Masri: Al Arabiya cameraman's brother killed in Gaza raid",  # hyphened name, "Al" at a start
    "Soldiers storm Rafah's al-Najjar Hospital again",  # "al-" before a capitalised name
    "Al Arabiya crew describes shelling near Rafah market",  # the Arabic article opens the line
    "Soldiers detain Al Mayadeen reporter at Al-Awda clinic, channel says",  # "Al" inside a sentence
    "Camp diary, day nine: 'I am tired, I am hungry. But I still write'",  # the pronoun I, not Polish "i"
])
def test_english_headline_with_foreign_names_is_not_refused(text: str) -> None:
    assert detect_language(text) in (None, "en")
    make()(WorkDoc(Article(text=text)))  # no ComponentError


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Hamas a perdu le contrôle de Gaza selon un ancien officier du renseignement", "fr"),
    ("Al menos diez muertos en un ataque contra el mercado de la ciudad", "es"),
    ("Familiares de los jóvenes muertos en El Paraíso denuncian abusos de la policía", "es"),
    ("Die Armee hat in der Nacht die Stadt mit Drohnen angegriffen und es gab Tote", "de"),
])
def test_non_english_text_is_still_refused(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    with pytest.raises(ComponentError, match="unsupported language"):
        make()(WorkDoc(Article(text=text)))


def test_name_particle_inside_a_sentence_counts_for_no_language() -> None:
    # "El Paso" and "De Niro" are names; the English words decide
    assert detect_language("Protesters marched from El Paso to the office of De Niro on Friday") == "en"


def test_an_undetermined_language_is_named_as_such() -> None:
    # A page declared "und" whose words decide nothing (written for this test): the reason says so, not "unsupported language: und".
    doc = WorkDoc(Article(text="Abantu abaningi bahlangene edolobheni namhlanje ekuseni", language="und"))
    with pytest.raises(ComponentError, match=r"^the language could not be told: the page declares none \('und'\)"):
        make()(doc)


def test_a_long_text_with_no_english_words_is_named_not_english() -> None:
    # Detection itself answers "und" for a long Latin-script text with almost no English function words.
    text = " ".join(["Abantu abaningi bahlangene edolobheni namhlanje ekuseni kodwa amaphoyisa afika masinya"] * 4)
    assert detect_language(text) == "und"
    with pytest.raises(ComponentError, match=r"^not English, and the language could not be told"):
        make()(WorkDoc(Article(text=text)))
