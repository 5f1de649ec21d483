"""A dateline word read as a state or province stays the area unless the area holds its bureau town (session 32 mend)."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser


def _bureau(text: str) -> tuple[str | None, str | None]:
    first = default_geoparser().parse(text)[0]
    return first.name, first.feature_code


@pytest.mark.parametrize(("text", "area"), [
    # Warner Robins, Georgia lists "York" as another name: no bureau of York County, Pennsylvania.
    ("YORK, Pa., March 4 (Reuters) - A man shot a deputy at a gas station on Saturday.", "York County"),
    ("YORK, Pa. (AP) — A man shot a deputy at a gas station on Saturday, the sheriff said.", "York County"),
    # Des Plaines, Illinois lists "Maine" as another name.
    ("MAINE (AP) — A gunman wounded four people at a sawmill in Bangor on Thursday.", "Maine"),
    ("MAINE, Oct 9 - A gunman wounded four people at a sawmill on Thursday, police said.", "Maine"),
    # The biggest Brazilian record named so is Morada Nova, Ceara, far from the state.
    ("ESPIRITO SANTO (Reuters) - Police shot dead two robbers in a raid on Tuesday, officials said.",
     "Espírito Santo"),
    # Ciudad Hidalgo lies in Michoacan, not in the state of Hidalgo.
    ("HIDALGO, Mexico, Oct 9 - Gunmen killed three people at a cantina on Friday, prosecutors said.", "Hidalgo"),
    # Hengyang (Hunan) lists "Henan" as another name.
    ("HENAN, China, Oct 9 - A man stabbed four pupils at a school gate on Friday, police said.", "Henan"),
    # Wyoming, Michigan is a namesake in another state.
    ("WYOMING, Oct 9 - A gunman killed a ranch hand on Friday, police said.", "Wyoming"),
])
def test_a_namesake_town_outside_the_area_is_no_bureau(text: str, area: str) -> None:
    name, code = _bureau(text)
    assert name == area and code is not None and code.startswith("ADM")


@pytest.mark.parametrize(("word", "town"), [
    ("LIMA", "Lima"),  # the city is a unit of its own beside the Lima region: a capital by the area's own name
    ("BUENOS AIRES", "Buenos Aires"),  # the city is its own first-level unit beside the province
    ("GUATEMALA", "Guatemala City"),  # a capital inside its country
])
def test_a_capital_of_the_area_s_own_name_is_still_the_bureau(word: str, town: str) -> None:
    name, code = _bureau(f"{word}, Oct 9 - A car bomb went off near a bank on Friday, police said.")
    assert name == town and code is not None and code.startswith("PPL")
