"""Review of round 90: a heading run on into its first sentence, an aim after the colon, the 'Russian' prefix."""

from datetime import date

from eventwire.api import _as_article, load_pipeline
from eventwire.components.trigger_isw import in_effort_heading
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 10, 5)
_PIPE = load_pipeline()
_SHELL = "Shelling/artillery/missile attack"


def _run(text: str) -> tuple[list[tuple[str | None, str | None]], list[dict[str, object]]]:
    doc = _PIPE(_as_article(text, _DAY))
    evs = [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events if is_violent(e)]
    return evs, [d for d in doc.decisions if d.get("stage") == "triggers"]


def test_a_heading_run_on_into_its_first_sentence_keeps_the_act() -> None:
    # Older reports (and text whose line breaks were lost) run the body on after the heading, with no colon.
    for text in ("Main Effort—Eastern Ukraine Russian forces shelled Lyman on October 5.",
                 "Supporting Effort #2 - Southern Axis Russian troops shelled Orikhiv on October 5."):
        evs, decs = _run(text)
        assert [d["status"] for d in decs if d["text"] == "shelled"] != ["heading"], text
        assert len(evs) == 1 and evs[0][0] == _SHELL, text


def test_an_aim_after_the_colon_is_part_of_the_heading() -> None:
    text = ("Supporting Effort #1—Kharkiv and Izyum: (Russian objective: Push south to attack Ukrainian units near "
            "Barvinkove and shell Kharkiv)\nRussian troops shelled Lyman.")
    evs, decs = _run(text)
    assert {d["status"] for d in decs if d["text"] in ("attack", "and shell")} == {"heading"}
    assert evs == [(_SHELL, "Lyman")]


def test_prefixed_lower_case_and_lettered_headings() -> None:
    for text in ("Russian Supporting Effort—Southern Axis (Russian objective: Guard supply lines against Ukrainian "
                 "strikes)",
                 "Supporting effort 2—Southern axis (Russian objective: guard the bridges against strikes)",
                 "Supporting Effort #1a—Luhansk Oblast (Russian objective: hold out against strikes)"):
        assert in_effort_heading(text, 0, text.index("strikes")), text
