"""Triggers: ACLED/PLOVER coding and factual status."""

from datetime import date

from eventwire.components.sentences import split_sentences
from eventwire.components.triggers import TriggerFinder, is_heading
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _run(text: str, published: date | None = date(2025, 6, 6)) -> WorkDoc:
    doc = WorkDoc(Article(text=text, published=published))
    doc.sentences = split_sentences(text)
    doc.triggers = TriggerFinder().find(doc)
    return doc


def _status(doc: WorkDoc) -> dict[str, tuple[str | None, str]]:
    return {t.text.lower(): (t.sub_event_type, t.status) for t in doc.triggers}


def test_sub_event_types_and_plover_modes() -> None:
    doc = _run("Israeli jets carried out an airstrike on the camp. A roadside bomb killed two soldiers. "
               "Rebels clashed with troops near the town. A suicide bomber blew himself up at a market. "
               "Air defences shot down 40 drones. Gunmen opened fire on villagers.")
    subs = {t.sub_event_type for t in doc.triggers}
    assert {"Air/drone strike", "Remote explosive/landmine/IED", "Armed clash", "Suicide bomb",
            "Disrupted weapons use", "Attack"} <= subs
    air = next(t for t in doc.triggers if t.text == "airstrike")
    assert (air.plover, air.mode, air.status) == ("ASSAULT", "aerial", "asserted")


def test_negation_future_hypothetical_history() -> None:
    doc = _run("The army denied carrying out the airstrike on the village. "
               "More missile attacks were still a possibility, officials said. "
               "If the talks fail, shelling will resume. "
               "The town has suffered artillery fire since the 2022 invasion.")
    st = _status(doc)
    assert st["airstrike"][1] == "negated"
    assert st["missile attacks"][1] == "future"
    assert st["shelling"][1] in ("hypothetical", "future")
    assert st["artillery fire"][1] == "historical"
    assert {d["status"] for d in doc.decisions} >= {"negated", "future", "historical"}


def test_headings_make_no_triggers() -> None:
    text = "Russia Launches Major Airstrikes Across Ukraine\n\nOfficials said airstrikes hit the city."
    doc = _run(text)
    assert [t.text for t in doc.triggers] == ["airstrikes"]
    assert doc.decisions[0]["status"] == "heading"
    assert is_heading(text, 0, 47)


def test_all_caps_muc_style_and_weak_words() -> None:
    doc = _run("TERRORISTS DETONATED A CAR BOMB IN FRONT OF THE EMBASSY. THE ATTACK DESTROYED TWO VEHICLES. "
               "GUERRILLAS AMBUSHED AN ARMY PATROL NEAR SAN MIGUEL.")
    subs = [t.sub_event_type for t in doc.triggers]
    assert subs.count("Remote explosive/landmine/IED") >= 1 and "Armed clash" in subs
    assert all(t.status == "asserted" for t in doc.triggers)
    lone = _run("The union strikes continued for a week.")
    assert lone.triggers == [] and lone.decisions[0]["reason"].startswith("generic")
