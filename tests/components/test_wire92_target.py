"""The object's demonym beats the doer's country ("U.S. warships shelled an Iranian oil platform")."""

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

HEAD = "U.S. NAVY HITS GULF PLATFORM\n\nWASHINGTON, June 2 - "


def _countries(text: str) -> list[str | None]:
    return [e.location.country_code if e.location else None
            for e in extract(text, published=date(1987, 6, 2)) if is_violent(e)]


def test_object_demonym_beats_a_later_flag_country() -> None:
    # The flag country is no place (`not_where`): the object's demonym stands.
    text = HEAD + ("U.S. warships shelled an Iranian offshore\nrig at dawn on Tuesday to answer the Iranian mine\n"
                   "that holed a U.S. flag tanker last Saturday, aides said.\n"
                   "    The Pentagon said Iran had used the platform to watch ships.\n"
                   "Iranian radio said the United States would pay for the raid.\n")
    assert _countries(text) == ["IR"]


def test_no_object_demonym_is_not_made_up_nor_the_dateline() -> None:
    text = HEAD + ("U.S. warships shelled an oil platform\nin the Gulf on Tuesday in reply to last week's mine blast\n"
                   "that crippled a U.S. flag tanker, officials said here.\n")
    # No demonym names the rig's country, so none is made up; a rig shelled at sea is not in the WASHINGTON dateline
    # town (the pick before session 27) either. The gold leaves a rig with only a sea out altogether; the system
    # keeps the event, unplaced.
    assert _countries(text) == [None]
