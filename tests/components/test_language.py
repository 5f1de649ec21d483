"""Tests for language identification and the language component."""

from __future__ import annotations

import pytest

from eventwire.components.language import detect_language, make
from eventwire.errors import ComponentError
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

EN = ("Russian forces struck the city overnight with drones and missiles, and the mayor said that "
      "at least four people were killed and dozens more were injured in the attack.")
DE = ("Die russische Armee hat in der Nacht die Hauptstadt mit Drohnen und Raketen angegriffen. "
      "Nach Angaben des Bürgermeisters wurden mindestens vier Menschen getötet und Dutzende verletzt.")
FR = ("L'armée russe a frappé la capitale pendant la nuit avec des drones et des missiles, selon le "
      "maire, et au moins quatre personnes sont mortes dans cette attaque.")
ES = ("El ejército ruso atacó la capital durante la noche con drones y misiles, según el alcalde, "
      "y al menos cuatro personas murieron en el ataque contra la ciudad.")
RU = "Российские войска нанесли удар по Киеву дронами и ракетами, погибли по меньшей мере четыре человека."
UK = "Російські війська завдали удару по Києву дронами і ракетами, загинули щонайменше четверо людей."
AR = "شنت القوات الروسية هجوما على العاصمة بالطائرات المسيرة والصواريخ وقتل أربعة أشخاص على الأقل."


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (DE, "de"), (FR, "fr"), (ES, "es"),
                                            (RU, "ru"), (UK, "uk"), (AR, "ar")])
def test_detects_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_all_caps_and_lower_case_english() -> None:
    caps = ("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES HAVE REPORTED THAT ABOUT 50 PEASANTS WERE "
            "KIDNAPPED BY TERRORISTS IN SAN LUIS DE LA REINA, SAN MIGUEL DEPARTMENT, ON 30 DECEMBER.")
    assert detect_language(caps) == "en"
    assert detect_language(EN.lower()) == "en"


def test_short_headline_is_undecided() -> None:
    assert detect_language("Russia hits Kyiv") is None
    assert detect_language("") is None


def test_long_unlisted_latin_language_is_undetermined() -> None:
    zulu = " ".join(["Uhlalele ovalweni umndeni wesaguga saseMbali okuthiwa sibhokodwe ngommese"] * 8)
    assert detect_language(zulu) == "und"


def _doc(text: str, language: str | None = None) -> WorkDoc:
    return WorkDoc(Article(text=text, language=language))


def test_component_sets_language_and_passes_english() -> None:
    doc = make()(_doc(EN))
    assert doc.article.language == "en"


def test_component_rejects_german_with_reason() -> None:
    with pytest.raises(ComponentError, match=r"unsupported language: de \(only English is extracted\)"):
        make()(_doc(DE))


def test_component_keeps_short_text_and_declared_language() -> None:
    assert make()(_doc("Strikes on Kyiv")).article.language is None
    assert make()(_doc(EN, language="en-GB")).article.language == "en-GB"
    with pytest.raises(ComponentError):
        make()(_doc("Angriff auf Kiew", language="de"))
    assert make(reject=False)(_doc(DE)).article.language == "de"
