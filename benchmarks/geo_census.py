"""Counts-only census of lost choices: which resolver stage made a gold mention's pick differ from the right reading.

    PYTHONPATH=src python benchmarks/geo_census.py CORPUS SPLIT [--rows FILE]

Gold mentions given, as `geoparse.py` scores them. A *lost choice* is a mention whose final pick lies > 161 km from
the gold point, is no mirror image of it (the gold with its longitude or latitude sign flipped lies within 161 km of
the pick), while some record of the name lies within 161 km. For each, the census names the stage that last moved
the pick from a reading within 161 km to one beyond ("prior" when the name's prior already chose a far reading and
no stage moved it off a near one), crossed with: is the winner's / the right reading's country and admin-1 named
(by a recognised name the resolver sees, and literally in the text), which reading is more populous, and their
feature codes. Errors whose name has only far readings ("far namesakes only") are split by what the container the
text states did: none read, a container stood in (country, state or county stated), the pick is a record of the name
the container holds (the text agrees with the pick: the gold point or the record is off), or a guard kept a pick
outside it. It prints counts only: no text, names, ids or coordinates (safe to run on a held-out split).

Instrumentation: the script compiles a traced copy of `resolve.resolve` in memory (an AST pass inserts recording
calls after each term of the scoring loop and each stage of the per-name loop) and swaps it in as the function's
code, and wraps the shared-score passes in the module's namespace. Nothing of it ships; `resolve.py` is unchanged.
The shipped figures are reproduced first (acc@161 of the traced run is printed beside the mention count).
`--rows FILE` (dev only) writes one JSON row per lost choice with its article id and the stage, for reading.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import geoparse as B  # noqa: E402

R = importlib.import_module("eventwire.geoparsing.resolve")  # (the package re-exports the function by that name)

# The scoring loop's terms, named by a piece of their source (first match wins); others by line number.
_TERMS = [
    ("s = pri[i]", "prior"), ("others_named(", "country_named"), ("h_org is None", "country_votes"),
    ("cc == setting", "dateline_country"), ("a1_weight(", "a1_named"), ("0.8 * min(", "admin1_votes"),
    ("a2_named(", "a2_named"), ("h_admin", "admin_hint"), ("h_town", "town_hint"),
    ("h_based", "based_hint"), ("PPLC", "capital_hint"), ("fcl == 'P'", "nearness"), ("box_w", "container"),
    ("box.defined and depth_in", "definition"), ("box.unit", "unit_container"),
]
# Statements of the per-name loop after the terms, named likewise.
_STAGES = [("measured.add", "measured_from"), ("fits_near = {", "distance_fit"), ("stand_in.add", "stand_in"),
           ("country_idx[setting]", "dateline_guess")]
# The final loop's answers, in source order.
_BRANCHES = ["demonym", "district_city", "spelt_twin", "no_record_guess", "own_box_held", "stand_in_town",
             "stray_town", "foreign_subject", "final_ranking"]
_WRAPPED = ("one_sense", "units_holding_choices", "seat_counties", "bare_counties", "local_fit", "named_units",
            "containers")


class _Trace:
    """What one `resolve` call did: per mention, the pick after each stage."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.order: list[str] = []  # the scoring loop's term labels, in code order

    def start(self, cands: list, keys: list[str]) -> None:
        self.calls.append({"cands": cands, "keys": keys, "terms": {}, "stages": {}, "sig": {}, "shared": [],
                           "branch": {}, "units": {}, "inside": {}})

    @property
    def cur(self) -> dict[str, Any]:
        return self.calls[-1]

    def term(self, n: int, i: int, s: float, label: str) -> None:
        self.cur["terms"].setdefault(n, {}).setdefault(i, {})[label] = s

    def stage(self, n: int, sc: dict[int, float], label: str) -> None:
        if sc:
            self.cur["stages"].setdefault(n, []).append((label, max(sc, key=lambda i: sc[i])))

    def memo(self, n: int, sig: tuple, hit: bool) -> None:
        if hit:  # a later mention scored as an earlier one: the same trace
            m = self.cur["sig"][sig]
            self.cur["terms"][n], self.cur["stages"][n] = self.cur["terms"].get(m, {}), self.cur["stages"].get(m, [])
        else:
            self.cur["sig"].setdefault(sig, n)

    def branch(self, n: int, label: str) -> None:
        self.cur["branch"][n] = label


T = _Trace()


def _label(src: str, table: list[tuple[str, str]], line: int) -> str:
    return next((name for piece, name in table if piece in src), f"L{line}")


def _call(name: str, *args: ast.expr) -> ast.Expr:
    return ast.Expr(ast.Call(ast.Attribute(ast.Name("_GC", ast.Load()), name, ast.Load()), list(args), []))


