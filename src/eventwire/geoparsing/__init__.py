"""The geoparser: recognise toponyms, resolve them with the article as context, mark demonyms and metonyms."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import date

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.anaphora import anaphors, local_sites
from eventwire.geoparsing.coords import at_stated_points
from eventwire.geoparsing.dateline import bureau_town, dateline_country, dateline_place, main_country
from eventwire.geoparsing.facilities import placed_sites
from eventwire.geoparsing.given import given_candidate, landmark
from eventwire.geoparsing.group_names import group_name_spans, outside_group_names
from eventwire.geoparsing.lowercase import census_names
from eventwire.geoparsing.matching import ARTICLES, demonyms
from eventwire.geoparsing.metonymy import is_metonym
from eventwire.geoparsing.plants import _table as plant_table
from eventwire.geoparsing.plants import plant_sites
from eventwire.geoparsing.recognize import (
    LOWER_TAIL,
    PREP,
    Candidate,
    casing,
    common_set,
    is_river,
    recognise,
)
from eventwire.geoparsing.resolve import Resolved, bare_names, resolve
from eventwire.geoparsing.seas import gulf_mentions
from eventwire.geoparsing.support import unsupported
from eventwire.geoparsing.typos import by_shape as village_slips
from eventwire.geoparsing.unknown import unknown_places
from eventwire.geoparsing.villages import add_villages
from eventwire.geoparsing.villages import loose_table as village_spellings
from eventwire.geoparsing.villages import table as village_table
from eventwire.model import PlaceMention

__all__ = ["Geoparser", "default_geoparser"]

# A one-word name right before a lower-case Arabic article and a capitalised word, or right after "Word al-", is
# one word of a longer name: "Abo al- Dohur" is Abu al-Duhur, not Åbo (Turku); "Marwa al-Salim" is a person, not
# Maroua; "Maarat al-Numan" is no Numan, Nigeria. A capital "Al-" starts a name of its own ("Mecca's Al-Nur").
_ARABIC_PREV = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*[ \u00a0\u2002]+" + ARTICLES + r"-[ \u00a0\u2002]?$")
_ARABIC_NEXT = re.compile(r"[ \u00a0\u2002]+" + ARTICLES + r"-[ \u00a0\u2002]?[A-Z]")


# A village stood in for by a town of its list lies near it, not at it: as far off as a hromada seat's villages.
STOOD_IN_KM = 20.0
TOLD_POINT = "PPLL"  # the feature code of a point not from a record: an offset phrase or a stand-in's point


_AFTER_ARTICLE = re.compile(r"(?<![\w-])" + ARTICLES + "- ?$")


def _unknown_instead(gz: Gazetteer, text: str, kept: list[Resolved], dropped: list[Resolved],
                     setting: str | None) -> list[Resolved]:
    """`kept` plus an unknown place where a dropped namesake stood and the words around name a place."""
    dropped = [d for d in dropped if _AFTER_ARTICLE.search(text, max(0, d.cand.start - 5), d.cand.start)]
    if not dropped:  # (only a name read through a lower-case article: the reading this index's "al-" forms add)
        return kept
    cands = [r.cand for r in kept]
    gaps = [c for c in unknown_places(text, cands) if any(c.start < d.cand.end and d.cand.start < c.end for d in dropped)]
    if not gaps:
        return kept
    gaps = [_past_article(c) for c in gaps]
    return sorted(kept + resolve(gz, text, gaps, setting, cands + gaps), key=lambda r: r.cand.start)


_LEAD_ARTICLE = re.compile(ARTICLES + "- ?")


def _past_article(c: Candidate) -> Candidate:
    """The span from the capital ("al-Manshiya" → "Manshiya"), as every name read through the article starts."""
    m = _LEAD_ARTICLE.match(c.text)
    return replace(c, start=c.start + m.end(), text=c.text[m.end():]) if m and m.end() < len(c.text) else c


def _word_of_longer(gz: Gazetteer, text: str, start: int, end: int, ids: list[int]) -> bool:
    """One word of a longer Arabic name: "Abo al- Dohur", "Maarat al-Numan", "Hayat Tahrir al-Sham"."""
    if " " in text[start:end]:
        return False
    prev = _ARABIC_PREV.search(text, max(0, start - 40), start)
    if prev and prev.group(0).split()[0].lower() not in PREP:  # after "Word al-" a big place is no exemption
        return True  # ("Tahrir al-Sham" is no Damascus); a capitalised preposition, opening a sentence or in a
    # title-case headline ("In al-Mayadin", "Clashes Near al-Bab"), is no word of the name: the next word decides
    return not _country_or_state(gz, ids) and bool(_ARABIC_NEXT.match(text, end))  # ("In al-Bab al-Sharqi")


def _country_or_state(gz: Gazetteer, ids: list[int]) -> bool:
    """A country, a first-level unit or a capital: "Pakistan al-Qaeda suspect" keeps Pakistan."""
    return any(gz.fcode[i] in ("PCLI", "ADM1", "PPLC") for i in ids)


class Geoparser:
    """Offline geoparser over a loaded gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None, villages: bool = True):
        self.gz = gazetteer or load_gazetteer()
        # Ukrainian villages the gazetteer lacks, at their hromada's approximate point (KATOTTG table, a fallback that
        # never takes a name the gazetteer places near the text); `villages=False` reads the gazetteer alone.
        self.villages = villages

    def warm(self) -> None:
        """Load the tables parsing reads lazily, so the first texts do not pay for them (results are the same)."""
        fold("\u00e9")  # the fold table of non-ASCII text
        self.gz.first_words()  # the names' first words (the matcher's gate)
        census_names()  # with the English word counts
        plant_table(self.gz)
        bare_names()
        demonyms()
        common_set()
        if self.villages:
            village_table()
            village_spellings()
            village_slips()

    def parse(
        self, text: str, *, article_id: str = "", published: date | None = None, setting: str | None = None
    ) -> list[PlaceMention]:
        """Every place mention in `text`, resolved, in text order."""
        mode = casing(text)
        folded = fold(text)  # once: the group scan and the recogniser read the same folded text
        groups = group_name_spans(text, folded)  # not "Moro" in the Moro Islamic Liberation Front
        cands = outside_group_names(self.gz, recognise(self.gz, text, mode, folded), groups)
        if mode == "mixed":  # "Abo al- Dohur", "Maarat al-Numan": a word of a longer Arabic name
            cands = [c for c in cands if not _word_of_longer(self.gz, text, c.start, c.end, c.ids)]
        if mode == "mixed":  # "the village of Ashmi": names the gazetteer lacks, by the words around them
            # a group's name is taken too: "in the Arabian Peninsula" of AQAP is no unknown place either
            cands = sorted(cands + unknown_places(text, cands, [(s, e) for s, e, _ in groups]), key=lambda c: c.start)
        home = dateline_place(text, cands)  # once: the bureau town and the capital's anaphors read it
        setting = setting or dateline_country(self.gz, text, cands)
        if setting is None and mode == "upper":  # wire copy "CLANDESTINE, NO DATE --": the story's country
            setting = main_country(self.gz, cands)
        # Wire copy names places the way their people do: "SAN MIGUEL" is a Salvadoran city, not an old name of
        # San Diego. Without case cues an own name weighs more against a bigger place's other names.
        resolved = resolve(self.gz, text, cands, setting, cands, main_bonus=1.0 if mode == "upper" else 0.6)
        resolved = bureau_town(self.gz, text, resolved, home)  # "LVIV, June 3 -" is the city, not its oblast
        # A text's opening name that only a foreign namesake bears is likely no place ("Nissan", "Monsanto").
        resolved = [r for r in resolved if "stray" not in r.cand.hints]
        drop = unsupported(self.gz, text, resolved, setting, common_set(), namesakes=mode != "upper")
        kept = [r for n, r in enumerate(resolved) if n not in drop and not is_river(r.cand)]
        if drop and mode == "mixed":  # "in al-Manshiya neighbourhood" (Damascus): a far namesake dropped, the words
            kept = _unknown_instead(self.gz, text, kept, [resolved[n] for n in drop], setting)  # still say a place
        if mode == "mixed":  # "Manger Square in Bethlehem": a named site takes the town the text places it in
            kept = sorted(kept + placed_sites(self.gz, text, kept), key=lambda r: r.cand.start)
            kept = plant_sites(self.gz, text, kept)  # "the Zaporizhzhia NPP" lies at Enerhodar, not in the city
            kept = sorted(kept + gulf_mentions(self.gz, text, kept), key=lambda r: r.cand.start)  # "in the Gulf"
        if mode == "upper":  # "IN THIS CAPITAL", "THE SALVADORAN CAPITAL": the capital, not Denmark's region
            kept = local_sites(self.gz, text, kept, setting, home)
            kept = sorted(kept + anaphors(self.gz, text, kept, cands, setting, home), key=lambda r: r.cand.start)
        memo: dict[tuple, PlaceMention] = {}
        out = [_own_name(r, _city_office_trimmed(text, _unit_of_trimmed(_tail_trimmed(
            self.gz, r, self._mention(text, r, article_id, memo))))) for r in kept]
        out = at_stated_points(self.gz, text, out, TOLD_POINT)  # "Tok is located at 63°20′10″N 142°59′7″W"
        if self.villages and mode == "mixed":  # a Ukrainian village the gazetteer lacks, at its hromada's point
            out = add_villages(self.gz, text, out, TOLD_POINT)
        return out

    def resolve_given(
        self, text: str, spans: list[tuple[int, int]], *, article_id: str = "", setting: str | None = None,
        guesses: bool = False,
    ) -> list[PlaceMention | None]:
        """Resolve supplied spans: one result per span, in order, None where it cannot be resolved.

        A span no record is named by ("Zelensky") is None; with `guesses` it gets a best guess instead (the unit
        the text says contains it, or the article's focus) with role "guess" and a low score.
        """
        ctx = recognise(self.gz, text, casing(text))
        setting = setting or dateline_country(self.gz, text, ctx)
        found = {(c.start, c.end): c for c in ctx}
        # "the White House", "Heathrow": a landmark names its city before any namesake town (White House, TN).
        cands = [given_candidate(self.gz, text, s, e) if landmark(self.gz, text[s:e]) is not None
                 else found.get((s, e)) or given_candidate(self.gz, text, s, e) for s, e in spans]
        order = sorted(range(len(cands)), key=lambda k: cands[k].start)
        taken = set(spans)
        # A country's longer name around a span stays context ("the nation of Trinidad and Tobago" around "Trinidad").
        context = [c for c in ctx if not any(a < c.end and c.start < b for a, b in spans) or (c.start, c.end) in taken
                   or (any(c.start <= a and b <= c.end for a, b in spans) and any(
                       self.gz.fcode[i] == "PCLI" for i in c.ids))]
        context += [c for c in cands if (c.start, c.end) not in found]
        context.sort(key=lambda c: c.start)
        resolved = resolve(self.gz, text, [cands[k] for k in order], setting, context)
        # A given dateline span reads as `parse` reads it.
        resolved = bureau_town(self.gz, text, resolved, dateline_place(text, ctx))
        by_cand = {order[pos]: r for pos, r in enumerate(resolved)}
        out = [self._mention(text, by_cand[k], article_id) for k in range(len(cands))]
        placed = list(at_stated_points(self.gz, text, out, TOLD_POINT))
        # A guess read as a place misleads (issue #3: nulls where it cannot resolve): marked, or dropped.
        # (A point the text states for the name is no guess.)
        return [(_copy(m, role="guess") if guesses else None) if by_cand[k].guess and m is out[k] else m
                for k, m in enumerate(placed)]

    def _mention(
        self, text: str, r: Resolved, article_id: str, memo: dict[tuple, PlaceMention] | None = None
    ) -> PlaceMention:
        c = r.cand
        role = "demonym" if c.kind == "demonym" else "mentioned"
        if r.best is None:
            return PlaceMention(article_id=article_id, start=c.start, end=c.end, text=c.text, role=role)  # type: ignore[arg-type]
        rec = self.gz.record(r.best) if memo is None else None
        if role == "mentioned" and is_metonym(text, c.start, c.end, self.gz.fcode[r.best]):
            role = "metonym"
        # A long report names Kharkiv 40 times: the record part of a mention is built once per reading.
        sig = (r.best, role, tuple(r.ranked))
        base = memo.get(sig) if memo is not None else None
        if base is not None:
            return _copy(base, start=c.start, end=c.end, text=c.text, score=float(r.score))
        rec = rec or self.gz.record(r.best)
        # Built without validation: every value below already has its field's type (a long report has hundreds).
        # What `model_construct` makes with every field given, in field order, without its per-field loop.
        m = _raw({
            "article_id": article_id, "start": c.start, "end": c.end, "text": c.text, "geonameid": rec.geonameid,
            "name": rec.name, "lat": rec.lat, "lon": rec.lon, "country_code": rec.country_code,
            "admin1": self.gz.admin1_name(rec.admin1), "feature_class": rec.feature_class,
            "feature_code": rec.feature_code, "population": rec.population, "score": float(r.score), "role": role,
            "radius_km": None, "alternatives": [int(g) for g in (self.gz.gid[i] for i in r.ranked[1:]) if g < 90_000_000],
        }, set(_FIELDS))
        if memo is not None:
            memo[sig] = m
        return m


