"""Cheap features of one assembled violent event, read from the event and its WorkDoc (for `confidence.py`)."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from eventwire.components.trigger_status import MODAL_MAY
from eventwire.gazetteer.index import haversine_km
from eventwire.model import Event, PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

SUB_TYPES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
             "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Attack",
             "Abduction/forced disappearance", "Violent demonstration", "Mob violence")
PREPS = ("in", "near", "towards", "around", "of", "on", "at", "from", "and", ",")
FLAGS = ("location_contradicts_story", "date_after_publication", "actor_attacks_itself", "casualties_unsplit")
# Words of a front, an axis or a region summary ("attacks in the Bakhmut direction", "along the line of contact").
_FRONT = re.compile(r"\b(?:directions?|axis|axes|front ?lines?|line of contact|lines?|front)\b", re.I)
_REGION = re.compile(r"\b(?:oblasts?|regions?|raions?|provinces?|governorates?|areas?)\b", re.I)
# "may" and "might" in lower case only, and not the month of a lower-cased date ("on may 3"): "May 3" is a date.
_HEDGE = re.compile(r"\b(?:(?i:reportedly|claimed|claims|claiming|likely|possibly|purportedly|alleged(?:ly)?)|"
                    + MODAL_MAY + r"|might)\b")
# A goal, a plan or a forecast near the trigger ("in preparation for offensives", "will likely", "intend to").
_AIM = re.compile(r"\b(?:will|intend(?:s|ed)? to|plan(?:s|ned)? to|prepar\w+|in order to|expect\w*|forecast\w*|"
                  r"unlikely|could)\b", re.I)
_TRIGGER_CLASS = {
    "repel": re.compile(r"\b(?:repel|repuls|repelled|beat back|defeat)", re.I),
    "gain": re.compile(r"\b(?:captur|seiz|took|tak|liberat|recaptur|advanc|retook|control|regain|enter)", re.I),
    "fire": re.compile(r"\b(?:shell|strik|struck|bomb|fire|artillery|missile|rocket|drone|airstrike|hit)", re.I),
    "fight": re.compile(r"\b(?:fight|clash|battle|combat|attack|assault|offensive)", re.I),
    "harm": re.compile(r"\b(?:kill|wound|injur|shot|shoot|dead|died|abduct|detain|execut)", re.I),
}
_WORD_BEFORE = re.compile(r"([A-Za-z]+|,)\s*$")
_SPELLING = {"toward": "towards"}

# A binary feature seen fewer than 20 times with either value in training (undated events, most check flags) is kept
# as reserved: the trainer gives it no weight (the weights file's `untrained`) until the gold holds enough of it.
NAMES: tuple[str, ...] = (
    *(f"sub={s}" for s in SUB_TYPES), "sub=other",
    *(f"trigger={k}" for k in _TRIGGER_CLASS),
    "loc=none", "loc=admin1_or_country", "loc=admin2_or_near", "loc=approx_point", "loc=not_settlement",
    "log_population", "place=trigger_sentence", "place=earlier_sentence", "place=later_sentence", "place=unseen",
    *(f"prep={p}" for p in PREPS),
    "far_from_others_log_km", "no_other_places", "nearest_other_log_km", "nearest_over_50km", "near_sentences_log_km",
    "country_minor", "front_words", "region_words", "hedge_words", "aim_words", "sentence_length_log", "position_in_doc", "first_sentence",
    "twin_same_type", "twin_other_type", "events_in_sentence_log", "places_in_sentence_log", "triggers_log", "sentences_log", "doc_events_log",
    "date_none", "date_untold", "date_same_day", "date_back_1", "date_back_2plus", "date_not_day",
    *(f"flag={f}" for f in FLAGS), "flag_other",
    "fatalities", "actors_none", "claims", "political_in_sentence", "old_confidence",
)


def _trigger_offsets(doc: WorkDoc, e: Event) -> list[tuple[int, int]]:
    spans = doc.meta.get("trigger_spans", {}).get(e.id)
    if spans:
        return [(int(a), int(b)) for a, b in spans]
    return [(x.start, x.end) for x in e.evidence if "event_type" in x.supports]


def is_political_act(e: Event) -> bool:
    """A PLOVER-only event (no ACLED type): the political acts the features and the framing cap read."""
    return e.event_type is None and e.plover is not None


def _km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle km from one point to many: `gazetteer.index.haversine_km` over arrays."""
    p1, p2 = math.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    return np.asarray(12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(a))))


def _median(a: np.ndarray) -> float:
    """np.median of a 1-d array without its per-call overhead."""
    s = np.sort(a)
    m = len(s) // 2
    return float(s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2)


