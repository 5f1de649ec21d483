"""Compact per-event features for blocking and scoring (read once from each Event)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from eventwire.components.dates import calendar_dates
from eventwire.components.lexicon import speech_verbs
from eventwire.geoparsing.matching import demonyms
from eventwire.merge.basics import AID_STAFF, AID_WORKERS, VIOLENT, own_sentences
from eventwire.merge.operations import operation_sites, site_names
from eventwire.merge.story import story_words
from eventwire.model import Actor, Event

DEMONSTRATIONS = frozenset({"Protests", "Riots"})


@dataclass(slots=True)
class Rec:
    """What merging needs of one event report, in plain attributes for speed."""

    idx: int
    id: str
    day: int | None  # proleptic ordinal of the start date
    lat: float | None
    lon: float | None
    precise: bool  # a town or district (precision 1-2), not an admin1 or country centroid
    geonameid: int | None
    country: str | None
    admin1: str | None
    event_type: str | None
    sub_type: str | None
    plover: str | None
    mode: str | None
    names: frozenset[str]
    countries: frozenset[str]
    fatal: int | None
    articles: frozenset[str]
    published: datetime | None
    outlet: str | None = None  # the first reporting outlet
    day_exact: bool = False  # the date is resolved to a single day
    end_day: int | None = None  # ordinal of the end date (a range such as "January 15-16")
    day_level: bool = False  # start and end are days (precision "day")
    day_stated: bool = False  # ... and the text states them (not the publication-date default)
    stated: tuple[int, int] | None = None  # ordinals of the calendar days the text names (`stated_days`)
    bulletin: bool = False  # its article reports many events (a daily roundup dates each by its day)
    attackers: frozenset[str] = frozenset()  # actors in the 'actor' role
    targets: frozenset[str] = frozenset()  # actors in the 'recipient' role
    damage: frozenset[str] = frozenset()  # what the report says was hit
    attacker_cc: frozenset[str] = frozenset()  # countries of the actors in the 'actor' role
    regional: bool = False  # a town named like the admin1 holding it ("Gaza", Gaza Strip): may mean the region
    renewed: bool = False  # the text calls it a new occurrence ("21 killed in new strikes on Rafah")
    party_country: bool = False  # country-level, and that country is a party's (see `to_rec`)
    armed: bool = False  # the report names a weapon or means (a rocket, a drone, gunfire)
    fatal_lo: int | None = None  # the toll's range (`toll_range`): "killed 35" is 35..35
    fatal_hi: float | None = None  # ... and "dozens" 24..120; both None when no toll is given
    sites: frozenset[str] = frozenset()  # the struck site's kind (`struck_sites`): "hospital", "tents", ...
    side: str | None = None  # "northern Gaza": the region's part ("n", "s", "e", "w"; see `region_side`)
    group_home: bool = False  # unplaced, and placed at the home country of the armed group(s) it names
    victims: frozenset[str] = frozenset()  # kinds of victim it names (`victim_kinds`): "journalist", ...
    op_sites: frozenset[str] = frozenset()  # sites an operation names (`operations.operation_sites`): "hospital"
    site_names: frozenset[tuple[str, str]] = frozenset()  # ... and their names (`operations.site_names`): ("hospital", "shifa")
    story: frozenset[str] = frozenset()  # what it tells beyond place, actors and violence (`story.story_words`)

    @property
    def unplaced(self) -> bool:
        """Placed nowhere: no place named and no single country of its attackers (see `to_rec`)."""
        return self.lat is None and self.country is None

    @property
    def coarse(self) -> bool:
        """Located only at country level (no town, no admin1)."""
        return not self.precise and self.admin1 is None and self.country is not None


def _norm(name: str) -> str:
    return " ".join(name.casefold().replace("(", " ").replace(")", " ").split())


BULLETIN_EVENTS = 5  # an article with this many events is a roundup, not a story about one event


def to_rec(idx: int, ev: Event, published: datetime | None = None, article_events: int = 1) -> Rec:
    """Read the merge features of one event."""
    loc = ev.location
    lat = lon = None
    precise = False
    country = admin1 = None
    regional = group_home = False
    if loc is not None:
        lat, lon = loc.lat, loc.lon
        precise = lat is not None and lon is not None and loc.precision <= 2
        country = (loc.country_code or "").upper() or None
        admin1 = _norm(loc.admin1) if loc.admin1 else None
        regional = precise and _names_region(loc.name, loc.text, admin1)
    elif ev.event_type is not None:
        # A violent report that names no place ("Algerian forces kill 22 militants") happened, as
        # far as it says, in its attackers' one country: a country-level report. The victims'
        # nationality is not where a strike or an attack on civilians happened ("death of British
        # aid worker", "US citizen killed in strike on convoy"); only a battle's both sides fight there.
        placing = _placing(ev)
        country = _one_country(placing)
        group_home = country is not None and all(a.sector == "REB" for a in placing)
    start = ev.date.start
    day_stated = ev.date.precision == "day" and bool(ev.date.text)
    end_day = _end_day(ev)
    if future_dated(ev, published):
        assert published is not None
        start, day_stated = published.date(), False
        end_day = start.toordinal()
    stated = stated_days(ev, published)
    fat = ev.fatalities.best if ev.fatalities.best is not None else ev.fatalities.low
    fat_lo, fat_hi = toll_range(ev)
    return Rec(
        idx=idx,
        id=ev.id,
        day=start.toordinal() if isinstance(start, date) else None,
        lat=lat,
        lon=lon,
        precise=precise,
        geonameid=loc.geonameid if loc is not None else None,
        country=country,
        admin1=admin1,
        event_type=ev.event_type,
        sub_type=ev.sub_event_type,
        plover=ev.plover.event if ev.plover else None,
        mode=ev.plover.mode if ev.plover else None,
        names=frozenset(_norm(a.name) for a in ev.actors if a.role in ("actor", "recipient")),
        countries=frozenset(a.country_code.upper() for a in ev.actors if a.country_code),
        fatal=fat,
        articles=frozenset(ev.article_ids),
        published=published,
        outlet=ev.sources[0] if ev.sources else None,
        day_exact=ev.date.precision == "day" and (ev.date.end is None or ev.date.end == ev.date.start),
        end_day=end_day,
        day_level=ev.date.precision == "day",
        # Without a date phrase the day is the publication day: a follow-up published the next
        # day is not evidence of another occurrence.
        day_stated=day_stated,
        stated=(stated[0].toordinal(), stated[1].toordinal()) if stated else None,
        bulletin=article_events >= BULLETIN_EVENTS,
        attackers=frozenset(_norm(a.name) for a in ev.actors if a.role == "actor"),
        targets=frozenset(_norm(a.name) for a in ev.actors if a.role == "recipient"),
        damage=frozenset(d.casefold() for d in ev.damage),
        attacker_cc=frozenset(a.country_code.upper() for a in ev.actors if a.role == "actor" and a.country_code),
        regional=regional,
        renewed=renewed(ev),
        # "Israel takes responsibility for killing aid workers": a country named only as a party
        # (or a place taken from the parties) is weak evidence of where it happened, since states
        # act abroad; such a report may be in a neighbouring territory (`similarity.weak_link`).
        party_country=country is not None and not precise and admin1 is None and country in {
            a.country_code.upper() for a in ev.actors if a.country_code},
        armed=bool(ev.weapons),
        fatal_lo=fat_lo,
        fatal_hi=fat_hi,
        sites=struck_sites(ev),
        side=region_side(ev) if loc is not None and (regional or not precise) else None,
        group_home=group_home,
        victims=victim_kinds(ev),
        op_sites=operation_sites(ev),
        site_names=site_names(ev),
        story=story_words(ev),
    )


def future_dated(ev: Event, published: date | datetime | None) -> bool:
    """A violent event dated after its report's publication day (the date is another act's)."""
    # "Council to hold crisis talks on Tuesday after air strike in Jenin": the date is
    # the planned meeting's; a violent event the outlet reports happened by its publication day.
    day = published.date() if isinstance(published, datetime) else published
    return ev.event_type in VIOLENT and isinstance(ev.date.start, date) and day is not None and ev.date.start > day


def stated_days(ev: Event, published: date | datetime | None = None) -> tuple[date, date] | None:
    """The first and last calendar day the report's date phrase names, or None when it names none (issue #5)."""
    # Only a calendar date counts ("June 6", "14 July 2024"): a weekday or "yesterday" is read back from the
    # publication day, and in "..., police said on Thursday" that is the day of a later act, not the event's.
    # The extractor dates a short range by its last day ("June 6-8" is June 8); the text gives the first back.
    d = ev.date
    end = d.end or d.start
    if d.precision != "day" or not d.text or end is None or future_dated(ev, published):
        return None
    first = next((m.start_date for m in calendar_dates(d.text, end) if m.end_date == end and m.start_date), None)
    return (first, end) if first is not None else None


