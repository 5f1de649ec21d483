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
    text = ("ARMS DEPOT HIT\n\nNICOSIA, June 9 - Syria said its army had regrouped.\n"
            "    In Damascus, a government spokesman said Israeli jets on Tuesday bombed an army depot in Lebanon's "
            "Bekaa Valley.\n")
    assert _places(text) == ["Bekaa Valley"]  # was Damascus
    # With no other place told, the town is where: local officials telling of their own town.
    assert _places("NICOSIA, June 9 - In Damascus, a government spokesman said Israeli jets on Tuesday bombed an "
                   "army depot.") == ["Damascus"]


def test_a_town_where_reports_were_received_is_not_where() -> None:
    received = "Reports received in Manila said two gunmen on a motorcycle shot dead a mayor outside the town hall."
    doc = _doc(received, "Manila")
    assert reporting_post(doc, doc.places[0])
    monitored = "IRNA, monitored by the BBC in London, said Iranian gunners shot down a jet."
    doc = _doc(monitored, "London", "Iranian")
    assert reporting_post(doc, doc.places[0])
    # A sound heard is heard where the act was.
    heard = "Several explosions were heard in Apastepeque, police said."
    doc = _doc(heard, "Apastepeque")
    assert not reporting_post(doc, doc.places[0])


_LEAD = ("MOUNTAIN BATTLE\n\nNICOSIA, June 5 - Iraq claimed on Friday that its soldiers had won back a string of "
         "Iranian hill posts north of Mehran.\n")


def test_a_country_level_act_past_the_lead_takes_the_leads_front_town() -> None:
    retold = _LEAD + "    Iraqi troops smashed three Iranian divisions and killed 900 Iranian soldiers, the Iraqi news agency said.\n"
    assert _places(retold) == ["Mehrān"]  # was Iran
    # A town the lead tells with no compass phrase ("in the mountains") is not taken: the act stays at country level.
    assert _places(retold.replace("north of Mehran", "in the mountains")) == ["Iraq"]
