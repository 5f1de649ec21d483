"""Assemble: one event per type, place and day, with evidence for every field."""

from datetime import date

from eventwire.components import actors, assemble, casualties, claims, damage, triggers, weapons
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.model import Article, PlaceMention
from eventwire.pipeline import DateMention, WorkDoc

TEXT = ("Russian forces launched an airstrike on Kharkiv on Tuesday. Three civilians were killed and "
        "seven were injured, Governor Oleh Synehubov said. A residential building caught fire.\n\n"
        "Separately, Ukrainian troops clashed with Russian forces near Bakhmut.")


def _place(text: str, name: str, gid: int, lat: float, lon: float, cc: str = "UA") -> PlaceMention:
    i = TEXT.index(text)
    return PlaceMention(start=i, end=i + len(text), text=text, name=name, geonameid=gid, lat=lat, lon=lon,
                        country_code=cc, feature_class="P", feature_code="PPLA")


def _doc(published: date | None = date(2024, 5, 9)) -> WorkDoc:
    doc = WorkDoc(Article(text=TEXT, published=published, source="Test Wire"))
    doc.sentences = split_sentences(TEXT)
    doc.numbers = find_numbers(TEXT, 0, len(TEXT))
    i = TEXT.index("Tuesday")
    doc.dates = [DateMention(i, i + 7, "Tuesday", date(2024, 5, 7), date(2024, 5, 7), "day", True)]
    doc.places = [_place("Kharkiv", "Kharkiv", 706483, 49.98, 36.25), _place("Bakhmut", "Bakhmut", 712165, 48.6, 38.0)]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make,
                 assemble.make):
        doc = make()(doc)
    return doc


def test_events_fields_and_evidence() -> None:
    doc = _doc()
    by_sub = {e.sub_event_type: e for e in doc.events}
    air = by_sub["Air/drone strike"]
    assert air.location and air.location.name == "Kharkiv" and air.date.start == date(2024, 5, 7)
    assert air.date.text == "Tuesday" and air.date.precision == "day"
    assert (air.fatalities.low, air.fatalities.best) == (3, 3) and air.injured.best == 7
    assert air.actors[0].name == "Military Forces of Russia (2000-)" and air.actors[0].role == "actor"
    assert air.actors[1].name == "Civilians (Ukraine)" and air.actors[1].role == "recipient"
    assert "fire" in air.damage and "apartment building" in air.damage
    assert air.claims and air.claims[0].speaker == "Oleh Synehubov"
    assert air.sources == ["Test Wire"] and air.article_ids == [doc.article.id] and 0 <= air.confidence <= 1
    for e in doc.events:
        for ev in e.evidence:
            assert TEXT[ev.start : ev.end] == ev.text
        supported = {s for ev in e.evidence for s in ev.supports}
        filled = {"location": e.location is not None, "actors": bool(e.actors), "damage": bool(e.damage),
                  "claims": bool(e.claims), "weapons": bool(e.weapons),
                  "fatalities": e.fatalities.best is not None, "injured": e.injured.best is not None,
                  "date": e.date.text is not None, "event_type": True}
        assert {f for f, on in filled.items() if on} <= supported
    clash = by_sub["Armed clash"]
    assert clash.location and clash.location.name == "Bakhmut" and clash.fatalities.best is None
    assert clash.date.start == date(2024, 5, 9) and clash.date.text is None  # publication date, no span


def test_ids_are_deterministic() -> None:
    a, b = _doc(), _doc()
    assert [e.id for e in a.events] == [e.id for e in b.events]
    assert all(e.id.startswith("ev_") for e in a.events)


def test_evidence_is_one_item_per_sentence() -> None:
    doc = _doc()
    starts = {s.start: s.end for s in doc.sentences}
    for e in doc.events:
        spans = [(x.start, x.end) for x in e.evidence]
        assert len(spans) == len(set(spans))  # no sentence twice
        for x in e.evidence:
            assert starts.get(x.start) == x.end and TEXT[x.start : x.end] == x.text
    air = next(e for e in doc.events if e.sub_event_type == "Air/drone strike")
    first = air.evidence[0]
    assert first.text.startswith("Russian forces launched an airstrike")
    assert {"event_type", "sub_event_type", "location", "date", "actors"} <= set(first.supports)
    toll = next(x for x in air.evidence if "fatalities" in x.supports)
    assert {"injured", "claims"} <= set(toll.supports) and toll.text.startswith("Three civilians")
    # The exact phrases stay in the fields themselves.
    assert air.fatalities.text == "Three civilians were killed" and air.date.text == "Tuesday"
    assert air.location and air.location.text == "Kharkiv"


