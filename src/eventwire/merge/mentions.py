"""Mentioning sources: a report with no violent event of its own that names a canonical event's distinctive words."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import pycountry

from eventwire.merge import copy_mentions as copies
from eventwire.merge.basics import GENERIC, VIOLENT, place_words, words
from eventwire.merge.features import struck_sites
from eventwire.merge.interceptions import intercepts
from eventwire.merge.neighbours import neighbours
from eventwire.merge.orphans import fits, orphans
from eventwire.merge.site_mentions import site_links
from eventwire.merge.toll_mentions import toll_links
from eventwire.merge.types import Cluster
from eventwire.model import Article, Event

# A reaction ("UN envoy condemns deadly food queue shooting"), a follow-up ("Bodies of charity
# drivers leave Rafah") or an explainer ("Where is Nasser Hospital?") is a report
# of an event that the event coder rightly codes no violent event in. It is attached to the event
# as a *mentioning* source, apart from the reporting sources: it adds no figure, no place, no vote.
BEFORE_DAYS = 1  # published at most this many days before the event's first day (time zones, "overnight")
AFTER_DAYS = 2  # ... or this many days after its last day (reactions and follow-ups)
LEAD_CHARS = 600  # a long article's title and lead say what it is about; its body names other events
MIN_WORDS = 2  # one shared word ("hospital") may name another site of the same kind (but see `sole_anchor`)
MIN_SCORE = 3.0  # summed rarity (log inverse document frequency) of the shared words
MARGIN = 2.0  # the best event outscores the next one by this factor, or the report names neither
BACKGROUND_DOCS = 100  # prior articles that do not name a word (see `link_mentions`)
OWNED_SHARE = 0.3  # an anchor word is the event's when this share of its days' articles using it report it
MAX_SHARE = 0.5  # a word found in more than this share of the window's events is no distinctive word
# Headline similarity (see `similar`), chosen by leave-one-window-out on the train windows (round 14).
MIN_COSINE = 0.15  # TF-IDF cosine of the report's words and the event's reports' words
COSINE_MARGIN = 1.5  # ... and this many times the next event's cosine
PLACE_COSINE = 0.45  # a resemblance this close may rest on the event's place name (see `link_mentions`)
# Chains (see `chain`), chosen by leave-one-window-out and the unlabelled days (round 16).
CHAIN_COSINE = 0.3  # TF-IDF cosine of a report's words and one mentioning report's words
CHAIN_MARGIN = 2.0  # ... and this many times the cosine with any mentioning report of another event
CHAIN_DAYS = 1  # ... published at most this many days apart
CHAIN_FLOOR = 0.1  # ... and `similar` finds the event at this cosine (its own MIN_COSINE rests on no mention)
# Round 17, each kept in every leave-one-window-out fold (0 turns it off, for merge_windows.py --lowo).
ORPHANS = 4  # an article whose violent events at most this many articles tell may mention another (`orphans`)
TOLLS = 1  # a report stating a figure that one event of its days gives is its mention (`toll_links`)
# Round 16: an orphan whose violent events are all unplaced ("more than 60 militants killed as Al-Nasr operation
# enters third day") may name its operation's site as a quiet report does (`site_mentions.site_links`).
UNPLACED = 1

# The words of GENERIC that say violence happened: a report naming one event's anchor by one word is
# about that event when it speaks of the violence ("deaths at the aid site"), not of the site's other
# news ("blackout at the hospital as fuel runs out"). "Massacre" (no GENERIC word: it is rarer) says
# it too ("52 martyrs ... in two massacres").
VIOLENCE = frozenset("""
kill killed killing dead death deadly die died wound wounded injure injured attack attacked strike struck
airstrike bomb bombing shelling shot shooting fire fired gunfire raid massacre
""".split())


# What was hit, in the words a reaction names it by ("the hospital blast", "the aid convoy deaths",
# "the tent camp strike"), for each kind of struck site the merger reads (`features.struck_sites`).
# The shared words identify the event only when they hold such a word of a site that two of its
# reports say was hit, and that word is the event's on its days (`link_mentions.owned`). "UN Security
# Council demands ceasefire" shares "council" with "attacks persist after UN Security Council
# resolution", and "Israel plans to flood Gaza with aid" shares "aid" with a day's chained reports
# on a day of aid-policy news: neither is about a strike.
SITE_ANCHORS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "hospital": "hospital clinic medical", "school": "school university kindergarten",
    "religious site": "mosque church synagogue cathedral worshipper",
    "tents": "tent camp encampment displaced shelter", "convoy": "convoy aid food flour truck",
    "aid workers": "aid worker kitchen charity", "diplomatic mission": "consulate embassy",
    "border": "border crossing", "house": "house home", "apartment building": "apartment building tower residential",
    "commercial building": "market shop warehouse factory bakery", "infrastructure": "bridge port airport road",
    "energy facility": "power plant station", "vehicle": "car bus vehicle ambulance",
    "military facility": "base barrack",
}.items()}
# What flew: a drone, missile or rocket attack is named by its weapon ("Israeli military tracking approach
# of more than 100 drones", "US ships destroy missiles headed for Israel" tell Iran's attack) when two of
# its reports name that kind (`Event.weapons`). Bombs, shells, aircraft and guns name any strike of a war.
WEAPON_ANCHORS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "drone": "drone uav shahed", "missile": "missile", "rocket": "rocket",
}.items()}
WEAPONS = 1  # 0 turns the weapon anchors off (merge_windows.py --lowo)
# An interception tells an air attack as "shot down" (a VIOLENCE word) does ("Israeli military plans to intercept
# drones before they reach Israeli skies"), but only when what flew is what was intercepted (`interceptions`):
# "Navy intercepts ship carrying missiles" and "interceptor missiles" tell no strike.
FLOWN = frozenset().union(*WEAPON_ANCHORS.values())
INTERCEPTS = 1  # session 25; 0 turns it off (merge_windows.py --lowo)


def tells_violence(ws: set[str], lead: str) -> bool:
    """A report says violence happened: its words hold a VIOLENCE word, or its lead intercepts a drone, missile or rocket."""
    return bool(ws & VIOLENCE) or bool(INTERCEPTS and ws & FLOWN and intercepts(lead, FLOWN))


@dataclass(frozen=True)
class Mention:
    """One mentioning source: the article, the canonical event it names, and the words it shares with it."""

    article_id: str
    cluster_id: str
    words: tuple[str, ...]
    score: float
    # Which test linked it: "words" (rare shared words), "sole_anchor", "similar", "place", "toll", "site", "chain"
    # or "copy".
    rule: str = "words"


def _lead_text(a: Article) -> str:
    return f"{a.title} {a.text[:LEAD_CHARS]}" if a.title else a.text[:LEAD_CHARS]


def _day(d: date | datetime | None) -> int | None:
    if d is None:
        return None
    return (d.date() if isinstance(d, datetime) else d).toordinal()


@dataclass
class _Target:
    cluster: Cluster
    lo: int
    hi: int
    words: frozenset[str]
    # Its shared words that name a site two of its reports say was hit. The town is no anchor: "Rafah"
    # is in the day's news of a coming offensive as much as in the reports of a strike there.
    anchors: frozenset[str]
    support: Counter[str]  # how many of its reports use each word
    reports: int = 0  # how many reports tell it
    # Its shared words that say what was hit or by whom: its anchors and its attackers' names ("Taliban",
    # "Iran"), which any window's events have. Its place names are no key: "Security Council demands
    # Rafah ceasefire" names the town, not the strike (round 13: a place anchor cost 4 wrong mentions),
    # unless a report of violence resembles the event closely (`PLACE_COSINE`).
    keys: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # its shared words that name where it happened ("west", "bank")
    where: frozenset[str] = frozenset()  # the words of every place its reports name
    members: tuple[Event, ...] = ()  # its reports' events


# One report's words are not yet the event's: a reaction names what outlets agree on.
TARGET_REPORTS = 2


def reports_told(c: Cluster) -> int:
    """How many reports tell a cluster's canonical event when it is violent, else 0 (a target needs TARGET_REPORTS)."""
    return len({v.article_id for v in c.event.evidence}) if c.event.event_type in VIOLENT else 0


