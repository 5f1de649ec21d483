"""Actors: states, their forces and demonyms, named armed groups, persons with offices."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import pycountry

from eventwire.pipeline.workdoc import ActorMention, WorkDoc

# Short English names where pycountry's official names read badly in an ACLED-style label.
SHORT_NAMES = {
    "RU": "Russia", "US": "the United States", "GB": "the United Kingdom", "IR": "Iran", "SY": "Syria",
    "KR": "South Korea", "KP": "North Korea", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania",
    "MD": "Moldova", "VN": "Vietnam", "LA": "Laos", "PS": "Palestine", "TW": "Taiwan", "TR": "Turkey",
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CZ": "Czech Republic", "XK": "Kosovo",
}
# ACLED dates state forces by government period; only the periods current for the main theatres.
ACLED_PERIOD = {"RU": "2000-", "UA": "2019-", "BY": "1994-"}
# Names that are also common words or surnames: matched only with their exact capitalisation.
AMBIGUOUS = frozenset({"chad", "jordan", "turkey", "china", "guinea", "niger", "georgia", "wagner", "azov",
                       "fano", "contras", "israel", "america", "congo", "panama", "cuba", "peru"})
# A state name after these words names a place, not a party ("strikes across Ukraine").
_PLACE_PREP = re.compile(
    r"(?:\b(?:in|across|into|to|on|over|near|from|against|of|at|around|throughout|toward|towards|"
    r"inside|within|with|for|via|by|and|the))\s*$", re.I)
FORCE_NOUN = re.compile(
    r"(?:'s|’s)?\s+(?:(?:armed|military|special|air|naval|ground|border|occupation|occupying|regular|"
    r"government|state|security|allied|proxy|airborne)\s+)?"
    r"(?:forces|force|troops|military|army|armies|soldiers|servicemen|navy|air\s+defen[cs]es?|"
    r"air\s+force|aviation|units|unit|paratroopers|marines|border\s+guards|national\s+guard|"
    r"artillery|fighters|militants|militia|militias|commanders|command|tanks|jets|warplanes|"
    r"aircraft|helicopters|gunboats|drones?\s+operators)\b", re.I)
POLICE_NOUN = re.compile(r"(?:'s|’s)?\s+(?:national\s+|riot\s+|military\s+)?(?:police|policemen|gendarmerie)\b",
                         re.I)
ORG_NOUN = re.compile(
    r"(?:'s|’s)?\s+(?:(?:aviation|space|news|intelligence|security|energy|state|emergency|nuclear)\s+"
    r"(?:agency|service|services|ministry|company|operator|regulator)|ministry\s+of\s+(?:defen[cs]e|foreign\s+"
    r"affairs|interior|health|emergency\s+situations)|(?:defen[cs]e|foreign|interior|health)\s+ministry|"
    r"general\s+staff|government|authorities|officials|foreign\s+office|embassy|parliament|presidency|"
    r"prosecutor(?:'s|’s)?\s+office|investigative\s+committee|central\s+bank|state\s+media|media)\b", re.I)
TITLES = (
    r"(?:Deputy\s+)?(?:Prime\s+Minister|President|Vice\s+President|Mayor|Governor|Chief\s+of\s+Staff|"
    r"Chief\s+of\s+the\s+General\s+Staff|(?:Defen[cs]e|Foreign|Interior|Finance)\s+Minister|"
    r"Minister(?:\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs|the\s+Interior|Interior))?|"
    r"Secretary\s+of\s+State|Secretary-General|Secretary\s+General|Secretary|Commander-in-Chief|"
    r"Commander|Colonel\s+General|Lieutenant\s+General|Major\s+General|General|Gen\.|Lt\.\s+Gen\.|"
    r"Maj\.\s+Gen\.|Colonel|Col\.|Admiral|Ambassador|Senator|Sen\.|Spokesman|Spokeswoman|Spokesperson|"
    r"Chancellor|King|Emir|Crown\s+Prince|Supreme\s+Leader|Ayatollah|Patriarch|Pope|Archbishop|"
    r"Attorney\s+General|Prosecutor\s+General|Ombudsman|Speaker|Head)")
_NAME = r"[A-Z][\w'’.-]*[a-z][\w'’-]*(?:\s+(?:de\s+|al-|bin\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*){0,2}"
_NAME2 = r"[A-Z][\w'’.-]*[a-z][\w'’-]*(?:\s+(?:de\s+|al-|bin\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*){1,2}"
ROLE_WORDS = (r"(?:head|chief|commander|spokesman|spokeswoman|spokesperson|mayor|governor|minister|director|"
              r"leader|president|secretary|adviser|advisor|deputy|member|representative|ambassador|"
              r"prime\s+minister|general|colonel|head\s+of\s+state)")


@lru_cache(maxsize=1)
def load_lexicon(name: str) -> dict[str, Any]:
    """A bundled lexicon file from eventwire/data/lexicons (read once per process)."""
    text = resources.files("eventwire").joinpath(f"data/lexicons/{name}.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def country_name(cc: str | None) -> str:
    """Short English name of an ISO-2 country code."""
    if not cc:
        return ""
    if cc in SHORT_NAMES:
        return SHORT_NAMES[cc]
    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return cc
    return getattr(c, "common_name", None) or c.name


def alpha3(cc: str | None) -> str | None:
    """ISO-3 code (PLOVER actor code) of an ISO-2 country code."""
    if not cc:
        return None
    if cc == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=cc)
    return c.alpha_3 if c else None


def forces_name(cc: str | None) -> str:
    """ACLED-style state-forces name: 'Military Forces of Russia (2000-)'."""
    period = ACLED_PERIOD.get(cc or "")
    return f"Military Forces of {country_name(cc)}" + (f" ({period})" if period else "")


def civilians_name(cc: str | None) -> str:
    """ACLED-style civilians name: 'Civilians (Ukraine)'."""
    return f"Civilians ({country_name(cc).removeprefix('the ')})" if cc else "Civilians"


class ActorLexicon:
    """Aho-Corasick automaton over states, demonyms, groups and known persons (built once)."""

    def __init__(self) -> None:
        dem = load_lexicon("demonyms")
        self.demonym_cc: dict[str, str] = dem["demonyms"]
        self.capitals = set(dem["capital_metonyms"])
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, tuple[str, str, Any]] = {}
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "common_name", None)):
                if isinstance(n, str) and "," not in n:
                    entries[n] = ("state", n, c.alpha_2)
        for n, cc in dem["extra_country_names"].items():
            entries[n] = ("state", n, cc)
        for n, cc in self.demonym_cc.items():
            entries[n] = ("demonym", n, cc)
        for g in load_lexicon("groups")["groups"]:
            for a in g["aliases"]:
                entries[a] = ("group", a, g)
        for p in load_lexicon("persons")["persons"]:
            for a in [p["name"], *p["aliases"]]:
                entries[a] = ("person", a, p)
        for key, val in entries.items():
            self.automaton.add_word(key.lower(), val)
        self.automaton.make_automaton()
        self.demonym_re = "|".join(sorted((re.escape(d) for d in self.demonym_cc), key=len, reverse=True))
        prefix = rf"(?:(?P<dem>{self.demonym_re}|U\.S\.|US|UN|U\.N\.)\s+|(?P<poss>[A-Z]\w+)['’]s\s+)?"
        self.person_title = re.compile(rf"\b{prefix}(?P<title>{TITLES})\s+(?P<name>{_NAME})")
        self.person_after = re.compile(
            rf"\b(?P<name>{_NAME2}),\s+(?:the\s+)?(?P<role>{ROLE_WORDS}\b[^,.;:()“”\"]{{0,70}}?)(?=,|\s+said\b)",
        )
        self.person_before = re.compile(
            rf"\b[Tt]he\s+(?:(?P<dem>{self.demonym_re})\s+)?(?P<title>(?:prime\s+minister|president|mayor|"
            rf"governor|defen[cs]e\s+minister|foreign\s+minister|spokesman|spokeswoman|commander|"
            rf"chief\s+of\s+staff|leader)),\s+(?P<name>{_NAME}),")


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The shared actor lexicon (automaton built once per process)."""
    return ActorLexicon()


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _title_role(title: str, cc: str | None, poss: str | None) -> str:
    """'President' + RU → 'President of Russia'; 'Mayor' + "Kyiv's" → 'Mayor of Kyiv'."""
    title = " ".join(title.split())
    if cc:
        return f"{title} of {country_name(cc)}"
    if poss:
        return f"{title} of {poss}"
    return title


