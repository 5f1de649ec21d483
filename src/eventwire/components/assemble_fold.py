"""Folding assembled groups: country- or region-level and unplaced summaries, and commentary with no report."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_link import absorb, dateline_end, decide, drop_old, in_sentence, vague
from eventwire.components.assemble_retell import retold_lead
from eventwire.components.dates import story_day
from eventwire.components.trigger_wire import SHIP_TOLD
from eventwire.gazetteer.index import haversine_km
from eventwire.model import VIOLENT_TYPES, Count
from eventwire.pipeline.workdoc import WorkDoc

# "various locations in", "other areas in Mykolaiv Oblast", "shell various settlements in Donetsk Oblast": the text
# says the region's event hit places it does not name, so it sums up no named event (gold README, region-level).
_UNNAMED_IN = re.compile(r"\b(?:various|other|several|multiple|unspecified|unnamed|numerous)\s+(?:[\w-]+\s+)?"
                         r"(?:locations|areas|settlements|places|villages|towns|targets)\s+(?:in|across|throughout)\s+"
                         r"(?:(?:the\s+)?[A-Z][\w’'-]+(?:\s+Oblast)?\s*,?\s+(?:and\s+)?){0,4}$")

# "Margaret Hassan, kidnapped in Iraq": a participle set off after a capitalised name is that person's aside.
_ASIDE_NAME = re.compile(r"\b[A-Z][\w’'-]*,\s+$")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)\b")
_FIRES = ("Air/drone strike", "Shelling/artillery/missile attack")


def merge_vague(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a group placed at country or region level (or nowhere) into the one matching precise group."""
    # Same type, same day, in that country (and region): a story retelling its event ("the attack in
    # El Salvador") is one event.
    out = dict(groups)
    today = story_day(doc)
    for key, g in groups.items():
        if not vague(g.place) or key not in out:  # gone: an undated retelling an act at sea took the place of
            continue
        # The acting party's country is not where ("Russian forces conducted thirty missile strikes"): it does not
        # bound the events such a summary sums up (unlabelled ISW).
        # A sea is vaguer than any land place: "a tanker was hit in the northern Gulf", the same day's raid on a ship
        # "off the Iranian coast" (country level), is that raid; so is the ships' undated retelling with the place
        # (gold dev14). It has no country ("" in the gazetteer), so a link to the host stands for the bound: the
        # host's sentence tells a ship or a coast (`ship_host`); a raid on a town the same day is another act.
        sea = g.place is not None and g.place.feature_class == "H" and not g.place.country_code
        cc = None if sea else g.place.country_code if g.place and not _party_country(doc, g) else None
        # A region names where: "a strike in Poltava Oblast" is not the one in Izyum (Kharkiv Oblast).
        region = g.place.admin1 if g.place and (g.place.feature_code or "").startswith("ADM1") else None
        # "continued shelling along the line of contact" told with no day: the day's events at named places.
        unplaced = doc.meta.get("_unplaced", set())
        front = g.place is None and key[4] is None and all(t.start in unplaced for t in g.triggers)
        # "the release of engineer Tom Reyes, seized in Yemen", undated, beside his abduction in Aden on
        # 12 March: an undated country-level aside retells an event the story tells with its day; it is dropped as
        # a retelling rather than claimed to be that event (another kidnapping in that country may be meant).
        t0 = g.triggers[0]
        retell = g.place is not None and key[4] is None and (g.place.feature_code or "").startswith("PCL") \
            and _PARTICIPLE.match(t0.text) is not None \
            and _ASIDE_NAME.search(doc.text, max(0, t0.start - 40), t0.start) is not None
        # An undated precise group takes the story's day: "BAHRAIN - jets attacked three Iranian oil rigs early on
        # Monday ... Iran's Rakhsh oilfield was attacked at 0700 local" is one raid (a country's or a demonym's only;
        # an unplaced or a region's dated act may be another one, MUC dev).
        nation = g.place is not None and ((g.place.feature_code or "").startswith("PCL") or g.place.role == "demonym")
        hosts = [k for k, h in out.items() if k != key and k[:3] == key[:3] and (
                 k[4] == key[4] or front or retell or sea and k[4] is None
                 or k[4] is None and key[4] is not None and key[4] == today and nation and not _habitual(doc, h))
                 and (not vague(h.place) or sea and h.place is not None and h.place.feature_class != "H")
                 and (cc is None or (h.place and h.place.country_code == cc))
                 and (region is None or (h.place and h.place.admin1 == region))
                 and (not sea or _ship_host(doc, h))]
        if retell and hosts:
            del out[key]
            decide(doc, t0, "historical", f"an aside after a name ({g.place.text if g.place else ''!r}) retells the "
                   "dated event told there")
            continue
        # An undated group takes the story's day later, so it may sum up dated ones and be summed by them.
        # A region-level summary ("stepped up ground, air and artillery attacks in Kharkiv and Sumy oblasts")
        # sums the region's named fights of any violent type (gold dev 0.667 -> 0.674); a country-level one only
        # its own type (any type lost MUC dev recall).
        summed = [k for k, h in out.items() if k != key and (k[0] == key[0] or (region and k[0] in VIOLENT_TYPES))
                  and (k[4] == key[4] or None in (k[4], key[4]))
                  and not vague(h.place)
                  and (cc is None or (h.place and h.place.country_code == cc))
                  and (region is None or (h.place and h.place.admin1 == region))]
        if region and _UNNAMED_IN.search(doc.text, max(0, g.place.start - 120), g.place.start):
            continue  # "fired on various locations in Kherson and Zaporizhia Oblasts": places besides the named ones
        if region and any(t in out[k].triggers for k in summed for t in g.triggers):
            # "shelled Kherson, Sumy, Kharkiv Oblasts, and Nikopol": the region and the town are
            # items of one list, so the region's event sums up no named one (gold dev, unlabelled ISW).
            continue
        if region and key[1] in _FIRES and not any(k[1] == key[1] for k in summed) \
                and any(doc.sentence_of(g.place.start) == t.sentence for t in g.triggers) \
                and not _border_zone(doc.text, g.place.start, g.place.end):
            # "artillery, air, and missile strikes ... in Mykolaiv and Dnipropetrovsk Oblasts" beside shelling of
            # Nikopol: the region's air strikes, told with the region, are fire of a kind no named town had that
            # day, so they sum up none (a region lent from another sentence still sums: fundus Sindoor story).
            continue
        if len(summed) > 1 and g.place is not None and (
                (g.place.feature_code or "").startswith(("PCL", "ADM1")) or g.place.role == "demonym"):
            # ACLED: one event per type, place and day. "India fired missiles into Pakistan" beside strikes at
            # named towns that day sums them up; it is no further event (Sindoor story: 20 events vs 6).
            del out[key]
            decide(doc, g.triggers[0], "merged", f"country or region-level summary {g.place.text!r} of "
                   f"{len(summed)} events at named places the same day")
            continue
        if len(hosts) != 1 and sea:
            continue  # which of several acts at sea or on the coast it is is unknown
        if len(hosts) != 1:
            hosts = _summary_hosts(out, key, g, cc, front)
            if not hosts:
                continue  # none, or several precise events: which one it retells is unknown
        host = out[hosts[0]]
        if sea and hosts[0][4] is None and key[4] is not None:
            # The dated act at sea takes its undated retelling's place and keeps its own day.
            g.place = host.place
            absorb(g, host)
            del out[hosts[0]]
            if (moved := (*key[:3], hosts[0][3], key[4])) in out:  # a group already there: the same act
                absorb(out[moved], out.pop(key))
                continue
            out[moved] = out.pop(key)
            decide(doc, g.triggers[0], "relocated", f"at sea: placed where its retelling tells it, "
                   f"{host.place.text if host.place else None!r}")
            continue
        absorb(host, g)
        del out[key]
        decide(doc, g.triggers[0], "merged", f"vague place {g.place.text if g.place else None!r}: same event as "
               f"the one at {host.place.text if host.place else None!r}")
    return out