def test_one_event_per_place_in_a_list() -> None:
    text = ("Ukrainian sources reported fighting near Siversk, Soledar, and Bakhmut on Sunday. "
            "Russian forces shelled Kharkiv, Ukraine.")
    doc = WorkDoc(Article(text=text, published=date(2022, 10, 24)))
    doc.sentences = split_sentences(text)
    coords = {"Siversk": (48.87, 38.1), "Soledar": (48.68, 38.09), "Bakhmut": (48.6, 38.0), "Kharkiv": (49.98, 36.25)}
    doc.places = []
    for name, (lat, lon) in coords.items():
        i = text.index(name)
        doc.places.append(PlaceMention(start=i, end=i + len(name), text=name, name=name, geonameid=len(doc.places) + 1,
                                       lat=lat, lon=lon, country_code="UA", feature_class="P", feature_code="PPL"))
    i = text.index("Ukraine.")
    doc.places.append(PlaceMention(start=i, end=i + 7, text="Ukraine", name="Ukraine", geonameid=690791, lat=49.0,
                                   lon=32.0, country_code="UA", feature_class="A", feature_code="PCLI"))
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert sorted(e.location.name for e in clashes if e.location) == ["Bakhmut", "Siversk", "Soledar"]
    shelling = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.location.name for e in shelling if e.location] == ["Kharkiv"]  # "Kharkiv, Ukraine" is one place


def test_region_level_event_is_not_folded_into_another_region() -> None:
    # ISW, 27 June 2022: the Kremenchuk strike (placed at Poltava Oblast) is not the Izyum shelling.
    text = ("A Russian missile strike hit a market in Poltava Oblast on June 27, likely killing many "
            "civilians.\n\nRussian forces shelled Izyum on June 27.")
    doc = WorkDoc(Article(text=text, published=date(2022, 6, 27)))
    doc.sentences = split_sentences(text)
    i, j = text.index("Poltava Oblast"), text.index("Izyum")
    doc.places = [PlaceMention(start=i, end=i + 14, text="Poltava Oblast", name="Poltava", geonameid=696634,
                               lat=49.5, lon=34.0, country_code="UA", admin1="UA.18", feature_class="A",
                               feature_code="ADM1"),
                  PlaceMention(start=j, end=j + 5, text="Izyum", name="Izyum", geonameid=707688, lat=49.2,
                               lon=37.26, country_code="UA", admin1="UA.07", feature_class="P", feature_code="PPL")]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    assert sorted(e.location.name for e in doc.events if e.location) == ["Izyum", "Poltava"]
    assert all(t.status == "asserted" for t in doc.triggers)  # "likely killing" is hedged, not future


def test_a_bare_attack_joins_the_event_it_retells() -> None:
    text = "Russian forces shelled Kharkiv on Tuesday. The attack killed two people.\n\nThe attack was condemned."
    doc = WorkDoc(Article(text=text, published=date(2024, 5, 9)))
    doc.sentences = split_sentences(text)
    i = text.index("Kharkiv")
    doc.places = [PlaceMention(start=i, end=i + 7, text="Kharkiv", name="Kharkiv", geonameid=706483, lat=49.98,
                               lon=36.25, country_code="UA", feature_class="P", feature_code="PPLA")]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    assert len(doc.events) == 1
    e = doc.events[0]
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.fatalities.best == 2
    assert sum("event_type" in x.supports for x in e.evidence) == 3  # each retelling is cited, none adds one


def test_a_country_naming_a_party_is_not_the_place() -> None:
    text = ("Insurgents shelled a police station in Mosul, Iraq on Saturday. Iraqi police said Mosul was calm "
            "later. Gunmen ambushed a U.S. patrol with rifles on Saturday.")
    doc = WorkDoc(Article(text=text, published=date(2004, 12, 4)))
    doc.sentences = split_sentences(text)

    def place(i: int, n: int, name: str, gid: int, cc: str, fc: str, role: str = "mentioned") -> PlaceMention:
        return PlaceMention(start=i, end=i + n, text=text[i : i + n], name=name, geonameid=gid, lat=36.3, lon=43.1,
                            country_code=cc, feature_class="P" if fc.startswith("PPL") else "A", feature_code=fc,
                            role=role)

    doc.places = [place(text.index("Mosul"), 5, "Mosul", 99072, "IQ", "PPLA"),
                  place(text.index("Iraq "), 4, "Iraq", 99237, "IQ", "PCLI"),
                  place(text.index("Iraqi"), 5, "Iraq", 99237, "IQ", "PCLI", "demonym"),
                  place(text.index("Mosul was"), 5, "Mosul", 99072, "IQ", "PPLA"),
                  place(text.index("U.S."), 4, "United States", 6252001, "US", "PCLI", "demonym")]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    ambush = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    assert ambush.location and ambush.location.name == "Mosul"
    assert any(d["status"] == "relocated" and "names a party" in d["reason"] for d in doc.decisions)


