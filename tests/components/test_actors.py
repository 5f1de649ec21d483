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
