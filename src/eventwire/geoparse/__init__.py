"""The geoparser: recognise toponyms, resolve them with the article as context, mark demonyms and metonyms."""

from __future__ import annotations

import threading
from datetime import date

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.geoparse.metonymy import is_metonym
from eventwire.geoparse.recognize import Candidate, casing, recognise
from eventwire.geoparse.resolve import Resolved, resolve
from eventwire.model import PlaceMention

__all__ = ["Geoparser", "default_geoparser"]


class Geoparser:
    """Offline geoparser over a loaded gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gz = gazetteer or load_gazetteer()

    def parse(
        self, text: str, *, article_id: str = "", published: date | None = None, setting: str | None = None
    ) -> list[PlaceMention]:
        """Every place mention in `text`, resolved, in text order."""
        cands = recognise(self.gz, text, casing(text))
        return [self._mention(text, r, article_id) for r in resolve(self.gz, text, cands, setting)]

    def resolve_given(
        self, text: str, spans: list[tuple[int, int]], *, article_id: str = "", setting: str | None = None
    ) -> list[PlaceMention | None]:
        """Resolve supplied spans (one result per span, None when no record matches)."""
        found = {(c.start, c.end): c for c in recognise(self.gz, text, casing(text))}
        cands: list[Candidate] = []
        slots: list[int | None] = []
        for s, e in spans:
            c = found.get((s, e)) or self._given_candidate(text, s, e)
            slots.append(len(cands) if c is not None else None)
            if c is not None:
                cands.append(c)
        order = sorted(range(len(cands)), key=lambda k: cands[k].start)
        resolved = resolve(self.gz, text, [cands[k] for k in order], setting)
        by_cand = {order[pos]: r for pos, r in enumerate(resolved)}
        return [None if k is None else self._mention(text, by_cand[k], article_id) for k in slots]

    def _given_candidate(self, text: str, s: int, e: int) -> Candidate | None:
        from eventwire.gazetteer.normalize import name_key
        from eventwire.geoparse.recognize import demonyms

        surface = text[s:e]
        ids = self.gz.candidates(surface)
        if not ids:
            key = name_key(surface)
            if key in demonyms():
                return Candidate(s, e, surface, [], kind="demonym", country=demonyms()[key])
            # "the Gaza Strip" / "Kyiv region": try without a leading article or a trailing feature word.
            for variant in (key.removeprefix("the "), key.rsplit(" ", 1)[0] if " " in key else ""):
                if variant and (ids := self.gz.candidates(variant)):
                    break
        return Candidate(s, e, surface, ids) if ids else None

    def _mention(self, text: str, r: Resolved, article_id: str) -> PlaceMention:
        c = r.cand
        role = "demonym" if c.kind == "demonym" else "mentioned"
        if r.best is None:
            return PlaceMention(article_id=article_id, start=c.start, end=c.end, text=c.text, role=role)
        rec = self.gz.record(r.best)
        if role == "mentioned" and is_metonym(text, c.start, c.end, rec.feature_code):
            role = "metonym"
        return PlaceMention(
            article_id=article_id, start=c.start, end=c.end, text=c.text, geonameid=rec.geonameid,
            name=rec.name, lat=rec.lat, lon=rec.lon, country_code=rec.country_code,
            admin1=rec.admin1 or None, feature_class=rec.feature_class, feature_code=rec.feature_code,
            population=rec.population, score=r.score, role=role,  # type: ignore[arg-type]
            alternatives=[g for g in (self.gz.gid[i] for i in r.ranked[1:]) if g < 90_000_000],
        )


_DEFAULT: Geoparser | None = None
_LOCK = threading.Lock()


def default_geoparser() -> Geoparser:
    """The process-wide geoparser (loads the gazetteer once)."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = Geoparser()
        return _DEFAULT
