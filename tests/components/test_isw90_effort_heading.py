"""Round 90: an ISW section heading ("Supporting Effort #2—…") names an axis and its aim, not an act."""

from datetime import date

from eventwire.api import _as_article, load_pipeline
from eventwire.components.trigger_isw import in_effort_heading
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 10, 5)
_PIPE = load_pipeline()


def _run(text: str) -> tuple[list[tuple[str | None, str | None]], list[dict[str, object]]]:
    doc = _PIPE(_as_article(text, _DAY))
    evs = [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events if is_violent(e)]
    return evs, [d for d in doc.decisions if d.get("stage") == "triggers"]


_AIM = ("Supporting Effort #2—Southern Axis (Russian objective: Hold the river line and guard supply hubs against "
        "Ukrainian strikes)\n")


def test_objective_heading_gives_no_trigger() -> None:
    evs, decs = _run(_AIM + "Russian troops shelled Orikhiv on October 5.")
    assert [d["status"] for d in decs if d["text"] == "strikes"] == ["heading"]
    assert evs == [("Shelling/artillery/missile attack", "Orikhiv")]


def test_heading_with_a_means_word_before_its_colon() -> None:
    # Before round 90 the heading gave an air strike at Kherson of its own.
    text = "Supporting Effort #3—Kherson and the Russian airstrikes on the coast:\nUkrainian troops shelled Snihurivka."
    evs, decs = _run(text)
    assert [d["status"] for d in decs if d["text"] == "airstrikes"] == ["heading"]
    assert evs == [("Shelling/artillery/missile attack", "Snihurivka")]


def test_act_after_the_heading_colon_is_kept() -> None:
    # Guard: the heading and a real act in one line; the act after the colon is body text.
    evs, _ = _run("Supporting Effort #1—Kharkiv City: Russian forces shelled Kharkiv City heavily on October 5.")
    assert evs == [("Shelling/artillery/missile attack", "Kharkiv")]


def test_span_ends_at_colon_paren_or_stop() -> None:
    text = "Main Effort—Eastern Ukraine (two axes) Russian troops shelled Lyman."
    end = text.index(")") + 1
    assert in_effort_heading(text, 0, end - 2)
    assert not in_effort_heading(text, 0, text.index("shelled"))
    # Not at the sentence's start: a body sentence that speaks of an effort is no heading.
    body = "Russian forces shelled Izyum to aid the main effort—the push on Slovyansk."
    assert not in_effort_heading(body, 0, body.index("shelled"))


def test_aim_with_a_bracket_of_its_own() -> None:
    text = ("Supporting Effort 1—Izyum (Russian objective: Hold supply roads (GLOCs) to Kupiansk against Ukrainian "
            "strikes) Russian troops shelled Balakliia.")
    assert in_effort_heading(text, 0, text.index("strikes"))
    assert not in_effort_heading(text, 0, text.index("shelled"))


def test_isw_update_line_then_an_act() -> None:
    # Guard: "ISW has updated ..." is no act, but an act told after it in the same paragraph stays.
    evs, _ = _run("ISW has updated its map of the Kupiansk front. Russian troops shelled Kupiansk on October 5.")
    assert ("Shelling/artillery/missile attack", "Kupyansk") in evs
