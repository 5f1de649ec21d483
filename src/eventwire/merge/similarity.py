"""Pair score of two event reports: type, place, date gap, actors and toll compatibility."""

from __future__ import annotations

from eventwire.gazetteer.index import haversine_km
from eventwire.merge.features import DISTINCT_SITES, Rec, bombing_family, on_side, type_score
from eventwire.merge.neighbours import neighbours
from eventwire.merge.operations import one_operation
from eventwire.merge.types import MergeConfig

REMOTE = "Explosions/Remote violence"
UNTYPED = frozenset({"Attack"})  # attacks on civilians say who was hurt, not by what means
# 1: two reports that meet only through a region (`regionwide`) must tell one story (`same_story`); 0: off.
STORY = 1
# 1: in one region, an outlet's later-published report with a larger toll is its update of one event (`grown`).
GROWN = 1


def tolls_agree(a: int, b: int, cfg: MergeConfig) -> bool:
    """Two tolls agree when within the absolute or relative tolerance."""
    return abs(a - b) <= max(cfg.toll_abs_tol, cfg.toll_rel_tol * max(a, b))


def place_score(a: Rec, b: Rec, cfg: MergeConfig) -> float | None:
    """1 at the same spot falling to 0 at `max_km`; coarse places score by shared admin1; None: too far."""
    if a.precise and b.precise:
        if a.geonameid is not None and a.geonameid == b.geonameid:
            return 0.5 if a.regional or b.regional else 1.0  # "Gaza" (the region) and "Gaza City": not one spot
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if d > cfg.town_km and not (a.regional or b.regional):
            # Two towns named apart (Gaza City, Rafah): `max_km` is the reach of a town's districts and
            # camps, not of another town of the region ("regional" names are the region, see `contains`).
            return None
        near = 0.9 * (1.0 - d / cfg.max_km) if d <= cfg.max_km else None  # another place counts less
        if a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
            if contains(a, b):
                return max(near or 0.0, 0.5)  # like an admin1-level report and a town in it
            return near if near is not None else 0.2
        return near
    if a.country != b.country:
        return None
    if a.country is None:
        return 0.3 if a.lat is None and b.lat is None else None
    if a.admin1 and a.admin1 == b.admin1:
        return 0.5
    if a.admin1 is None or b.admin1 is None:
        return 0.3  # one report only names the country
    return None


def contains(a: Rec, b: Rec) -> bool:
    """One report's place may be the region that holds the other's town (see `Rec.regional`)."""
    return (a.regional or b.regional) and a.admin1 == b.admin1


def other_side(a: Rec, b: Rec) -> bool:
    """One report names a part of a region ("northern Gaza") and the other a town outside it (Rafah)."""
    return bool(a.side and b.precise and not on_side(a, b.lat, b.lon)  # type: ignore[arg-type]
                or b.side and a.precise and not on_side(b, a.lat, a.lon))  # type: ignore[arg-type]


def regionwide(a: Rec, b: Rec) -> bool:
    """Two reports of one admin1 of which one may mean the whole region (an admin1-level place or `contains`)."""
    # "Strike in Gaza kills 4" placed at the Gaza Strip names no town: it matches any town of the
    # Strip on place, so only its toll tells it from the day's other strikes there.
    return a.admin1 is not None and a.admin1 == b.admin1 and a.country == b.country and (
        a.regional or b.regional or not a.precise or not b.precise)


def abroad(coarse: Rec, fine: Rec) -> bool:
    """A country-level report named only by a party's country, and a finer report in a neighbour of it."""
    return coarse.party_country and fine.country is not None and fine.country in neighbours(coarse.country)


def at_home(r: Rec) -> bool:
    """A country-level report placed at its own attackers' country ("Iran's attack" placed at Iran)."""
    return r.coarse and r.country in r.attacker_cc


def from_home(home: Rec, other: Rec) -> bool:
    """A country-level report placed at its attackers' country, and one placed abroad that names the same attacker.

    "Calls for restraint after Iran's attack" is placed at Iran by the attacker's name; "UN chief
    condemns Iran's attack on Israel" at the target. A state strikes far beyond its neighbours (missiles,
    drones), so the attacker's country is no evidence against any country the other report names.
    """
    # (An armed group placed at its home stands only for the neighbours it crosses into: `weak_link`.)
    return at_home(home) and not home.group_home and other.coarse and home.country in other.attacker_cc \
        and other.country not in other.attacker_cc and bool(home.attackers & other.attackers)


