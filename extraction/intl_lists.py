"""Place lists in one classified sentence, read with the same grammar in every language.

An introducer ("населенные пункты", "localités de", "cerca de", "قرى") or a
verb of attack opens a list; names, separators and repetition counts continue
it; any other word closes it. A province word with its name closes the list
before it ("<places> провинции Латакия") or, with no list before it, heads the
lists after it ("в провинции Латакия ... A, B"); "города Алеппо" / "de la ville
d'Alep" does the same for districts; "the outskirts / a district of <city>" or
"обстреляли Алеппо (трижды)" make the city itself the place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.intl_tokens import Item
from extraction.places import Admin1

NEUTRAL = frozenset(("sep", "glue", "open", "close", "dash"))
LOCATIVE = frozenset(["à", "en", "em", "in", "im", "в", "во", "у", "na", "no", "nas", "nos", "dans", "في"])


@dataclass
class Entry:
    """One place of a list, as printed, with its repetition count."""

    name: str
    count: int = 1
    admin: Admin1 | None = None  # set by the grammar; ``fixed`` entries carry their own
    is_admin: bool = False  # a province name inside a list: a place only beside real places
    fixed: bool = False
    counted_before: bool = False  # "атаковали дважды X": the figure precedes the place


@dataclass
class Group:
    """One list of places and the province the grammar gives it."""

    introduced: bool
    forward: Admin1 | None
    position: int
    entries: list[Entry] = field(default_factory=list)
    marker: Admin1 | None = None

    def has_places(self) -> bool:
        return any(not e.is_admin for e in self.entries)


def _next_kind(items: list[Item], idx: int) -> str:
    return next((it.kind for it in items[idx + 1 :] if it.kind not in NEUTRAL), "")


class ListReader:
    """The place lists of one sentence (see the module docstring for the grammar)."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.groups: list[Group] = []
        self.mentions: list[tuple[int, Admin1]] = []
        self.g: Group | None = None
        self.forward: Admin1 | None = None
        self.active = self.self_mode = self.city = self.district_pl = self.plural = False
        self.plural_admins: list[Admin1] = []
        self.pre_count: int | None = None
        self.pre_item: Item | None = None
        self.last = ""
        self.idx = 0
        self.just_closed: Group | None = None  # "X in der Provinz Y zweimal beschossen"
        self.words_since = 0
        self.fire = False  # the last word was a verb of attack ("обстреляли", "atacaron")
        self.sep_since_name = False

    def close(self, marker: Admin1 | None = None) -> None:
        g = self.g
        if g is not None:
            if marker is not None:
                g.marker = marker
                for e in g.entries:
                    if not e.fixed:
                        e.admin = marker
            if g.has_places() and (g.introduced or marker is not None):
                self.groups.append(g)
                self.just_closed = g
                self.words_since = 0
        self.g = None

    def group(self) -> Group:
        if self.g is None:
            self.g = Group(introduced=self.active, forward=self.forward, position=self.idx)
        return self.g

    def add(
        self, name: str, admin: Admin1 | None = None, is_admin: bool = False, fixed: bool = False
    ) -> None:
        g = self.group()
        if len(g.entries) == 1 and g.entries[0].counted_before:
            g.entries[0].count = 1  # "двічі обстріляли A і B": two attacks between two places
        g.entries.append(Entry(name, self.pre_count or 1, admin, is_admin, fixed, self.pre_count is not None))
        if self.active:
            g.introduced = True
        self.sep_since_name = False
        if self.pre_item is not None and self.pre_count is not None:
            self.pre_item.flags.add("place_count")
        self.pre_count = None
        self.last = "name"

    def end_plural(self) -> None:
        if not self.plural:
            return
        self.plural = False
        if len(self.plural_admins) == 1:
            if self.g is not None and self.g.has_places():
                self.close(self.plural_admins[0])
            else:
                self.forward = self.plural_admins[0]
        self.plural_admins.clear()

    def on_admin(self, it: Item, a1: Admin1) -> None:
        self.mentions.append((self.idx, a1))
        g = self.g
        if self.plural:
            self.plural_admins.append(a1)
        elif self.self_mode or (
            (self.fire or _next_kind(self.items, self.idx) == "count")
            and _next_kind(self.items, self.idx) != "name"
        ):
            # "пригороды Алеппо", "обстреляли Алеппо (трижды)": the province capital is the place
            it.flags.add("closes_list")
            self.add(it.text, a1, fixed=True)
            if self.g is not None:
                self.g.introduced = True
            return
        elif self.city and g is not None and g.has_places():
            it.flags.add("closes_list")
            self.close(a1)
        elif self.city or self.district_pl:
            self.close()
            self.forward = a1
            self.active = True
        elif g is not None and g.has_places() and self.last in ("glue", "name") and not self.new_scope():
            it.flags.add("closes_list")
            self.close(a1)  # "Tanjara, à Hama", "Пісків Донецької області"
        elif g is not None and (self.active or g.has_places()) and self.last in ("name", "sep", "intro"):
            it.flags.add("closes_list")
            self.add(it.text, a1, is_admin=True, fixed=True)
            return
        elif _next_kind(self.items, self.idx) == "name":
            self.close()
            self.forward = a1
            self.active = True
        self.city = self.district_pl = False
        self.last = "admin"

    def on_marker(self, it: Item, a1: Admin1) -> None:
        self.mentions.append((self.idx, a1))
        if self.g is not None and self.g.has_places() and not self.new_scope():
            it.flags.add("closes_list")  # its figure, if any, belongs to the places
            self.close(a1)
        else:
            self.close()
            self.forward = a1
            self.active = True  # "В провинции Хама - Телль-Марак, Телль-Базам"
        self.self_mode = self.city = self.district_pl = False
        self.last = "marker"

    def new_scope(self) -> bool:
        """A province after '; ' ends the list an earlier one headed ('в провинции A — x, y; в B — z')."""
        return self.g is not None and self.g.forward is not None and self.sep_since_name

    def on_place_word(self, k: str) -> None:
        if (
            k in ("intro", "district_pl", "district_sg", "outskirts")
            and self.g is not None
            and self.g.entries
        ):
            self.close()  # an introducer after a list starts a new one
        self.active = True
        self.self_mode = k in ("district_sg", "outskirts") or (k == "city" and self.self_mode)
        self.district_pl = k == "district_pl"
        self.city = k == "city"
        self.last = k

    def skip_qualifier(self) -> int:
        """Index of the last item of '(на западе|к северу от) <place>' after a listed place."""
        j = self.idx + 1
        items = self.items
        while j < len(items) and items[j].kind != "sep":
            j += 1
        return j - 1

    def read(self) -> list[tuple[Group, Admin1 | None, bool]]:
        skip_until = -1
        last_fire = False
        for idx, it in enumerate(self.items):
            self.idx = idx
            if idx <= skip_until:
                continue
            k = it.kind
            if k not in NEUTRAL:
                self.fire, last_fire = (
                    last_fire,
                    (k == "intro" and "fire" in it.flags) or (k == "city" and last_fire),
                )
            if self.plural and k not in ("admin", "sep", "glue", "open", "close", "num", "count", "dash"):
                self.end_plural()
            if k == "admin" and it.admin is not None:
                self.on_admin(it, it.admin)
            elif k == "marker" and it.admin is not None:
                self.on_marker(it, it.admin)
            elif k == "prov_pl":
                self.plural = True
                self.plural_admins.clear()
                self.last = k
            elif k in ("intro", "district_sg", "outskirts", "district_pl", "city"):
                self.on_place_word(k)
            elif k == "name":
                self.add(it.text)
                self.self_mode = self.city = self.district_pl = False
            elif k == "count" or (k == "num" and self.last == "name" and self.items[idx - 1].kind == "open"):
                closed = self.just_closed
                if self.g is not None and self.g.entries and self.last in ("name", "glue"):
                    self.g.entries[-1].count = max(it.value, 1)
                    it.flags.add("place_count")
                elif (
                    self.g is None
                    and closed is not None
                    and len(closed.entries) == 1
                    and self.last in ("marker", "admin", "word", "intro", "glue")
                    and _next_kind(self.items, idx) != "name"
                ):
                    closed.entries[0].count = max(it.value, 1)
                    it.flags.add("place_count")
                else:
                    self.pre_count = max(it.value, 1)
                    self.pre_item = it
            elif k == "direction":
                if self.g is not None and self.g.entries and self.last in ("name", "glue", "sep"):
                    skip_until = self.skip_qualifier()
                else:
                    self.self_mode = self.active = True
                    self.last = k
            elif k in NEUTRAL:
                if k == "glue" and (self.last == "name" or it.text.lower() in LOCATIVE):
                    self.last = "glue"
                elif k == "sep":
                    self.last = "sep"
                    if it.text == ";":
                        self.sep_since_name = True
                        self.close()  # "A, B; C, D": each part is a list of its own
            else:  # an ordinary word closes the list
                self.close()
                self.words_since += 1
                if self.words_since > 2:
                    self.just_closed = None
                self.active = self.self_mode = self.city = self.district_pl = False
                self.pre_count = None
                self.last = "word"
        self.end_plural()
        self.close()
        out: list[tuple[Group, Admin1 | None, bool]] = []
        for grp in self.groups:
            admin, strong = grp.marker, True
            if admin is None:
                strong = False
                admin = grp.forward or next((a for i, a in self.mentions if i > grp.position), None)
            out.append((grp, admin, strong))
        return out
