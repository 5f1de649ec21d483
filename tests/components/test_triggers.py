"""Triggers: ACLED/PLOVER coding and factual status."""

from datetime import date

from eventwire.components import actors
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


ALL_25 = {
    "Armed clash": "Rebels clashed with troops near the town.",
    "Government regains territory": "Government troops recaptured Bunia after a week.",
    "Non-state actor overtakes territory": "Rebels seized the town of Kalembe on Monday.",
    "Chemical weapon": "Syrian forces carried out a chlorine gas attack on Douma.",
    "Air/drone strike": "Israeli jets carried out an airstrike on the camp.",
    "Suicide bomb": "A suicide bomber blew himself up at a market.",
    "Shelling/artillery/missile attack": "Artillery shelling hit the village.",
    "Remote explosive/landmine/IED": "A roadside bomb killed two soldiers.",
    "Grenade": "Attackers threw a grenade into the bar.",
    "Sexual violence": "Soldiers raped women in the village, residents said.",
    "Attack": "Gunmen opened fire on villagers.",
    "Abduction/forced disappearance": "Militants kidnapped three aid workers.",
    "Peaceful protest": "Thousands of protesters marched in the capital.",
    "Protest with intervention": "Police used tear gas to disperse protesters outside parliament.",
    "Excessive force against protesters": "Security forces opened fire on protesters, killing four.",
    "Violent demonstration": "Rioters threw stones at police in the port.",
    "Mob violence": "A mob lynched a man accused of theft.",
    "Agreement": "The two sides signed a ceasefire agreement in Doha.",
    "Arrests": "Police arrested 12 opposition activists.",
    "Change to group/activity": "The army deployed additional troops to the border.",
    "Headquarters or base established": "The rebels established a new base near Goma.",
    "Looting/property destruction": "Militants looted shops in the village.",
    "Non-violent transfer of territory": "Government forces entered the town unopposed.",
    "Other": "A mass grave was discovered near the town.",
    "Disrupted weapons use": "Sappers defused two bombs near the market.",
}


def test_all_25_acled_sub_event_types() -> None:
    for sub, sentence in ALL_25.items():
        subs = {t.sub_event_type for t in _run(sentence).triggers if t.status == "asserted"}
        assert sub in subs, (sub, sentence, subs)


def test_weak_words_fall_back_and_lone_headline_counts() -> None:
    doc = _run("Bomb in northern Mosul kills at least 7")
    assert {t.sub_event_type for t in doc.triggers} == {"Remote explosive/landmine/IED"}  # "kills" joins the bomb
    clash = _run("Militants killed five soldiers at a checkpoint.")
    assert clash.triggers[0].sub_event_type == "Armed clash"
    vac = _run("Militants killed five villagers near the well.")
    assert vac.triggers[0].sub_event_type == "Attack"
    assert _run("The storm killed five people.").triggers == []


def test_legal_and_unnamed_territory_are_not_events() -> None:
    doc = _run("The colonel, who has been charged with murder by the army, was extradited.")
    assert all(t.status == "historical" for t in doc.triggers if "murder" in t.text.lower())
    doc = _run("Unidentified units captured the village at dawn.")
    assert doc.triggers == []
    assert any(d["reason"].startswith("territory taken") for d in doc.decisions)


def test_bare_strikes_are_coded_by_weapon_and_harm() -> None:
    def subs(text: str) -> set[str | None]:
        return {t.sub_event_type for t in _run(text).triggers if t.status == "asserted"}

    assert subs("Israeli strikes in Jabalia kill 14, mostly women") == {"Air/drone strike"}
    assert subs("Twenty people were killed in a strike on a food aid queue.") == {"Air/drone strike"}
    assert subs("Russian forces struck Zaporizhzhia with Shahed drones.") == {"Air/drone strike"}
    assert subs("Russian forces targeted Nikopol with multiple launch rocket system (MLRS) strikes.") == {
        "Shelling/artillery/missile attack"}
    assert subs("Teachers went on a national strike over pay.") == set()
    assert subs("The hunger strike entered its tenth day.") == set()
    assert subs("Israel troops kill two Palestinian teens in the West Bank") == {"Attack"}


def test_army_only_phrases_need_no_named_party() -> None:
    doc = _run("Ukrainian and Russian sources reported fighting near Siversk and Soledar. Russian sources "
               "claimed that Russian units repelled Ukrainian ground attacks in Sumy Oblast.")
    assert [t.sub_event_type for t in doc.triggers if t.status == "asserted"] == ["Armed clash"] * 2