def renews(a: Rec, b: Rec) -> bool:
    """One report calls its occurrence new and the other is of an earlier day: two occurrences."""
    if a.day is None or b.day is None:
        return False
    return a.renewed and b.day < a.day or b.renewed and a.day < b.day


# Days that two outlets' stated dates of one event may lie apart: a strike late at night is the next
# day in another time zone, and "overnight" is dated by one outlet to the evening, by another to the
# morning. Two stated days further apart than this are two occurrences (issue #5).
STATED_GAP = 1


def stated_apart(a: Rec, b: Rec) -> bool:
    """Both reports state their day (or range of days) and the spans lie more than `STATED_GAP` days apart."""
    # "Clashes at Bakhmut on October 12" and "... on October 14" are two days' fighting; a day taken
    # from the publication date (`Rec.day_stated` False) is no such claim and keeps the window.
    return spans_apart(a.stated, b.stated)


def spans_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Two stated spans (first day, last day) more than `STATED_GAP` days apart; None states nothing."""
    return a is not None and b is not None and (a[1] + STATED_GAP < b[0] or b[1] + STATED_GAP < a[0])


def joined_stated(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """The stated bounds of two joined groups: the later first day and the earlier last day."""
    # Bounds, not a span: a group stating June 6 and June 7 holds (7, 6), inverted on purpose, so that
    # `spans_apart` refuses a third group exactly when some report of it is stated apart from some member.
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def date_score(a: Rec, b: Rec, cfg: MergeConfig) -> float | None:
    """1 on the same day, less per day apart, None beyond the window or for stated days apart (`stated_apart`)."""
    if a.day is None or b.day is None:
        return 0.3 if a.day is None and b.day is None else None
    if stated_apart(a, b):
        return None
    gap = abs(a.day - b.day)
    if gap > cfg.max_days:
        return None
    return (1.0, 0.6, 0.25, 0.1)[min(gap, 3)]


def actor_score(a: Rec, b: Rec) -> float:
    """Jaccard of actor names, backed off to their countries; 0.5 when either lists none."""
    if not a.names or not b.names:
        return 0.5
    inter = len(a.names & b.names)
    if inter:
        return 0.5 + 0.5 * inter / len(a.names | b.names)
    if a.countries and b.countries and a.countries & b.countries:
        return 0.4
    return 0.1


def toll_score(a: Rec, b: Rec, cfg: MergeConfig) -> float:
    """1 when tolls agree, lower the further apart; 0.5 when either has none."""
    if a.fatal is None or b.fatal is None:
        return 0.5
    if tolls_agree(a.fatal, b.fatal, cfg):
        return 1.0
    lo, hi = _nearest(a, b)
    if lo is None:
        return 0.8  # a vague toll ("dozens") that spans the other: consistent, but not the same figure
    if tolls_agree(int(lo), int(hi), cfg):
        return 1.0
    return 0.2 + 0.5 * lo / hi


def _nearest(a: Rec, b: Rec) -> tuple[float | None, float]:
    """The closest values of two toll ranges (lower, higher), or (None, 0) when the ranges overlap."""
    a_lo, a_hi, b_lo, b_hi = span(a) + span(b)
    if a_hi < b_lo:
        return a_hi, b_lo
    if b_hi < a_lo:
        return b_hi, a_lo
    return None, 0.0


def span(r: Rec) -> tuple[float, float]:
    """A report's toll range as floats; (0, 0) when it gives none."""
    lo = r.fatal_lo if r.fatal_lo is not None else r.fatal
    hi = r.fatal_hi if r.fatal_hi is not None else r.fatal
    return float(lo or 0), float(hi or 0)


def days_disjoint(a: Rec, b: Rec) -> bool:
    """Both reports give days (a day or a range of days) and the spans do not overlap.

    A day counts when the text states it, or when both reports are items of roundups (a daily
    bulletin dates each item by its own day); a story about one event that gives no date is
    dated by its publication, and the next day's follow-up of that story is no other occurrence.
    """
    if not (a.day_level and b.day_level) or not (a.day_stated and b.day_stated or a.bulletin and b.bulletin):
        return False
    if a.day is None or b.day is None:
        return False
    return (a.end_day or a.day) < b.day or (b.end_day or b.day) < a.day