def _target(c: Cluster, days: list[int], members: list[Event], words_of: Callable[[str], set[str]]) -> _Target | None:
    """A violent canonical event told by two or more reports: its day span and the words two of them share."""
    if not days or reports_told(c) < TARGET_REPORTS:
        return None
    per_article: dict[str | None, set[str]] = {}
    for v in c.event.evidence:
        per_article.setdefault(v.article_id, set()).update(words_of(v.text))
    tally = Counter(w for ws in per_article.values() for w in ws)
    shared = frozenset(w for w, n in tally.items() if n >= 2)
    told = Counter(k for e in members for k in struck_sites(e))
    anchors = {w for k, n in told.items() if n >= 2 for w in SITE_ANCHORS.get(k, ())}
    if WEAPONS:
        flew = Counter(k for e in members for k in {w.kind for w in e.weapons})
        anchors.update(w for k, n in flew.items() if n >= 2 for w in WEAPON_ANCHORS.get(k, ()))
    # An attack from a distant country is named by its attacker ("Iran's attack on Israel"): the
    # attacking country's name ("iran", "iranian") is an anchor when two of its reports name that
    # attacker. A neighbour's forces act there all the time ("Israeli" names every Gaza strike).
    home = (c.event.location.country_code or "").upper() if c.event.location is not None else ""
    near = neighbours(home) | {home}
    from_abroad = Counter(cc for e in members for cc in {a.country_code.upper() for a in e.actors
                                                        if a.role == "actor" and a.country_code} if cc not in near)
    stems = [st for cc, n in from_abroad.items() if n >= 2 and (st := country_word(cc))]
    anchors.update(w for w in shared if any(w.startswith(st) for st in stems))
    by = {x for e in members for a in e.actors if a.role == "actor" for x in (a.text or "", a.name) if x}
    keys = anchors.union(*(words_of(x) for x in by))
    where = place_words(members, words_of)
    return _Target(c, min(days), max(days), shared, frozenset(shared & anchors), tally, len(per_article),
                   frozenset(shared & keys), frozenset(shared & where), frozenset(where), tuple(members))


