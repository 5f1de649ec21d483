"""A listed name that ends the text is found even while a longer listed name begins with it (headlines end so)."""

from eventwire.components.actors import actor_lexicon, find_actors


def names(text: str) -> list[str]:
    return [m.name for m in find_actors(text, actor_lexicon())]


def test_a_surname_ending_a_headline_inside_a_longer_listed_spelling_is_found() -> None:
    assert "Oleksandr Syrskyi" in names("Kyiv names a new commander after Oleksandr Syrsky")
    assert "Oleksandr Syrskyi" in names("Kyiv names a new commander after Oleksandr Syrsky.")


def test_a_name_ending_a_headline_that_a_longer_listed_name_continues_is_found() -> None:
    assert names("Ceasefire talks: Brazil backs Luiz Inacio Lula") == ["Brazil", "Luiz Inacio Lula da Silva"]


def test_a_name_ending_the_text_by_itself_is_still_found_once() -> None:
    assert names("Rebels clash with Hamas") == ["Hamas Movement"]
