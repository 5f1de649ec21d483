"""Hand-built events for the merge tests (facts only: places, coordinates, dates)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from eventwire.merge import merge_events
from eventwire.merge.mentions import link_mentions
from eventwire.model import Actor, Article, Count, DateSpan, Event, Evidence, Location, Plover

KYIV = dict(name="Kyiv", geonameid=703448, lat=50.4547, lon=30.5238, country_code="UA", admin1="Kyiv City",
            feature_code="PPLC", precision=1)
BROVARY = dict(name="Brovary", geonameid=711660, lat=50.5114, lon=30.7903, country_code="UA",
               admin1="Kyiv Oblast", feature_code="PPL", precision=1)
KHARKIV = dict(name="Kharkiv", geonameid=706483, lat=49.9808, lon=36.2527, country_code="UA",
               admin1="Kharkiv Oblast", feature_code="PPLA", precision=1)
QATANA = dict(name="Qatana", geonameid=163806, lat=33.4378, lon=36.0781, country_code="SY",
              admin1="Rif-dimashq", feature_code="PPLA2", precision=1)

KABUL = dict(name="Kabul", geonameid=1138958, lat=34.5281, lon=69.1723, country_code="AF", admin1="Kabul",
             feature_code="PPLC", precision=1)
# Facts only (GeoNames): the Gaza Strip is an admin1 of PS; Rafah lies in it; Israel borders it.
STRIP = dict(name="Gaza Strip", geonameid=281132, lat=31.41667, lon=34.33333, country_code="PS", admin1="Gaza Strip",
             feature_code="ADM1", precision=3, text="Gaza")
RAFAH = dict(name="Rafah", geonameid=281129, lat=31.29722, lon=34.24357, country_code="PS", admin1="Gaza Strip",
             feature_code="PPL", precision=1, text="Rafah")
ISRAEL = dict(name="Israel", geonameid=294640, lat=31.5, lon=34.75, country_code="IL", admin1=None,
              feature_code="PCLI", precision=3, text="Israel")
ISRAEL_ARMY = [Actor(name="Military Forces of Israel", country_code="IL", sector="MIL", role="actor")]
GUNMEN = [Actor(name="Unidentified Armed Group (Afghanistan)", country_code="AF", sector="UAG", role="actor"),
          Actor(name="Civilians (Afghanistan)", country_code="AF", sector="CVL", role="recipient")]


def strike(
    eid: str,
    source: str,
    killed: int | None = 4,
    *,
    place: dict | None = None,
    day: date = date(2025, 6, 6),
    sub: str = "Air/drone strike",
    etype: str = "Explosions/Remote violence",
    article: str | None = None,
    text: str | None = None,
    actors: list[Actor] | None = None,
    injured: int | None = None,
) -> Event:
    """A Russian air strike on Kyiv as one outlet reported it."""
    return Event(
        id=eid,
        event_type=etype,
        sub_event_type=sub,
        plover=Plover(event="ASSAULT", mode="aerial"),
        date=DateSpan(start=day, end=day, precision="day", text="overnight"),
        location=Location(**(place or KYIV)),
        actors=actors if actors is not None else [
            Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor"),
            Actor(name="Civilians (Ukraine)", country_code="UA", sector="CVL", role="recipient"),
        ],
        fatalities=Count(low=killed, best=killed, text=text or (f"{killed} killed" if killed else None)),
        injured=Count(low=injured, best=injured),
        article_ids=[article or f"art_{eid}"],
        sources=[source],
        confidence=0.7,
    )


def roundup(ev: Event, n: int = 4) -> list[Event]:
    """The event as one item of a daily roundup: its article also reports `n` strikes elsewhere."""
    fillers = [strike(f"{ev.id}_f{k}", ev.sources[0], None, place=QATANA, article=ev.article_ids[0],
                      sub="Grenade") for k in range(n)]
    return [ev, *fillers]


def same_cluster(events: list[Event], a: str, b: str) -> bool:
    """Whether two events end up in one cluster when all `events` are merged."""
    from eventwire.merge import EventMerger

    m = EventMerger()
    m.add(events)
    return m.cluster_of(a) == m.cluster_of(b)


def headline_reports(day: date, headlines: tuple[tuple[str, str], ...], **kw: Any) -> list[Event]:
    """One Kabul event of five dead told by each (outlet, headline), the headline its evidence; `kw` goes to strike()."""
    out = []
    for k, (outlet, headline) in enumerate(headlines):
        ev = strike(f"ev_h{k}", outlet, 5, place=KABUL, day=day, **kw)
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline,
                                supports=["event_type"])]
        out.append(ev)
    return out


def wedding_hall(day: date) -> list[Event]:
    """Three outlets' headlines of one shooting at a Kabul wedding hall (no struck-site kind, no named attacker)."""
    return headline_reports(day, (
        ("afp", "Gunmen kill five guests at Kabul wedding hall"),
        ("ap", "Five guests shot dead at wedding hall in Kabul"),
        ("bbc", "Kabul wedding hall shooting leaves five guests dead")),
        sub="Attack", etype="Violence against civilians", actors=list(GUNMEN))


