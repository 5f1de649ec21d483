"""Module upkeep of session 25 (asm133): the event coder imports no other module's underscore names, and the helpers
that moved or were shared answer as before."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import eventwire.components as components
from eventwire.components import assemble, assemble_record
from eventwire.components.assemble_scene import possessive
from eventwire.components.text_case import is_word
from eventwire.components.trigger_background import since_compared
from eventwire.model import Article, PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

# Still imported by name from actors: two geoparsing scans another helper is merging, and actors_acled (actors.py
# was held to the is_word move this session).
KNOWN = {("actors_acled.py", "_dated")}


def _private_imports(folder: Path) -> set[tuple[str, str]]:
    out = set()
    for f in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventwire"):
                out |= {(f.name, a.name) for a in node.names if a.name.startswith("_") and not a.name.startswith("__")}
    return out


def test_the_event_coder_imports_no_other_modules_underscore_names() -> None:
    assert _private_imports(Path(components.__file__).parent) <= KNOWN


def test_assemble_keeps_its_record_helpers_importable() -> None:
    assert assemble.as_location is assemble_record.as_location
    assert assemble.event_id is assemble_record.event_id
    assert assemble.event_id("a1", "Battles", "Armed clash", 703448, None).startswith("ev_")


def test_is_word_wants_whole_words() -> None:
    text = "Troops shelled Marinka at dawn."
    start = text.index("Marinka")
    assert is_word(text, start, start + len("Marinka"))
    assert not is_word(text, start, start + len("Marin"))
    assert not is_word(text, start + 1, start + len("Marinka"))


def test_since_compared_reads_a_named_superlative() -> None:
    text = "It was the deadliest raid since the war began."
    assert since_compared(text, 0, len(text))
    assert not since_compared("Losses since the war began reached 40.", 0, 38)


def test_possessive_reads_both_apostrophes() -> None:
    text = "Drones hit Iran's platform and Iran’s depot near Iran."
    doc = WorkDoc(Article(text=text, published=date(2024, 5, 2)))
    at = [i for i in range(len(text)) if text.startswith("Iran", i)]
    owners = [possessive(doc, PlaceMention(start=i, end=i + 4, text="Iran", name="Iran")) for i in at]
    assert owners == [True, True, False]
