"""How much an admin unit the text names counts for a namesake inside it: less in a long war report."""

from __future__ import annotations

from collections import Counter, defaultdict

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

# A text naming this many admin-1 units of one country is a long report: there a unit counts in full only with
# a third of the mentions of that country's units.
_MANY_UNITS, _SHARE_FULL = 6, 3.0
_CITY_HEADS = ("city of ", "town of ")


def town_names(key: str) -> tuple[str, str]:
    """The keys a town goes by as its own main name: "hamilton" and "hamilton city" ("New York" is New York City)."""
    return key, key + " city"


def own_form(other: str, key: str) -> bool:
    """True when `other` is the town `key` by its long name ("hamilton city", "city of richmond"): one place."""
    return other != key and (other in town_names(key) or any(other == h + key for h in _CITY_HEADS))


class NamedUnits:
    """The units a text names (`context.named_units`), weighed by how spread the text's units are."""

    def __init__(self, gz: Gazetteer, units: dict[str, Counter[str]], ctx: list[Candidate]):
        self.units = units
        self.total = {code: sum(cnt.values()) for code, cnt in units.items()}
        # A war report names ten oblasts: one named a few times among them is weak evidence for a namesake
        # village in it ("Nikopol" is the city of 100k in Dnipropetrovsk Oblast, not the village in Kharkiv Oblast).
        self.level_total: dict[str, int] = defaultdict(int)
        self.level_units: dict[str, int] = defaultdict(int)
        for code, n in self.total.items():
            if code.startswith("a1:"):
                self.level_total[code[3:].split(".")[0]] += n
                self.level_units[code[3:].split(".")[0]] += 1
        # ... and there "Izium" names the town, not the raion named after it (which holds a village Nikopol).
        long_cc = {cc for cc, n in self.level_units.items() if n >= _MANY_UNITS}
        self.centre: dict[str, set[str]] = defaultdict(set)  # a2 code → names naming it only through its town
        if long_cc:
            ids_of = {name_key(c.text): c.ids for c in ctx if c.kind != "demonym"}
            for code, cnt in units.items():
                if code.startswith("a2:") and code[3:].split(".")[0] in long_cc:
                    for key in cnt:
                        if any(gz.fclass[j] == "P" and gz.admin2[j] == code[3:] for j in ids_of.get(key, ())):
                            self.centre[code].add(key)

    def others(self, code: str, key: str) -> int:
        """Mentions of other names than `key` that can be this unit ("Tehama County" for a town in US.CA.103)."""
        cnt = self.units.get(code)
        return 0 if not cnt else self.total[code] - cnt.get(key, 0)

    def a1_weight(self, code: str, key: str) -> float:
        """1.0 when other names name this admin-1 unit (less in a long report where it is one of many)."""
        n = self.others(code, key)
        if not n:
            return 0.0
        cc = code[3:].split(".")[0]
        if self.level_units[cc] < _MANY_UNITS:
            return 1.0
        return min(1.0, _SHARE_FULL * n / self.level_total[cc])

    def a2_named(self, code: str, key: str) -> bool:
        """True when another name names this admin-2 unit (in a long report, not only through its main town)."""
        cnt = self.units.get(code)
        if not cnt:
            return False
        centre = self.centre.get(code)
        # "Hamilton ... Hamilton City Hall": the town by its long name is the same place, no evidence for the
        # namesake city unit ("Hamilton City", New Zealand). ("Lancaster County ... Lancaster" is: the town in it.)
        return any(k != key and (not centre or k not in centre) and not own_form(k, key) for k in cnt)