def same_outlet_compatible(a: Rec, b: Rec, damage: bool = True) -> bool:
    """Whether two reports of one outlet can be one event: an outlet is consistent with itself (`damage`: and hit things)."""
    # Its reports of a town on stated days that do not overlap (a daily bulletin's "on January 13",
    # "... on January 15-16") are distinct events; a date gap is only tolerated between outlets,
    # which resolve "overnight" differently.
    if days_disjoint(a, b):
        return False
    # It codes one occurrence the same way each time: a clash and a shelling it reports at one
    # town are two events, and so are two strikes it says hit different things.
    if (a.bulletin or b.bulletin) and (a.sub_type != b.sub_type or a.plover != b.plover):
        return False
    return not (damage and damage_differs(a, b))


def damage_differs(a: Rec, b: Rec) -> bool:
    """Both reports say what was hit, and nothing in common."""
    return bool(a.damage and b.damage and not a.damage & b.damage)


def reversed_direction(a: Rec, b: Rec) -> bool:
    """One report's attacker is the other's target and they name no attacker in common (not battles)."""
    if a.event_type == "Battles" or b.event_type == "Battles":
        return False  # in a clash each side attacks: outlets name either one first
    if not a.attackers or not b.attackers or a.attackers & b.attackers:
        return False
    return bool(a.attackers & b.targets or b.attackers & a.targets)


def opposing_attackers(a: Rec, b: Rec) -> bool:
    """Both name attackers, of different countries only: a strike and a counter-strike (not battles)."""
    if a.event_type == "Battles" or b.event_type == "Battles":
        return False
    return bool(a.attacker_cc and b.attacker_cc and not a.attacker_cc & b.attacker_cc)


def tolls_compatible(a: Rec, b: Rec) -> bool:
    """Tolls that can describe one event in two reports: either unknown, or ranges within a factor of two."""
    # Ranges, not best values: "dozens killed" (24..120) and "more than 100 killed" are one
    # massacre as told early and late; an exact 4 and "dozens" are not.
    if a.fatal is None or b.fatal is None:
        return True
    lo, hi = _nearest(a, b)
    return lo is None or hi - lo <= 2 or 2 * lo >= hi


def grown(a: Rec, b: Rec) -> bool:
    """One outlet tells a larger toll in a report published on a later day than its smaller one: its update."""
    # The issue's rule: an outlet's later figures supersede its earlier ones. "Five killed in Israeli
    # operation in the West Bank" and, the next day, the same outlet's "troops kill 14 during two-day
    # raid" tell one raid. Across outlets a larger toll a day later is as often the region's next strike
    # (merge_speed.py's synthetic days: 94 false pairs for 17 true), and a smaller toll told later is no update.
    if not GROWN or _cross_outlet(a, b) or a.fatal is None or b.fatal is None or a.published is None \
            or b.published is None:
        return False
    lo, hi = _nearest(a, b)
    if lo is None:
        return False
    small, large = (a, b) if span(a)[1] <= lo else (b, a)
    return large.published.date() > small.published.date()  # type: ignore[union-attr]


def _cross_outlet(a: Rec, b: Rec) -> bool:
    return a.outlet is None or b.outlet is None or a.outlet != b.outlet


def _excluded(a: Rec, b: Rec) -> bool:
    """Hard rules: one article's events, one outlet's inconsistent reports, reversed or opposing attackers."""
    if a.articles & b.articles:
        return True  # the extractor already split these: one article, two events
    if not _cross_outlet(a, b) and not same_outlet_compatible(a, b):
        return True
    return reversed_direction(a, b) or opposing_attackers(a, b) or renews(a, b) or sites_differ(a, b) \
        or victims_differ(a.victims, b.victims)


def sites_differ(a: Rec, b: Rec) -> bool:
    """Both reports name the site that was hit, and the sites differ: a strike on a hospital is not one on tents."""
    return distinct_sites(a.sites, b.sites)


def distinct_sites(one: frozenset[str] | set[str], other: frozenset[str] | set[str]) -> bool:
    """Two sets of struck sites that share none, each naming a distinctive site (`DISTINCT_SITES`)."""
    # Houses or a market beside a hospital may be one strike told from two sides: only two
    # distinctive sites (a hospital, a tent camp) tell two strikes apart.
    return bool(one & DISTINCT_SITES and other & DISTINCT_SITES and not one & other)