def test_plural_event_nouns_without_date_are_not_new_events() -> None:
    text = ("Guerrillas bombed a power station in Kharkiv on Tuesday. "
            "The army is responsible for indiscriminate bombings and massacres against the people, the rebels said.")
    doc = WorkDoc(Article(text=text, published=date(2024, 5, 9)))
    doc.sentences = split_sentences(text)
    i, k = text.index("Kharkiv"), text.index("Tuesday")
    doc.places = [PlaceMention(start=i, end=i + 7, text="Kharkiv", name="Kharkiv", geonameid=706483, lat=49.98,
                               lon=36.25, country_code="UA", feature_class="P", feature_code="PPLA")]
    doc.dates = [DateMention(k, k + 7, "Tuesday", date(2024, 5, 7), date(2024, 5, 7), "day", True)]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    assert [e.location.name for e in doc.events if e.location] == ["Kharkiv"]
    assert any(d["status"] == "historical" and d["text"] == "bombings" for d in doc.decisions)


def _run_with_places(text: str, places: list[tuple[str, str, str, str]], published: date) -> WorkDoc:
    # places: (text, name, feature_class, feature_code), resolved in Ukraine
    doc = WorkDoc(Article(text=text, published=published))
    doc.sentences = split_sentences(text)
    for k, (span, name, fcl, fc) in enumerate(places):
        i = text.index(span)
        doc.places.append(PlaceMention(start=i, end=i + len(span), text=span, name=name, geonameid=k + 1,
                                       lat=48.0 + k, lon=37.0, country_code="UA", feature_class=fcl,
                                       feature_code=fc))
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc = make()(doc)
    return doc


def test_country_level_summary_folds_into_the_town_events() -> None:
    # "continued offensive operations in eastern Ukraine" sums up the named fights of the day.
    text = ("Russian forces continued offensive operations across eastern Ukraine on April 21. "
            "Russian forces clashed with Ukrainian troops near Popasna on April 21.")
    doc = _run_with_places(text, [("Ukraine on", "Ukraine", "A", "PCLI"), ("Popasna", "Popasna", "P", "PPL")],
                           date(2022, 4, 21))
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert [e.location.name for e in battles if e.location] == ["Popasna"]
    assert len(battles[0].evidence) == 2  # the summary sentence is kept as evidence of the event
    assert any(d.get("status") == "merged" for d in doc.decisions)


def test_a_group_name_read_as_a_place_is_not_the_location() -> None:
    text = "Israel-Hamas war: Airstrike kills at least 52 in central Gaza"
    doc = _run_with_places(text, [("Hamas", "Hamm", "P", "PPL"), ("Gaza", "Gaza", "P", "PPL")], date(2023, 12, 24))
    assert [e.location.name for e in doc.events if e.location] == ["Gaza"]


def test_country_summary_of_several_town_events_is_no_event() -> None:
    # ACLED: one event per type, place and day; "struck Ukraine" beside two named towns sums them up.
    text = ("Russia launched missile strikes on Ukraine on April 21. "
            "A missile strike hit Kharkiv on April 21. Another missile strike hit Izyum on April 21.")
    doc = _run_with_places(text, [("Ukraine on", "Ukraine", "A", "PCLI"), ("Kharkiv", "Kharkiv", "P", "PPL"),
                                  ("Izyum", "Izyum", "P", "PPL")], date(2022, 4, 21))
    places = sorted(e.location.name for e in doc.events if e.location)
    assert places == ["Izyum", "Kharkiv"]
    assert any(d.get("status") == "merged" and "summary" in d["reason"] for d in doc.decisions)


def _checked(doc: WorkDoc) -> WorkDoc:
    from eventwire.components import checks
    return checks.make()(doc)


def test_attacks_on_a_town_list_give_one_battle_per_town_and_the_shelling_its_own_place() -> None:
    text = ("Russian forces continued unsuccessful attacks against Popasna, Rubizhne, and Marinka and heavy "
            "shelling along the contact line across eastern Ukraine.")
    doc = _checked(_run_with_places(text, [("Rubizhne", "Rubizhne", "P", "PPL"), ("Popasna", "Popasna", "P", "PPL"),
                                           ("Marinka", "Marinka", "P", "PPL"), ("Ukraine", "Ukraine", "A", "PCLI")],
                                    date(2022, 4, 15)))
    battles = sorted(e.location.name for e in doc.events if e.event_type == "Battles" and e.location)
    assert battles == ["Marinka", "Popasna", "Rubizhne"]  # the same phrase at three towns is no duplicate
    shelling = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.location.name for e in shelling if e.location] == ["Ukraine"]  # the towns belong to the attacks