# A magnitude word ("dozens" read as 24, "hundreds" as 200) spans up to the next magnitude. A floor
# ("at least 30") stays at its figure: the factor-two tolerance of `similarity.tolls_compatible`
# already lets it grow, and a wider span let small floors ("at least 2") fit unrelated strikes.
VAGUE_SPAN = 5.0
VAGUE_TOLL = re.compile(r"\b(?:dozens|scores|hundreds|thousands)\b", re.I)


def toll_range(ev: Event) -> tuple[int | None, float | None]:
    """The span of tolls a report allows: exact (n..n), bounded (low..high), or a vague magnitude or a foreign
    nationals' toll (n..5n)."""
    # The extractor reads "dozens killed" as 24 with no upper bound: such a report is consistent
    # with the "more than 100" of a later report of the same massacre.
    c = ev.fatalities
    if c.low is not None and national_part(ev):
        return c.low, c.low * VAGUE_SPAN
    if c.low is not None:
        if c.high is not None:
            return c.low, float(c.high)
        return c.low, c.low * VAGUE_SPAN if VAGUE_TOLL.search(c.text or "") else float(c.low)
    if c.best is not None:
        return c.best, float(c.high if c.high is not None else c.best)  # "about 160": read as the figure
    return None, None


def national_part(ev: Event) -> bool:
    """A toll of foreign nationals' dead ("Three Britons killed", "Australian aid worker killed" in Gaza)."""
    # It counts part of the dead: the strike on the aid convoy killed seven, three of them British. Other outlets'
    # "seven killed" is the same strike, so the figure is a floor (up to the vague span), and not the event's toll
    # (`reconcile.source_figures`). Not a part: the place's own people ("scores of Palestinians killed" in Gaza), a
    # whole toll that names its part ("12 people, including two Americans"), an attacker's adjective ("Israeli
    # attack"). An unplaced report's home is its attackers' country, as `to_rec` places it.
    text = ev.fatalities.text
    if not text or ev.location is not None and (ev.location.feature_code or "").startswith("PCL"):
        return False  # placed only at a country, a part would fit any strike there ("Two Americans killed in Iraq")
    home = (ev.location.country_code if ev.location else None) or _one_country(_placing(ev))
    return _foreigners_in(text, (home or "").upper())


