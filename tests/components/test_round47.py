"""Round 47: institutions named like buildings and objects in no-strike settings are no damaged sites."""

from eventwire.components.damage import DamageFinder
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc

_FINDER = DamageFinder()


def _sites(text: str) -> list[str]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [d.label for d in _FINDER.find(doc)]


def test_closed_or_cancelled_institution_is_no_site() -> None:
    assert _sites("Officials prolong the cancellation of school until Friday after the missile attack.") == []
    assert _sites("The closure of schools follows the drone attack on the port city.") == ["infrastructure"]
    assert _sites("Schools remain closed in the north after rocket attacks.") == []
    # A closure blamed on the attack itself keeps the site; so does a school the attack hit.
    assert _sites("The clinic closes due to the bombing nearby.") == ["hospital"]
    assert _sites("A rocket attack hit a school in the north.") == ["school"]


def test_house_as_a_chamber_is_no_dwelling() -> None:
    assert _sites("House Intel Committee chair urges White House to answer the missile attack") == []
    assert _sites("Forty House Democrats condemn the attack on the convoy") == []
    assert _sites("The Speaker of the House spoke after the bombing.") == []
    # A house hit by a shell, even capitalised at a sentence start, stays a dwelling.
    assert _sites("House hit by a shell in the border village.") == ["house"]


def test_who_speaks_for_or_works_in_a_site_is_no_strike_on_it() -> None:
    assert _sites("Twelve people died in an air strike on the camp, hospital officials said.") == []
    assert _sites("A field hospital says nine were killed in the shelling.") == []
    assert _sites("Students of the university protest against the bombing.") == []
    assert _sites("Guards tortured the power plant employees after the shelling.") == []
    # A site that says it was itself hit keeps its label.
    assert _sites("The monastery says it was hit by an air strike.") == ["religious site"]


def test_people_taken_to_taught_in_or_fleeing_a_site() -> None:
    assert _sites("Three wounded in the bombing were taken to hospital.") == []
    assert _sites("Families fled their homes as the shelling went on.") == []
    assert _sites("Families left their homes before the shelling.") == []
    assert _sites("The strikes left homes in ruins.") == ["house"]  # "left" with no owner: what the strike did
    assert _sites("Residents returned to their destroyed homes after the bombing.") == ["destroyed", "house"]
    # "died in the hospital strike": the object names the strike itself.
    assert _sites("Six died in the hospital strike on Tuesday.") == ["hospital"]


def test_idiom_road_map() -> None:
    assert _sites("The envoy presents a road map after the attack on the town.") == []


def test_aircraft_that_strike_or_launch_are_weapons() -> None:
    assert _sites("Two bombers struck the depot overnight with glide bombs.") == []
    assert _sites("Troops fired anti-aircraft missiles at the town and hit a bridge.") == ["infrastructure"]
    assert _sites("Missiles fired from a Tu-22 aircraft hit the rail yard.") == []
    assert _sites("A drone hit two aircraft parked at the air base.") == ["aircraft", "military facility"]
    assert _sites("The aircraft struck by the missile burned out.") == ["aircraft", "fire"]


def test_parts_of_a_struck_site_and_a_site_left_then_hit_stay_sites() -> None:
    # Final review (session 12): a building part after the site is no body that speaks or works there.
    assert _sites("A missile struck the university campus in Kharkiv.") == ["school"]
    assert _sites("A Russian missile struck the hospital administration building in Kharkiv.") == ["hospital"]
    assert _sites("A drone struck the clinic staff quarters in the town.") == ["hospital"]
    # The site people were evacuated from is the one the strike hit ("it", or the site named again).
    assert _sites("Patients were evacuated from the hospital after a missile hit it in Kharkiv.") == ["hospital"]
    assert _sites("Families fled from the school after a shell struck the school.") == ["school", "school"]
    # The body itself still speaks: "the school administration said", "staff, ...".
    assert _sites("After the shelling, the school administration said classes would move online.") == []
    assert _sites("A missile hit the port, hospital staff said.") == ["infrastructure"]
