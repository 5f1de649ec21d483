"""Article context for resolution: the admin units a text names and the containers it states for a place."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.borders import border_units
from eventwire.geoparsing.boxes import UNIT_PREFIX, Box, frame, make_box
from eventwire.geoparsing.named import town_names
from eventwire.geoparsing.nearby import UNIT_PAIR_NEXT, anchor, directions, has_distances, phrases, projected
from eventwire.geoparsing.recognize import Candidate, at_sentence_start

# "X, Y" / "X in Y" / "X (in Y, not Z)" / "X district of Y" / "X (…) is a town in the Y" / "X, known as …, is a city in Y".
_GAP_COMMA = re.compile(r"^\s*,\s*$")
_PART_WORD = re.compile(r"\b(?:north|south|east|west|central)", re.I)
# ("Moura, in central Mali": a part of a country states the country too; a part of a province does not, as ISW writes
# "Lupareve in northwestern Kherson Oblast" of a village just over the border: `_PART_WORD`.)
_GAP_IN = re.compile(
    r"^\s*,?\s+\(?(?:in|(?:district|region|province|area|suburb|neighbou?rhood|outskirts|quarter|governorate)\s+of)"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]{0,8}\s+)?$", re.I)
# An admin word the gazetteer name lacks may sit between two links: "Litchfield County, Connecticut",
# "Logan and Payne counties in the state of Oklahoma, U.S.".
_ADMIN_WORD = r"(?:county|counties|parish|parishes|district|districts|municipality|province|region|shire|borough)"
_GAP_NEXT = re.compile(
    r"^(?:\s+" + _ADMIN_WORD + r")?"
    r"(?:\s*,\s*|\s*,?\s+(?:in|of|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central|upper|lower)[\w-]{0,8}\s+)?"
    r"|\s+(?:state|province|county|region)\s+of\s+)$", re.I)
# "in the Zaporizhia Oblast direction", "in the Kupyansk axis": where a move heads, not what holds the place.
_HEADING_NEXT = re.compile(r"\s+(?:direction|axis)\b", re.I)
_GAP_AND = re.compile(r"^\s+(?:and|&)\s+$")
_PLURAL_ADMIN = re.compile(r"\s+(?:counties|parishes|districts|boroughs)\b", re.I)
_ADMIN_AFTER = re.compile(
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]+){0,3}(?:,?\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+" + _ADMIN_WORD + r"\b", re.I)
# A pronunciation respelt after a bare IPA group ("Salem /ˈseɪləm/ SAY-ləm is"): words with a run of capitals.
_RESPELT = r"(?=[\w'-]*(?-i:[A-Z]{2}))[\w'-]+(?:\s+(?=[\w'-]*(?-i:[A-Z]{2}))[\w'-]+){0,2}"
# A bracketed aside, one bracket pair deep: "(Sindhi: ...)", "(French pronunciation: [pari])".
_PAREN = r"\((?:[^()]|\([^()]{0,80}\)){0,200}\)"
# Up to three bracketed asides after a name (a gloss, a pronunciation), each maybe followed by a comma (Wikipedia
# writes "Latifabad (Sindhi: ...), is a town in ..." beside "Bari (...) is").
_BRACKETS = r"(?:" + _PAREN + r"\s*,?\s*|\[[^\]]{0,80}\]\s*|/[^/]{0,40}/\s*(?:" + _RESPELT + r"\s*)?){0,3}"
# An appositive defines a place only with a place noun and no distance: "Prieska, a farm town in the Northern Cape",
# not "Lagos, an accord would be signed ... of Ghana" nor "Cali, a city 300 km south of
# Bogota" (the town measured from).
_PLACE_NOUN = (r"(?:town|village|city|suburb|hamlet|municipality|community|settlement|locality|neighbou?rhood|"
               r"district|port|island|county|region|province|parish|borough|township)\b")
# "Gondar or Gonder (...) is a city": another name, one to three capitalised words with no comma, before a place noun
# ("Kramatorsk or Sloviansk was the target", "Macon or Dublin, which is a city" gloss nothing; `containers` also
# wants the name to open its sentence).
_OR_GLOSS = (r"or\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*(?:" + _PAREN + r")?"
             r"\s*(?=(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _PLACE_NOUN + ")")
_OR_START = re.compile(r"\s*" + _OR_GLOSS, re.I)
# "Kora also called Red Town is a village", "Bo also widely known as Bo City, is": a gloss before "is".
_ALSO = (r"(?:(?:also|formerly|officially|commonly|sometimes)\s[^.;()]{0,60}?(?:" + _PAREN + r")?"
         r",?\s+(?=(?:is|was)\s)|" + _OR_GLOSS + ")")  # "San Jose, officially San Jose City (Filipino: ...), is"
# The head noun of a definition that makes the defined name a unit: "Virginia (...) is a state located in".
_UNIT_HEAD = re.compile(
    r"\s*" + _BRACKETS + r"(?:,[^.;]{0,120},\s*|" + _ALSO + r")?(?:is|was)\s+(?:a|an|the|one)\s+"
    r"(?:(?!(?:in|of|on|near|within|at)\s)[\w-]+\s+){0,4}?(?:state|province|country|nation|republic|kingdom|county|"
    r"territory|governorate|oblast|"
    r"prefecture|emirate|canton|voivodeship)(?:s)?\b(?![ \u00a0\u2002-]+(?:urban|rural|town|village|city|area|road|"
    r"club|house|park|music|seat|side)\b)", re.I)  # not "the primary country urban area"
_QUALIFIES = re.compile(r"\s+(?:state|province|territory|region|governorate|oblast)\s+of\b", re.I)
# "on the Gulf of Guinea": the name is part of a water body's name, not a container.
_WATER_OF = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Isle|Cape|Lake|Mount)\s+of\s+(?:the\s+)?$")
_LIST_END = re.compile(r",?\s+(?:and|or|AND|OR|&)\s+[A-Z]")  # ALL-CAPS too: "CHALATENANGO, MORAZAN, AND USULUTAN"
_UNIT_WORDS = (r"(?:Township|Twp\.?|Municipality|Parish|Borough|Subprefecture|District|County|Prefecture|Province|Region|Taluk|"
               r"Tehsil|Mandal|Woreda|Zone|Commune|Shire)(?:\s+\d+)?")
# Abbreviations whose dot ends no sentence ("St. Landry Parish"; `_ABBREV_END`, `_ABBR_DOT`).
_ABBREVS = r"(?:St|Ste|Mt|Ft|Co|Jr|Dr|No)"
# An abbreviation's dot ends no definition when no sentence starts after it: "on the St. Johns River in", "located
# approx. 20 miles from"; a capitalised word before "St." ends a street's name ("on Oak St. Police in ...").
_ABBR_DOT = (r"(?:\b(?-i:[a-z])[\w'-]*\s+(?-i:" + _ABBREVS + r")\.(?=\s+(?-i:[A-Z]))"
             r"|\bapprox\.(?=\s+(?-i:[a-z0-9])))")
# The words between "in" and the container are lower-case or compass words ("in the southwestern corner of"),
# not another name ("on the banks of the Ohio River Valley in Gallia County"); a township or
# municipality the gazetteer lacks may come first ("in Lyon Township, Oakland County").
_IS_A_HEAD = (
    r"^\s*,?\s*" + _BRACKETS + r"(?:,[^.;]{0,120},\s*|" + _ALSO + r")?(?:(?:is|was|are|were)\s+(?:(?:now|today|still)\s+)?"
    r"(?:(?:a|an|the|one)\s+|(?:located|situated|found|lies|part)\b|(?=(?:in|within)\s))|(?<=,)\s*(?:a|an)\s+(?=(?:[\w-]+\s+){0,3}?" + _PLACE_NOUN + r")(?![^.;]{0,140}?\d))")
# A text's opening definition may also say "X lies in Y" (no "is"), "X is administratively a district in Y" (an adverb
# before a place noun), give a decimal distance ("a village 1.5 miles south of A in B") or name the country before its
# unit ("a town in China's Jiangxi province", `_POSSESSIVE_GAP`). Read only there
# (`_GAP_OPENING`): in news these words say other things ("Rafah lies in ruins", "Paris is quietly a hub of talks").
_OPENING_VERB = (r"(?:(?:lies|lay|sits|stands)\s+(?=(?:[\w-]+\s+){0,4}?(?-i:in|on|within|near|at)\s)"
                 r"|(?:is|was)\s+(?-i:[a-z]+ly|both)\s+(?:a|an|the)\s+(?=(?:[\w'’-]+\s+){0,3}?" + _PLACE_NOUN + r"))")
_DECIMAL_DOT = r"(?<=\d)\.(?=\d)"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?$", re.I)
_GAP_BODY = (
    r"\b(?-i:in|of|within|near),?\s+(?:the\s+)?"
    r"(?:(?:(?-i:[a-z])[\w'-]*|(?:north|south|east|west|central|upper|lower)[\w-]*"
    r"|(?-i:[A-Z])[\w'-]*(?=\s+(?:state|county|province|region|department|prefecture|territory)\s+of\s))\s+){0,3}"
    # Units the gazetteer lacks before the container: "in Hordaland county, Norway", "in Kayabe District, Oshima
    # Subprefecture, Hokkaido", "in the administrative district of Gmina Krasne, within Przasnysz County".
    r"(?:(?:(?:(?:(?:(?-i:" + _ABBREVS + r")\.\s*|(?-i:[A-Z])[\w'’-]*\s+)(?:(?-i:og|de|del|la|and)\s+)?){1,3}(?:administrative\s+)?" + _UNIT_WORDS
    + r"|(?-i:Gmina|Commune)\s+(?:(?-i:[A-Z])[\w'’-]*\s*){1,2})\s*,\s*(?:within\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?){1,2}"  # "in Al Rashid administrative district, southern"
    # "a hamlet in the borough of Runnymede, Surrey", "a city in Merseyside, England": a unit the gazetteer lacks,
    # after "of" or "in", inside the next one
    # (not a demonym compound: "in Kurdish-held Syria, Turkey said")
    r"|(?<=(?:of|in)\s)(?![\w'-]*-(?:held|controlled|occupied|backed|led|run)\b)"
    r"(?:(?-i:[A-Z])[\w'-]*\s+){0,2}(?-i:[A-Z])[\w'-]*\s*,\s*"
    r"|(?-i:County)\s+)?$")  # "a town in County Mayo, Ireland"
_GAP_IS_A = re.compile(_IS_A_HEAD + r"(?:[^.;]|" + _ABBR_DOT + r"){0,140}?" + _GAP_BODY, re.I)
# (The wider verbs read no comma before the container: "Kharkiv is Ukraine's second city, and shelling in Donetsk".)
_GAP_OPENING = re.compile(
    r"(?:" + _IS_A_HEAD + r"(?:[^.;]|" + _ABBR_DOT + r"|" + _DECIMAL_DOT + r"){0,140}?|^\s*,?\s*" + _BRACKETS
    + r"(?:" + _ALSO + r")?" + _OPENING_VERB + r"(?:[^.;,]|" + _ABBR_DOT + r"|" + _DECIMAL_DOT + r"){0,140}?)"
    + _GAP_BODY, re.I)
# Capitalised words after "in" before a name: "in Free Syria" (`_chain`).
_IN_CAPS = re.compile(r"(?-i:\bin)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,2}$")
# A name that speaks after a comma is no container: "in Area A, Israel's military said", "in Rojava, Turkey said".
_SAYS_NEXT = re.compile(r"(?:['’]s(?:\s+[\w-]+){0,3}?)?\s+(?:said|says|claimed|claims|insisted|insists|reported|reports"
                        r"|announced|stated)\b")
_IS_A_START = re.compile(
    r"\s*,?\s*" + _BRACKETS + r"(?:,[^.;]{0,120},\s*|" + _ALSO + r")?(?:is|was|are|were)\s|\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + _PLACE_NOUN, re.I)
_OPENING_START = re.compile(r"\s*,?\s*" + _BRACKETS + r"(?:" + _ALSO + r")?(?:lies|lay|sits|stands)\s", re.I)


def opens_definition(text: str, end: int) -> bool:
    """True when the words after a name (ending at `end`) define it: "Kora also called Red Town is a village"."""
    return _IS_A_START.match(text, end) is not None


# A name followed by one of these is part of a feature's name, not a container ("the Mississippi River").
_FEATURE_NEXT = re.compile(
    r"\s+(?-i:River|Valley|Mountains?|Range|Lakes?|Islands?|Bay|Peninsula|Desert|Basin|Plateau|Creek|Canyon|"
    r"Delta|Hills|Forest|Road|Highway|Street)\b")
_RELATIVE_END = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|\bnortheast|\bnorthwest|\bsoutheast|\bsouthwest)"
    r"\s+of\s+(?:the\s+)?$", re.I)
_ADMIN_OF = re.compile(r"\b(?:county|district|shire|borough|parish)\s+of\s+(?:the\s+)?$", re.I)


_MAX_GAP = 800
# A capitalised compass word before a name makes another place's name ("West Brighton", "East Orange").
_COMPASS_WORD = re.compile(r"(?<![\w-])(?-i:North|South|East|West)\s+$")
# Every character `_GAP_IN` may find after its spaces and comma: "(" or a first letter of its words, as re.I reads
# them (with "ſ", "İ" and "ı").
_IN_OPENERS = frozenset("(idrpasnoqgIDRPASNOQG\u0130\u0131\u017f")  # (tests/geoparse/test_speed_gates11.py)
# "in Ohio Township, Warrick County, Indiana": a township the tables lack, named after a state or county it is not in.
# (Spaces only: "Greenville, Ohio\n\nTownship crews" is a headline's state before a new line.)
_TOWNSHIP_NEXT = re.compile(r"[ \t\u00a0]+(?i:township|twp\b\.?)(?![\w-])")
_A_BEFORE = re.compile(r"(?<![\w-])an?\s+$", re.I)  # "in an Ohio township": a township in Ohio


def _names_township(text: str, c: Candidate) -> bool:
    """True when the name is the first word of a township's name ("Washington Twp", not "an Ohio township")."""
    return _TOWNSHIP_NEXT.match(text, c.end) is not None and not _A_BEFORE.search(text, max(0, c.start - 4), c.start)