@lru_cache(maxsize=512)
def country_word(cc: str) -> str | None:
    """A country's one-word short name, case-folded ("iran", "israel"); None for names of several words."""
    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return None
    name = getattr(c, "common_name", None) or c.name.split(",")[0]
    return name.casefold() if len(name) >= 4 and name.isalpha() else None


def link_mentions(clusters: Iterable[Cluster], events: Iterable[Event], articles: Iterable[Article],
                  duplicates: Mapping[str, str] | None = None) -> dict[str, Mention]:
    """Each article with no violent event that singles out one canonical event of its days, by article id.

    The event is a violent one, except for the "site" rule (`site_mentions.site_links`): a named site's raid
    may be coded as a non-violent development.

    With `ORPHANS`, an article whose violent events few reports tell (a fragment the extractor misplaced)
    counts as one with none, when the event it is linked to is not its own and its own events fit it
    (`orphans.fits`).

    A copy of a story (`copy_mentions.copy_families`: the `duplicates` found, one title under two rubrics)
    with no event at all mentions the one cluster its story's other articles are told in; `duplicates` None
    (no dedup run) reads no copies.
    """
    events = list(events)
    articles = list(articles)
    clusters = list(clusters)
    by_id = {e.id: e for e in events}
    memo: dict[str, set[str]] = {}

    def words_of(text: str) -> set[str]:
        if text not in memo:  # a headline is its own evidence: read it once
            memo[text] = words(text)
        return memo[text]

    violent_articles = {a for e in events if e.event_type in VIOLENT for a in e.article_ids}
    own = orphans(clusters, by_id, ORPHANS) if ORPHANS else {}
    home = {m: c.id for c in clusters for m in c.member_ids} if own else {}
    candidates = violent_articles - own.keys()
    members_of = {c.id: c.member_ids for c in clusters}

    def mates(aid: str) -> list[Event]:
        """The events of the clusters an orphan's own events sit in."""
        return [e for cid in {home.get(x.id) for x in own[aid]} if cid is not None
                for m in members_of[cid] if (e := by_id.get(m)) is not None]
    targets: list[_Target] = []
    for c in clusters:
        members = [e for m in c.member_ids if (e := by_id.get(m)) is not None]
        days = [d for e in members if isinstance(e.date.start, date) and (d := _day(e.date.start)) is not None]
        t = _target(c, days, members, words_of)
        if t is not None:
            targets.append(t)
    by_cid = {t.cluster.id: t for t in targets}
    by_day: dict[int, list[_Target]] = {}
    anchors_on: dict[int, set[str]] = {}  # a report naming none of its day's anchors is skipped at once
    keys_on: dict[int, set[str]] = {}  # ... and one naming none of their key words too
    for t in targets:
        for d in range(t.lo - BEFORE_DAYS, t.hi + AFTER_DAYS + 1):
            by_day.setdefault(d, []).append(t)
            anchors_on.setdefault(d, set()).update(t.anchors)
            keys_on.setdefault(d, set()).update(t.keys | t.places)
    leads = {a.id: _lead_text(a) for a in articles}
    full = {k: words_of(text) for k, text in leads.items()}
    lead = {k: ws - GENERIC for k, ws in full.items()}
    violent = {k: tells_violence(ws, leads[k]) for k, ws in full.items()}
    # Rarity over the articles at hand: "Gaza" names a war's every other report, "kitchen" few.
    df = Counter(w for ws in lead.values() for w in ws)
    per_day: dict[int, Counter[str]] = {}
    for a in articles:
        if (d := _day(a.published)) is not None:
            per_day.setdefault(d, Counter()).update(lead[a.id])

    def owned(t: _Target, w: str) -> bool:
        """Most articles of the event's days that use the word are its own reports, not other news of those days."""
        # "Aid" on a day of aid-policy news belongs to no strike; "camp" on the day of the tent-camp
        # strike is the strike's word.
        used = sum(per_day[d][w] for d in range(t.lo - BEFORE_DAYS, t.hi + AFTER_DAYS + 1) if d in per_day)
        return t.support[w] >= OWNED_SHARE * used
    # A small batch says little of what is rare: count BACKGROUND_DOCS unseen articles without the word.
    n_docs = len(lead) + BACKGROUND_DOCS

    idfs: dict[str, float] = {}

    def idf(w: str) -> float:
        if w not in idfs:
            idfs[w] = math.log(n_docs / (df[w] + 0.5))
        return idfs[w]
    norms: dict[str, float] = {}
    index: dict[int, dict[str, list[_Target]]] = {}

    def sharing(day: int, mine: set[str]) -> list[_Target]:
        """The events of the day whose reports use one of the report's words (the others resemble it not at all)."""
        if day not in index:  # built once a day, on the first report that needs it
            index[day] = {}
            for t in by_day[day]:
                for w in t.support:
                    index[day].setdefault(w, []).append(t)
        seen = {id(t): t for w in mine for t in index[day].get(w, ())}
        return list(seen.values())
    out: dict[str, Mention] = {}
    def anchored(aid: str, mine: set[str], pool: list[_Target]) -> Mention | None:
        """The event whose rare shared words (one of them its anchor) the report names, or its sole anchor."""
        hits = [(t, shared) for t in pool if (shared := t.words & mine)]
        if not hits:
            return None
        # A word that most of the day's events share ("strike", "Gaza") singles out none of them.
        common = Counter(w for _, shared in hits for w in shared)
        cap = MAX_SHARE * len(pool) if len(pool) >= 2 else math.inf
        scored = []
        for t, shared in hits:
            kept = [w for w in shared if common[w] <= cap]
            scored.append((sum(idf(w) for w in kept), t.cluster.id, kept, t))
        scored.sort(key=lambda st: (-st[0], st[1]))
        best, _, kept, top = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if len(kept) >= MIN_WORDS and best >= MIN_SCORE and best >= MARGIN * second \
                and any(w in top.anchors and owned(top, w) for w in kept):
            return Mention(aid, top.cluster.id, tuple(sorted(kept)), round(best, 3))
        if violent[aid] and (sole := sole_anchor(mine, pool, owned)) is not None:
            own = next(sc for sc, _, _, t in scored if t is sole)
            return Mention(aid, sole.cluster.id, tuple(sorted(sole.words & mine)), round(own, 3), "sole_anchor")
        return None

    for a in articles:
        day = _day(a.published)
        if day is None or a.id in candidates or a.id in out or day not in by_day:
            continue
        mine = lead[a.id]
        pool, homes = by_day[day], set()
        if a.id in own:  # an orphan's own event is no rival: the question is which other event it names
            homes = {h for e in own[a.id] if (h := home.get(e.id)) in by_cid}  # (an event of one report is none)
            pool = [t for t in pool if t.cluster.id not in homes] if homes else pool
        found = anchored(a.id, mine, pool) if mine & anchors_on[day] else None
        if found is None and mine & keys_on[day] and (near := similar(
                mine, [t for t in sharing(day, mine) if t.cluster.id not in homes] if homes else sharing(day, mine),
                idf, norms)) is not None:
            t, cosine = near
            # The resemblance must rest on a key word the event owns on its days: else a day's generic
            # news ("truce ends", "Israel could lose") resembles the day's catch-all "Gaza" cluster
            # (73 such links on 24 unlabelled days without this test). A site word needs a violence
            # word, as for `sole_anchor`; a report naming another event's anchor singles out neither.
            keys = (t.keys if violent[a.id] else t.keys - t.anchors) & mine
            rule = "similar" if any(owned(t, w) for w in keys) else None
            # (Not for an orphan: the merger already weighed its event's place against the event's reports.)
            if rule is None and cosine >= PLACE_COSINE and violent[a.id] and a.id not in own \
                    and any(owned(t, w) for w in t.places & mine):
                # A report of violence told in the event's own words ("Army ends deadly
                # raid on Nur Shams camp in the occupied West Bank") may rest on its place: at this
                # closeness the place is no passing name in other news ("Security Council meets, demands
                # Rafah ceasefire" tells no violence). Round 15, chosen leave-one-window-out.
                rule = "place"
            if rule is not None and not any((u.anchors & mine) - t.anchors for u in pool):
                found = Mention(a.id, t.cluster.id, tuple(sorted(t.words & mine)), round(cosine, 3), rule)
        if found is not None and a.id in own and not fits(own[a.id], (t := by_cid[found.cluster_id]).members,
                                                          t.where, words_of, mates(a.id)):
            found = None  # its own event is another occurrence
        if found is not None:
            out[a.id] = found

    placed: dict[int, set[str]] = {}  # the words of the places that the events of a day are placed at
    for e in events:
        if e.location is not None and isinstance(e.date.start, date) and (d := _day(e.date.start)) is not None:
            placed.setdefault(d, set()).update(place_words([e], words_of))

    def nearest(aid: str, day: int) -> str | None:
        """The event `similar` finds for a report, if it owns a word they share and the report names no other place."""
        # Without these two tests a report of an unextracted strike ("Strike on hospital in Sadr City")
        # chains to a mention of another ("Outrage after hospital strike in Old City") by the words
        # "hospital" and "city": 45 such links, none right, in merge_speed.py's synthetic 100k.
        mine = lead[aid]
        if day not in by_day or (near := similar(mine, sharing(day, mine), idf, norms, CHAIN_FLOOR)) is None:
            return None
        t = near[0]
        elsewhere = {w for d in range(day - CHAIN_DAYS, day + CHAIN_DAYS + 1) for w in mine & placed.get(d, set())}
        if elsewhere - t.where or not any(owned(t, w) for w in t.words & mine):
            return None
        return None if any((u.anchors & mine) - t.anchors for u in by_day[day]) else t.cluster.id
    if TOLLS:
        told = [(c.id, [e for m in c.member_ids if (e := by_id.get(m)) is not None]) for c in clusters]
        reports = [(a, d, _lead_text(a)) for a in articles if a.id not in violent_articles and a.id not in out
                   and violent[a.id] and (d := _day(a.published)) is not None]
        for aid, link in toll_links(told, reports, lead, words_of, BEFORE_DAYS, AFTER_DAYS).items():
            out[aid] = Mention(aid, link.cluster_id, link.words, float(link.figure), "toll")
    quiet = [(a, d, _lead_text(a)) for a in articles if a.id not in violent_articles and a.id not in out
             and (d := _day(a.published)) is not None]
    if UNPLACED:
        quiet += [(a, d, _lead_text(a)) for a in articles if a.id in own and a.id not in out
                  and all(e.location is None or e.location.lat is None for e in own[a.id])
                  and (d := _day(a.published)) is not None]
    for aid, (cid, name) in site_links(clusters, by_id, quiet, BEFORE_DAYS, AFTER_DAYS, own.keys()).items():
        if aid in own:  # its own figures and cues must not tell another occurrence (`orphans.fits`)
            theirs = [e for m in members_of[cid] if (e := by_id.get(m)) is not None]
            if not fits(own[aid], theirs, frozenset(place_words(theirs, words_of)), words_of, mates(aid)):
                continue
        out[aid] = Mention(aid, cid, (name,), 0.0, "site")
    # A chain starts from no orphan: its words tell its own event too ("... as Israel resumes Gaza attacks"
    # chained the day's news of the resumed war to the day's catch-all event on the unlabelled days).
    seeds = {aid: m for aid, m in out.items() if aid not in own}
    out.update(chain(articles, lead, seeds, violent_articles, idf, nearest))
    if duplicates is not None and (families := copies.copy_families(articles, duplicates)):
        linked = {aid: m.cluster_id for aid, m in out.items()}
        for aid, cid in copies.copy_mentions(families, clusters, by_id, linked, violent_articles | out.keys()).items():
            out[aid] = Mention(aid, cid, (), 0.0, "copy")
    return out


