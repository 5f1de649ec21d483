"""Datelines and the country a story is set in ("SAN SALVADOR, 10 JAN 90 --", "KYIV (Reuters) -")."""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.readings import contains
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.resolve import Resolved

# "SAN SALVADOR, 3 JAN 90 --", "KYIV (Reuters) -", "MANAGUA (NICARAGUA), 13 DEC 89 (DOMESTIC SERVICE) --".
_DATELINE_AFTER = re.compile(r"(?:\s*\([^)\n]{0,40}\))?(?:,[^\n]{0,60}?)?\s*(?:\([^)\n]{0,40}\)\s*)?(?:--|—|–|-\s)")
# A wire dateline: "LIMA, 9 JAN 90 (EFE) -- ", "KYIV, June 6 (Reuters) - ", "MANILA, Oct 20 - ", or modern agency
# copy with no date (group `date` unset): "KYIV (Reuters) - ", "GAZA CITY, Gaza Strip (AP) — ", "LIMA, Peru — ".
# The place is capitalised words ("SAN SALVADOR", "Rio de Janeiro", "MANAGUA (NICARAGUA)", "Washington, D.C."), so
# a sentence that opens a text ("A bomb exploded on Tuesday, Oct 20 - officials said") is none; an undated one must
# also pass `_shape` (an agency, or a known place in capitals), so "ANALYSIS - " or "Ukraine war - " is none.
WIRE_DATELINE = re.compile(r"\s*[A-Z][\w'./-]*(?:,?[ ]+(?:[A-Z(][\w'.()-]*|de|del|la|el|al|da|do|dos|of)){0,6}?"
                           r"(?:,\s+(?P<date>\d{1,2}\s+[A-Za-z]{3}\w*\.?(?:\s+\d{2,4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b"
                           r"[^\n]{0,60}?\s|\s*\([A-Z][A-Za-z .&/-]{1,30}\)\s*|\s)(?:--|—|–|-)\s")
# A title line above the body: one line of at most 200 characters (a headline, a page title), then the break(s).
# Wire stories as pages and feeds give them ("IRAN VOWS REPRISAL ...\n\nNICOSIA, Oct 19 - Iran said ...").
_TITLE_LINE = re.compile(r"[^\n]{1,200}\n\s*")
# A sentence opening with a time word is no dateline: "On Tuesday, June 4 - ...", "Last Tuesday, June 4 - ...".
_TIME_WORD = re.compile(r"(?:on|last|early|late|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
                        re.IGNORECASE)
_AGENCY = re.compile(r"\([A-Z][A-Za-z .&/-]{1,30}\)")  # "(Reuters)", "(AP)", "(AFP)", "(EFE)"


def body_starts(text: str) -> tuple[int, ...]:
    """Where a dateline may open: the text's start (past blank lines), then the first line after a short title."""
    s = len(text) - len(text.lstrip())
    m = _TITLE_LINE.match(text, s)
    return (s, m.end()) if m and m.end() < len(text) else (s,)


def _shape(m: re.Match[str]) -> int:
    """How surely a match is a wire dateline: 3 an agency, 2 a place in capitals, 1 a gazetteer place (dated only)."""
    head = m.group().lstrip()
    if _TIME_WORD.match(head):
        return 0
    place = re.split(r"[,(]|\s(?:--|—|–|-)\s", head, maxsplit=1)[0].strip()  # "JERUSALEM — " is JERUSALEM
    if m.group("date") is None:
        # No date: an agency after a known place ("KYIV (AP) — "), not a byline or label ("By Jane Doe (AP) — ",
        # "WATCH (Video) - "); else a town or capital in capitals ("LIMA, Peru — "), not "NATO - " or "SUDAN — ".
        ids = [] if place.startswith("By ") else load_gazetteer().candidates(place)
        if _AGENCY.search(head):
            return 3 if ids else 0
        return 2 if place.isupper() and any(_town(i) for i in ids) else 0
    if _AGENCY.search(head):
        return 3
    if place.split()[0].isupper():
        return 2
    return 1 if load_gazetteer().candidates(place) else 0


def _town(i: int) -> bool:
    """True for a town a bare dateline may name: a capital, a seat, or a city of 50,000 ("NAJAF", not "NATO")."""
    gz = load_gazetteer()
    return gz.fclass[i] == "P" and (gz.fcode[i] == "PPLC" or gz.fcode[i].startswith("PPLA") or gz.pops[i] >= 50_000)


def dateline_at(text: str, pos: int, least: int = 1) -> re.Match[str] | None:
    """`WIRE_DATELINE` at `pos`: a dated one as matched, an undated one only when `_shape` is at least `least`."""
    m = WIRE_DATELINE.match(text, pos)
    return m if m is not None and (m.group("date") is not None or _shape(m) >= least) else None


def wire_dateline(text: str) -> re.Match[str] | None:
    """A wire dateline (dated, or undated by `_shape`) at the text's start or after a title line (or a title and a standfirst when an agency
    is named), else None; an agency, then a place in capitals, beats a title that looks like a dateline."""
    starts = body_starts(text)
    if len(starts) == 2:
        m2 = _TITLE_LINE.match(text, starts[1])
        if m2 and m2.end() < len(text):
            starts = (*starts, m2.end())
    best: tuple[int, re.Match[str]] | None = None
    for k, s in enumerate(starts):
        m = WIRE_DATELINE.match(text, s)
        shape = _shape(m) if m else 0
        # Below a title and a standfirst only the surest shape counts: a third paragraph is the body's own.
        if m is not None and shape > (best[0] if best else 0) and (k < 2 or shape == 3):
            best = (shape, m)
    return best[1] if best else None


