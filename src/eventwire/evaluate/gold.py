"""The eventwire gold set: hand-labelled events of real articles, stored as pointers + labels.

Labels live in benchmarks/gold/events/*.jsonl; each record points at its text in the shared data
folder (never a copy) with the sha1 of that text, so a changed corpus fails loudly.

Scope: violent events (ACLED Battles, Explosions/Remote violence, Violence against civilians,
Riots). Event F1 matches a system event to a gold one by event_type, date ±1 day and location
within 25 km (a gold place given only as a country or an admin-1 region matches on country and
admin-1 instead), greedily. Fatalities exact and sub-type accuracy are judged on those pairs;
location within 25 km is judged on pairs matched by type and date alone, so a wrong place is an
error of the location and not only a missed event.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import (
    PRF,
    DataMissing,
    Extractor,
    Ratio,
    corpus_path,
    default_extractor,
    fatalities_of,
    greedy_match,
    haversine_km,
    injured_of,
    is_violent,
)
from eventwire.evaluate.muc_data import norm
from eventwire.model import Event

GOLD_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "gold" / "events"
SPLIT_SEED = "eventwire-gold-v1"
LOCATION_KM = 25.0


def split_of(record_id: str) -> str:
    """'heldout' for a third of the ids by a seeded hash (fixed before any tuning), else 'dev'."""
    h = int(hashlib.sha1(f"{SPLIT_SEED}:{record_id}".encode()).hexdigest(), 16)
    return "heldout" if h % 3 == 0 else "dev"


@lru_cache(maxsize=16)
def _read(path: Path) -> str:
    # Many gold records point into the same large file: read it once.
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def _lines(path: Path) -> list[str]:
    return _read(path).splitlines()


_REUTERS = re.compile(r'<REUTERS [^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)


def _sgml_field(block: str, tag: str) -> str:
    """One element of a Reuters story, entities unescaped and the end mark dropped; "" when it is absent."""
    m = re.search(f"<{tag}>(.*?)</{tag}>", block, re.S)
    return html.unescape(m.group(1)).replace("\x03", "").strip() if m else ""


@lru_cache(maxsize=8)
def _reuters_stories(path: Path) -> dict[int, str]:
    """Reuters-21578 stories of one .sgm file by NEWID: title, blank line, dateline + body (the wire's own order)."""
    # Latin-1: one file (reut2-017) holds a byte that is not UTF-8; the rest are ASCII.
    out = {}
    for m in _REUTERS.finditer(path.read_text(encoding="latin-1")):
        lead = " ".join(_sgml_field(m.group(2), "DATELINE").split())  # "    BAHRAIN, March 5 - " -> "BAHRAIN, March 5 -"
        body = _sgml_field(m.group(2), "BODY")
        story = f"{lead} {body}" if lead and body else body or lead
        out[int(m.group(1))] = "\n\n".join(p for p in (_sgml_field(m.group(2), "TITLE"), story) if p)
    return out


def source_text(src: dict[str, Any]) -> str:
    """The article text a gold record points at, rebuilt the same way every time."""
    path = corpus_path(*src["path"].split("/"))
    kind = src["kind"]
    if kind == "file":
        return _read(path)
    if kind == "tsv_line":  # a headline file: date, publisher, title, url
        cols = _lines(path)[src["line"] - 1].split("\t")
        title = cols[src.get("column", 2)]
        suffix = f" - {cols[1]}"
        return title[: -len(suffix)] if title.endswith(suffix) else title
    if kind == "fundus":  # fundus expected-parse JSON: title then body paragraphs
        rec = json.loads(_read(path))[src["key"]]
        paras = [p for s in rec["body"]["sections"] for p in s["paragraphs"]]
        return "\n\n".join([rec["title"], *paras])
    if kind == "wikinews":  # one cited source article of a WikinewsSum record
        rec = json.loads(_lines(path)[src["line"]])
        return str(rec["sources"][src["source"]]["maintext"])
    if kind == "reuters":  # one <REUTERS NEWID=...> story of a Reuters-21578 .sgm file
        return _reuters_stories(path)[int(src["newid"])]
    raise ValueError(f"unknown gold source kind {kind!r}")


def kind_of(record: dict[str, Any]) -> str:
    """The source kind of a gold record: isw, fundus, wikinews, reuters, headline, bbc or other."""
    src = record.get("source") or {"kind": "", "path": ""}  # test records may carry no pointer
    if src["kind"] == "tsv_line":
        return "headline"
    if src["kind"] in ("fundus", "wikinews", "reuters"):
        return str(src["kind"])
    path = str(src["path"])
    if "isw_" in path:
        return "isw"
    return "bbc" if "bbc_" in path else "other"


def by_kind(per_document: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Event P/R/F1 per source kind from per-document rows (kind, gold, system, matched)."""
    acc: dict[str, PRF] = {}
    docs: dict[str, int] = {}
    for d in per_document:
        k = d.get("kind", "other")
        acc.setdefault(k, PRF()).add(PRF(d["matched"], d["system"] - d["matched"], d["gold"] - d["matched"]))
        docs[k] = docs.get(k, 0) + 1
    return {k: {"documents": docs[k], **acc[k].as_dict()} for k in sorted(acc)}


def load_gold(split: str | None = None, gold_dir: Path | None = None) -> list[dict[str, Any]]:
    """Gold records with their text attached (key 'text'); split 'dev', 'heldout' or None for all."""
    d = gold_dir or GOLD_DIR
    files = sorted(d.glob("*.jsonl"))
    if not files:
        raise DataMissing(f"no gold files in {d}")
    return [r for f in files for r in load_gold_file(f, split)]


def load_gold_file(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    """One gold file's records of the split (None: all), with their text; other splits' text is never read."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if split and r["split"] != split:
            continue
        text = source_text(r["source"])
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != r["sha1"]:
            raise DataMissing(f"gold {r['id']}: source text changed ({r['source']['path']})")
        r["text"] = text
        out.append(r)
    return out


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def location_ok(g: dict[str, Any], ev: Event) -> bool:
    """Within 25 km of the gold point, or same country (and admin-1) for an area-level gold place."""
    gl, sl = g.get("location"), ev.location
    if not gl or sl is None:
        return False
    if gl.get("lat") is not None and sl.lat is not None and sl.lon is not None:
        return haversine_km(gl["lat"], gl["lon"], sl.lat, sl.lon) <= LOCATION_KM
    if gl.get("lat") is None and gl.get("country_code"):
        if sl.country_code != gl["country_code"]:
            return False
        if not gl.get("admin1"):
            return True
        have = norm(sl.admin1 or sl.name)
        return any(n in have for n in _admin1_spellings(gl["country_code"], gl["admin1"]))
    return False


@lru_cache(maxsize=256)
def _admin1_spellings(country_code: str, admin1: str) -> tuple[str, ...]:
    """The gold's GeoNames admin-1 name and the gazetteer's readable name of that region, normalized."""
    # The gold writes GeoNames admin-1 names ("Kiev", "Odessa"); locations carry the gazetteer's readable ones
    # ("Kyiv Oblast", "Odesa Oblast"). Both spell the same region, so either must match.
    out = [norm(admin1)]
    try:
        from eventwire.gazetteer import load_gazetteer

        gz = load_gazetteer()
    except (ImportError, OSError):
        return tuple(out)
    for i in gz.candidates(admin1):
        if gz.fcode[i] == "ADM1" and gz.cc[i] == country_code and norm(gz.names[i]) == norm(admin1):
            name = gz.admin1_name(gz.admin1[i])
            if name and norm(name) not in out:
                out.append(norm(name))
    return tuple(out)


def date_ok(g: dict[str, Any], ev: Event) -> bool:
    """Event start within a day of the gold date."""
    gd, sd = _day(g.get("date")), ev.date.start
    return bool(gd and sd and abs((sd - gd).days) <= 1)


def _gold_fig(c: dict[str, Any] | None) -> int | None:
    if not c:
        return None
    return c.get("best") if c.get("best") is not None else c.get("low")


def _strict(g: dict[str, Any], ev: Event) -> float | None:
    if g["event_type"] != ev.event_type or not date_ok(g, ev) or not location_ok(g, ev):
        return None
    return 1.0 + (g.get("sub_event_type") == ev.sub_event_type) + (str(ev.date.start) == g.get("date"))


def _relaxed(g: dict[str, Any], ev: Event) -> float | None:
    if g["event_type"] != ev.event_type or not date_ok(g, ev):
        return None
    return 1.0 + location_ok(g, ev) + (_gold_fig(g.get("fatalities")) == fatalities_of(ev))


def score_records(records: list[dict[str, Any]], run: Extractor) -> dict[str, Any]:
    """Score an extractor on loaded gold records."""
    det = PRF()
    fat, inj, loc, sub = Ratio(), Ratio(), Ratio(), Ratio()
    per_doc = []
    errors: dict[str, int] = {}
    for r in records:
        try:
            events = [e for e in run(r["text"], _day(r.get("published"))) if is_violent(e)]
        except Exception as exc:  # noqa: BLE001 - a failing document is counted, never stops the run
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            events = []
        gold = r["events"]
        pairs = greedy_match(gold, events, _strict)
        det.add(PRF(len(pairs), len(events) - len(pairs), len(gold) - len(pairs)))
        for gi, si in pairs:
            fat.add(_gold_fig(gold[gi].get("fatalities")) == fatalities_of(events[si]))
            inj.add(_gold_fig(gold[gi].get("injured")) == injured_of(events[si]))
            sub.add(gold[gi].get("sub_event_type") == events[si].sub_event_type)
        for gi, si in greedy_match(gold, events, _relaxed):
            loc.add(location_ok(gold[gi], events[si]))
        per_doc.append({"id": r["id"], "kind": kind_of(r), "gold": len(gold), "system": len(events), "matched": len(pairs)})
    return {"corpus": "gold", "documents": len(records), "gold_events": sum(len(r["events"]) for r in records),
            "event": det.as_dict(), "fatalities_exact": fat.as_dict(), "injured_exact": inj.as_dict(),
            "sub_event_type_accuracy": sub.as_dict(), "location_within_25km": loc.as_dict(),
            "per_document": per_doc, "failed_documents": errors}


def score_gold(extractor: Extractor | None = None, split: str | None = "heldout",
               limit: int | None = None) -> dict[str, Any]:
    """Event F1, fatalities exact and location within 25 km on a split of the gold set."""
    records = load_gold(split)[: limit or None]
    out = score_records(records, extractor or default_extractor())
    out["split"] = split or "all"
    return out
