"""Review of grp126: a group's name stays no place (not even an unknown one), and only its home country counts."""

import eventwire


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country_code) for p in eventwire.geoparse(text)]


def test_a_dropped_group_word_does_not_come_back_as_an_unknown_place() -> None:
    # "in the Arabian Peninsula" has a place cue in front of it; inside AQAP's name it is no place of the story.
    assert _places("Militants of al-Qaeda in the Arabian Peninsula stormed an army post in Abyan.") == [
        ("Abyan", "YE")]
    assert _places("Al-Qaeda in the Arabian Peninsula said it planted the bomb that killed four soldiers.") == []


def test_only_the_group_home_country_keeps_a_word_of_its_name() -> None:
    # Both groups fight in the DR Congo: neither the Central African Republic nor Rwanda is a place of these stories.
    assert _places("Islamic State Central Africa Province fighters killed six farmers on Friday.") == []
    assert _places("Fighters of the Democratic Forces for the Liberation of Rwanda burned a village on Friday.") == []
    assert ("Rwanda", "RW") in _places("Fighters crossed from Rwanda on Friday.")


def test_a_hyphen_joined_group_name_is_masked_too() -> None:
    # Mai is a place in Kenya; "Mai-Mai" is a Congolese militia.
    assert _places("Mai-Mai fighters killed four people in an ambush on Thursday, officials said.") == []
    assert _places("Mayi-Mayi and Mai-Mai fighters clashed near Uvira on Sunday.") == [("Uvira", "CD")]

