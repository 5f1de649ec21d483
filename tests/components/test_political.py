"""political.rules.v1: PLOVER political events with actors, dates, places, status and evidence.

PLOVER GSR dev/held-out split (fixed before any tuning, round 3): sentence i of
`eventwire.evaluate.plover.load_plover()` is held out when int(sha1("plover-v2:" + str(i)), 16) % 3 == 0,
else it is dev (214 dev, 108 held out). Rules are tuned on dev only, from the codebook's definitions;
held-out sentences are only scored, never read for rules.
"""

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

import eventwire
from eventwire.api import load_pipeline
from eventwire.components.political import make
from eventwire.components.political_rules import lexicon, literal_prefixes, resolve_weekday
from eventwire.components.sentences import split_sentences
from eventwire.evaluate.plover import load_plover
from eventwire.model import Article, Event
from eventwire.pipeline import WorkDoc
from eventwire.pipeline.workdoc import ActorMention

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story
PUB = date(2025, 6, 6)


def _doc(text: str, published: date | None = PUB) -> WorkDoc:
    return load_pipeline()(Article(text=text, published=published))


def _political(doc: WorkDoc) -> list[Event]:
    return [e for e in doc.events if e.plover and e.plover.event != "ASSAULT"]


def _one(text: str, published: date | None = PUB) -> Event:
    evs = _political(_doc(text, published))
    assert evs, f"no political event in {text!r}"
    return max(evs, key=lambda e: e.confidence)


def _names(ev: Event, role: str) -> set[str]:
    return {a.name for a in ev.actors if a.role == role}


@pytest.fixture(scope="module")
def seed() -> WorkDoc:
    return _doc(SEED.read_text(encoding="utf-8"))


def _phrases(doc: WorkDoc, ev: Event) -> list[str]:
    """The exact act phrases behind an event (kept in doc.meta; evidence is sentence-level)."""
    return [doc.text[a:b] for a, b in doc.meta["trigger_spans"][ev.id]]


def _find(doc: WorkDoc, event: str, mode: str | None = None) -> Event:
    hits = [e for e in _political(doc) if e.plover.event == event and (mode is None or e.plover.mode == mode)]
    assert len(hits) >= 1, f"{event}/{mode} not found: {[(e.plover.event, e.plover.mode) for e in _political(doc)]}"
    return hits[0]


def test_seed_putin_accuses_and_threatens_ukraine(seed: WorkDoc) -> None:
    acc = _find(seed, "ACCUSE", "disapprove")
    thr = _find(seed, "THREATEN", "violence")
    for ev in (acc, thr):
        assert _names(ev, "actor") == {"Vladimir Putin"}
        assert {a.code for a in ev.actors if a.role == "recipient"} == {"UKR"}
        assert next(a for a in ev.actors if a.role == "actor").code == "RUS"
        assert ev.event_type is None
    assert "terrorism" in acc.plover.context
    assert _phrases(seed, acc) == ["condemned"] and _phrases(seed, thr) == ["promised reprisal"]
    assert any("condemned" in x.text and "plover" in x.supports for x in acc.evidence)


def test_seed_phone_call_on_wednesday(seed: WorkDoc) -> None:
    call = _find(seed, "CONSULT", "phone")
    assert call.date.start == date(2025, 6, 4) and call.date.precision == "day"
    assert call.date.text == "Wednesday"
    # Codebook: in a call both parties are ACTOR, with no RECIPIENT.
    assert _names(call, "actor") == {"Vladimir Putin", "Donald Trump"}
    assert call.location is None
    # The same call told twice ("chatted with" ... "telephone conversation") is one event.
    assert set(_phrases(seed, call)) >= {"chatted with", "telephone conversation"}
    assert len([x for x in call.evidence if "plover" in x.supports]) == 2  # two sentences
    assert len([e for e in _political(seed) if e.plover.event == "CONSULT"]) == 1