def dateline_place(text: str, ctx: list[Candidate]) -> Candidate | None:
    """The candidate opening the text or its body after a title as its dateline ("SAN SALVADOR, 10 JAN 90 --")."""
    for s in body_starts(text):
        first = next((c for c in ctx if c.ids and c.start >= s), None)
        if first is not None and first.start - s <= 80 and not text[s : first.start].strip() and \
                _DATELINE_AFTER.match(text, first.end):
            return first
    return None


def dateline_country(gz: Gazetteer, text: str, ctx: list[Candidate]) -> str | None:
    """The country of a dateline's place ("SAN SALVADOR, 10 JAN 90 --", "KYIV (Reuters) -"), else None."""
    first = dateline_place(text, ctx) or _no_city(text, ctx)
    if first is None:
        return None
    # The dateline names a well-known place: its most prominent reading (a capital, a big city, a country).
    best = max(first.ids, key=lambda i: (gz.fcode[i] in ("PCLI", "PPLC"), gz.pops[i]))
    return gz.cc[best] or None


def bureau_town(gz: Gazetteer, text: str, resolved: list[Resolved], home: Candidate | None) -> list[Resolved]:
    """`resolved` with a wire dateline read as an area that holds a bureau-sized town of that word read as the town.

    `home` is the text's `dateline_place`."""
    m = wire_dateline(text) if home is not None else None
    if home is None or m is None or not m.start() <= home.start < home.end <= m.end():
        return resolved
    out = list(resolved)
    for k, r in enumerate(out):
        if r.cand.start != home.start or r.cand.end != home.end or r.best is None or gz.fclass[r.best] != "A":
            continue
        town = _area_town(gz, r.best, r.cand.ids)
        if town is not None:
            # Only the place changes: `score` stays the resolver's for the word, nothing compares it across readings.
            out[k] = replace(r, best=town, ranked=[town, *(i for i in r.ranked if i != town)])
    return out


def _area_town(gz: Gazetteer, area: int, ids: list[int]) -> int | None:
    """The bureau town a dateline word read as `area` names: one inside the area, else its capital of that name."""
    # A dateline names the bureau's city: "LVIV" is Lviv, not Lviv Oblast; "NEW YORK" is the city, not the state;
    # "KUWAIT" is Kuwait City. A namesake elsewhere is no bureau of the area ("YORK, Pa." is not Warner Robins,
    # Georgia, which lists York as another name). Lima and Buenos Aires are units of their own beside the area
    # named so, so a same-country capital or seat whose own main name is the area's counts too.
    towns = [i for i in ids if _town(i) and i != area and (contains(gz, area, i) or (
        gz.cc[i] == gz.cc[area] and gz.fcode[i] in ("PPLC", "PPLA") and gz.main_key(i) == gz.main_key(area)))]
    return max(towns, key=lambda i: (gz.fcode[i] == "PPLC", gz.pops[i])) if towns else None


_NO_CITY = re.compile(r"[ \t\n]*[A-Z][A-Z ]{1,30}\($")  # "NO CITY (GUATEMALA), 12 MAR 90 (FBIS) --"


def _no_city(text: str, ctx: list[Candidate]) -> Candidate | None:
    """The country in brackets of a dateline without a place: "NO CITY (EL SALVADOR), ...", "CLANDESTINE (X)"."""
    first = next((c for c in ctx if c.ids), None)
    if first is None or first.start > 60 or not _NO_CITY.fullmatch(text, 0, first.start):
        return None
    ok = text[first.end : first.end + 1] == ")" and _DATELINE_AFTER.match(text, first.end + 1)
    return first if ok else None


def main_country(gz: Gazetteer, ctx: list[Candidate], least: int = 3) -> str | None:
    """The country most distinct names point to (each by its most prominent reading of that very name, demonyms
    too), when at least `least` names and more than half agree: the setting of a story filed from nowhere
    ("CLANDESTINE"). Names count once: "SANTA ANA" three times is one vote, whichever Santa Ana it is."""
    n: dict[str, int] = {}
    seen: set[str] = set()
    for c in ctx:
        if c.text in seen:
            continue
        seen.add(c.text)
        if c.kind == "demonym" and c.country:
            cc: str | None = c.country
        else:
            # By its own name only: "SAN MIGUEL" is an old name of San Diego, but no American town is called so.
            key = name_key(c.text)
            own = [i for i in c.ids if gz.main_key(i) == key]
            cc = gz.cc[max(own, key=lambda i: (gz.fcode[i] in ("PCLI", "PPLC", "ADM1"), gz.pops[i]))] or None \
                if own else None
        if cc:
            n[cc] = n.get(cc, 0) + 1
    if not n:
        return None
    top = max(n, key=lambda k: n[k])
    return top if n[top] >= least and 2 * n[top] > sum(n.values()) else None
