"""A protest is placed where the crowd gathers, not at its cause (s24, prot127, issue #4)."""

import datetime

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _demos(text: str) -> list[Event]:
    return [e for e in eventwire.extract(text, published=DAY) if e.event_type == "Protests"]


def _placed(text: str) -> list[tuple[str | None, list[str]]]:
    return sorted((e.location.country_code if e.location else None, [a.name for a in e.actors]) for e in _demos(text))


def test_the_cause_abroad_is_not_a_second_protest() -> None:
    for text, cc, crowd in (
            ("Protesters in New York marched against Israel's offensive in Gaza.", "US", "United States"),
            ("Demonstrators in Istanbul protested against Israel on Sunday.", "TR", "Turkey"),
            ("Activists rallied in Hong Kong against Beijing's rule.", "HK", "Hong Kong"),
            ("Demonstrators in Jakarta rallied in support of Palestinians in Gaza.", "ID", "Indonesia"),
            ("Protesters in Taipei marched to denounce China's military drills.", "TW", "Taiwan"),
            ("Pro-Palestinian protesters marched through central London on Saturday, calling for a ceasefire "
             "in Gaza.", "GB", "United Kingdom"),
            ("Protesters in Tbilisi rallied in support of joining the European Union and against Russia.", "GE",
             "Georgia")):
        assert _placed(text) == [(cc, [f"Protesters ({crowd})"])], text


# The headline, dateline and sentence-before fallbacks were removed after review: see test_s24_prot127_mends.py.


def test_a_crowd_at_home_and_a_lone_topic_stay_where_they_were() -> None:
    for text, cc in (("Thousands protested in Tel Aviv against the government on Saturday.", "IL"),
                     ("Thousands protested in Moscow against the war in Ukraine.", "RU"),
                     ("Demonstrators marched in Gaza City against Hamas.", "PS"),
                     ("Thousands protested over the weekend in Paris against pension reform.", "FR"),
                     ("Students protested against the war outside parliament in London.", "GB"),
                     # No other place is named: the topic's place stays (no crowd place to move to).
                     ("Thousands protested against the war in Gaza.", "PS")):
        assert [p[0] for p in _placed(text)] == [cc], text
    # Two protests, each in its own clause, keep their own places.
    text = "Protesters in Berlin rallied against the war; in Gaza, residents protested against Hamas."
    assert [p[0] for p in _placed(text)] == ["DE", "PS"]