def _traced_terms(stmts: list[ast.stmt]) -> list[ast.stmt]:
    """The statements with a record of `s` after each that changes it (an `if` of several statements: inside)."""
    out: list[ast.stmt] = []
    for st in stmts:
        if isinstance(st, ast.If) and len(st.body) > 1 and not st.orelse:
            st.body = _traced_terms(st.body)
            out.append(st)
            continue
        out.append(st)
        txt = ast.unparse(st)
        if isinstance(st, (ast.If, ast.AugAssign)) or txt.startswith("s = "):
            lab = _label(txt, _TERMS, st.lineno)
            while lab in T.order:
                lab += "'"
            T.order.append(lab)
            out.append(_call("term", *(ast.Name(v, ast.Load()) for v in ("n", "i", "s")), ast.Constant(lab)))
    return out


def _instrument() -> None:
    """Swap a traced compile of `resolve` in as its code; wrap the shared-score passes."""
    src = inspect.getsource(R)
    tree = ast.parse(src)
    fn = next(x for x in tree.body if isinstance(x, ast.FunctionDef) and x.name == "resolve")
    n_, sc_, sig_ = (ast.Name(v, ast.Load()) for v in ("n", "sc", "sig"))
    found = {"terms": 0, "stages": 0, "branches": 0}
    for node in ast.walk(fn):
        if not isinstance(node, ast.For):
            continue
        tgt = ast.unparse(node.target).removeprefix("(").removesuffix(")")
        if tgt == "i, nr":  # the scoring loop: record s after each statement that adds to it
            node.body = _traced_terms(node.body)
            found["terms"] = len(T.order)
        elif tgt == "n, (c, pri)":  # the per-name loop: the pick after each stage that rewrites the scores
            body = []
            seen_inner = False
            for st in node.body:
                txt = ast.unparse(st)
                if isinstance(st, ast.If) and txt.startswith("if sig in score_memo"):
                    st.body.insert(0, _call("memo", n_, sig_, ast.Constant(True)))
                if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "score_memo[sig]":
                    body.append(_call("memo", n_, sig_, ast.Constant(False)))
                body.append(st)
                if isinstance(st, ast.For) and ast.unparse(st.target) == "(i, nr)":
                    seen_inner = True
                    body.append(_call("stage", n_, sc_, ast.Constant("scoring")))
                elif seen_inner and isinstance(st, ast.If):
                    body.append(_call("stage", n_, sc_, ast.Constant(_label(txt, _STAGES, st.lineno))))
                    found["stages"] += 1
            node.body = body
        elif tgt == "n, c":  # the final loop: which branch answered
            k = 0
            for sub in ast.walk(node):
                for field in ("body", "orelse"):
                    stmts = getattr(sub, field, None)
                    if not isinstance(stmts, list):
                        continue
                    for pos in range(len(stmts) - 1, -1, -1):
                        st = stmts[pos]
                        if isinstance(st, ast.Expr) and ast.unparse(st).startswith("out.append("):
                            stmts.insert(pos, _call("branch", n_, ast.Constant(st.lineno)))
                            k += 1
            found["branches"] = k
    if found["terms"] < 10 or found["stages"] < 4 or found["branches"] != len(_BRANCHES):
        raise SystemExit(f"resolve.py no longer has the shape this census instruments: {found}")
    # Branch labels by source order (line numbers → names).
    lines = sorted(int(c.args[1].value) for c in ast.walk(fn) if isinstance(c, ast.Call)  # type: ignore[attr-defined]
                   and isinstance(c.func, ast.Attribute) and c.func.attr == "branch")
    names = dict(zip(lines, _BRANCHES, strict=True))
    for c in ast.walk(fn):
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "branch":
            c.args[1] = ast.Constant(names[c.args[1].value])  # type: ignore[attr-defined]
    # Record the call's mentions once their keys are known.
    pos = next(p for p, st in enumerate(fn.body) if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "keys")
    fn.body.insert(pos + 1, _call("start", ast.Name("cands", ast.Load()), ast.Name("keys", ast.Load())))
    ast.fix_missing_locations(tree)
    code = compile(tree, inspect.getsourcefile(R) or "resolve.py", "exec")
    R.resolve.__code__ = next(c for c in code.co_consts if getattr(c, "co_name", "") == "resolve")
    R.__dict__["_GC"] = T
    for fname in _WRAPPED:
        R.__dict__[fname] = _wrap(fname, R.__dict__[fname])


def _argmax(shared: dict[str, dict[int, float]]) -> dict[str, int]:
    return {k: max(sc, key=lambda i: sc[i]) for k, sc in shared.items() if sc}


