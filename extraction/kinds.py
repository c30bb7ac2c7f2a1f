"""Which kind of incident a sentence reports: a ceasefire violation or another armed incident.

Only statements made in a ceasefire context are violations; airstrikes,
clashes and explosions are recorded as their own kinds, as is shelling
reported second-hand by local media beside a ceasefire bulletin.
"""

from __future__ import annotations

import functools
import re

from extraction.model import VIOLATION
from extraction.reporters import find_reporter
from extraction.scan import prefixed

_EXPLOSION = re.compile(
    r"\b(?:explosions?|blasts?|landmines?|land\s+mines?|roadside\s+bombs?|car\s+bombs?|IEDs?|explosive\s+devices?|"
    r"exploded|detonated|went\s+off|suicide\s+bomb\w*|booby[-\s]trap\w*)\b",
    re.I,
)
_AIR = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|war\s+planes|jets|aerial\s+bombardment|helicopters?|(?<!anti-)aircraft(?!\s+(?:guns?|fire|missiles?|autocannons?))|"
    r"aviation|air\s+force|aerospace\s+forces|drone\s+(?:strikes?|attacks?)|from\s+the\s+air)\b",
    re.I,
)
_CLASH = re.compile(
    # "attacked SDF positions in A, sparking clashes": the attack is the incident, the clashes its sequel
    r"\b(?:(?<!sparking\s)(?<!triggering\s)(?<!prompting\s)(?<!provoking\s)(?<!leading\sto\s)clashes|clashed|"
    # "the agreement to halt fighting", "a pause in fighting": the truce, not a clash
    r"(?<!halt\s)(?<!stop\s)(?<!end\s)(?<!cease\s)(?<!pause\sin\s)(?<!lull\sin\s)(?<!halt\sthe\s)(?<!stop\sthe\s)"
    r"fighting(?!\s+vehicles?)|firefights?|gun\s*battles?|gunfight|ground\s+attack|infiltration\s+attempt|"
    r"skirmish\w*|battles?)\b",
    re.I,
)
_MISSILE = re.compile(r"\b(?:ballistic\s+missiles?|drones?|UAVs?|unmanned\s+aerial\s+vehicles?)\b", re.I)
_NO_TRUCE = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:truce|ceasefire|cease-fire)\s+(?:in|applies|has|is|was)\b", re.I
)
_SECOND_HAND = re.compile(r"\b(?:local\s+media|local\s+sources|the\s+outlet)\b", re.I)
_OWN_BREACH = re.compile(
    r"\b(?:in\s+(?:breach|violation)\s+of|violat(?:ed|ing)|breach(?:ed|ing)|breaking)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|de-escalation\s+agreement)\b",
    re.I,
)
_CEASEFIRE = re.compile(
    r"\b(?:ceasefire|cease-fire|cease\s+fire|truce|de-escalation|violat\w+|breach\w*|cessation\s+of\s+hostilities|"
    r"silence\s+regime|regime\s+of\s+(?:silence|calm)|Minsk|LoC|line\s+of\s+control|armistice|reconciliation|"
    r"line\s+of\s+contact|contact\s+line|line\s+of\s+engagement|JCCC|RCRS?|Idlib\s+zone|DPR|LPR|DNR|LNR|ATO|JFO|peacekeep\w*|lull|(?:Azerbaijani|Armenian)\s+(?:[\w-]+\s+){0,4}?(?:fire|fired|shelling|positions)|"
    r"(?:Armenian|Azerbaijani?)\s+(?:units|troops|forces|villages|border\s+villages)|"
    r"Hme[iy]mim|"  # the Russian reconciliation centre's base: its daily bulletins are truce reports
    r"(?:Indian|Pakistani)\s+(?:army\s+)?(?:posts|positions)|(?:humanitarian|operational)\s+pause|"
    # India and Pakistan's border reports: "unprovoked firing along the International Border"
    r"unprovoked\s+(?:[\w-]+\s+){0,2}?(?:firing|shelling|fire)|(?-i:International\s+Border|Working\s+Boundary)|"
    r"Pakistan\s+Rangers|"
    r"pause\s+in\s+(?:the\s+)?(?:operation|fighting|hostilities|offensive)|"
    r"(?:agreement|deal|accord)\s+to\s+(?:halt|stop|end|suspend|pause)\s+(?:the\s+)?(?:fighting|hostilities)|"
    r"paus(?:e|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:operation|offensive)|"
    r"(?:operation|offensive)\s+(?:was|has\s+been)\s+(?:paused|halted|suspended)|\d+-hour\s+pause|"
    r"(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic|DMZ|(?:Armenian|Azerbaijani?)\s+(?:armed\s+forces|army)|demilitari[sz]ed\s+zone|buffer\s+zone|"
    # "in breach of the Sochi understanding": the named deals that set Syria's truce lines
    r"(?:Sochi|Astana|Adana)\s+(?:understanding|memorandum|agreement|deal|accord)|"
    r"Turkish\s+side|Russian-Turkish\s+(?:commission|agreement|memorandum|understanding))\b",
    re.I,
)