def test_seed_request_for_talks_keeps_istanbul_as_venue(seed: WorkDoc) -> None:
    req = _find(seed, "REQUEST", "meet")
    assert _names(req, "actor") == {"Volodymyr Zelensky"}  # "He has recently called for ..."
    assert _names(req, "recipient") == {"Vladimir Putin"}
    assert req.location is None
    venue = [x for x in req.evidence if "proposed_venue" in x.supports]
    assert len(venue) == 1 and "in Istanbul" in venue[0].text
    assert any(d.get("status") == "proposed_venue" and d["text"] == "Istanbul" for d in seed.decisions)
    # The talks themselves are what is requested, not an event; the refusal is only "has not agreed".
    statuses = {(d["text"], d["status"]) for d in seed.decisions if d.get("stage") == "political"}
    assert ("direct talks", "embedded") in statuses and ("agreed to", "negated") in statuses


def test_seed_prisoner_swaps_are_an_acled_agreement(seed: WorkDoc) -> None:
    rel = _find(seed, "RETREAT", "release")
    assert (rel.event_type, rel.sub_event_type) == ("Strategic developments", "Agreement")
    assert {a.code for a in rel.actors} == {"UKR", "RUS"}
    assert rel.date.precision == "week" and rel.date.end == PUB
    # "Recent efforts to establish peace talks": intended, not held.
    assert any(d["text"] == "peace talks" and d["status"] == "future" for d in seed.decisions
               if d.get("stage") == "political")


def test_seed_yermak_accuses_moscow_in_washington(seed: WorkDoc) -> None:
    acc = [e for e in _political(seed) if e.plover.event == "ACCUSE" and "Andriy Yermak" in _names(e, "actor")]
    assert len(acc) == 1
    ev = acc[0]
    assert ev.location is not None and ev.location.name == "Washington"
    assert {a.code for a in ev.actors if a.role == "recipient"} == {"RUS"}
    assert ev.location.text == "Washington"
    assert any("location" in x.supports and "in Washington" in x.text for x in ev.evidence)
    # "it would make concessions only under strong pressure" is conditional: recorded, not coded.
    assert any(d["text"] == "make concessions" and d["status"] == "hypothetical" for d in seed.decisions
               if d.get("stage") == "political")


def test_seed_events_have_evidence_ids_and_leave_violence_alone(seed: WorkDoc) -> None:
    pol = _political(seed)
    assert len({e.id for e in pol}) == len(pol) and all(e.id.startswith("ev_") for e in pol)
    text = seed.text
    sentences = {(s.start, s.end) for s in seed.sentences}
    for e in pol:
        assert e.evidence and all(text[x.start : x.end] == x.text for x in e.evidence)
        assert 0 < e.confidence <= 0.95
        # Schema v1: evidence items are whole sentences, once each, covering every filled field.
        spans = [(x.start, x.end) for x in e.evidence]
        assert len(spans) == len(set(spans)) and set(spans) <= sentences
        filled = {"plover": True, "actors": bool(e.actors), "location": e.location is not None,
                  "date": e.date.text is not None, "claims": bool(e.claims), "event_type": e.event_type is not None}
        assert {f for f, on in filled.items() if on} <= {f for x in e.evidence for f in x.supports}
        assert e.evidence[0].supports[0] == "plover"  # the act's own sentence comes first
    assert not any(e.plover.event == "ASSAULT" for e in pol)
    again = eventwire.extract(SEED.read_text(encoding="utf-8"), published=PUB)
    assert {e.id for e in again} >= {e.id for e in pol}  # deterministic ids