# Seas, lakes, mountains, deserts and parks: they hold no place, so a container chain never links them.
_NATURE = frozenset(("OCN", "SEA", "GULF", "STRT", "CNL", "LK", "LKS", "MTS", "MT", "DSRT", "UPLD", "PASS", "PRK"))
# Population weights of a reading's prior (as in resolve) and how far below the best a unit reading may lie.
_UNIT_WEIGHT = {"PCLI": 3.0, "PPLC": 4.0, "ADM1": 0.35, "ADM2": 0.12}
_PLAUSIBLE = 2.0


def named_units(gz: Gazetteer, ctx: list[Candidate]) -> dict[str, Counter[str]]:
    """Admin units and countries the text may name: unit code → {name key: mentions}."""
    out: dict[str, Counter[str]] = {}
    # Texts repeat their names: (surface, readings) → (name key, unit codes), kept across texts (never changed).
    memo: dict[tuple[str, tuple[int, ...]], tuple[str, list[str]]] = gz.name_memos["units"]
    for c in ctx:
        if c.kind == "demonym":
            if c.country:
                _counter(out, "cc:" + c.country)["~" + c.country] += 1
            continue
        sig = (c.text, tuple(c.ids))
        hit = memo.get(sig)
        if hit is None:
            key = name_key(c.text)
            hit = memo[sig] = (key, _unit_codes(gz, c.ids, key))
        key, codes = hit
        for code in codes:
            _counter(out, code)[key] += 1
    return out


