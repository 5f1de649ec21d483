"""WikiEvents (KAIROS) scorer: Attack / Die / Injure detection at sentence level.

Mapping (ours → KAIROS): a trigger coded to a violent ACLED type (Battles, Explosions/Remote
violence, Violence against civilians, Riots) or to PLOVER ASSAULT ⇒ Conflict.Attack; a killed
casualty mention (or a trigger for a killing) ⇒ Life.Die; an injured casualty mention ⇒
Life.Injure. A (sentence, kind) pair is one item: gold has it when a KAIROS mention of that kind
has its trigger in the sentence. Negated triggers ("denied that ... attacked") are not counted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from eventwire.evaluate.common import PRF, VIOLENT_TYPES, corpus_path
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

DocRunner = Callable[[Article], WorkDoc]
KINDS = ("Attack", "Die", "Injure")
_KAIROS = {"Conflict.Attack": "Attack", "Life.Die": "Die", "Life.Injure": "Injure"}
_KILL_WORDS = ("kill", "murder", "execut", "assassinat", "massacre")


def default_doc_runner() -> DocRunner:
    """The bundled pipeline, returning the whole WorkDoc."""
    from eventwire.api import load_pipeline

    return load_pipeline()


def load_wikievents() -> list[dict[str, Any]]:
    """Documents as {id, text, spans: [(start, end)], gold: {(sentence, kind)}}.

    The text is rebuilt from the gold sentences, one paragraph each, so sentence offsets are exact.
    """
    path = corpus_path("events", "wikievents", "dev.jsonl")
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        parts, spans, pos = [], [], 0
        for s in d["sentences"]:
            parts.append(s[1])
            spans.append((pos, pos + len(s[1])))
            pos += len(s[1]) + 2
        gold = set()
        for m in d["event_mentions"]:
            kind = _KAIROS.get(".".join(m["event_type"].split(".")[:2]))
            if kind:
                gold.add((m["trigger"]["sent_idx"], kind))
        docs.append({"id": d["doc_id"], "text": "\n\n".join(parts), "spans": spans, "gold": gold})
    return docs


def _sentence(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= offset < b + 2:
            return i
    return -1


def system_items(doc: WorkDoc, spans: list[tuple[int, int]]) -> set[tuple[int, str]]:
    """(gold sentence index, kind) pairs our pipeline asserts."""
    items: set[tuple[int, str]] = set()
    for t in doc.triggers:
        if t.status == "negated":
            continue
        if t.event_type in VIOLENT_TYPES or t.plover == "ASSAULT":
            items.add((_sentence(spans, t.start), "Attack"))
        if any(w in t.text.lower() for w in _KILL_WORDS):
            items.add((_sentence(spans, t.start), "Die"))
    for c in doc.casualties:
        kind = {"killed": "Die", "injured": "Injure"}.get(c.kind)
        if kind:
            items.add((_sentence(spans, c.start), kind))
    return {i for i in items if i[0] >= 0}


def score_wikievents(runner: DocRunner | None = None, limit: int | None = None) -> dict[str, Any]:
    """Sentence-level P/R/F1 per kind and overall (micro) on WikiEvents dev."""
    docs = load_wikievents()[: limit or None]
    per = {k: PRF() for k in KINDS}
    errors: dict[str, int] = {}
    for d in docs:
        try:
            wd = (runner or default_doc_runner())(Article(id=d["id"], text=d["text"]))
            sys_items = system_items(wd, d["spans"])
        except Exception as exc:  # noqa: BLE001 - a failing document is counted, never stops the run
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            sys_items = set()
        for k in KINDS:
            g = {i for i in d["gold"] if i[1] == k}
            s = {i for i in sys_items if i[1] == k}
            per[k].add(PRF(len(g & s), len(s - g), len(g - s)))
    total = PRF()
    for p in per.values():
        total.add(p)
    return {"corpus": "wikievents", "documents": len(docs), "overall": total.as_dict(),
            **{k.lower(): per[k].as_dict() for k in KINDS}, "failed_documents": errors}