def _ship_host(doc: WorkDoc, h: Any) -> bool:
    """True when a sentence of group `h` tells a ship, a naval target or a coast: an act at sea may be that one."""
    return any(SHIP_TOLD.search(doc.text, s.start, s.end) for s in (doc.sentences[t.sentence] for t in h.triggers))


# "shelling along the Kherson Oblast administrative border", "in border areas of Sumy Oblast": a border zone is no
# region (gold README), so its fire is no region-level event of its own.
_ZONE_BEFORE = re.compile(r"\bborder\s+(?:areas?|zones?|regions?)\s+of\s+(?:the\s+)?$", re.I)
_ZONE_AFTER = re.compile(r"(?:\s+Oblasts?)?\s+(?:administrative\s+)?borders?\b", re.I)


def _border_zone(text: str, p0: int, p1: int) -> bool:
    """True when the region mention p0..p1 names a border zone, not the region."""
    return _ZONE_BEFORE.search(text, max(0, p0 - 40), p0) is not None or _ZONE_AFTER.match(text, p1) is not None


# "Iraqi warplanes have repeatedly attacked the Rakhsh oilfield": a habit told of a site, not the day's raid.
_HABITUAL = re.compile(r"\b(?:repeatedly|frequently|often|regularly|routinely|previously|constantly)\b", re.I)