@lru_cache(maxsize=1 << 16)
def _foreigners_in(text: str, home: str) -> bool:
    """The toll text names people of a country other than `home`, and not as a part of a whole toll."""
    # Cached: the merge reads every report's toll again each time its cluster's figures are reconciled.
    if _WHOLE.search(text):
        return False
    return any(_demonym_countries()[m.group(1).casefold()] != home for m in _demonym_re().finditer(text))


_WHOLE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+them|of\s+whom)\b", re.I)
_ATTACK_NOUN = r"(?:air\s*)?(?:attacks?|strikes?|airstrikes?|fire|shelling|forces|army|troops|drones?|missiles?|raids?)"


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    """Demonym phrases (singular and plural, folded) with their country, and "Briton(s)", which the table lacks."""
    return {**demonyms(), "briton": "GB", "britons": "GB"}


@lru_cache(maxsize=1)
def _demonym_re() -> re.Pattern[str]:
    """Whole demonym phrases, longest first ("South African" before "African"), not an attacker's adjective."""
    names = "|".join(sorted(map(re.escape, _demonym_countries()), key=len, reverse=True))
    return re.compile(rf"\b({names})\b(?!\s+{_ATTACK_NOUN}\b)", re.I)


def _placing(ev: Event) -> list[Actor]:
    """The actors whose country places an unplaced report: attackers, or both sides of a battle."""
    return [a for a in ev.actors if a.country_code and (a.role == "actor" or ev.event_type == "Battles")]