def chain(articles: list[Article], lead: dict[str, set[str]], found: dict[str, Mention], skip: set[str],
          idf: Callable[[str], float], nearest: Callable[[str, int], str | None]) -> dict[str, Mention]:
    """Unlinked reports that closely resemble one event's mentioning report, when `similar` finds that event too."""
    # A follow-up may share no key word with the event's own reports and tell no violence ("The
    # brother of the opposition leader and a friend taken from their houses"), yet tell what one of
    # its mentions told ("Armed men seized the opposition leader's brother"): a mention's words are
    # the event's too. The event must also be the one the report resembles most (`nearest`), else the
    # day's generic news ("Ship with aid for Gaza leaves Cyprus") joins whatever a mention of those
    # days spoke of (9 such links on the unlabelled days of rounds 14-15 without that test).
    day_of = {a.id: d for a in articles if (d := _day(a.published)) is not None}
    index: dict[int, dict[str, list[str]]] = {}
    for aid in found:
        if aid in day_of:
            for w in lead[aid]:
                index.setdefault(day_of[aid], {}).setdefault(w, []).append(aid)

    def size(aid: str) -> float:
        return math.sqrt(sum(idf(w) ** 2 for w in lead[aid]))
    sizes = {aid: size(aid) for aid in found}
    out: dict[str, Mention] = {}
    for a in articles if index else ():
        day = day_of.get(a.id)
        if day is None or a.id in found or a.id in skip or not lead[a.id]:
            continue
        dots: dict[str, float] = {}
        for d in range(day - CHAIN_DAYS, day + CHAIN_DAYS + 1):
            for w in lead[a.id] & index.get(d, {}).keys():
                w2 = idf(w) ** 2
                for b in index[d][w]:
                    dots[b] = dots.get(b, 0.0) + w2
        if not dots:
            continue
        mine = size(a.id)
        best: dict[str, tuple[float, str]] = {}  # per event: its closest mentioning report
        for b, dot in dots.items():
            cid, sim = found[b].cluster_id, dot / (mine * sizes[b])
            if sim > best.get(cid, (0.0, ""))[0]:
                best[cid] = (sim, b)
        ranked = sorted(((sim, cid) for cid, (sim, _) in best.items()), reverse=True)
        if not ranked or ranked[0][0] < CHAIN_COSINE:
            continue
        (s1, cid), s2 = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0.0)
        if s1 >= CHAIN_MARGIN * s2 and nearest(a.id, day) == cid:
            out[a.id] = Mention(a.id, cid, tuple(sorted(lead[a.id] & lead[best[cid][1]])), round(s1, 3), "chain")
    return out