def _habitual(doc: WorkDoc, g: Any) -> bool:
    """True when every trigger of `g` is told with an adverb of frequency just before it."""
    return all(_HABITUAL.search(doc.text, max(doc.sentences[t.sentence].start, t.start - 30), t.end) for t in g.triggers)


def _party_country(doc: WorkDoc, g: Any) -> bool:
    """True when a group's country-level place is the country of the party acting in its sentence."""
    # "Russia likely seeks ... Russian forces conducted thirty missile strikes": the country told before, or the
    # demonym, is who acts. A demonym after the trigger may name the target ("targeted Russian air bases").
    p = g.place
    if p is None or not (p.role == "demonym" or (p.feature_code or "").startswith("PCL")):
        return False
    t = g.triggers[0]
    if p.role == "demonym" and _FORCE_NOUN.match(doc.text, p.end) is not None:
        return True  # "a truck bomb went off at the base of the Dutch Army Corps in Germany": the army's country
    return any(q.role == "demonym" and q.country_code == p.country_code and q.end <= t.start
               for q in in_sentence(doc, "places", t.sentence))


# A demonym in the proper name of a force posted abroad ("the British Army of the Rhine"): the army's country. Not
# "Lebanese soldiers" or "Syrian army positions", which may be the target, told in another country's event.
_FORCE_NOUN = re.compile(r"(?:\s+[A-Z][\w-]+){0,2}?\s+(?:Army|Navy|Air\s+Force)\s+of\s+(?:the\s+)?[A-Z]")


# "It also told of a clash between Yemeni coast guard boats and ...": a report the sentence before began goes on; it is no
# commentary however undated.
_GOES_ON = re.compile(r"\s*(?:It|They|He|She|The\s+\w+)\s+also\s+(?:reported|said|announced)\b")
# "It also said Iran has been shelling Iraqi cities for years": a standing state the report recalls stays commentary.
_STANDING = re.compile(r"\b(?:ha(?:s|ve|d)\s+been|for\s+(?:years|months|decades|weeks)|since|used\s+to)\b", re.I)


def _goes_on(doc: WorkDoc, s: Any) -> bool:
    """Whether a sentence goes on with a report the one before began, telling an act rather than a standing state."""
    return _GOES_ON.match(doc.text, s.start) is not None and _STANDING.search(doc.text, s.start, s.end) is None


