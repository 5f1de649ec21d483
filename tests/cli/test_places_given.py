"""`places --given-mentions` on the seed story: one row per span, in order, null where no place is named."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.geoparsing import default_geoparser

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # the seed story
NAMES = ("Kyiv", "Istanbul", "Washington", "Moscow", "Qatana", "Zelensky")
WANT = [("Kyiv", "UA"), ("Istanbul", "TR"), ("Washington", "US"), ("Moscow", "RU"), ("Qaţanā", "SY")]


def _seed() -> tuple[str, list[tuple[int, int]]]:
    text = SEED.read_text(encoding="utf-8")
    spans = [(text.index(n), text.index(n) + len(n)) for n in NAMES]
    return text, spans


def test_the_api_resolves_the_seed_places_and_gives_none_for_a_person():
    text, spans = _seed()
    got = default_geoparser().resolve_given(text, spans)
    assert [(m.name, m.country_code) for m in got[:5] if m is not None] == WANT
    assert got[4] is not None and got[4].geonameid == 165929  # Qatana, Syria: not the story's Kyiv
    assert got[5] is None  # "Zelensky" is no place: not the article's focus at score 0.05


def test_asked_for_guesses_a_person_gets_the_focus_marked_as_a_guess():
    text, spans = _seed()
    m = default_geoparser().resolve_given(text, spans, guesses=True)[5]
    assert m is not None and m.role == "guess" and m.score <= 0.05 and m.country_code == "UA"


def test_the_cli_writes_one_row_per_span_in_order_with_a_null_row(tmp_path: Path):
    text, spans = _seed()
    src = tmp_path / "given.jsonl"
    src.write_text(json.dumps({"id": "seed", "text": text,
                               "mentions": [{"start": s, "end": e} for s, e in spans]}) + "\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["places", "--given-mentions", str(src)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["text"] for r in rows] == list(NAMES)
    assert [(r["name"], r["country_code"]) for r in rows[:5]] == WANT
    assert rows[5]["geonameid"] is None and rows[5]["lat"] is None and rows[5]["role"] is None
    guessed = CliRunner().invoke(cli, ["places", "--given-mentions", "--guesses", str(src)])
    assert json.loads(guessed.stdout.splitlines()[5])["role"] == "guess"
    wrong = CliRunner().invoke(cli, ["places", "--guesses", str(src)])
    assert wrong.exit_code != 0 and "--given-mentions" in wrong.output
