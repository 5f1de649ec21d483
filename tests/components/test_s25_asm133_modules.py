"""Module upkeep of session 25 (asm133): the event coder imports no other module's underscore names, and the helpers
that moved or were shared answer as before."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import eventwire.components as components
from eventwire.components import assemble, assemble_group, assemble_record
from eventwire.components.assemble_scene import possessive
from eventwire.components.text_case import is_word
from eventwire.components.trigger_background import since_compared
from eventwire.model import Article, PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

# Still imported by name: actors_acled reads actors._dated (actors.py was held to the is_word move in asm133).
KNOWN = {("actors_acled.py", "_dated")}
SRC = Path(components.__file__).parents[2]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _is_module(dotted: str) -> bool:
    path = SRC.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _dotted(node: ast.expr) -> str | None:
    """The dotted name `a.b.c` an expression spells, or None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return None if head is None else f"{head}.{node.attr}"
    return None


def _private_imports(folder: Path) -> set[tuple[str, str]]:
    """(file, name) for each underscore name a module imports from another, or reads through a module alias."""
    out = set()
    for f in sorted(folder.glob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}  # local name -> the eventwire module it binds
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventwire"):
                out |= {(f.name, a.name) for a in node.names if _private(a.name)}
                modules |= {a.asname or a.name: f"{node.module}.{a.name}" for a in node.names
                            if _is_module(f"{node.module}.{a.name}")}
            elif isinstance(node, ast.Import):
                modules |= {a.asname or a.name.split(".")[0]: a.name if a.asname else a.name.split(".")[0]
                            for a in node.names if a.name.startswith("eventwire")}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _private(node.attr):
                head = _dotted(node.value)
                first, _, rest = (head or "").partition(".")
                if first in modules and _is_module(".".join(filter(None, (modules[first], rest)))):
                    out.add((f.name, node.attr))
    return out


def test_the_event_coder_imports_no_other_modules_underscore_names() -> None:
    assert _private_imports(Path(components.__file__).parent) <= KNOWN


def test_the_guard_sees_reads_through_a_module_alias(tmp_path: Path) -> None:
    (tmp_path / "reader.py").write_text("import eventwire.components.trigger_parts as tp\n"
                                        "from eventwire.components import assemble_scene\n"
                                        "import eventwire.components.text_case\n"
                                        "a = tp._hidden\nb = assemble_scene._other\n"
                                        "c = eventwire.components.text_case._last\nd = tp.IN_TOWN\n")
    assert _private_imports(tmp_path) == {("reader.py", "_hidden"), ("reader.py", "_other"), ("reader.py", "_last")}


def test_assemble_keeps_its_record_helpers_importable() -> None:
    assert assemble.as_location is assemble_record.as_location
    assert assemble.event_id is assemble_record.event_id
    assert assemble.Group is assemble_group.Group
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
    assert owners == [at[0] + 6, at[1] + 6, None]  # where the "'s" ends (asm133m)
