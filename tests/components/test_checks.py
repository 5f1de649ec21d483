"""Checks: contradictions with the story, the calendar and the event itself."""

from datetime import date

from eventwire.components.checks import check_event, make
from eventwire.components.sentences import split_sentences
from eventwire.model import Actor, Article, Count, DateSpan, Event, Evidence, Location, PlaceMention
from eventwire.pipeline import CasualtyMention, WorkDoc

TEXT = "Kyiv was attacked. Kyiv and Lviv burned. Ukraine mourned. A drone hit Qatana. There were 5 casualties."


def _doc(published: date | None = date(2025, 6, 6)) -> WorkDoc:
    doc = WorkDoc(Article(text=TEXT, published=published))
    doc.sentences = split_sentences(TEXT)
    for name, cc in (("Kyiv", "UA"), ("Lviv", "UA"), ("Ukraine", "UA"), ("Qatana", "SY")):
        i = 0
        while (i := TEXT.find(name, i)) != -1:
            doc.places.append(PlaceMention(start=i, end=i + len(name), text=name, name=name, country_code=cc))
            i += len(name)
    doc.places.sort(key=lambda p: p.start)
    return doc


def _event(place: str, cc: str, day: date, sentence_text: str, actors: list[Actor] | None = None) -> Event:
    i = TEXT.index(sentence_text)
    j = TEXT.index(place, i)
    return Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 location=Location(name=place, country_code=cc), date=DateSpan(start=day, end=day, precision="day"),
                 actors=actors or [], confidence=0.8,
                 evidence=[Evidence(article_id="a", start=i, end=i + 5, text=TEXT[i : i + 5], supports=["event_type"]),
                           Evidence(article_id="a", start=j, end=j + len(place), text=place, supports=["location"])])


def test_location_contradicts_story_and_date() -> None:
    doc = _doc()
    far = _event("Qatana", "SY", date(2025, 6, 7), "A drone hit Qatana")
    home = _event("Kyiv", "UA", date(2025, 6, 6), "Kyiv was attacked")
    codes = {f.code for f in check_event(doc, far)}
    assert codes == {"location_contradicts_story", "date_after_publication"}
    assert check_event(doc, home) == []


def test_self_attack_unsplit_and_no_publication_date() -> None:
    doc = _doc(published=None)
    ru = Actor(name="Military Forces of Russia (2000-)", country_code="RU", sector="MIL")
    e = _event("Kyiv", "UA", date(2025, 6, 6), "Kyiv was attacked",
               [ru, ru.model_copy(update={"role": "recipient"})])
    i = TEXT.index("5 casualties")
    doc.casualties = [CasualtyMention(i, i + 12, "5 casualties", 4, "unsplit", Count(low=5, best=5, high=5))]
    e.evidence.append(Evidence(article_id="a", start=i, end=i + 12, text="5 casualties", supports=["damage"]))
    doc.events = [e]
    doc = make()(doc)
    codes = {f.code for f in e.flags}
    assert codes == {"actor_attacks_itself", "casualties_unsplit", "no_publication_date"}
    assert e.confidence < 0.8


def test_same_phrase_same_sub_type_is_one_event() -> None:
    from eventwire.components.checks import dedupe
    from eventwire.model import Article, Event, Evidence, Plover
    from eventwire.pipeline import WorkDoc

    doc = WorkDoc(Article(text="Thousands of protesters marched in Tbilisi."))
    ev = [Evidence(article_id="a", start=13, end=23, text="protesters", supports=["event_type"])]
    a = Event(id="a", event_type="Protests", sub_event_type="Peaceful protest", evidence=ev)
    b = Event(id="b", event_type="Protests", sub_event_type="Peaceful protest", evidence=ev,
              plover=Plover(event="PROTEST"))
    doc.events = [a, b]
    kept = dedupe(doc)
    assert [e.id for e in kept] == ["a"] and kept[0].plover is not None
    assert doc.decisions[-1]["status"] == "duplicate"


def test_two_parties_of_one_state_are_no_self_attack_in_political_events() -> None:
    doc = _doc()
    putin = Actor(name="Vladimir Putin", country_code="RU", sector="GOV")
    shoigu = Actor(name="Sergei Shoigu", country_code="RU", sector="GOV", role="recipient")
    e = _event("Kyiv", "UA", date(2025, 6, 6), "Kyiv was attacked", [putin, shoigu])
    political = e.model_copy(update={"event_type": None, "sub_event_type": None})
    assert "actor_attacks_itself" in {f.code for f in check_event(doc, e)}
    assert "actor_attacks_itself" not in {f.code for f in check_event(doc, political)}
