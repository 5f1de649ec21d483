"""Words of a known armed group's name that are no place of the story ("Moro" in "Moro Islamic Liberation Front")."""

from __future__ import annotations

from eventwire.components.text_case import is_word
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold, name_key
from eventwire.geoparsing.lexicon_names import longest, name_hits
from eventwire.geoparsing.recognize import Candidate

GroupSpan = tuple[int, int, str | None]  # start, end, the group's country (None: no one country)


def group_name_spans(text: str, folded: str | None = None) -> list[GroupSpan]:
    """Where `text` names a known armed group by a name of several words, with the group's country."""
    folded = fold(text) if folded is None else folded
    out = []
    for start, end, (_, group, _) in longest(name_hits(folded), group=True):
        assert group is not None
        if is_word(folded, start, end) and (group.exact is None or text[start:end] in group.exact):
            out.append((start, end, group.country))
    return out


def _home(gz: Gazetteer, c: Candidate, cc: str | None) -> bool:
    """Whether a reading of `c` lies in the group's country (no country: `c` is a country's own name)."""
    if cc is not None:
        return any(gz.cc[i] == cc for i in c.ids)
    return any(gz.fcode[i] == "PCLI" and name_key(gz.names[i]) == name_key(c.text) for i in c.ids)


def outside_group_names(gz: Gazetteer, cands: list[Candidate], spans: list[GroupSpan]) -> list[Candidate]:
    """Drop a toponym inside a known group's name unless a reading lies in the group's own country.

    "the Moro Islamic Liberation Front" names no Pakistani town Moro; "the Tigray People's Liberation Front" keeps
    Tigray (Ethiopia's region, the group's own country), "the Freedom of Russia Legion" keeps Russia.
    """
    if not cands or not spans:
        return cands
    out = []
    for c in cands:
        group = [cc for s, e, cc in spans if s <= c.start and c.end <= e and e - s > c.end - c.start]
        if group and c.kind != "demonym" and not _home(gz, c, group[0]):
            continue
        out.append(c)
    return out
