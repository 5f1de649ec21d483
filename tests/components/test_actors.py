"""Actors: states, forces, demonyms, groups and persons with offices."""

from eventwire.components.actors import actor_lexicon, civilians_name, find_actors, forces_name


def _by_text(text: str) -> dict[str, object]:
    return {a.text: a for a in find_actors(text, actor_lexicon())}


def test_forces_states_and_persons() -> None:
    text = ("Russia has unleashed airstrikes. The Ukrainian air force confirmed it. Mayor Vitali Klitschko said so. "
            "Russian President Vladimir Putin spoke with U.S. President Trump. The IDF and Hamas fought. "
            "Timur Tkachenko, head of Kyiv's military administration, said more.")
    got = _by_text(text)
    assert got["Russia"].kind == "state" and got["Russia"].country_code == "RU" and got["Russia"].code == "RUS"
    assert got["Ukrainian air force"].name == "Military Forces of Ukraine (2019-)"
    assert got["Ukrainian air force"].sector == "MIL"
    assert got["Mayor Vitali Klitschko"].role == "Mayor of Kyiv"
    assert got["Russian President Vladimir Putin"].name == "Vladimir Putin"
    assert got["Russian President Vladimir Putin"].role == "President of Russia"
    assert got["U.S. President Trump"].role == "President of the United States"
    assert got["IDF"].country_code == "IL" and got["IDF"].sector == "MIL"
    assert got["Hamas"].kind == "group" and got["Hamas"].sector == "REB"
    tk = got["Timur Tkachenko, head of Kyiv's military administration"]
    assert tk.name == "Timur Tkachenko" and tk.role == "head of Kyiv's military administration"


def test_places_are_not_actors_and_surnames_corefer() -> None:
    got = _by_text("Strikes hit cities across Ukraine. Ukrainian Chief of Staff Andriy Yermak spoke. Yermak left.")
    assert "Ukraine" not in got
    assert got["Ukrainian Chief of Staff Andriy Yermak"].role == "Chief of Staff of Ukraine"
    assert got["Yermak"].name == "Andriy Yermak"


def test_groups_all_caps_and_names() -> None:
    got = _by_text("THE FMLN AND THE SHINING PATH ATTACKED. SENDERO LUMINOSO CLAIMED IT.")
    assert got["FMLN"].name.startswith("FMLN") and got["FMLN"].country_code == "SV"
    assert got["SHINING PATH"].country_code == "PE" and got["SENDERO LUMINOSO"].name == "Shining Path"
    assert forces_name("RU") == "Military Forces of Russia (2000-)"
    assert civilians_name("UA") == "Civilians (Ukraine)"
    assert civilians_name("US") == "Civilians (United States)"


def test_ambiguous_words_need_their_capitals() -> None:
    assert "turkey" not in _by_text("They ate turkey and rice in china bowls.")
    assert _by_text("Turkey closed the border.")["Turkey"].country_code == "TR"


def test_acled_periods_by_event_date() -> None:
    from datetime import date

    from eventwire.components.actors import acled_period, dated_name, government_name, police_name

    assert forces_name("UA", date(2017, 3, 1)) == "Military Forces of Ukraine (2014-2019)"
    assert forces_name("UA", date(2019, 5, 20)) == "Military Forces of Ukraine (2019-)"
    assert forces_name("IL", date(2023, 10, 7)) == "Military Forces of Israel (2022-)"
    assert forces_name("IL", date(2022, 1, 1)) == "Military Forces of Israel (2021-2022)"
    assert forces_name("SY", date(2024, 12, 1)) == "Military Forces of Syria (2000-2024)"
    assert police_name("RU") == "Police Forces of Russia (2000-)"
    assert government_name("US", date(2022, 2, 24)) == "Government of the United States (2021-2025)"
    assert forces_name("FR") == "Military Forces of France"  # no documented period: no label
    assert acled_period("UA", date(2010, 1, 1)) is None
    assert dated_name("Military Forces of Ukraine (2019-)", "UA", date(2015, 1, 1)).endswith("(2014-2019)")
    assert dated_name("Hamas Movement", "PS", date(2015, 1, 1)) == "Hamas Movement"


