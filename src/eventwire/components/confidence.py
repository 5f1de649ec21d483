"""A learned confidence: a logistic model's probability that a violent event matches a gold event.

Weights come from `benchmarks/train_confidence.py` (data/confidence_v1.json). Political events keep their confidence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.components.confidence_features import NAMES, DocContext, features
from eventwire.errors import PipelineError
from eventwire.evaluate.common import is_violent
from eventwire.pipeline.workdoc import WorkDoc

WEIGHTS = "confidence_v1.json"


@lru_cache(maxsize=4)
def load_weights(name: str = WEIGHTS) -> dict[str, Any]:
    """The bundled weights file; its feature list must be the code's."""
    model: dict[str, Any] = json.loads(resources.files("eventwire").joinpath(f"data/{name}").read_text("utf-8"))
    if tuple(model["features"]) != NAMES or len(model["weights"]) != len(NAMES):
        raise PipelineError(f"{name}: its features differ from confidence_features.NAMES; retrain it "
                            "(python benchmarks/train_confidence.py)")
    return model


def probability(model: dict[str, Any], f: dict[str, float]) -> float:
    """The logistic model's probability for one feature dict."""
    z = model["intercept"] + sum(w * f[n] for n, w in zip(NAMES, model["weights"], strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def _frames(doc: WorkDoc, ctx: DocContext) -> dict[int, float]:
    """Sentence → the highest confidence of a political event (PLOVER only, no ACLED type) told in it."""
    out: dict[int, float] = {}
    for k in doc.events:
        if k.event_type is None and k.plover is not None:
            for i in ctx.sents[id(k)]:
                out[i] = max(out.get(i, 0.0), k.confidence)
    return out


def make(min_confidence: float = 0.0, score: bool = True, weights: str = WEIGHTS) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `confidence.learned.v1`; violent events below `min_confidence` are dropped with a decision.

    `score=False` only records the features in `doc.meta["confidence_features"]` (the training script's dump).
    """
    model = load_weights(weights) if score else None

    def confidence(doc: WorkDoc) -> WorkDoc:
        violent = [e for e in doc.events if is_violent(e)]
        if not violent:
            return doc
        table = doc.meta.setdefault("confidence_features", {}) if model is None else None
        dropped = set()
        ctx = DocContext(doc, violent)
        frames = _frames(doc, ctx)
        for e in violent:
            f = features(doc, e, violent, ctx)
            if model is None:
                assert table is not None
                table[e.id] = f
                continue
            p = round(probability(model, f), 3)
            # "Ukraine condemned the Russian strike on Odesa": the political act framing the attack stays the
            # sentence's most confident event (the PLOVER scorer and users pick the top one).
            cap = max((frames[i] for i in ctx.sents[id(e)] if i in frames), default=None)
            e.confidence = p if cap is None else round(max(min(p, cap - 0.01), 0.0), 3)
            if p < min_confidence:
                dropped.add(id(e))
                doc.decisions.append({"stage": "confidence", "status": "low_confidence", "text": e.sub_event_type,
                                      "reason": f"{e.id}: learned confidence {p} < {min_confidence}"})
        if dropped:
            doc.events = [e for e in doc.events if id(e) not in dropped]
        return doc

    return confidence
