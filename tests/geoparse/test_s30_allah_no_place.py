"""Session 30: the word "Allah" is no place mention (an Iranian town lists it as an alternate name)."""

import eventwire


def test_allah_is_no_place() -> None:
    places = eventwire.geoparse("A recruit shouted that Allah is great and opened fire on his unit near Belgorod.")
    assert [p.country_code for p in places] == ["RU"]