# Words (lower case) one of which every match of each pattern contains: a sentence without any of them
# needs no regex scan.
_EXPLOSION_WORDS = ("explo", "blast", "mine", "bomb", "ied", "detonat", "went", "booby")
_AIR_WORDS = ("air", "war", "jet", "helicopter", "aviation", "aerospace", "drone")
_CLASH_WORDS = ("clash", "fight", "battle", "gun", "ground", "infiltration", "skirmish")
_MISSILE_WORDS = ("missile", "drone", "uav", "unmanned")
_SECOND_HAND_WORDS = ("local", "outlet")


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


# Monitors counting explosions along a front under a truce ("the mission recorded about 40 explosions near X")
# report ceasefire violations, not bombs.
_COUNTED_EXPLOSIONS = re.compile(
    r"\b(?:recorded|registered|heard|counted|observed|logged)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+)?(?:\d+|[a-z]+)?\s*(?:undetermined\s+)?explosions\b"
    r"|\bceasefire\s+violations,?\s+including\s+(?:about\s+|some\s+|over\s+)?\d+\s+explosions\b"
    # "recorded two ceasefire violations, both of them undetermined explosions"
    r"|\bceasefire\s+violations,\s+(?:both|all)\s+of\s+them\s+(?:[\w-]+\s+){0,2}?explosions\b"
    # "96 ceasefire violations, fewer than ..., mostly undetermined explosions near A"
    r"|\bceasefire\s+violations,\s+(?:[^.;,]{1,60},\s+)?(?:mostly|mainly|largely)\s+(?:[\w-]+\s+){0,2}?explosions\b",
    re.I,
)


_LISTED_BREACHES = re.compile(
    r"\b(?:violations|breaches)\b[^.;:]{0,40}?\b(?:included|including|involved|consisted\s+of)\b|\bin\s+(?:breach|violation)\s+of\s+"
    r"the\s+(?:truce|ceasefire|cease-fire)"
    # "raids on X, in what the monitor called the latest violation of the ceasefire": the raids are the breach
    r"|\b(?:called|described\s+as|termed|branded)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:violation|breach)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire)",
    re.I,
)


_THEY_INCLUDED = re.compile(r"\s*(?:They|These|Those)\s+(?:[a-z]+\s+)?(?:included|involved|consisted\s+of)\b")


_MINE_HIT = re.compile(
    r"\b(?:hit|struck|ran\s+over|drove\s+(?:over|onto)|triggered|stepped\s+on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:mine|landmine)\b",
    re.I,
)
_INTERCEPTED = re.compile(
    r"\bintercept(?:ed|s|ing)?(?:\s+and\s+(?:destroyed|downed|shot\s+down))?\s+(?:a|an|two|three|several|\d+)?\s*"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:drones?|missiles?|rockets?|UAVs?)\b",
    re.I,
)
_GRENADE_THROWN = re.compile(r"\b(?:hurled|lobbed|threw|tossed)\s+(?:a\s+|two\s+|hand\s+)?grenades?\b", re.I)
_RECORDED_BREACHES = re.compile(
    r"\b(?:ceasefire|truce)\s+violations\b[^.;]{0,160}?\b(?:were|was)\s+(?:recorded|registered|logged|observed)\b",
    re.I,
)


_IS_ACTOR = re.compile(
    r"\b(?:Islamic\s+State|ISIS|ISIL|Daesh|IS\s+(?:militants|fighters|group|jihadists|terrorists|cells?))\b"
)