def test_acled_inter_and_to_actor() -> None:
    from datetime import date

    from eventwire.components.actors import acled_inter, acled_name, to_actor
    from eventwire.model import Actor

    got = _by_text("Russian troops shelled the town. Hamas and the Wagner Group and NATO and protesters. The IDF said.")
    ru = got["Russian troops"]
    assert acled_inter(ru) == 1 and acled_inter(ru, "RU") == 1 and acled_inter(ru, "UA") == 8
    assert [acled_inter(got[k]) for k in ("Hamas", "Wagner Group", "NATO")] == [2, 8, 8]
    idf = to_actor(got["IDF"], "actor", date(2023, 10, 8), "PS")
    assert (idf.name, idf.inter, idf.code, idf.sector) == ("Military Forces of Israel (2022-)", 8, "ISR", "MIL")
    taliban = _by_text("The Taliban seized the district.")["Taliban"]
    assert to_actor(taliban, "actor", date(2020, 1, 1), "AF").name == "Taliban"
    assert to_actor(taliban, "actor", date(2022, 1, 1), "AF").name == "Military Forces of Afghanistan (2021-)"
    assert to_actor(taliban, "actor", date(2020, 1, 1), "AF").inter == 2
    civ = Actor(name="Civilians (Ukraine)", country_code="UA", sector="CVL", role="recipient")
    assert acled_inter(civ, "UA") == 7 and acled_inter(Actor(name="Protesters (Iran)"), "IR") == 6
    putin = Actor(name="Vladimir Putin", country_code="RU", sector="GOV")
    assert acled_name(putin, date(2025, 6, 6)) == "Government of Russia (2000-)"
    assert acled_name(civ, date(2025, 6, 6)) == "Civilians (Ukraine)"


def test_all_caps_persons_with_office() -> None:
    got = _by_text("MAYOR VITALI KLITSCHKO SAID FOUR PEOPLE DIED. TIMUR TKACHENKO, HEAD OF KYIV'S MILITARY "
                   "ADMINISTRATION, SAID THE STRIKE HIT A SCHOOL. SALVADORAN PRESIDENT ALFREDO CRISTIANI CONDEMNED "
                   "THE ATTACK. TKACHENKO ADDED THAT.")
    assert got["MAYOR VITALI KLITSCHKO"].name == "Vitali Klitschko"
    assert got["MAYOR VITALI KLITSCHKO"].role == "Mayor of Kyiv"
    tk = got["TIMUR TKACHENKO, HEAD OF KYIV'S MILITARY ADMINISTRATION"]
    assert (tk.name, tk.role) == ("Timur Tkachenko", "Head of Kyiv's Military Administration")
    cr = got["SALVADORAN PRESIDENT ALFREDO CRISTIANI"]
    assert (cr.name, cr.role, cr.country_code) == ("Alfredo Cristiani", "President of El Salvador", "SV")
    assert got["TKACHENKO"].name == "Timur Tkachenko"


def test_every_pipeline_actor_gets_an_acled_type(seed_text: str) -> None:
    from datetime import date

    from eventwire.api import load_pipeline
    from eventwire.components.actors import make_acled
    from eventwire.model import Article

    doc = make_acled()(load_pipeline()(Article(text=seed_text, published=date(2025, 6, 6))))
    actors = [a for e in doc.events for a in e.actors]
    assert actors and all(a.inter in range(1, 9) for a in actors)
    kyiv = next(e for e in doc.events if e.location and e.location.name == "Kyiv" and e.event_type
                and e.sub_event_type == "Air/drone strike")
    assert [(a.name, a.inter) for a in kyiv.actors] == [("Military Forces of Russia (2000-)", 8),
                                                        ("Civilians (Ukraine)", 7)]