def find_actors(text: str, lex: ActorLexicon, places: list[Any] | None = None,
                regions: list[tuple[int, int]] | None = None) -> list[ActorMention]:
    """All actor mentions in `text`, non-overlapping, in text order; persons are sought only in `regions`."""
    upper_doc = sum(c.isupper() for c in text[:2000]) > 0.6 * max(1, sum(c.isalpha() for c in text[:2000]))
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower()[0] for c in text)
    taken: list[ActorMention] = []
    spans = bytearray(len(text))

    def add(m: ActorMention) -> None:
        if any(spans[m.start : m.end]):
            return
        spans[m.start : m.end] = b"\x01" * (m.end - m.start)
        taken.append(m)

    # Persons with offices first: they contain demonyms and place names that must not be split off.
    regions = [(0, len(text))] if regions is None else regions

    def scan(regex: re.Pattern[str]) -> list[re.Match[str]]:
        return [m for a, b in regions for m in regex.finditer(text, a, b)]

    for m in scan(lex.person_title):
        dem, poss = m.group("dem"), m.group("poss")
        cc = lex.demonym_cc.get(dem or "") or {"U.S.": "US", "US": "US"}.get(dem or "")
        if poss and poss in lex.demonym_cc:
            cc, poss = lex.demonym_cc[poss], None
        name = _strip_name(m.group("name"))
        known = _known_person(lex, name)
        role = _title_role(m.group("title"), cc, poss)
        if role in {"Mayor", "Governor"}:
            role = known["role"] if known else _with_place(role, m.start(), places)
        cc = cc or (known or {}).get("country")
        add(ActorMention(m.start(), m.start("name") + len(name), text[m.start() : m.start("name") + len(name)],
                         known["name"] if known else name, "person", cc, alpha3(cc), _person_sector(role), role))
    for m in scan(lex.person_before):
        cc = lex.demonym_cc.get(m.group("dem") or "")
        name = _strip_name(m.group("name"))
        role = _title_role(m.group("title").title(), cc, None)
        add(ActorMention(m.start("name"), m.start("name") + len(name), name, name, "person", cc, alpha3(cc),
                         _person_sector(role), role))
    for m in scan(lex.person_after):
        name = m.group("name")
        if lowered[m.start() : m.end("name")] in lex.automaton and not _known_person(lex, name):
            continue  # "Kyiv, head of ..." is not a person
        role = " ".join(m.group("role").split())
        add(ActorMention(m.start(), m.end("role"), text[m.start() : m.end("role")], name, "person",
                         None, None, _person_sector(role), role))
    for end, (kind, key, payload) in lex.automaton.iter_long(lowered):
        start = end - len(key) + 1
        end += 1
        if not _is_word(text, start, end):
            continue
        surface = text[start:end]
        if (key.isupper() or key.lower() in AMBIGUOUS or kind == "person") and surface != key:
            if not (upper_doc and surface.upper() == key.upper()):
                continue
        mention = _lexicon_mention(text, start, end, kind, key, payload, lex)
        if mention is not None:
            add(mention)
    _add_surnames(text, taken, add)
    taken.sort(key=lambda a: a.start)
    return taken


