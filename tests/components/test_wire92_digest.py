"""Wire digests: a line of spaced dashes parts the items."""

from eventwire.components.sentences import split_sentences

DIGEST = (
    "MADRID - Farm unions in the north asked for lower diesel\n"
    "prices after a week of road blockades, union leaders said\n"
    "    - - - -\n"
    "    LIMA - Two police officers died when rebels fired on their\n"
    "patrol near a mountain town, the interior ministry said.\n"
    "    - - - -\n"
    "    OSLO - The central bank kept its main lending rate steady\n"
    "for the third month in a row.\n"
)


def test_dash_line_ends_digest_item() -> None:
    sents = [DIGEST[s.start:s.end] for s in split_sentences(DIGEST)]
    assert len(sents) == 3
    assert sents[0].endswith("union leaders said")
    assert sents[1].startswith("LIMA - Two police officers")
    assert sents[2].startswith("OSLO")
    assert not any("- - -" in s for s in sents)


def test_hyphen_inside_a_line_is_not_a_separator() -> None:
    text = ("TOKYO - The ministry said the score was 3 - 2 - 1 in the\n"
            "regional count and the vote would follow next week, with\n"
            "results due on Friday, officials told a press briefing\n"
            "in the capital on Tuesday evening after the meeting.\n")
    assert len(split_sentences(text)) == 1