def drop_commentary(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Drop a country-level violent group past the lead with no date and no figure: commentary, not a report."""
    # "the government has been bombing neighbourhoods and cities in El Salvador", "the murder and kidnapping of
    # students have us deeply worried": a place no finer than a country, no day and no toll tell of violence in
    # general. A lead sentence, a date or a count makes it a report (MUC dev).
    out = {}
    for key, g in groups.items():
        fc = (g.place.feature_code or "") if g.place else ""
        if key[0] in VIOLENT_TYPES and fc.startswith("PCL") and g.date is None and min(g.sentences) > 1 and not any(
                c.count.best for c in g.casualties) and not _goes_on(doc, doc.sentences[min(g.sentences)]):
            t = g.triggers[0]
            decide(doc, t, "not_event", f"country-level ({g.place.text if g.place else ''}), undated and with no "
                   "figure, past the lead: commentary, not a report")
            continue
        out[key] = g
    return out


_MANY = 5  # precise violent events that make a story a front report (ISW daily update), not a single-event story


def drop_country_summaries(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Drop country- or macro-region-level violent groups with no figure from a report of many placed events."""
    # "Russia continued offensive operations in eastern Ukraine", "continues offensive operations in Donbas" in a
    # report naming the towns fought over: a summary of them or commentary, not one more event (gold dev; a
    # single-event story keeps its country-level event).
    precise = sum(1 for k, g in groups.items() if k[0] in VIOLENT_TYPES and g.place is not None and not vague(g.place))
    if precise < _MANY:
        return groups
    out = {}
    for key, g in groups.items():
        fc = (g.place.feature_code or "") if g.place else ""
        # "killed Russian Major General Kutuzov", "deaths of 62 Russian servicemen": a country read only from a
        # demonym is whose men, not where; with a figure it is still no place of the front (gold dev9 notes).
        demonym = g.place is not None and g.place.role == "demonym" and fc.startswith("PCL")
        if key[0] in VIOLENT_TYPES and (fc.startswith("PCL") or fc == "RGN") and (demonym or not any(
                c.count.best for c in g.casualties)):
            what = f"({g.place.text if g.place else ''})"
            why = (f"a country {what} read only from a demonym: whose men, not where" if demonym else
                   f"country or region-level {what} with no figure")
            decide(doc, g.triggers[0], "merged", f"{why}, in a report of {precise} events at named places: a "
                   f"summary, not an event")
            continue
        out[key] = g
    return out


_FRONT_DAYS = 14  # a daily front report tells the last day or two; a fight of weeks before is told as background


def drop_old_in_front(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """In a report of many placed events, drop violent events dated weeks before publication (background)."""
    # "like its stalled push west of Kharkiv in late May" (told June 20), "during Ukrainian counteroffensives
    # in Lyman ... in early October" (told November 6): gold README, an earlier event is labelled only as news. A
    # single-event story keeps the 60-day limit (MUC keys count incidents retold weeks later).
    precise = sum(1 for k, g in groups.items() if k[0] in VIOLENT_TYPES and g.place is not None and not vague(g.place))
    if precise < _MANY:
        return groups
    old = drop_old(doc, {k: g for k, g in groups.items() if k[0] in VIOLENT_TYPES}, _FRONT_DAYS)
    return {k: g for k, g in groups.items() if k[0] not in VIOLENT_TYPES or k in old}


def _summary_hosts(out: dict[tuple[Any, ...], Any], key: tuple[Any, ...], g: Any,
                   cc: str | None, any_day: bool = False) -> list[tuple[Any, ...]]:
    """The nearest precise event a country-level (or unplaced) summary sentence sums up, if any."""
    # "Russian troops kept up their offensive across eastern Ukraine" beside fights at named towns
    # the same day sums them up: ACLED codes the towns, not the country.
    fc = (g.place.feature_code or "") if g.place else ""
    if g.place is not None and not fc.startswith("PCL") and g.place.role != "demonym":
        return []
    first = min(t.sentence for t in g.triggers)
    near = [(abs(min(t.sentence for t in h.triggers) - first), k) for k, h in out.items()
            if k != key and k[0] == key[0] and (k[4] == key[4] or any_day) and not vague(h.place)
            and (cc is None or (h.place and h.place.country_code == cc))]
    return [min(near, key=lambda x: x[0])[1]] if near else []


TALLY = 5000  # killed: no single attack or battle in the news reaches this; a war's running total does
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)\s+have\b", re.I)


def drop_tallies(doc: WorkDoc, events: list[Any]) -> list[Any]:
    """Drop a violent event told only as a war-long tally ("25,000 killed in Gaza war"); else drop the tally."""
    # "The army has killed almost 7,000 women in the strip", "More Than 11000 Children Reported Dead": ACLED and the gold
    # leave war-long totals out. A battle told in its own sentences keeps its place but not the war's toll
    # ("70,000 people have died" linked to it), and "it would have killed 5,000" is no tally of anything.
    out = []
    for e in events:
        best = e.fatalities.best if e.fatalities else None
        if e.event_type not in VIOLENT_TYPES or best is None or best < TALLY:
            out.append(e)
            continue
        told = [ev for ev in e.evidence if "fatalities" in ev.supports]
        alone = bool(told) and len(told) == len(e.evidence)
        if alone and not any(_COUNTERFACTUAL.search(ev.text) for ev in told):
            span = told[0]
            doc.decisions.append({"stage": "assemble", "text": e.fatalities.text or "", "start": span.start,
                                  "end": span.end, "status": "historical",
                                  "reason": f"{best} killed is a war-long tally, not one event"})
            continue
        update = {"fatalities": Count()}
        tally = {(ev.start, ev.end) for ev in told}
        hurt = [ev for ev in e.evidence if "injured" in ev.supports]
        if e.injured and e.injured.best is not None and hurt and all((ev.start, ev.end) in tally for ev in hurt):
            # "8,420 Russian troops have died and 15,070 have been hurt": the wounded told with a
            # war-long death tally are that tally's, not the event's.
            update["injured"] = Count()
            doc.decisions.append({"stage": "assemble", "text": e.injured.text or "", "start": hurt[0].start,
                                  "end": hurt[0].end, "status": "cumulative",
                                  "reason": f"{e.injured.best} injured told with the war-long tally of {best} killed"})
        out.append(e.model_copy(update=update))
    return out


_OUTLIER_KM = 2000.0  # wider than one theatre: the whole Ukraine front spans about 1,300 km


def drop_outliers(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Drop a town event thousands of km from every other event of a story told in one country: a misread name."""
    # "Samir Hassan, a guard who lived through the blast" in a Baghdad story (Hassan, Karnataka), "the Artem State
    # Holding" in a Kyiv strike (Artem, Primorye): a person's or a firm's name read as a town.
    pts = [(k, g.place) for k, g in groups.items() if g.place is not None and g.place.lat is not None
           and g.place.lon is not None]
    if len(pts) < 4:
        return groups
    out = dict(groups)
    for key, p in pts:
        rest = [q for k, q in pts if k != key]
        if p.feature_class != "P" or len({q.country_code for q in rest}) != 1:
            continue
        if all(haversine_km(p.lat, p.lon, q.lat, q.lon) > _OUTLIER_KM for q in rest):
            decide(doc, groups[key].triggers[0], "not_event", f"{p.text!r} lies over {_OUTLIER_KM:.0f} km from every "
                   "other event's place in a story told in one country: a name misread as a town")
            del out[key]
    return out


# "In Kyiv's Shevchenko district, a building was hit", "the missiles hit the Darnytsia plant": a district or a site of
# a city struck the same day is part of the city's event (gold README: a facility near a labelled town is folded
# into that town's event), not a second event a few km away.
_DISTRICT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|plant|factory|port|airport|air\s+base|"
                             r"station|depot|refinery)\b", re.I)
_CITY_BEFORE = re.compile(r"\b[A-Z][\w’'-]+['’]s\s+$")
_DISTRICT_KM = 15.0


def fold_districts(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold an event at a city's district or site into that city's event of the same type and day."""
    text = doc.text
    out = dict(groups)
    today = story_day(doc)
    for key, g in groups.items():
        p = g.place
        if p is None or p.lat is None or p.lon is None:
            continue
        owner = _CITY_BEFORE.search(text, max(0, p.start - 30), p.start)
        if not (_DISTRICT_AFTER.match(text, p.end) or owner):
            continue
        # An undated district takes the story's day: "In Kyiv's Shevchenko district, a building was hit" in a story of
        # Sunday's strike on Kyiv is that strike.
        host = next((h for k, h in out.items() if k != key and k[0] == key[0] and (
                     k[4] == key[4] or key[4] is None and k[4] is not None and k[4] == today) and h.place is not None
                     and h.place.lat is not None and h.place.lon is not None and h.place.geonameid != p.geonameid
                     and (h.place.feature_code or "") in ("PPLC", "PPLA", "PPLA2")
                     and haversine_km(p.lat, p.lon, h.place.lat, h.place.lon) <= _DISTRICT_KM
                     and (owner is None or _owned_by(doc, owner.start(), h.place))), None)
        if host is not None:
            absorb(host, g)
            del out[key]
    return out


def _owned_by(doc: WorkDoc, start: int, city: Any) -> bool:
    """True when the possessor at `start` ("Kharkiv's Shevchenko district") is `city` itself."""
    # District names recur across cities: a Kharkiv district read in Kyiv is no part of Kyiv's strike.
    named = next((q for q in doc.places if q.start == start), None)
    if named is not None and named.geonameid is not None:
        return named.geonameid == city.geonameid
    word = doc.text[start:].split("'", 1)[0].split("’", 1)[0]
    return word.lower() in {(city.text or "").lower(), (city.name or "").lower()}


def fold_taken(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a clash group into a taking of the same place and day when both tell of one sentence: one fight."""
    # "kept up small counterattacks north of Sumy and retook Ryzhivka on May 3": the
    # gold codes one event per fight at a place and day; the taking is its outcome, so it keeps the finer sub-type
    # (`Group.chosen`). The whole clash group moves, its triggers in other sentences too.
    out = dict(groups)
    for key, g in groups.items():
        if key[0] != "Battles" or key[1] == "Armed clash" or key[3] is None:
            continue
        ck = ("Battles", "Armed clash", key[2], key[3], key[4])
        clash = out.get(ck)
        if clash is None or not clash.sentences & g.sentences:
            continue
        g.chosen = g.head  # absorb sorts triggers by offset, and folds after this one may add more
        absorb(g, clash)
        for t in clash.triggers:
            decide(doc, t, "merged", "a clash told with the taking of the same place and day: one fight")
        del out[ck]
    return out


# Any gun, rocket or shell word names ground fire, a second act beside an air strike (mixed fires).
_GROUND_FIRE = re.compile(r"artillery|shell|MLRS|rocket|mortar|tank|howitzer|HIMARS|gun", re.I)


def fold_air_launched(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a shelling with no gun word (a missile strike) into a nearby air strike of its place and day by aircraft."""
    # "Russian forces conducted a missile strike against Kyiv. ... fired five cruise missiles from a Tu-95 aircraft at
    # Kyiv": one strike, its launcher told in the next sentence; missiles fired from aircraft are an air strike (ACLED,
    # gold README), so the air group keeps its sub-type and takes the other sentences' triggers. An undated retelling
    # ("This attack on Kyiv indicates ...") joins too, as it would have joined the dated shelling.
    fired = doc.meta.get("_aircraft_fired", ())
    out = dict(groups)
    for key, g in groups.items():
        if key[:2] != ("Explosions/Remote violence", "Air/drone strike") or key[3] is None or key not in out \
                or not any(t.start in fired for t in g.triggers):
            continue
        for day in dict.fromkeys((key[4], None)):
            sk = ("Explosions/Remote violence", "Shelling/artillery/missile attack", key[2], key[3], day)
            shell = out.get(sk)
            if shell is None or any(_GROUND_FIRE.search(t.text) for t in shell.triggers) or not any(
                    abs(t.sentence - n) <= 3 for t in shell.triggers for n in g.sentences):
                continue
            g.chosen = g.head  # absorb sorts triggers by offset: the air trigger keeps giving the type
            absorb(g, shell)
            for t in shell.triggers:
                decide(doc, t, "merged", "a missile strike whose missiles aircraft fired, told nearby: one air strike")
            del out[sk]
    return out


def fold_dateline(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a group placed at the dateline's town into the group of its type told in the same sentence elsewhere."""
    # "KABUL, June 4 - Nearly 90 people died when Pakistani jets bombed Afghan villages on Sunday":
    # the toll found no place but the bureau's town; the raid it belongs to is placed and dated in the same sentence.
    cut = dateline_end(doc)
    if not cut:
        return groups
    out = dict(groups)
    # An act refused the dateline's town (an act at sea or its bare toll: assemble_where) was placed there all the same.
    refused = doc.meta.get("_refused_dateline", set())
    for key, g in groups.items():
        at_dateline = g.place.start < cut if g.place is not None else all(t.start in refused for t in g.triggers)
        if not at_dateline or key[0] not in VIOLENT_TYPES:
            continue
        told = {t.sentence for t in g.triggers}
        host = next((k for k, h in out.items() if k != key and k[0] == key[0] and h.place is not None
                     and h.place.start >= cut and any(t.sentence in told for t in h.triggers)), None)
        said = "told in its sentence"
        if host is None and key in out:
            host = retold_lead(doc, out, key, g, cut)
            if host is not None:
                said = "the lead retold with its place in the next sentence"
        if host is None:
            continue
        absorb(out[host], g)
        del out[key]
        where = f"placed only at the dateline's {g.place.text!r}" if g.place else "refused the dateline's town"
        decide(doc, g.triggers[0], "merged", f"{where}: the same act as the one at {out[host].place.text!r}, {said}")
    return out
