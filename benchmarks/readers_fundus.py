"""Ad hoc: read fundus pages with eventwire.readers and compare title/date/body to fundus' expected parse."""
import ast
import glob
import json
import os
import re
import time
from collections import Counter

from eventwire.model import Article
from eventwire.readers import ReadOptions, read_sources

ROOT = "/work/shared/data/news/fundus_testdata"
def toks(s): return re.findall(r"\w+", s.lower())
stats = Counter(); t0 = time.perf_counter(); f1s = []
pages = sorted(glob.glob(f"{ROOT}/*/*.html.gz"))
for p in pages:
    pub = os.path.basename(p).rsplit("_", 3)[0]
    exp_path = os.path.join(os.path.dirname(p), pub + ".json")
    [item] = list(read_sources([p], ReadOptions()))
    stats["pages"] += 1
    if not isinstance(item, Article):
        stats["errors"] += 1; continue
    stats["read"] += 1
    if not os.path.exists(exp_path): continue
    exp = json.load(open(exp_path))
    same_pub = [x for x in pages if os.path.basename(x).rsplit("_", 3)[0] == pub]
    if len(exp) != 1 or len(same_pub) != 1: continue  # version key ↔ file ambiguous
    e = next(iter(exp.values()))
    stats["compared"] += 1
    if e.get("title") and item.title and toks(e["title"]) == toks(item.title)[: len(toks(e["title"]))]:
        stats["title_prefix_match"] += 1
    if e.get("publishing_date"):
        stats["with_date"] += 1
        if item.published_date and str(item.published_date) == e["publishing_date"][:10]:
            stats["date_match"] += 1
    body = ast.literal_eval(e["body"]) if isinstance(e.get("body"), str) else e.get("body") or {}
    gold = " ".join(par for s in body.get("sections", []) for par in s.get("paragraphs", []))
    g, o = Counter(toks(gold)), Counter(toks(item.text))
    if g:
        inter = sum((g & o).values()); pr = inter / max(1, sum(o.values())); rc = inter / sum(g.values())
        f1s.append(2 * pr * rc / max(1e-9, pr + rc))
dt = time.perf_counter() - t0
print(dict(stats)); print(f"body token F1 mean {sum(f1s)/len(f1s):.3f} over {len(f1s)}; {stats['pages']/dt:.1f} pages/s ({dt:.1f}s)")
