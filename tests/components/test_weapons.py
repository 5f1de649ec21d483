"""Weapons: kinds, models and launched/intercepted tallies."""

from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.components.weapons import WeaponFinder
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _weapons(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    return [(w.kind, w.model, w.launched, w.intercepted) for w in WeaponFinder().find(doc)]


def test_launched_and_intercepted_per_kind() -> None:
    got = _weapons("Russia launched 479 drones and 20 missiles; air defences downed 277 drones and 19 missiles.")
    # the downed figures join the launched ones of the same kind: one tally per weapon
    assert got == [("drone", None, 479, 277), ("missile", None, 20, 19)]


def test_models_and_partitive_tallies() -> None:
    got = _weapons("Air defense destroyed 31 of 35 Shahed drones. Russian forces fired 8 Kh-101 cruise missiles "
                   "and two Iskander-M ballistic missiles.")
    assert ("drone", "Shahed", 35, 31) in got
    assert ("missile", "Kh-101", 8, None) in got and ("missile", "Iskander-M", 2, None) in got


def test_kinds_without_numbers() -> None:
    got = _weapons("GUERRILLAS USED DYNAMITE AND RIFLES. The strike destroyed several military aircraft.")
    assert [k for k, *_ in got] == ["explosive", "small arms", "aircraft"]
    assert got[2][3] is None  # aircraft destroyed on the ground are not interceptions


def test_passive_bare_and_colon_tallies() -> None:
    assert _weapons("Of the 40 missiles fired at the capital, 32 were intercepted.") == [("missile", None, 40, 32)]
    assert _weapons("Russia attacked Ukraine with 100 drones overnight, of which 70 were shot down.") == [
        ("drone", None, 100, 70)]
    assert _weapons("The enemy launched 6 Kinzhal hypersonic missiles, all of which were shot down.") == [
        ("missile", "Kinzhal", 6, 6)]
    assert _weapons("In total, the enemy used 70 air attack assets: 60 Shahed-type drones and 10 missiles.") == [
        ("drone", "Shahed", 60, None), ("missile", None, 10, None)]
    assert _weapons("The air force said 12 Lancet drones were downed near the front.") == [
        ("drone", "Lancet", None, 12)]
    assert _weapons("Overnight, Russia launched 90 Shaheds at Ukraine.") == [("drone", "Shahed", 90, None)]
    got = _weapons("Forces launched 20 cruise missiles (of which air defenses reportedly shot down 12).")
    assert got == [("missile", None, 20, 12)]
    assert _weapons("Air defenses shot down all 45 Shahed-136 drones.") == [("drone", "Shahed-136", 45, 45)]


def test_strike_counts_are_not_weapon_tallies() -> None:
    got = _weapons("Russian forces conducted 2 missile and 28 air strikes and 40 missile strikes on the city.")
    assert all(launched is None and intercepted is None for *_, launched, intercepted in got)


def test_written_tally_set_is_fully_extracted() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from weapons import written  # the benchmark's own written sentences and scorer

    assert written()["sentence_exact"] == 1.0