# "the Dublin City Council", "a Las Vegas City Marshal": the town is "Dublin", as the gold corpora mark it ("Kansas
# City" and "Boulder City" are their places' own names and stay whole).
_CITY_OFFICE = re.compile(r"[ \u00a0\u2002]+(?:Council|Manager|Marshal|Hall|Commission|Commissioners?|Attorney|Clerk|"
                          r"Schools?|Public[ \u00a0\u2002]+Schools|Police|Administrator|Engineer|Councilman|"
                          r"Councilwoman|Board)\b")


def _city_office_trimmed(text: str, m: PlaceMention) -> PlaceMention:
    """The mention without " City" when an office of the town follows and " City" is no part of its name."""
    if not m.text.endswith(" City") or m.name is None or m.name.endswith("City") or not _CITY_OFFICE.match(text, m.end):
        return m
    return _copy(m, end=m.end - 5, text=m.text[:-5])


_UNIT_OF = re.compile(r"(?:City|State|Town|Village|Commonwealth) of ")
_LOWER_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(LOWER_TAIL)) + r")$")  # "\s": a wrapped "Kaduna\nstate" too


def _tail_trimmed(gz: Gazetteer, r: Resolved, m: PlaceMention) -> PlaceMention:
    """The mention without the lower-case word that closed its name ("Kaduna state") where the bare head also names
    the place it reads ("Kaduna" names Kaduna State; "Rhode" does not name Rhode Island, which stays whole)."""
    # Corpora mark "Kaduna" in "Kaduna state"; the tail only chose the reading (`recognize.LOWER_TAIL`). The role
    # stays the whole name's: "Kaduna state said" is the state's government, as "Kaduna State said" is.
    tail = _LOWER_TAIL.search(m.text)
    if tail is None or r.best is None or r.best not in gz.candidates(m.text[: tail.start()]):
        return m
    return _copy(m, end=m.end - len(tail.group()), text=m.text[: tail.start()])


