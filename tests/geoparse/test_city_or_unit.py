"""A bare oblast-capital name is the city; units keep their unit word; spellings beat old names of other towns."""

from __future__ import annotations

import pytest

import eventwire


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name or "", m.feature_code or "") for m in eventwire.geoparse(text)]


@pytest.mark.parametrize("name", ["Donetsk", "Sumy", "Chernihiv", "Luhansk", "Kherson"])
def test_bare_oblast_capital_is_the_city(name: str) -> None:
    [(_, _, code)] = _read(f"Missiles struck {name} overnight, killing two people.")
    assert code.startswith("PPL")


def test_units_with_their_unit_word_stay_units() -> None:
    assert [c for _, _, c in _read("Fighting continued in Donetsk and Luhansk oblasts.")] == ["ADM1", "ADM1"]
    assert ("Kiev", "ADM1") in [(t, c) for t, _, c in _read("Russian forces withdrew from Kiev Oblast.")]


def test_old_spellings_and_state_names() -> None:
    assert _read("Missiles struck Kiev overnight.") == [("Kiev", "Kyiv", "PPLC")]
    # Nikopol was once called Slaviansk; the modern spelling of Slovyansk goes to Slovyansk.
    assert ("Sloviansk", "Slovyansk") in [(t, n) for t, n, _ in _read("Russian forces advanced toward Sloviansk.")]
    # A US state keeps its bare name (its usual name carries no unit word).
    assert _read("Lawmakers in New York passed the bill.")[0][2] == "ADM1"