def _one_country(placing: list[Actor]) -> str | None:
    """The one country of a report's attackers (both sides of a battle), where an unplaced violent report happened."""
    ccs = {a.country_code.upper() for a in placing}  # type: ignore[union-attr]
    return ccs.pop() if len(ccs) == 1 else None


# Damage labels that say what happened, not what was hit (components/damage.py's EVENTS).
DAMAGE_EVENTS = frozenset({"fire", "destroyed", "damaged", "collapse", "power outage"})
# Sites that tell strikes apart: a strike on a hospital is not the one on a tent camp. Houses, flats,
# roads, vehicles or power lines are hit together by one wave of strikes and each outlet names
# other ones, so they separate nothing (`similarity.distinct_sites`).
DISTINCT_SITES = frozenset({"hospital", "school", "religious site", "tents", "convoy", "diplomatic mission",
                            "border"})
# Struck sites the damage layer does not label: a tent camp of displaced people, a convoy, a mission
# abroad, a border post. "Refugee camp" is left out: Jabalia or Nuseirat camp is a town, not a site.
SITE_WORDS = {
    "tents": re.compile(r"\btents?\b|\bencampments?\b|\b(?:displacement|displaced)\s+(?:tent\s+)?camps?\b"
                        r"|\bcamps?\s+for\s+(?:the\s+)?displaced\b", re.I),
    "convoy": re.compile(r"\bconvoys?\b", re.I),
    "diplomatic mission": re.compile(r"\b(?:consulate|embassy)\b", re.I),
    "border": re.compile(r"\b(?:on|at|along|across)\s+(?:the\s+)?border\b|\bborder\s+(?:incident|crossing|clash"
                         r"|shooting|post)s?\b", re.I),
    # Not distinctive (aid teams move with convoys, shelters, hospitals): it never separates two
    # reports, but lets an unplaced reaction ("death of British aid worker") meet the strike's reports.
    "aid workers": re.compile(AID_WORKERS, re.I),
}


def struck_sites(ev: Event) -> frozenset[str]:
    """Kinds of site the report says were hit: the damage layer's objects, and `SITE_WORDS` in its own sentences."""
    found = {d.casefold() for d in ev.damage} - DAMAGE_EVENTS
    own = own_sentences(ev)
    found.update(kind for kind, rx in SITE_WORDS.items() if any(rx.search(t) for t in own))
    return frozenset(found)


VICTIMS = 1  # switch: 0 turns the test off (benchmarks/merge_windows.py --lowo features.VICTIMS=0,1)

# Kinds of victim a headline names ("Anadolu cameraman killed in Israeli airstrikes", "air strike kills prominent
# scientist"). Only kinds that one strike rarely hits together: "children", "family" or "civilians" are among the
# dead of most strikes, and another outlet names them beside a journalist killed in the same one.
VICTIM_KINDS = {
    "journalist": r"\b(?:journalists?|reporters?|camera(?:man|men|woman|women)|photographers?|photojournalists?|"
                  r"correspondents?|media\s+workers?)\b",
    "medic": r"\b(?:doctors?|nurses?|(?:para)?medics?|surgeons?|health(?:care)?\s+workers?|ambulance\s+(?:crews?|drivers?))\b",
    "academic": r"\b(?:scientists?|professors?|academics?|researchers?|scholars?)\b",
    "aid worker": AID_STAFF,
    # A mayor counts only where the window below makes him the one killed: most often he gives the toll.
    "commander": r"\b(?:commanders?|mayors?)\b",
}
_ANY_KIND = "|".join(f"(?:{rx})" for rx in VICTIM_KINDS.values())
# Who speaks, saw or treated, not who was hit: "Doctors Without Borders condemns ...", "... mayor says", "a doctor
# told Reuters", "paramedics said", "an AFP photographer saw", "according to a doctor": cut before kinds are read.
# Wider than speech: a witness (saw) or a medic (treated) near a victim noun is no victim either.
_TELLS = speech_verbs("say", "said", "says", "tell", "told", "tells", "report", "reports", "reported", "warn", "warns",
                      "warned")
_SPEECH = rf"(?:{_TELLS}|saw|sees|see|treat(?:s|ed|ing)?|describe[sd]?|recount(?:s|ed)?)\b"
NOT_VICTIM = re.compile(rf"\bDoctors\s+Without\s+Borders\b|\baccording\s+to\b[^,;:]*|"
                        rf"(?:{_ANY_KIND})(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,3}}\s+{_SPEECH}", re.I)
