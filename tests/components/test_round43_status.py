"""Round 43: status_of reads a second past act after "and" from its own predicate when a town follows it."""

from __future__ import annotations

from eventwire.components.trigger_status import status_of


def _status(text: str, trigger: str, towns: tuple[str, ...] = ()) -> str:
    t0 = text.index(trigger)
    return status_of(text, 0, len(text), t0, t0 + len(trigger), None, [text.index(t) for t in towns])[0]


def test_a_denied_clause_does_not_reach_the_act_after_and_with_a_town() -> None:
    text = "Russian troops did not make any confirmed advances near Lyman and shelled Siversk on August 3."
    assert _status(text, "shelled", ("Lyman", "Siversk")) == "asserted"


def test_an_aim_does_not_reach_the_act_after_and_with_a_town() -> None:
    text = "Russian troops held their lines to prevent Ukrainian advances and conducted strikes on Kupiansk."
    assert _status(text, "conducted strikes", ("Kupiansk",)) == "asserted"


def test_with_no_town_after_it_the_act_stays_denied() -> None:
    # Only the denied clause's town: the act would take it, so the denial still holds.
    text = "Russian troops did not make any confirmed advances near Lyman and fired on positions along the front."
    assert _status(text, "fired", ("Lyman",)) == "negated"
    assert _status(text.replace("along the front", "near Siversk"), "fired") == "negated"  # no towns given


def test_a_denial_of_the_act_itself_is_kept() -> None:
    text = "Russian troops did not shell Siversk on August 3."
    assert _status(text, "shell", ("Siversk",)) == "negated"
