"""After review: a verdict, an arrest or a probe names an earlier attack only in a custody or judgement sense (bg208)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 3, 6)
IED = "Remote explosive/landmine/IED"


def violent(text: str, published: date | None = DAY) -> set[tuple[str | None, str | None]]:
    """The violent events coded for text, arrests left out (published None: a story with no day)."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=published)
            if e.event_type is not None and e.sub_event_type != "Arrests"}


def test_a_verdict_in_another_clause_does_not_judge_a_fresh_prison_attack() -> None:
    # D1: "jailed for drug offences" is the inmates' old verdict; "were killed in the attack" is the news.
    text = "Seven inmates jailed for drug offences were killed in the attack on the prison in Herat on Tuesday."
    assert violent(text) == {("Attack", "Herāt")}
    assert violent(text, None) == {("Attack", "Herāt")}


def test_a_verdict_participle_before_a_dated_prison_attack_keeps_it() -> None:
    # D1: "convicted fighters in the attack ... on Friday" is a fresh jail-break, kept by the story's day.
    assert violent("Militants freed 200 convicted fighters in the attack on the prison in Kandahar on Friday.") \
        == {("Attack", "Kandahār")}


def test_held_and_questioned_that_are_not_custody_keep_the_attack() -> None:
    # D2: "held positions", "held a press conference", "questioned the minister", "over the weekend".
    assert violent("Hamas fighters held positions over the weekend as the attack on Khan Younis went on.", None) \
        == {("Attack", "Khān Yūnis")}
    assert violent("Police held a press conference over the shooting at a school in Uvalde that killed 21 people.",
                   None) == {("Attack", "Uvalde")}
    assert violent("Senators questioned the general over the attack on the base in Bamako, which killed 10 soldiers.",
                   None) == {("Armed clash", "Bamako")}
    assert (IED, "Lahore") in violent("Crowds held rallies over the weekend after the bombing of a church in Lahore.",
                                      None)


def test_custody_held_still_names_the_earlier_attack() -> None:
    assert violent("Four men held over the car bombing of a hotel in Manila", None) == set()


def test_the_shooting_of_a_person_stays_as_a_murder_does() -> None:
    # D3: an arrest over "the shooting of" a person keeps it, as for "the murder of" (MUC keys code such crimes).
    assert violent("Police detained three men over the shooting of a union leader in Cali.", None) == {("Attack", "Cali")}
    assert violent("Police detained three men over the murder of a union leader in Cali.", None) == {("Attack", "Cali")}


def test_in_a_dated_story_an_arrest_refuses_its_attack_only_with_an_older_date() -> None:
    # D4: the arrest may follow the story's own attack; only a date before the story's weeks makes it retold.
    text = "Police arrested two men over the bombing of a bus station in Multan that killed nine people."
    assert violent(text) == {(IED, "Multan")}
    assert violent(text, None) == set()
    assert violent("Police arrested two men over the 2019 bombing of a bus station in Multan.") == set()
