"""Armed groups analysts meet today (issue #4): new lexicon entries, cased aliases, acronyms that need their group."""

import json
from importlib import resources

import pytest

from eventwire.components.actors import actor_lexicon, find_actors


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.name) for a in find_actors(text, actor_lexicon()) if a.kind in ("group", "force")]


@pytest.mark.parametrize(("text", "surface", "name", "cc"), [
    ("Fighters of the Moro Islamic Liberation Front met army officers.", "Moro Islamic Liberation Front",
     "MILF: Moro Islamic Liberation Front", "PH"),
    ("Abu Sayyaf gunmen seized two fishermen.", "Abu Sayyaf", "Abu Sayyaf Group", "PH"),
    ("Rebels of the New People's Army ambushed a patrol.", "New People's Army", "NPA: New People's Army", "PH"),
    ("Ansaroul Islam fighters raided a market.", "Ansaroul Islam", "Ansaroul Islam", "BF"),
    ("The YPG shelled a village.", "YPG", "YPG: People's Protection Units", "SY"),
    ("The TNLA took the town.", "TNLA", "TNLA: Ta'ang National Liberation Army", "MM"),
    ("Mai-Mai fighters attacked a camp.", "Mai-Mai", "Mai-Mai Militia", "CD"),
    ("The Ta'ang National Liberation Army said so.", "Ta'ang National Liberation Army",
     "TNLA: Ta'ang National Liberation Army", "MM"),
    ("Militants of the CPI (Maoist) blew up a road.", "CPI (Maoist)",
     "CPI (Maoist): Communist Party of India (Maoist)", "IN"),
])
def test_new_groups_are_named_as_acled_writes_them(text: str, surface: str, name: str, cc: str) -> None:
    got = {a.text: a for a in find_actors(text, actor_lexicon())}
    assert got[surface].name == name and got[surface].country_code == cc and got[surface].kind == "group"


def test_a_longer_name_wins_over_a_shorter_alias_inside_it() -> None:
    # "National Liberation Army" is the ELN's alias; the Ta'ang group's full name holds it.
    assert _names("The Ta'ang National Liberation Army attacked.") == [
        ("Ta'ang National Liberation Army", "TNLA: Ta'ang National Liberation Army")]


@pytest.mark.parametrize("text", [
    "The ADF said its jets flew over the Coral Sea.",  # Australian Defence Force
    "The NPA will publish new guidance on Monday.",
    "The alliance's NRF held an exercise in Norway.",  # NATO Response Force
    "The STC raised its prices again.",
    "Airlines want more SAF blended into jet fuel.",
])
def test_an_ambiguous_acronym_alone_names_no_group(text: str) -> None:
    assert _names(text) == []


def test_rsf_alone_names_the_sudanese_paramilitary() -> None:
    # In conflict news "RSF" alone is the Rapid Support Forces ("RSF shells El Fasher"); the press group is
    # written out as Reporters Without Borders far more often than the militia is.
    assert _names("RSF fighters shelled El Fasher on Sunday.") == [("RSF", "RSF: Rapid Support Forces")]


def test_an_ambiguous_acronym_names_the_group_the_text_names_in_full() -> None:
    assert _names("The Allied Democratic Forces killed ten people near Beni. ADF fighters then fled.") == [
        ("Allied Democratic Forces", "ADF: Allied Democratic Forces"), ("ADF", "ADF: Allied Democratic Forces")]
    got = _names("RSF fighters shelled the city, the Rapid Support Forces said.")
    assert got == [("RSF", "RSF: Rapid Support Forces"), ("Rapid Support Forces", "RSF: Rapid Support Forces")]


def test_an_acronym_two_groups_share_goes_to_the_one_the_text_names() -> None:
    somali = _names("The Somali National Army said SNA troops killed ten militants.")
    assert somali == [("Somali National Army", "Military Forces of Somalia"), ("SNA", "Military Forces of Somalia")]
    syrian = _names("The Syrian National Army said SNA fighters took the hill.")
    assert syrian == [("Syrian National Army", "SNA: Syrian National Army"), ("SNA", "SNA: Syrian National Army")]


def test_a_cased_alias_needs_its_capitals() -> None:
    assert ("Lions' Den", "Lions' Den") in _names("Gunmen of the Lions' Den fired at Israeli troops.")
    assert _names("The minister walked into the lions' den at the hearing.") == []


def test_every_alias_is_unique_across_groups() -> None:
    text = resources.files("eventwire").joinpath("data/lexicons/groups.json").read_text("utf-8")
    groups = json.loads(text)["groups"]
    seen: dict[str, str] = {}
    for g in groups:
        for a in [*g["aliases"], *g.get("cased_aliases", [])]:
            assert seen.setdefault(a.lower(), g["name"]) == g["name"], a
    # A context alias would shadow a plain alias of the same spelling.
    assert not {a.lower() for g in groups for a in g.get("context_aliases", [])} & set(seen)