def _strip_name(name: str) -> str:
    # "Vladimir Putin condemned": the name pattern allows three capitalised tokens; stop at a sentence end.
    return name.rstrip(".")


def _known_person(lex: ActorLexicon, name: str) -> dict[str, Any] | None:
    for val in (lex.automaton.get(name.lower(), None), lex.automaton.get(name.split()[-1].lower(), None)):
        if val and val[0] == "person":
            return val[2]  # type: ignore[no-any-return]
    return None


def _person_sector(role: str) -> str:
    r = role.lower()
    if any(w in r for w in ("general", "commander", "colonel", "admiral", "chief of the general")):
        return "MIL"
    return "GOV"


def _with_place(role: str, offset: int, places: list[Any] | None) -> str:
    # "Mayor Vitali Klitschko" in a paragraph about Kyiv: the mayor of the nearest town named before.
    best = None
    for p in places or []:
        if p.start < offset and offset - p.start < 400 and p.feature_class == "P" and p.name:
            best = p
    return f"{role} of {best.name}" if best else role


def _lexicon_mention(text: str, start: int, end: int, kind: str, key: str, payload: Any,
                     lex: ActorLexicon) -> ActorMention | None:
    surface = text[start:end]
    if kind == "group":
        cc = payload.get("country")
        return ActorMention(start, end, surface, payload["name"], "group", cc,
                            payload.get("code") or alpha3(cc), payload["sector"])
    if kind == "person":
        cc = payload.get("country")
        return ActorMention(start, end, surface, payload["name"], "person", cc, alpha3(cc), payload["sector"],
                            payload["role"])
    cc = payload
    for noun, name_of, sector, akind in ((ORG_NOUN, None, "GOV", "organisation"),
                                         (FORCE_NOUN, forces_name, "MIL", "force"),
                                         (POLICE_NOUN, _police_name, "COP", "force")):
        m = noun.match(text, end)
        if m:
            name = name_of(cc) if name_of else " ".join(text[start : m.end()].split())
            return ActorMention(start, m.end(), text[start : m.end()], name, akind, cc, alpha3(cc), sector)
    if kind == "demonym":
        return ActorMention(start, end, surface, country_name(cc), "demonym", cc, alpha3(cc), None)
    if _PLACE_PREP.search(text, max(0, start - 12), start) and not text.startswith(("'s", "’s"), end):
        return None  # "across Ukraine": a place
    if key in lex.capitals or key in {"moscow", "kyiv", "kiev", "washington", "beijing", "tehran", "jerusalem",
                                      "damascus", "minsk"}:
        if not re.match(r"(?:'s|’s)?\s+(?:has|had|have|is|was|does|did|will|would|said|says|claims?|"
                        r"accused|denied|launched|announced|warned)\b", text[end : end + 20]):
            return None  # a capital names its government only as a subject ("Moscow does not ...")
    return ActorMention(start, end, surface, country_name(cc).removeprefix("the "), "state", cc, alpha3(cc),
                        "GOV")


