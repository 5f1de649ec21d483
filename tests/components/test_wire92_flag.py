"""A ship's flag, owner or name is not where an attack on it happened."""

from datetime import date

from eventwire.api import _as_article, extract, load_pipeline
from eventwire.components.assemble_scene import not_where
from eventwire.model import is_violent

LEAD = ("GULF TENSION RISES\n\nWASHINGTON, June 2 - Oil traders said prices rose on Monday\n"
        "as fears grew of a wider war in the Gulf shipping lanes.\n")


def _countries(text: str) -> list[str | None]:
    return [e.location.country_code if e.location else None
            for e in extract(text, published=date(1987, 6, 2)) if is_violent(e)]


def test_flag_country_is_not_where() -> None:
    text = LEAD + ("    A defence aide said on Monday that the rocket which struck a\nU.S.-flagged freighter inside "
                   "Kuwaiti waters at dawn had most likely\ncome from Iranian soil.\n")
    assert _countries(text) == ["KW"]


def test_owner_demonym_is_not_where() -> None:
    assert _countries("Explosion reported near Danish-owned tanker off Oman's coast") == ["OM"]


def test_ship_name_and_flag_are_not_where_but_the_coast_is() -> None:
    text = "Iraqi jets fired on the tanker Galveston and a Greek-registered freighter off Kuwait on Sunday."
    doc = load_pipeline()(_as_article(text, date(1987, 6, 2)))
    marks = {p.text: not_where(doc, p) for p in doc.places}
    assert marks.get("Galveston") is True
    assert marks.get("Greek") is True
    assert marks.get("Kuwait") is False