def _unit_codes(gz: Gazetteer, ids: list[int], key: str = "") -> list[str]:
    """The unit codes ("a1:UA.14") of a name's readings that may be named, in reading order."""
    # Only readings close to the name's likeliest one: bare "Washington" names the capital, not 31 counties.
    pri = {i: math.log10(gz.pops[i] * _UNIT_WEIGHT.get(gz.fcode[i], 1.0) + 100.0) for i in ids}
    floor = max(pri.values(), default=0.0) - _PLAUSIBLE
    # "New York", "Washington": a state named exactly as a capital or a city of five million is, bare, most often
    # the city; it does not pull the state's small towns ("Washington, New York and Boston" is not Boston, New York).
    # (A name that is also a country, "Mexico", is left as it was: wire copy's events lean on its state reading.)
    city = bool(key) and any(gz.fcode[i] == "ADM1" for i in ids) and not any(gz.fcode[i] == "PCLI" for i in ids) and any(
        gz.fclass[i] == "P" and (gz.fcode[i] == "PPLC" or gz.pops[i] >= 5_000_000) and gz.main_key(i) in town_names(key)
        for i in ids)
    out = []
    for i in ids:
        if pri[i] < floor or (city and gz.fcode[i] == "ADM1" and gz.main_key(i) == key):
            continue
        pre = UNIT_PREFIX.get(gz.fcode[i])
        if pre:
            code = {"a1:": gz.admin1[i], "a2:": gz.admin2[i], "cc:": gz.cc[i]}[pre]
            if code:
                out.append(pre + code)
    return out


