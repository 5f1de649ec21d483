"""Mention links that a changed setting adds or removes on unlabelled Gaza days: the precision check of a mention rule.

    python benchmarks/merge_unlabelled.py --cache /tmp/unlabelled.json --set CHAIN_COSINE=0.2
    python benchmarks/merge_unlabelled.py --cache /tmp/unlabelled.json --set MIN_COSINE=0.1 --sample 7:24
The gold windows hold keyword headlines only, so a rule fitted there meets few of the day's other
news (truce talks, aid ships, explainers). This samples two-day spans of the Gaza headline files at
least four days from any merge gold day (`--sample SEED:N`: N first days drawn with the seed, linked
alone; the default is the four samples read in rounds 14-16), extracts their events once (`--cache`), links
mentions with the defaults and with `--set` (a constant of merge.mentions in capitals, or a
MergeConfig field), and prints each link the setting adds or removes with the linked event's
reports, to be read by eye. No labels: a rule is kept when what it adds reads as its event's news.
Headlines whose id hashes to the held-aside split (`eventwire.evaluate.gold.split_of`) are left out of
every sample (`--every` keeps them, as rounds 14-16 did), so no held-aside text is extracted or read. The
id is the repository's (`gaza-NNNNN`, `gaza-bbc-NNNNN`, `gaza-wsj-NNNNN`: `gold_pick_s6.HEADLINE_FILES`, the
ids the held-aside headline gold was drawn by) and, for every file, `file:line` too (the CNN blog has no
other): a headline is left out when either hashes to held-aside. The cache keeps events by `file:line`;
a sample's headlines that it lacks are extracted and added to it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eventwire.merge.mentions as mm  # noqa: E402
from eventwire.evaluate.gold import split_of  # noqa: E402
from eventwire.merge import find_near_duplicates, merge_events  # noqa: E402
from eventwire.merge.types import MergeConfig  # noqa: E402
from eventwire.model import Article, Event  # noqa: E402
from gold_pick_s6 import HEADLINE_FILES  # noqa: E402
from merge_outlets import GOLD, extract_all, gaza_headlines  # noqa: E402
from merge_windows import setting  # noqa: E402

SAMPLES = ("7:24", "11:30", "23:30", "41:40")  # the spans read in rounds 14-16


def head_ids(h: dict) -> list[str]:
    """A headline's ids: `file:line`, and the repository's (`gaza-00042`) for the files that have one."""
    prefix = HEADLINE_FILES.get(h["file"])
    return [f"{h['file']}:{h['line']}"] + ([f"{prefix}-{h['line']:05d}"] if prefix else [])


def held(h: dict) -> bool:
    """Any of the headline's ids hashes to the held-aside split."""
    return any(split_of(i) == "heldout" for i in head_ids(h))


def unlabelled(samples: list[str], every: bool = False) -> list[Article]:
    """The headlines of the sampled two-day spans, away from the Gaza gold days (one sample is linked alone).

    Headlines with an id that hashes to the held-aside split (`held`) are left out unless `every`: an
    unlabelled sample is drawn from dev-hash texts only (rounds 14-16 read all of a span).
    """
    near: set[date] = set()
    for line in GOLD.open(encoding="utf-8"):
        g = json.loads(line)
        if g["corpus"] == "gaza":
            d = date.fromisoformat(g["published"])
            near.update(d + timedelta(k) for k in range(-4, 5))
    heads = [h for h in gaza_headlines() if date.fromisoformat(h["day"]) not in near]
    days = sorted({h["day"] for h in heads})
    picked: set[str] = set()
    for spec in samples:
        seed, n = (int(x) for x in spec.split(":"))
        for d in random.Random(seed).sample(days, n):
            picked.update({d, (date.fromisoformat(d) + timedelta(1)).isoformat()})
    arts: dict[str, Article] = {}
    for h in heads:
        if h["day"] in picked:
            if not every and held(h):
                continue
            key = f"{h['file']}:{h['line']}"
            arts[key] = Article(id=key, text=h["text"], source=h["outlet"], published=date.fromisoformat(h["day"]))
    return list(arts.values())


def events_of(arts: list[Article], cache: Path) -> dict[str, list[Event]]:
    """Events per article: from the cache where it holds them, the rest extracted and added to it."""
    # A cache written by another draw (a default run, then `--every` or another `--sample`) lacks some ids.
    per_doc = extract_all([], cache) if cache.exists() else {}
    missing = [a for a in arts if a.id not in per_doc]
    if missing or not cache.exists():
        per_doc |= extract_all(missing, None)
        cache.write_text(json.dumps({k: [e.model_dump(mode="json") for e in v] for k, v in per_doc.items()}))
    return per_doc


def changed(arts: list[Article], per_doc: dict[str, list[Event]], name: str, value: str) -> None:
    """Print the links the setting adds and removes, each with up to five of the linked event's reports."""
    events = [e for evs in per_doc.values() for e in evs]
    text = {a.id: a.text for a in arts}
    first = {e.id: text[e.article_ids[0]] for e in events if e.article_ids and e.article_ids[0] in text}
    dups = find_near_duplicates(arts)  # the copies the store finds (`eventwire merge`)

    def links(config: MergeConfig | None) -> tuple[dict[str, mm.Mention], dict[str, list[str]]]:
        clusters = merge_events(events, articles=arts, duplicates=dups, config=config, mentions=False)
        told = {c.id: [first[m] for m in c.member_ids if m in first] for c in clusters}
        return mm.link_mentions(clusters, events, arts, dups), told
    before, told_before = links(None)
    with setting(name, value) as config:
        after, told_after = links(config)
    added = {a: m for a, m in after.items() if a not in before or before[a].cluster_id != m.cluster_id}
    removed = {a: m for a, m in before.items() if a not in after or after[a].cluster_id != m.cluster_id}
    print(f"{len(arts)} articles; links {len(before)} -> {len(after)}: {len(added)} added, {len(removed)} removed")
    for tag, found, told in (("ADDED", added, told_after), ("REMOVED", removed, told_before)):
        for a, m in sorted(found.items()):
            print(f"{tag} {m.rule} {m.score} {text[a][:110]!r}")
            for t in told[m.cluster_id][:5]:
                print(f"      -> {t[:100]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="events of the sampled days (JSON), written once")
    ap.add_argument("--set", required=True, metavar="NAME=VALUE", help="the setting to compare with the defaults")
    ap.add_argument("--sample", action="append", default=None, metavar="SEED:N", help="two-day spans drawn (repeatable)")
    ap.add_argument("--every", action="store_true", help="keep held-aside-hash headlines too (rounds 14-16's draw)")
    args = ap.parse_args()
    samples = args.sample or list(SAMPLES)
    if args.every:
        print("--every: the samples include headlines whose id hashes to held-aside; read dev-hash samples only",
              file=sys.stderr)
    per_doc = events_of(unlabelled(samples, args.every), args.cache)
    name, value = args.set.split("=", 1)
    for spec in samples:  # each sample alone, as read in rounds 14-15
        arts = unlabelled([spec], args.every)
        print(f"## sample {spec}: ", end="")
        changed(arts, {a.id: per_doc[a.id] for a in arts}, name, value)


if __name__ == "__main__":
    main()