def sentence_kind(sentence: str, article: str) -> str:
    """The kind for incidents listed in ``sentence`` of ``article``."""
    low = sentence.lower()
    if (
        ("violation" in low or "breach" in low)
        and _LISTED_BREACHES.search(sentence)
        and _ceasefire_context(article)
    ):
        return VIOLATION  # "the violations included barrel bombs on A and an air raid on B"
    if _THEY_INCLUDED.match(sentence) and _ceasefire_context(article):
        at = article.find(sentence[:60])
        if at > 0 and re.search(r"\b(?:violations|breaches)\b", article[max(0, at - 400) : at], re.I):
            return VIOLATION  # "... committed 187 violations. They included shelling of A and drone attacks on B"
    if low.lstrip().startswith("attacked:") and _ceasefire_context(article):
        return VIOLATION  # bullets joined under "The violations included:", one of them a drone attack
    if "violations" in low and _RECORDED_BREACHES.search(sentence) and _ceasefire_context(article):
        return VIOLATION  # "Twenty of these ceasefire violations (six explosions, ...) were recorded near X"
    if ("islamic state" in low or "isis" in low or "isil" in low or "daesh" in low or " is " in low) and (
        _IS_ACTOR.search(sentence) and not _OWN_BREACH.search(sentence)
    ):  # Islamic State is party to no truce: its attacks, and attacks on it, are no violations
        return "clash" if _has(low, _CLASH_WORDS) and _CLASH.search(sentence) else "attack"
    if (
        _has(low, _EXPLOSION_WORDS)
        and _EXPLOSION.search(sentence)
        and not re.search(r"\bshell(?:s|ed|ing)?\b|\bmortar", sentence, re.I)
        and not (_COUNTED_EXPLOSIONS.search(sentence) and _ceasefire_context(article))
    ):
        return "explosion"
    air = _AIR.search(sentence) if _has(low, _AIR_WORDS) else None
    if air is not None and air.group().islower():  # "Air Force Academy" is a place, not an airstrike
        return "airstrike"
    if (
        _has(low, _CLASH_WORDS)
        and _CLASH.search(sentence)
        and not re.search(r"\bviolat\w*|\bbreach\w*|\bbroke\b", sentence, re.I)
    ):
        return "clash"
    if "grenade" in low and _GRENADE_THROWN.search(sentence) and not _OWN_BREACH.search(sentence):
        return "attack"  # "militants hurled a grenade at a police post": an attack behind the lines
    if "mine" in low and _MINE_HIT.search(sentence) and not _OWN_BREACH.search(sentence):
        return "explosion"  # "a civilian car hit an anti-tank mine near Marinka": a blast, not fire across the line
    if "intercept" in low and _INTERCEPTED.search(sentence) and not _OWN_BREACH.search(sentence):
        return "attack"  # "air defences intercepted a drone launched toward Abha": a cross-border attack
    hand = _SECOND_HAND.search(sentence) if _has(low, _SECOND_HAND_WORDS) else None
    if (
        hand is not None
        and not _OWN_BREACH.search(sentence)
        and (_has_bulletin(article) or not hand.group().lower().endswith("sources"))
    ):
        return "shelling"  # second-hand shelling is a violation only when the sentence itself says so
    if _ceasefire_context(article):
        return VIOLATION
    return "attack" if _has(low, _MISSILE_WORDS) and _MISSILE.search(sentence) else "shelling"


@functools.lru_cache(maxsize=4)
def _ceasefire_context(article: str) -> bool:
    """Whether the article speaks of a ceasefire: once per article, not once per sentence (a long
    article with many sentences would otherwise be scanned whole for each of them)."""
    return _CEASEFIRE.search(article) is not None and _NO_TRUCE.search(article) is None


@functools.lru_cache(maxsize=4)
def _has_bulletin(article: str) -> bool:
    """Whether an official body's bulletin is reported: local sources beside it are a second, separate voice;
    without one (a UN flash update citing local sources) they are the article's own account."""
    return find_reporter(article) is not None


def ceasefire_context(article: str) -> bool:
    """Public form of the article-level test: figures outside any truce (a match report) are no violations."""
    return _ceasefire_context(article)


# Speed only: these are tried only where one of their first words starts (extraction.scan.prefixed).
_CEASEFIRE = prefixed(_CEASEFIRE)
_CLASH = prefixed(_CLASH)
_EXPLOSION = prefixed(_EXPLOSION)
_AIR = prefixed(_AIR)
_COUNTED_EXPLOSIONS = prefixed(_COUNTED_EXPLOSIONS)
_MISSILE = prefixed(_MISSILE)
_SECOND_HAND = prefixed(_SECOND_HAND)
_NO_TRUCE = prefixed(_NO_TRUCE)
_OWN_BREACH = prefixed(_OWN_BREACH)
