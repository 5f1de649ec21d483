"""A learned confidence: a logistic model's probability that a violent event matches a gold event.

Weights come from `benchmarks/train_confidence.py` (data/confidence_v1.json). Political events keep their confidence,
and so do violent events of a kind the model saw too rarely in training (the file's `keep_hand_set_for`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.components.confidence_features import NAMES, DocContext, features, is_political_act
from eventwire.errors import PipelineError
from eventwire.model import Event, is_violent
from eventwire.pipeline.workdoc import WorkDoc

WEIGHTS = "confidence_v1.json"
# Where a political act's clause ends: "Zelensky spoke with Biden, and Russian forces shelled Kharkiv" reports both.
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|yet)\b|\sbut\s", re.I)


@lru_cache(maxsize=4)
def load_weights(name: str = WEIGHTS) -> dict[str, Any]:
    """The bundled weights file; its feature list must be the code's."""
    try:
        model: dict[str, Any] = json.loads(resources.files("eventwire").joinpath(f"data/{name}").read_text("utf-8"))
    except FileNotFoundError as exc:
        raise PipelineError(f"confidence weights {name!r} not found in eventwire/data") from exc
    if tuple(model["features"]) != NAMES or len(model["weights"]) != len(NAMES):
        raise PipelineError(f"{name}: its features differ from confidence_features.NAMES; retrain it "
                            "(python benchmarks/train_confidence.py)")
    return model


def probability(model: dict[str, Any], f: dict[str, float]) -> float | None:
    """The logistic model's probability for one feature dict; None for a kind it keeps the hand-set confidence of."""
    if any(f[n] for n in model.get("keep_hand_set_for", ())):
        return None
    z = model["intercept"] + sum(w * f[n] for n, w in zip(NAMES, model["weights"], strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def framing_caps(doc: WorkDoc, ctx: DocContext) -> dict[int, float]:
    """Violent trigger start → the confidence of the political act framing it: told before it, in the same clause."""
    # The attack is the act's object ("accused Russia of shelling Kharkiv", "condemned the strike") or its cause
    # ("suspended aid after two vehicles were hit", "threatened martial law as battles raged"): the act is the news.
    acts = sorted(((a, b, k) for k in doc.events if is_political_act(k) for a, b in ctx.spans[id(k)]),
                  key=lambda t: t[:2])
    starts = [a for a, _, _ in acts]
    attacks = sorted({a for e in ctx.violent for a, _ in ctx.spans[id(e)]})
    out: dict[int, float] = {}
    for i, (_, end, k) in enumerate(acts):
        si = doc.sentence_of(end - 1)
        if si < 0:
            continue
        # The clause runs to the next political act of the sentence, a coordinate break or the sentence's end.
        stop = min(starts[i + 1] if i + 1 < len(acts) else len(doc.text), doc.sentences[si].end)
        cut = _CLAUSE_END.search(doc.text, end, stop)
        stop = cut.start() if cut else stop
        for a in attacks[bisect_left(attacks, end) : bisect_left(attacks, stop)]:
            out[a] = max(out.get(a, 0.0), k.confidence)
    return out


def _first_span(ctx: DocContext, e: Event) -> tuple[int, int]:
    return min(ctx.spans.get(id(e)) or [(0, 0)])


def make(min_confidence: float = 0.0, score: bool = True, weights: str = WEIGHTS) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `confidence.learned.v1`; violent events whose confidence (as shown) is below `min_confidence` are
    dropped with a decision.

    `score=False` only records the features in `doc.meta["confidence_features"]` (the training script's dump).
    """
    if not score and min_confidence > 0:
        raise PipelineError("confidence.learned.v1: min_confidence needs score=true (score=false sets no confidence)")
    model = load_weights(weights) if score else None

    def confidence(doc: WorkDoc) -> WorkDoc:
        violent = [e for e in doc.events if is_violent(e)]
        if not violent:
            return doc
        table = doc.meta.setdefault("confidence_features", {}) if model is None else None
        dropped = set()
        ctx = DocContext(doc, violent)
        caps = framing_caps(doc, ctx) if model is not None else {}
        for e in violent:
            f = features(doc, e, violent, ctx)
            if model is None:
                assert table is not None
                table[e.id] = f
                continue
            p = probability(model, f)
            value = f["old_confidence"] if p is None else round(p, 3)
            # "Ukraine accused Russia of shelling Kharkiv": the act framing the attack stays the sentence's most
            # confident event (the PLOVER scorer and users pick the top one).
            cap = max((caps[a] for a, _ in ctx.spans.get(id(e), ()) if a in caps), default=None)
            e.confidence = value if cap is None else round(max(min(value, cap - 0.01), 0.0), 3)
            if e.confidence < min_confidence:
                dropped.add(id(e))
                a, b = _first_span(ctx, e)
                learned = "hand-set (a kind the model saw too rarely)" if p is None else f"learned p {round(p, 3)}"
                doc.decisions.append({
                    "stage": "confidence", "status": "low_confidence", "text": doc.text[a:b], "start": a, "end": b,
                    "confidence": e.confidence, "probability": None if p is None else round(p, 3),
                    "reason": f"{e.sub_event_type} {e.id}: confidence {e.confidence} < {min_confidence} ({learned}"
                              + (f", capped under the framing act's {cap}" if cap is not None else "") + ")"})
        if dropped:
            doc.events = [e for e in doc.events if id(e) not in dropped]
        return doc

    return confidence
