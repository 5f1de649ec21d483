"""A word of a known armed group's name is no place unless it is a country or lies in the group's own country."""

import eventwire


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country_code) for p in eventwire.geoparse(text)]


def test_a_group_name_word_is_no_far_town() -> None:
    # Moro is a town in Sindh, Pakistan; the Moro Islamic Liberation Front is a Philippine group.
    assert _places("Fighters of the Moro Islamic Liberation Front attacked an army post near Cotabato.") == [
        ("Cotabato", "PH")]


def test_the_group_country_keeps_its_place_words() -> None:
    assert _places("The Tigray People's Liberation Front said its forces had retaken Alamata.") == [
        ("Tigray", "ET"), ("Alamata", "ET")]
    assert ("Russia", "RU") in _places("The Freedom of Russia Legion crossed into the Belgorod region.")


def test_the_same_word_outside_the_name_is_still_a_place() -> None:
    assert ("Moro", "PK") in _places("He was born in Moro, Sindh.")


def test_other_group_names_lose_their_far_place_words() -> None:
    # Kurdistan (Iraq) in a Turkish group's name, West Africa (no one country) in a Nigerian one's, Simon Bolivar
    # (a Venezuelan town) in a Colombian coalition's.
    assert _places("The Kurdistan Workers' Party attacked a base near Hakkari.") == [("Hakkari", "TR")]
    assert _places("Islamic State West Africa Province fighters raided Monguno.") == [("Monguno", "NG")]
    assert _places("The Simon Bolivar Guerrilla Coordinating Board claimed the attack.") == []