def victims_differ(one: frozenset[str] | set[str], other: frozenset[str] | set[str]) -> bool:
    """Both name victims (`features.victim_kinds`), of no kind in common: a cameraman's death is not a scientist's."""
    return bool(one and other and not one & other)


def family_type_score(a: Rec, b: Rec, p: float, cfg: MergeConfig) -> float | None:
    """Type agreement, raised for a bombing that another outlet codes as a generic attack.

    A weaker report of a car bomb says "an attack killed 15": an armed clash or an attack on
    civilians to the extractor. Across outlets, at one city or admin1 on the same day with
    compatible tolls, such codings score like two sub-types of one event type.
    """
    t = type_score(a, b)
    if (t is None or t < 0.7) and bombing_family(a, b) and _cross_outlet(a, b) and (p >= 0.5 or country_tolls(a, b)) \
            and a.day is not None and a.day == b.day and tolls_compatible(a, b):
        return 0.7
    if (t is not None and t < 0.7) and untyped_attack(a, b) and p >= 0.5 and a.day is not None \
            and a.day == b.day and tolls_compatible(a, b):
        return 0.7  # "aid worker killed in Gaza" (no weapon named) and "Israeli strike kills aid workers"
    if (t is not None and t < 0.7) and same_toll(a, b, cfg) and _cross_outlet(a, b) \
            and a.day is not None and a.day == b.day:
        return 0.7  # "Suicide bombing kills 4" and "militants attack courthouse, killing 4"
    if t is None and one_operation(a, b):
        return 0.7  # "killed 90 gunmen at the hospital" and "troops made detainees strip in hospital raid"
    return t


def country_tolls(a: Rec, b: Rec) -> bool:
    """Both reports are placed only at a country and give a toll: a family coding then rests on the tolls' fit."""
    # "Suicide truck bomb kills 11 in Somalia" and "At least 9 dead as militants fight in
    # Somalia": the country says little, the day and the fitting tolls say it is one attack.
    return a.coarse and b.coarse and a.fatal is not None and b.fatal is not None


def untyped_attack(a: Rec, b: Rec) -> bool:
    """One report codes a generic attack and names no weapon, the other codes remote violence.

    "Aid worker killed in Gaza" says nothing of how: the extractor honestly codes an attack on
    civilians, and another report of the same killing names the air strike. Naming no weapon is
    no evidence against any sub-type of remote violence.
    """
    for x, y in ((a, b), (b, a)):
        if x.sub_type in UNTYPED and not x.armed and y.event_type == REMOTE:
            return True
    return False


def same_story(a: Rec, b: Rec, cfg: MergeConfig) -> bool:
    """Two reports of one region that both tell something beyond place, actors and violence tell one story.

    They share such a word, a struck site, a victim kind or a toll.
    """
    # "Two nuns killed at a church compound in Gaza" and "Paris condemns the killing of its aid worker
    # in Gaza": a region holds the day's every strike, so its name and "killed" tie no two of them.
    # Only both telling something is evidence: "Strike in Gaza kills 30" tells nothing a toll does not, and a
    # development tells none (`story.story_words`), so one operation's raid and strike still meet.
    if not STORY or not (a.story and b.story):
        return True
    return bool(a.story & b.story or a.sites & b.sites or a.victims & b.victims) or same_toll(a, b, cfg)


def same_toll(a: Rec, b: Rec, cfg: MergeConfig) -> bool:
    """Both give the same toll of at least two (within the tolerance): strong evidence of one event."""
    return a.fatal is not None and b.fatal is not None and min(a.fatal, b.fatal) >= 2 \
        and tolls_agree(a.fatal, b.fatal, cfg)


