"""Session 26 (dir144 mends after review): the rules for watchers, passives and interceptions kept to their cause."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 4, 14)


def _coded(text: str) -> list[tuple[str | None, str | None, list[tuple[str, str | None]]]]:
    """(sub-event type, place's country, [(role, actor's country)]) of each event in `text`."""
    return [(e.sub_event_type, e.location.country_code if e.location else None,
             [(a.role, a.country_code) for a in e.actors]) for e in extract(text, published=DAY)]


def _roles(text: str, sub: str = "Disrupted weapons use") -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(place's country, [(role, actor's country)]) of each event of `sub` in `text`."""
    return [(place, roles) for s, place, roles in _coded(text) if s == sub]


def test_own_later_act_is_not_a_watch() -> None:
    # D1: "tracked and struck", "retaliates ... with", "prepared ... by shelling" tell the party's own act.
    assert _coded("Syrian jets tracked and struck an ISIS convoy") == [("Air/drone strike", None, [("actor", "SY")])]
    assert all(("actor", "UA") in roles for _, _, roles in
               _coded("Ukrainian drones tracked and struck Russian tanks near Bakhmut"))
    coded = _coded("Russia prepared for the attack by shelling Chasiv Yar for days")
    assert coded and all(("actor", "RU") in roles and ("recipient", "RU") not in roles for _, _, roles in coded)


def test_answer_told_by_its_means_keeps_its_actor() -> None:
    # D1: with no trigger of its own, "retaliated for X by launching drones" is told in X's event.
    assert _coded("Iran retaliated for the embassy strike by launching 200 drones at Israel") == [
        ("Air/drone strike", "IL", [("actor", "IR")])]


def test_watcher_is_no_recipient() -> None:
    # D2: a third party watching is neither the target nor the place.
    assert _coded("Italian military is tracking approach of 60 drones launched toward Greece, an aide says") == [
        ("Air/drone strike", "GR", [])]
    # With no other aim told, the watcher's land stays the place (the merge needs it), but it is no recipient.
    assert _coded("Jordanian army is tracking the approach of 30 drones, an aide says") == [
        ("Air/drone strike", "JO", [])]


def test_passive_with_a_count_reads_the_author() -> None:
    # D3: a count or article between "by" and the author; the author is never made the recipient.
    assert _coded("Zaporizhzhia hit by four Russian missiles") == [
        ("Shelling/artillery/missile attack", "UA", [("actor", "RU")])]
    assert _coded("Sumy struck by a Russian drone") == [("Air/drone strike", "UA", [("actor", "RU")])]


def test_passive_target_is_its_subject_not_a_later_party() -> None:
    # D3: a second clause's party is not the passive's target.
    for _, _, roles in _coded("Israel hit by Iranian drones as Hezbollah fires rockets at Nahariya"):
        assert ("recipient", "LB") not in roles


def test_maker_is_not_the_launcher() -> None:
    # D4: "Iranian-made" names the maker; "launched by" names who fired them.
    assert _roles("Ukraine shot down 25 Iranian-made Shahed drones launched by Russia on Sunday") == [
        ("UA", [("actor", "RU"), ("recipient", "UA")])]
    assert _roles("Israel intercepted Iranian-made drones launched by Hezbollah") == [
        ("IL", [("actor", "LB"), ("recipient", "IL")])]


def test_passive_interception_is_not_reversed() -> None:
    # D5: "<launcher's> drones shot down by <defender>".
    assert _roles("Russian drones were shot down by Ukrainian air defences over Lviv") == [
        ("UA", [("actor", "RU"), ("recipient", "UA")])]
    assert _roles("Hezbollah drone intercepted over northern Israel on Sunday") == [("IL", [("actor", "LB"), ("recipient", "IL")])]
    for _, roles in _roles("Most Iranian missiles were intercepted by Israel"):
        assert ("recipient", "IR") not in roles


def test_launch_origin_is_no_actor_and_no_place() -> None:
    # D6: a bare origin country names no party; it is still never the place. Remark 1: at any level.
    assert _roles("Israeli air defences intercepted rockets fired from Lebanon") == [("IL", [("recipient", "IL")])]
    assert _roles("Ukrainian air defences shot down missiles launched from Belarus") == [
        ("UA", [("recipient", "UA")])]
    assert _roles("Ukrainian air defences shot down 12 drones launched from Russia's Bryansk Oblast") == [
        ("UA", [("actor", "RU"), ("recipient", "UA")])]
    # The place the weapon flew toward stays the place.
    assert _roles("Israel intercepts a drone launched from Syria toward Tiberias") == [("IL", [("recipient", "IL")])]


def test_passive_headline_keeps_its_country() -> None:
    # D7: "Sudan shelled, 15 dead" is passive: the country struck is the place.
    assert [place for _, place, _ in _coded("Somalia shelled, 12 dead")] == ["SO"]
    assert [place for _, place, _ in _coded("Yemen struck overnight, 4 dead")] == ["YE"]


def test_weapon_word_qualifying_a_noun_is_no_attack() -> None:
    # D8: "missile threat", "drone fears": the weapon only qualifies another noun.
    assert _coded("Gold prices hit by Houthi missile worries") == []
    assert _coded("Cargo shippers hit by Houthi drone fears") == []
