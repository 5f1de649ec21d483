"""Gold-free recall census of ISW fire: places a sentence names as shelled, with no shelling coded within 25 km.

Usage: PYTHONPATH=src python benchmarks/shell_census.py [--from 2022-02-24] [--to 2023-12-31] [--examples N] [--out F]
The pieces are `clash_census.py`'s (the unlabelled dev ISW pool, the place reading, one-to-one pairing within 2 then
25 km, the mechanical causes); only the act differs. A sentence tells fire when it says shelled / struck / fired on /
bombarded, or artillery, MLRS, mortar, rocket, tank or missile strikes, fire or attacks (an air or drone strike alone
is not fire: those are Air/drone strikes). Its places pair with the report's Shelling/artillery/missile attacks dated
from two days before the report to its day; "type" then means only another violent type (a clash, an air strike)
lies within 25 km, "taken" one shelling serves two places, "dropped" the sentence yields a shelling elsewhere. An upper
bound as the clash census is: firing points, analysis and past fire count too, so read the misses (--out). A bare
"struck" counts as fire, so a rule that types such strikes as shelling raises this census by construction: read its
"type" misses, do not score such a rule by it.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from eventwire.model import Event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clash_census import census, cli, report, unlabelled  # noqa: E402

FIRE = re.compile(
    r"\b(?:shell(?:ed|ing|s)?|bombard(?:ed|ing|ment|s)?|fir(?:ed|ing)\s+(?:on|at|upon)|struck|"
    r"(?:artillery|MLRS|mortar|rocket|tank|missile|HIMARS|tube\s+artillery)\s+(?:and\s+\w+\s+)?"
    r"(?:strikes?|fire|attacks?|barrages?|shelling))\b", re.I)


def shelling(e: Event) -> bool:
    """Whether the event is a shelling, artillery or missile attack."""
    return e.sub_event_type == "Shelling/artillery/missile attack"


def main() -> None:
    args = cli(__doc__, "2022-02-24", "2023-12-31")
    reports = unlabelled(date.fromisoformat(args.start), date.fromisoformat(args.end))
    counts, lines = census(reports, FIRE, shelling)
    report(counts, lines, args.out, args.examples)


if __name__ == "__main__":
    main()