def test_history_aggregates_and_denials() -> None:
    doc = _run("Thousands of civilians have been killed in shelling since Russia's full-scale invasion in 2022. "
               "Moscow denied striking the hospital in Kharkiv. "
               "At least 80 rebels have been killed by police forces this year. "
               "Russian drones hit Odesa overnight in the heaviest attack since the full-scale invasion.",
               published=date(2022, 9, 1))
    st = {t.text.lower(): t.status for t in doc.triggers}
    assert st["shelling"] == "historical"  # same year as publication: the "since" phrase decides
    assert any(d["text"] == "striking " and d["status"] == "negated" for d in doc.decisions)
    assert not any(t.text == "striking " and t.status == "asserted" for t in doc.triggers)
    assert st["killed"] == "historical"  # a tally over the year, not one event
    assert st["drones hit"] == "asserted"  # compared with the past, still a new event
    reasons = {d["text"].lower(): d["reason"] for d in doc.decisions}
    assert "tally" in reasons["killed"] and "since" in reasons["shelling"]


def _run_with_actors(text: str) -> WorkDoc:
    doc = WorkDoc(Article(text=text, published=date(2022, 3, 5)))
    doc.sentences = split_sentences(text)
    doc = actors.make()(doc)  # the parties a "bomb" verb needs are found by the actors stage
    doc.triggers = TriggerFinder().find(doc)
    return doc


def test_a_strike_never_inherits_a_battle() -> None:
    # ISW: a sentence of ground assaults, then drones and missiles: the strike codes itself.
    doc = _run("Russian forces conducted ground assaults near Bakhmut on October 23. "
               "Russian forces struck Kharkiv City with Shahed-136 drones and Iskander missiles.")
    struck = next(t for t in doc.triggers if t.text == "struck")
    assert (struck.event_type, struck.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_bomb_and_shell_as_verbs() -> None:
    doc = _run_with_actors("Russian troops kept trying to encircle, bomb, and shell Avdiivka. "
               "Military planes and helicopter gunships bombed villages near the city. "
               "Russian forces bombarded the plant with artillery and air strikes.")
    subs = [(t.text.lower(), t.sub_event_type) for t in doc.triggers]
    assert ("bomb", "Air/drone strike") in subs
    assert ("and shell", "Shelling/artillery/missile attack") in subs
    assert ("bombed", "Air/drone strike") in subs
    assert ("with artillery", "Shelling/artillery/missile attack") in subs
    assert ("air strikes", "Air/drone strike") in subs
    device = _run("A bus carrying Soviet seamen was destroyed by a bomb.").triggers  # "a bomb" is a device
    assert [t.sub_event_type for t in device] == ["Remote explosive/landmine/IED"]


def test_army_phrases_for_assaults_and_advances() -> None:
    doc = _run("Russian units kept focusing their assaults on Marinka. "
               "Russian forces made unsuccessful attempts to advance on Dovhenke. "
               "Russian forces control half of Popasna, and street fighting is continuing.")
    clash = {t.text.lower() for t in doc.triggers if t.sub_event_type == "Armed clash"}
    assert {"assaults on", "attempts to advance", "street fighting"} <= clash
    assert not _run("The UK MoD said Russian brigades are largely hollow shells.").triggers


def test_aims_forecasts_and_named_battles_are_not_reports() -> None:
    doc = _run("Russian forces are likely amassing in Belgorod to prevent the ongoing Ukrainian counteroffensive "
               "from advancing. Russian troops continue to mass for renewed offensive operations around Sumy. "
               "We expect Russian forces would wait before committing to an amphibious assault on Odesa. "
               "Russia is unable to conduct large-scale ground attacks in the coming months. "
               "Ukrainian forces claimed to repel several Russian assaults near Popasna.")
    st = _status(doc)
    assert st["counteroffensive"][1] == "hypothetical"
    assert st["offensive operations"][1] == "hypothetical"
    assert all(s == "hypothetical" for k, (_, s) in st.items() if k.startswith("assault"))
    assert st["ground attacks"][1] == "future"
    assert st["repel several russian assaults"][1] == "asserted"  # a claimed repulse is a reported fight


def test_a_negated_trigger_types_no_weak_word() -> None:
    # The grenade attack "didn't" happen in this clause's reading: "killed" is coded from its own sentence.
    doc = _run("In Tikrit, U.S. marines killed an Iraqi motorist who didn't stop at a roadblock put up "
               "following a rocket propelled grenade attack on a bakery.")
    killed = [t for t in doc.triggers if t.text == "killed"]
    assert killed and killed[0].sub_event_type != "Grenade"


def test_attacks_on_positions_beside_shelling_are_a_clash() -> None:
    doc = _run("Russian units made limited attacks on Ukrainian lines north of Kharkiv and continued to "
               "shell Mykolayiv.")
    subs = {t.text.lower(): t.sub_event_type for t in doc.triggers}
    assert "Armed clash" in subs.values() and "Shelling/artillery/missile attack" in subs.values()