HARM = re.compile(r"\bkill|\bdie[sd]?\b|\bdead\b|\bdeaths?\b|\bslain\b|\bwounded\b|\binjur|\bshot\b|\bmurder", re.I)
# The kind must be the one harmed, in a tight window of one clause: "kills well-known professor", "two paramedics
# were killed", "death of a journalist"; not "Russian commanders ordered the attack that killed 12 civilians".
_WORD = rf"(?!(?:that|who|which|after|as|when|while)\b)(?!{_SPEECH})[\w'’-]+"  # no relative clause, no speech
_HARMED = r"(?:(?:was|were|is|are|been|being)\s+)?(?:killed|wounded|injured|hurt|slain|murdered|shot\s+dead|die[sd]?|dead)\b" \
          r"|killings?\b|deaths?\b|among\s+(?:the\s+)?(?:dead|killed|wounded|victims|casualties)\b"
_HARMS = r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|murder(?:s|ed)?|shoot(?:s|ing)?\s+dead|" \
         r"shot\s+dead|deaths?\s+of)"
_AFTER = rf"{_HARMS}\s+(?:{_WORD}\s+){{0,5}}?(?:{_WORD},\s+including\s+(?:{_WORD}\s+){{0,2}}?)?"  # "kills 4, including"
_BEFORE = rf"(?:\s+{_WORD}){{0,3}}?\s+(?:{_HARMED})"
VICTIM_WINDOWS = {kind: re.compile(rf"{_AFTER}(?:{rx})|(?:{rx}){_BEFORE}", re.I) for kind, rx in VICTIM_KINDS.items()}


def victim_kinds(ev: Event) -> frozenset[str]:
    """The kinds of victim the report's own sentences say were killed or wounded (`VICTIM_WINDOWS`)."""
    if not VICTIMS:
        return frozenset()
    found: set[str] = set()
    for text in own_sentences(ev):
        if not HARM.search(text):
            continue
        text = NOT_VICTIM.sub(" ", text)
        found.update(kind for kind, rx in VICTIM_WINDOWS.items() if rx.search(text))
    return frozenset(found)


# "New strikes", "fresh attack", "latest clashes": the outlet says this is not the earlier occurrence.
# ("Israel attacks again" was tried in round 8: it moved one train headline and cost recall on
# sub-samples of the other windows, so "again" is no cue.) An update or a look back at an occurrence
# is no cue: "a new toll from strikes", "the latest on the attack", "fresh details on raid", "new
# investigation into strike" (the word right after the cue word says so).
_NOT_NEW = r"(?!(?:death\s+|casualty\s+)?tolls?\b|on\b|details\b|videos?\b|footage\b|investigations?\b|probes?\b)"
RENEWED = re.compile(r"\b(new|fresh|renewed|latest|another)\s+" + _NOT_NEW + r"(?:[\w-]+\s+){0,2}?(?:strikes?|"
                     r"air ?strikes?|attacks?|bombings?|bombardment|shelling|raids?|assaults?|clashes|explosions?|"
                     r"blasts?)\b", re.I)
_NEXT_WORDS = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?")


def renewed(ev: Event) -> bool:
    """The report's sentences call its occurrence new (`RENEWED`): "21 killed in new strikes on Rafah"."""
    return any(renews_text(v.text) for v in ev.evidence)


def renews_text(text: str) -> bool:
    """A `RENEWED` cue in the text whose "new" does not begin a place's name ("New Delhi blasts")."""
    pos = 0
    while (m := RENEWED.search(text, pos)) is not None:
        if m.group(1).casefold() != "new":
            return True
        nxt = _NEXT_WORDS.match(text, m.end(1))
        words = [w.casefold() for w in nxt.groups() if w] if nxt else []
        if not any(_new_place(" ".join(words[:k])) for k in range(1, len(words) + 1)):
            return True
        pos = m.end(1)  # "New Delhi: new blasts ..." may hold a cue after the place
    return False


