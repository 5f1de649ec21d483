"""Round 104 mends: no UNIQUE-ZIP company towns, every build input hashed, and US post-office towns read only
with a US footing (geoparsing/footing.py). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.gazetteer import build
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.ustowns import us_towns
from eventwire.geoparsing import lowercase


def _zip(city: str, state: str, lat: float, lon: float, kind: str = "STANDARD", accepted: tuple[str, ...] = ()) -> dict:
    return {"city": city, "state": state, "lat": str(lat), "long": str(lon), "county": "",
            "acceptable_cities": list(accepted), "zip_code_type": kind}


def test_a_single_organisation_zip_gives_no_town_by_its_own_name_or_an_accepted_one() -> None:
    rows = [_zip("Philip Morris", "NY", 40.75, -73.98, "UNIQUE", accepted=("Sallie Mae",)),
            _zip("Lanexa", "VA", 37.40, -76.90, "PO BOX"), _zip("Thackerville", "OK", 33.8, -97.1)]
    assert sorted(p.name for p in us_towns([], {}, name_key, rows)) == ["Lanexa", "Thackerville"]


def test_long_usps_abbreviations_and_campus_offices_give_no_town() -> None:
    rows = [_zip("Airway Hgts", "WA", 47.64, -117.59), _zip("Stndg Stone", "PA", 41.7, -76.3),
            _zip("Tufts Univ", "MA", 42.41, -71.12, "PO BOX"), _zip("Callisburg", "TX", 33.7, -97.0)]
    assert [p.name for p in us_towns([], {}, name_key, rows)] == ["Callisburg"]


def test_every_guard_still_excludes_its_names() -> None:
    """A word ("Orient"), a surname ("Rogers"), a county of the state ("Oconee"), a name one cities500 town bears."""
    rows = [_zip("Orient", "OH", 39.8, -83.2), _zip("Rogers", "KY", 37.7, -83.6), _zip("Oconee", "GA", 32.85, -82.95),
            _zip("Danielsville", "PA", 40.79, -75.53), _zip("Thackerville", "OK", 33.8, -97.1)]
    cities = [{"name": "Danielsville", "alternatenames": [], "countrycode": "US", "latitude": 34.1, "longitude": -83.2}]
    got = us_towns(cities, {("US.GA", "Oconee County"): "US.GA.219"}, name_key, rows)
    assert [p.name for p in got] == ["Thackerville"]


def test_the_build_refuses_to_run_without_the_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lowercase, "word_counts", dict)  # an empty list: about 6,000 wordy towns would pass
    with pytest.raises(RuntimeError, match="word list"):
        us_towns([], {}, name_key, [_zip("Thackerville", "OK", 33.8, -97.1)])


def test_the_input_hash_reads_every_module_whose_rules_build_the_rows(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    names = {Path(m).name for m in build._BUILD_MODULES}
    assert {"build.py", "sources.py", "arabic.py", "normalize.py", "ustowns.py", "lowercase.py"} <= names
    before = build.input_hash()
    changed = tmp_path / "lowercase.py"
    changed.write_bytes(Path(lowercase.__file__).read_bytes() + b"\n# another word threshold\n")
    monkeypatch.setattr(build, "_BUILD_MODULES", tuple(
        str(changed) if Path(m).name == "lowercase.py" else m for m in build._BUILD_MODULES))
    assert build.input_hash() != before


@pytest.mark.parametrize("text", [
    "Barges on the Rhine were halted by low water on Monday.",
    "Philip Morris said on Monday that Gannett and Sallie Mae would cut jobs.",
    "He was named Public Enemy Number One by the FBI.",
    "Officials in Tbilisi, Georgia, said barges on the Rhine were halted.",  # the country, not the state
    "Officials in Berlin said the Kremlin had cut gas to Germany.",  # a place abroad: no footing
    "A woman from Lansing, Mich., was rescued after jumping into Grand River.",  # set in another state (Iowa's)
    "NEW YORK (Reuters) - Colgate said on Monday it would cut 4,000 jobs.",  # New York: not North Dakota's
])
def test_world_news_reads_no_post_office_town(us_town_reads: Callable[[str], list[str]], text: str) -> None:
    assert us_town_reads(text) == []


@pytest.mark.parametrize("text, town", [
    ("Deputies in Rhine, Ga., said the road was closed.", "Rhine"),  # its state, abbreviated
    ("Deputies drove to Lanexa, VA on Monday.", "Lanexa"),  # its state's postal code after it
    ("Deputies drove to Lanexa in New Kent County on Monday.", "Lanexa"),  # its county
    ("The bakery in Squirrel Hill sold out, a Pittsburgh baker said.", "Squirrel Hill"),  # a city of its state
    ("Three Readington Township scouts became Eagles.", "Readington"),  # a US civil township
    ("Dana Cole, 41, of Ten Mile, said he was riding along County Road 225.", "Ten Mile"),  # a local paper
])
def test_a_post_office_town_with_a_us_footing_is_read(us_town_reads: Callable[[str], list[str]], text: str, town: str) -> None:
    assert town in us_town_reads(text)