def similar(mine: set[str], pool: list[_Target], idf: Callable[[str], float],
            norms: dict[str, float], floor: float | None = None) -> tuple[_Target, float] | None:
    """The one event of the report's days whose reports' words the report's words resemble most, by a margin."""
    # A reaction tells its event in the words its outlets used ("Security cabinet meets to weigh
    # reply to the drone attack"), whatever the event's site or place. TF-IDF cosine of the report's
    # content words and the event's word profile (share of its reports using each word), as for any
    # window's events: MIN_COSINE and COSINE_MARGIN were chosen with each train window left out.
    if not mine:
        return None
    mine_norm = math.sqrt(sum(idf(w) ** 2 for w in mine))
    sims = []
    for t in pool:
        dot = sum(idf(w) ** 2 * t.support[w] / t.reports for w in mine if w in t.support and w not in GENERIC)
        if t.cluster.id not in norms:
            norms[t.cluster.id] = math.sqrt(sum((n / t.reports * idf(w)) ** 2 for w, n in t.support.items()
                                                if w not in GENERIC))
        if norms[t.cluster.id]:
            sims.append((dot / (mine_norm * norms[t.cluster.id]), t.cluster.id, t))
    if not sims:
        return None
    sims.sort(key=lambda s: (-s[0], s[1]))
    best, _, t = sims[0]
    second = sims[1][0] if len(sims) > 1 else 0.0
    return (t, best) if best >= (MIN_COSINE if floor is None else floor) and best >= COSINE_MARGIN * second else None


def sole_anchor(mine: set[str], pool: list[_Target], owned: Callable[[_Target, str], bool]) -> _Target | None:
    """The one event of the report's days whose anchor words it names, when it names no other event's anchor."""
    # "France to support inquiry into Gaza aid site deaths" shares only "aid" with the aid-convoy
    # killing: one word, but the word that names what was hit, and that no other event of those
    # days is named by. Words shared with events it names no anchor of ("Gaza") are no rival.
    named = [t for t in pool if t.anchors & mine]
    if len(named) != 1:
        return None
    t = named[0]
    return t if any(owned(t, w) for w in t.anchors & mine) else None


def attach_mentions(clusters: list[Cluster], events: Iterable[Event], articles: Iterable[Article],
                    duplicates: Mapping[str, str] | None = None) -> dict[str, Mention]:
    """Record each mentioning article on its canonical event's `mentions` (sources and figures unchanged)."""
    found = link_mentions(clusters, events, articles, duplicates)
    by_cluster: dict[str, list[str]] = {}
    for m in found.values():
        by_cluster.setdefault(m.cluster_id, []).append(m.article_id)
    for c in clusters:
        c.mentions = sorted(set(c.mentions) | set(by_cluster.get(c.id, ())))
    return found
