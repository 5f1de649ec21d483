"""Round 94: a reported strike that ISW says it cannot confirm is no event; its own acts beside such doubts stay."""

from datetime import date

from eventwire.api import extract
from eventwire.components.trigger_status import status_of
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 5, 3)


def _fires(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def _status(text: str, word: str) -> str:
    """Status of the first `word` in `text`, read as one sentence up to the first full stop."""
    end = text.index(".") + 1
    t0 = text.index(word)
    return status_of(text, 0, end, t0, t0 + len(word), _DAY)[0]


def test_doubt_in_the_same_sentence_drops_a_reported_strike() -> None:
    text = ("A regional governor claimed that Ukrainian gunners struck a Russian depot near Tokmak on May 3, "
            "but ISW cannot independently verify this claim.")
    assert _status(text, "struck") == "hypothetical"
    assert _fires(text) == []


def test_doubt_opening_the_next_sentence_drops_a_reported_strike() -> None:
    text = ("Pro-Russian channels reported that Ukrainian aircraft struck positions in Snihurivka on May 3. "
            "ISW cannot independently confirm these reports.")
    assert _status(text, "struck") == "hypothetical"
    assert _fires(text) == []  # with the splitter's own sentence bounds


def test_the_doubted_strike_word_itself_is_no_event() -> None:
    text = "We cannot verify this reported strike on the depot."
    assert _status(text, "strike") == "hypothetical"


def test_own_shelling_beside_a_doubt_of_other_claims_stays() -> None:
    # Guard: no demonstrative, so the doubt names other claims, not the shelling ISW reports itself.
    text = ("Russian forces shelled Kharkiv City on May 3. "
            "ISW cannot independently confirm Russian claims of advances near Izium.")
    assert _status(text, "shelled") == "asserted"
    assert ("Shelling/artillery/missile attack", "Kharkiv") in _fires(text)


def test_own_shelling_before_a_doubted_claim_in_one_sentence_stays() -> None:
    # Guard: the report verb comes after the act, so the doubt covers only the claim.
    text = ("Russian forces shelled Kharkiv City on May 3, and Russian sources claimed that troops took Dovhenke, "
            "but ISW cannot confirm this claim.")
    assert _status(text, "shelled") == "asserted"


def test_a_doubted_ground_claim_still_tells_of_fighting() -> None:
    # Guard: a claimed capture ISW doubts still tells of fighting there (gold keeps such claims as clashes).
    text = ("Russian milbloggers claimed that Russian forces captured Dovhenke on May 3, "
            "but ISW cannot independently confirm this claim.")
    assert _status(text, "captured") == "asserted"