CASES = [
    ("The European Union imposed new sanctions on Russia on Monday.", "SANCTION", "discontinue",
     "European Union", None),
    ("Thousands of protesters rallied in Tbilisi against the government.", "PROTEST", "demo", None, "Tbilisi"),
    ("Russia deployed thousands of troops to the border with Ukraine.", "MOBILIZE", "troops", "Russia", None),
    ("Germany delivered humanitarian aid to Ukraine on Tuesday.", "AID", None, "Germany", None),
    ("Armenia and Azerbaijan agreed to a ceasefire on Sunday.", "AGREE", None, "Armenia", None),
    ("France held talks with Germany in Paris on Thursday.", "CONSULT", "multilateral", "France", "Paris"),
    ("Poland expelled the Russian ambassador on Friday.", "SANCTION", "expel", "Poland", None),
    ("Ukraine demanded that Russia release all prisoners of war.", "REQUEST", "yield", "Ukraine", None),
    ("Police arrested twelve opposition activists in Minsk on Saturday.", "COERCE", "arrest", None, "Minsk"),
    ("Iran rejected calls for talks with the United States.", "REJECT", "meet", "Iran", None),
    ("China threatened to impose sanctions on Lithuania.", "THREATEN", "restrict", "China", None),
    ("The Netherlands accused Russia of a cyber attack on its ministries.", "ACCUSE", "allege", "Netherlands", None),
    ("Turkey will provide military aid to Azerbaijan, officials said.", "AGREE", None, "Turkey", None),
]


@pytest.mark.parametrize(("text", "event", "mode", "source", "place"), CASES)
def test_categories_on_written_sentences(text: str, event: str, mode: str | None, source: str | None,
                                         place: str | None) -> None:
    ev = _one(text)
    assert (ev.plover.event, ev.plover.mode) == (event, mode)
    if source:
        assert any(source in a.name for a in ev.actors if a.role == "actor"), ev.actors
    if place:
        assert ev.location is not None and ev.location.name == place
    assert any("plover" in x.supports for x in ev.evidence)


def test_acled_sub_types_for_arrests_and_protests() -> None:
    assert _one("Police arrested twelve opposition activists in Minsk.").sub_event_type == "Arrests"
    protest = _one("Thousands of protesters rallied in Tbilisi against the government.")
    assert (protest.event_type, protest.sub_event_type) == ("Protests", "Peaceful protest")
    assert _one("Ukraine and Russia exchanged 300 prisoners of war.").sub_event_type == "Agreement"


def test_negated_and_future_acts_are_recorded_not_coded() -> None:
    doc = _doc("The European Union will consider sanctions against Belarus. "
               "Hungary did not expel the Russian ambassador.")
    assert _political(doc) == []
    st = {(d["event"], d["status"]) for d in doc.decisions if d.get("stage") == "political"}
    assert ("SANCTION", "future") in st and ("SANCTION", "negated") in st


def test_threat_is_coded_although_it_is_about_the_future() -> None:
    ev = _one("Russia threatened to strike Kyiv if Western weapons were used.")
    assert (ev.plover.event, ev.plover.mode) == ("THREATEN", "violence")
    assert ev.actors[0].code == "RUS"


def test_accusation_outranks_the_attack_it_is_about() -> None:
    # The scorer takes the most confident event: the sentence reports a condemnation.
    evs = eventwire.extract("Ukraine condemned the Russian missile strike on Odesa.", published=PUB)
    top = max((e for e in evs if e.plover), key=lambda e: e.confidence)
    assert top.plover.event == "ACCUSE"


def test_component_on_hand_filled_layers() -> None:
    text = "On Monday, Moldova expelled a Russian diplomat."
    doc = WorkDoc(Article(text=text, published=date(2025, 6, 6)))
    doc.sentences = split_sentences(text)
    doc.actors = [ActorMention(11, 18, "Moldova", "Moldova", "state", "MD", "MDA", "GOV"),
                  ActorMention(30, 37, "Russian", "Russia", "demonym", "RU", "RUS", None)]
    make()(doc)
    assert len(doc.events) == 1
    ev = doc.events[0]
    assert (ev.plover.event, ev.plover.mode) == ("SANCTION", "expel")
    assert ev.date.start == date(2025, 6, 2) and ev.date.text == "On Monday"  # weekday resolved here
    assert [(a.code, a.role) for a in ev.actors] == [("MDA", "actor"), ("RUS", "recipient")]


def test_resolve_weekday_and_lexicon_loads() -> None:
    assert resolve_weekday("Wednesday", date(2025, 6, 6)) == date(2025, 6, 4)
    assert resolve_weekday("friday", date(2025, 6, 6)) == date(2025, 6, 6)
    lex = lexicon()
    assert {r.event for r in lex.rules} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                            "SANCTION", "MOBILIZE", "COERCE"}


