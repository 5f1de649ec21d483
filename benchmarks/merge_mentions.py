"""Which rule links which mentions in each train window, and what each window's mentions rest on.

    python benchmarks/merge_mentions.py --cache /tmp/events.json
Mentions are the articles with no violent event (or only violent events no other report tells: an
orphan) linked to a canonical event (`merge.mentions`); a mention is right when the train gold label
of the article is the label most of the event's train reports carry. For each window it prints right /
wrong mentions per rule ("words": rare shared words with an anchor, "sole_anchor", "similar": headline
similarity on a key word, "place": a close one on the event's place, "toll": a figure only that event
gives, "chain": close to one of the event's mentions), the anchor kinds the
anchored rules rest on, and the leave-one-window-out view: the window's mentions when the anchor
kinds that no other window's mentions use are taken away (with and without the similarity rule).
A window that gets none then rests on evidence only it has, and says nothing of windows to come.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eventwire.merge.mentions as mm  # noqa: E402
from eventwire.merge import merge_events  # noqa: E402
from merge_outlets import GOLD, extract_all, lead_event, load_articles  # noqa: E402

Tally = dict[str, dict[str, list[int]]]  # window -> rule -> [right, wrong]


@contextmanager
def patched(**values: object) -> Iterator[None]:
    """merge.mentions' module constants set meanwhile."""
    old = {k: getattr(mm, k) for k in values}
    for k, v in values.items():
        setattr(mm, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(mm, k, v)


def study(cache: Path | None) -> None:
    """Print the per-window, per-rule tally and the leave-one-window-out anchor view."""
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = load_articles(gold)
    per_doc = extract_all(arts, cache)
    events = [e for evs in per_doc.values() for e in evs]
    clusters = merge_events(events, articles=arts, mentions=False)
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    train = {g["doc"]: g for g in gold if g["split"] == "train"}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, g in train.items():
        if (lead := lead_event(per_doc[doc])) is not None:
            labels[cluster_of[lead.id]][g["gold"]] += 1
    major = {c: n.most_common(1)[0][0] for c, n in labels.items()}

    def run() -> tuple[Tally, dict[str, mm.Mention]]:
        found = mm.link_mentions(clusters, events, arts)
        tally: Tally = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for doc, m in found.items():
            if doc in train:
                win = train[doc].get("window") or "ucdp"
                tally[win][m.rule][0 if major.get(m.cluster_id) == train[doc]["gold"] else 1] += 1
        return tally, found

    tally, found = run()
    kind_of = {w: k for k, ws in mm.SITE_ANCHORS.items() for w in sorted(ws)}
    rests: dict[str, Counter[str]] = defaultdict(Counter)  # window -> anchor kinds its anchored mentions use
    for doc, m in found.items():
        if doc in train and m.rule in ("words", "sole_anchor"):
            # A site word names its kind; a mention resting on no site word rests on the attacker's name.
            rests[train[doc].get("window") or "ucdp"].update({kind_of[w] for w in m.words if w in kind_of}
                                                              or {"attacker"})
    print(f"{'window':8} {'rule':12} {'right':>5} {'wrong':>5}")
    for win in sorted(tally):
        for rule, (right, wrong) in sorted(tally[win].items()):
            print(f"{win:8} {rule:12} {right:5d} {wrong:5d}")
    print("\nanchor kinds of the anchored mentions, and the window's mentions without the kinds only it uses")
    for win in sorted(rests):
        others = set().union(*(set(c) for w, c in rests.items() if w != win))
        own = sorted(set(rests[win]) - others)
        cut: dict[str, object] = {"SITE_ANCHORS": {k: (frozenset() if k in own else v) for k, v in mm.SITE_ANCHORS.items()}}
        if "attacker" in own:
            cut["country_word"] = lambda cc: None  # no distant attacker's name is an anchor
        with patched(**cut, MIN_COSINE=99.0):
            without, _ = run()
        with patched(**cut):
            with_sim, _ = run()

        def right(t: Tally, w: str = win) -> int:
            return sum(rw[0] for rw in t.get(w, {}).values())
        print(f"{win:8} kinds {dict(rests[win])}; only its own: {own or '-'}; without them: "
              f"{right(without)} right (anchored rules), {right(with_sim)} with similarity")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="events cache written by merge_outlets.py --cache")
    study(ap.parse_args().cache)


if __name__ == "__main__":
    main()