def _police_name(cc: str | None) -> str:
    return f"Police Forces of {country_name(cc)}"


def _add_surnames(text: str, taken: list[ActorMention], add: Callable[[ActorMention], None]) -> None:
    # "Tkachenko also cautioned": later bare surnames refer to the person named in full earlier.
    seen: dict[str, ActorMention] = {}
    for a in list(taken):
        if a.kind == "person" and " " in a.name:
            seen.setdefault(a.name.split()[-1], a)
    for surname, a in seen.items():
        i = text.find(surname)
        while i != -1:
            j = i + len(surname)
            if _is_word(text, i, j):
                add(ActorMention(i, j, surname, a.name, "person", a.country_code, a.code, a.sector, a.role))
            i = text.find(surname, j)


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `actors.lexicon.v1`."""
    from eventwire.components.triggers import KeywordGate

    lex = actor_lexicon()
    # Persons with offices need an office word in their sentence; the regexes run only there.
    gate = KeywordGate("""president minister mayor governor chief secretary commander general gen. colonel col.
    admiral ambassador senator sen. spokes chancellor king emir prince leader ayatollah patriarch pope archbishop
    attorney prosecutor ombudsman speaker head deputy director adviser advisor member representative""".split())

    def actors(doc: WorkDoc) -> WorkDoc:
        regions = [(s.start, s.end) for s in gate.sentences(doc)] if doc.sentences else None
        doc.actors = find_actors(doc.text, lex, doc.places, regions)
        return doc

    return actors