def test_a_town_and_its_area_after_a_comma_are_one_place() -> None:
    text = "Israeli airstrike kills 24 in Rafah, Gaza, health officials say"
    doc = _run_with_places(text, [("Rafah", "Rafah", "P", "PPL"), ("Gaza", "Gaza", "P", "PPL")], date(2024, 4, 21))
    assert [e.location.name for e in doc.events if e.location] == ["Rafah"]


def test_attacks_on_positions_are_a_ground_battle() -> None:
    text = ("Russian units made limited attacks on Ukrainian lines west of Kherson and continued to shell "
            "Mykolaiv on April 15.")
    doc = _run_with_places(text, [("Kherson", "Kherson", "P", "PPLA"), ("Mykolaiv", "Mykolaiv", "P", "PPLA")],
                           date(2022, 4, 15))
    got = {(e.event_type, e.location.name) for e in doc.events if e.location}
    assert ("Battles", "Kherson") in got and ("Explosions/Remote violence", "Mykolaiv") in got


def test_an_offensive_with_no_advances_is_a_fight_as_an_assault_is() -> None:
    # Round 33: gold README "offensive operations in X" are Battles at X, gains or not (round 6 dropped them).
    text = ("Russian forces continued offensive operations southeast of Izyum but made no confirmed "
            "advances on May 29. Russian forces continued assaults on Ukrainian lines near Popasna but did "
            "not gain any ground on May 29.")
    doc = _run_with_places(text, [("Izyum", "Izyum", "P", "PPL"), ("Popasna", "Popasna", "P", "PPL")],
                           date(2022, 5, 29))
    assert [e.location.name for e in doc.events if e.location] == ["Izyum", "Popasna"]
    assert not any(d["status"] == "not_event" and "offensive" in d["text"] for d in doc.decisions)


def test_localized_fighting_and_conducted_attacks_are_battles() -> None:
    text = ("Russian forces conducted several attacks around Severodonetsk on April 24. "
            "Localized fighting went on west of Kherson city on April 24.")
    doc = _run_with_places(text, [("Severodonetsk", "Severodonetsk", "P", "PPL"), ("Kherson", "Kherson", "P", "PPLA")],
                           date(2022, 4, 24))
    assert sorted((e.event_type, e.location.name) for e in doc.events if e.location) == [
        ("Battles", "Kherson"), ("Battles", "Severodonetsk")]


def test_an_event_dated_months_before_publication_is_recalled_not_new() -> None:
    text = "Guerrillas attacked a police station in Medellin on March 3, 1989, killing four policemen."
    doc = _run_with_places(text, [("Medellin", "Medellin", "P", "PPL")], date(1989, 9, 20))
    i = text.index("March 3, 1989")
    doc2 = WorkDoc(Article(text=text, published=date(1989, 9, 20)))
    doc2.sentences, doc2.places = doc.sentences, doc.places
    doc2.dates = [DateMention(i, i + 13, "March 3, 1989", date(1989, 3, 3), date(1989, 3, 3), "day", True)]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc2 = make()(doc2)
    assert doc2.events == []
    assert any(d["status"] == "historical" and "days before publication" in d["reason"] for d in doc2.decisions)
    doc3 = WorkDoc(Article(text=text, published=date(1989, 3, 4)))
    doc3.sentences, doc3.places, doc3.dates = doc.sentences, doc.places, doc2.dates
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make, assemble.make):
        doc3 = make()(doc3)
    assert len(doc3.events) == 1


def test_definite_noun_folds_into_reported_event() -> None:
    """"condemned the murder of" beside a reported killing is one event, with a merged decision."""
    text = ("The government today condemned the murder of the minister Antonio Perez by FMLN guerrillas.\n\n"
            "Gunmen shot and killed the minister and two of his bodyguards this morning.")
    doc = WorkDoc(Article(text=text, published=date(1989, 6, 9), source="Test Wire"))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    i = text.index("this morning")  # the report's own day: the retelling is undated, a different group
    doc.dates = [DateMention(i, i + 12, "this morning", date(1989, 6, 9), date(1989, 6, 9), "day", True)]
    doc.places = [PlaceMention(start=0, end=3, text="The", name="X", geonameid=1, lat=13.7, lon=-89.2,
                               country_code="SV", feature_class="P", feature_code="PPLC")]
    for make in (actors.make, triggers.make, casualties.make, assemble.make):
        doc = make()(doc)
    assert len(doc.events) == 1 and len(doc.events[0].evidence) == 2
    assert any(d["status"] == "merged" and "definite event noun" in d["reason"] for d in doc.decisions)
    alone = WorkDoc(Article(text=text.split("\n\n")[0], published=date(1989, 6, 9), source="Test Wire"))
    alone.sentences = split_sentences(alone.text)
    for make in (actors.make, triggers.make, casualties.make, assemble.make):
        alone = make()(alone)
    assert len(alone.events) == 1  # told only by the noun, the murder stays an event
