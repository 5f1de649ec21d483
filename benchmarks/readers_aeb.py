"""Ad hoc: body-text token P/R/F1 of eventwire's HTML reader on the Scrapinghub article-extraction benchmark."""
import json
import re
import time
from collections import Counter

from eventwire.model import Article
from eventwire.readers import ReadOptions, read_sources

ROOT = str(Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "scrapinghub_aeb")
gt = json.load(open(f"{ROOT}/ground-truth.json"))
def toks(s): return re.findall(r"\w+", s.lower())  # AEB's evaluate.py tokenises on \w+ too (approximately)
P = R = n = errs = 0; t0 = time.perf_counter()
for key, g in sorted(gt.items()):
    path = f"{ROOT}/html/{key}.html.gz"
    [item] = list(read_sources([path], ReadOptions()))
    gold = Counter(toks(g["articleBody"]))
    out = Counter(toks(item.text)) if isinstance(item, Article) else Counter()
    errs += not isinstance(item, Article)
    inter = sum((gold & out).values())
    P += inter / max(1, sum(out.values())) if out else 0
    R += inter / max(1, sum(gold.values())); n += 1
dt = time.perf_counter() - t0
p, r = P / n, R / n
print(f"pages {n} errors {errs} precision {p:.3f} recall {r:.3f} F1 {2*p*r/(p+r):.3f}; {n/dt:.1f} pages/s")
