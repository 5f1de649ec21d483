"""MUC-3/4 loaders: FBIS messages (texts) and their answer-key templates."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from eventwire.evaluate.common import corpus_path

MUC_ROOT = ("events", "muc34", "raw", "CORPORA")
SPLITS = {"dev": ("dev",), "tst1": ("tst1",), "tst2": ("tst2",), "test": ("tst1", "tst2")}
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
_MSG_ID = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b.*$", re.M)
_DATE = re.compile(r"\b(\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]* (\d{2})\b")
_SLOT = re.compile(r"^(\d+)\.\s+([A-Z][A-Z ]+?:\s?[A-Z ]+?)\s{2,}(.*)$")


@dataclass
class MucMessage:
    """One FBIS message: id, body text and the publication date from its dateline."""

    id: str
    text: str
    published: date | None


@dataclass
class MucTemplate:
    """One answer-key template (an incident), reduced to the slots the scorer uses."""

    message_id: str
    index: str
    optional: bool
    types: list[str]  # alternatives, e.g. ["BOMBING", "ATTACK"]
    date_lo: date | None
    date_hi: date | None
    location: str  # the raw slot, e.g. "GUATEMALA: PETEN (DEPARTMENT): FLORES (CITY)"
    places: list[str]  # the names in it, most general first
    perp_orgs: list[str]
    killed: int | None  # summed numbers of DEATH targets; None when unknown or none
    any_killed: bool
    injured: int | None
    any_injured: bool
    slots: dict[str, list[str]] = field(default_factory=dict, repr=False)


def norm(s: str) -> str:
    """Upper-case ASCII with single spaces, for comparing names across scripts and accents."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^A-Za-z0-9 ]", " ", s).upper().split())


def parse_muc_date(s: str) -> date | None:
    """'4 FEB 90' → 1990-02-04."""
    m = _DATE.search(s)
    if not m:
        return None
    day, mon, yy = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
    try:
        return date(1900 + yy if yy > 30 else 2000 + yy, mon, day)
    except ValueError:
        return None


def parse_messages(path: Path) -> list[MucMessage]:
    """Split a MUC text file into messages; the dateline gives the publication date."""
    raw = path.read_text(encoding="latin-1")
    heads = list(_MSG_ID.finditer(raw))
    out = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(raw)
        body = raw[m.end():end].strip("\n")
        dateline = body.split("--", 1)[0] if "--" in body[:300] else body[:200]
        out.append(MucMessage(m.group(1), body, parse_muc_date(dateline)))
    return out


def _slot_values(lines: list[str]) -> dict[str, list[str]]:
    slots: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith(";"):
            continue
        m = _SLOT.match(line)
        if m:
            current = " ".join(m.group(2).split())
            slots[current] = [m.group(3).strip()] if m.group(3).strip() else []
        elif current and line.strip():
            slots[current].append(line.strip())
    return slots


def _quoted(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(q.replace('\\"', "").strip() for q in re.findall(r'"((?:[^"\\]|\\.)*)"', v))
    return [q for q in out if q and q != "-"]


def _count(values_num: list[str], values_eff: list[str], effect: str) -> tuple[int | None, bool]:
    """Sum of target numbers whose effect is `effect`: (total or None if any is not a number, any)."""
    numbers = {}
    for v in values_num:
        m = re.match(r'\??\s*([0-9]+|PLURAL)(?:\s*-\s*[0-9]+)?\s*:\s*(".*)', v)
        if m:
            for q in _quoted([m.group(2)]):
                numbers[q] = m.group(1)
    total: int | None = 0
    hit = False
    for v in values_eff:
        if not v.split(":")[0].strip(" ?").startswith(effect):
            continue
        for q in _quoted([v])[:1]:  # the first alternative names the target
            hit = True
            n = numbers.get(q)
            if n is None or not n.isdigit():
                total = None
            elif total is not None:
                total += int(n)
    return (total if hit else None), hit


def _date_range(v: str) -> tuple[date | None, date | None]:
    v = v.split("/")[0].strip()
    if v in {"", "-", "*"}:
        return None, None
    if v.startswith("-"):  # "- 04 FEB 90": on or before that day (MUC convention)
        hi = parse_muc_date(v)
        return (hi - timedelta(days=31) if hi else None), hi
    parts = [parse_muc_date(p) for p in v.split(" - ")]
    lo = parts[0]
    hi = parts[-1] if len(parts) > 1 else lo
    return lo, hi


def _places(loc: str) -> list[str]:
    names = []
    for seg in re.split(r"[:/]", loc.replace("(", " (")):
        name = re.sub(r"\([A-Z ]*\)", "", seg).strip(" ()?-*")
        if name and name not in names:
            names.append(name)
    return names


def parse_keys(path: Path) -> list[MucTemplate]:
    """All templates of an answer-key file, the irrelevant ('*') ones dropped."""
    raw = path.read_text(encoding="latin-1")
    blocks = re.split(r"\n(?=0\.\s+MESSAGE: ID)", raw)
    out = []
    for block in blocks:
        slots = _slot_values(block.splitlines())
        if "MESSAGE: ID" not in slots or not slots.get("MESSAGE: TEMPLATE"):
            continue
        tmpl = slots["MESSAGE: TEMPLATE"][0]
        if tmpl.startswith("*"):
            continue
        mid = slots["MESSAGE: ID"][0].split()[0]
        def first(k: str, slots: dict[str, list[str]] = slots) -> str:
            return (slots.get(k) or ["-"])[0]

        types = [t.strip(" ?") for t in first("INCIDENT: TYPE").split("/") if t.strip(" ?")]
        lo, hi = _date_range(first("INCIDENT: DATE"))
        loc = first("INCIDENT: LOCATION")
        num, eff = slots.get("HUM TGT: NUMBER", []), slots.get("HUM TGT: EFFECT OF INCIDENT", [])
        killed, any_k = _count(num, eff, "DEATH")
        injured, any_i = _count(num, eff, "INJURY")
        out.append(MucTemplate(
            message_id=mid, index=tmpl.split()[0], optional="OPTIONAL" in tmpl, types=types,
            date_lo=lo, date_hi=hi, location=loc, places=_places(loc) if loc not in {"-", "*"} else [],
            perp_orgs=_quoted(slots.get("PERP: ORGANIZATION ID", [])),
            killed=killed, any_killed=any_k, injured=injured, any_injured=any_i, slots=slots,
        ))
    return out


def load_muc(split: str = "test") -> tuple[list[MucMessage], dict[str, list[MucTemplate]]]:
    """Messages and templates (by message id) of a split: dev, tst1, tst2 or test (= tst1+tst2)."""
    if split not in SPLITS:
        raise ValueError(f"unknown MUC split {split!r}; one of {sorted(SPLITS)}")
    root = corpus_path(*MUC_ROOT)
    messages: list[MucMessage] = []
    keys: dict[str, list[MucTemplate]] = {}
    for sub in SPLITS[split]:
        d = root / sub
        for f in sorted(d.iterdir()):
            if f.name.startswith("key-"):
                for t in parse_keys(f):
                    keys.setdefault(t.message_id, []).append(t)
            elif "-muc" in f.name:
                messages.extend(parse_messages(f))
    return messages, keys
