"""Merge round-10 rules: an unplaced report's victims are not its place; aid workers as a struck target."""

from __future__ import annotations

import sys
from pathlib import Path

from merge_helpers import same_cluster
from test_merge_round9 import ISRAEL_ARMY, STRIP, report

from eventwire.merge.features import struck_sites, to_rec
from eventwire.merge.similarity import sites_differ
from eventwire.model import Actor, Event

US_FORCES = [Actor(name="Military Forces of the United States", country_code="US", sector="MIL", role="recipient")]
UK = [Actor(name="United Kingdom", country_code="GB", sector="GOV", role="recipient")]
NIGERIA_ARMY = [Actor(name="Military Forces of Nigeria", country_code="NG", sector="MIL", role="recipient")]


def _unplaced(eid: str, outlet: str, headline: str, actors: list[Actor], *, sub: str = "Attack",
              etype: str = "Violence against civilians") -> Event:
    """One outlet's headline that names no place, with the given actors."""
    ev = report(eid, outlet, None, headline, sub=sub, etype=etype)
    ev.location = None
    ev.actors = list(actors)
    return ev


def test_victims_nationality_is_not_where_a_strike_happened() -> None:
    citizen = _unplaced("ev_us", "cnn", "A dual citizen was killed in the strike on a convoy, US official says",
                        US_FORCES, sub="Air/drone strike", etype="Explosions/Remote violence")
    briton = _unplaced("ev_gb", "cnn", "UK seeks information on death of British aid worker", UK)
    assert to_rec(0, citizen).unplaced and to_rec(1, briton).unplaced
    # The attacker's country still places a report that names no place.
    attacker = _unplaced("ev_il", "ap", "Israeli forces kill 3 in raid", ISRAEL_ARMY, sub="Air/drone strike",
                         etype="Explosions/Remote violence")
    assert to_rec(2, attacker).country == "IL"
    # A battle's both sides fight where it happens: "Nigeria military says kills 300 militants".
    clash = _unplaced("ev_ng", "reuters", "Military says kills 300 militants in counter offensive", NIGERIA_ARMY,
                      sub="Armed clash", etype="Battles")
    assert to_rec(3, clash).country == "NG"


def test_aid_workers_are_a_struck_target_that_never_separates_reports() -> None:
    assert "aid workers" in struck_sites(report("a", "x", None, "Biden in touch with World Central Kitchen founder"))
    assert "aid workers" in struck_sites(report("b", "x", None, "Military investigating aid worker killings"))
    assert "aid workers" not in struck_sites(report("c", "x", None, "Aid trucks enter Gaza"))
    workers = to_rec(0, report("ev_w", "ap", 7, "Strike kills 7 aid workers"))
    convoy = to_rec(1, report("ev_c", "bbc", 7, "Strike on aid convoy kills 7"))
    hospital = to_rec(2, report("ev_h", "cnn", 7, "Strike near hospital kills 7", damage=("hospital",)))
    assert not sites_differ(workers, convoy) and not sites_differ(workers, hospital)


def test_an_unplaced_reaction_joins_the_strike_on_aid_workers_of_its_day() -> None:
    strike = [report(f"ev_s{k}", o, 7, "Israeli strike kills 7 World Central Kitchen aid workers in Gaza",
                     place=STRIP) for k, o in enumerate(("ap", "bbc", "nyt"))]
    bombing = [report(f"ev_b{k}", o, 40, "Forty killed in strike on tent camp", place=STRIP)
               for k, o in enumerate(("aj", "wsj"))]
    briton = _unplaced("ev_gb", "cnn", "UK seeks information on death of British aid worker", UK,
                       sub="Air/drone strike", etype="Explosions/Remote violence")
    other = _unplaced("ev_o", "cbs", "Officials say inquiry under way", [], sub="Air/drone strike",
                      etype="Explosions/Remote violence")
    events = [*strike, *bombing, briton, other]
    assert not same_cluster(events, "ev_s0", "ev_b0")
    assert same_cluster(events, "ev_gb", "ev_s0")
    assert not same_cluster(events, "ev_gb", "ev_b0")
    assert not same_cluster(events, "ev_o", "ev_s0")  # no shared target: stays apart


def test_the_benchmark_loader_drops_trailing_database_field_lines() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from merge_outlets import _headline

    assert _headline("Youth Leader Shot Dead in Mogadishu\nCR \tDalsan Radio") == "Youth Leader Shot Dead in Mogadishu"
    assert _headline("Man killed at LoC\n\nAU \t\nA. Writer") == "Man killed at LoC"
    assert _headline("Two lines\nof one headline") == "Two lines\nof one headline"