def test_gate_finds_what_one_big_alternation_finds(seed: WorkDoc) -> None:
    # The automaton only proposes start positions; the matches must equal a scan with all rules at once.
    lex = lexicon()
    big = re.compile("|".join(rf"\b(?:{r.pattern})" for r in lex.rules), re.I)
    texts = [seed.text] + [c[0] for c in CASES] + [
        "Greece plans to impose restrictions on its labour market. NATO said it would tighten the blockade.",
        "The long-threatened invasion began. Protesters blockaded Paris and rallied.",
    ]
    for text in texts:
        for s in split_sentences(text):
            got = [(m.start, m.end) for m in lex.find(text, s.start, s.end, 0)]
            want = [(m.start(), m.end()) for m in big.finditer(text, s.start, s.end)]
            assert got == want, text[s.start : s.end]


def test_literal_prefixes() -> None:
    assert literal_prefixes(r"(?:tele)?phoned|prais(?:ed|es)\b") == {"tele", "phoned", "praise"}
    assert literal_prefixes(r"(?<!-)su(?:ed|es)") == {"sued", "sues"}
    with pytest.raises(ValueError):
        literal_prefixes(r"\w+ed\b")  # no literal start: such a rule could not be gated


THREATS = [
    ("Greece will impose new sanctions on Turkey unless it withdraws its ships.", "THREATEN", "restrict"),
    ("The government said it is prepared to impose martial law in the capital.", "THREATEN", "restrict"),
    ("The union threatened to hold a general strike unless wages rise.", "THREATEN", "restrict"),
    ("Rebel leaders vowed to attack the capital.", "THREATEN", "violence"),
    ("The junta may suspend talks with the opposition, the minister said.", "THREATEN", "relations"),
    ("The United States announced on Monday it would suspend aid to the junta.", "SANCTION", "discontinue"),
    ("The interior ministry ordered the newspaper to suspend publication.", "COERCE", "censor"),
    ("Riot police dispersed a rally outside parliament in Yerevan.", "COERCE", "restrict"),
    ("Both armies remained on high alert along the border.", "MOBILIZE", "troops"),
    ("The two sides failed to reach an agreement on the border.", "REJECT", "change"),
]


@pytest.mark.parametrize(("text", "event", "mode"), THREATS)
def test_warnings_orders_and_refusals(text: str, event: str, mode: str | None) -> None:
    ev = _one(text)
    assert (ev.plover.event, ev.plover.mode) == (event, mode)


def test_hostile_words_outside_political_acts_are_not_threats() -> None:
    assert not any(e.plover.event == "THREATEN" for e in _political(_doc("The long-threatened invasion began.")))
    doc = _doc("The firm vowed to fight the ruling in court. Exports failed to reach the levels of 2004.")
    assert {e.plover.event for e in _political(doc)} <= {"ACCUSE"}


def _dev(i: int) -> bool:
    return int(hashlib.sha1(f"plover-v2:{i}".encode()).hexdigest(), 16) % 3 != 0


def test_plover_dev_accuracy() -> None:
    dev = [r for i, r in enumerate(load_plover()) if _dev(i)]
    assert len(dev) == 214
    pipe = load_pipeline()
    ok = 0
    for r in dev:
        evs = [e for e in pipe(Article(text=r["text"])).events if e.plover]
        ok += bool(evs) and max(evs, key=lambda e: e.confidence).plover.event == r["event"]
    assert ok / len(dev) >= 0.85  # measured 0.893 (191/214); ASSAULT misses belong to triggers


def test_offsets_survive_characters_that_grow_when_lower_cased() -> None:
    # "İ".lower() is two characters: the gate must still point at the right words.
    doc = _doc("The governor of İzmir and the İİB said that Turkey condemned the attack on the embassy.")
    ev = next(e for e in _political(doc) if e.plover.event == "ACCUSE")
    assert _phrases(doc, ev) == ["condemned"]