def next_day_links(events: list[Event], day: date, *texts: str) -> tuple[list[Any], dict[str, Any]]:
    """The day's `events` merged, and the next-day wire articles `texts` linked as mentions of them (by article id)."""
    clusters = merge_events(events, mentions=False)
    arts = [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=day) for e in events]
    arts += [Article(id=f"art_{k}", text=t, source="wire", published=day + timedelta(days=1))
             for k, t in enumerate(texts)]
    return clusters, link_mentions(clusters, events, arts)


def next_day_mentions(events: list[Event], day: date, *texts: str) -> dict[str, str]:
    """The next-day wire articles linked as mentions of the day's `events`, with the rule that linked each."""
    return {a: m.rule for a, m in next_day_links(events, day, *texts)[1].items()}


@contextmanager
def switch(module: object, name: str, value: int) -> Iterator[None]:
    """A module's rule switch (e.g. merge.mentions.TOLLS) set meanwhile."""
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


def assert_last_windows_apart(*window_sets: dict[str, tuple[str, int]]) -> None:
    """The last set's windows keep more than 3 days from every other window, earlier sets' and each other's."""
    spans = [(date.fromisoformat(f), n) for ws in window_sets for f, n in ws.values()]
    days = [[d + timedelta(k) for k in range(n)] for d, n in spans]
    first = len(spans) - len(window_sets[-1])
    for i, a in enumerate(days[first:], first):
        for j, b in enumerate(days):
            if j != i:
                assert min(abs((x - y).days) for x in a for y in b) > 3


S15_DAY = date(2024, 3, 5)


def told(eid: str, outlet: str, text: str, killed: int | None = None, etype: str = "Explosions/Remote violence",
         sub: str = "Air/drone strike", place: dict = STRIP, day: date = S15_DAY, toll: str | None = None) -> Event:
    """One outlet's headline of an Israeli strike (in the Gaza Strip), its evidence the headline (`toll`: the toll's
    own text, else "N killed")."""
    ev = strike(eid, outlet, killed, place=place, day=day, actors=list(ISRAEL_ARMY), etype=etype, sub=sub, text=toll)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def site_raid(name: str = "Al-Nasr") -> list[Event]:
    """One raid on a named hospital in the Gaza Strip, told as a clash by one outlet and as a development by another."""
    return [told("ev_v", "reuters", f"Army reports 40 gunmen killed in fighting inside {name} hospital",
                 etype="Battles", sub="Armed clash", killed=40),
            told("ev_o", "bbc", f"Soldiers forced detainees to strip in {name} hospital raid",
                 etype="Strategic developments", sub="Other")]