def _counter(out: dict[str, Counter[str]], code: str) -> Counter[str]:
    c = out.get(code)
    if c is None:  # not setdefault(code, Counter()): that builds a Counter per mention
        c = out[code] = Counter()
    return c


def _is_unit(gz: Gazetteer, c: Candidate) -> bool:
    """True when the name most likely names an admin unit or country (not a town like Miami)."""
    if c.kind == "demonym":
        return True
    w = {"PCLI": 3.0, "ADM1": 0.35, "ADM2": 0.12}
    unit = max((gz.pops[i] * w[gz.fcode[i]] for i in c.ids if gz.fcode[i] in w), default=-1.0)
    town = max((gz.pops[i] for i in c.ids if gz.fclass[i] == "P"), default=0)
    return unit >= town


def _same_level(gz: Gazetteer, c: Candidate, y: Candidate) -> bool:
    """True when both names are (by their own name) first-level units of one country, different ones."""
    def units(x: Candidate) -> set[tuple[str, str]]:
        k = name_key(x.text)
        return {(gz.cc[i], gz.admin1[i]) for i in x.ids if gz.fcode[i] == "ADM1" and gz.main_key(i) == k}

    mine, theirs = units(c), units(y)
    return any(a[0] == b[0] and a[1] != b[1] for a in mine for b in theirs)