def _wrap(fname: str, f: Any) -> Any:
    def run(*args: Any) -> Any:
        out = f(*args)
        if fname == "named_units":
            T.cur["units"] = out
        elif fname == "containers":
            T.cur["inside"] = out
        elif fname == "one_sense":
            T.cur["shared"].append(("one_sense", _argmax(out)))
        elif fname == "units_holding_choices":
            T.cur["shared"].append((fname, _argmax(out)))
        elif fname == "local_fit":
            T.cur["shared"].append((fname, _argmax(args[3])))
        else:
            T.cur["shared"].append((fname, _argmax(args[1])))
        return out

    return run


def _steps(call: dict[str, Any], n: int) -> list[tuple[str, int]]:
    """The pick after each stage for mention `n` of a call: (stage, record index)."""
    terms = call["terms"].get(n) or {}
    steps: list[tuple[str, int]] = []
    if terms:
        last = {i: 0.0 for i in terms}
        for lab in T.order:  # a reading a term skipped (inside an `if`) keeps its score so far
            for i, got in terms.items():
                last[i] = got.get(lab, last[i])
            steps.append((lab, max(last, key=lambda i: last[i])))
    steps += call["stages"].get(n, [])
    k = call["keys"][n]
    for lab, picks in call["shared"]:
        if k in picks:
            steps.append((lab, picks[k]))
    return steps


def _named(units: dict, code: str, key: str) -> bool:
    c = units.get(code)
    return bool(c) and any(k != key for k in c)


def _in_text(text: str, name: str | None) -> bool:
    return bool(name) and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None  # type: ignore[arg-type]


def far_class(gz: Any, call: dict[str, Any], n: int, winner: int | None) -> str:
    """What the stated container did for a far-namesake error: none read, a container stood in (at which depth), the
    pick is a record of the name the container holds (the text agrees with the pick: the gold point or the record is
    off), or the pick lies outside it (a guard kept it)."""
    inside, keys = call["inside"], call["keys"]
    # One sense per discourse, as resolve reads it: the name's first definition, else the mention's own container,
    # else the name's first one (a past-tense definition is not told apart here: counts only, close enough).
    same = sorted((m for m in inside if keys[m] == keys[n]), key=lambda m: call["cands"][m].start)
    defined = [m for m in same if inside[m].defined]
    box = inside[defined[0]] if defined else inside.get(n) or (inside[same[0]] if same else None)
    if box is None or box.best is None:
        return "no container read"
    depth = {1: "country", 2: "state", 3: "county"}.get(box.depth, "other")
    if winner is None:
        return f"stand-in ({depth} stated)"
    held = box.holds(gz, winner)
    return f"pick held by the stated {depth}" if held >= box.depth else f"pick outside the stated {depth} (kept)"