def weak_link(a: Rec, b: Rec, cfg: MergeConfig) -> bool:
    """A country-level (or unplaced) report that may join a finer report of the same day, type and country (or site).

    Only a candidate link: the clustering adds it when the coarse report has one such cluster.
    A country that is also a party's (`Rec.party_country`) may stand for a neighbouring
    territory the party acts in: the clustering follows such links only when the country itself
    offers no candidate.
    """
    if a.day is None or a.day != b.day:
        return False
    if a.unplaced != b.unplaced:
        # "US assesses Israel not responsible for Gaza hospital blast" with no place kept: only the
        # struck site it shares with a placed report of the day places it.
        if a.event_type is None or b.event_type is None or not a.sites & b.sites:
            return False
    elif a.coarse and b.coarse:
        # "Five Nigerien troops killed in Boko Haram raid", placed only at the group's home
        # (Nigeria), and "four troops killed in Boko Haram raid in Niger": armed groups cross
        # borders, and a neighbour's country-level report may be the same attack.
        # Only an armed group's home: a state's forces placed at their own country are told apart
        # from its neighbours' reports by the finer reports they have (`abroad`).
        if a.country == b.country or not (a.group_home and abroad(a, b) or b.group_home and abroad(b, a)
                                          or from_home(a, b) or from_home(b, a)):
            return False
    elif a.coarse == b.coarse or a.country != b.country and not abroad(a if a.coarse else b, b if a.coarse else a):
        return False
    # One outlet's live blog tells one strike in several entries, some naming only the country; a
    # roundup's items are other events (and `_excluded` keeps one outlet's entries consistent).
    if not _cross_outlet(a, b) and (a.bulletin or b.bulletin) or _excluded(a, b) or not tolls_compatible(a, b):
        return False
    if needs_shared_actor(a, b) and not a.names & b.names:
        return False
    t = family_type_score(a, b, 0.5, cfg)
    return t is not None and t >= 0.7


def needs_shared_actor(a: Rec, b: Rec) -> bool:
    """Political-only events, or events placed nowhere, are one event only with a shared actor."""
    # A request, an accusation or a meeting is defined by who did it to whom: two same-day
    # "requests" with no common actor are unrelated news, and so are two unplaced events.
    if a.event_type is None or b.event_type is None:
        return True
    if a.sub_type == b.sub_type and a.day == b.day and a.fatal is not None and a.fatal >= 2 and a.fatal == b.fatal:
        return False  # "160 were killed yesterday" in two reports of one day: the toll identifies it
    return a.lat is None and b.lat is None and a.country is None and b.country is None


def pair_score(a: Rec, b: Rec, cfg: MergeConfig) -> float | None:
    """Weighted similarity in [0, 1]; None when blocking rules say they cannot be one event."""
    if a.coarse != b.coarse:
        return None  # a country-level report only joins through `weak_link`
    if _excluded(a, b):
        return None
    if needs_shared_actor(a, b) and not a.names & b.names:
        return None
    p = place_score(a, b, cfg)
    if p is None or other_side(a, b):
        return None
    if regionwide(a, b) and not ((tolls_compatible(a, b) or grown(a, b)) and same_story(a, b, cfg)):
        return None  # "4 killed in Gaza" is not the strike that killed 45 in Rafah
    t = family_type_score(a, b, p, cfg)
    if t is None:
        return None
    d = date_score(a, b, cfg)
    if d is None:
        return None
    total = cfg.w_type + cfg.w_place + cfg.w_date + cfg.w_actors + cfg.w_toll
    s = (
        cfg.w_type * t
        + cfg.w_place * p
        + cfg.w_date * d
        + cfg.w_actors * actor_score(a, b)
        + cfg.w_toll * toll_score(a, b, cfg)
    )
    return s / total


TWIN_EVENTS = 2  # an article with at most this many events is one story, not a roundup


def twins(a: Rec, b: Rec) -> bool:
    """One short article's two events of one day and type, one placed only at a country, nowhere, or at the other's region.

    "Family mourns medic killed in Israeli strike" coded at "Israel" and with no place: the
    extractor told one strike twice, so the two are one event (they never link otherwise: the
    events of one article are kept apart).
    """
    # "Israeli strikes on central Gaza town of Deir al-Balah": coded at Rafah and at "Gaza" (the region holding it).
    region = contains(a, b) and a.geonameid != b.geonameid
    if not a.articles & b.articles or a.day is None or a.day != b.day or a.precise and b.precise and not region:
        return False
    if a.bulletin or b.bulletin:
        return False  # (the clustering also checks that the article has at most `TWIN_EVENTS` events)
    if not (a.coarse or a.lat is None or b.coarse or b.lat is None or region) or not tolls_compatible(a, b):
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 or a.country and b.country and a.country != b.country:
        return False
    t = type_score(a, b)
    return t is not None and t >= 0.7 or bombing_family(a, b) or untyped_attack(a, b)
