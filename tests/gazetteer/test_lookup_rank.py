"""`lookup` ranks a name's places as a reader expects: the city before the units named after it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.gazetteer import lookup

KYIV, KHARKIV, MOSCOW = 703448, 706483, 524901


def test_the_city_comes_before_the_admin_units_of_its_name():
    assert lookup("Kyiv")[0]["geonameid"] == KYIV  # not Kyiv City (ADM1, 7.4 M people)
    assert lookup("KHARKIV")[0]["geonameid"] == KHARKIV  # not Kharkiv Oblast nor Kharkiv Raion
    top = lookup("Bakhmut")
    assert (top[0]["name"], top[0]["feature_class"], top[0]["country_code"]) == ("Bakhmut", "P", "UA")
    assert top[1]["feature_code"] == "ADM2"  # the raion is still listed, after the town


def test_a_capital_comes_before_its_foreign_namesakes_and_a_country_before_a_state():
    assert lookup("Moscow")[0]["geonameid"] == MOSCOW
    georgia = lookup("Georgia", limit=2)
    assert [r["feature_code"] for r in georgia] == ["PCLI", "ADM1"]
    assert georgia[0]["country_code"] == "GE"


def test_the_cli_prints_the_same_order():
    out = CliRunner().invoke(cli, ["gazetteer", "lookup", "KHARKIV", "--limit", "3"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows[0]["geonameid"] == KHARKIV
    assert [r["feature_class"] for r in rows[1:]] == ["A", "A"]
