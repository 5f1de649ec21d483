"""Claims: statements with resolved speakers and roles."""

from eventwire.components.actors import actor_lexicon, find_actors
from eventwire.components.claims import find_claims
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.actors = find_actors(text, actor_lexicon())
    out = find_claims(doc)
    assert all(text[c.start : c.end] == c.text for c in out)
    return [(c.speaker, c.role, c.text) for c in out]


def test_said_that_and_postposed_said() -> None:
    got = _claims("Mayor Vitali Klitschko said that at least three residents were killed. Drones struck "
                  "the capital, Timur Tkachenko, head of Kyiv's military administration, said, as air defenses "
                  "tried to down them. Tkachenko also warned that further strikes could follow.")
    assert ("Vitali Klitschko", "Mayor of Kyiv", "at least three residents were killed") in got
    assert ("Timur Tkachenko", "head of Kyiv's military administration", "Drones struck the capital") in got
    assert ("Timur Tkachenko", "head of Kyiv's military administration", "further strikes could follow") in got


def test_according_to_and_pronoun() -> None:
    got = _claims("Drones destroyed several aircraft, according to the Russian aviation agency. "
                  "While Trump called the conversation good, he said it would not bring peace.")
    assert ("Russian aviation agency", None, "Drones destroyed several aircraft") in got
    assert ("Donald Trump", "President of the United States", "it would not bring peace") in got
