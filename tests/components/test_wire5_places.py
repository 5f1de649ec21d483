"""Wire stories round 5 (session 18): a report's post is not where its act was; a lead's front town places a retold act."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_scene import reporting_post
from eventwire.components.sentences import split_sentences
from eventwire.evaluate.common import is_violent
from eventwire.model import Article, PlaceMention
from eventwire.pipeline import WorkDoc

_DAY = date(1987, 3, 1)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def _doc(text: str, *names: str) -> WorkDoc:
    doc = WorkDoc(Article(text=text, published=_DAY))
    doc.sentences = split_sentences(text)
    for name in names:
        i = text.index(name)
        doc.places.append(PlaceMention(start=i, end=i + len(name), text=name, name=name, country_code="XX"))
    doc.places.sort(key=lambda p: p.start)
    return doc


def test_the_speakers_town_opening_the_sentence_is_not_where() -> None:
    text = ("GULF WAR\n\nLONDON, April 8 - Iran said its troops advanced.\n"
            "    In Baghdad, a military spokesman said Iraqi warplanes today destroyed a gas pumping plant and a storage "
            "unit at Iran's Ahvaz field.\n")
    assert _places(text) == ["Ahvaz"]  # was Baghdad
    # With no other place told, the town is where: local officials telling of their own town.
    assert _places("KYIV, May 2 - In Kherson, officials said Russian forces shelled the city.\n") == ["Kherson"]


def test_a_town_where_reports_were_received_is_not_where() -> None:
    text = ("JOURNALIST KILLED\n\nBOGOTA, 14 OCT 89 -- A radio director was killed last night in the northern city "
            "of Monteria.\n\n   According to reports received in Bogota, the newsman was gunned down by several armed "
            "men as he reached his home.\n")
    assert _places(text) == ["Montería"]  # was Bogotá
    monitored = "IRNA, monitored by the BBC in London, said Iranian gunners shot down a jet."
    doc = _doc(monitored, "London", "Iranian")
    assert reporting_post(doc, doc.places[0])
    # A sound heard is heard where the act was.
    heard = "Several explosions were heard in Apastepeque, police said."
    doc = _doc(heard, "Apastepeque")
    assert not reporting_post(doc, doc.places[0])


def test_a_country_level_act_past_the_lead_takes_the_leads_front_town() -> None:
    lead = ("NEW GULF WAR CLAIMS\n\nLONDON, March 1 - Iran said its forces had seized one of Iraq's main fortresses "
            "east of Basra on the southern front in a big battle overnight.\n"
            "    The Iranian news agency, received here, said Iranian troops smashed five Iraqi brigades, killed or "
            "wounded 2,000 Iraqi soldiers and destroyed 40 enemy tanks.\n")
    assert _places(lead) == ["Basrah"]  # was Iraq
    # A town the lead tells with no compass phrase ("in the marshes") is not taken for the act's front.
    assert _places(lead.replace("east of Basra", "in the marshes")) != ["Basrah"]