@lru_cache(maxsize=4096)
def _new_place(rest: str) -> bool:
    """The gazetteer has a place named "new" + `rest` ("New Zealand", "New Guinea"), and `rest` is no common word."""
    # Decided by the gazetteer, not by capitals: "New Wave of Attacks" in a title-cased headline is a cue.
    # "new town", "new market": one word of the geoparser's curated list of words that are also place names.
    from eventwire.gazetteer import load_gazetteer
    from eventwire.geoparsing.recognize import common_set

    return rest not in common_set() and bool(load_gazetteer().candidates(f"new {rest}"))


SIDES = {"north": "n", "south": "s", "east": "e", "west": "w"}
SIDE_MARGIN_DEG = 0.1  # "northern Gaza" reaches about 11 km south of the region's reference point
_COMPASS = re.compile(r"\b(?:north|south|east|west)", re.I)


def region_side(ev: Event) -> str | None:
    """The part of a region that the report names ("airstrike on northern Gaza"), if any."""
    name = ev.location.text if ev.location is not None else None
    if not name:
        return None
    own = own_sentences(ev)
    if not any(_COMPASS.search(t) for t in own):
        return None  # most reports name no direction: skip building the pattern
    rx = re.compile(rf"\b(north|south|east|west)(?:ern)?\s+(?:the\s+)?{re.escape(name)}\b", re.I)
    hit = next((m for t in own if (m := rx.search(t))), None)
    return SIDES[hit.group(1).lower()] if hit else None


def on_side(r: Rec, lat: float, lon: float) -> bool:
    """Whether a spot lies in the part of r's region that r names (always, when it names none)."""
    if r.side is None or r.lat is None or r.lon is None:
        return True
    m = SIDE_MARGIN_DEG
    return {"n": lat >= r.lat - m, "s": lat <= r.lat + m, "e": lon >= r.lon - m, "w": lon <= r.lon + m}[r.side]


def _names_region(name: str, text: str | None, admin1: str | None) -> bool:
    """The town's name begins the name of its admin1 and the text does not say "city".

    "Gaza" is the Gaza Strip in most headlines, not Gaza City: such a mention contains every town
    of its region. An admin1 named exactly like its town (Baghdad), or that is the city itself
    (Kyiv City), is left alone: there the plain name means the city.
    """
    if not admin1 or admin1.endswith(" city"):
        return False  # "Kyiv City": the admin1 is the city itself
    town = _norm(name)
    return admin1.startswith(town + " ") and "city" not in (text or "").casefold()


def _end_day(ev: Event) -> int | None:
    start, end = ev.date.start, ev.date.end or ev.date.start
    if not isinstance(start, date) or not isinstance(end, date):
        return None
    return max(start.toordinal(), end.toordinal())


# A bombing that a weaker report only calls an "attack" (coded as a clash or an attack on civilians).
BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
GENERIC_ATTACKS = frozenset({"Armed clash", "Attack"})

TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})


def bombing_family(a: Rec, b: Rec) -> bool:
    """One report codes a bombing or a generic attack and the other another of these.

    "Gunmen attack a village and kill its chief" is a clash to one outlet and an attack on
    civilians to the next: the generic codings of one attack belong to the family too.
    """
    if a.sub_type in BOMBINGS:
        return b.sub_type in BOMBINGS or b.sub_type in GENERIC_ATTACKS
    if a.sub_type in GENERIC_ATTACKS:
        return b.sub_type in BOMBINGS or b.sub_type in GENERIC_ATTACKS
    return False


def type_score(a: Rec, b: Rec) -> float | None:
    """How well two codings agree (1 same sub-type ... ), None when they cannot be one event."""
    if a.event_type and b.event_type:
        if a.event_type == b.event_type:
            if a.sub_type == b.sub_type:
                return 1.0
            if (a.sub_type in TERRITORY) != (b.sub_type in TERRITORY):
                return None  # a change of control and the fighting around it are two ACLED events
            return 0.7
        if a.event_type in VIOLENT and b.event_type in VIOLENT:
            return 0.1  # outlets code the same attack as a strike, a clash or an attack on civilians
        if a.event_type in DEMONSTRATIONS and b.event_type in DEMONSTRATIONS:
            return 0.4
        return None
    if a.event_type or b.event_type:
        # A violent coding against a political-only one (a threat, a call) is never one event.
        return 0.3 if a.plover and a.plover == b.plover else None
    if a.plover and a.plover == b.plover:
        return 1.0 if a.mode == b.mode else 0.8
    return None