class DocContext:
    """What every event's features read from the document, computed once per document."""

    def __init__(self, doc: WorkDoc, violent: list[Event]):
        self.doc, self.violent = doc, violent
        pts = [(p.lat, p.lon, doc.sentence_of(p.start), p.geonameid or 0) for p in doc.places
               if p.lat is not None and p.lon is not None and p.role not in ("demonym", "metonym")
               and p.feature_class != "A"]
        arr = np.array(pts, dtype=float).reshape(len(pts), 4)
        self.lat, self.lon, self.sent, self.gid = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        self.per_sentence = Counter(doc.sentence_of(p.start) for p in doc.places)
        ccs = Counter(p.country_code for p in doc.places if p.country_code)
        self.major_cc = ccs.most_common(1)[0][0] if ccs else None
        self.spans = {id(e): _trigger_offsets(doc, e) for e in doc.events}
        self.sents = {k: {doc.sentence_of(a) for a, _ in v} - {-1} for k, v in self.spans.items()}
        self.political = set().union(*(self.sents[id(k)] for k in doc.events if is_political_act(k)))
        self.index = {id(k): i for i, k in enumerate(violent)}
        # Sentence → the violent events with a trigger in it (events_in_sentence_log, without a scan per event).
        self.in_sentence: dict[int, set[int]] = {}
        for i, k in enumerate(violent):
            for si in self.sents.get(id(k), ()):
                self.in_sentence.setdefault(si, set()).add(i)
        self.by_gid: dict[int, list[PlaceMention]] = {}
        self.by_text: dict[str, list[PlaceMention]] = {}
        for p in doc.places:
            if p.geonameid:
                self.by_gid.setdefault(p.geonameid, []).append(p)
            self.by_text.setdefault(p.text, []).append(p)
        ev = [(k.location.lat, k.location.lon, k.date.start.toordinal() if k.date.start else np.nan)
              if k.location is not None and k.location.lat is not None and k.location.lon is not None
              else (np.nan, np.nan, np.nan) for k in violent]
        self.ev = np.array(ev, dtype=float).reshape(len(ev), 3)
        self.ev_type = np.array([k.event_type or "" for k in violent])
        self.medians: dict[tuple[int, int | None], tuple[float, float] | None] = {}
        self.cues: dict[int, tuple[float, ...]] = {}

    def sentence_cues(self, si: int, stext: str) -> tuple[float, ...]:
        """Front, region, hedge and aim words and the length of sentence `si` (once per sentence)."""
        if si not in self.cues:
            self.cues[si] = (float(bool(_FRONT.search(stext))), float(bool(_REGION.search(stext))),
                             float(bool(_HEDGE.search(stext))), float(bool(_AIM.search(stext))),
                             math.log1p(len(stext)) / 6)
        return self.cues[si]

    def mention(self, e: Event, first: int) -> PlaceMention | None:
        """The mention of the event's place nearest its first trigger (ties go to the one before it)."""
        loc = e.location
        assert loc is not None
        same = self.by_gid.get(loc.geonameid, []) if loc.geonameid else self.by_text.get(loc.text or "", [])
        return min(same, key=lambda p: (abs(p.start - first), p.start > first)) if same else None

    def twins(self, e: Event) -> tuple[float, float]:
        """Whether another violent event lies within 25 km and a day: of the same type, and of another."""
        a = e.location
        if a is None or a.lat is None or a.lon is None or not len(self.ev):
            return 0.0, 0.0
        day = e.date.start.toordinal() if e.date.start else np.nan
        with np.errstate(invalid="ignore"):
            close = _km(a.lat, a.lon, self.ev[:, 0], self.ev[:, 1]) <= 25
            # An undated event is within a day of any other, as two dated events a day apart are.
            close &= ~(np.abs(self.ev[:, 2] - day) > 1)
        i = self.index.get(id(e))
        if i is not None:
            close[i] = False
        same = self.ev_type == (e.event_type or "")
        return float((close & same).any()), float((close & ~same).any())

    def median_point(self, gid: int, si: int | None) -> tuple[float, float] | None:
        """The median point of the settlements other than `gid` (within three sentences of `si` if given)."""
        key = (gid, si)
        if key not in self.medians:
            keep = self.gid != gid
            if si is not None:
                keep &= np.abs(self.sent - si) <= 3
            self.medians[key] = (_median(self.lat[keep]), _median(self.lon[keep])) if keep.sum() >= 2 else None
        return self.medians[key]


def _distances(ctx: DocContext, e: Event, si: int, f: dict[str, float]) -> None:
    """Namesake cues: how far the place lies from the document's other settlements and from its neighbours."""
    loc = e.location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    gid = loc.geonameid or 0
    mid = ctx.median_point(gid, None)
    if mid is None:
        f["no_other_places"] = 1.0
    else:
        f["far_from_others_log_km"] = math.log1p(haversine_km(loc.lat, loc.lon, *mid)) / 5
        keep = ctx.gid != gid
        near = float(_km(loc.lat, loc.lon, ctx.lat[keep], ctx.lon[keep]).min())
        f["nearest_other_log_km"] = math.log1p(near) / 5
        f["nearest_over_50km"] = float(near > 50)
    # Namesakes lie far from the towns of the sentences around the event's (ISW paragraphs keep to one axis).
    mid = ctx.median_point(gid, si)
    if mid is not None:
        f["near_sentences_log_km"] = math.log1p(haversine_km(loc.lat, loc.lon, *mid)) / 5


