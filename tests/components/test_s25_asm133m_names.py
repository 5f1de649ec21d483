"""Upkeep after asm133's review (asm133m): the public names say what they hold, and the possessive's suffix end is
read from `possessive` itself."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components import (
    assemble_link,
    assemble_scene,
    trigger_doubt,
    trigger_parts,
    trigger_rules,
    trigger_wire,
)
from eventwire.components.assemble_scene import possessive
from eventwire.model import Article, PlaceMention, is_violent
from eventwire.pipeline.workdoc import WorkDoc

_DAY = date(1987, 10, 19)
# old name -> (module, new name): the asm133 publics renamed here (review finding 1).
RENAMED = {
    "ARMS": (trigger_parts, "ARMS_WORDS"),
    "W": (trigger_parts, "FEW_WORDS"),
    "ADV": (trigger_parts, "OPT_ADVERB"),
    "IN_PLACE": (trigger_parts, "IN_NOT_PURPOSE"),
    "ARMED": (trigger_rules, "ARMED_CUE"),
    "KILL": (trigger_doubt, "KILL_STEM"),
    "CROWD": (trigger_wire, "CROWD_NOUNS"),
    "SPEECH": (assemble_link, "SPEECH_VERB_NEXT"),
    "NOMINAL": (assemble_link, "NOMINAL_ACT"),
    "NEW_CLAUSE": (assemble_scene, "CLAUSE_OPENING"),
}


def test_the_renamed_publics_answer_by_their_new_names_only() -> None:
    for old, (module, new) in RENAMED.items():
        assert hasattr(module, new) and not hasattr(module, old), (module.__name__, old, new)


def test_possessive_gives_where_the_suffix_ends() -> None:
    text = "Gunboats hit Oman’s tanker and Oman's jetty, then left Oman."
    doc = WorkDoc(Article(text=text, published=_DAY))
    ends = [possessive(doc, PlaceMention(start=i, end=i + 4, text="Oman", name="Oman"))
            for i in range(len(text)) if text.startswith("Oman", i)]
    assert [text[e - 2 : e] if e is not None else None for e in ends] == ["’s", "'s", None]


def _sites(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location.name, e.location.country_code) for e in extract(text, published=_DAY)
            if is_violent(e) and e.location]


def test_the_owner_is_read_after_either_apostrophe() -> None:
    text = "Dutch frigates fired 300 shells at {} Kelvar gas platform 60 miles east of Qatar."
    assert _sites(text.format("Iran's")) == [("60 miles east of Qatar", "IR")]
    assert _sites(text.format("Iran’s")) == [("60 miles east of Qatar", "IR")]
    assert _sites(text.format("the")) == [("60 miles east of Qatar", None)]  # no owner told
