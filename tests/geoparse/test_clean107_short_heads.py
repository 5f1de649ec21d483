"""A short-headed name ("Mt. Vernon") read inside the state or county the text states for it (s23)."""

import eventwire


def _where(text: str, name: str) -> tuple[str | None, str | None]:
    p = next(p for p in eventwire.geoparse(text) if p.text == name)
    return p.name, p.admin1


def test_mt_vernon_with_its_state_is_that_states_mount_vernon() -> None:
    assert _where("The fire broke out in Mt. Vernon, Ohio, on Monday.", "Mt. Vernon") == ("Mount Vernon", "Ohio")


def test_mt_vernon_defined_in_a_county_is_that_countys_town() -> None:
    assert _where("Mt. Vernon, a city in Knox County, Ohio, held a vote.", "Mt. Vernon") == ("Mount Vernon", "Ohio")


def test_the_alias_own_state_keeps_its_reading() -> None:
    assert _where("Police in Mt. Vernon, Illinois, said the road was closed.", "Mt. Vernon") == (
        "Mount Vernon", "Illinois")


def test_st_louis_county_keeps_st_louis() -> None:
    text = "Berkeley is a suburb of St. Louis, located in St. Louis County, Missouri."
    assert _where(text, "St. Louis") == ("St. Louis", "Missouri")