def features(doc: WorkDoc, e: Event, violent: list[Event], ctx: DocContext | None = None) -> dict[str, float]:
    """Named feature values of one event; `violent` is the document's violent events (for per-sentence counts)."""
    ctx = ctx or DocContext(doc, violent)
    f: dict[str, float] = dict.fromkeys(NAMES, 0.0)
    sub = e.sub_event_type or ""
    f[f"sub={sub}" if sub in SUB_TYPES else "sub=other"] = 1.0
    spans = ctx.spans.get(id(e)) or _trigger_offsets(doc, e) or [(0, 0)]
    first = min(a for a, _ in spans)
    words = " ".join(doc.text[a:b] for a, b in spans)
    for k, rx in _TRIGGER_CLASS.items():
        f[f"trigger={k}"] = float(bool(rx.search(words)))
    tsents = {doc.sentence_of(a) for a, _ in spans} - {-1}
    si = doc.sentence_of(first)
    sent = doc.sentences[si] if si >= 0 else None
    stext = doc.text[sent.start : sent.end] if sent else ""
    loc = e.location
    if loc is None:
        f["loc=none"] = 1.0
    else:
        code = loc.feature_code or ""
        f["loc=admin1_or_country"] = float(loc.precision >= 3 or code in ("ADM1", "PCLI", "PCLD"))
        f["loc=admin2_or_near"] = float(loc.precision == 2)
        f["loc=approx_point"] = float(loc.uncertainty_km is not None)
        f["loc=not_settlement"] = float(bool(code) and not code.startswith("PPL"))
        m = ctx.mention(e, first)
        if m is None:
            f["place=unseen"] = 1.0
        else:
            ms = doc.sentence_of(m.start)
            f["place=trigger_sentence" if ms in tsents else "place=earlier_sentence" if ms < si else
              "place=later_sentence"] = 1.0
            f["log_population"] = math.log10(1 + (m.population or 0)) / 7
            w = _WORD_BEFORE.search(doc.text[max(0, m.start - 30) : m.start])
            word = w.group(1).lower() if w else ""
            word = _SPELLING.get(word, word)
            if word in PREPS:
                f[f"prep={word}"] = 1.0
        if loc.lat is not None and loc.lon is not None:
            _distances(ctx, e, si, f)
        f["country_minor"] = float(ctx.major_cc is not None and loc.country_code != ctx.major_cc)
    f["front_words"], f["region_words"], f["hedge_words"], f["aim_words"], f["sentence_length_log"] = \
        ctx.sentence_cues(si, stext)
    n = max(len(doc.sentences), 1)
    f["position_in_doc"] = max(si, 0) / n
    f["first_sentence"] = float(si == 0)
    same = len(set().union(*(ctx.in_sentence.get(i, set()) for i in tsents))) if tsents else 0
    f["events_in_sentence_log"] = math.log1p(max(same - 1, 0))
    if sent:
        f["places_in_sentence_log"] = math.log1p(ctx.per_sentence[si])
    f["twin_same_type"], f["twin_other_type"] = ctx.twins(e)
    f["triggers_log"] = math.log1p(len(spans) - 1)
    f["sentences_log"] = math.log1p(n) / 5
    f["doc_events_log"] = math.log1p(len(violent)) / 4
    pub, day = doc.article.published_date, e.date.start
    f["date_none"] = float(day is None)
    f["date_untold"] = float(e.date.text is None)
    if pub is not None and day is not None:
        back = (pub - day).days
        f["date_same_day"] = float(back == 0)
        f["date_back_1"] = float(back == 1)
        f["date_back_2plus"] = float(back >= 2)
    f["date_not_day"] = float(e.date.precision != "day")
    for fl in e.flags:
        key = f"flag={fl.code}"
        if key in f:
            f[key] = 1.0
        elif fl.code not in ("no_publication_date", "planned"):
            f["flag_other"] = 1.0
    f["fatalities"] = float(e.fatalities.best is not None or e.fatalities.low is not None)
    f["actors_none"] = float(not e.actors)
    f["claims"] = float(bool(e.claims))
    # "X accused Y of shelling Z": a political act told in the same sentence frames the violent one.
    f["political_in_sentence"] = float(bool(tsents & ctx.political))
    f["old_confidence"] = hand_confidence(doc, e)
    return f


def hand_confidence(doc: WorkDoc, e: Event) -> float:
    """The extractor's hand-set confidence, kept in doc.meta so a second run does not read the learned one."""
    kept: dict[str, float] = doc.meta.setdefault("hand_confidence", {})
    return kept.setdefault(e.id, e.confidence)
