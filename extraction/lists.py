"""The grammar of place lists in incident reports.

A list is what follows a verb of attack ("attacked Safsafa (once), Ikko and
Jurin in Latakia province; Halfaya in Hama province, as well as the city of
Aleppo"). It is split into items at commas, semicolons, ellipses, 'and' and
'as well as'; each item may carry a count ("(two times)", "twice") and may
end with an anchor ("in Latakia province", "in the province of Idlib",
"of Aleppo"). An anchor closes the group of items before it, which all take
its province. Items are reduced to the name as the text spells it: fillers
("the settlements of", "outskirts of", "positions of government forces
near") and generic nouns ("village", "district") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.numbers import count_pattern, number_pattern, parse_count, parse_number
from extraction.places import RARE_COUNTRIES, Admin1, admin1_regex, find_admin1

# Words that make an item a part of a place ("northwestern outskirts of Aleppo"): the place is the whole.
PART_WORDS = (
    "outskirts", "suburb", "suburbs", "district", "districts", "quarter", "quarters", "neighborhood",
    "neighbourhood", "neighborhoods", "neighbourhoods", "area", "areas", "part", "parts", "vicinity",
    "surroundings", "environs", "centre", "center", "institute", "homes", "houses",
)  # fmt: skip
# Unnamed targets that still count once for the province ("positions of government forces in Hama").
POSITION_WORDS = ("positions", "position", "posts", "checkpoint", "checkpoints", "troops", "forces", "hills")
# Generic nouns dropped from the end of a name ("Afes village" -> "Afes").
TRAILING_GENERIC = (
    "settlements", "settlement", "villages", "village", "towns", "town", "city", "district", "districts",
    "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "quarter", "quarters", "sector",
    "sectors",
    "locality", "area", "areas", "suburb", "suburbs", "air base", "airbase", "base", "region", "camp area",
    "front", "fronts", "axis", "axes", "frontline", "front line", "each", "both", "respectively", "mountains",
    "hills", "bakery", "crossing point", "border post", "border outpost", "post", "outpost", "belt",
    "industrial area", "industrial zone", "industrial city", "residential neighbourhood", "residential neighborhood",
    "residential area", "residential district", "residential quarter",
)  # fmt: skip
# Lower-case words allowed inside a name.
NAME_PARTICLES = {
    "al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ed", "es", "ez", "ibn", "bin", "bint", "abu",
    "umm", "um", "de", "du", "la", "le", "of", "the", "to", "and", "al-", "wa",
}  # fmt: skip
# Lower-case nouns allowed at the end of a name ("Castello road", "Hamriya hill").
NAME_NOUNS = {
    "hill", "hills", "airport", "road", "hospital", "station", "square", "valley", "plant", "factory",
    "center", "centre", "school", "bridge", "farms", "farm", "mosque", "church", "market", "highway",
    "monument", "crossing", "dam", "junction", "street", "mall", "camp", "port", "stadium", "heights",
    "mountain", "mountains", "trade", "hotel", "tower", "plain", "field", "fields", "oil", "gas", "power",
    "association", "project", "complex", "apartments", "checkpoint", "bazaar", "neighbourhood", "neighborhood",
    "mine", "quarry", "roundabout", "crossroads", "intersection", "housing",
}  # fmt: skip
# Facilities named inside a town: the town is the place attacked.
FACILITIES = {
    "hospital",
    "school",
    "factory",
    "plant",
    "mosque",
    "church",
    "market",
    "stadium",
    "hotel",
    "mall",
}
# Capitalised words that are never (part of) a place attacked: actors, countries, titles.
NOT_PLACES = {
    "syria", "syrian", "russia", "russian", "turkey", "turkish", "iran", "iranian", "ukraine", "ukrainian",
    "israel", "israeli", "us", "u.s.", "usa", "american", "army", "government", "forward", "brigades", "brigade",
    "battalion", "battalions", "division", "divisions", "regiment", "regiments", "corps", "security", "bsf", "crpf", "rangers",
    "militants", "terrorists", "nusra", "isis", "isil", "daesh", "fsa", "saa", "hts", "tahrir", "hayat",
    "jabhat", "front", "coalition", "un", "osce", "smm", "ministry", "center", "centre", "reconciliation",
    "militia", "militias", "armenian", "azerbaijani", "azerbaijan", "armenia", "pakistan", "pakistani",
    "india", "indian", "yemen", "yemeni", "houthi", "houthis", "libya", "libyan", "lna", "gna", "haftar",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "de-escalation", "zone", "gmt", "utc", "kiev", "kyiv", "moscow", "ankara", "tehran", "lieutenant",
    "general", "colonel", "maj.", "gen.", "lt.", "col.", "president", "minister", "spokesman", "i", "we",
    "he", "she", "they", "it", "this", "that", "there", "which", "what", "where", "whose", "kurdish", "sdf", "ypg", "nato", "eu", "loc",
    "line", "contact", "control", "border", "boundary", "dpr", "lpr", "republic", "people's", "regime", "bashar", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "saudi", "relations", "ispr", "most", "all", "coordination", "defenders", "units", "occupiers", "invaders", "command", "police", "zelensky", "zelenskyy", "putin", "erdogan",
    "poroshenko", "aliyev", "pashinyan", "merkel", "macron", "biden", "trump", "lavrov", "shoigu", "donbas", "donbass", "karabakh", "nagorno-karabakh", "artsakh", "forces", "troops", "operation", "jfo", "ato",
}  # fmt: skip

# Capitalised at the start of a sentence, these still are not names.
_NOT_FIRST = {
    *POSITION_WORDS, *PART_WORDS, *TRAILING_GENERIC, "the", "a", "an", "several", "some", "two", "both",
    "militants", "terrorists", "rebels", "civilians", "residential", "government", "positions", "yes", "no",
}  # fmt: skip
_COUNT_RX = re.compile(count_pattern(), re.I)
_DASH_COUNT = re.compile(
    r"(?:(?<=\s)[–—:-]|(?<=[^\W\d]):)\s*\d{1,3}(?=[\s.;,]*$)"
)  # "Kabani – 2", "Kabana: 4"
_NUMBERED_DISTRICT = re.compile(
    r"\d{3,4}\s+(?:apartments?|housing|flats)(?:\s+(?:apartments?|project|area|district|complex|quarter))*",
    re.I,
)
_LEAD_N = re.compile(
    r"\W*(?:and\s+)?(?P<n>"
    + number_pattern()
    + r")\s+(?:(?:(?:drone|mortar|rocket|artillery|sniper|missile|tank|grenade)\s+)?"
    r"(?:shellings?|attacks?|strikes?|raids?|violations?|cases\s+of\s+(?:shelling|fire))"
    r"\s+(?:each\s+)?(?:of|on|at|against)|more\s+(?:on|near|at|in|against)|(?:in|near|around)(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:al|el|ad|ar|as|an)-)|at(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|on(?=\s+the\s+(?:village|town|settlement|hamlet|city|neighbou?rhood|district)\s+of\s)"
    r"|(?:(?:were|was)\s+(?:carried\s+out|recorded|registered|reported|logged)|came)\s+(?:in|near|around|at|on)"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:al|el|ad|ar|as|an)-))\s+",  # "and four were carried out in Tal Abyad"
    re.I,
)
_BRACKETS = re.compile(r"\[[^\]]{0,60}\]")
_PAREN = re.compile(r"\(([^()]{0,80})\)")
_DIRECTION = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|northern|southern|"
    r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|"
    r"southeastern|southwestern)"
)
_ADMIN_SUFFIX = (
    r"(?i:province|provinces|governorate|governorates|region|regions|oblast|countryside|rural\s+areas|city|"
    r"district|de-escalation\s+zone)"  # "in the Lattakia Governorate" too
)
_LEADING_FILLERS = re.compile(
    # "(the settlements hit) in Idlib province were A": the province is read from the sentence
    r"^(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:province|governorate|region|oblast|district|countryside)\s+"
    r"(?:were|was|included|include|are)\s+|(?:besides|also|in\s+addition|meanwhile|moreover|however|separately|further|furthermore|"
    r"then|as\s+well\s+as|as\s+well|plus|and|or|along\s+with|including|both|even|again|"
    r"from|at|on|in|into|against|upon|towards?|near|around|inside|within|along)\b(?![-'’])[,\s]*|of\s+(?=the\s)"
    r"|(?:the|a|an|its|their)\s+|attacked:\s*"
    # "GNA positions on the al-Khallat axis": the axis is the place
    r"|(?:(?-i:[A-Z]{2,6})\s+|[\w-]+\s+)?(?:positions|units|troops|posts)\s+(?:on|along)\s+(?:the\s+)?"
    r"(?=(?:al|el|ad|ar|as)-|(?-i:[A-Z]))"
    r"|(?:firing|shelling|targeting|attacking|bombarding|hitting)\s+(?:with\s+(?:[\w-]+\s+){1,4}?)?(?:on|at|upon)\s+"
    r"|(?:provincial\s+)?(?:city|town|village|capital|province|region|governorate|area)['’]s\s+"  # "the city's X"
    r"|(?:(?:one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:shellings?|attacks?|strikes?|raids?|bombardments?|"
    r"bombings?|fire|gunfire|cases?\s+of\s+(?:firing|shelling))\s+(?:(?:with|using)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:of|on|at|against)\s+"  # "an attack with mortar rounds on"
    r"|(?:several|some|many|various|multiple|two|three|four|five)\s+|\d{1,2}\s+(?!(?-i:[A-Z]))"
    r"|following(?:\s+[a-z-]+){0,3}\s*:\s*"
    r"|(?:farmland|farms|fields|orchards|olive\s+groves|agricultural\s+land)\s+(?:around|near|outside|of)\s+"
    r"|(?:another|a\s+second|a\s+third|one\s+more)\s+(?:round|shell|rocket|salvo|volley|mortar)s?\s+(?:towards?|at|on|into)\s+"
    r"|(?:were|was|are|is|included|include|includes)\s+(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-|the\s)"
    r"|(?:(?-i:[a-z][\w'’-]*|Christian|Alawite|Druze|Kurdish|Armenian|Azerbaijani|Sunni|Shia|Shiite|Ismaili|"
    r"Turkmen|Assyrian|Arab|Yazidi|Circassian|Greek|Saudi|Israeli|Syrian|Turkish|Lebanese|Iraqi|Yemeni|Libyan|"
    r"Indian|Pakistani|Ukrainian|Russian|Armenian|Azerbaijani|Iranian)(?:-[a-z]+)?\s+){1,2}?"
    r"(?:villages?|towns?|city|settlements?|hamlets?)\s+of\s+(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-)"
    r"|(?:populated|inhabited)\s+localit(?:y|ies)\s+of\s+"
    r"|(?:settlements?|villages?|towns?|cities|city|localit(?:y|ies)|hamlets?)\s+of\s+"
    r"|" + _DIRECTION + r"(?:ern)?\s+"
    r"|[a-z]+-(?:majority|populated|dominated|controlled|inhabited)\s+"  # "the Christian-majority Bab Touma"
    r"|(?:residential|civilian|government-held|militia-held|rebel-held|fsa-held|opposition-held|living|"
    r"populated|inhabited|nearby|adjacent|neighbouring|neighboring|occupied|liberated|border|frontline|front-line)\s+"
    r"|to\s+the\s+" + _DIRECTION + r"\s+of\s+"
    r")",
    re.I,
)
_TRAILING_GENERIC = re.compile(
    r"(?:\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in TRAILING_GENERIC) + r"))+$", re.I
)
_ITEM_CUT = re.compile(
    r"\s+['\"‘“]?(?:from|with|using|by|during|amid|after|before|killing|wounding|injuring|causing|damaging|leaving|"
    r"caused|damaged|destroyed|sparked|and\s+(?:later|then|subsequently|had|has|have)|"  # "an attack on X caused damage"
    r"on\s+(?:the\s+)?(?:night|morning|evening|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"in\s+the\s+(?:early\s+)?(?:evening|morning|night|afternoon|hours)|yesterday|today|tonight|last\s+night|"
    r"this\s+(?:morning|afternoon|evening)|"
    r"on\s+(?:the\s+)?(?:"
    + "|".join(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    + r")|"
    r"(?:late|early)\s+(?:on|in|at|last|yesterday|today|tonight|overnight|this)\b|"  # "X once late on Monday"
    r"at\s+(?:about|around|dawn|night|noon)|at\s+\d|overnight|since|for\s+the|which|who|that|where|when|"
    r"on\s+the\s+(?:[\w-]+\s+){0,2}?(?:highway|motorway|road\b(?!\s+to))|"  # "X on the international highway"
    r"this\s+time|again|as\s+a\s+result|in\s+breach|in\s+violation|along\s+the|over\s+the|within|"
    r"in\s+the\s+(?:past|last|course)|throughout|during|despite|in\s+response|just|only\s+hours|shortly|"
    r"hours\s+after|without|for\s+no\s+reason|indiscriminately|heavily|intensively|repeatedly)\b.*$",
    re.I | re.S,
)
_SPLIT = re.compile(
    r"\s*(?:;|,(?!\d{3})|…|\.\.\.|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s*\bin\s+addition\s+to\s+|\s+plus\s+|\s+and\s+(?:also\s+)?|\s+&\s+)\s*",
    re.I,
)


_LIST_WORD = re.compile(
    r"(?:the|in|at|on|a|an|its|their|one|two|three|four|five|six|seven|eight|nine|ten|positions?|other|"
    r"settlements?|villages?|districts?|al-|el-|ad-|as-|ar-|an-|" + _DIRECTION + r")\b",
    re.I,
)
_DIRECTIONAL_START = re.compile(r"(?:the\s+)?" + _DIRECTION + r"\s", re.I)
_NOUN_OF_NAME = re.compile(r"^(" + "|".join(sorted(NAME_NOUNS)) + r")\s+(?:to|of)\s+[A-Z]")
_CITY_OR_DIRECTION = re.compile(r"\b(?:city|" + _DIRECTION + r")\b", re.I)


@dataclass
class Item:
    """One list item: a named place, an unnamed part of a place, or an anchor-only item."""

    text: str
    name: str | None  # as spelled; None when unnamed
    count: int
    counted: bool  # a count was written for this item
    anchor: Admin1 | None  # the province this item itself ends with
    anchor_text: str | None  # the anchor as written (also for places that are not provinces)
    own_admin: Admin1 | None  # the name itself is a province/city name ("the city of Hama")
    part: bool  # an unnamed part of a place ("the scientists' district")
    position: bool  # unnamed positions that still count for the province
    pure_anchor: bool  # the item is only "Latakia province"
    elided: bool  # the name was cut from the text ("… districts of Aleppo")
    start: int
    clause_count: bool = False  # "... in the province of Homs eight times": the verb's count, not this item's
    lead_anchor: Admin1 | None = None  # "Latakia province: Kabani, Jurin": a header for the items that follow


def _gaz(text: str) -> Admin1 | None:
    text = text.strip()
    m = admin1_regex().fullmatch(text)
    if m is None or not (text[:1].isupper() or text[:1].isdigit() or not text[:1].isalpha()):
        return None
    return find_admin1(text)


_GAZ_TAIL = None


def _anchor_regex() -> re.Pattern[str]:
    global _GAZ_TAIL
    if _GAZ_TAIL is None:
        gaz = admin1_regex().pattern
        _GAZ_TAIL = re.compile(
            r"(?:^|,?\s+)(?P<prep>in|of|at|near|close\s+to|inside|across|(?P<side>"
            r"(?:(?:some|about)\s+)?(?:\d{1,3}\s*(?:km|kilometres|kilometers|miles)\s+)?"  # "the Kilo 16 area east of"
            + _DIRECTION
            + r"\s+of|on\s+the\s+(?:"  # "the Kilo 16 area on the eastern edge of Hodeidah city"
            + _DIRECTION
            + r"\s+)?(?:edge|edges|outskirts|fringes?)\s+of))\s+(?:the\s+)?(?:self-proclaimed\s+)?"
            r"(?:(?:Syria|Ukraine|Yemen|Libya|Armenia|Azerbaijan|India|Pakistan)(?:'s|’s)\s+)?"
            r"(?:(?:" + _DIRECTION + r"|rural|suburban)\s+)?"
            r"(?:(?:province|governorate|region|oblast|countryside|city|provinces|part|parts|outskirts|suburbs|vicinity|north|south|east|west|centre|center|districts)\s+of\s+(?:the\s+)?)?"
            r"(?P<place>" + gaz + r"|[A-Z][\w'’-]{0,30}(?:\s+(?:al-|el-)?[A-Z][\w'’-]{0,30}){0,3})"
            r"(?:['’]s)?(?:\s+" + _ADMIN_SUFFIX + r")?\s*$",
        )
    return _GAZ_TAIL


_PURE_ANCHOR = None


def _pure_anchor_regex() -> re.Pattern[str]:
    global _PURE_ANCHOR
    if _PURE_ANCHOR is None:
        gaz = admin1_regex().pattern
        _PURE_ANCHOR = re.compile(
            r"^(?:in\s+)?(?:the\s+)?(?:(?:Syria|Ukraine|Yemen|Libya|Azerbaijan|Armenia|India|Pakistan)['’]s\s+)?"
            r"(?:(?:province|governorate|region|oblast)\s+of\s+)?(?P<place>"  # "in Syria's Hasakah province"
            + gaz
            + r")"
            r"\s+(?:province|governorate|region|oblast|provinces|countryside|rural\s+areas|district|"
            r"people['’]s\s+republic)\s*$",
            re.I,
        )
    return _PURE_ANCHOR


_FOLLOWING_INTRO = re.compile(r"\s*(?:the\s+)?following\s+[^:;()]{0,80}:\s*(?=\S)", re.I)


_NEW_TARGET = frozenset({"near", "at", "around", "outside", "towards"})


_LOCATING_DIRECTION = re.compile(
    r"\s*(?:some\s+|about\s+)?(?:\d+\s*km\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+){0,2}\s*(?:[.;]|$)"
)


def split_items(span: str, offset: int = 0) -> list[tuple[str, int]]:
    """Split a list span into (item text, start offset); 'and' between lower-case words does not split."""
    # Protect multi-word province names containing 'and' ("Jammu and Kashmir").
    protected = span
    for m in admin1_regex().finditer(span):
        if " and " in m.group() or "&" in m.group():
            protected = (
                protected[: m.start()]
                + m.group().replace(" and ", " \x00 ").replace("&", "\x01")
                + protected[m.end() :]
            )
    # Commas inside parentheses do not separate items ("(small arms, heavy machine guns)").
    protected = re.sub(
        r"\([^()]{0,120}\)", lambda m: m.group().replace(",", "\x02").replace(";", "\x03"), protected
    )
    out: list[tuple[str, int]] = []
    pos = 0
    elided_next = False
    for m in _SPLIT.finditer(protected):
        sep = m.group().strip().lower()
        if (
            sep == ","
            and _LOCATING_DIRECTION.match(protected, m.end())
            and not re.search(r"(?:north|south|east|west)\w*\s+of\s", protected[pos : m.start()])
        ):
            continue  # "the village of Tell Halaf, west of Ras al-Ayn": where the item lies, not a new item
        if sep.startswith("and") or sep == "&":
            before = protected[max(0, m.start() - 60) : m.start()].split()
            after = protected[m.end() : m.end() + 60].split()
            prev_w = before[-1] if before else ""
            next_w = after[0] if after else ""
            if (
                prev_w[:1].islower()
                and not prev_w.endswith(")")  # "near A (three times) and once at B": a count closes an item
                and not re.match(r"(?:al|el|ad|ar|as|an)-[A-Z]", prev_w)  # "al-Hamdaniyeh and another round"
                and next_w[:1].islower()
                and prev_w.lower() not in NAME_PARTICLES
                and not _LIST_WORD.match(next_w)
                and next_w.lower() not in _NEW_TARGET  # "… in Kalbajar district and near Sus"
                and next_w.lower()
                not in ("once", "twice", "thrice")  # "… in Hasakah province and twice near B"
            ):
                continue
        keep_and = sep == "and" and protected[m.end() :].split(" ", 1)[0].lower() in _NEW_TARGET
        piece = protected[pos : m.start()]
        hm = _header_regex().search(piece) if _HEADER_MARK.search(piece) else None
        if hm is not None and hm.start("g") > 0 and re.search(r":\s*$", piece[: hm.start("g")]):
            cut = hm.start("g")  # "the following settlements: Hama province: X"
            piece, pos = piece[cut:], pos + cut
        if not out:
            fm = _FOLLOWING_INTRO.match(piece)
            if fm is not None:  # "the following settlements in Quneitra province: X, Y": X is the first item
                piece, pos = piece[fm.end() :], pos + fm.end()
        if piece.strip():
            out.append(("…" + piece if elided_next else piece, offset + pos))
        pos = m.end()
        if keep_and:  # "and near Sus" is a second target, not a locator of the first (", near Toretsk")
            pos = m.start() + len(m.group()) - len(m.group().lstrip())
        # "as well as… districts": words were cut right here, so the next item lost its name
        elided_next = (
            ("…" in sep or "..." in sep) and m.start() > 0 and not protected[m.start() - 1].isspace()
        )

    if protected[pos:].strip():
        out.append(("…" + protected[pos:] if elided_next else protected[pos:], offset + pos))
    return [
        (t.replace(" \x00 ", " and ").replace("\x01", "&").replace("\x02", ",").replace("\x03", ";"), s)
        for t, s in out
    ]


_ORDINAL_OF = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+[A-Z][a-z]+(?:\s+[a-z]+)?$")
# "positions in the 7th of July area": the ordinal name after the preposition is the place, not "July"
_ORDINAL_AFTER = re.compile(
    r"\s(?:in|at|near|around|inside|on)\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+[A-Z])", re.I
)
_CITY_OF_TAIL = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+city)?\s*$"
)  # "... neighborhood of Hodeidah city"
_JOINER = re.compile(r"\s(?P<j>of|near|around|in|at|on|inside|outside)\s", re.I)
_DIRECTIONAL_REF = re.compile(
    r",?\s+(?:\d+\s*(?:km|kilomet\w+|miles?)\s+)?(?:to\s+the\s+)?" + _DIRECTION + r"\s+of\s+.*$", re.I
)


def _has_name_start(text: str) -> bool:
    t = text.strip()
    return bool(re.match(r"(?:[A-Z0-9]|(?:al|el|ad|an|ar|as|at|az|ash|ed|es|ez)-\w)", t)) and _is_name(
        _TRAILING_GENERIC.sub("", re.split(r"\s(?:of|near|around|in|at)\s", t)[0]).strip()
    )


def _gaz_in(text: str) -> Admin1 | None:
    """The single province named in a short phrase ('the southern part of Damascus')."""
    found = {find_admin1(m.group()) for m in admin1_regex().finditer(text) if m.group()[:1].isupper()}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_WORD_ARTICLE = re.compile(r"(?:At|As|Ad|Ar|An|Az|Ash)\s+(?-i:[A-Z])")


def _strip_leading(text: str) -> str:
    # "(the shelling of A) and of B": a repeated "of" opens the item; after a direction ("east of X") it
    # locates, so it goes only when it comes first
    text = re.sub(r"^(?:and\s+|as\s+well\s+as\s+)?of\s+(?=(?-i:[A-Z])|(?:al|el|an|ad|ar|as|at)-)", "", text)
    prev = None
    while prev != text and not _WORD_ARTICLE.match(text):
        # "At Tuhayta", "Ad Durayhimi": the Arabic article written as a word, not a preposition
        prev = text
        text = _LEADING_FILLERS.sub("", text, count=1).strip()
    return text


_PART_OF_PROVINCE = re.compile(
    r"\bcountryside\s+of\s|\b(?:parts|areas|sections)\s+of\s+(?:the\s+)?[^,;]{2,40}\b(?:province|governorate|oblast)\W*$"
)
_DATED_PLACE = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]+\s+(?:residential\s+|housing\s+)?(?:hospital|school|stadium|neighbou?rhood|street|square|"
    r"district|quarter|area|bridge|camp|city|suburb|complex|project|compound)\b"
)


def _is_name(text: str, dated_ok: bool = False) -> bool:
    """Whether ``text`` reads as a place name; ``dated_ok``: the item names a place after a date ("the 7 July
    neighbourhood"), so a leading day and month are a name."""
    words = text.split()
    if not words or len(words) > 7:
        return False
    first = words[0]
    if not (
        first[:1].isupper()
        or first[:1].isdigit()
        or re.match(r"(?:al|el|ad|an|ar|as|at|az|ash|ed|es|ez)-['’‘]?\w", first)
    ):
        return False
    dated_name = (
        dated_ok
        and bool(re.fullmatch(r"\d{1,2}", first))
        and len(words) > 1
        and words[1][:1].isupper()
        and not (len(words) > 2 and re.fullmatch(r"(?:19|20)\d\d", words[2]))  # "15 July 2019" is a date
    )
    if len(words) == 1 and re.fullmatch(r"\d{1,3}", first):
        return False  # a bare figure ("❤ 960"); "1070" (an Aleppo district) has four digits
    ordinal_name = (  # "the 7th of July area", "the 50th Street": ordinals that name a place
        bool(re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", first))
        and len(words) > 1
        and (words[1][:1].isupper() or words[1].lower() in ("of", "street", "st.", "avenue", "road"))
    )
    if re.fullmatch(r"(?:19|20)\d\d", first) and len(words) > 1 and not words[1][:1].isupper():
        return False  # "2016 the district": a year, then the sentence goes on
    if first[:1].isdigit() and not (re.fullmatch(r"\d{2,5}", first) or dated_name or ordinal_name):
        return False  # "7 July" (a neighbourhood), "Kilo 16" and "1070" are names; "3 times" is not
    if parse_number(words[0]) is not None and not (
        re.fullmatch(r"\d{3,5}", words[0]) or dated_name or ordinal_name
    ):
        return False
    if first.lower() in _NOT_FIRST:
        return False
    if re.search(r"-(?:held|controlled|occupied|backed|led|run|dominated|populated)$", words[-1], re.I):
        return False  # "Kurdish-held (areas)": who holds a place, not its name
    for i, w in enumerate(words):
        lw = re.sub(r"['’]s$", "", w.lower().strip(".,'’\""))
        if lw in NOT_PLACES and not (dated_name and i == 1) and not (ordinal_name and i == 2):
            return False
        if w[:1].isupper() or w[:1].isdigit():
            continue
        if lw in NAME_PARTICLES or lw in NAME_NOUNS:
            continue
        if re.match(r"(?:al|el|ad|an|ar|as|at|az|ash|ed|es|ez|bin|ibn|abu|um|umm)-['’‘]?\w", w, re.I):
            continue
        return False
    return True


def parse_item(raw: str, start: int) -> Item:
    """Reduce one list item to name, count and anchor; a leading "Latakia province:" heads later items."""
    hm = header_match(raw)
    if hm is not None and hm["g"][:1].isupper():
        item = _parse_item(raw[hm.end() :], start + hm.end())
        item.lead_anchor = find_admin1(hm["g"])
        return item
    sl = _SECTOR_LABEL.match(raw) if ":" in raw else None
    if (
        sl is not None
    ):  # "Gorlovka direction: Zaitsevo", "Jabal al-Akrad (N. Latakia): A": a label, not a target
        item = _parse_item(raw[sl.end() :], start + sl.end())
        item.lead_anchor = find_admin1(sl["g"]) or (
            _gaz_in(sl["inner"].replace("#", "")) if sl["inner"] else None
        )
        return item
    item = _parse_item(raw, start)
    cd = _CITY_DISTRICTS_OF.match(_strip_leading(re.sub(r"\s+", " ", raw).strip(" ,;:")))
    if cd is not None and _gaz(cd["city"]) is not None:
        item.lead_anchor = _gaz(cd["city"])  # "the Damascus neighbourhoods of A, B and C": all in Damascus
    return item


_HEADER: re.Pattern[str] | None = None
_SECTOR_LABEL = re.compile(
    r"\s*\W{0,3}(?P<g>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})"
    r"(?:\s+(?:direction|sector|front|axis|countryside)|(?<=[a-z])(?=\s*[:(]))"  # "Sahl al-Ghab: A (3)"
    r"(?:\s*\((?P<inner>[^()]{1,30})\))?\s*:\s*(?=(?:(?:al|el)-)?[A-Z])"
)
_ADMIN_WORD_RX = re.compile(r"\b(?:province|governorate|region|oblast)\b", re.I)
_HEADER_MARK = re.compile(r"[:–—]|\s-\s")


def header_match(text: str) -> re.Match[str] | None:
    """'Latakia province:' opening ``text``; a cheap test first, as most lines have no colon or dash."""
    m = _header_regex().match(text) if _HEADER_MARK.search(text) else None
    if m is not None and "-" in m.group()[m.end("g") - m.start() :] and not _ADMIN_WORD_RX.search(m.group()):
        return (
            None  # "KYIV - Militants ...": a dateline; only "in the province of Aleppo - A, B" heads a list
        )
    return m


def _header_regex() -> re.Pattern[str]:
    global _HEADER
    if _HEADER is None:
        _HEADER = re.compile(
            r"\s*(?:\d{1,2}[.)]\s*)?\W{0,3}(?:(?:also|and)\s+)?"
            # "shelled villages in Hama province - A, B (2)": the places the heading stands for
            r"(?:(?:the\s+)?(?:villages|settlements|towns|localities|communities|areas)\s+(?=in\s))?(?:in\s+)?(?:the\s+)?"
            r"(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?(?P<g>"
            + admin1_regex().pattern
            + r")(?:\s+(?:province|governorate|region|oblast|countryside|city))?\s*(?:[:–—]|(?<=\s)-(?=\s+(?:(?-i:[A-Z])|the\s|(?:al|el|ad|as|ar)-)))\s*(?=\S)",
            re.I,
        )
    return _HEADER


_POSSESSIVE = re.compile(
    r"^([A-Z][\w-]{0,30}(?:\s(?:and\s|&\s)?(?:(?:al|el|as|ad|ar)-)?[A-Z][\w-]{0,30}){0,2})"
    r"(?:\s+(?:district|province|region|governorate|city))?"
    r"(?:['’]s|(?<=s)['’])\s+(.*)$"
)


def _possessive(
    head: str, anchor: Admin1 | None, anchor_text: str | None
) -> tuple[str, Admin1 | None, str | None]:
    """Possessive: "Poonch's Krishna Ghati", "Aleppo's districts of X", "Russia's Hmeymim base"."""
    pos_m = _POSSESSIVE.match(head)
    if pos_m is None:
        return head, anchor, anchor_text
    owner = pos_m[1]
    if owner.lower() not in NOT_PLACES and anchor is None and anchor_text is None:
        anchor, anchor_text = _gaz(owner), owner
    return pos_m[2], anchor, anchor_text


_OLD_CITY = re.compile(
    r"^(?:the\s+)?(?P<name>(?:Old|New)\s+(?:City|Town)(?:\s+of\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?)$"
)


_NAMED_BY_DESCRIPTOR = re.compile(
    r"\b(?:town|village|city|settlement|hamlet|locality|camp|neighbou?rhood|quarter|outskirt|suburb|edge|"
    r"vicinity|surroundings|environs|outpost)s?\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,2}\s*$"
)


_CITY_DISTRICTS_OF = re.compile(
    # "the Aleppo neighborhoods of A", "the Jabal al-Zawiya villages of A": two-word containers and villages only
    # after "the" ("Aghdam villages of Tovuz district" names villages, not a container)
    r"(?P<the>[Tt]he\s+)?(?P<city>[A-Z][\w'’-]{2,30}(?(the)(?:\s+(?:(?:al|el|as|ad|ar|an)-)?[A-Z][\w'’-]{1,30})?|))"
    r"\s+(?:city\s+)?(?:neighbou?rhoods?|districts?|quarters?|suburbs?|(?(the)(?:villages?|towns?|settlements?|hamlets?|localit(?:y|ies))|(?!)))\s+of\s+"
    r"(?P<rest>.+)$"
)


_VILLAGE_NAMED = re.compile(
    r"\b(?:villages?|settlements?|hamlets?)\s+of\s+(?-i:[A-Z])[\w'’-]+\b(?!\s+(?:district|region|province|rayon))",
    re.I,
)


def _named_head(head: str) -> bool:
    """Whether the words before 'east of X' name a place of their own ('the Kilo 16 area'), not a part near X
    ('areas', 'GNA positions')."""
    h = _strip_leading(head).strip(" ,")
    if re.search(r"\b(?:positions?|areas|locations|outskirts|farmland|fields|targets|lines?)$", h, re.I):
        return False
    h = re.sub(
        r"\s+(?:area|district|neighbou?rhood|village|town|quarter|suburb|settlement)$", "", h, flags=re.I
    )
    return _is_name(h) and h.lower() not in NOT_PLACES


def _namesake_district(first: str, second: str) -> bool:
    """'the Salah al-Din district of Aleppo': the first name is a rarely covered country's province (Iraq,
    Lebanon) and the second a division elsewhere, so the first is a district of the second, not its owner."""
    a, b = _gaz(first), _gaz(re.sub(r"\s+city$", "", second))
    return a is not None and b is not None and a.country in RARE_COUNTRIES and b.country != a.country


_ALONG_LINE = re.compile(
    r"\s+along\s+the\s+(?:LoC|IB|Line\s+of\s+Control|International\s+Border|border|contact\s+line|"
    r"line\s+of\s+contact|front\s*line|front)\b(?=\s+(?:in|near|at|of|around)\s)",
    re.I,
)


_SETTING_CLAUSE = re.compile(
    r"\W*(?:and\s+)?in\s+(?:the\s+)?(?P<x>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:it|they|the\s+(?:militia|militants|rebels|enemy))\s+(?:also\s+)?(?:opened\s+fire|fired|shelled|attacked)\b"
)


def _parse_item(raw: str, start: int) -> Item:
    elided = bool(re.match(r"\s*(?:…|\.\.\.)", raw))
    raw = raw.lstrip(" …")
    text = _BRACKETS.sub(" ", raw)
    if "along" in text:
        text = _ALONG_LINE.sub("", text)  # "outposts along the IB in the Arnia sector": the line is no place
    sc = _SETTING_CLAUSE.match(text) if " in " in f" {text}" else None
    if sc is not None:
        text = sc["x"] + text[sc.end() :]  # "; in Hays it opened fire seven times": Hays, seven times
    count: int | None = None
    counted = False
    clause_count = False
    lm = _LEAD_N.match(text) if re.search(r" (?:of|on|more|in|near|at|around) ", text) else None
    first = re.split(r",|\s+in\s+", text[lm.end() :])[0] if lm is not None else ""  # "Tal Abyad in Raqqa"
    if (
        lm is not None
        and re.search(r"\d\s+(?:in|near|around)\s+$|[a-z]\s+(?:in|near|around)\s+$", lm.group())
        and not re.search(r"more\s+(?:in|near)\s+$", lm.group())
        and (
            (
                _gaz_in(first) is not None
                and not re.search(r"\s(?:area|district|sector|village|town)\s+of\s", first)
            )
            or re.fullmatch(  # "five in Rajouri district", not "two in the Tal Abyad area of Raqqa province"
                r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:province|region|governorate|oblast|district)s?",
                first.strip(),
                re.I,
            )
        )
    ):
        division = _gaz(re.sub(r"\s+(?:province|governorate|region|oblast)$", "", first.strip(), flags=re.I))
        n_ = parse_number(lm["n"])
        if (
            division is not None and n_
        ):  # "two in Lattakia": the province's own figure, not a place named Lattakia
            return Item(raw, None, n_, True, division, first.strip(), None, False, False, True, elided, start)
        lm = None  # "two in Hama province", "five in Rajouri district": an area's figure, read elsewhere
    if lm is not None and parse_number(lm["n"]):
        # "three shellings of Bara", "two attacks on Ftireh": the figure leads the place
        count, counted = parse_number(lm["n"]), True
        text = " " * lm.end() + text[lm.end() :]
    cm = (_COUNT_RX.search(text) or _DASH_COUNT.search(text)) if lm is None else None  # "Kabani – 2"
    if cm is not None:
        c = parse_count(cm.group())
        if c is not None:
            count, counted = c, True
            clause_count = not cm.group().startswith("(") and bool(
                re.search(
                    r"(?:(?:province|governorate|region|oblast|countryside|district)s?|\b(?:in|of)\s+(?:the\s+)?"
                    r"[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,2})\s*$",
                    text[: cm.start()],
                )
            )
            if clause_count and _NAMED_BY_DESCRIPTOR.search(text[: cm.start()]):
                clause_count = False  # "the town of Tafas 32 times": the count is the town's own
        text = text[: cm.start()] + " " + text[cm.end() :]
    # "(Latakia province)" after a name is its anchor; other parentheses are glosses ("(DFS)").
    paren_anchor: Admin1 | None = None
    for pm_ in _PAREN.finditer(text):
        inner = re.sub(
            r"^(?:in\s+)?(?:the\s+)?|\s+(?:province|governorate|region|oblast|district|rayon)$",
            "",
            pm_[1].strip(" ,;"),
            flags=re.I,
        ).strip(" ,;")
        paren_anchor = paren_anchor or _gaz(inner)
    text = _PAREN.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" \"“”'’.:-–—")
    ct = re.sub(
        r"^(?:and|as\s+well\s+as)\s+(?=[Tt]he\s)", "", text
    )  # ", and the Latakia villages of A and B"
    cd = _CITY_DISTRICTS_OF.match(ct)
    if cd is not None and _namesake_district(cd["city"], cd["rest"]):
        text = f"{cd['city']} in {cd['rest']}"  # "the Salah al-Din district of Aleppo": Iraq's name, Aleppo's district
    elif cd is not None and _gaz(cd["city"]) is not None:
        text = f"{cd['rest']} in {cd['city']}"  # "the Aleppo neighborhoods of Ramouseh": Ramouseh, in Aleppo
    elif (
        cd is not None
        and cd["city"].lower() not in _NOT_FIRST
        and re.search(r"(?:hoods|districts|quarters|suburbs|villages|towns)\s+of\s+$", ct[: cd.start("rest")])
        and not any(m.group()[:1].isupper() for m in admin1_regex().finditer(cd["rest"]))
    ):
        text = cd["rest"]  # "the Gorlovka districts of Shirokaya Balka": the district is the target
    directional = bool(_DIRECTIONAL_START.match(text))
    text = _strip_leading(text)
    # A leading 'from' belongs to lists of sources ('shelling was recorded from the settlements of').
    text = _ITEM_CUT.sub("", text).strip(" ,")
    om = _OLD_CITY.match(text)
    if om is not None:  # "the Old City of Damascus" is a quarter's own name, in Damascus
        g = _gaz(om["city"]) if om["city"] else None
        return Item(
            raw,
            om["name"],
            count or 1,
            counted,
            g,
            None if g else om["city"],
            None,
            False,
            False,
            False,
            elided,
            start,
            clause_count,
        )
    anchor: Admin1 | None = None
    anchor_text: str | None = None
    own: Admin1 | None = None
    pure = False
    pm = _pure_anchor_regex().match(text)
    if pm is not None and _VILLAGE_NAMED.search(raw):
        pm = (
            None  # "the villages of Aghdam and Dondar Gushchu of Tovuz district": a village, not the district
        )
    if pm is None and re.match(r"^\s*in\s+(?:the\s+)?\S", raw, re.I) and _gaz(text) is not None:
        pm = re.match(r"(?P<place>.+)", text)  # "Kinsabba, in Latakia": where, not what, was hit
    if pm is None and re.match(r"^\s*(?:and|or)\s+in\s+", raw, re.I) and _gaz(text) is not None:
        return Item(raw, None, 1, False, None, None, None, False, False, False, True, start)  # a new setting
    if pm is not None:
        place = pm["place"]
        anchor = find_admin1(place)
        return Item(raw, None, count or 1, counted, anchor, place, None, False, False, True, elided, start)
    described = text  # the item's words, before an ordinal name is cut out of them
    oa = _ORDINAL_AFTER.search(text)
    if oa is not None and _ORDINAL_OF.match(
        _TRAILING_GENERIC.sub("", _CITY_OF_TAIL.sub("", text[oa.end() :]))
    ):
        text = _CITY_OF_TAIL.sub("", text[oa.end() :])  # what stood before the ordinal name only described it
    am = None if _ORDINAL_OF.match(_TRAILING_GENERIC.sub("", text)) else _anchor_regex().search(text)
    if am is not None and am["side"] and not _named_head(text[: am.start()]):
        # "areas north of Shyrokyne", "GNA positions west of Abu Grein": the part near a place is that place
        am = _anchor_regex().search(
            text[: am.start("side")]
            + "of"
            + " " * (am.end("side") - am.start("side") - 2)
            + text[am.end("side") :]
        )
    if (
        am is not None
        and am["prep"] == "of"
        and re.search(
            r"\b(?:villages?|settlements?|towns?|city|localit(?:y|ies)|hamlets?)\s*$",
            text[: am.start()],
            re.I,
        )
    ):
        am = None  # "the villages of Aghdam": a village that shares a province's name
    head = text
    if am is not None and am.start() >= 0:
        place = am["place"]
        anchor = _gaz(place)
        anchor_text = place if place.lower() not in NOT_PLACES else None
        if am["side"]:
            anchor_text = None  # "Zaytsevo north of Gorlovka": beside the town, not inside it
        head = text[: am.start()].strip(" ,")
        if (
            am["prep"] == "of"
            and anchor is None
            and head
            and not any(w in head.lower().split() for w in PART_WORDS)
            and _is_name(text)
        ):
            # "X of Y" with Y not a province, all in capitals, is one name ("Gulf of Aden" style).
            head, anchor_text = text, None
    if am is None:
        head = text
    if anchor is None and paren_anchor is not None:
        # "positions near Zolote-4 (Luhansk region)": the bracket places Zolote-4, which stays the place
        anchor = paren_anchor
        if anchor_text is not None and _gaz(anchor_text) is not None:
            anchor_text = None
    head, anchor, anchor_text = _possessive(head, anchor, anchor_text)
    head = _strip_leading(head)
    # "X of Y", "X near Y": the named place is Y when X is a description; "X in Y": X, located in Y.
    part = False
    if re.match(r"(?:[A-Z0-9]|(?:al|el|ad|an|ar|as|at|az|ash|ed|es|ez)-\w)", head):
        head = _DIRECTIONAL_REF.sub("", head)  # "Um Harmala west of Tal Tamr": Tal Tamr only locates it
    for _ in range(0 if _ORDINAL_OF.match(head) else 6):  # "the 7th of July district" is one name
        m = _JOINER.search(head)
        if m is None:
            break
        left, right = head[: m.start()], head[m.end() :]
        if _has_name_start(left):
            rest = _strip_leading(right)
            if anchor is None and anchor_text is None and rest:
                g = _gaz_in(rest)
                if g is not None:
                    anchor, anchor_text = g, None
                elif _is_name(rest) and (
                    m["j"].lower() in ("in", "at") or _TRAILING_GENERIC.search(left.strip()) is not None
                ):
                    anchor_text = (
                        _TRAILING_GENERIC.sub("", rest).strip() or rest
                    )  # "X sector of Poonch district"
            head = left
            break
        if any(w in left.lower().split() for w in PART_WORDS):
            part = True
        head = _strip_leading(right)
        head, anchor, anchor_text = _possessive(head, anchor, anchor_text)  # "areas in Tripoli's Ain Zara"
    village_like = (
        not re.search(  # "Armenian villages of Tavush", "border villages of X": the province's villages
            r"\b(?:Armenian|Azerbaijani|Syrian|Ukrainian|Indian|Pakistani|border|frontline|front-line|several|some)\s+"
            r"(?:villages|settlements|towns)\s+of\s",
            raw,
            re.I,
        )
        and (
            re.search(r"\s(?:villages?|settlements?|towns?|hamlets?)$", head, re.I) is not None
            or re.search(r"\b(?:villages?|settlements?|towns?|hamlets?)\s+of\s", text, re.I) is not None
            # "as well as the villages of Aghdam and X of the same district": a village named like a district
            or _VILLAGE_NAMED.search(raw) is not None
        )
    )
    head = _TRAILING_GENERIC.sub("", head).strip(" ,")
    head = _strip_leading(head)
    low_words = set(re.findall(r"[a-z]+", described.lower()))
    is_part_text = bool(low_words & set(PART_WORDS))
    position = (
        bool(low_words & set(POSITION_WORDS)) or "nameless" in low_words
    )  # "nameless heights in X district"
    name: str | None = None
    nm = _NUMBERED_DISTRICT.fullmatch(head)
    if nm is not None:  # "the 1070 housing project": an Aleppo district named by a number
        return Item(
            raw, head, count or 1, counted, anchor, anchor_text, None, False, False, False, elided, start
        )
    lm = _NOUN_OF_NAME.match(head)
    if lm is not None and _is_name(head[lm.end() - 1 :]):
        return Item(
            raw, head, count or 1, counted, anchor, anchor_text, None, False, False, False, elided, start
        )
    if head and _is_name(head, bool(_DATED_PLACE.search(raw))):
        own = None if village_like else _gaz(head)
        name = head
    else:
        part = part or is_part_text
        # "the city of Aleppo" reduced to "Aleppo" is handled above; an unnamed "Aleppo city" too.
        if head:
            g = _gaz(re.sub(r"\s+city$", "", head))
            if g is not None:
                own, name = g, re.sub(r"\s+city$", "", head)
    if name is not None and own is not None and directional:
        # "southern Idlib": somewhere in the province, an unnamed part of it; "northwest of Damascus in the
        # Damascus countryside": beside the city, in the province named after it
        if anchor is None:
            anchor, anchor_text = own, name
        name, own, part = None, None, True
    if name is not None and anchor is None and anchor_text and name.split()[-1].lower() in FACILITIES:
        name, anchor_text = anchor_text, None  # "the National Hospital in As Suqaylabiyah": the town was hit
    if (
        name is None
        and anchor is not None
        and am is not None
        and _CITY_OR_DIRECTION.search(am.group())
        and not position
    ):
        part = True  # "vehicles in east Aleppo", "homes in Dara'a city": somewhere in that city
    if name is None and (anchor is None or anchor == paren_anchor) and anchor_text and _is_name(anchor_text):
        # "a home in Soug al-Jomaa", "government forces at Qafer Battih": the place is the anchor.
        name, anchor_text = _TRAILING_GENERIC.sub("", anchor_text).strip() or anchor_text, None
        name, anchor, anchor_text = _possessive(name, anchor, anchor_text)  # "areas in Tripoli's Ain Zara"
    if name is None and head.lower().startswith(("other", "another")):
        part, position = False, True
    if anchor is None and anchor_text and ("'s " in anchor_text or "’s " in anchor_text):
        pa = _POSSESSIVE.match(anchor_text)
        if pa is not None and _gaz(pa[1]) is not None:
            anchor, anchor_text = _gaz(pa[1]), pa[2]  # "Ard al-Wata in Al-Ladhiqiyah's Jabal al-Akrad"
    if name is not None and re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", name.strip()):
        name = None  # "recorded in 2020": a year or a small figure is no place ("the 1070 district" is one)
    if "nameless" in low_words:
        part = False  # "nameless heights in Gadabay district": positions there, not the district itself
    if (
        part and name is None and anchor is not None and _PART_OF_PROVINCE.search(raw)
    ):  # "safe areas in the countryside of Hama", "the southern parts of Idlib province": the province's, no place
        part, position = False, True
    return Item(
        raw,
        name,
        count or 1,
        counted,
        anchor,
        anchor_text,
        own,
        part,
        position,
        pure,
        elided,
        start,
        clause_count,
    )