def _unit_of_trimmed(m: PlaceMention) -> PlaceMention:
    """The mention without "City of" / "State of" ("the State of Ohio", "the Commonwealth of Massachusetts"), unless
    the place's own name carries it ("City of London")."""
    pre = _UNIT_OF.match(m.text)
    if pre is None or m.name is None or m.name.startswith(pre.group()) or len(m.text) == pre.end():
        return m
    return _copy(m, start=m.start + pre.end(), text=m.text[pre.end() :])


def _own_name(r: Resolved, m: PlaceMention) -> PlaceMention:
    """A village the tables lack, stood in for by the town it is listed with or near, keeps its own name.

    "recaptured Fedorivka, Ukrainka, Peremoha, and Tsirkuny": three villages at Tsirkuny's point, not three more
    mentions of Tsirkuny (an event coder would fold them into one). Shaped like a point told by an offset phrase.
    """
    if "stood_in" not in r.cand.hints or m.feature_class != "P" or m.name is None or m.text == m.name:
        return m
    return _copy(m, geonameid=None, name=m.text, feature_code=TOLD_POINT, population=0, alternatives=[],
                 radius_km=STOOD_IN_KM)


_FIELDS = frozenset(PlaceMention.model_fields)


def _raw(values: dict[str, object], fields_set: set[str]) -> PlaceMention:
    """A mention from trusted values in field order: the instance `PlaceMention.model_construct` would build."""
    m = PlaceMention.__new__(PlaceMention)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", fields_set)
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def _copy(base: PlaceMention, **update: object) -> PlaceMention:
    """A shallow copy of a fully built mention with some fields replaced (what model_construct does, less work)."""
    d = dict(base.__dict__)
    d.update(update)
    d["alternatives"] = list(d["alternatives"])  # each mention owns its list
    return _raw(d, set(base.__pydantic_fields_set__))


_DEFAULT: Geoparser | None = None
_LOCK = threading.Lock()


def default_geoparser() -> Geoparser:
    """The process-wide geoparser (loads the gazetteer and the tables parsing reads once, when first asked for)."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            gp = Geoparser()
            # Loaded here, not inside the first texts that need them (the KATOTTG table alone takes 0.15 s).
            gp.warm()
            _DEFAULT = gp
        return _DEFAULT
