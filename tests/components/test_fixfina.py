"""Final read of session 21: the depot rule's one-word first target, a kill's own claim, and the ISW heading's ends."""

from datetime import date

from eventwire.api import extract
from eventwire.components.trigger_isw import in_effort_heading
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 3)
_SHELLING = "Shelling/artillery/missile attack"


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_fire_wrecking_a_barn_and_a_depot_is_no_strike() -> None:
    assert _events("A fire destroyed a barn and a fuel depot in Kherson.") == []


def test_a_flood_wrecking_a_bridge_and_a_depot_is_no_strike() -> None:
    assert _events("Floodwaters destroyed a bridge and an ammunition depot near Kherson.") == []


def test_one_word_first_target_with_an_armed_doer_still_counts() -> None:
    assert (_SHELLING, "Kherson") in _events("Ukrainian strikes destroyed trucks and a fuel depot in Kherson.")


def test_single_target_depot_still_counts() -> None:
    assert (_SHELLING, "Kherson") in _events("Ukrainian soldiers later destroyed an enemy ammunition depot in Kherson.")


def test_isw_own_shelling_in_a_first_clause_does_not_doubt_a_later_kill() -> None:
    text = ("Ukrainian gunners shelled Russian lines near Kreminna on June 2, and a Russian milblogger claimed Wagner "
            "troops killed 15 Ukrainian defenders in Soledar, but ISW cannot confirm these claims.")
    assert any(place == "Soledar" for _, place in _events(text))


def test_a_kill_after_a_doubted_strike_in_its_claim_is_still_left_out() -> None:
    text = ("A Russian milblogger claimed Russian jets struck a barracks in Soledar, killing 15 Ukrainian defenders, "
            "but ISW cannot confirm these claims.")
    assert not any(place == "Soledar" for _, place in _events(text))


def test_a_run_on_heading_with_a_bracket_keeps_its_event() -> None:
    text = ("Main Effort—Eastern Ukraine Russian troops shelled Kherson (the oblast centre) on June 2. More text here.")
    assert (_SHELLING, "Kherson") in _events(text)


def test_a_semicolon_ends_the_heading_name() -> None:
    text = "Main Effort—Eastern Ukraine; Russian troops shelled Lyman\n"
    assert not in_effort_heading(text, 0, text.index("shelled"))


def test_a_heading_with_its_aim_in_a_bracket_is_still_a_heading() -> None:
    text = "Supporting Effort #2—Southern Axis (Russian objective: hold ground against Ukrainian strikes);\nNext.\n"
    assert in_effort_heading(text, 0, text.index("strikes"))