def _bigger_than_town(gz: Gazetteer, c: Candidate, y: Candidate) -> bool:
    """True when `y` names a town (not a unit) and `c` has a town reading far bigger than any of `y`'s."""
    if _is_unit(gz, y):
        return False
    big = max((gz.pops[i] for i in c.ids if gz.fclass[i] == "P"), default=0)
    small = max((gz.pops[i] for i in y.ids if gz.fclass[i] == "P"), default=0)
    return big >= 50_000 and big > 5 * small


def _heads_past(gz: Gazetteer, c: Candidate, y: Candidate) -> bool:
    """True when `c` names a town of note under its own name in `y`'s country but outside `y`'s units (Mariupol
    "in the Zaporizhia direction"), so `y` cannot hold it; a village with no record inside `y` keeps `y` as its cue."""
    units = {(gz.cc[i], gz.admin1[i]) for i in y.ids if gz.admin1[i]}
    if any((gz.cc[i], gz.admin1[i]) in units for i in c.ids):
        return False
    k, ccs = name_key(c.text), {cc for cc, _ in units}
    return any(gz.fclass[i] == "P" and gz.pops[i] >= 10_000 and gz.cc[i] in ccs and gz.main_key(i) == k
               for i in c.ids)


def _chain(
    text: str, ctx: list[Candidate], start_pos: int, first_gap: re.Pattern[str], starts: list[int] | None = None,
    after_compass: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The candidates that follow `start_pos` through `first_gap`, then through commas.

    `starts` (the candidates' start offsets, ascending) lets a long text skip to `start_pos` directly;
    `after_compass`, the starts of names that a longer name holds ("West Brighton"): a definition's first link only
    when no other follows.
    """
    out: list[Candidate] = []
    pos = start_pos
    defining = first_gap is _GAP_IS_A or first_gap is _GAP_OPENING
    if defining and not (_IS_A_START.match(text, pos) or (first_gap is _GAP_OPENING and _OPENING_START.match(text, pos))):
        return out  # no "is a ..." after the name: nothing further on can match (most names in news)
    if not defining and pos < len(text) and not (text[pos].isspace() or text[pos] == ","):
        return out  # the comma and "in" gaps open with a space or a comma: "Kyiv's", "Kyiv." link nothing
    if first_gap is _GAP_COMMA or first_gap is _GAP_IN:
        # Both gaps are spaces and a comma, then (for "in") a "(" or an opening word: "Kyiv said" links nothing.
        p, n = pos, len(text)
        while p < n and (text[p].isspace() or text[p] == ","):
            p += 1
        if ("," not in text[pos:p]) if first_gap is _GAP_COMMA else (p >= n or text[p] not in _IN_OPENERS):
            return out
    first = bisect_left(starts, pos) if starts is not None else 0
    refused: Candidate | None = None  # a name the definition's words did not reach
    for k in range(first, len(ctx)):
        c = ctx[k]
        if c.start < pos or (c.kind == "demonym" and not out and defining):
            continue
        if not out and (_FEATURE_NEXT.match(text, c.end) or _WATER_OF.search(text, max(0, c.start - 20), c.start)):
            continue  # "of the Ohio River Valley in Gallia County": look on for the container
        if out and _FEATURE_NEXT.match(text, c.end):
            break  # "Marin County, California, in the Bay Area north of San Francisco": the chain ends
        if c.start - pos > _MAX_GAP:
            break  # no gap pattern spans this far
        gap = text[pos : c.start]
        if "," in gap and _SAYS_NEXT.match(text, c.end):
            break  # "in the West Bank, Israel's army said": the speaker ends the chain
        if refused is not None and not out and _GAP_COMMA.match(text[refused.end : c.start]) and _IN_CAPS.search(
                text, max(0, refused.start - 60), refused.start):
            continue  # "in Free Syria, Turkey": a known name after "in" is no unit the gazetteer lacks
        if c.start in after_compass and not out and defining:
            continue  # "a portion of West Brighton, a neighborhood ... of the New York City borough of": no Brighton
        if not (first_gap if not out else _GAP_NEXT).match(gap) and not (
            out and _GAP_AND.match(gap) and _PLURAL_ADMIN.match(text, c.end)
        ) and not (  # "in Hughes and Pontotoc counties": both are containers
            len(out) == 1 and first_gap is _GAP_OPENING and _POSSESSIVE_GAP.match(gap)
        ):  # "a town in China's Jiangxi province": the opening's country then its unit
            if not out and defining:
                refused = c
                continue  # "is a parish on the Gulf coast in southern Louisiana": look further on
            break
        out.append(c)
        pos = c.end
        if len(out) == 5:
            break
    if not out and after_compass:  # "a village ... in East Devon on the A35 road": no other container, Devon it is
        return _chain(text, ctx, start_pos, first_gap, starts)
    return out


_PAST = re.compile(r"[^.;]*?\b(?:was|were)\s")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.[A-Z]|\b" + _ABBREVS + r")$")


def _sentence_rest(
    text: str, ordered: list[Candidate], starts: list[int], pos: int, sentences: int = 1
) -> list[Candidate]:
    """The names after `pos` up to the end of its sentence, or of the `sentences`-th (at most 250 characters on
    per sentence)."""
    limit = pos + 250 * sentences
    stop = pos - 2
    for _ in range(sentences):
        stop = text.find(". ", stop + 2, limit)
        while stop >= 0 and _ABBREV_END.search(text, max(0, stop - 4), stop):  # "the U.S. state of Arkansas"
            stop = text.find(". ", stop + 2, limit)
        if stop < 0:
            break
    stop = limit if stop < 0 else stop
    k = bisect_left(starts, pos)
    out = []
    while k < len(ordered) and ordered[k].start < stop:
        out.append(ordered[k])
        k += 1
    return out


# "the northeastern Nigerian state of Borno", "the English county of Suffolk": the adjective names the country.
_QUAL_NOUN = re.compile(r"\s+(?:state|county|province|region|department|prefecture|territory)\s+of\b", re.I)
_HOME_NATIONS = re.compile(r"\b(?:English|Scottish|Welsh)(?=\s+(?:county|region)\s+of\b)")


def _definition_scope(
    text: str, ordered: list[Candidate], starts: list[int], end: int, first: int, sentences: int = 1
) -> list[Candidate]:
    """The names of a definition's sentence that frame its chain: from the first container on, and the demonym
    that qualifies it ("the Nigerian state of Borno"); not a gloss before it ("Palo Alto (Spanish: ...)")."""
    rest = _sentence_rest(text, ordered, starts, end, sentences)
    out = [x for x in rest if x.start >= first or (x.kind == "demonym" and _QUAL_NOUN.match(text, x.end))]
    out += [Candidate(m.start(), m.end(), m.group(), [], kind="demonym", country="GB")
            for m in _HOME_NATIONS.finditer(text, end, first)]
    return out


# A text that opens by defining a place: "Milton Township is a township in ...", "Udupi, spelt Odipu in the
# Tulu tongue, is a town in ...".
_OPENING = re.compile(r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}?)(\s+(?-i:" + _UNIT_WORDS + r"))?"
                      r"(?=\s*[,(]|\s+(?:is|was)\s)")
# A name inside the definition's gloss, after the words that give another name for the same place.
_GLOSS_CUE = re.compile(r"\b(?:pronounced|spelled|spelt|known|called|named|also|formerly|or)\b(?:\s+as)?\s+$")


def _opening(text: str) -> tuple[str, int, int] | None:
    """The defined name's key, where its own words end and where its definition's verb ends, for a text that opens
    by defining a place."""
    m = _OPENING.match(text)
    if m is None:
        return None
    d = _IS_A_START.match(text, m.end())
    if d is None:
        return None
    return name_key(m.group(1)), m.end(), d.end()


def _takes_opening(text: str, c: Candidate, opening: tuple[str, int, int]) -> bool:
    """Whether the text's opening definition holds `c`: the bare name of an opening unit ("Augusta" after "Augusta
    Township is ..."), or a name its gloss gives ("Kaup, pronounced as Kapu ..., is")."""
    key, at, verb = opening
    if name_key(c.text) == key:
        return True
    return at < c.start and c.end < verb and _GLOSS_CUE.search(text, max(at, c.start - 30), c.start) is not None


def containers(gz: Gazetteer, text: str, cands: list[Candidate], ctx: list[Candidate]) -> dict[int, Box]:
    """Per candidate index, the units the text states around it ("X, Y", "X is a city in Y County, Z")."""
    out: dict[int, Box] = {}
    ordered = sorted((c for c in ctx if c.kind == "demonym" or c.ids), key=lambda c: c.start)
    starts = [c.start for c in ordered]
    # A sea, lake or mountain range holds no place ("a small Japanese island in the North Pacific"): the chain looks on.
    # (Nor does the first unit of a hyphened pair: "near the Sumy-Kharkiv Oblast border" is in neither alone.)
    links = [c for c in ordered if c.kind == "demonym" or not (
        all(gz.fcode[i] in _NATURE for i in c.ids) or UNIT_PAIR_NEXT.match(text, c.end) or _names_township(text, c))]
    link_starts = [c.start for c in links]
    # "a portion of West Brighton, a neighborhood ... of the New York City borough": Brighton is no container
    # ("East Devon" and "South Derbyshire" are in their counties).
    after_compass = frozenset(c.start for c in links if c.ids and _COMPASS_WORD.search(text, max(0, c.start - 7), c.start)
                              and any(gz.fclass[i] == "P" for i in c.ids))
    asides, owners = directions(text)
    ends = phrases(text) if has_distances(text) else {}
    ends = asides | ends if asides else ends
    borders = border_units(gz, text, ordered)
    # A mention looks only at the border sentences that can hold it (bisect over their starts, already in order).
    border_los = [lo for lo, _, _, _ in borders]
    border_reach = max((hi - lo for lo, hi, _, _ in borders), default=0)
    around: dict[str, dict[str, int]] | None = None  # the countries the text's names lie in, counted when needed
    opening = _opening(text)
    for n, c in enumerate(cands):
        if c.kind == "demonym":
            continue
        chain: list[Candidate] = []
        stated = defined = False
        at = c.end  # where the name's own words end ("Augusta Township is a township in ...": after "Township")
        # (The text's first name reads its opening definition's wider shapes: `_GAP_OPENING`.)
        for gap in (_GAP_COMMA, _GAP_IN, _GAP_OPENING if c.start == 0 else _GAP_IS_A):
            found = _chain(text, links, c.end, gap, link_starts, after_compass)
            if found:
                chain, stated, defined = found, gap is not _GAP_COMMA, gap is not _GAP_IN and gap is not _GAP_COMMA
                break
        if defined and _OR_START.match(text, c.end) and not (c.start == 0 or at_sentence_start(text, c.start)):
            chain, stated, defined = [], False, False  # "Gondar or Gonder is a city" only opens a sentence
        if not chain and opening is not None and _takes_opening(text, c, opening):
            # "Augusta Township is a township in ... Ontario ... Augusta is situated": the unit's definition holds
            # the bare name too
            at = opening[1]
            chain = _chain(text, links, at, _GAP_OPENING, link_starts, after_compass)
            stated = defined = bool(chain)
        if chain and gap is _GAP_COMMA and _same_level(gz, c, chain[0]):
            chain = []  # "Donetsk, Luhansk Oblasts": two provinces of one country are a list
        if chain and gap is _GAP_IN and _bigger_than_town(gz, c, chain[0]):
            chain = []  # "toward Donetsk in Matveev Kurgan": a city is not inside a much smaller town
        if chain and gap is _GAP_IN and _HEADING_NEXT.match(text, chain[0].end) and _heads_past(gz, c, chain[0]):
            # "advancing past Tokmak in the Zaporizhia Oblast direction": a heading, not a container.
            chain = []
        if chain and gap is _GAP_IN and _PART_WORD.search(text, c.end, chain[0].start) and not any(
                gz.fcode[i] == "PCLI" for i in chain[0].ids):
            chain = []  # (see `_GAP_IN`: only a country's part is a container)
        if chain and not stated:
            # After a comma only admin units contain ("Norwich, Connecticut"); towns make a list.
            k = next((j for j, x in enumerate(chain) if not _is_unit(gz, x)), len(chain))
            if k < len(chain) or _LIST_END.match(text, chain[-1].end):
                chain = []  # "Los Angeles, Miami, New York and Detroit"
        if chain and not stated:  # "Rochester, Nevada, was a town in Pershing County, Nevada"
            more = _chain(text, links, chain[-1].end, _GAP_IS_A, link_starts, after_compass)
            chain, stated, defined = (chain + more, True, True) if more else (chain, False, False)
        box = None
        if chain:
            admin_next = {j for j, x in enumerate(chain) if _ADMIN_AFTER.match(text, x.end)
                          or _ADMIN_OF.search(text, max(0, x.start - 30), x.start)}
            # The definition's sentence from its first container on ("Palo Alto (Spanish: ...) is a city in ..."
            # names no Spanish place).
            scope = _definition_scope(text, ordered, starts, at, chain[0].start) if defined else None
            wider = None
            if scope is not None and not any(frame(gz, [*chain, *(x for x in scope if x not in chain)], set())):
                # "... at the foot of the Alps. It lies in the Savoie department ... in
                # France": a definition whose sentence names no country or state reads on for two sentences.
                wider = _definition_scope(text, ordered, starts, at, chain[0].start, 3)
                own = name_key(c.text)  # the name's own later mentions frame nothing ("Ilam ... Ilam Hall" is no Iran)
                wider = [x for x in wider if x.kind == "demonym" or name_key(x.text) != own]
            quals = {j for j, x in enumerate(chain[:-1]) if _QUALIFIES.match(text, x.end)}
            others: dict[str, int] = {}
            if defined:  # (a definition only: news chains are short and their texts noisy)
                around = around if around is not None else _countries_named(gz, ordered)
                others = dict(around[""])
                # (Not counting the defined name itself nor its chain: both are what the count should decide.)
                for key in {name_key(c.text)} | {name_key(y.text) for y in chain}:
                    for code, k in around.get(key, {}).items():
                        others[code] -= k
            box = (scope is not None and make_box(gz, chain, stated, admin_next, scope, quals, wider, text, others)
                   ) or make_box(gz, chain, stated, admin_next, None, quals, around=others)
        if box is not None:
            box.defined = defined
            box.unit = defined and bool(_UNIT_HEAD.match(text, at, chain[0].start))
            between = text[at : chain[0].start]
            box.relative = bool(_RELATIVE_END.search(between)) and any(ch.isdigit() for ch in between)
            box.past = defined and text.find(". ", 0, c.start) >= 0 and bool(_PAST.match(text, at, chain[0].start))
        if box is None and (c.start == 0 or at_sentence_start(text, c.start)):
            box = _demonym_head(gz, text, c, ordered, starts)
        held = borders[bisect_right(border_los, c.start - border_reach) : bisect_right(border_los, c.start)]
        for lo, hi, pair_a1, pair_cc in held:
            # "X, a village near the Sumy-Kharkiv Oblast border": in one of the two
            # (Only to choose among readings: a village the tables lack there keeps its guess by its neighbours.)
            if lo <= c.start < hi and (box is None or (not box.stated and box.best is None)) and any(
                    gz.admin1[i] in pair_a1 for i in c.ids):
                box = box or Box()
                box.a1 |= pair_a1
                box.cc |= pair_cc
        if ends:
            near = anchor(gz, text, c, ordered, starts, ends, (box.a1 | box.cc) if box is not None else None, owners)
            if near is not None and near[1] > 300 and (near[2] is None or projected(gz, near[0], near[1], near[2]) is None):
                near = None  # a far anchor helps only through the point it projects to
            if near is not None:
                box = box or Box()
                box.near, box.near_km, box.near_dir, box.near_aside = near
        if box is not None:
            out[n] = box
    return out


def _countries_named(gz: Gazetteer, names: list[Candidate]) -> dict[str, dict[str, int]]:
    """Per name key ("" for all names), country code → how many of `names` lie there: a demonym by its country, a
    name whose biggest reading is a country, unit, region or island by that reading (a town's name is too often
    another country's town too: "Olympia and Sparta" are bigger in the US)."""
    out: dict[str, dict[str, int]] = {"": {}}
    for x in names:
        top = max(x.ids, key=lambda i: gz.pops[i]) if x.ids and x.kind != "demonym" else None
        cc = x.country if x.kind == "demonym" else gz.cc[top] if top is not None and gz.fclass[top] != "P" else None
        if cc:
            for key in ("", name_key(x.text)):
                tally = out.setdefault(key, {})
                tally[cc] = tally.get(cc, 0) + 1
    return out


_HEAD_BEFORE = re.compile(r"[^.;]*?\b(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
_HEAD_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _PLACE_NOUN)


def _demonym_head(gz: Gazetteer, text: str, c: Candidate, ordered: list[Candidate], starts: list[int]) -> Box | None:
    """The country of a definition whose head noun a demonym qualifies: "Hatta was a Palestinian Arab village"."""
    if not _IS_A_START.match(text, c.end):
        return None
    for x in ordered[bisect_left(starts, c.end) :]:
        if x.start - c.end > 150:
            break
        if x.kind != "demonym" or not x.country or x.country not in gz.country_idx:
            continue
        if _HEAD_BEFORE.match(text, c.end, x.start) and _HEAD_AFTER.match(text, x.end):
            return Box(cc={x.country}, best=gz.country_idx[x.country], stated=True, defined=True)
        break
    return None