def census(corpus: str, split: str, rows: list[dict] | None = None) -> None:
    """Run gold-mentions-given resolution on one split, traced, and print the counts."""
    from eventwire.geoparsing import default_geoparser

    _instrument()
    gp = default_geoparser()
    gz = gp.gz
    docs = [d for d in B.LOADERS[corpus]() if split == "all" or B.split_of(corpus, d.id) == split]
    n_all = ok_all = 0
    classes: Counter[str] = Counter()
    far: Counter[str] = Counter()  # far namesakes by what the stated container did
    table: Counter[tuple] = Counter()
    margins: dict[str, Counter[str]] = {}
    for d in docs:
        if not d.toponyms:
            continue
        T.calls.clear()
        preds = gp.resolve_given(d.text, [(t.start, t.end) for t in d.toponyms], guesses=True)
        call = T.calls[-1]
        where = {(c.start, c.end): n for n, c in enumerate(call["cands"])}
        for t, p in zip(d.toponyms, preds, strict=True):
            n_all += 1
            km = B._km(t.lat, t.lon, p.lat, p.lon) if p is not None and p.lat is not None else B.MAX_KM
            if km <= 161:
                ok_all += 1
                continue
            n = where.get((t.start, t.end))
            cand = call["cands"][n] if n is not None else None
            ids = list(cand.ids) if cand is not None else []
            if not ids:
                classes["no record"] += 1
                continue
            if p is not None and p.lat is not None and min(
                    B._km(t.lat, -t.lon, p.lat, p.lon), B._km(-t.lat, t.lon, p.lat, p.lon)) <= 161:
                classes["mirror image"] += 1
                continue
            dk = {i: B._km(t.lat, t.lon, float(gz.lat[i]), float(gz.lon[i])) for i in ids}
            near = [i for i in ids if dk[i] <= 161]
            if not near:
                classes["far namesakes only"] += 1
                assert n is not None
                w_far = next((i for i in ids if p is not None and p.geonameid is not None
                              and int(gz.gid[i]) == p.geonameid), None)
                far[far_class(gz, call, n, w_far)] += 1
                continue
            classes["lost choice"] += 1
            assert n is not None
            steps = _steps(call, n)
            fin_label = call["branch"].get(n, "none")
            resolved_best = next((b for lab, b in reversed(steps)), None)
            winner = next((i for i in ids if p is not None and p.geonameid is not None and int(gz.gid[i]) == p.geonameid),
                          None)
            steps.append((fin_label, winner if winner is not None else -1))
            stage = "prior"
            prev = steps[0][1] if steps else -1
            for lab, i in steps[1:]:
                if prev >= 0 and dk.get(prev, B.MAX_KM) <= 161 and (i < 0 or dk.get(i, B.MAX_KM) > 161):
                    stage = lab
                prev = i
            if steps and steps[0][0] == "prior" and steps[0][1] >= 0 and dk.get(steps[0][1], B.MAX_KM) <= 161 and (
                    stage == "prior"):
                stage = "prior?"  # (right prior, no traced move away: an untraced step)
            del resolved_best
            right = min(near, key=lambda i: dk[i])
            key = call["keys"][n]
            units = call["units"]
            w = winner
            feats = {
                "stage": stage,
                "winner_is_record_of_name": w is not None,
                "w_cc_named": w is not None and _named(units, "cc:" + gz.cc[w], key),
                "g_cc_named": _named(units, "cc:" + gz.cc[right], key),
                "w_a1_named": w is not None and bool(gz.admin1[w]) and _named(units, "a1:" + gz.admin1[w], key),
                "g_a1_named": bool(gz.admin1[right]) and _named(units, "a1:" + gz.admin1[right], key),
                "w_cc_in_text": w is not None and gz.cc[w] in gz.country_idx and _in_text(
                    d.text, gz.names[gz.country_idx[gz.cc[w]]]),
                "g_cc_in_text": gz.cc[right] in gz.country_idx and _in_text(d.text, gz.names[gz.country_idx[gz.cc[right]]]),
                "w_a1_in_text": w is not None and _in_text(d.text, gz.admin1_name(gz.admin1[w])),
                "g_a1_in_text": _in_text(d.text, gz.admin1_name(gz.admin1[right])),
                "g_a1_in_first300": _in_text(d.text[:300], gz.admin1_name(gz.admin1[right])),
                "same_cc": w is not None and gz.cc[w] == gz.cc[right],
                "right_more_populous": w is not None and int(gz.pops[right]) > int(gz.pops[w]),
                "w_fcode": gz.fcode[w] if w is not None else (p.feature_code if p is not None else None),
                "g_fcode": gz.fcode[right],
            }
            table[tuple(feats.values())] += 1
            for f, v in feats.items():
                margins.setdefault(f"{stage} | {f}", Counter())[str(v)] += 1
                margins.setdefault(f"ALL | {f}", Counter())[str(v)] += 1
            if rows is not None and split != "test":
                rows.append({"doc": d.id, "start": t.start, "end": t.end, **feats,
                             "steps": [(lab, round(dk.get(i, B.MAX_KM))) for lab, i in steps]})
    print(f"# {corpus} {split}: {n_all} gold mentions, traced acc@161 {100 * ok_all / max(n_all, 1):.1f}")
    print("# error classes:", dict(sorted(classes.items())))
    print("# far namesakes by the stated container:", dict(sorted(far.items())))
    print("# lost choices by the stage that moved the pick off a reading within 161 km (margins):")
    for k in sorted(margins):
        print(k, dict(sorted(margins[k].items())))
    print("# full cross-tab: count, " + ", ".join(["stage", "winner_is_record", "w_cc_named", "g_cc_named",
          "w_a1_named", "g_a1_named", "w_cc_in_text", "g_cc_in_text", "w_a1_in_text", "g_a1_in_text",
          "g_a1_in_first300", "same_cc", "right_more_populous", "w_fcode", "g_fcode"]))
    for key_, v in sorted(table.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(v, *key_)


def main(argv: list[str] | None = None) -> int:
    """Print the census of one corpus and split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", choices=["lgl", "gwn", "wiktor"])
    ap.add_argument("split", choices=["dev", "test", "all"])
    ap.add_argument("--rows", help="dev only: write one JSON line per lost choice (ids and stages) to this file")
    args = ap.parse_args(argv)
    rows: list[dict] | None = [] if args.rows and args.split == "dev" else None
    census(args.corpus, args.split, rows)
    if rows is not None:
        Path(args.rows).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
