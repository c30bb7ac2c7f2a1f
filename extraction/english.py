"""English article rules: text -> published date, reporter, reported total and incidents.

The pipeline, each step a small function:

1. lines are classified (headline, caption/"READ MORE", body) and body lines
   split into sentences; paragraphs that recall earlier events are marked;
2. the dateline gives the article day, the statement's weekday the day the
   incidents are attributed to (``statement_date``);
3. every verb of attack opens a list (``extraction.lists``), whose items
   become mentions with a province from the list's anchors, the article's
   own "X in Y" phrases, ``learned`` places, or the article's single scope;
4. mentions of one place are merged, stated province totals without places
   become incidents with ``location`` None, and the reported total is read.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

from extraction.asides import join_broken_lists, quiet_asides
from extraction.dates import WEEKDAYS, dateline_end, day_mentions, find_published, most_recent_weekday
from extraction.kinds import ceasefire_context, sentence_kind
from extraction.lists import NOT_PLACES, Item, header_match, parse_item, split_items
from extraction.model import VIOLATION, Extraction, Incident
from extraction.numbers import count_pattern, number_pattern, number_start_chars, parse_count, parse_number
from extraction.places import (
    RARE_COUNTRIES,
    Admin1,
    admin1_regex,
    capitalised_admin1,
    division_hits,
    find_admin1,
    place_key,
    respell_divisions,
)
from extraction.reporters import find_reporter
from extraction.scan import finditer_at, trigger_starts, words_safe
from extraction.tables import rewrite_tables
from extraction.totals import (
    figure_row,
    find_reported_total,
    is_total_line,
    province_days,
    stated_province_totals,
    total_in_one_province,
)

MAX_MENTIONS = 2000  # no real bulletin has more; keeps hostile input cheap
MAX_SENTENCE = 3000
MAX_TEXT = 200_000

_SKIP_LINE = re.compile(
    r"^\s*(?:read\s+more|read\s+also|related|also\s+read|see\s+also|more\s+on\s+this|©|\[photo|photo\s*:|video\s*:|watch\s*:|"
    r"your\s+thoughts|please\s+enter|post\s+a\s+comment|no\s+comments|scroll\s+up|continue\s+reading|"
    r"\*|-\s|•|–\s)",
    re.I,
)
_ABBREV = {
    "maj", "gen", "lt", "col", "brig", "adm", "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "no", "jr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "a.m",
    "p.m", "vs", "etc", "approx", "gov", "sen", "rep", "col.-gen", "lt.-gen", "maj.-gen", "e.g", "i.e",
}  # fmt: skip
_SENT_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘]?[A-Z0-9])")

_ATTACK_VERBS = (
    r"(?:by|of|,|,?\s+and)\s+(?:shelling|attacking|bombarding|bombing|striking|hitting|targeting|firing\s+(?:on|at))"
    r"(?=\s+(?:the\s|a\s|an\s|its\s|their\s|(?-i:[A-Z])|al-|el-|ad-|as-|ar-|(?:residential|civilian|populated|"
    r"inhabited|government|army|military|several|positions|areas|villages|towns|settlements|homes|houses|"
    r"neighbou?rhoods|districts|outskirts)\b))"
    r"(?!\s+(?:was|were|has|had|is|are)\b)|"
    r"attacked|attacking|shelled|bombarded|bombarding|bombed|pounded|pummell?ed|rocketed|mortared|hammered|"
    r"struck|hit(?!\s+back)|hitting|targeted|"
    r"targeting|raided|stormed|assaulted|harassed|"
    # "units are shelling Barda", "have been shelling X": the verb, where "shelling" alone is a noun
    r"(?:(?<= are )|(?<= is )|(?<= were )|(?<= been )|(?<= kept ))shelling"
    r"(?=\s+(?:the\s|(?-i:[A-Z])|(?:al|el|ad|as|ar)-))"
)
_ACTIVE = re.compile(
    r"\b(?:(?:" + _ATTACK_VERBS + r")(?:\s+at)?"
    r"|(?:fired|firing|lobbed|launched|sent|aimed|directed|dropped|dropping|hurled)\s+(?:[\w’'-]+,?\s+){0,12}?"
    r"(?:at(?!\s+(?:least|most|about|around|dawn|night|noon)\b)|on(?!\s+(?:"
    + "|".join(WEEKDAYS)
    + r")\b)|upon|"
    r"into|towards?|against)"
    # "opened fire from large-calibre machine guns and sniper rifles in the direction of Berkaber and Chinari"
    r"|(?:opened\s+fire|fired)\s+(?:(?:from|with|using)\s+)?(?:(?:(?!\b(?:on|at|upon)\b)[^.;:]){1,80}?\s+)?"
    r"in\s+the\s+direction\s+of"
    r"(?=\s+(?:the\s+)?(?:villages?\s+of\s+)?(?-i:[A-Z]))"
    r"|(?:opened|opening)\s+(?:[\w-]+\s+){0,3}?fire\s+(?:[\w'’-]+,?\s+){0,16}?(?:on|at|upon|against|near|around|towards?|"
    r"in(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:al|el|ad|as|ar)-)))"
    r"|(?:used|(?<=\bthe\s)use\s+of)\s+(?:[\w'’-]+,?\s+){0,12}?against"  # "included the use of mortars against"
    # "monitored regime forces shelling areas in X": the verb after its subject, where "shelling" is no noun
    r"|(?:(?<= forces )|(?<= troops )|(?<= units )|(?<= militants ))shelling(?=\s+(?:the\s|(?-i:[A-Z])|"
    r"(?:al|el|ad|as|ar)-|areas\s+(?:in|of|near)\s|positions\s|villages\s|towns\s))"
    r"|subject(?:ed|ing)\s+to\s+(?:[\w-]+\s+){0,3}?fire\s+(?:(?:from|with|using)\s+[^,.;]{1,50}?\s+)?"
    r"(?=the\s|our\s|their\s|its\s|positions\s|(?-i:[A-Z])|(?:al|el)-)"
    r"|carried\s+out\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|raids?)\s+(?:(?:from|with|using)\s+[^,.;]{1,40}?\s+)?"
    r"(?:on|against|at)"
    r"|(?<!cease-)(?<!cease\s)(?:shelling|shellings|fire|gunfire|firing|shooting|attacks?|strikes?|raids?|bombardment|bombing|"
    r"assaults?)\s+"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:also|again|reportedly)\s+)?"
    r"(?:(?:recorded|documented|registered|reported|observed|opened)\s+)?"
    r"(?:(?:with|using|by)\s+(?:[\w-]+\s+){1,5}?(?=on\s|at\s|against\s|towards?\s|of\s+(?:areas|the)\s)|"  # "an attack with mortar rounds on", "shelling by regime forces of areas in X"
    r"from\s+(?:(?-i:[a-z])[\w-]*\s+){1,4}?(?=at\s|against\s))?"  # "41 bursts of gunfire from various weapons at X"
    r"(?:on|at|against|of|upon|targeting|towards?(?=\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])))"
    r"|(?:shelling|fire|firing)\s+(?:was|were)\s+(?:also\s+)?(?:recorded|documented|registered|reported|observed)\s+from"
    r"|(?:shelling|fire|firing|explosions?|attacks?)(?:\s+with(?:\s+[\w-]+){1,3}?)?\s+(?:was|were)\s+"
    r"(?:recorded|registered|reported|observed|heard|opened)\s+(?:near|close\s+to|in\s+the\s+(?:areas?|vicinity)\s+of)"
    r"|\bfire\s+close\s+to(?=\s+(?-i:[A-Z]))"
    r"|(?<=\bof\s)them\s+(?:were\s+)?(?:in|near|on|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"  # "12 of them in Ras al-Ain"
    # "the firing started at 8.15 pm in the Shahpur sector and spread to the Qasba sector"
    r"|(?:firing|shelling|fire)\s+(?:started|began|erupted|broke\s+out|resumed|took\s+place|occurred)\s+(?:[\w.:-]+\s+){0,6}?"
    r"(?:in|at(?!\s+(?:around|about|approximately|\d))|near|on)"  # "began at around 6.30 pm in the X sector"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:(?<=\band\s)|(?<=\band\slater\s)|(?<=\band\sthen\s)|(?<=\band\salso\s))spread\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "the army started unprovoked firing in the Shahpur and Kirni sectors"
    r"|(?<=\s)(?:firing|shelling)\s+in(?=\s+the\s+(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+)*,?"
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:sectors?|areas?|districts?))"
    # "two soldiers wounded by mortar fire near Hazarin": the place the fire hit
    r"|(?:killed|wounded|injured)\s+(?:by|in)\s+(?:[\w-]+\s+){0,3}?(?:fire|shelling|shells?|rockets?|attacks?)\s+"
    r"(?:near|in|on|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "the shooting spread to the section of the border near Yeraskh"
    r"|(?:shooting|firing|shelling|fire)\s+(?:later\s+|then\s+|also\s+)?spread\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:near|in|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "Ukrainian positions came under fire near Pisky (2), Opytne": the places follow, the subject is ours
    r"|(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,3}?(?:fire|gunfire|firing|shelling|attacks?)\s+"
    r"(?:near|close\s+to|in\s+the\s+(?:area|vicinity)\s+of)(?=\s+(?-i:[A-Z]))"
    r"|(?:shelling|fire|firing|attacks?|strikes?|raids?|bombardment|bombing)\s+by\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:on|at|against|targeting)(?=\s)"
    r"|(?:shelling|shellings|fire|firing|attacks?)\s+from\s+[^.;:]{1,80}?\s+of(?=\s+the\s+(?:settlements?|villages?|"
    r"towns?|localities|areas?|districts?)\s+of\s)"
    r"|(?:localities|settlements|villages|towns|places|areas|targets)\s+(?:that|which)\s+(?:came\s+under\s+"
    r"(?:[\w-]+\s+){0,2}?(?:fire|shelling|attack)|were\s+(?:shelled|attacked|targeted|hit))"
    r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:region|province|oblast|governorate))?"
    r"\s+(?:were|included|are)"
    r"|(?:shelling|shellings|strikes|attacks)\s+(?:by\s+[^.;:\"“”]{1,60}?\s+)?(?:was|were)\s+(?:also\s+)?(?:recorded|"
    r"documented|registered|reported|observed|logged)"
    r"\s+in(?=\s+(?-i:[A-Z])|\s+the\s+(?:towns?|villages?|city|settlements?|communities|localities)\b)"
    # "17 attacks were registered in Idlib province, nine in Latakia province": figures, read as such
    r"(?!\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?\s+(?:province|governorate|region|oblast)"
    r"(?:[,.;]|\s+and\b))"
    r"|(?:came|come|comes|coming|fell|fallen|landed|crashed|rained)\s+down\s+(?:on|in|near|at)"
    r"|(?:fell|fallen|falling|landed|landing)\s+(?:(?:once|twice|thrice|again|also|\w+\s+times)\s+)?(?:on|in|near)"
    r"|(?:slammed|crashed|smashed|slamming|crashing|smashing)\s+into"
    r"|(?<=\bbeen\s)(?:shelling|attacking|bombarding|targeting|pounding|hitting)(?=\s+(?:the\s|(?-i:[A-Z])|(?:al|el)-))"
    r"|(?<=\s)exploded\s+(?:near|in|on|at|outside)(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:al|el)-)"
    r"|(?<=\s)(?:concentrated|focused|centred|centered)\s+on(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+[\w'’ -]{1,40}?"
    r"(?:villages|towns|districts|neighbou?rhoods)\s+of\b)"
    r"|(?:list|targets|places|settlements|localities|villages|areas)\s+(?:also\s+)?(?:included|includes|include)\b"
    r"|(?<=\bthe\s)targets\s+were(?=\s+(?-i:[A-Z])|\s+(?:al|el)-|\s+the\s)"  # "the targets were Ghmam and Dwerka"
    # "Among the targets, he named the settlements of A (twice) and B"
    r"|(?<=\bthe\s)(?:targets|(?:places|settlements|villages|towns|areas)\s+that\s+(?:came\s+under\s+(?:[\w-]+\s+)?fire|"
    r"were\s+(?:shelled|hit|attacked|targeted)))"  # "Among the places that came under fire, the officer named A"
    r",?\s+(?:he|she|it|they|the\s+[\w-]+)\s+(?:named|listed|mentioned|cited)(?=\s)"
    # "fire was also opened in the direction of Armenian positions near Jermuk"
    r"|(?:(?<=\swas\s)|(?<=\swere\s)|(?<=\salso\s))opened\s+in\s+the\s+direction\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:positions|posts)\s+"
    r"(?:near|in|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "reported six attacks - three on Latakia, ... - naming among the targets the village of A and B"
    r"|(?<=\s)naming\s+(?:among\s+the\s+targets|as\s+(?:the\s+)?targets)(?=\s+(?:the\s+)?(?:(?:al|el)-)?(?-i:[A-Z])|\s+the\s)"
    # "Among the targets the ministry named were A (two times), B and C"
    r"|(?<=\bthe\s)targets\s+(?:[\w'’-]+\s+){1,4}?(?:named|listed|mentioned|cited|identified)\s+(?:were|included)"
    r"(?=\s+(?-i:[A-Z])|\s+(?:al|el)-|\s+the\s)"
    r"|(?:fired|opened\s+fire)\s+(?:(?!from\b)[\w’'-]+,?\s+){0,6}?near(?=\s+(?:the\s+(?:villages?|towns?|settlements?|city)\s+of\s+)?(?-i:[A-Z]))"
    r"|opened\s+up\s+(?:with\s+(?:[\w-]+\s+){1,5}?)?(?:on|near|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|worked\s+on(?=\s+(?-i:[A-Z]))"
    r"|(?<=\bbulletin\s)(?:listed|named|mentioned)(?=\s+(?-i:[A-Z])|\s+(?:al|el)-|\s+the\s)"
    r"|fire\s+from\s+(?:[\w'’-]+\s+){1,8}?(?:at|on)(?=\s)"
    r"|(?:shelling|fire|firing|attacks?)\s+(?:by\s+[^.;:]{1,60}?\s+)?(?:was|were)\s+(?:registered|recorded)\s+(?:of|on|at)"
    r"(?=\s)"
    r"|(?:violations|breaches|attacks)\s+(?:concerned|involved|affected)(?=\s)"
    r"|targets\s+(?:included|including)(?=\s)"  # "Targets incl. Kabbani, Mallaja"
    # "the breaches, all in Hodeidah province, included 11 in Hays, nine in Al-Tuhayta"
    r"|(?:violations|breaches|attacks)(?:,\s[^,.;]{1,40},)?\s+(?:also\s+)?(?:included|include|includes)"
    r"(?=\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:in|at|near|on|around)\s)"
    r"|(?:arms|launchers|mortars|guns|weapons)\s+[-–—]\s+(?:near|at|on)(?=\s+(?-i:[A-Z]))"  # "small arms - near A"
    r"|used\s+(?:(?!from\b)[\w'’-]+,?\s+){0,9}?(?:near|against|on)(?=\s+(?-i:[A-Z]))(?!\s+(?:"
    + "|".join(WEEKDAYS)
    + r")\b)"  # "grenade launchers were used near Vodiane"
    r"|among\s+the\s+(?:targeted|shelled|attacked)\s+(?:localities|settlements|villages|places|towns|areas)\s+"
    r"(?:are|were)"
    r"|(?<=\bto\s)(?:shell|attack|target|hit|strike|bombard)(?=\s+(?:the\s|(?-i:[A-Z])|(?:al|el|ad|as|ar)-))"
    r"|(?:resorted\s+to|initiated|indulged\s+in)\s+(?:[\w\"“”'‘’-]+\s+){0,3}?(?:firing|shelling|fire)\s+"
    r"(?:[\w'’-]+,?\s+){0,8}?(?:in|on|at|along(?!\s+the\s+(?:LoC|IB|International\s+Border|Line\s+of\s+Control|"
    r"Working\s+Boundary)\b)|targeting)"  # "along the International Border in Kathua": the line is no target
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|aimed\s+at|directed\s+at)\b",
    re.I,
)
_GENERIC = re.compile(
    r"\b(?:violated|violates|violating|broke|breaks|broken|breached|breaching|ignored|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bnot\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bwould\s)violate)"  # "Pak troops violate"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ceasefire|cease-fire|truce|armistice|silence\s+regime|regime\s+of\s+silence)"
    r"(?:\s+(?:agreement|regime|deal))?"
    r"(?:(?!\bby\s+(?:shelling|attacking|firing|targeting|bombarding|hitting|striking)\b)"
    r"(?!\b(?:and|then)\s+(?:then\s+)?(?:shelled|attacked|fired|targeted|bombarded|hit|struck|opened|launched)\b)"
    r"[^.;,\"”()]|,\s+this\s+time){0,45}?"  # "violated the truce and shelled A in Hama": A is the place
    r"(?<!agreed)(?<!signed)(?<!brokered)(?<!reached)(?<!concluded)(?<!announced)(?<!declared)\s+in\b"
    r"|\b(?:committed|recorded|registered|logged)\s+(?!no\s|not\s)(?:the\s+)?(?:about\s+|some\s+|over\s+|at\s+least\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:violations|breaches|explosions)\s+(?:in|near|around)\b"  # not "registered no violations in"
    r"|\b(?:ceasefire|cease-fire|truce)\s+violations?,?\s+in\b"
    r"|\b(?:initiated|resorted\s+to)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire\s+)?violations?\s+(?:[\w,&'’-]+\s+){0,14}?"
    r"in(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:(?:most|all|many|some|both)\s+of\s+them|(?<=the\s)majority(?:\s+of\s+them)?|(?-i:Most)(?=\s+were\s))"
    r"\s+(?:were\s+)?(?:recorded|registered|observed|occurred|heard(?:\s+or\s+seen)?|seen(?:\s+or\s+heard)?)\s+"
    r"(?=in\b|near\b|at\b|around\b)"
    # "two ceasefire violations, both of them undetermined explosions in an area south-east of Popasna"
    r"|\b(?:both|all)\s+of\s+them\s+(?:[\w-]+\s+){0,2}?explosions\s+(?=in\b|near\b|at\b)"
    r"|\bsnipers?\s+(?:was|were)\s+(?:also\s+)?active\s+(?=near\b|around\b|at\b|in\b)"  # "a sniper was active near X"
    # "Among the targets named in the bulletin were A and B", "the bulletin lists A (two times) and B"
    r"|\b(?:places|targets|settlements|villages|localities)\s+(?:named|listed|mentioned)(?:\s+(?:in|by)\s+the\s+"
    r"(?:bulletin|statement|report|briefing|centre|center|ministry))?\s+(?:were|are|included)\s+"
    r"|\b(?:bulletin|statement|briefing|centre|center|ministry)\s+(?:also\s+)?(?:lists|listed|names|named)\s+"
    r"(?=the\s|(?-i:[A-Z])|(?:al|el)-)"
    # "used mortars and machine guns against our positions near A, B (twice) and C"
    r"|\bagainst\s+(?:our|the\s+Ukrainian|Ukrainian|government|army|the\s+army['’]s|Indian|Pakistani|Azerbaijani|"
    r"Armenian)\s+(?:[\w-]+\s+)?(?:positions|strongholds|troops|posts)\s+(?=near\s|in\s|around\s|at\s)"
    # "the violations included launching 27 artillery shells on al-Durayhimi district and 9 mortar rounds at X"
    r"|\b(?:launching|lobbing)\s+(?:\d{1,4}\s+|[a-z]+\s+)?(?:[\w-]+\s+){0,2}?(?:shells|rounds|rockets|missiles|mortars)\s+"
    r"(?:on|at|towards?)(?=\s)"
    # "the hottest spots remained Pisky, Opytne and Avdiivka"
    r"|\b(?:hottest|most\s+(?:tense|active|shelled))\s+(?:spots?|points?|areas?|sections?)(?:\s+(?:(?:once\s+)?again\s+)?"
    r"(?:remained|were|was|included)\s+(?:(?:once\s+)?again\s+)?|:\s*)(?=(?:the\s+)?(?-i:[A-Z]))"
    r"|\bexplosions,\s+mostly\s+(?=in\b|near\b|at\b)"
    # "recorded 37 ceasefire violations, fewer than in the previous period, mostly near Zolote and Popasna"
    r"|\bviolations,\s+(?:[^.;,]{1,60},\s+)?mostly\s+(?:(?:undetermined\s+)?(?:explosions|bursts|shots)\s+"
    r"[^.;,()]{0,80}?)?(?=near\b|around\b|at\b|in\s+(?:the\s+)?(?:areas?\s+)?(?-i:[A-Z]))"
    r"|\b(?:violations|explosions|breaches)\b[^.;]{0,60}?\b(?:were|was)\s+"
    r"(?:recorded|registered|observed|(?:mostly\s+|mainly\s+)?(?:concentrated|centred|centered|focused))\s+"
    r"(?=(?:in|near|around|at|close\s+to|(?:north|south|east|west)[\w-]*\s+of)\b)"
    r"|\b(?:recorded|registered|observed)\s+(?:most|the\s+majority)\s+of\s+(?:the\s+)?(?:violations|explosions)\s+"
    r"(?=(?:in|near|around|at)\b)"
    r"|\b(?:violations?|breach(?:es)?)\s+(?:took\s+place|occurred|happened)\s+(?:[\w.:-]+\s+){0,5}?in\b"
    r"|\b(?:ceasefire|cease-fire|truce)\s+(?:was|has\s+been|had\s+been)\s+(?:violated|breached|broken)\s+"
    r"(?:again\s+|twice\s+|once\s+)?in\b"
    r"|\b(?:ceasefire|cease-fire|truce)\s+violations?\s+(?:was|were|has\s+been|have\s+been)\s+(?:recorded|registered|"
    r"reported|observed|committed)\s+(?:in|near)\b"
    r"|\b(?:reports?|incidents?|cases?)\s+of\s+(?:shelling|firing|gunfire|mortar\s+fire)\s+in\b"
    r"|\b(?:violations|explosions|impacts)\b[^.;]{0,60}?,?\s+(?:(?:most|all|some|mostly)\s+(?:of\s+them\s+)?)?"
    r"(?:at|in)\b(?=\s+(?:locations?|areas?)\s)"
    r"|\b(?:fire|firing|shelling|shots|violations?)\s+(?:[\w-]+\s+){0,8}?(?:along|across|on)\s+the\s+(?:LoC|Line\s+of\s+Control|"
    r"contact\s+line|line\s+of\s+contact|border|front\s*line|frontline)(?:\s+\(LoC\))?\s+in\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|had\s+been|have\s+been|has\s+been|being|got)\s+(?:[\w-]+\s+)?(?:shelled|attacked|bombarded|"
    r"targeted|hit|struck|pounded|fired\s+(?:up)?on|(?:fired|shot)\s+at(?=\s+(?:from|with|by|once|twice|thrice|\w+\s+times|on\s+\w+\s+occasions)\b|\s*[.;]|,\s+(?:and|but|while)\b)|raided|bombed)"
    r"|(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+(?:and\s+)?){0,5}?(?:fire|gunfire|firing|shelling|attacks?|bombardment)"
    r"(?!\s+(?:near|close\s+to|in\s+the\s+(?:area|vicinity)\s+of)\s+(?-i:[A-Z]))"
    r"|(?:was|were|been)\s+subjected\s+to\s+(?:[\w-]+\s+){0,2}?(?:fire|firing|shelling|attacks?|bombardment)"
    r"|(?:were|was)\s+among\s+the\s+(?:settlements|villages|places|towns|localities|targets|areas)\s+(?:that\s+were\s+)?"
    r"(?:targeted|shelled|hit|attacked|struck)"
    r"|(?:took|received|sustained)\s+(?:one|a|two|three|\d{1,2})\s+hits?(?:\s+each)?)\b",
    re.I,
)
_CLAUSE_START = re.compile(
    r"(?:^|[;:\"“”]|\bthat\s|,\s+and\s|\bwhile\s|\bwhereas\s|\bwhen\s|\bwhere\s|\bafter\s|(?<!\bwell\s)\bas\s(?=(?-i:[A-Z]))|"
    r"\b(?:said|says|added|noted|reported|stated)\s(?=the\s|(?-i:[A-Z])|(?:al|el|ad|ar|as|an)-(?-i:[A-Z]))|"
    r",\s+(?:saying|adding|claiming|noting|stating)\s(?:that\s)?)",  # "accused X of ..., saying the town was shelled"
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:\s*(?:according\s+to\s+[^,]{1,80}|besides|also|in\s+addition|meanwhile|moreover|however|separately|"
    r"at\s+the\s+same\s+time|in\s+particular|furthermore|apart\s+from\s+that|in\s+the\s+meantime|"
    r"later|earlier|afterwards|subsequently|overnight|elsewhere|"  # "Later, around 9 pm, positions in X came under fire"
    r"(?:on|along)\s+the\s+(?:line\s+of\s+contact|contact\s+line|front\s*line|front)|"  # "On the line of contact, A"
    r"(?:later\s+|early\s+|late\s+)?in\s+the\s+(?:night|evening|morning|afternoon|day)|"
    r"(?:(?:early|late)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:early|late)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|evening|night|afternoon))?|"  # "Early on Sunday the Nikial sector came under fire"
    r"(?:at\s+)?(?:around|about)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hours?)?|"
    r"(?:inside|within)\s+(?:the\s+)?(?:city\s+of\s+)?(?-i:[A-Z])[\w'’-]{0,30}(?:\s+(?-i:[A-Z])[\w'’-]{0,30})?(?:\s+city)?(?=,)|"
    r"in\s+the\s+(?:city|town)\s+of\s+(?-i:[A-Z])[\w'’-]{0,30}(?:\s+(?-i:[A-Z])[\w'’-]{0,30})?(?=,)|"  # "Inside the city of Aleppo,"
    r"(?:over\s+)?in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]{0,30}(?:\s+(?-i:[A-Z])[\w'’-]{0,30}){0,2}(?:\s+(?:district|province|"
    r"region|sector|governorate|oblast|area|city)(?:\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?:province|countryside|governorate))?)?)?|"
    r"(?:around|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]{0,30}(?:\s+(?-i:[A-Z])[\w'’-]{0,30}){0,2}(?:\s+airport)?(?=,)|"
    r"in\s+the\s+(?:(?:north|south|east|west|central)\w*\s+)?(?:province|governorate|region|oblast)\s+of\s+"
    r"(?-i:[A-Z])[\w'’-]{0,30}(?:\s+(?-i:[A-Z])[\w'’-]{0,30}(?=,))?|"  # "in the province of Hama", "of Rif Dimashq,"
    # "In the Turkmen mountains (Jabal Turkman) of Lattakia province, A and B came under fire"
    r"in\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+|(?:al|el)-[\w'’-]+\s+){1,3}(?:mountains?|area|plain|countryside|heights)"
    r"(?:\s+\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?(?:same\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:province|governorate)?)?|"
    r"among\s+the\s+(?-i:[A-Z])[\w'’-]*\s+targets)"
    r"(?:,\s*|\s+(?=the\s)|\s+(?=(?-i:[A-Z]))|\s+(?=(?:al|el|ad|as|ar)-(?-i:[A-Z]))))+",
    re.I,
)
_SPAN_END = re.compile(
    r"[”](?!\s+(?:with|in|near|at|using|along)\s)|:(?=\s*[\"“])|\"(?![\w…\[])(?!\s+(?:with|in|near|at|using|along)\s)|\s[-–—]\s(?!(?:once|twice|thrice|\d{1,3}|[a-z]+\s+times)\b|and\s+in\s)|\s+(?:said|says|told|added|reported|according\s+to|the\s+(?:center|centre|ministry|statement|"
    r"bulletin|spokesman|official|source)\s+(?:said|added|reported|reads))\b"
    r"|,?\s+(?:killing|wounding|injuring|causing|damaging|leaving|destroying|breaking|prompting|forcing)\b"
    r"|,?\s+from\s+(?:(?:their|its|the|enemy|his)\s+)?(?:[\w-]+\s+)?(?:positions?|firing\s+points?|strongholds?)\b"
    r"|,?\s+from\s+the\s+(?:direction|area|areas|vicinity|side)\s+of\b"
    r"|,\s+(?:firing|shooting|shelling)\s+from\b"  # ", firing from Sakhanka": where the fire came from"
    r"|,?\s+(?:in\s+addition\s+to|as\s+well\s+as|and)\s+(?:\d{1,3}\s+|[a-z]+\s+)?(?:[\w-]+\s+)?(?:flights|overflights|sorties)\b"
    r"|,\s+(?!including\b|shelling\b|attacking\b|targeting\b|bombarding\b|firing\b)[a-z]+ing\s"
    r"|,\s+(?:while|which|who|where|but|although|though|the\s+(?:centre|center|ministry|statement|bulletin))\b"
    # "Kabani was hit three times, two in Aleppo province, where ...": the next province's figure opens a group
    r"|(?:(?<=once)|(?<=twice)|(?<=thrice)|(?<=times)),\s+(?:and\s+)?"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+(?:the\s+)?"
    r"(?:(?:province|governorate|region|oblast)\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:province|governorate|region|oblast)\b"
    r"|\s+(?:reached|signed|agreed|concluded|brokered)\s+in\b"  # "the agreement reached in Sochi"
    r"|,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?sources?\b"
    r"|,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:head|chief|commander|spokesman|spokesperson|deputy|director|"
    r"official|representative|leader|press\s+service|military|army|ministry|ministry's|centre|center|force|forces|"
    r"police|agency|guards?)\b"
    r"|,\s+(?:the\s+)?(?:Russian|Syrian|Turkish|Ukrainian|Iranian|Israeli|Azerbaijani|Armenian|Indian|Pakistani|"
    r"Yemeni|Libyan|US|U\.S\.|UN|OSCE)\b"
    r"|,\s+(?:Maj|Lt|Col|Gen|Rear|Brig|Vice|Major|Lieutenant|Colonel|General)\b"
    r"|,\s+(?:[A-Z][\w.'’-]{0,30}\s+){1,3}[A-Z][\w'’-]{0,30},\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:head|chief|"
    r"commander|spokes\w+|deputy|director|official|minister|representative|leader|general|colonel)\b"
    r"|,\s+and\s+(?:it|he|she|they|this|its|their|there|we|i)\s"
    r"|\s+and\s+(?:injured|wounded|killed|damaged|destroyed|caused|left|set|said|says|added|claimed|accused|denied|"
    r"warned)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:violation|breach)\b|,\s+in\s+(?:a\s+)?(?:violation|breach)\b"
    r"|,\s+in\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:violations?|breach(?:es)?)\b"
    # times of day and "on the same day" close a list: "hit al-Rastan three times between 11 pm and 1 am"
    r"|\s+between\s+(?:around\s+|about\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|and|hours|-)"
    r"|\s+on\s+(?:the\s+same|that|this)\s+(?:day|night|morning|evening|afternoon)\b"
    r"|,\s+and\s+(?:the|a|an|one|two|three|\d{1,3})\s+(?:[\w-]+\s+){1,2}?(?:has|have|had|is|was|were|said|says|will|"
    r"would)\b"
    r"|,\s+(?:[A-Z][\w.'’-]{0,30}\s+){1,4}(?:said|reported|told|says|added|stated|reports)\b"
    r"|\s+(?:which|who|but|because|although|though)\s"
    # "...; two in the province of Hama": the next province's figure, not a place of this list
    r"|;\s+(?:and\s+)?(?:\d{1,3}|"
    + number_pattern()
    + r")\s+(?:more\s+)?(?:(?:violations?|attacks?|breach(?:es)?)\s+)?(?:in|near)\s+(?:the\s+)?"
    r"(?:province|governorate|region)\s+of\b"
    # a nominal list's own verb: "the shelling of A and B (also) continued", "... of A and B was recorded"
    r"|\s+(?:also\s+)?(?:continued|continues|persisted|resumed|went\s+on|intensified|(?:was|were)\s+(?:also\s+)?"
    r"(?:recorded|registered|reported|observed|logged|documented|noted|heard))\b",
    re.I,
)
_BACKGROUND_START = re.compile(
    r"^\W*(?:last\s+(?:year|month|week|september|october|november|december|january|february|march|april|may|"
    r"june|july|august|spring|summer|autumn|fall|winter)|earlier|previously|in\s+(?:19|20)\d\d|"
    r"since\s(?!(?:the\s+)?(?:early\s+hours|morning|midnight|dawn|this\s+morning|last\s+night)\b)"
    r"(?!\d{1,2}(?:[:.]?\d\d)?\s*(?:hrs|hours|h|am|pm|a\.m\.|p\.m\.)?\s+(?:today|this\s+morning|yesterday)\b)|"
    r"the\s+day\s+before|a\s+day\s+earlier|days?\s+earlier|at\s+the\s+time|back\s+in|in\s+(?:early|late|mid)|"
    r"in\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"over\s+the\s+past\s+(?:several|few)\s+days|the\s+(?:war|conflict)\s+(?:in|began)|"
    r"(?:prior\s+to|before)\s+(?:that|this|then)\b)",
    re.I,
)
_FRESH_DAY_START = re.compile(
    r"^\W*(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!\s+(?:last|a\s+week))"
    r"|yesterday\b|today\b|earlier\s+today\b|over\s+the\s+past\s+(?:24\s+hours|day)\b)",
    re.I,
)
_RECALL = re.compile(  # "shelling was reported in X" tells of the shelling, not of an older report
    r"\b(?:had\s+(?:reported|said|announced|warned|stated)|(?<!was\s)(?<!were\s)reported|said|announced|stated|"
    r"warned)\b",
    re.I,
)
_BACKGROUND_SENTENCE = re.compile(
    r"\b(?:said\s+at\s+the\s+time|earlier\s+this\s+(?:week|month)|over\s+the\s+past\s+(?:several\s+days|week|month|year)|in\s+recent\s+"
    r"(?:days|weeks|months)|last\s+(?:week|month|year|autumn|spring|summer|winter|fall)|"
    r"during\s+the\s+(?:[\w-]+\s+)?war|since\s+(?:the\s+start|early|late|(?:19|20)\d\d)|"
    r"(?:a|one|two|three|four|five|six|several|many|\d{1,2})\s+(?:years?|months?|weeks?)\s+ago|"
    r"this\s+year|have\s+reportedly|has\s+reportedly|more\s+often|keeps?\s+(?:on\s+)?(?:shelling|attacking|violating|breaching|targeting)|"
    r"continue[sd]?\s+to\s+(?:shell|attack)|continues?\s+to\s+(?:violate|breach|target)|regularly|(?:has|have|had)\s+(?:been\s+)?repeatedly"
    r"(?!\s+(?:described|called|said|warned|denied|accused|urged|stated|condemned|termed|branded))|"
    r"repeatedly\s+(?:violat|breach|shell|attack|target)\w*|(?<!how\s)often|had\s+(?:earlier|previously)|"
    r"(?:in|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?!\s+\d)(?:\s+and\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december))?)\b"
    r"|^\W*(?:prior\s+to|before)\s+(?:that|this|then)\b[^.;]*?\bhad\s+(?:been\s+)?[a-z]{3,}",  # pluperfect history
    re.I,
)
# Each trigger regex with the words (lower case) one of which every match contains.
_TRIGGERS = (
    (
        _ACTIVE,
        "active",
        ("attack", "shell", "bomb", "pound", "struck", "strik", "hit", "target", "raid", "storm", "assault",
         "fire", "firing", "lobbed", "launch", "sent", "aim", "direct", "opened", "used", "use", "carried", "came",
         "come", "coming", "fell", "fallen", "falling", "landed", "landing", "crash", "rain", "pummel", "rocket", "mortar", "hammer",
         "drop", "hurl", "includ", "resort", "opening", "shooting", "naming", "wounded", "killed", "injured", "initiat", "indulg", "worked", "harass", "slam", "smash", "spread", "concentrat", "focus",
         "centred", "centered", "them", "named", "mentioned", "exploded", "arms", "launchers", "mortars", "guns",
         "weapons"),
    ),
    (
        _GENERIC,
        "generic",
        ("violat", "broke", "breach", "ignored", "explosion", "impact", "fire", "firing", "shell", "shot", "them",
         "recorded", "registered", "observed", "initiated", "resorted"),
    ),
    (
        _PASSIVE,
        "passive",
        ("shell", "attack", "bomb", "target", "hit", "struck", "pound", "fire", "raid", "under", "subjected"),  # "hit"
    ),
)  # fmt: skip
_TURKISH_SIDE = re.compile(
    r"\bTurkish\s+(?:side|party|part|representatives|members|delegation|officers)\b|\bthe\s+Turks\b", re.I
)
_BACKGROUND_WORDS = (
    "earlier", "past", "recent", "last", "since", "this", "reportedly", "often", "keep", "continue", "regularly",
    "time",
    "repeatedly", "had", "resumed", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "ago", "prior", "before",
)  # fmt: skip


# "the ceasefire announced last week": the time belongs to the truce, not to the incidents of the sentence.
_TRUCE_SINCE = re.compile(
    r"\b(?:announced|agreed|signed|declared|brokered|reached|concluded|established|introduced|took\s+effect|"
    r"came\s+into\s+(?:force|effect)|in\s+(?:force|effect))\s+"
    r"(?:(?:by|between)\s+[^,.;]{1,60}?\s+)?"  # "agreed by Russia and Turkey last month"
    r"(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?"  # "signed in Astana last month"
    r"(?:on\s+|in\s+|since\s+)?(?:last\s+(?:week|month|year)|"
    r"earlier\s+this\s+(?:week|month)|this\s+year|(?:a|one|two|three|four|five|six|several|\d{1,2})\s+"
    r"(?:years?|months?|weeks?|days?)\s+ago)\b",
    re.I,
)


_SENTENCE_LEAD = re.compile(  # "In the province of X,", "As for X province,", "Turning to Hama,"
    r"\W*(?P<lead>in|as\s+(?:for|regards)|regarding|concerning|with\s+(?:regard|respect)\s+to|turning\s+to)\s+"
    r"(?:the\s+)?(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?"
    r"(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)(?:\s+(?:province|governorate|region|oblast|countryside))?,",
    re.I,
)
_THE_PROVINCE_VIOLATIONS = re.compile(
    r"\W*the\s+(?P<g>[A-Z][\w'’-]+)\s+(?:province\s+)?(?:violations|breaches|attacks|incidents)\b"
)
_WHICH_ASIDE = re.compile(r",\s+which\s+[^,;.]{0,100},")


def _background_sentence(text: str) -> bool:
    """Whether a sentence tells of a period or a habit, not of the day's incidents (cheap word test first)."""
    low = text.lower()
    if not any(w in low for w in _BACKGROUND_WORDS):
        return False
    if _TRUCE_SINCE.search(text) is not None:
        text = _TRUCE_SINCE.sub("", text)
    if ", which " in text:  # "In Aleppo, which came under government control in December, gunmen shelled X"
        text = _WHICH_ASIDE.sub(",", text)
    if ", bringing " in text:  # "..., bringing the number of violations since December to 1,620": a tally
        text = _RUNNING_TALLY.sub("", text)
    return _BACKGROUND_SENTENCE.search(text) is not None


_RUNNING_TALLY = re.compile(
    r",\s+bringing\s+the\s+(?:total\s+|overall\s+)?(?:number|total|tally|count)\s+of\s+[^.;]{0,160}", re.I
)


_QUOTE_END = re.compile(
    r"[\"”]|,?\s+(?:said|says|told|added|reported)\b"
)  # where a quoted list under a header ends
_CALLED_BREACHES = re.compile(
    r"\W*(?:these|this|those|they|such\s+attacks)\s+(?:are|is|were|was|constitute[sd]?|amount\s+to)\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:violations?|breach(?:es)?)\b",
    re.I,
)
_SEMI_LEAD = re.compile(r"(?:;|,\s+(?:and|while|whereas))\s+(?=(?:near|close\s+to|around|outside)\s)", re.I)
_SETTING_CUE = re.compile(
    r"\b(?:shifted|moved|spread|extended|turned)\s+(?:back\s+)?to\b"
    # "Most of the attacks were recorded in the zone in the north of Homs province." over the list after it
    r"|\b(?:attacks|violations|breaches|incidents|shellings)\s+(?:were\s+(?:recorded|registered|reported)|took\s+place|"
    r"occurred)\s+in\b",
    re.I,
)
_THESE_LIE = re.compile(
    r"\W*(?:(?:both|all)(?:\s+of)?\s+(?:these|those|the)(?:\s+above)?|both|the|these|those|all|the\s+two|the\s+three|"
    r"all\s+three)"
    r"\s+(?:(?:towns|villages|places|settlements|localities|areas|neighbou?rhoods|districts|communities)"
    r"\s+(?:lie|are|sit|are\s+located|are\s+situated)|(?:attacks|incidents|violations|shellings)\s+(?:took\s+place|"
    r"occurred|happened|were\s+(?:recorded|registered)))\s+in\s+(?:the\s+)?"
    r"(?:(?:province|governorate|region|oblast)\s+of\s+)?"  # "are located in the province of Homs"
    r"(?P<g>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?:\s+(?:province|governorate|region|oblast))?"
    r"(?:[,.]?[\"”]?,?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:said|added|reported|stated))?\W*$",
    re.I,
)
_IN_YEAR = re.compile(
    r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\d)"
    r"|\b(?:years?|decades?)\s+(ago)\b"  # "four years ago today"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+"
    r"((?:19|20)\d\d)\b"
    # "On a single day in February 2018 it reported ..." in a 2022 article
    r"|\b(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?((?:19|20)\d\d)\b"
)


def _other_year(text: str, year: int) -> bool:
    """'5,133 violations were recorded in 2020' in a 2022 article: a figure of another year, background."""
    return ("ago" in text or "20" in text or "19" in text) and any(
        (m[2] is not None or int(m[1] or m[3] or m[4]) != year)
        and not _BOUND_BEFORE.search(text, 0, m.start())
        for m in _IN_YEAR.finditer(text)
    )


# "since the truce took effect on December 18, 2018": a date that bounds a period, not the time of the story
_BOUND_BEFORE = re.compile(
    r"\b(?:since|until|took\s+effect(?:\s+on)?|came\s+into\s+(?:force|effect)(?:\s+on)?|signed(?:\s+on)?|"
    r"agreed(?:\s+on)?|began(?:\s+on)?|started(?:\s+on)?|"
    # "in a new violation of the understandings reached by Russia and Turkey in October 2019": the deal's date
    r"(?:agreements?|understandings?|deals?|truce|ceasefire|memorandum|accords?|protocol)\s+"
    r"(?:reached|concluded|brokered|struck|sealed)(?:\s+by(?:\s+[\w-]+){1,4}?)?)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def _turkish_side(text: str) -> bool:
    """Figures of the Turkish side of the commission are not this statement's incidents; a list told before
    the Turkish side is mentioned ('A and B, he said, adding that the Turkish part registered four') is."""
    if "turk" not in text.lower():
        return False
    m = _TURKISH_SIDE.search(text)
    if m is None:
        return False
    spans = _spans(text)
    first = spans[0][0] if spans else None
    cl = _COLON_LIST.search(text) if ":" in text else None
    if cl is not None and (first is None or cl.end() < first):
        first = cl.end()  # "the Russian party registered 12 shellings, namely in Latakia province: A, B"
    return first is None or m.start() < first


_ELIDED = re.compile(r"…|\.\.\.")
_PROVINCE_LIST = None
_ZONE = None


def _province_list_regex() -> re.Pattern[str]:
    """Enumerations of provinces: 'the provinces of Hama and Aleppo', 'Hama and Latakia provinces'."""
    global _PROVINCE_LIST, _ZONE
    if _PROVINCE_LIST is None:
        g = admin1_regex().pattern
        sep = r"\s*(?:,|…|\.\.\.|\band\b|\bas\s+well\s+as\b|&)\s*(?:the\s+)?(?:…\s*)?"
        # "the provinces of Aleppo (3), Latakia (5)": each province's figure; "Halab (Aleppo)": a gloss
        fig = r"(?:\s*\((?:\d{1,3}|(?-i:[A-Z])[\w'’ -]{1,20})\))?"
        _PROVINCE_LIST = re.compile(
            r"(?:\b(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:provinces|governorates|regions|oblasts)\s+of\s+(?:the\s+)?"
            r"(?:" + g + r")(?:…)?" + fig + r"(?:" + sep + r"(?:" + g + r")(?:…)?" + fig + r"){0,12})"
            r"|(?:\b(?:"
            + g
            + r")(?:"
            + sep
            + r"(?:"
            + g
            + r")){1,12}\s+(?:provinces|governorates|regions|oblasts))"
            r"|(?:\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:regions|areas)\s+of\s+(?:the\s+)?(?:self-proclaimed\s+)?(?:"
            + g
            + r")(?:"  # "government-held areas of Lattakia, Hamah and Aleppo"
            + sep
            + r"(?:"
            + g
            + r")){0,8})",
            re.I,
        )
        _ZONE = re.compile(
            r"(?:\bthe\s+)?(?:"
            + g
            + r")\s+(?:(?:de-escalation|demilitari[sz]ed|buffer)\s+zone|time|news|agency|police|"
            r"command|radio|tv|television|university|summit|talks|process|format|declaration|memorandum|accord)\b",
            re.I,
        )
    return _PROVINCE_LIST


def _zone_regex() -> re.Pattern[str]:
    _province_list_regex()
    assert _ZONE is not None
    return _ZONE


@dataclass
class Sentence:
    text: str
    start: int
    paragraph: int
    headline: bool
    background: bool


@dataclass
class Mention:
    name: str | None
    admin1: Admin1 | None
    count: int
    day: date
    kind: str
    list_id: int
    start: int
    anchor_text: str | None = None
    explicit_day: bool = False
    fallback: Admin1 | None = None
    outside_scope: bool = (
        False  # named before a later "In X region," setting: the article's province skips it
    )
    from_part: bool = False
    killed: int | None = None
    injured: int | None = None
    again: bool = False  # "fired at Kerni again in the evening": a further event at a place already named


@dataclass
class _State:
    mentions: list[Mention] = field(default_factory=list)
    containers: dict[str, Admin1] = field(default_factory=dict)
    anchors_used: set[str] = field(default_factory=set)
    districts: set[str] = field(default_factory=set)  # place keys the text calls a district
    province_counts: dict[Admin1, int] = field(default_factory=dict)
    foreign: set[Admin1] = field(
        default_factory=set
    )  # other countries' province names used as districts  # "fired on the Donetsk republic 5 times"
    list_id: int = 0


def _time_ends(word: str, after: str) -> bool:
    """'at 7:00 a.m. Sarmin and Al-Nayrab were hit': a time before a capitalised name ends the sentence."""
    return (
        word.lower().rstrip(".") in ("a.m", "p.m")
        and re.match(r"(?:(?:al|el|ad|ar|as)-)?[A-Z][a-z]", after) is not None
        and re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|local)\b", after)
        is None
    )


def _split_sentences(para: str, base: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _SENT_BREAK.finditer(para):
        prev_word = _LAST_WORD.findall(para[max(pos, m.start() - 30) : m.start()].rstrip('.!?"”’'))
        if (
            prev_word
            and prev_word[-1].lower().rstrip(".") in _ABBREV
            and not _time_ends(prev_word[-1], para[m.end() :])
        ):
            continue
        if prev_word and len(prev_word[-1]) == 1 and prev_word[-1].isupper():
            continue  # an initial
        if re.search(r"(?<![\w.])(?:[A-Z]\.){2,3}$", para[max(pos, m.start() - 8) : m.start()]):
            continue  # "R.S. Pura", "U.N. monitors": initials, not a sentence's end
        out.append((para[pos : m.start()], base + pos))
        pos = m.end()
    out.append((para[pos:], base + pos))
    chunked: list[tuple[str, int]] = []
    for s, b in out:
        while len(s) > MAX_SENTENCE:  # no real sentence is this long: cut at a list separator
            cut = max(s.rfind(",", 0, MAX_SENTENCE), s.rfind(" ", 0, MAX_SENTENCE), MAX_SENTENCE // 2)
            chunked.append((s[:cut], b))
            s, b = s[cut:], b + cut
        chunked.append((s, b))
    return [(s, b) for s, b in chunked if s.strip()]


_CLOSED = re.compile(r"[.!?\"”;…:]\s*$")
_LAST_WORD = re.compile(r"[\w.-]+$")


def _is_headline(line: str) -> bool:
    """A line without closing punctuation: a title, a caption or a related headline."""
    s = line.strip()
    return len(s) <= 220 and not _CLOSED.search(s)


_QUOTE_BREAK = re.compile(
    r"[,]?[\"”]\s*,?\s+[^\"“”]{1,80}?\b(?:said|added|stated|noted|continued|went\s+on|wrote)\b[^\"“]{0,30}?,\s*[\"“]"
    r"(?=\s*(?:and|as\s+well\s+as|also|plus|while|including|[a-z]))"
)


def _join_quotes(line: str) -> str:
    """'"... Kabani," the centre said, "as well as Ikko ..."' is one list; the length is kept for offsets."""
    if '"' not in line and "”" not in line:
        return line  # every break closes a quote
    return _QUOTE_BREAK.sub(lambda m: "," + " " * (len(m.group()) - 1), line)


_BULLET = re.compile(
    r"^\s*(?:[•·▪▫◦‣⁃*►▶➤➢→]|[-–—](?=\s)|[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?\s*(?P<body>\S.*)$"
)
# "Kiev's forces", "the Tripoli government": a capital standing for a side is not a place in a province.
_METONYM = re.compile(
    r"\b(?P<city>Kiev|Kyiv|Damascus|Tripoli|Sanaa|Baku|Yerevan)(?:['’]s)?(?:-(?:based|backed|controlled))?\s+"
    r"(?:forces|troops|army|military|government|regime|authorities|side|officials|soldiers|units|militias?|"
    r"(?:has\s+|have\s+)?(?:violated|breached|broke|shelled|fired|attacked|accused|said|says|denied|claimed|blamed|"
    r"launched))\b"
)
# "fired on Hodeidah city", "and the city of Taiz": the province's capital itself was the target
_CITY_ITSELF = re.compile(
    r"(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?(?:city\s+of\s+[\w' -]{2,30}|[\w' -]{2,30}\s+city)", re.I
)
_REPUBLIC = re.compile(
    r"(?:the\s+)?(?:DPR|LPR|DNR|LNR|(?:self-proclaimed\s+)?(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic|"
    r"Republic)",
    re.I,
)
_PARA_LEAD = re.compile(
    r"\W*(?:over\s+)?in\s+(?:the\s+)?(?:(?P<g>[A-Z][\w'’-]+)\s+(?:sector|region|oblast|province|governorate|direction|countryside)\b"
    # "In the East operational zone (Donetsk region), ...": the bracket names the province
    r"|(?:[A-Z][\w'’-]+\s+){1,2}(?:operational\s+)?(?:zone|sector|direction|area)\s+\((?P<g2>[A-Z][\w'’-]+)"
    r"(?:\s+(?:region|oblast|province|governorate))?\)),?",
    re.I,
)
_PARA_FIGURE = re.compile(
    r"\b(?:violations?|breaches)\s+(?:were|was)\s+(?:recorded|registered|reported)\s+in\b", re.I
)
_LEAD_FIGURE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the|these|them)(?:\s+(?:attacks|violations|breaches|shellings))?"
    r"(?:,\s+(?:with|using|by)\s+[^.;]{1,80}?,)?\s+"  # "nine of the attacks, with small arms and mortars, targeted"
    r"(?:(?:were|was)\s+(?:directed|aimed|targeted|carried\s+out)\s+(?:at|against|on)|targeted|hit|struck)\s*$"
    r"|(?:,\s*|\bwhile\s+|\band\s+)(?:the\s+(?:remaining|other)\s+)?(?P<n2>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:hit|targeted|struck)\s*$"
    # "Two further attacks targeted Jubb al-Ahmar": the sentence's own figure for its one place
    r"|(?:^|[.;]\s+)\W*(?P<n3>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:further\s+|more\s+|other\s+)?"
    r"(?:attacks|shellings|strikes|violations)\s+(?:targeted|hit|struck)\s*$",
    re.I,
)
_FELL_N = re.compile(
    r"\b(?:fell|landed|hit|struck)\s+(?P<c>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times)\s+(?:on|in|near)\s*\Z",
    re.I,
)
_FIGURE_IN = re.compile(r"(?:recorded|registered|reported|observed|logged)\s+in\s*\Z", re.I)
# "recorded two ceasefire violations, both of them undetermined explosions in an area south-east of X"
_ALL_OF_THEM_N = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3}|[a-z]+)\s+(?:ceasefire\s+)?violations,\s+(?:both|all)\s+of\s+them\s+"
    r"(?:[\w-]+\s+){0,3}?\Z",
    re.I,
)
_THEM_IN = re.compile(r"\bof\s+them\s+(?:were\s+)?(?:in|near|on|at)\s*\Z", re.I)
_OF_THEM_N = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3}|[a-z]+)\s+of\s+them\s+(?:were\s+)?(?:in|near|on|at)\s*\Z", re.I
)
_CARRIED_N = re.compile(
    r"\bcarried\s+out\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:[\w-]+\s+)?(?:raids|strikes|airstrikes|attacks|shellings)\s+"
    r"(?:on|against|at)\s*\Z",
    re.I,
)
_LEAD_NOMINAL_N = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,2}|[a-z]+)\s+(?:shellings|attacks|strikes)\s+(?:of|on|at|against)\s*\Z", re.I
)
_DEAL_BEFORE = re.compile(
    r"\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|compromise|bargain|pact|balance)\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|being)\s+)?$",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:preparation|preparations|preparing|prepare|plans?|planning|planned|threat|threatened|threatens|threatening|"
    r"intends?|intention|ready|readiness)\s+(?:for|to)\s+(?:launch\s+)?(?:an?\s+|the\s+|new\s+)?$",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|without|nor|not\s+a\s+single)\s+(?:[\w-]+\s+)?$", re.I)
_PEOPLES_REPUBLIC = re.compile(r"People['’]s\s+Republic|\b(?:DPR|LPR|DNR|LNR)\b")
_LEAD_BREACH = re.compile(
    r"\b(?:violated|breached|broke)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)\b"
    r"|\b(?:committed|recorded|registered|carried\s+out)\s+(?:[\w-]+\s+){0,2}?(?:violations|breaches)\s+of\s+the\s+"
    r"(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce)\b",  # "committed nine violations of the truce on Tuesday"
    re.I,
)
# "Aleppo — 2 (Zahraa (x2))" on a line: the province's figure and, in brackets, where
_FIGURE_WITH_PLACES = re.compile(
    r"^(?P<lead>[^\S\n]*[^\w\s(]{0,3}[^\S\n]*)(?P<g>[A-Z][\w' -]{2,30}?)[^\S\n]*[—–-][^\S\n]*(?P<n>\d{1,3})[^\S\n]*"
    r"\((?P<items>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)[^\S\n]*(?P<end>[;,.]?)[^\S\n]*$",
    re.M,
)


def _places_of_figure(m: re.Match[str]) -> str:
    """'Aleppo — 2 (Zahraa (x2))' -> 'Aleppo: Zahraa (x2)', padded to the same length."""
    if find_admin1(m["g"].strip()) is None:
        # "• Poonch – 5 (Krishna Ghati twice, Balakote)": a district's figure; its places are the targets
        inner = m["items"].strip()
        if re.match(r"(?:(?:al|el|ad|as|ar)-)?[A-Z]", inner) and len(inner.split()) <= 12:
            if "," not in inner and " and " not in inner and not re.search(r"\d|times|once|twice", inner):
                inner = f"{inner} ({m['n']} times)"  # "Kupwara – 1 (Keran)": the one place takes the figure
            out = f"{m['lead']}{inner}{m['end']}"
            return out + " " * max(0, len(m.group()) - len(out))
        return m.group()
    items = m["items"].strip()
    inc = re.match(r"(?:incl\.?|including|among\s+them|of\s+which)\s+", items, re.I)
    if inc is not None:
        # "Latakia — 4 (incl. Kabani x2)": the places named and, apart, the province's whole figure
        return f"{m['lead']}{m['g'].strip()}: {items[inc.end() :]}.\n{m['lead']}{m['g'].strip()} – {m['n']}{m['end']}"
    if "," not in items and " and " not in items and not re.search(r"\d|\btimes\b|\bonce\b|\btwice\b", items):
        items = f"{items} ({m['n']} times)"  # "Latakia – 2 (Kbana)": the one place takes the figure
    out = f"{m['lead']}{m['g'].strip()}: {items}{m['end']}"
    return out + " " * max(0, len(m.group()) - len(out))


_FIGURE_HEAD = re.compile(
    r"^(?P<lead>[^\S\n]*[^\w\s(]{0,3}[^\S\n]*)(?P<g>[A-Z][\w' -]{2,30}?)[^\S\n]*\((?P<n>\d{1,3})\):[^\S\n]*"
    r"(?P<items>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][^\n]*)$",
    re.M,
)


def _figure_head(m: re.Match[str]) -> str:
    """'Aleppo (10): A, B (2)' -> 'Aleppo: A, B (2).' and, on a line of its own, 'Aleppo – 10': the places and
    the province's own figure, as the row rules read them."""
    if find_admin1(m["g"].strip()) is None:
        return m.group()
    items = m["items"].rstrip(" .;")
    return f"{m['lead']}{m['g'].strip()}: {items}.\n{m['lead']}{m['g'].strip()} – {m['n']}"


_FIGURE_AT_PLACE = re.compile(
    # "19 of the attacks, carried out with mortars, took place around Ras al-Ain", "listing ten attacks in
    # Ras al-Ain", "committed 26 breaches in Hays district": a figure of attacks at one named place
    r"(?<![\w,.])(?=["
    + number_start_chars()
    + r"])(?P<n>\d{1,3}|(?:"
    + number_pattern()
    + r"))\s+(?:of\s+(?:them|these)(?=[\s,;(])|(?:of\s+(?:the|them|these)\s+)?"
    r"(?:(?:ceasefire|truce|shelling)\s+)?(?:attacks|breaches|violations|shellings|incidents))"
    r"(?:,\s[^;.:()]{1,90}?,|\s*\([^()]{1,120}\))?\s+(?:(?:took\s+place|occurred|(?:had\s+)?c[ao]me|were\s+(?:recorded|registered|"
    r"reported|logged|carried\s+out|committed|concentrated|heard))\s+(?:in\s+(?:the\s+)?areas?\s+(?=near|around))?"
    r"(?:in\s+and\s+(?=around|near))?(?P<p>in|around|near|at|on|against)\s+|(?:had\s+|have\s+)?(?:targeted|hit|struck)\s+"
    # "targeted Turkish troops and Syrian National Army positions in the Ras al-Ain area"
    r"(?:(?:[\w'’-]+\s+){0,8}?(?:positions|troops|posts|areas|outskirts)\s+(?:in\s+and\s+)?(?:around|near|in|of)\s+)?"
    r"|(?P<p2>in|around|near|at|on|against)\s+)"
    r"(?:the\s+(?:vicinity|outskirts|surroundings)\s+of\s+)?"  # "four attacks in the vicinity of Kilo 16"
    r"(?P<x>(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|an)-)?"
    r"(?-i:[A-Z])[\w'’-]+){0,3}(?:\s+(?:district|area|village|town|city|neighbou?rhood))?)"
    r"(?![\w'’-])(?!\s+(?:province|governorate|region|oblast|countryside|sector)\b|['’]s\b|\s*\(\s*\d)"
    r"(?!\s*(?:,|and)\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z]))"  # "three attacks near A and B": theirs
    r"(?!,?\s+where\s)",  # "nine took place in Poonch, where A and B came under fire": A and B are the places
    re.I,
)
_BREACHES_RECORDED_IN = re.compile(
    # "Most of the breaches were recorded in Hays district (41), followed by al-Tuhayta (27)"
    r"\b(?:attacks|breaches|violations|shellings)\s+(?:were|was)\s+(?:recorded|registered|reported|logged|"
    r"concentrated)\s+(?:in|around|near|at)\s+(?=(?:the\s+)?(?:(?:districts?|areas?|villages?|towns?)\s+of\s+)?"
    r"(?P<x>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?![\w'’-])[^.;]{0,40}?"
    r"\((?:\d{1,3}|[a-z]+)(?:\s+times)?\))"  # "... in the districts of Hais (12 times), A (nine times)"
)


_PLACE_NAME = (
    r"(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*){0,3}"
    r"(?:\s*\((?:once|twice|thrice|\d{1,2}|[a-z]+\s+times)\))?"
)
_PROVINCE_THEN_NEAR = re.compile(
    r"\b(?P<verb>(?:recorded|registered|reported|logged)\s+|(?<=[;,]\s)(?:and\s+)?(?:\d{1,3}|"
    + number_pattern()
    + r")\s+(?:more\s+)?)in\s+(?:the\s+)?(?P<g>(?:province|governorate|region)\s+of\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:province|governorate|region)),\s+"
    r"(?:(?:among\s+them|including)\s+(?:the\s+)?(?:shelling|attacks?|fire|firing)\s+(?:of|on|at)\s+"
    r"(?:[\w'’-]+\s+){0,4}?)?"
    r"(?P<p>near|around|close\s+to|in\s+the\s+area\s+of)\s+"
    rf"(?P<list>{_PLACE_NAME}(?:(?:,\s+|\s+and\s+){_PLACE_NAME})*)(?=[,;.]|\s+in\s|$)"
)


# "targeted border outposts in the Hiranagar sector of Kathua, including Bobiyan and Pansar": the sector only
# holds the places named after it
_SETTING_INCLUDING = re.compile(
    r"\b(?P<noun>(?:border\s+)?(?:posts|outposts|villages|positions|settlements|towns|localities|areas))\s+in\s+"
    r"the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:sector|area|district|region|countryside)"
    r"(?P<of>\s+of\s+[A-Z][\w'’-]+(?:\s+district)?)?,\s+including\s+(?=(?:(?:al|el)-)?[A-Z])"
)


def _province_then_near(m: re.Match[str]) -> str:
    """'Three were recorded in the Idlib province, near A and B' -> '... in the Idlib province. Attacks were recorded
    near A and B in the Idlib province'; also '12 in the province of Damascus, among them shelling of posts near
    A (twice) and B; two in the province of Hama, in the area of C': the province keeps its figure, and the
    places it names are read as a list of that province."""
    g = m["g"]
    name = (
        g.split(" of ", 1)[1]
        if g.lower().startswith(("province of", "governorate of", "region of"))
        else (g.rsplit(" ", 1)[0])
    )
    if find_admin1(name) is None:
        return m.group()
    head = m.group()[: m.end("g") - m.start()]  # the province's figure stays a sentence of its own
    return f"{head}. Attacks were recorded {m['p']} {m['list']} in the {g}"


_PLACE_SAW = re.compile(
    r"(?P<x>(?:(?:al|el|ad|ar|as|an|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})"
    r"(?:\s+(?:district|area|sector|front|axis|city))?\s+(?:saw|witnessed)\s+"
    r"(?P<n>\d{1,3}|" + number_pattern() + r")\s+(?:(?:ceasefire|truce)\s+)?(?:violations|breaches|attacks)\b"
)


def _place_saw(m: re.Match[str]) -> str:
    """'Al-Tuhaita district saw 12 violations' -> 'attacks on Al-Tuhaita (12)': a place and its figure; a
    province's figure ('Hodeidah saw 92 violations') stays as written."""
    n = parse_number(m["n"])
    if find_admin1(m["x"]) is not None or not n or m["x"].split()[0].lower() in NOT_PLACES:
        return m.group()
    return f"truce attacks on {m['x']} ({n})"


def _breaches_recorded_in(m: re.Match[str]) -> str:
    """'The breaches were recorded in Hays district (41), ...': a list of places; before a division it is the
    province figures ('registered in Damascus province (7), Latakia (4)') and stays as it is."""
    return m.group() if find_admin1(m["x"]) is not None else "attacks on "


def _figure_at_place(m: re.Match[str]) -> str:
    """'19 of the attacks took place around Ras al-Ain' -> 'attacks on Ras al-Ain (19)': a place, not a
    division, with its figure, in the list form the rest of the extractor reads."""
    place = m["x"]
    bare = re.sub(
        r"^the\s+|\s+(?:district|area|sector|village|town|city|neighbou?rhood)$", "", place, flags=re.I
    )
    if find_admin1(bare) is not None or bare.split()[0].lower() in NOT_PLACES or re.search(r"['’]s\b", place):
        return m.group()  # "two in Hama": a division's figure, read with the province totals
    n = parse_number(m["n"])
    if not n or n > 500:
        return m.group()
    verb = m.string[max(m.start(), m.start("x") - 30) : m.start("x")]  # not one inside an aside
    if not re.search(r"\b(?:attacks|breaches|violations|shellings|incidents)\b", m.group(), re.I):
        return f"attacks on {place} ({n})"  # "22 of them were recorded near Zolote": no noun to keep the verb
    if re.search(r"\b(?:recorded|registered|reported|logged|committed|targeted|hit|struck)\b", verb):
        return f"{m.group()} ({n})"  # the sentence keeps its verb and its figure; the place takes the figure
    truce = re.search(r"\b(?:ceasefire|truce)\b", m.group(), re.I)
    return f"{truce.group() + ' ' if truce else ''}attacks on {place} ({n})"


_PROVINCE_DASH_HEAD = re.compile(
    # "shelled: Latakia province — Ikko (1), Bashura (2); Hama province — Qastun (1)": a group headed by its province
    r"(?:(?<=[:;]\s)|(?<=shelled\s)|(?<=targeted\s)|(?<=attacked\s)|(?<=[.!]\s)|(?<=\n))"
    r"(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+(?P<w>province|governorate|region|oblast))?"
    r"\s*[—–-]\s+(?=(?-i:[A-Z])|(?:al|el|ad|ar|as|an)-)",
    re.I,
)


_GROUP_BEFORE = re.compile(
    r"(?:^|[:;]\s)(?P<h>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:province|governorate|region|oblast))?\s*[—–-]\s+"
    r"[^;:\n]{1,140};\s*$"
)


def _province_dash_head(m: re.Match[str]) -> str:
    """'; Hama province — A (1)' -> '; in Hama province — A (1)'; '(…): Latakia — A (3), B (1); Hama — C (2)' ->
    'Latakia: A (3), …': a province heading its group."""
    if find_admin1(m["g"]) is None:
        return m.group()
    opening = m.string[max(0, m.start() - 2) : m.start()].strip(" \n") in ("", ".", "!")
    if opening and m["g"].isupper():
        return m.group()  # "KYIV — Militants shelled A (3)": a dateline at a line's start, no heading
    if opening and m["w"] is not None:
        return f"{m['g']} {m['w']}: "  # ". Latakia province — A (3), B": a sentence that is a heading and its list
    if m["w"] is None:
        after = m.string[m.end() : m.end() + 80]
        if re.match(r"[^;.]{0,60}?(?:\(\s*\d|[×x]\s?\d)", after):
            return f"{m['g']}: "
        before = _GROUP_BEFORE.search(m.string, max(0, m.start() - 160), m.start())
        if before is not None and find_admin1(before["h"]) is not None:
            return f"{m['g']}: "  # "Latakia — A ×2, B; Aleppo — C, D": the chain goes on, counted or not
        return m.group()
    return f"in {m['g']} {m['w']} — "


_INLINE_FIGURE = re.compile(
    r"(?P<pre>\bin\s+(?:the\s+)?(?:province\s+of\s+)?)(?P<g>(?-i:[A-Z])[\w'’ -]{2,40}?)(?P<suf>\s+province)?\s*[—–-]\s*"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*\((?P<items>[^()]{1,300})\)(?P<sep>,\s*(?:and\s+)?(?=in\s+(?-i:[A-Z]|the\s)))?",
    re.I,
)


_DASH_FIGURE = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:(?:violations|breaches|attacks)\s+(?:were\s+)?(?:recorded|registered)\s+)?"
    r"in\s+(?:the\s+)?(?:province\s+of\s+)?(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+province)?"
    r"\s+[-–—]\s+(?=(?-i:[A-Z])|(?:al|el)-|the\s)",
    re.I,
)


def _dash_figure(m: re.Match[str]) -> str:
    """'Five violations were recorded in the province of Aleppo - Hayyan, Bashkoy; four in Latakia - Kabani':
    a province's figure, then its places; the places are read under the province as under a heading."""
    if find_admin1(m["g"]) is None or parse_number(m["n"]) is None:
        return m.group()
    return f"{m['g']}: "


def _inline_figure(m: re.Match[str]) -> str:
    """'in Homs province - three (Talbisa, Taldahab, ar-Rastan - once each)' -> 'Homs province: Talbisa, ...;':
    a province's figure with its places in brackets, one group of a longer list."""
    if find_admin1(m["g"].strip()) is None or parse_number(m["n"]) is None:
        return m.group()
    items = re.sub(
        r"(?:,|\s+[—–-])\s+(once|twice|thrice|\w+\s+times)(\s+each)?\s*$", r" (\1\2)", m["items"].strip()
    )
    if "," not in items and " and " not in items and not re.search(r"\d|\btimes\b|\bonce\b|\btwice\b", items):
        n = parse_number(m["n"])
        items = f"{items} (once)" if n == 1 else f"{items} ({n} times)"  # one place takes the figure
    return f"{m['g'].strip()}: {items}" + ("; " if m["sep"] else "")


# "Gorlovka (Zaitsevo, Shirokaya Balka)": the city's named districts are the places hit
_DISTRICT_NAME = r"(?:(?:al|el|as|ad|ar)-)?[A-Z][\w'’-]+(?:\s(?:(?:al|el|as|ad|ar)-)?[A-Z][\w'’-]+)?"
_DISTRICTS_IN_BRACKETS = re.compile(
    rf"\b(?P<city>[A-Z][\w'’-]+)\s*\((?P<inner>{_DISTRICT_NAME}(?:\s*,\s*{_DISTRICT_NAME}){{1,4}})\)"
)


def _districts_of_city(m: re.Match[str]) -> str:
    parts = [p.strip() for p in m["inner"].split(",")]
    if find_admin1(m["city"]) is not None or any(find_admin1(p) is not None for p in parts):
        return m.group()  # "Kabani (Latakia, twice)" and the like keep their province
    out = ", ".join(parts)
    return out + " " * max(0, len(m.group()) - len(out))


_PROV_ABBREV = re.compile(r"\b(?:prov|gov)\.(?=[\s,;:)-]|$)")
_DIST_DOT = re.compile(r"(?<=[a-z]\s)dist\.(?=\s+of\s|[\s,;:)-])")
_SNAKE_TAG = re.compile(r"(?<![\w&])#([A-Za-z]+(?:_[A-Za-z]+)+)\b")
_TRAILING_TAGS = re.compile(r"(?<=[.!?)])[ \t]+((?:#[\w-]+[ \t]*)+)$", re.M)
_HASHTAG = re.compile(r"(?<![\w&])#(?=[A-Z])")
# "Moscow and Damascus", "hold Damascus and Moscow to their commitments": capitals as the two sides
_SAME_PROVINCE = re.compile(r"\bthe\s+same\s+(?P<kind>province|governorate|district|region|oblast)\b")


def _same_province(text: str) -> str:
    """'in the same province' names the province last named before it (the text grows by a few letters)."""
    out: list[str] = []
    pos = 0
    for m in _SAME_PROVINCE.finditer(text):
        window = text[max(0, m.start() - 400) : m.start()]
        before = [h for h in capitalised_admin1(window)]
        called = [  # "Luhansk region", whether or not the gazetteer's own spelling holds the word "region"
            h
            for h in before
            if re.match(r"\s+(?:province|governorate|district|region|oblast)\b", window[h.end() :])
            or re.search(r"\s(?:province|governorate|district|region|oblast)$", h.group(), re.I)
        ]
        before = (
            called or before
        )  # "Tovuz district, as well as the villages of Aghdam and X of the same district"
        if before:
            name = re.sub(
                r"\s+(?:province|governorate|district|region|oblast)$", "", before[-1].group(), flags=re.I
            )
            out.append(
                text[pos : m.start()] + f"{name} {m['kind']}"
            )  # "Donetsk region" named: not "region region"
            pos = m.end()
    return "".join(out) + text[pos:]


_EDITOR_BRACKET = re.compile(r"\[((?:in|of)\s+(?:the\s+)?[A-Z][^\[\]]{1,40})\]")
_LOWER_ARTICLE = re.compile(r"(?<![\w'’-])(?:al|el|as|ad|ar|an)-[A-Z][\w'’-]+")


_POSSESSIVE_COUNTRYSIDE = re.compile(
    r",\s+in\s+(?P<g>[A-Z][\w-]+)['’]s\s+(?P<d>(?:north|south|east|west)\w*(?:-\w+)?\s+)?countryside\b"
)


def _possessive_countryside(m: re.Match[str]) -> str:
    """', in Hama's western countryside' -> ' in the western countryside of Hama': the province of the list
    before it, in the form the list rules read."""
    if find_admin1(m["g"]) is None:
        return m.group()
    return f" in the {m['d'] or ''}countryside of {m['g']}"


def _capital_article(m: re.Match[str]) -> str:
    """'al-Hasakah' -> 'Al-Hasakah' when it names a province (same length), so that it reads as a name."""
    return m.group()[0].upper() + m.group()[1:] if find_admin1(m.group()) is not None else m.group()


_CAMEL_TAG = re.compile(r"(?<![\w&])#([A-Z][a-z]+(?:[A-Z][a-z]+)+)\b(:?)")
_TRUCE_TAG = re.compile(r"(?:Ceasefire|Truce)\s+(?:Violations?|Breach(?:es)?)", re.I)


def _camel_words(m: re.Match[str]) -> str:
    """'#JammuAndKashmir:' -> 'Jammu and Kashmir.': a tag naming a province names the story's setting (its own
    sentence, so that it heads no list)."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m[1])
    words = re.sub(r" And ", " and ", words)
    if _TRUCE_TAG.fullmatch(words):
        return words.lower()  # "an unprovoked #CeasefireViolation along the LoC": the words of the tag
    if find_admin1(words) is None:
        return m.group()
    return "#" + words + ("." if m[2] else "")


_CAPITAL_PAIR = re.compile(
    r"\b(?:Moscow|Ankara|Tehran|Washington|Riyadh|Kyiv|Kiev|Cairo|Amman)\s+and\s+(?P<city>Damascus|Tripoli|Sanaa|Baku|"
    r"Yerevan)\b|\b(?P<city2>Damascus|Tripoli|Sanaa|Baku|Yerevan)\s+and\s+(?:Moscow|Ankara|Tehran|Washington|Riyadh|"
    r"Kyiv|Kiev)\b"
)
_PICTOGRAPH = re.compile(r"(?<=[^\n])[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?")  # not a line's bullet
_LIST_INTRO = re.compile(
    r":\s*$|\b(?:violat\w*|breach\w*|fire[ds]?|firing|shell\w*|attack\w*|broken|broke)\b", re.I
)


_PAREN_ANY = re.compile(r"\([^()]{0,60}\)")


_LEAD_COUNT = re.compile(
    r"\s*(?:"
    + count_pattern()
    + r"|\d{1,3}\b(?!\s*-?\s*(?:[a-z-]+\s+){0,2}(?:mm|km|mines|shells|rounds|grenades|rockets|"
    r"missiles|projectiles|mortars?|bombs)\b))",  # "Kansafra — 12 artillery shells": munitions, not attacks
    re.I,
)


_DASH_SPLIT = re.compile(r"\s+[–—-]\s+")
_COLON_FIGURE = re.compile(
    r"(?P<head>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*){0,3}"
    r"(?:\s+\d{1,3}(?=\s*:))?(?:\s+(?:city|district|area))?):\s+(?P<n>\d{1,3}|"  # "Kilo 7: 20"
    + number_pattern()
    + r")\b(?!\s*(?:km|%|mortar|shell|rocket))"
    r"(?:\s*[,;(].*)?$",
    re.I,
)


_WEAPON_COUNT = re.compile(
    r"(?P<x>[^–—()]{2,60}?)\s+[–—-]\s+(?!(?:al|el|ad|ar|as|an|the)[-\s])[a-z][^()]{2,80}?\((?P<n>\d{1,3})\)\s*$"
)
_WEAPON_TAIL = re.compile(r",\s+(?:using|with)\s+[^,;]*$", re.I)
_FROM_TO_AT = re.compile(r"from\s+[^\n]{3,200}?\s[-–—]\s+(?:at|on)\s+(?P<t>.+)$", re.I)


def _bullet_target(body: str) -> str:
    """'Zaytsevo - twice, from Mayorsk, AGS-17, 22 grenades' -> 'Zaytsevo (twice)': the place and its count;
    weapons, munitions and firing positions after the dash are no targets."""
    body = body.strip().rstrip(".;,")
    hm = header_match(body) if "province" in body or "governorate" in body else None
    if (
        hm is not None
        and hm["g"][:1].isupper()
        and re.search(r"[–—-]\s*$", hm.group())
        and re.match(r"(?:the\s+)?(?:(?:al|el)-)?[A-Z]", body[hm.end() :])
    ):
        # "In Latakia province — Kabani (three times), Ateera": a province heading its places, no weapon after
        return hm.group()[: hm.group().rstrip().rfind(" ")].strip() + ": " + body[hm.end() :]
    ft = _FROM_TO_AT.match(body)
    if ft is not None:
        body = ft[
            "t"
        ]  # "from positions in the village of Chinari - at our positions in A and B": the targets
    body = _WEAPON_TAIL.sub("", body)  # "Kalinovo (2 times), using 82mm mortars": the weapon is no target
    wc = _WEAPON_COUNT.match(body)
    if wc is not None:
        body = (
            f"{wc['x']} ({wc['n']})"  # "Avdiivka — grenade launchers and machine guns (2)": the place's count
        )
    cf = _COLON_FIGURE.match(body)
    if cf is not None and (find_admin1(cf["head"]) is None or cf["head"].endswith(" city")):
        return (
            f"{cf['head']} ({cf['n']})"  # "al-Tuhayta: nine, where the militia ...": the place and its figure
        )
    label = re.match(r"[^:;]{2,40}:\s+(?=\S)", body) if ";" in body else None
    segments = [x for x in body[label.end() if label else 0 :].split(";") if x.strip()]
    if len(segments) > 1 and sum(_DASH_SPLIT.search(x) is not None for x in segments) > 1:
        # "Donetsk direction: Vasilevka – 2 times; Staromikhailovka – 1": several places, each with its count
        kept = [t for x in segments if (t := _bullet_target(x))]
        return (label.group() if label else "") + "; ".join(kept)
    # "Hiranagar, Kathua district": the district places the town, it is not a second target
    body = re.sub(
        r",\s+((?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?\s+(?:district|sector|region))(?=\s+[–—-]\s+|$)",
        r" in \1",
        body,
    )
    parts = _DASH_SPLIT.split(body, maxsplit=1)
    if len(parts) == 1:
        cb = _COLON_BULLET.match(body)
        if cb is not None and find_admin1(cb["head"]) is None:
            # "Kafr Zita: artillery shelling (3 times)": the place, then what hit it
            tm = _TIMES_IN_REST.search(cb["rest"])
            return f"{cb['head']} ({tm.group()})" if tm is not None else cb["head"]
        return body
    head, rest = parts
    head = re.sub(
        r"^(?:in|for)\s+(?:the\s+)?(?=\S+\s+(?:province|governorate|region|oblast)\b)", "", head
    )  # "– in Aleppo province – A (4)"
    if re.match(
        r"\s*(?:no\b|none\b|nil\b|zero\b|0\b|quiet\b|calm\b|not\s+(?:shelled|attacked|targeted))", rest, re.I
    ):
        return ""  # "Pervomaisk — no violations": a place named as calm is no target
    if (
        ":" in rest and ":" not in head
    ):  # "Aleppo city – 7: al-Ramousah (3), Salah al-Din": the group's figure
        return f"{head}: {rest.split(':', 1)[1].strip()}"
    if (
        ":" in head
        and _list_line(_PAREN_ANY.sub(" ", head.split(":", 1)[1]))
        and not re.search(r"\b[A-Z][a-z]", rest)
    ):
        return head  # "Donetsk sector: A, B (twice) - 82mm mortars, IFV cannon": the weapons are no targets
    if ":" in head or find_admin1(_TRAILING_GENERIC_RX.sub("", head)) is not None:
        return f"{head}: {rest}"  # "Idleb governorate — Kafr Nubl (x2)", "Idlib – 9": a province heading
    if find_admin1(_TRAILING_GENERIC_RX.sub("", rest.strip())) is not None:
        return f"{head} in {rest.strip()}"  # "Kafr Batikh (x3), Saraqib — Idlib": the group's province
    cm = _LEAD_COUNT.match(rest)
    if cm is not None and re.match(r"\s*(?:each|apiece)\b", rest[cm.end() :]):
        return f"{head}, {cm.group().strip().strip('()')} each"  # "A and B — three times each"
    if cm is None:
        cm = _TIMES_IN_REST.search(rest)  # "Kominternove — 120-mm mortar — 3 times": the count comes last
    return f"{head} ({cm.group().strip().strip('()')})" if cm is not None else head


_COLON_BULLET = re.compile(
    # "Kafr Zita: artillery shelling (3 times)", "the Bustan al-Qasr crossing: mortar rounds, three times"
    r"(?P<head>(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:crossing|corridor|checkpoint|district|neighbou?rhood|quarter|road|bridge|area))?):\s+"
    r"(?P<rest>[a-z(].*)$"
)
_TIMES_IN_REST = re.compile(r"\b(?:\d{1,3}|[a-z]+)\s+times?\b|\b(?:once|twice|thrice)\b|[x×]\d{1,2}\b", re.I)


def _bulleted_intro(lines: list[str], i: int) -> bool:
    """A bulleted line about violations that is no list itself, over bulleted list lines."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    prev = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if ln.strip()), "")
    return (
        not re.search(r":\s*$", prev)  # under "listed the following targets:" it is a target itself
        and _LIST_INTRO.search(lines[i]) is not None
        and not _list_line(_PAREN_ANY.sub(" ", _bullet_body(lines[i])))
        and _BULLET.match(nxt) is not None
        and _list_line(_PAREN_ANY.sub(" ", _bullet_body(nxt)))
    )


_CAPS_HEADING = re.compile(r"[A-Z][A-Z&'’ -]{1,30}")  # "🚚 AID", "🏠 RETURNS": a digest's section heading
_VIOLATION_HEADING = re.compile(r"\b(?:truce|ceasefire|cease-fire)\s+(?:violations|breaches)\b", re.I)
_NEAR_LEAD = re.compile(r"^\W*(?:near|around|close\s+to|outside)\s+", re.I)


def _bullet_body(line: str) -> str:
    m = _BULLET.match(line)
    return m["body"] if m else line


_AREA_HEAD = re.compile(r"([^:]{2,40}):\s")
_BARE_TIMES = re.compile(r"(?<=[\w'’])\s+((?:\d{1,2}|" + number_pattern() + r")\s+times)\b(?!\s*\))", re.I)
# "Donetsk sector", "Sahl al-Ghab", "W. Aleppo countryside", "Jabal al-Akrad (N. Latakia)": a front or area
_AREA_WORDS = (
    r"(?:[NSEW]\.\s+|(?i:north|south|east|west)\w*\s+)?(?:(?:al|el|as|ad|ar|an)-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|as|ad|ar|an)-)?[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:sector|direction|area|countryside|front|axis|region|province|district|plain|valley|mountains))?"
)
# "Donetsk sector", "Sahl al-Ghab", "W. Aleppo countryside", "Jabal al-Akrad (N. Latakia)", "Hama, al-Ghab plain",
# "northeastern Latakia countryside": a front or area
_AREA_LABEL = re.compile(_AREA_WORDS + r"(?:,\s+" + _AREA_WORDS + r")?(?:\s*\([^()]{1,30}\))?")


def _area_rows(bullets: list[str]) -> list[str] | None:
    """Bullets that each head a list with an area ('Jabal al-Akrad (N. Latakia): A (2), B', 'Sahl al-Ghab: C')
    -> 'Latakia: A (2), B.' and 'Attacked: C.': an area naming no province, or two, sets none. A row with its
    own verb ('Mariupol sector: A came under fire') stays a sentence; weapons after a dash are dropped."""
    rows: list[str] = []
    lists = 0
    unplaced = False
    exact = True
    for line in bullets:
        body = _bullet_body(line).strip()
        head = _AREA_HEAD.match(body)
        if head is None or _AREA_LABEL.fullmatch(head[1].strip()) is None:
            return None
        found = {a.name for _, a in division_hits(head[1])}
        unplaced = unplaced or len(found) != 1
        exact = exact and find_admin1(head[1].strip()) is not None  # "Latakia:" rows have their own rule
        rest = body[head.end() :].strip().rstrip(" .;")
        target = _bullet_target(rest)
        if re.search(r"[A-Z]", target) and _list_line(_PAREN_ANY.sub(" ", target)):
            lists += 1
            target = _BARE_TIMES.sub(r" (\1)", target)  # "Bait Awan 3 times" -> "Bait Awan (3 times)"
            rows.append(f"{found.pop()}: {target}." if len(found) == 1 else f"Attacked: {target}.")
        elif _spans(rest):
            rows.append(f"{found.pop()}: {rest}." if len(found) == 1 else f"{rest}.")
        else:
            return None  # "- Hays district: 14": a place's figure, not an area's list
    # only where some area names no province: rows that all do read well joined
    return rows if lists and len(rows) > 1 and (unplaced or not exact) else None


def _join_bullets(text: str) -> str:
    """Bullet lines under an attack line ("📍 Kalinovo — 2 times") become one list sentence, in place."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if _BULLET.match(lines[i]) is None:
            i += 1
            continue
        if (
            re.search(r":\s*$", lines[i])
            or _bulleted_intro(lines, i)
            or _province_header(lines[i])
            or _CAPS_HEADING.fullmatch(_bullet_body(lines[i]).strip())
        ):
            i += 1  # "📍 Among the places hit:", "⚡️ ... carried out 5 shelling attacks.", "🔴 Latakia", "🚚 AID": intros
            continue
        j = i
        while (
            j < len(lines)
            and _BULLET.match(lines[j]) is not None
            and not re.search(r":\s*$", lines[j])
            and not _province_header(lines[j])
            and not _CAPS_HEADING.fullmatch(_bullet_body(lines[j]).strip())
        ):
            j += 1
        at = next((k for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), -1)
        intro = lines[at] if at >= 0 else ""
        if _OTHER_STORIES.match(intro):
            for k in range(i, j):
                lines[k] = ""  # "Related news:" over bullets: other articles' headlines, no targets
            i = j
            continue
        listed = sum(
            _list_line(_PAREN_ANY.sub(" ", _bullet_body(ln)))
            or (
                (ah := _AREA_HEAD.match(_bullet_body(ln).strip())) is not None
                and _AREA_LABEL.fullmatch(ah[1]) is not None
                and find_admin1(_TRAILING_GENERIC_RX.sub("", ah[1]).strip())
                is None  # a province row has its rule
                and _list_line(_PAREN_ANY.sub(" ", _bullet_target(_bullet_body(ln).strip()[ah.end() :])))
            )  # "🔸 Donetsk sector: A, B (twice) - 82mm mortars": an area's places and the weapons used
            or (
                _NEAR_LEAD.match(_bullet_body(ln)) is not None
                and _list_line(_PAREN_ANY.sub(" ", _NEAR_LEAD.sub("", _bullet_target(_bullet_body(ln)))))
            )
            for ln in lines[i:j]
        )  # "🔸 near Pivdenne (Donetsk region) – sniper fire": a place, where it lies and the weapon
        hm = _province_header(intro) if at >= 0 and len(intro) <= 60 else None
        if hm is not None and listed * 2 > j - i:
            # "🔴 Latakia" over "• Kabani — 2" bullets: the heading is their province, not a target
            bodies = [b for m in map(_BULLET.match, lines[i:j]) if m and (b := _bullet_target(m["body"]))]
            lines[at] = ""
            lines[i] = hm["h"] + ": " + "; ".join(bodies) + "."
            for k in range(i + 1, j):
                lines[k] = ""
            i = j
            continue
        first = i + 1 if _VIOLATION_HEADING.search(lines[i]) and not _spans(lines[i]) else i
        heading = lines[i] if first > i else intro
        if (
            first < j
            and _VIOLATION_HEADING.search(heading)
            and all(_bulleted_attack(ln) for ln in lines[first:j])
        ):
            # "🔴 Truce violations (past 24h)" over "• Mortar attack on A (Hama) — twice": each bullet a sentence
            for k in range(first, j):
                lines[k] = _bullet_body(lines[k]).rstrip(" .;") + "."
            i = j
            continue
        introduces = bool(re.search(r":\s*$", intro)) or (
            _LIST_INTRO.search(intro) is not None
            and (_BULLET.match(intro) is None or not _list_line(_PAREN_ANY.sub(" ", _bullet_body(intro))))
            and not _SKIP_LINE.match(intro)
        )
        if introduces and (re.search(r":\s*$", intro) or listed * 2 > j - i):  # headlines are no targets
            bodies = [
                _NEAR_LEAD.sub("", b)
                for m in map(_BULLET.match, lines[i:j])
                if m and (b := _bullet_target(m["body"]))
            ]
            heads = [re.match(r"([^:]{2,40}):", b) for b in bodies]
            rows = (
                None
                if all(h is not None and find_admin1(h[1].strip()) is not None for h in heads)
                else (_area_rows(lines[i:j]))
            )
            if rows is not None:
                lines[i:j] = rows  # one line a row: an area's province does not run into the next row
                i = j
                continue
            if all(h is not None and find_admin1(h[1].strip()) is not None for h in heads):
                lines[i] = " ".join(b + "." for b in bodies)  # "▪️ Idlib: A (x2), B": one sentence a province
            else:
                where = _BOTH_IN_AFTER.match(lines[j]) if j < len(lines) else None
                if where is not None and find_admin1(where["g"]) is not None:
                    bodies[-1] += (
                        f" in {where['g']} {where['w']}"  # "(both Donetsk region)." under the bullets
                    )
                    lines[j] = lines[j][where.end() :]
                lines[i] = "Attacked: " + "; ".join(bodies) + "."
            for k in range(i + 1, j):
                lines[k] = ""
        i = j
    for k in range(1, len(lines)):
        # "Russian centre: 11 truce violations in past 24h." over "Jobar x4, Harasta x2 (Damascus prov.); …"
        if (
            lines[k].strip()
            and lines[k - 1].strip()
            and _BULLET_FIGURE.search(lines[k - 1])
            and not _spans(lines[k])
            and _list_line(lines[k])
            and "," in lines[k]
            and ":" not in lines[k]  # "Latakia: A (4), B": a province's row has its own heading
        ):
            lines[k] = "Attacked: " + lines[k].strip()
    return "\n".join(lines)


_BOTH_IN_AFTER = re.compile(
    r"\s*\((?:both|all)\s+(?:in\s+)?(?:the\s+)?(?P<g>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?P<w>region|province|oblast|governorate)\)\.?\s*"
)


_OTHER_STORIES = re.compile(
    r"\W*(?:related(?:\s+(?:news|stories|articles))?|read\s+(?:more|also)|also\s+read|see\s+also|more\s+from\b.*|"
    r"most\s+(?:read|popular)|latest(?:\s+news)?|recommended|tags|trending|you\s+(?:may|might)\s+(?:also\s+)?like|"
    r"read\s+next|what\s+to\s+read\s+next|related\s+coverage|further\s+reading|don['’]t\s+miss|top\s+stories|"
    r"more\s+(?:news|stories)|also\s+on\b.*|editor['’]?s\s+picks?|popular(?:\s+news)?)\W*$",
    re.I,
)
_DECOR = r"[\W_]{0,4}"
_LIST_WORDS = re.compile(
    r"(?:times?|once|twice|thrice|x|and|villages?|towns?|settlements?|city|districts?|province|governorate|"
    r"hamlets?|localit(?:y|ies)|neighbou?rhoods?|quarters?|suburbs?|"
    r"region|oblast|countryside|areas?|outskirts|of|in|near|the|al|el|ad|ar|as)",
    re.I,
)


# "Azerbaijani positions near the villages of A and B, C, and D came under fire": the positions lead the list
_POSITIONS_LEAD = re.compile(
    r"^\s*(?:[A-Z][\w-]+\s+)?(?:army\s+)?(?:positions|posts|strongholds|units)\s+(?:near|in|around|at|of)\s+"
)


def _names_only(s: str) -> bool:
    """Only capitalised names, counts and list words: 'the villages of Tal Kurdi, Shifuniyah'."""
    words = re.findall(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w-])", re.sub(r"\([^()]{0,60}\)", " ", s))
    return all(_LIST_WORDS.fullmatch(w) or parse_number(w) is not None for w in words)


def _list_line(line: str) -> bool:
    """A line that is only place names and counts ("Kafr Nabl (twice)", "Jurin 2x, Shatha 1x (Hama province);")."""
    s = _ENUM.sub("", line.strip())
    if not s or len(s) > 160 or not re.match(r"\W{0,3}(?:[A-Z0-9]|(?:al|el|ad|ar|as|an)-)", s):
        return False
    if re.search(r"[.!?](?=\s+\S)", s) or _BULLET.match(s):
        return False
    if any(len(part.split()) > 5 for part in re.split(r"[,;]", re.sub(r"\([^()]{0,60}\)", " ", s))):
        return False  # a title-case headline, not a place name
    return _names_only(s)


_ENUM = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


@cache
def _province_header_regex() -> re.Pattern[str]:
    return re.compile(
        _DECOR
        + r"\s*(?:in\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:ern|-?east|-?west)*\s+)?(?P<h>(?:"
        + admin1_regex().pattern
        + r")(?:\s+(?:province|governorate|region|"
        r"oblast|countryside))?)\s*:?\s*" + _DECOR,
        re.I,
    )


def _province_header(line: str) -> re.Match[str] | None:
    """'🔻 Idlib countryside 🔻', 'HAMA PROVINCE:', '🔸 East (Donetsk region):' on a line of its own: a heading for
    the lines below."""
    line = line.strip()
    return _province_header_regex().fullmatch(line) or (
        _bracket_header_regex().fullmatch(line) if "(" in line else None
    )


@cache
def _bracket_header_regex() -> re.Pattern[str]:
    return re.compile(
        _DECOR
        # "East operational area (Donetsk region):": a heading of area words over its bullets
        + r"\s*(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|operational|tactical|area|sector|zone|front|direction|"
        r"section|group)){0,3}\s*\((?P<h>(?:" + admin1_regex().pattern + r")"
        r"(?:\s+(?:province|governorate|region|oblast))?)\)\s*:?\s*" + _DECOR,
        re.I,
    )


_INTRO_WORDS = re.compile(
    r"\b(?:violat\w*|breach\w*|fire[ds]?|firing|shell\w*|attack\w*|broken|broke|struck|hit|targeted|bombard\w*)\b",
    re.I,
)


def _join_list_lines(text: str) -> str:
    """Places one per line under a province heading or a line ending in ':' become one list, in place.

    Newlines become ';' (or a space after punctuation), so offsets are kept."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        hm = _province_header(line) if len(line) <= 80 and line.strip() else None
        intro = hm is not None or (
            bool(re.search(r":\s*$", line))
            and _INTRO_WORDS.search(line) is not None
            and not _BULLET.match(line)
        )
        if not intro:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _province_header(lines[j]) is None:
            if not _list_line(lines[j]):
                # "Kominternove — 120-mm mortar — 3 times": the place and its count, the weapon aside
                target = _bullet_target(lines[j]) if re.search(r"\s[–—-]\s", lines[j]) else ""
                if not target or not _list_line(target):
                    break
                lines[j] = target
            j += 1
            if re.search(r"\.\s*$", lines[j - 1]):
                break
        if j == i + 1:
            nxt = lines[j].strip() if j < len(lines) else ""
            if hm is not None and nxt and _province_header(nxt) is None and _spans(nxt):
                # "🔻 Hama countryside 🔻" over a sentence: the heading is that sentence's province
                head = hm["h"] + ":"
                lines[i : i + 2] = [head + " " * max(0, len(line) - len(head)) + " " + lines[j]]
            i += 1
            continue
        if hm is not None:
            head = hm["h"] + ":"
            lines[i] = head + " " * max(0, len(line) - len(head))
        joined = lines[i]
        if hm is None and not _spans(joined) and _COLON_LIST.search(joined.rstrip() + " A") is None:
            joined += " Attacked:"  # "the truce was broken at these places:": the lines below are the targets
        for k in range(i + 1, j):
            sep = " " if re.search(r"[;,:.]\s*$", joined) else ";"
            joined += sep + _ENUM.sub(lambda m: " " * len(m.group()), lines[k])  # "1. Kafr Nabl"
        if not re.search(r"[.;!?]\s*$", joined):
            joined = joined.rstrip() + "."  # a sentence now, not a heading
        lines[i:j] = [joined]
        i += 1
    return "\n".join(lines)


_ELLIPTIC_GROUP = re.compile(
    r",(?P<g>\s+(?:and\s+)?in\s+(?:the\s+)?(?:province\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+(?:province|governorate|region|countryside))?)(?P<dash>\s+[-–—]\s+(?:on|at|against|in)\s)"
)


_BASED_AT = re.compile(
    r",\s+(?:based|headquartered|stationed|which\s+(?:operates|is\s+based|is\s+located|works))\s+(?:in|at|from)\s+"
    r"[^,;.:()]{1,100}(?=[,.;])",
    re.I,
)
_GROUP_AFTER_DASH = re.compile(
    r"(?<=[\w)])\s+[—–]\s+(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)(?:\s+province)?(?=\s*(?:;|\.(?:\s|$)|$))",
    re.M,
)
_PROVINCE_DASH_LIST = re.compile(
    r"(?<!;\s)\b(in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?\s+(?:province|governorate|region|oblast)|"
    r"(?:province|governorate|region|oblast)\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?))\s+[-–—]\s+"
    r"(?=(?:(?:at|on|against)\s+)?(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[^;:.]{0,60}?\(\s*(?:\d|once|twice|"
    r"thrice|\w+\s+times))"
)
_PROVINCE_DASH_LIST_ANY = re.compile(_PROVINCE_DASH_LIST.pattern.removeprefix(r"(?<!;\s)"))
_DASH_GROUP_HEAD = (
    r"\b(?i:in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?\s+(?:province|governorate|region|oblast)|"
    r"(?:province|governorate|region|oblast)\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s+[-–—]\s+"
)
_DASH_GROUP = (
    _DASH_GROUP_HEAD
    + r"(?:(?:at|on|against)\s+)?(?:the\s+)?(?:(?:city|town|village|villages|settlements?)\s+of\s+)?"
    + r"(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])"
    + r"[^;.:\n]{0,200}?"
)
# "in Idlib province - A, B (2); in Latakia province - C; in Hama province - D": a chain of groups, each headed
_DASH_GROUP_CHAIN = re.compile(_DASH_GROUP + r"(?:;\s+(?:and\s+)?" + _DASH_GROUP + r")+(?=[;.:\n\"”]|$)")
_DASH_GROUP_HEAD_RX = re.compile(_DASH_GROUP_HEAD)
_PLACE_PROVINCE_DESC = re.compile(
    r"(?P<places>(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[^;:,.—–]{1,60}?),\s+(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+province)?\s+[—–]\s+(?P<desc>[^;.]{1,80})(?=;|\.(?:\s|$)|$)",
    re.M,
)
_DESC_COUNT = re.compile(
    r"\b(?:(?P<each>one|once|two|twice|three|thrice|\d{1,2})\s+(?:times\s+)?each|(?P<c>once|twice|thrice|"
    r"(?:\d{1,3}|[a-z]+)\s+(?:times|shellings?|attacks?|violations?)))\b",
    re.I,
)


def _colon_head(m: re.Match[str]) -> str:
    """'in Latakia province - ' -> 'in Latakia province: ', the same head as a heading."""
    head = m.group().rstrip()
    return head[:-1].rstrip() + ": "


_AREA_BRACKET_DASH = re.compile(
    # "in the Eastern Ghouta (Rif Dimashq province) - A (2), B": the bracket's province heads the group
    r"\bin\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[\w'’-]+){0,2}\s*"
    r"\((?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s+(?P<w>province|governorate|region|oblast)\)"
    r"(?=\s+[-–—]\s+(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z]))"
)


_FIGURE_INCL = re.compile(
    r"\b(?:\d{1,3}|[a-z]+)\s+in\s+(?:the\s+)?(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+(?:province|governorate|region|oblast))?(?P<br>\s*\((?:incl\.?|including)\s+(?P<list>[^()]{2,120})\))",
    re.I,
)


def _figure_with_named(text: str) -> str:
    """'11 in Latakia (incl. Kansaba, Salma), 7 in Idlib': the bracket leaves the figure, and its places follow
    the line as their province's own list ('Latakia: Kansaba, Salma.')."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        found = [m for m in _FIGURE_INCL.finditer(line) if find_admin1(m["g"]) is not None]
        if found:
            for m in reversed(found):
                line = line[: m.start("br")] + line[m.end("br") :]
            lines[k] = line + "\n" + "\n".join(f"{m['g']}: {m['list'].strip()}." for m in found)
    return "\n".join(lines)


def _area_bracket_dash(m: re.Match[str]) -> str:
    return f"in {m['g']} {m['w']}" if find_admin1(m["g"]) is not None else m.group()


def _province_groups(text: str) -> str:
    """Groups of places that name their province after a dash or comma, rewritten as 'A (3) in Latakia province':
    'Kabani (3), Ard al-Wata (1) — Latakia; Bidama (1) — Idlib', 'recorded in Daraa province - A (2), B (1); in
    Quneitra province - C (3)', and 'The list reads: Jobar, Damascus — two shellings; Harasta and Douma, Rif
    Dimashq — one each'."""

    def after_dash(m: re.Match[str]) -> str:
        return f" in {m['g']} province" if find_admin1(m["g"]) is not None else m.group()

    def place_province(m: re.Match[str]) -> str:
        if find_admin1(m["g"]) is None or find_admin1(m["places"].strip()) is not None:
            return m.group()
        cm = _DESC_COUNT.search(m["desc"])
        count = ""
        if cm is not None and cm["each"]:
            count = f" (each {cm['each']})" if not cm["each"].isdigit() else f" (each {cm['each']} times)"
        elif cm is not None:
            count = f" ({cm['c']})"
        return f"{m['places']} in {m['g']} province{count}"

    if len(_PLACE_PROVINCE_DESC.findall(text)) >= 2:
        text = _PLACE_PROVINCE_DESC.sub(place_province, text)
    if len(_GROUP_AFTER_DASH.findall(text)) >= 2:
        text = _GROUP_AFTER_DASH.sub(after_dash, text)
    if _PASSIVE_GROUPS.search(text) is None:  # "A were shelled; in Hama province - B (2)" has its own rule
        if "; in " in text:  # each group of a chain is headed, counted or not
            text = _DASH_GROUP_CHAIN.sub(lambda m: _DASH_GROUP_HEAD_RX.sub(_colon_head, m.group()), text)
        return _PROVINCE_DASH_LIST_ANY.sub(r"\1: ", text)
    return _PROVINCE_DASH_LIST.sub(r"\1: ", text)


_SUBJECTING_X_TO = re.compile(
    r"\bsubject(ed|ing)\s+(?!to\b)(?P<obj>(?:the|our|their|its|positions)\s[^;.]{3,300}?)\s+to\s+"
    r"(?P<w>(?:[\w-]+\s+){0,3}?(?:fire|shelling|attacks?|bombardment))\b"
)
_AND_COUNT_AT = re.compile(
    r"\band,\s+(?P<c>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times),\s+(?P<rest>(?:at|on|near)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:al|el|ad|ar|as)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_INCL = re.compile(r"\bincl\.(?=\s)")
# "firing rocket shells twice on al-Sahari neighborhood and once on Daraa al-Mahatta": each count is its place's
# "Kilo 10", "Height 210": a figure that ends a capitalised name belongs to it (not "Aleppo 3 times")
_NAME_FIGURE = (
    r"(?:\s+\d{1,4}(?![\w'’.,-]\d)(?![\w'’-])(?!\s+(?:times|km|kilomet|miles|%|people|civilians)))?"
)
_COUNT_BEFORE_ON = re.compile(
    r"\b(?P<c>once|twice|thrice|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?P<p>on|at|near|around)\s+"
    # "opened fire twice on government troops' positions near Talbiseh": the count is Talbiseh's
    r"(?P<pre>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions|posts|strongholds|checkpoints?)\s+(?:near|around|in|at)\s+|"
    r"the\s+(?:town|village|city|settlement|neighbou?rhood)\s+of\s+)?"  # "three times at the town of Harasta"
    r"(?P<x>(?:the\s+)?(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]*){0,3}"
    + _NAME_FIGURE
    + r"(?:\s+(?:neighbou?rhood|district|area|village|town|city|quarter))?)(?![\w'’-])(?!\s*\()"
)


_TRUCE_BROKEN_BEFORE = re.compile(
    r"\b(?:violat|breach|broke)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|regime|pause)\s*$",
    re.I,
)


def _count_before_on(m: re.Match[str]) -> str:
    first = re.sub(r"^the\s+", "", m["x"]).split()[0].lower()
    if first in NOT_PLACES:
        return m.group()  # "twice on Monday"
    if m["p"] in ("near", "around") and _TRUCE_BROKEN_BEFORE.search(
        m.string, max(0, m.start() - 60), m.start()
    ):
        return (
            m.group()
        )  # "violated the ceasefire three times near Pisky": the statement's total, kept as written
    return f"{m['p']} {m['pre'] or ''}{m['x']} ({m['c']})"


# "monitored artillery shelling today, Tuesday, on the villages of A": the day between a noun and its target
_DAY_ASIDE = re.compile(
    r",?\s+(?:today|yesterday|tonight|overnight)(?:,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,"
    r"(?=\s+(?:on|at|against|near)\s)"
)
# "Five of the attacks targeted A, while two came near B": the second figure continues the list
_WHILE_N_CAME = re.compile(
    r"(?:,\s+while|,?\s+and)\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:others?\s+)?(?:came|were\s+(?:carried\s+out|recorded|registered|reported|launched))\s+"
    r"(?P<p>near|in|around|at|on)\s+(?=(?:the\s+)?[A-Z])"  # "... and two were carried out in the Tal Abyad area"
)
# "From positions in the Berd region of Armenia, our positions near X were fired upon": where the fire came from
_FROM_OPENING = re.compile(
    r"(?:^|(?<=[.:;!?]\s)|(?<=\n))From\s+(?:(?:their|enemy|its|the\s+enemy['’]s)\s+)?(?:positions|firing\s+points|"
    r"the\s+direction\s+of|the\s+side\s+of|the\s+territory\s+of)\s+[^,;.\n]{1,80},\s",
    re.M,
)
_AND_ASIDE = re.compile(
    r"\band,\s+(?:later|earlier|then|also|again|afterwards|subsequently|overnight|at\s+night|in\s+the\s+(?:morning|"
    r"afternoon|evening|night)|later\s+in\s+the\s+(?:day|morning|afternoon|evening|night))[^,.;]{0,30},\s+"
)
# "A porter, Mohammad Shafi (42), of Kamalkote village": a person's age, not a count
_AGE = re.compile(
    r"\b(?:porter|civilian|man|woman|boy|girl|soldier|resident|farmer|villager|shepherd|teacher|driver|student|jawan|"
    r"policeman|child|labourer|laborer|worker|victim)s?,?\s+(?:named\s+|identified\s+as\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?P<age>\(\d{1,2}\))"
)
_UNDER_FIRE_CAME = re.compile(r"\b[Uu]nder\s+(?:[\w-]+\s+)?fire\s+came\b")
_APPOSED_TARGET = re.compile(  # "Another attack, on the village of Kinsabba, was recorded": one noun phrase
    r"\b(?P<n>attacks?|shellings?|strikes?|raids?|bombardments?),\s+(?P<p>on|of|against)\s+"
    r"(?P<t>(?:the\s+)?[\w'’ -]{1,60}?),\s+(?P<v>(?:was|were|has\s+been|had\s+been)\s)"
)
_COMMA_FIGURE = re.compile(
    r"(?<=[\w)]),\s+(?P<n>\d{1,3}|(?:"
    + number_pattern()
    + r"))(?=\s*;|\.(?:\s|$)|,\s+(?:noting|adding|saying|he|she|it|the)\b)",
    re.I,
)
_AND_FROM_ON = re.compile(
    r",?\s+and\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:area|areas|positions?|direction|vicinity|outskirts)"
    r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:on|at)\s+(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-)",
    re.I,
)
_COUNT_BEFORE_VERB = re.compile(
    r"\b(?=[tfsen\d])(?P<c>twice|thrice|(?:three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)\s+"
    r"(?P<v>shelled|attacked|targeted|hit|struck|bombarded|fired\s+(?:up)?on)\s+"
    r"(?P<x>(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[\w'’-]*){0,2}"
    + _NAME_FIGURE
    + ")",
    re.I,
)
_WHICH_WAS_HIT = re.compile(
    r",\s+which\s+(?:(?:it|they|he|she|the\s+\w+)\s+(?:said|says|added|reported)\s+)?"  # "which it said was targeted"
    r"(?:(?:was|were)\s+(?:also\s+)?(?:targeted|hit|shelled|struck|attacked|fired\s+(?:up)?on)|"
    r"came\s+under\s+(?:[\w-]+\s+)?fire)\s+"
    r"(?:(?:with|by|from|using)\s+[^,;.()]{1,60}?\s+)?"  # "which was attacked with 82mm and 120mm mortars eleven times"
    r"(?P<c>once|twice|thrice|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+times|on\s+(?:\d{1,3}|[a-z]+)\s+occasions)"
    r"(?:,(?=\s+(?:and|as\s+well\s+as)\s+(?!of\b)))?(?=\s*[,;.]|\s+(?:and|as\s+well\s+as)\b)",  # ", and": one list
    re.I,
)
_AS_WELL_AS = re.compile(r"\s*,\s*as\s+well\s+as\s+(?=(?:the\s+)?(?:(?:al|el)-)?(?-i:[A-Z]))", re.I)
_ALL_IN = re.compile(r",\s+(?:both|all|each)(?:\s+of\s+them)?\s+(?=in\s)", re.I)
_THE_LATTER = re.compile(
    r"(?:\s+[-–—(]|\s*[,;])\s*(?:with\s+)?the\s+latter\s+(?:(?:was|being)\s+)?"  # ", with the latter hit no fewer than three times"
    r"(?:(?:hit|shelled|targeted|struck|attacked|shot\s+at|fired\s+(?:up)?on)\s+)?"
    r"(?:(?:no\s+fewer|no\s+less|not\s+less)\s+than\s+|at\s+least\s+|as\s+many\s+as\s+)?"
    r"(?P<c>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times)\s*[-–—,)]?",
    re.I,
)
# "A and B were targeted, the latter three times": B's count, not the whole list's
_PASSIVE_LATTER = re.compile(
    r"(?P<last>(?:(?:al|el|ad|ar|as|an)-)?(?-i:[A-Z])[\w'’-]+)(?P<verb>\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:also\s+)?(?:targeted|shelled|hit|attacked|struck|fired\s+(?:up)?on|bombarded))"
    + _THE_LATTER.pattern,
    re.I,
)


# "A and B had come under mortar fire, A on two occasions.": a count for one of the places just listed
_NAMED_COUNT_AFTER = re.compile(
    r",\s+(?P<x>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w'’-]+){0,2})\s+"
    r"(?P<c>on\s+(?:\d{1,2}|[a-z]+)\s+occasions|once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times)(?=\s*[.;])"
)


_WHERE_ATTACKED = re.compile(
    r"(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:district|area|sector))?"
    r"(?P<gloss>,\s+(?:a|an|the)\s+[^,;.]{1,60})?,\s+where\s+"
    # "where the ATO forces came under fire", not "where the Chak Faqira post came under fire": a place of its own
    r"(?!(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:post|outpost|village|town|checkpoint|"
    r"crossing|hamlet)\b)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:attacked|shelled|fired\s+(?:on|at)|opened\s+fire\s+on|targeted|struck|"
    # "Avdiivka, where the ATO forces came under fire on 14 occasions"
    r"came\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling)|(?:was|were)\s+(?:shelled|attacked|targeted))"
    r"(?:\s+[^,;.]{0,90}?)?\s+(?P<c>on\s+(?:\d{1,3}|[a-z]+)\s+occasions|(?:\d{1,3}|[a-z]+)\s+times|once|twice|thrice)\b"
)


# "the al-Hali district of Hodeidah city, where gunmen opened fire on a checkpoint": an unnamed post in X is X
_WHERE_FIRED_ON = re.compile(
    r"(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:district|area|sector|neighbou?rhood))?"
    r"(?P<gloss>\s+of\s+[A-Z][\w'’-]+(?:\s+city)?)?,\s+where\s+(?:[\w-]+\s+){0,3}?(?:opened\s+fire\s+on|fired\s+(?:on|at)|"
    r"attacked|shelled|targeted)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:checkpoint|post|positions?|posts|troops|"
    r"soldiers|patrol)(?=[.;]|\s+with\b|$)"
)


def _where_attacked(m: re.Match[str]) -> str:
    """The place before ', where ... attacked ... N times' is the one attacked N times."""
    if find_admin1(m["x"]) is not None or m["x"].lower() in NOT_PLACES:
        return m.group()  # "in Donetsk region, where ...": a setting, read elsewhere
    count = f" ({m['c']})" if m.re is _WHERE_ATTACKED else ""
    return f"{m['x']}{m['gloss'] or ''}, where militants attacked {m['x']}{count}"


_PROVINCE_DASH_LINE = re.compile(
    r"^(?P<g>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?P<w>\s+(?:province|governorate|region|oblast))?\s+[-–—]\s+"
    r"(?=(?:(?:al|el)-)?[A-Z][^\n]*\(\s*\d)",
    re.M,
)


def _province_dash_line(m: re.Match[str]) -> str:
    """'Latakia - Bashoura (2), Rabia (1)': a province heading its places, written as 'Latakia: ...'."""
    return f"{m['g']}{m['w'] or ''}: " if find_admin1(m["g"]) is not None else m.group()


_FRONT_LINE = re.compile(
    r"^(?P<label>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:direction|sector|front|axis)\s*:)[ \t]*(?P<body>\S[^\n]*)$",
    re.M,
)


def _front_line(m: re.Match[str]) -> str:
    """'Gorlovka direction: Zaitsevo (2), Shirokaya Balka - 120mm mortars, AGS-17.' -> 'Attacked: Zaitsevo (2),
    Shirokaya Balka.': the front's label and the weapons after each dash are no targets."""
    body = re.sub(r"\s+[-–—]\s+[^;]*", "", m["body"]).strip(" .;")
    return f"Attacked: {body}." if body else m.group()


_REMAINING_AT = re.compile(
    r"\b(?:the\s+)?remaining\s+(?P<n>\d{1,3}|[a-z]+)(?:,\s[^;.:()]{1,90}?,)?\s+(?:were\s+(?:recorded|registered|heard|"
    r"observed)\s+(?:in\s+(?:the\s+)?areas?\s+)?|"
    # "the remaining two targeted Turkish troops and SNA fighters near Tel Abyad"
    r"(?:targeted|hit|struck)\s+(?:[\w'’-]+\s+){1,10}?(?=near\s|around\s|outside\s)|"
    # "the remaining four breaches were sniper fire on army positions near the Red Sea Mills"
    r"(?:breaches|violations|attacks|incidents)\s+were\s+(?:[\w-]+\s+){1,3}?(?:on|at|against)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?=near\s|around\s|outside\s))(?:near|around|in|at|outside)\s+(?:the\s+)?"
    r"(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
)


def _remaining_at(m: re.Match[str]) -> str:
    n = parse_number(m["n"])
    if not n or find_admin1(m["x"]) is not None:
        return m.group()
    return f"attacks on {m['x']} ({n})"


_SHARE_IN_BRACKETS = re.compile(r"\b(?:Most|Many|Some|All)\s+of\s+(?:them|these)\s+\((?P<n>\d{1,3})\)")
_DIST_ABBREV = re.compile(r",\s+Dist(?:\.|rict)?\s+(?P<d>[A-Z][\w'’-]+)\b")
_VERB_ASIDE = re.compile(
    r"\b(shelled|targeted|attacked|struck|bombarded|pounded),\s+(?:since|during|early|late|overnight|"
    r"at\s+(?:dawn|night|noon|about|around|\d)|on\s+(?i:" + "|".join(WEEKDAYS) + r")|"
    r"in\s+the\s+(?:morning|evening|afternoon|early\s+hours))\b[^,;.]{0,40},\s+(?=the\s|(?:al|el)-|[A-Z])"
)
_FOLLOWED_BY_FIRING = re.compile(
    r"\s+and\s+(?:was|were)\s+(?:later\s+|soon\s+)?followed\s+by\s+(?:[\w-]+\s+)?(?:firing|shelling|fire)\s+"
    r"(?:(?:of|on|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:posts|positions|outposts)\s+)?"  # "shelling of posts in B"
    r"(?=(?:in|at|near|on)\s)"
)
_ELLIPTIC_NEAR = re.compile(
    r";\s+near\s+(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*[-–—:]\s*"
    r"(?P<c>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times)(?=\s*[;.,\"”])"
)


def _count_after_list(text: str) -> str:
    """', Kabani on two occasions.' after a sentence listing Kabani: the count moves beside the name."""
    for m in reversed(list(_NAMED_COUNT_AFTER.finditer(text))):
        head = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        at = [
            x.end()
            for x in re.finditer(
                rf"(?<![\w-]){re.escape(m['x'])}(?![\w'’-])(?!\s*\()", text[head : m.start()]
            )
        ]
        if len(at) != 1:
            continue
        end = head + at[0]
        text = text[:end] + f" ({m['c']})" + text[end : m.start()] + text[m.end() :]
    return text


_PASSIVE_GROUPS = re.compile(
    r"(?P<verb>\b(?:came\s+under\s+(?:[\w-]+\s+)?fire|were\s+(?:shelled|targeted|attacked|hit|fired\s+(?:up)?on)))"
    r"(?P<rest>(?:;\s+in\s+(?:the\s+)?(?:province\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:province|governorate|region))?(?:,|\s+[-–—])\s+[^;.\"”:]{2,200})+)",
    re.I,
)
_GROUP_DASH = re.compile(r"^(;\s+in\s+[^;,]{2,60}?)\s+[-–—](?=\s)")


def _passive_groups(m: re.Match[str]) -> str:
    """'in Idlib province, A and B came under fire; in Latakia province, C and D': the later groups share the
    verb, which is written out for each ('...; in Latakia province, C and D came under fire')."""
    groups = [
        _GROUP_DASH.sub(r"\1, ", g) for g in re.split(r"(?=;\s+in\s)", m["rest"])
    ]  # "in X province - A"
    return m["verb"] + "".join(g.rstrip() + " " + m["verb"] if g.strip() else g for g in groups)


def _elliptic_group(m: re.Match[str]) -> str:
    """', in Latakia province - on Kabani, and in Damascus - on Jobar': each province leads its own group, as
    after a semicolon; the same length, so offsets hold."""
    g = re.sub(r"^(\s+)and(?=\s)", lambda a: a[1] + "   ", m["g"])  # "and in Damascus": the "and" is blanked
    return ";" + g + "," + " " * (len(m["dash"]) - 1)


def _listed_after_header(text: str) -> bool:
    """'Hama province: Tell Bizam (twice), Kafr Nabudah' lists places; 'Hodeidah – The Chair of the committee
    convened a session' is a dateline over a sentence."""
    hm = header_match(text)
    rest = text[hm.end() :] if hm is not None else text
    words = re.findall(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w-])", re.sub(r"\([^()]{0,60}\)", " ", rest))
    if len(re.findall(r"\b[A-Z]{2,}\b", rest)) >= 3 and not re.search(r"[a-z]", rest):
        return False  # "IDLIB: CEASEFIRE FRAYS IN JABAL AL-ZAWIYA": a section title in capitals
    other = sum(not _LIST_WORDS.fullmatch(w) and parse_number(w) is None for w in words)
    return other <= 2 or (other <= 8 and re.search(r"[,;]", rest) is not None)


def _blank_capital(m: re.Match[str]) -> str:
    """The match with its capital-as-actor blanked, at the same length."""
    key = "city" if m["city"] else "city2"
    a, b = m.start(key) - m.start(), m.end(key) - m.start()
    g = m.group()
    return g[:a] + " " * (b - a) + g[b:]


_BULLET_FIGURE = re.compile(
    r"(?<![\d,.])\d{1,4}\s+(?:[\w-]+\s+){0,2}?(?:violations|breaches|shelling\s+attacks|shellings|attacks|incidents)\b"
    r"(?=[^.]{0,80}\b(?:past|last|over|during|since|yesterday|today|overnight|day)\b)",
    re.I,
)


def _bulleted_report(line: str) -> bool:
    """'• Nezapir sector came under fire three times during the day.': a bulleted sentence that reports fire
    is read, where other bullets (menus, related links) are skipped."""
    m = _BULLET.match(line)
    if m is None:
        return False
    if re.search(r"[.!]\s*$", line) is not None and bool(_spans(m["body"])):
        return True
    # "• Reconciliation centre: 28 shelling attacks over the past 24 hours", "• Named by the centre: A (Idlib)"
    if figure_row(m["body"]):
        return True  # "• Idlib — 12 | Latakia — 7": figures per province
    if is_total_line(m["body"]):
        return True  # "• Total: 8 cases"
    return _BULLET_FIGURE.search(m["body"]) is not None or (
        ":" in m["body"] and _COLON_LIST.search(m["body"]) is not None
    )


_NAMED_LINE = re.compile(r"\s*(?:places\s+|targets\s+|settlements\s+)?named\s*:\s*\S[^\n]*\(", re.I)


def _bulleted_attack(line: str) -> bool:
    """'▪️ Artillery pounded Kansafra and Al-Bara': a bulleted line that tells of an attack is a sentence."""
    return _BULLET.match(line) is not None and any(
        mode in ("active", "passive") for *_r, mode, _t in _spans(line)
    )


# Two or more numbered lines in a row, each an attack line ("1. near Pavlopil – 120mm mortars;")
_ENUM_RUN = re.compile(
    r"(?:^[^\S\n]*\d{1,2}[.)][^\S\n]+(?:near|around|at|in|on)\s[^\n]*\n?){2,}", re.M | re.I
)


def _enum_as_bullet(m: re.Match[str]) -> str:
    return re.sub(r"(?m)^([^\S\n]*)(\d{1,2}[.)])", lambda e: e[1] + "•" + " " * (len(e[2]) - 1), m.group())


# Rows of a place and its figure under an intro that ends with a colon ("Hays: 44", "At-Tuhaita — 39")
_FIGURE_ROW = r"[^\S\n]*(?:(?:al|el|ad|ar|as|an|at|Al|At|Ad|As|An)-)?[A-Z][\w'’ -]{1,30}?(?::|[^\S\n][—–-])[^\S\n]*\d{1,3}[^\S\n]*"
_FIGURE_RUN = re.compile(
    rf":[^\S\n]*\n(?:[^\S\n]*\n)?(?P<rows>(?:{_FIGURE_ROW}\n){{1,}}{_FIGURE_ROW}(?:\n|$))"
)


def _figure_rows_as_bullets(m: re.Match[str]) -> str:
    """'Hays: 44' rows under 'distributed as follows:' -> '- Hays: 44' bullets, the layout the bullet rules read,
    when some row names no province (rows of provinces alone are the province figures, read as they are)."""
    rows = m["rows"].split("\n")
    names = [re.split(r":|\s[—–-]", r, maxsplit=1)[0].strip() for r in rows if r.strip()]
    if all(find_admin1(_TRAILING_GENERIC_RX.sub("", n)) is not None or n.lower() == "total" for n in names):
        return m.group()
    out = [("- " + r.strip()) if r.strip() and not r.strip().lower().startswith("total") else r for r in rows]
    return m.group()[: m.start("rows") - m.start()] + "\n".join(out)


def segment(text: str) -> list[Sentence]:
    """Body sentences and headline lines, with paragraph numbers and background marks."""
    out: list[Sentence] = []
    pos = 0
    para_no = 0
    if "\n" in text:
        if ". " in text or ") " in text:  # "1. near Pavlopil – mortars" under a heading: bullets
            text = _ENUM_RUN.sub(_enum_as_bullet, text)
        if ":\n" in text:  # "distributed as follows:" over "Hays: 44" rows: bullets too
            text = _FIGURE_RUN.sub(_figure_rows_as_bullets, text)
        text = _join_bullets(text)
        text = _join_list_lines(text)
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        line = _join_quotes(line)
        if not line.strip():
            continue
        headed = (
            header_match(line) is not None
            and _listed_after_header(line)
            and (re.search(r"[.;!?]\s*$", line) is not None or not _spans(line))
        )  # "Damascus: mortars hit Old City" unpunctuated is a headline, not a province's list
        reported = False
        if _SKIP_LINE.match(line) and not headed:
            if not _bulleted_report(line):
                continue
            reported = True
            bm = _BULLET.match(line)
            if bm is not None:  # the bullet sign blanked, offsets kept
                line = " " * bm.start("body") + line[bm.start("body") :]
        para_no += 1
        if (
            _is_headline(line)
            and not headed
            and not reported
            and not _bulleted_attack(line)
            and not _NAMED_LINE.match(line)  # "Named: Kafr Battikh (Idlib, twice), Kansaba (Latakia)"
            and not (len(line) <= 40 and figure_row(line))  # "Hama - 1" among "Latakia: 5" rows
        ):
            out.append(Sentence(line, start, para_no, True, False))  # a bulleted attack line is a sentence
            continue
        sentences = _split_sentences(line, start)
        first = sentences[0][0] if sentences else ""
        background = bool(_BACKGROUND_START.match(first))
        for i, (s, b) in enumerate(sentences):
            fresh = i > 0 and _FRESH_DAY_START.match(s) is not None  # "On Monday, ..." after background
            out.append(Sentence(s, b, para_no, False, background and not fresh))
    if out and all(s.headline for s in out):
        # A post with no punctuated sentence at all (a Telegram bulletin): its longer lines are the text.
        out = [Sentence(s.text, s.start, s.paragraph, len(s.text) < 60, False) for s in out]
    return out


_ON_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:" + "|".join(WEEKDAYS) + ")")


_OPENING_REPORT = re.compile(
    r"\W*(?:in\s+its\s+(?:daily\s+)?(?:bulletin|statement|report|briefing|update)\s+)?"  # "In its bulletin on Wednesday,"
    r"(?:on|late|early)\s+(?:\w+\s+){0,2}?(?:" + "|".join(WEEKDAYS) + r")\w*"
    r"(?:\s+alone)?,?\s+(?:for\s+(?:instance|example),\s+)?"  # "On Tuesday alone, the Observatory said ..."
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,8}?|(?:(?:(?-i:[A-Z])[\w'’-]*|of|for|the|and|in|at)\s+){7,12}?)"  # a body's long name
    r"(?:said|reported|announced|stated)\s",
    re.I,
)


_WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_BULLETIN_DAY = re.compile(
    rf"\b{_WEEKDAY_RX}['’]s\s+(?:daily\s+)?(?:bulletin|statement|report|briefing|update|summary)\b"
    rf"|\b(?:bulletin|statement|report|briefing|update|summary|past\s+day|last\s+day)\s*\((?:of\s+)?(?:{_WEEKDAY_RX}|"
    rf"\d{{1,2}}\s+{_MONTH_RX}|{_MONTH_RX}\s+\d{{1,2}})\)"  # "over the past day (29 July)"
)


# a monitors' report dated by its period: "based on information received as of 19:30 on December 28, 2020"
_INFO_AS_OF = re.compile(
    r"\binformation\s+(?:[\w-]+\s+){0,5}?(?:received|gathered|collected|available)\s+as\s+of\s+"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h))?,?\s+(?:on\s+)?)?"
    rf"(?P<d>\d{{1,2}}\s+{_MONTH_RX}(?:,?\s+\d{{4}})?|{_MONTH_RX}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)",
    re.I,
)


def _statement_day(sentences: list[Sentence], article_day: date) -> tuple[date, bool]:
    """The day the statement was issued: a reported weekday ('said Tuesday'), else a day opening a sentence
    with its reporting verb ('On Tuesday, the Observatory said ...' in the next day's article), else the
    article day; and whether the text stated it."""
    body_paragraphs: list[int] = []
    opening: date | None = None
    for s in sentences[:8]:  # "(RU Reconciliation Centre, Tuesday's bulletin)", "bulletin (5 October):"
        bm = _BULLETIN_DAY.search(s.text)
        dms = day_mentions(bm.group(), article_day) if bm is not None else []
        if not dms and "as of" in s.text:
            am = _INFO_AS_OF.search(s.text)  # "based on information received as of 19:30, 15 August 2017"
            dms = day_mentions(am["d"], article_day) if am is not None else []
        if dms and 0 <= (article_day - dms[0].day).days <= 6:
            return dms[0].day, True
    for s in sentences:
        if s.headline or s.background:
            continue
        if s.paragraph not in body_paragraphs:
            body_paragraphs.append(s.paragraph)
        if len(body_paragraphs) > 3:
            break  # the statement is dated in the lead, not in later background
        for dm in day_mentions(s.text, article_day):
            if dm.reporting and _ON_WEEKDAY.match(s.text, dm.start):
                return dm.day, True
        if re.search(r"\b(?:said|told|reported|stated|announced)\b", s.text) and any(
            dm.reporting for dm in day_mentions(s.text, article_day)
        ):
            for dm in day_mentions(s.text, article_day):
                if dm.reporting:
                    return dm.day, True
        if opening is None and _OPENING_REPORT.match(s.text):
            days = [dm for dm in day_mentions(s.text[:40], article_day) if dm.start <= 20]
            if days and 0 < (article_day - days[0].day).days <= 2:
                opening = days[0].day
    return (opening, True) if opening else (article_day, False)


_SUBJECT_BULLETIN_DAY = re.compile(
    r"\W*(?:the\s+)?(?:[\w'’-]+\s+){1,8}?[\w'’-]+,\s+in\s+(?:its|a|their|the)\s+(?:daily\s+)?"
    r"(?:bulletin|statement|report|briefing|update)\s+(?:on|late|early)\s+(?:\w+\s+)?"
    r"(?:" + "|".join(WEEKDAYS) + r"),?\s+(?:said|reported|announced|stated)\s",
    re.I,
)
_WINDOW = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<n>two|three|four|five|six|seven|[2-7])\s+days\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<h>48|72|96)\s+hours\b"
    r"|\b(?P<w>over\s+the\s+(?:past\s+)?weekend|over\s+the\s+past\s+week|in\s+a\s+weekly\s+(?:summary|round-?up))\b",
    re.I,
)


def _stated_window(text: str) -> int:
    """How many days back a round-up says it reaches ('over the past three days', 'in the past 72 hours'); 0
    when it names no such span. Days inside it are the round-up's own news, not older reports recalled."""
    m = _WINDOW.search(text)
    if m is None:
        return 0
    if m["n"]:
        return parse_number(m["n"]) or 0
    if m["h"]:
        return int(m["h"]) // 24
    return 7


def _recalled(s: Sentence, statement: date, article_day: date, stated: bool = True) -> bool:
    """A paragraph opening with an earlier day and a reporting verb recalls an older report; when the text
    never dated its statement, 'On Tuesday, the Observatory said' in Wednesday's article is the news itself."""
    if s.background:
        return True
    days = [dm for dm in day_mentions(s.text[:40], article_day) if dm.start <= 20]
    if not (days and days[0].day < statement):
        return False
    if not stated and (statement - days[0].day).days == 1 and _OPENING_REPORT.match(s.text):
        return False
    if (statement - days[0].day).days > 2:
        return _RECALL.search(s.text) is not None  # "On Feb. 16, militants attacked X, the centre said"
    # "On Saturday X shelled Y, the statement said" (issued on Sunday): the day before, in this statement
    spans = _spans(s.text)  # with no list, only a reporting verb near the opening day recalls an older report
    rc = _RECALL.search(s.text, 0, spans[0][0] if spans else min(len(s.text), 60))
    # "On Monday night, the source reported the shelling of Jurin": the event is what was reported, that day
    return rc is not None and not (
        spans
        and re.fullmatch(
            r"\W{0,3}(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:shelling|attacks?|strikes?|bombardment|firing|fire)"
            r"\s+(?:of|on|at|against)\s*|\W{0,5}",
            s.text[rc.end() : spans[0][0]],
            re.I,
        )
    )


def _event_day(sentence: str, article_day: date) -> date | None:
    for dm in day_mentions(sentence, article_day):
        if not dm.reporting:
            return dm.day
    return None


_LIST_NOUNS = ("provinces", "governorates", "regions", "oblasts", "areas")
_ZONE_NOUNS = (
    "zone", "time", "news", "agency", "police", "command", "radio", "tv", "television", "university", "summit",
    "talks", "process", "format", "declaration", "memorandum", "accord",
)  # fmt: skip


def _drop_enumeration(m: re.Match[str]) -> str:
    """Blank an enumeration of provinces, unless it names only Iraqi or Lebanese ones: 'the residential areas of
    Salah al-Din' in a Tripoli story is a district of the city."""
    found = [find_admin1(h.group()) for h in capitalised_admin1(m.group())]
    if found and all(a is not None and a.country in _RARE_COUNTRIES for a in found):
        return m.group()
    return " "


_WEAPONS_BEFORE_IN = re.compile(
    r"\bwith\s+[^;:()\n]{1,80}?\s+(?=in\s+(?:the\s+)?(?:(?:districts?|areas?|villages?|towns?|neighbou?rhoods?|outskirts|"
    r"vicinity)\s+of\s|(?-i:[A-Z])[\w'’-]+(?:,|\s+and\s)))"
)


_AGAIN = re.compile(
    r"\b(?:again|once\s+more|a\s+second\s+time|later\s+(?:in\s+the\s+day|that\s+day|that\s+night|in\s+the\s+evening))\b",
    re.I,
)
_CALLED_NAME = re.compile(
    r"\b(?:a|an|the)\s+(?:hamlet|village|town|settlement|place|locality|area|neighbou?rhood|district)\s+"
    r"(?:(?:it|they|locals|residents)\s+)?(?:called|named|known\s+as)\s+(?=(?:(?:al|el)-)?[A-Z])",
    re.I,
)
_WHEN_WITH_LEAD = re.compile(
    r"^\s*(?:on\s+(?-i:[A-Z])[a-z]+day\s+)?(?:with\s+[^,;.()]{1,50}?\s+)?"
    r"(?=the\s+(?:villages?|towns?|settlements?|city|cities|areas?|positions?|neighbou?rhoods?|outskirts)\s+of\s)"
    # "targeted on Tuesday evening Mhardeh city": the day before the object
    r"|^\s*on\s+(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|evening|night|afternoon))?\s+(?=(?:(?:al|el)-)?(?-i:[A-Z]))",
    re.I,
)
_ALONG_LINE = re.compile(
    r"\balong\s+the\s+(?:Line\s+of\s+Control|LoC|line\s+of\s+contact|contact\s+line|front\s*line|border|"
    r"International\s+Border|Working\s+Boundary)(?:\s*\([^()]{1,10}\))?\s+(?=(?:in|near|at|around)\s)",
    re.I,
)


_CITY_OF = re.compile(r"\bof\s+the\s+(?:city|town)\s+of\s+(?=(?:(?:al|el)-)?[A-Z])")


def _blank(rx: re.Pattern[str], text: str) -> str:
    """``text`` with every match of ``rx`` blanked at the same length, so that offsets into it still hold."""
    return rx.sub(lambda m: " " * len(m.group()), text)


def _clean_span(span: str) -> str:
    """A list span without enumerations of provinces and names of zones or institutions (not targets)."""
    if " with " in span:  # "homes with artillery, mortars and medium weapons in the districts of A (21), B"
        span = _blank(_WEAPONS_BEFORE_IN, span)
    if "along the " in span:  # "villages along the LoC in the Nezapir and Battal sectors": where, then which
        span = _blank(_ALONG_LINE, span)
    if span.lstrip().startswith(
        ("on ", "with ")
    ):  # "targeted on Tuesday with rocket shells the villages of A"
        span = _blank(_WHEN_WITH_LEAD, span)
    if " called " in span or " named " in span or " known as " in span:  # "a hamlet it called Bet Shalluf"
        span = _blank(_CALLED_NAME, span)
    if " and, " in span:  # "posts in the A sector and, around 9 pm, ...": the 'and' opens an aside
        span = span.replace(" and, ", "    , ")
    if " of the city of " in span or " of the town of " in span:  # "the X quarter of the city of Aleppo"
        span = _CITY_OF.sub(
            lambda m: "of" + " " * (len(m.group()) - 2), span
        )  # the same length: offsets hold
    if " among " in span:  # "targeting A (five times) and B (twice) among other areas": no place of its own
        span = _blank(_AMONG_OTHERS, span)
    low = span.lower()
    if any(w in low for w in _LIST_NOUNS):  # every enumeration names its noun
        span = _province_list_regex().sub(_drop_enumeration, span)
    if any(w in low for w in _ZONE_NOUNS):
        span = _zone_regex().sub(" ", span)
    return span


_HELD_BY_SIDE = re.compile(r"(?<![\w'’-])(?:non-)?[\w]+-(?:held|controlled)\s+(?=(?:(?:al|el)-)?[A-Z])")
_AMONG_OTHERS = re.compile(
    r"\s+among\s+(?:many\s+)?(?:others|other\s+(?:areas|places|targets|villages|towns|settlements|locations))\b",
    re.I,
)
_IMPACT_VERB = re.compile(
    r"(?:fell|fallen|falling|landed|landing|exploded|(?:came|come|comes|coming)\s+down|crashed|rained|slammed|smashed|slamming|crashing|"
    r"smashing)\b",
    re.I,
)
_MUNITION = re.compile(
    r"\b(?:shells?|rockets?|mortars?|missiles?|rounds?|projectiles?|bombs?|grenades?|mines?|munitions?|shrapnel|"
    r"fire|salvos?|volleys?|drones?|shelling|shellfire|artillery|gunfire|bullets|shots|ordnance|barrages?|"
    r"it|they|one|others?|some|several)\b",
    re.I,
)


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, mode, count text) for every list in a sentence; mode is active, generic or passive."""
    found: list[tuple[int, int, str]] = []
    low = text.lower()
    if words_safe(text, low):  # each regex tried only where one of its words starts
        for (rx, mode, _stems), starts in zip(_TRIGGERS, trigger_starts(low), strict=True):
            found.extend((m.start(), m.end(), mode) for m in finditer_at(rx, text, starts))
    else:
        for rx, mode, stems in _TRIGGERS:
            if any(w in low for w in stems):  # a word each form needs: most sentences need no regex at all
                found.extend((m.start(), m.end(), mode) for m in rx.finditer(text))
    found.sort()
    if found and any(_IMPACT_VERB.match(text, f[0]) for f in found):
        # "flights landed in Sanaa and Aden": only munitions fall, land or slam into places
        found = [
            f
            for f in found
            if not _IMPACT_VERB.match(text, f[0]) or _MUNITION.search(text, max(0, f[0] - 100), f[0])
        ]
    # Drop triggers inside an earlier trigger's words.
    kept: list[tuple[int, int, str]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        if _NEGATED.search(text, max(0, f[0] - 25), f[0]):
            continue  # "no firing was reported from the Hiranagar sector"
        if _PLANNED.search(text, max(0, f[0] - 40), f[0]):
            continue  # "describing the moves as preparation for an attack on Sirte": no attack yet
        if text.startswith(("struck", "hit"), f[0]) and _DEAL_BEFORE.search(text, max(0, f[0] - 40), f[0]):
            continue  # "under the deal struck in Ankara by ... Mike Pence": an agreement, not an attack
        if (
            kept
            and f[2] != "passive"
            and kept[-1][2] != "passive"
            and _NOMINAL.match(text, f[0]) is not None
            and _CONTINUES.search(text, kept[-1][1], f[0])
            and _SPAN_END.search(text, kept[-1][1], f[0]) is None
        ):
            continue  # ", one shelling of X": the same list goes on
        kept.append(f)
    out: list[tuple[int, int, str, str]] = []
    for i, (a, b, mode) in enumerate(kept):
        nxt = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        if mode == "passive":
            clause_start = 0
            bounds = [(cm.start(), cm.end()) for cm in _CLAUSE_START.finditer(text[:a])]
            if bounds:
                clause_start = bounds[-1][1]
                if len(bounds) > 1 and re.fullmatch(r",\s+and\s", text[bounds[-1][0] : bounds[-1][1]]):
                    lo = max(bounds[-2][1], bounds[-1][0] - 300)  # a list, not a page: bounded work
                    cuts = [lo] + [lo + m.end() for m in re.finditer(r",\s*", text[lo : bounds[-1][0]])]
                    for c in cuts[
                        :-1
                    ]:  # "(In breach of the truce,) the villages of A, B, and C came under fire"
                        if _names_only(_POSITIONS_LEAD.sub("", text[c : bounds[-1][0]], count=1)):
                            clause_start = c
                            break
            prev_end = kept[i - 1][1] if i > 0 and kept[i - 1][2] != "passive" else 0
            clause_start = max(clause_start, prev_end)
            hm = _HEADER_TAIL.search(text[:clause_start]) if clause_start else None
            if hm is not None:
                clause_start = hm.start()  # "Homs province: Talbiseh and Ghanto were fired on"
            subject = _LEAD_IN.sub("", text[clause_start:a])
            tail_end = nxt
            em = _SPAN_END.search(text, b, tail_end)
            if em is not None:
                tail_end = em.start()
            adverb = _TRAILING_ADVERB.search(text, clause_start, a)
            out.append(
                (
                    clause_start + (len(text[clause_start:a]) - len(subject)),
                    adverb.start() if adverb else a,  # "Positions in Gadabay district also came under fire"
                    "passive",
                    text[b:tail_end],
                )
            )
        else:
            end = nxt
            em = _SPAN_END.search(text, b, end)
            if em is not None:
                end = em.start()
            sc = _SOURCE_LEAD.match(text, b, end) if text[a:b].lower().endswith("from") else None
            if sc is None and _FIRE_FROM.match(text, a) and not _TARGET_AFTER.search(text, b, end):
                continue  # "positions were subjected to fire from Armenian positions near A and B": the source
            out.append((sc.end() if sc else b, end, mode, ""))
    for k in range(len(out) - 1):  # "targeted A and B, and our positions in C were hit": C is the passive's
        a_, b_, m_, t_ = out[k]
        if out[k + 1][2] == "passive" and a_ < out[k + 1][0] < b_:
            out[k] = (a_, out[k + 1][0], m_, t_)
    if len(out) > 1 and any(m == "generic" for _a, _b, m, _t in out):
        # "Nine took place in Poonch, where A and B came under shelling": Poonch holds the places after it
        out = [
            sp
            for k, sp in enumerate(out)
            if not (
                sp[2] == "generic"
                and k + 1 < len(out)
                and _WHERE_NEXT.match(text, sp[1])
                and (
                    _has_capital(text[out[k + 1][0] : out[k + 1][1]])
                    or re.search(
                        r"\b(?:villages|settlements|towns|localities)\b", text[out[k + 1][0] : out[k + 1][1]]
                    )
                )  # "in the Kilo 16 area, where they fired on farms": the area is the place
            )
        ]
    return out


_WHERE_NEXT = re.compile(r",\s+where\s")
_FIRE_FROM = re.compile(
    r"\bsubject(?:ed|ing)\s+to\s+(?:[\w-]+\s+){0,2}?fire\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:positions|villages?|territor(?:y|ies)|direction|side)\b",
    re.I,
)
_TARGET_AFTER = re.compile(r"\s(?:at|on|against|targeting)\s", re.I)
_SETTING_OPENING = re.compile(
    r"\W*In\s+(?:the\s+)?(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:sector|area|district))?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:district|province|region))?"  # "In the Uri sector of Baramulla district,"
    r"(?:,\s|\s+(?=(?:the|it|they|militants|rebels|gunmen)\s))"  # "In Al-Durayhimi the militia fired ... 12 times"
)
# "shelling was recorded from positions of the Nusra group: in Idlib province - A, B", "... from the positions of
# illegal armed groups against A (twice), B": who fired, then the list
_SOURCE_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:positions?|territor(?:y|ies)|areas?|firing\s+points)\s+(?:of|held\s+by|controlled\s+by|"
    r"under)\s[^:;.\"“”]{1,60}?(?::|\s(?:against|on|at|upon|targeting)(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:al|el)-))\s*",
    re.I,
)


_LEAD_PLACE = re.compile(
    r"\W*(?:as\s+reported,\s+|according\s+to\s+the\s+[\w\s]{1,30}?,\s+)?"  # "As reported, near Shumy the enemy fired"
    r"(?:in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|same)\s+(?:region|oblast|province|governorate),\s+)?"
    r"(?:inside\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?area\s+)?"  # "Inside the disengagement area near Zolote, the SMM"
    r"(?:near|around|close\s+to|outside|in\s+the\s+(?:areas?|vicinity|direction)\s+of)\s+(?:the\s+(?:village|town)\s+of\s+)?"
    r"(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-)",
    re.I,
)
_LEAD_TOKEN = re.compile(
    r"\s*(?:,\s*[A-Z][\w'’-]*\s+(?:region|oblast|province|district|governorate)(?=,)|"  # "Near Shumy, Donetsk region, the"
    r"\([^()]{1,60}\)|,(?=\s*[A-Z])|(?:al|el|ad|ar|as|an)-[\w'’-]+|[A-Z0-9][\w'’-]*|and|&|of|al|el|"
    r"in\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:region|oblast|province|district|governorate)\b|"
    r",\s*not\s+far\s+from\s+[A-Z][\w'’-]*,?|"  # "Near Vodiane, not far from Mariupol, snipers fired"
    r",\s*(?:on|in|near|by)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:coast|shore|outskirts|front|line|border),|"  # ", on the Azov coast,"
    r"(?:the\s+)?(?:villages?|towns?|settlements?)\s+of)"
)
_LEAD_VERB = re.compile(
    r"\b(?:fired|firing|opened\s+fire|shelled|shelling|attacked|bombarded|struck|targeted|violated|breached|"
    r"came\s+under|used|recorded|registered)\b",
    re.I,
)
_LEAD_CLAUSE = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:[a-z][\w'’-]*\s+|(?-i:[A-Z])[\w'’-]*\s+){0,5}?" + _LEAD_VERB.pattern, re.I
)
_LEAD_RECORDED = re.compile(
    r"\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:recorded|registered)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:ceasefire\s+)?(?:violations|explosions|breaches)\b",
    re.I,
)
_ANY_COUNT = re.compile(r"\b(?P<c>(?:" + number_pattern() + r")\s+times|once|twice|thrice)\b", re.I)


def _lead_span(text: str) -> tuple[int, int, str] | None:
    """'Near Pisky and Nevelske (Donetsk region), the enemy fired ...': the places come before the verb.

    Returns the list's (start, end) and the clause after it, or None."""
    dm = _DATELINE_FULL.match(text)
    m = _LEAD_PLACE.match(text, dm.end() if dm else 0)
    if m is None:
        return None
    pos = m.end()
    while True:
        t = _LEAD_TOKEN.match(text, pos)
        if t is None or t.end() == pos:
            break
        pos = t.end()
    rest = text[pos:]
    lc = _LEAD_CLAUSE.match(rest)
    if pos == m.end() or lc is None:
        return None  # the verb must follow its subject at once: "Near X, the enemy fired", not "held talks"
    if re.match(
        r"\s+(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?(?:(?:al|el)-)?(?-i:[A-Z])", rest[lc.end() :]
    ):
        return None  # "Near Mariupol, the occupiers attacked Shyrokyne twice": the verb has its own target
    return m.end(), pos, rest


_COLON_LIST = re.compile(
    r"\b(?:violations?|breaches|breach|violated|breached|shelled|fired|attacked|broke|broken|listed|targets|breakdown|"
    r"instances|incidents|shellings?|named\s+by\s+the\s+(?:centre|center|ministry|monitor|mission)|"
    r"(?<!\w)(?<!\w\s)(?:places\s+)?named(?:\s+in\s+the\s+(?:bulletin|statement|report))?|"  # "Named: Kafr Battikh (Idlib, twice), Kansaba (Latakia)" as a digest line
    r"(?:list|bulletin|statement)\s+reads|break-?up|as\s+follows|under\s+fire|(?<![\w-]\s)(?-i:Hit))\b"  # "Hit: Idlib — A ×2"
    r"[^.:;\"“”]{0,120}:\s*"
    r"(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-|in\s+(?:the\s+)?(?:province\s+of\s+)?(?-i:[A-Z]))",
    re.I,
)
_DASH_HEAD_COLON = re.compile(r"\s[—–-]\s+(?=(?P<h>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s*:\s*\Z)")


@cache
def _headed_colon() -> re.Pattern[str]:
    """A colon opening a province's group of counted places: '(…): Latakia: A (3), B (1); Hama: C (2)'."""
    return re.compile(
        r":\s+(?=(?:" + admin1_regex().pattern + r")(?:\s+(?:province|governorate|region|oblast))?\s*:\s*"
        r"[^.;:]{0,80}?\(\s*\d)",
        re.I,
    )


def _has_capital(text: str) -> bool:
    """A capitalised word other than a side's adjective ('the Russian-Turkish commission' names no place)."""
    return any(not _SIDE_ADJECTIVE.fullmatch(w) for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", text))


_SIDE_ADJECTIVE = re.compile(
    r"(?:Russian|Turkish|Syrian|American|Ukrainian|Armenian|Azerbaijani|Indian|Pakistani|Yemeni|Libyan|Iranian|"
    r"Israeli|Saudi|Joint)(?:-(?:Russian|Turkish|Syrian|American|Ukrainian|Iranian))?"
)


_COUNTED_COLON = re.compile(
    r":\s*(?=(?:(?:al|el|ad|ar|as)-)?(?-i:[A-Z])[^.:;]{0,40}?\(\s*\d{1,3}\s*\)[^.:]{0,80}?\(\s*\d{1,3}\s*\))"
)
_DASH_LIST = re.compile(
    r"\b(?:violations|breaches|attacks|shellings|incidents|instances|times)"
    r"(?:\s+(?:in|on|across|over|from|within|along)\s+[^—–.;:()\d-]{1,40}?)?\s+[—–-]\s+"  # "in the truce zone —"
    r"(?=(?-i:[A-Z])|(?:al|el|ad|ar|as)-)(?=[^.;:]{0,80}?\(\s*(?:\d{1,3}|once|twice|thrice)\s*\))",
    re.I,
)
_FIGURE_PART = re.compile(
    r"\s*(?:and\s+)?(?P<g>[^,;()\d]{2,40}?)\s*(?:\(\s*(?P<a>\d{1,4})\s*\)|[:–—-]?\s*(?P<b>\d{1,4}))\s*"
)


_WORD_FIGURE_IN = re.compile(
    r"\s*(?:and\s+)?(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+in\s+(?:the\s+)?(?:(?:province|governorate|region|oblast)\s+of\s+)?"
    r"(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+(?:province|governorate|region|oblast))?\s*",
    re.I,
)
_EACH_IN_LIST = re.compile(
    r"(?P<n>\b(?:\d{1,4}|[a-z]+))\s+each\s+in\s+(?:the\s+)?(?:(?:provinces|governorates|regions|oblasts)\s+of\s+)?"
    r"(?P<list>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s*(?:,|and)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)+)",
    re.I,
)


def _each_in_list(m: re.Match[str]) -> str:
    n = parse_number(m["n"])
    names = [x.strip() for x in re.split(r",|\band\b", m["list"]) if x.strip()]
    if n is None or not all(find_admin1(x) is not None for x in names):
        return m.group()
    return ", ".join(f"{x} ({n})" for x in names)


_FIGURE_LEAD = re.compile(
    r"^\s*in\s+(?:the\s+)?(?:(?:provinces?|governorates?|regions?|oblasts?)\s+of\s+)?", re.I
)


_BARE_FIGURE_PAIR = re.compile(r"[A-Z][a-z]+\s+\d{1,3}\s*[,;|]")
# "Aleppo prov. 14 (incl. Ramouseh, al-Hamdaniyeh); Hama 4": a province's figure with some of its places
# "Latakia — 3 (Kabani ×2, Kinsabba)": the same, with the places alone in the bracket
_FIGURE_INCLUDING = re.compile(
    r"(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+(?:province|governorate|region|oblast))?"
    r"(?:\s+|\s*[-–—:]\s*)(?P<n>\d{1,3})\s*"
    r"\((?:(?:including|incl\.?|among\s+them)\s+)?(?P<items>(?:(?:al|el|ad|an|ar|as|at|az|ash|ed|es|ez)-)?(?-i:[A-Z])"
    r"(?!(?:Reuters|AFP|AP|Xinhua|TASS|Sputnik|SANA|RIA|UPI|IANS|PTI|ANI|Anadolu|DPA|EFE)\b)[^()]{0,200})\)"
)


def _bare_counts(items: str, total: int) -> str:
    """'Kabani 2, Kinsabba 1' under a figure of 3: a number after every name, adding up to the figure, is each
    place's count ('Kabani (2), Kinsabba (1)'); otherwise the numbers stay part of the names ('Kilo 16')."""
    parts = [p.strip() for p in re.split(r",|\band\b", items) if p.strip()]
    found = [re.fullmatch(r"(.*[^\d\s])\s+(\d{1,2})", p) for p in parts]
    if len(parts) < 2 or any(f is None for f in found) or sum(int(f[2]) for f in found if f) != total:
        return items
    return ", ".join(f"{f[1]} ({f[2]})" for f in found if f)


def _figures_including(text: str) -> str:
    """'Aleppo prov. 14 (incl. A, B); Hama 4.' -> 'Aleppo 14; Hama 4. Named in Aleppo province: A, B.': the
    province figures stay one breakdown and the places named follow it as their own list."""
    for m in reversed(list(_FIGURE_INCLUDING.finditer(text))):
        if find_admin1(m["g"]) is None:
            continue
        end = re.search(r"\.(?:\s|$)|\n", text[m.end() :])
        cut = m.end() + (end.end() if end else len(text) - m.end())
        named = f" Named in {m['g']} province: {_bare_counts(m['items'], int(m['n']))}.\n"
        text = (
            text[: m.start()] + f"{m['g']} {m['n']}" + text[m.end() : cut].rstrip("\n") + named + text[cut:]
        )
    return text


_BREAKDOWN_SEP = re.compile(r":\s|\s[—–-]\s")


_FIGURES_REST = re.compile(
    r",?\s+(?:with|while|whereas|and)\s+(?:the\s+)?(?:rest|remaining|remainder|other)\b", re.I
)


def _province_figures(tail: str) -> dict[Admin1, int]:
    """'distributed as follows: Taiz (36), Marib 20 and Saada – 13': figures per province, or {} when any part
    of the list is something else (a place, a remark)."""
    qe = _QUOTE_END.search(tail)  # a quoted list ends with its quote
    tail = tail[: qe.start() if qe else None].split(".")[0]
    rest = _FIGURES_REST.search(tail)  # ", with the remaining violations recorded on the border fronts"
    tail = tail[: rest.start() if rest else None]
    if " each in " in tail:  # "one each in the provinces of Aleppo and Daraa" -> "Aleppo (1), Daraa (1)"
        tail = _EACH_IN_LIST.sub(_each_in_list, tail)
    parts = [p for p in re.split(r",|;|\||\band\b", tail) if p.strip()]
    out: dict[Admin1, int] = {}
    for p in parts:
        wm = _WORD_FIGURE_IN.fullmatch(p)  # "two in Aleppo"
        if wm is not None and (wa := find_admin1(wm["g"])) is not None and (wn := parse_number(wm["n"])):
            out[wa] = wn
            continue
        m = _FIGURE_PART.fullmatch(p)
        g = _FIGURE_LEAD.sub("", m["g"]) if m is not None else ""  # "in the province of Aleppo - 8"
        a = find_admin1(g) if m is not None else None
        if m is None or a is None:
            return {}
        out[a] = int(m["a"] or m["b"])
    return out


_TRAILING_ADVERB = re.compile(
    r"\s+(?:also|too|again|reportedly|allegedly|then|once\s+again|repeatedly|themselves|itself)\s*$", re.I
)
_HEADER_TAIL_RX: re.Pattern[str] | None = None


class _HeaderTail:
    """'Homs province:' right before a clause: lazily compiled (it embeds the gazetteer)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        global _HEADER_TAIL_RX
        if _HEADER_TAIL_RX is None:
            _HEADER_TAIL_RX = re.compile(
                r"(?:^|[.;]\s*)\W{0,3}(?:" + admin1_regex().pattern + r")"
                r"(?:\s+(?:province|governorate|region|oblast|countryside))?\s*[:–—]\s*$"
            )
        return _HEADER_TAIL_RX.search(text)


_HEADER_TAIL = _HeaderTail()
_NOMINAL = re.compile(  # "opened fire at" is a new clause, not a noun of the list
    r"(?!(?:opened|open|opens|returned)\s)(?:[\w-]+\s+){0,2}?(?:shelling|shellings|fire|firing|attacks?|strikes?|raids?)\b",
    re.I,
)
_CONTINUES = re.compile(r"(?:,|;|\band\b|\bas\s+well\s+as\b)\s*(?:[\w-]+\s+){0,2}$")
_GENERIC_FIGURE = re.compile(
    r"\b(?:recorded|registered|logged|counted|committed|heard)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+)?(?P<n>" + number_pattern() + r")\s+(?:[\w-]+\s+){0,2}?(?:violations|breaches|explosions)"
    r"\s+(?:in|near|around)\s*$"
    r"|(?<![\d,.])(?P<m>" + number_pattern() + r")\s+(?:[\w-]+\s+){0,2}?(?:violations|breaches|explosions)\s+"
    r"(?:were|have\s+been)\s+(?:recorded|registered|logged|observed|committed)\s+(?:in|near|around)\s*$",
    re.I,
)
_PASSIVE_COLON = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}?(?:settlements|villages|towns|localities|areas|positions|districts)"
    r"(?:\s+(?:of|in)(?:\s+the)?(?:\s+[\w'’-]+){1,4}?)?"  # "of the Donetsk People's Republic"
    r"\s+(?:came\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling|attacks?)|(?:were|have\s+been)\s+(?:shelled|attacked|"
    r"targeted|hit|fired\s+(?:up)?on))\s*:\s*(?=\S)",
    re.I,
)
_TAIL_COUNT = re.compile(
    r"^\s*,?\s*(?:(?:by|with|from)\s+(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|rockets?|shells|gunfire|fire|missiles|"
    r"heavy\s+weapons|tanks?|rounds|grenades|drones?)\s+)?\(?"  # "was struck by artillery three times"
    r"(?P<c>(?:"
    + number_pattern()
    + r")\s+times|once|twice|thrice|on\s+(?:"
    + number_pattern()
    + r")\s+occasions)\b",
    re.I,
)


@cache
def _capitals() -> dict[str, tuple[str, tuple[str, ...]]]:
    path = resources.files("extraction") / "data" / "capitals_en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: (v["capital"], tuple(v["adjectives"])) for k, v in data.items() if not k.startswith("_")}


def _name_capitals(span: str, country: str | None) -> str:
    """'the Syrian capital' -> 'Damascus'; a bare 'the capital' too when the article's country is known, but not
    in 'a suburb northeast of the capital', where the capital only locates the place hit."""
    if "capital" not in span:
        return span
    for code, (city, adjectives) in _capitals().items():
        for adj in adjectives:
            span = re.sub(rf"\bthe\s+{adj}\s+capital\b", city, span)
        if code == country:
            span = _bare_capital(span, city)
    return span


def _bare_capital(span: str, city: str) -> str:
    out: list[str] = []
    last = 0
    for m in re.finditer(r"\bthe\s+capital\b(?!\s+of)", span):
        if not _DIRECTION_OF_END.search(span, 0, m.start()):
            out += [span[last : m.start()], city]
            last = m.end()
    return "".join(out) + span[last:]


_DIRECTION_OF_END = re.compile(r"(?<!the\s)\b(?:north|south|east|west)[\w-]*\s+of\s+$", re.I)


_LINE_SECTOR = re.compile(
    r"\b(?:along|on|across)\s+the\s+(?:LoC|Line\s+of\s+Control|border|contact\s+line|line\s+of\s+contact|"
    r"front\s*line)\s+in\s+(?=(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:and\s+[A-Z][\w'’-]+\s+)?sectors?\b)",
)


def _position_in_sector(it: Item) -> Item:
    """'forward posts along the LoC in Noushera sector': the sector is the place, not an unnamed position."""
    if not it.position or it.name is not None:
        return it
    m = _LINE_SECTOR.search(it.text)
    if m is None:
        return it
    sub = parse_item(it.text[m.end() :], it.start + m.end())
    return sub if sub.name is not None else it


def _positions_across_divisions(items: list[Item]) -> None:
    """'positions in the Aghdam, Tartar and Fuzuli districts': the later divisions hold positions too, they
    are not places attacked by name. Changes ``items`` in place."""
    if len(items) < 2 or not (items[0].position and items[0].name is None and items[0].anchor is not None):
        return
    for it in items[1:]:
        if it.own_admin is None or it.name is None or it.counted:
            return
        if place_key(it.name) != place_key(it.own_admin.name) and find_admin1(it.name) != it.own_admin:
            return
    if not re.search(r"\b(?:districts|regions|provinces|rayons)\b", items[-1].text, re.I):
        return  # only a plural division word closes such a list
    for it in items[1:]:
        it.anchor, it.anchor_text, it.name, it.own_admin, it.position = (
            it.own_admin,
            it.name,
            None,
            None,
            True,
        )


_COUNT_RX_EN = re.compile(count_pattern(), re.I)
_TAIL_BOTH_IN = re.compile(
    r",?\s*(?:both|all(?:\s+of\s+them)?|each)\s+in\s+(?:the\s+)?(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+(?:province|governorate|region|oblast|countryside))?",
    re.I,
)
_EACH_COUNT = re.compile(
    r",?\s+(?P<c>" + count_pattern() + r")\s+(?:each|apiece)\b"
    r"|\s*\(\s*each\s+(?P<c2>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times|\d{1,2})\s*\)"  # "A and B (each twice)"
    r"|\s*\(\s*(?P<c3>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times|\d{1,2})\s+(?:each|apiece)\s*\)",  # "(3 each)"
    re.I,
)
_RECORDED_IN_BRACKETS = re.compile(
    r"(?P<v>\s+(?:was|were)\s+(?:recorded|registered|reported|observed))\s*\((?P<g>[A-Z][\w'’ -]{2,30}?)\)"
)


def _recorded_in_brackets(m: re.Match[str]) -> str:
    """'Shelling of A and B was recorded (Latakia)' -> '... of A and B in Latakia province was recorded'."""
    if find_admin1(m["g"]) is None:
        return m.group()
    return f" in {m['g']} province{m['v']}"


_EACH_OF_THEM_HIT = re.compile(
    r",?\s+with\s+each\s+(?:of\s+them\s+)?(?:being\s+)?(?:hit|shelled|targeted|struck|attacked)\s+(?:at\s+least\s+)?"
    r"(?P<c>once|twice|thrice|(?:\d{1,2}|[a-z]+)\s+times)\b"
)
_UNITS_IN = re.compile(
    r"\W*(?:the\s+)?(?:units|positions|troops|posts|servicemen|subdivisions)\b[^,;]{0,60}?\b(?:in|of)\s", re.I
)
_UNNAMED_PLACES = re.compile(
    r"\W*(?:the\s+)?(?:[\w-]+\s+)?(?:villages|towns|settlements|localities|hamlets|residential\s+areas)\s+"
    r"(?:in|of|across)\s+(?:the\s+)?(?:north|south|east|west|centre|center|outskirts|countryside)",
    re.I,
)
_RESPECTIVELY = re.compile(
    r"(?P<counts>(?:"
    + count_pattern()
    + r")(?:\s*(?:,|and)\s*(?:"
    + count_pattern()
    + r"))+),?\s+respectively",
    re.I,
)


_RESPECTIVELY_BARE = re.compile(  # "(three and two times, respectively)": one "times" for every figure
    r"(?P<nums>(?:"
    + number_pattern()
    + r")(?:\s*(?:,|and|,\s*and)\s*(?:"
    + number_pattern()
    + r"))+)\s+times,?\s+"
    r"respectively",
    re.I,
)


def _respective_figures(span: str) -> tuple[int, list[int | None]] | None:
    """Where a 'respectively' list of counts starts in ``span`` and its figures, in order."""
    rm = _RESPECTIVELY.search(span)
    if rm is not None:
        return rm.start(), [parse_count(c.group()) for c in _COUNT_RX_EN.finditer(rm["counts"])]
    bm = _RESPECTIVELY_BARE.search(span)
    if bm is not None:
        nums = re.split(r"\s*(?:,\s*and|,|\band\b)\s*", bm["nums"].strip())
        return bm.start(), [parse_number(n) for n in nums]
    return None


@cache
def _tail_province() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:(?:with|by|from|using)\s+[^,;.]{0,40}?\s+)?(?:\(?(?:once|twice|thrice|\w+\s+times)(?:\s+each)?\)?,?\s+)?in\s+(?:the\s+)?"
        r"(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?(?P<g>"
        + admin1_regex().pattern
        + r")\b(?P<cs>\s+countryside)?",
        re.I,
    )


_QUESTION_OPEN = re.compile(r"\W*(?:QUESTION|Question|Q)\s*(?:\([^()]{1,40}\))?\s*:")
_GLOSS_OF_PLACE = re.compile(
    r"\W*the\s+(?:[a-z]+\s+){0,2}(?:quarter|part|heart|centre|center|capital|seat|hub|stronghold|gateway)\s+of\b"
)
_BARE_DIVISION = re.compile(
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:province|governorate|region|oblast))?"
)
_ITS_SURROUNDINGS = re.compile(
    r"\W*(?:and\s+)?(?:its|their)\s+(?:immediate\s+)?(?:surroundings|outskirts|vicinity|environs|countryside|suburbs|"
    r"periphery|surrounding\s+areas?)\b",
    re.I,
)
_NEW_NOMINAL = re.compile(
    r"\W*(?:and\s+)?(?:the\s+)?(?:shelling|firing|bombardment|targeting)\s+(?:of|on|at)\b", re.I
)
_COUNT_BEFORE_LIST = re.compile(
    r"\b(?:times|once|twice|thrice)\s+(?:in|near|at|around)\s+(?:the\s+)?(?:areas?\s+of\s+|villages?\s+of\s+)?",
    re.I,
)


def _items_for(
    text: str, start: int, end: int, mode: str, tail: str, country: str | None = None
) -> list[Item]:
    span = _name_capitals(_clean_span(text[start:end]), country)
    items = [parse_item(t, start + s) for t, s in split_items(span)]
    for it in items:
        if it.name is None and it.part and _UNNAMED_PLACES.match(it.text):
            it.part, it.position = (
                False,
                True,
            )  # "villages in the north of Latakia province": a figure, no place
    for k, it in enumerate(items):
        if it.name is None and it.anchor is not None and re.search(r"\bcountryside\s+of\s", it.text):
            # "points in the countryside of Hama, Idlib and Aleppo": each province's countryside, no place
            for nxt in items[k + 1 :]:
                division = find_admin1(nxt.name) if nxt.name is not None else None
                if division is None or not re.fullmatch(
                    r"\W*(?:and\s+)?(?:the\s+)?" + re.escape(nxt.name or "") + r"\W*", nxt.text.strip()
                ):
                    break
                nxt.name, nxt.anchor, nxt.anchor_text, nxt.part, nxt.position = (
                    None,
                    division,
                    None,
                    False,
                    True,
                )
    if (
        len(items) > 1
        and items[0].name is None
        and items[0].anchor is not None
        and _UNITS_IN.match(items[0].text)
    ):
        # "units stationed in the Gazakh (twice), Tovuz and Aghdam districts": positions in each division
        items[0].position = True
        for it in items[1:]:
            division = find_admin1(it.name) if it.name is not None else None
            if division is not None and not it.part and not re.search(r"\bvillages?\s+of\b", it.text, re.I):
                it.name, it.anchor, it.anchor_text, it.own_admin, it.position = (
                    None,
                    division,
                    None,
                    None,
                    True,
                )
    if len(items) > 1:  # "..., in Daraa al-Balad, the old quarter of the capital of Daraa province": a gloss;
        # "Ras al-Ayn and its surroundings": the same place again
        items = [items[0]] + [
            it
            for it in items[1:]
            if not (it.name is None and (_GLOSS_OF_PLACE.match(it.text) or _ITS_SURROUNDINGS.match(it.text)))
        ]
    last = items[-1] if len(items) > 1 else None
    division = None
    if last is not None and not last.counted and _BARE_DIVISION.fullmatch(last.text.strip(" .;")):
        division = (
            last.anchor
            if last.pure_anchor
            else last.own_admin
            if last.name == last.text.strip(" .;")
            else None
        )
    if (
        division is not None
        and items[-2].name is not None
        and items[-2].anchor is None
        and items[-2].count == 1
        and re.fullmatch(
            r"\s*,\s*",
            text[text.rfind(items[-2].name, 0, items[-1].start) + len(items[-2].name) : items[-1].start]
            or "x",
        )
    ):  # "near Hazarin, Idlib.": the town and its province, not two targets
        items[-2].anchor, items[-2].anchor_text = division, None
        items = items[:-1]
    if len(items) > 1 and items[0].counted and items[0].name is not None:
        cb = _COUNT_BEFORE_LIST.search(items[0].text)
        if cb is not None and items[0].text[cb.end() :].strip() == items[0].name:
            # "fired on positions five times in the A, B and C sectors": the figure of the whole list
            items[0].count, items[0].counted = 1, False
    _positions_across_divisions(items)
    items = [_position_in_sector(it) for it in items]
    prev_each = 0
    for em in _EACH_COUNT.finditer(span) if "each" in span or "apiece" in span else ():
        # "the districts of Jobar and al-Abbasiyin, twice each": the items of that group; "A, B (three times
        # each), C and D (twice each)": each figure's group starts after the one before
        n = parse_count(em["c"] or em["c2"] or em["c3"])
        group_start = start + max(span.rfind(";", 0, em.start()) + 1, prev_each)
        prev_each = em.end()
        for it in items:
            if (
                n
                and not it.counted
                and (it.name is not None or it.part)
                and group_start <= it.start < start + em.start()
            ):
                it.count, it.counted = n, True
    rf = _respective_figures(span) if "respectively" in span else None
    if rf is not None:  # "targeted A and B nine times and six times respectively"
        r_start, figures = rf
        targets = [it for it in items if it.name is not None]
        if len(figures) < len(targets):
            # "the A and B districts of Aleppo, three times and twice respectively, and the settlements of C"
            targets = [it for it in targets if it.start < start + r_start][-len(figures) :]
        if len(figures) == len(targets) and all(figures):
            for it, c in zip(targets, figures, strict=True):
                it.count, it.counted = c or 1, True
    real = [it for it in items if it.name is not None or it.part or it.pure_anchor or it.position]
    if len(real) > 1 and sum(it.counted for it in items) == 1:  # several counts: each its own item's
        for it in items:
            if it.clause_count and not any(_NEW_NOMINAL.match(x.text) for x in items if x.start > it.start):
                # "shelled A and B in Homs province eight times": a total, not B's count ("shelling on homes in A
                # 34 times and the shelling of B": A's own, as B has its own verb)
                it.count, it.counted = 1, False
    if len(items) > 1 and mode != "passive" and _group_count(items):
        items[-1].count, items[-1].counted = 1, False  # "shelled A and B 12 times": 12 is the total
    if mode == "passive":
        tp = _tail_province().match(tail)
        if tp is not None and tp["g"][:1].isupper():
            # "the villages of A and B were shelled in Latakia province"; "Damascus countryside" is Rif Dimashq
            where = find_admin1(tp["g"] + (tp["cs"] or "")) or find_admin1(tp["g"])
            for it in items:
                if it.anchor is None and not it.pure_anchor and it.lead_anchor is None:
                    it.anchor = where
        # "X and Y came under fire twice, and Z once": the verb's count is each subject's.
        cm = _TAIL_COUNT.match(tail)
        rt = _RESPECTIVELY.match(tail.lstrip()) if cm is not None and "respectively" in tail[:120] else None
        targets = [it for it in items if it.name is not None]
        if rt is not None:
            figures = [parse_count(c.group()) for c in _COUNT_RX_EN.finditer(rt["counts"])]
            if len(figures) == len(targets) and all(figures):
                # "A, B and C came under fire three times, twice and once, respectively"
                for it, c in zip(targets, figures, strict=True):
                    it.count, it.counted = c or 1, True
                cm = None
        if cm is not None:
            n = (
                parse_number(re.sub(r"^on\s+|\s+(?:times|occasions)$", "", cm["c"], flags=re.I))
                if re.search(r"times|occasions", cm["c"], re.I)
                else None
            )
            if n is None:
                n = {"once": 1, "twice": 2, "thrice": 3}.get(cm["c"].lower())
            if n is not None and n <= 50:
                for it in items:
                    if not it.counted:
                        it.count, it.counted = n, True
            rest = tail[cm.end() :]
            rest = _clean_span(_TAIL_BOTH_IN.sub("", rest))
            # "was shelled three times with improvised cannons, and the B district twice": the weapon is no list
            rest = re.sub(r"^\s*(?:with|using)\s+[^,;.]{1,60}?(?=,)", "", rest)
            if re.match(r"\s*,?\s*(?:and|as\s+well\s+as|while)\s|\s*,\s*(?-i:[A-Z])", rest):
                items += [parse_item(t, end + s) for t, s in split_items(rest)]
        aw = _AS_WELL_AS.match(tail) if cm is None else None
        if aw is not None:  # "A and B in Hama were hit, as well as C in the Latakia countryside"
            items += [parse_item(t, end + s) for t, s in split_items(_clean_span(tail[aw.end() :]))]
        tb = _TAIL_BOTH_IN.search(tail)
        both = find_admin1(tb["g"]) if tb is not None and tb["g"][:1].isupper() else None
        for it in items if both is not None else []:
            if it.anchor is None and not it.pure_anchor:
                it.anchor = both  # "A was hit twice and B once, both in Hama"
    elif mode == "lead":
        # "Near Zolote (Luhansk region) separatists opened fire twice": the clause's count is the one place's.
        counts = list(_ANY_COUNT.finditer(tail))
        named_ = [it for it in items if it.name is not None]  # ", on the Azov coast," names no second place
        lf = _LEAD_RECORDED.match(tail) if not counts else None
        if len(named_) == 1 and lf is not None and not named_[0].counted:
            n = parse_number(lf["n"])  # "Near Zolote, the SMM recorded six ceasefire violations"
            if n is not None and n <= 500:
                named_[0].count, named_[0].counted = n, True
        elif len(named_) == 1 and len(counts) == 1 and not named_[0].counted:
            n = parse_count(counts[0]["c"])
            if n is not None and n <= 50:
                named_[0].count, named_[0].counted = n, True
    elif mode == "generic" and len(items) == 1 and not items[0].counted:
        gm = _GENERIC_FIGURE.search(text[max(0, start - 90) : start])
        n = parse_number(gm["n"] or gm["m"]) if gm is not None else None
        if n is not None and 1 <= n <= 200:  # "recorded 14 explosions near Popasna": the place's figure
            items[0].count, items[0].counted = n, True
    else:
        cm2 = _TAIL_COUNT.search(span)
        if cm2 is not None and len(items) == 1 and not items[0].counted:
            n = parse_number(re.sub(r"\s+times$", "", cm2["c"], flags=re.I))
            if n is not None and n <= 50:
                items[0].count, items[0].counted = n, True
    return items


_OWN_SIDE = re.compile(
    r"(?:the\s+)?(?:(?:Syrian\s+(?:Arab\s+)?)?(?:army|army\s+units|troops|armed\s+forces)|(?:Syrian|army|government|our)\s+"
    r"artillery|(?:Syrian\s+(?:Arab\s+)?)?army['’]s\s+(?:artillery|artillery\s+units|units|forces))(?:\s+units)?\s*$",
    re.I,
)
_OWN_RESPONSE = re.compile(
    r"(?:^|[.;]\s+)\W*(?:the\s+)?(?:Syrian\s+(?:Arab\s+)?)?(?:army|army\s+units|troops|armed\s+forces)(?:\s+units)?\s+"
    r"(?:responded|retaliated|returned\s+fire)\b[^.;]{0,80},$",
    re.I,
)
_OPPOSITION = re.compile(
    r"Observatory|SOHR|opposition|Coalition|White\s+Helmets|Civil\s+Defen[cs]e|Syrian\s+Network|Enab\s+Baladi",
    re.I,
)
_SUBJECT_START = re.compile(r"(?:^|[;:,]\s*|\b(?:that|while|and|but)\s+)(?=[^;:,]*$)", re.I)


def _own_side_subject(text: str, verb_end: int) -> bool:
    """The army a bulletin speaks for is the subject ('The army targeted ...', 'army units responded by
    shelling ...'): its own fire is not a violation by the other side."""
    head = text[:verb_end]
    vm = re.search(r"\s*\b[\w-]+(?:\s+(?:at|on|upon))?\s*$", head)
    before = head[: vm.start()] if vm else head
    cut = max((m.end() for m in _SUBJECT_START.finditer(before)), default=0)
    subject = _LEAD_IN.sub("", before[cut:]).strip()
    if _OWN_RESPONSE.search(
        before.rstrip()
    ):  # "Army units responded to the sources of fire, targeting dens near X"
        return True
    return _OWN_SIDE.fullmatch(subject) is not None


_DIRECTION_OF = re.compile(
    r"\W*(?:\d+\s*(?:km|kilomet\w+|miles?)\s+)?(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\s",
    re.I,
)
_REGION_OF_PROVINCE = re.compile(
    r"\W*(?:the\s+|in\s+(?:the\s+)?)?(?:north|south|east|west|central)\w*\s+(?:(?:countryside|parts?)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:province|governorate|countryside))?\W*$"
)
_COUNT_ONLY = re.compile(
    r"\W*(?:(?:"
    + number_pattern()
    + r")\s+times|once|twice|thrice)\b(?:\s+(?:on|in|during|over|overnight|with|by|from|using)\b.*)?\W*$",
    re.I | re.S,
)


_CITY_PART = re.compile(
    r"\b(?:neighbou?rhoods|districts|quarters)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]", re.I
)
_ALSO_THERE = re.compile(r"\W*also\s+(?:in|near)\s+", re.I)
_ALSO_IN = re.compile(
    r"\W*(?:also\s+in\s+(?:the\s+)?(?=[A-Z])|(?:also\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s|"
    r"(?:[\w-]+\s+){0,2}?parts?\s+of\s))",
    re.I,
)
_APPOSITION = re.compile(
    r"\W*(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|hamlet|district|neighbou?rhood|suburb|locality)\s+"
    r"(?:on|in|near|of|at|outside|north|south|east|west|just|some|about)\b",
    re.I,
)  # "Zolote, in the government-held part of Luhansk region": where Zolote lies
_NEAR = re.compile(r"\W*(?:near|close\s+to|next\s+to|outside)\s+(?-i:[A-Z])", re.I)
_IN_CITY = re.compile(r"\W*in\s+(?:the\s+)?(?P<g>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+city\W*$")
_EDGE_OF = re.compile(
    r"\W*on\s+the\s+(?:(?:north|south|east|west)\w*\s+)?(?:edge|outskirts|fringes?)\s+of\b", re.I
)
_BESIDE_IN = re.compile(
    r"\W*(?:and\s+)?\b(?:(?:north|south|east|west)[\w-]*\s+of|near|around)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|around)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def _locative_series(items: list[Item], k: int, text: str) -> bool:
    """Whether items[k] continues a series of places each given by where it lies ('at locations south-west of
    A, near B and around C'): the series ends with 'and', and its items all open with 'near', 'north of', ..."""
    if k == 0 or not _BESIDE_IN.search(items[k - 1].text):
        return False
    for it in items[k:]:
        if not _BESIDE_IN.match(it.text):
            return False
        if re.search(r"\band\s*$", text[max(0, it.start - 8) : it.start]) or re.match(r"\W*and\s", it.text):
            return True
    return False


def _fold_tails(items: list[Item], text: str = "") -> list[Item]:
    """', south of Sirte' and ', four times' after a named item belong to it: its locating context and its
    count ('positions in Wadi Zamzam, south of Sirte, four times on Friday'); ``text`` holds the items."""
    out: list[Item] = []
    for k, it in enumerate(items):
        prev = out[-1] if out else None
        series = prev is not None and _locative_series(items, k, text)
        if (
            prev is not None
            and prev.name is not None
            and re.search(r"\bsectors?\W*$", prev.text, re.I)
            and re.match(r"\W*(?:[A-Z][\w'’-]+\s+){1,2}district\b", it.text)
            and not it.counted
        ):
            if prev.anchor is None and it.anchor is not None:
                prev.anchor = it.anchor
            elif prev.anchor_text is None and it.name is not None:
                prev.anchor_text = it.name
            continue  # "in Uri sector, Baramulla district": the district locates the sector
        if (
            prev is not None
            and prev.name is not None
            and prev.anchor is None
            and prev.anchor_text is not None
            and it.name is None
            and it.part
            and it.anchor is not None
            and not it.counted
            and _REGION_OF_PROVINCE.match(it.text)
        ):
            prev.anchor = it.anchor  # "al-Bara in Jabal al-Zawiya, southern Idlib": where the area lies
            continue
        if (
            prev is not None
            and prev.name is not None
            and _NEAR.match(it.text)
            and not _NEAR.match(prev.text)
            and not prev.position
            and not prev.part
            and not it.counted
            and not series  # "south-west of Yasynuvata, near Svitlodarsk and around Horlivka"
        ):
            continue  # "against Shumy, near Toretsk": where Shumy lies, not a second target
        if (
            prev is not None
            and prev.name is not None
            and it.name is not None
            and _DIRECTION_OF.match(it.text)
            and not series  # "in areas north of Zolote and south of Shchastia"
        ):
            if (
                prev.anchor is None and prev.anchor_text is None
            ):  # "Shyrokyne, east of Mariupol": where it lies
                prev.anchor_text = it.name
            if it.counted and not prev.counted:
                prev.count, prev.counted = it.count, True
            continue
        if (
            prev is not None
            and prev.name is not None
            and not prev.counted
            and it.pure_anchor
            and it.counted
            and re.search(r"[–—-]\s*[x×]?\s*\d", it.text)
        ):
            # "Kabani, Latakia province - x3": the figure after the province is the place's
            prev.count, prev.counted = it.count, True
            it.count, it.counted = 1, False
        where = it.anchor or (find_admin1(it.name) if it.name else None)
        if prev is not None and prev.name is not None and where is None and _ALSO_THERE.match(it.text):
            if prev.anchor is None and prev.anchor_text is None:
                prev.anchor_text = it.name or it.anchor_text  # "Kafr Awid, also in Jabal al-Zawiya"
            continue
        if prev is not None and prev.name is not None and where is not None and _ALSO_IN.match(it.text):
            # "Ehsem, also in southern Idlib, was shelled": where Ehsem is, not a second target
            prev.anchor = prev.anchor or where
            if it.counted and not prev.counted:
                prev.count, prev.counted = it.count, True
            continue
        ic = _IN_CITY.match(it.text) if prev is not None and prev.name is not None else None
        if (
            prev is not None
            and ic is not None
            and find_admin1(ic["g"]) is not None
            and re.search(r",\s*$", text[max(0, it.start - 4) : it.start])
            and not it.counted
        ):
            prev.anchor = prev.anchor or find_admin1(ic["g"])
            continue  # "areas in Daraa al-Balad, in Daraa city, and in A": where Daraa al-Balad lies
        if (
            prev is not None
            and prev.name is not None
            and _EDGE_OF.match(it.text)
            and re.search(r",\s*$", text[max(0, it.start - 4) : it.start])
            and not it.counted
        ):
            continue  # "near the Red Sea Mills, on the eastern edge of Hodeidah city": where the landmark stands
        if prev is not None and prev.name is not None and _APPOSITION.match(it.text) and not it.counted:
            if prev.anchor is None and it.anchor is not None:
                prev.anchor = it.anchor
            continue  # "Deir Sunbul, a village on the eastern edge of Jabal al-Zawiya": what Deir Sunbul is
        if (
            prev is not None
            and prev.name is not None
            and it.name is None
            and (not it.part or _DIRECTION_OF.match(it.text))
        ):
            # "al-Naimah town, east of Daraa city": the city locates the town, it is no target of its own
            if _DIRECTION_OF.match(it.text) and (it.anchor or it.anchor_text):
                if prev.anchor is not None:
                    continue
                prev.anchor, prev.anchor_text = it.anchor, it.anchor_text if it.anchor is None else None
                if it.counted and not prev.counted:
                    prev.count, prev.counted = it.count, True
                continue
            if it.counted and not prev.counted and _COUNT_ONLY.match(it.text):
                prev.count, prev.counted = it.count, True
                continue
        out.append(it)
    return out


def _only_located(it: Item) -> bool:
    """An item that names no place but where it was: 'parts of X', 'positions near X', 'army units in X'."""
    return it.name is None and (it.part or it.position or _HELD_BY.search(it.text) is not None)


_HELD_BY = re.compile(r"\b(?:units|troops|posts|servicemen|subdivisions|forces|fighters)\b", re.I)


def _foreign_as_places(
    items: list[Item], foreign: set[Admin1], article_country: str | None = None
) -> list[Item]:
    """In a list anchored in one country, a province name of another country is a district:
    'the Salah al-Din district ... of Aleppo' is not Iraq's Saladin. Converted provinces go to ``foreign``."""
    # the list's own anchors decide, not the article's majority: first those of named places
    named = Counter(
        (it.anchor or it.lead_anchor).country  # type: ignore[union-attr]
        for it in items
        if (it.anchor is not None and not it.pure_anchor and it.name is not None)
        or it.lead_anchor is not None
    )
    top = named.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        country = top[0][0]
    else:
        homes = {
            it.anchor.country
            for it in items
            if it.anchor is not None and not (it.pure_anchor and re.search(r"district\W*$", it.text, re.I))
        }
        # "the districts of Salah al-Din, al-Midan" in an Aleppo story: a district named like a province of
        # another country anchors nothing when the article is about elsewhere and no suffix says "province".
        bare_foreign = article_country is not None and all(
            (it.pure_anchor or _only_located(it))
            and it.anchor.country != article_country
            and not _ADMIN_WORD.search(it.text)
            for it in items
            if it.anchor is not None
        )
        if len(homes) == 1 and not bare_foreign:
            country = homes.pop()
        elif article_country is not None:
            country = article_country  # no list of its own to go by: the article's country
        else:
            return items
    for it in items:
        # "the districts of Salah ad-Din", "army units in the Salah al-Din axis"
        whole = it.pure_anchor or _only_located(it)
        if whole and it.anchor is not None and it.anchor.country != country and it.anchor_text:
            name = _TRAILING_GENERIC_RX.sub("", it.anchor_text).strip()
            if name:
                foreign.add(it.anchor)
                it.name, it.anchor, it.anchor_text, it.pure_anchor, it.own_admin, it.part = (
                    name,
                    None,
                    None,
                    False,
                    None,
                    False,
                )
        elif it.name is not None and it.own_admin is not None and it.own_admin.country != country:
            foreign.add(it.own_admin)
            it.own_admin = None
    return items


_TRAILING_GENERIC_RX = re.compile(r"\s+(?:district|districts|province|governorate|region|area)$", re.I)
_ADMIN_WORD = re.compile(r"\b(?:province|governorate|oblast|region|wilayat|muhafazah)\b", re.I)


_BARE_END_COUNT = re.compile(
    r"\s(?:(?:" + number_pattern() + r")\s+times|twice|thrice)"
    r"(?:\s+(?:over|during|in|on|overnight|yesterday|today|last|this)\b[^()]*)?[\s.;,]*$",
    re.I,
)


_VILLAGE_LIST = re.compile(r"\b(?:villages|settlements|towns|hamlets|localities)\s+of\s", re.I)


def _village_list(text: str, start: int, item_start: int) -> bool:
    """'the villages of Alibeyli, Aghdam and Dovekhal of Tovuz region': a village named like a province
    lies in the group's province (only when 'villages of' comes before it, not after 'the city of Tartar')."""
    return item_start > start and _VILLAGE_LIST.search(text, max(0, start - 40), item_start) is not None


def _group_count(items: list[Item]) -> bool:
    """A bare count after the last of several places with no counts of their own counts the whole
    attack ('shelled Horlivka and Spartak 12 times'), not the last place ('violated ... 19 times, hitting A,
    B and C' is the same figure put first)."""
    last = items[-1]
    named = [it for it in items if it.name is not None]
    return (
        last.counted
        and last.name is not None
        and len(named) > 1
        and not any(it.counted for it in items[:-1])
        and _BARE_END_COUNT.search(last.text) is not None
    )


def _assign(
    items: list[Item], sentence_admin: Admin1 | None, text: str = ""
) -> list[tuple[Item, Admin1 | None]]:
    """Give each item its province: own name, its group's anchor, the previous anchor for parts.

    ``text``: the sentence the items' offsets point into (to see which separator comes before an item)."""
    out: list[tuple[Item, Admin1 | None]] = []
    pending: list[Item] = []
    prev_anchor: Admin1 | None = None
    prev_anchor_text: str | None = None

    def close(anchor: Admin1 | None, anchor_text: str | None) -> None:
        for it in pending:
            if it.part and it.name is None and it.anchor is None and prev_anchor is not None:
                out.append((it, prev_anchor))
                continue
            if anchor is None and anchor_text is not None and it.anchor_text is None:
                it.anchor_text = anchor_text
            out.append((it, anchor))
        pending.clear()

    if len(items) > 1 and items[0].pure_anchor and re.match(r"\W*in\s", items[0].text):
        # "targeted, in Idleb province, A (3 times) and B; in Lattakia province, C": each province leads
        lead: Admin1 | None = None
        for it in items:
            if it.pure_anchor:
                lead = it.anchor
            out.append((it, it.anchor or it.own_admin or lead))
        return out
    header: Admin1 | None = None
    for k, it in enumerate(items):
        if re.match(r"\W*including\b", it.text, re.I):
            close(None, None)  # "X and similar places, including positions in Hama": Hama is not X's
        if it.lead_anchor is not None:
            close(None, None)
            header = it.lead_anchor
        if (
            it.pure_anchor
            and k > 0
            and re.match(r"\W*in\s", it.text)
            and re.search(r";\s*$", text[max(0, it.start - 12) : it.start])
            and k + 1 < len(items)
            and not items[k + 1].pure_anchor
        ):
            # "In Damascus province A and B; in Hama province, C and D": after a semicolon the province leads
            close(None, None)
            header = it.anchor
            out.append((it, it.anchor))
            continue
        if header is not None and it.anchor is None and not it.pure_anchor:
            out.append((it, header))  # under a "Latakia province:" header
            continue
        if re.match(r"\W*(?:and\s+)?its\s", it.text) and prev_anchor is not None and it.anchor is None:
            out.append((it, prev_anchor))  # "the outskirts of Aleppo city and its al-Hamdaniya district"
            continue
        if it.pure_anchor or it.anchor is not None:
            if it.pure_anchor:
                close(it.anchor, it.anchor_text)
            else:
                pending.append(it)
                close(it.anchor, it.anchor_text)
            if it.anchor is not None:
                prev_anchor, prev_anchor_text = it.anchor, it.anchor_text
            continue
        if it.anchor_text is not None and it.name is not None:
            if re.search(r"\bof\s+(?:the\s+)?" + re.escape(it.anchor_text), it.text):
                out.append((it, None))  # "the al-Jah area of Beit al-Faqih": the container is al-Jah's alone
                continue
            for earlier in pending:  # "Al-Fterah and Kansafra in Jabal Al-Zawiyah": both are there
                if earlier.anchor_text is None and earlier.name is not None:
                    earlier.anchor_text = it.anchor_text
            nxt = items[k + 1] if k + 1 < len(items) else None
            if not division_hits(it.text) and not (nxt is not None and nxt.pure_anchor):
                # "A and B in Jabal al-Zawiya, and C in Idlib": Idlib is C's (", also in Hama" would be theirs)
                pending.append(it)
                close(None, it.anchor_text)
                continue
        pending.append(it)
    for it in pending:
        if it.part and it.name is None and prev_anchor is not None:
            out.append((it, prev_anchor))
        elif it.part and it.name is None:
            out.append((it, None))  # an unnamed part needs its own place: "in the same area" is not one
        else:
            out.append((it, None))
    pending.clear()
    del prev_anchor_text
    return out


_SETTING_BEFORE = re.compile(
    r"\bin\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:\([^()]{1,40}\)\s+)?(?:of\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?)?$"
    r"|\bamong\s+the\s+$"
    r"|\b(?:as\s+(?:for|regards)|regarding|concerning|with\s+(?:regard|respect)\s+to|turning\s+to)\s+(?:the\s+)?$",
    re.I,
)  # "In the Turkmen mountains (Jabal Turkman) of Lattakia province, ...", "Among the Idlib targets, ..."


def _sentence_admin(text: str, upto: int) -> Admin1 | None:
    """A single province named before the list in the same sentence ('In the province of Damascus, ...'); the
    city of a dateline ('DAMASCUS, SYRIA (10:40 A.M.) -') is where the story was filed, not a setting."""
    de = min(dateline_end(text), upto)
    head = " " * de + text[de:upto]
    sl = _SENTENCE_LEAD.match(text)
    if sl is not None and upto <= sl.end():  # "In the province of Aleppo, Al-Zahraa was shelled three times"
        whole = find_admin1(sl.group()[sl.end("lead") :].strip(" ,").removeprefix("the "))
        if whole is not None or find_admin1(sl["g"]) is not None:
            return whole or find_admin1(sl["g"])  # "Damascus countryside" is Rif Dimashq, not Damascus
    hm = header_match(head)
    if hm is not None and hm["g"][:1].isupper():
        return find_admin1(hm["g"])  # "4) Damascus province – mortars were fired at ..."
    colon = head.rfind(":")
    if colon > 0:  # "the Hama countryside was also hit: militants shelled A and B"
        before = {a for m_, a in division_hits(head[:colon]) if m_.group()[:1].isupper()}
        if len(before) == 1 and not _SPEECH_VENUE.search(head[:colon]):
            return before.pop()
    tv = _THE_PROVINCE_VIOLATIONS.match(head)
    if tv is not None and find_admin1(tv["g"]) is not None:
        return find_admin1(tv["g"])  # "The Hama violations concerned the settlements of A and B"
    for m, a in reversed(division_hits(head)):  # the nearest setting before the list
        if _source_only({a}):
            continue
        if _SETTING_BEFORE.search(head, max(0, m.start() - 240), m.start()):
            if _SPEECH_VENUE.search(head, max(0, m.start() - 60), m.start()):
                continue  # "told a press conference in Benghazi that ...": where it was said, not where it hit
            if place_key(m.group()) != place_key(a.name) and _ATTACKERS_IN.search(
                head, max(0, m.start() - 80), m.start()
            ):
                continue  # "shells fired by rebels in Eastern Ghouta landed on A": a region the attackers hold
            return a
    return None


_SPEECH_VENUE = re.compile(
    r"\b(?:conference|briefing|meeting|talks|summit|interview|reporters|journalists|speaking|visit)\s+in\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
_ATTACKERS_IN = re.compile(
    r"\b(?:rebels|militants|terrorists|gunmen|fighters|groups|factions|formations|positioned|based|holed\s+up|"
    r"stationed|entrenched|deployed|hiding)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)


_CONTAINER = None
# Possessive word bodies: a name word is always followed by a space or a comma, so giving back letters
# could never help a match, and the container scan stays linear instead of retrying every split.
_NAME = r"(?:(?:al|el|as|ar|ad)-)?[A-Z][\w'’-]{0,30}+(?:\s+(?:(?:al|el|as|ar|ad)-)?[A-Z][\w'’-]{0,30}+){0,3}"


def _container_regex() -> re.Pattern[str]:
    global _CONTAINER
    if _CONTAINER is None:
        g = admin1_regex().pattern
        _CONTAINER = re.compile(
            r"(?=[A-Zae])(?P<name>" + _NAME + r"(?:(?:,\s*|\s+and\s+)" + _NAME + r"){0,8})"
            r"(?:\s+(?:villages?|towns?|city|settlements?|districts?|neighbou?rhoods?|suburbs?|areas?|sectors?))?"
            r"(?:,\s+(?:a|an|the)\s+[\w\s-]{1,40}?|"
            # "Kessab, as you know, is in Latakia province"
            r"(?:,\s+(?:as\s+[\w\s]{1,20}?|of\s+course|incidentally),)?"
            r"\s+(?:is|was|lies)(?:\s+(?:a|an|the|located)\s+[\w\s-]{0,40}?)?)?"
            r"\s+(?:in|of)\s+(?:the\s+)?(?:Syria's\s+)?"
            r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|[\w-]+ern)\s+)?"
            r"(?:(?:province|governorate|region|countryside)\s+of\s+)?(?P<admin>" + g + r")\Z"
        )
    return _CONTAINER


def _article_containers(text: str, hits: tuple[re.Match[str], ...]) -> dict[str, Admin1]:
    """'X ... in/of <province>' anywhere in the text: where the article itself puts a place.

    ``hits`` are the text's capitalised division names (``capitalised_admin1``)."""
    out: dict[str, Admin1] = {}
    for gm in hits:
        if not re.search(r"\b(?:in|of)\b", text[max(0, gm.start() - 80) : gm.start()]):
            continue
        # Only the words just before a province are read: linear in the text, whatever its shape.
        m = _container_regex().search(text[max(0, gm.start() - 200) : gm.end()])
        if m is None:
            continue
        a = find_admin1(m["admin"])
        if a is None:
            continue
        for name in re.split(r",\s*|\s+and\s+", m["name"]):
            words = name.split()
            while words and words[0].lower() in ("the", "in", "of", "and", "at", "on"):
                words = words[1:]
            if not words or words[0].lower() in NOT_PLACES:
                continue
            key = place_key(" ".join(words))
            if key and find_admin1(" ".join(words)) is None:
                out.setdefault(key, a)
    return out


_COUNTRY_WORDS = {
    "SY": "Syria", "UA": "Ukrain", "AZ": "Azerbaijan", "AM": "Armenia", "YE": "Yemen", "LY": "Libya",
    "IN": "India", "PK": "Pakistan", "IQ": "Iraq", "LB": "Leban", "PS": "Gaza",
}  # fmt: skip


def _country_named(text: str, country: str) -> bool:
    """Whether the text names the country (a stem: 'Ukrain' for Ukraine and Ukrainian)."""
    word = _COUNTRY_WORDS.get(country)
    return word is None or word in text


def _rare_ok(a: Admin1 | None, text: str) -> bool:
    """A division of a rarely covered country counts only where the text names that country."""
    return a is None or a.country not in _RARE_COUNTRIES or _country_named(text, a.country)


_RARE_COUNTRIES = RARE_COUNTRIES  # divisions named like districts elsewhere ("Salahuddin" in Tripoli)


def _unnamed_countries(incidents: list[Incident], text: str) -> list[Incident]:
    """An Iraqi or Lebanese province in a story that never names Iraq or Lebanon is a namesake district: its
    figures go, and places keep no province."""
    out: list[Incident] = []
    for inc in incidents:
        if inc.country in _RARE_COUNTRIES and not _country_named(text, inc.country):
            if inc.location is None:
                continue
            inc = replace(inc, admin1=None, country=None)
        out.append(inc)
    return out


def _main_country(hits: tuple[re.Match[str], ...]) -> str | None:
    """The country whose provinces the article names most often (``hits``: its capitalised names)."""
    counts: Counter[str] = Counter()
    for m in hits:
        a = find_admin1(m.group())
        if a is not None:
            counts[a.country] += 1
    return counts.most_common(1)[0][0] if counts else None


_DATELINE_FULL = re.compile(
    r"^\W*(?:[A-Z][A-Z'’/ -]{2,40}|(?!(?:On|Over|In|By|Since|From|Until|During|Early|Late|Last|This|Next)\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z'’-]{2,20}(?:\s[A-Z][a-z'’-]{2,20}){0,2})"
    r",\s+(?:[A-Z][\w.'’ -]{2,30},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\.?"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:[-–—]+|/[^/]{1,20}/\.?)?"
)


_DATE_LEAD = re.compile(
    r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}|\d{4}-\d\d-\d\d(?:T[\d:]+Z?)?)\s*(?:[-–—|.:]+\s*)?"
)  # "December 12, 2017 -- The mission recorded ... on Monday": the dateline is not the event's day


_PAREN_DIVISION = re.compile(
    r"(?<=\w)\s*\([^()]{0,25}\b(?:region|province|oblast|governorate|district)\)", re.I
)


_ZONE_AFTER = re.compile(r"\s+(?:de-escalation\s+|demilitari[sz]ed\s+|buffer\s+)?zone\b", re.I)


def _single_division(text: str, skip: set[Admin1] | frozenset[Admin1] = frozenset()) -> Admin1 | None:
    """The one division a whole article names (dateline city and zones aside), if it names only one;
    ``skip``: names the article uses as districts ('Salah al-Din' in Aleppo)."""
    # a dateline city at the head of any paragraph ("KYIV. Militants ...") is where the story was filed, and
    # "Zolote-4 (Luhansk region)" places one town, not the article
    body = "\n".join(_PAREN_DIVISION.sub(" ", ln[dateline_end(ln) :]) for ln in text.split("\n"))
    found = {
        a
        for m, a in division_hits(body)
        if a not in skip and not _ZONE_AFTER.match(body, m.end())  # "elsewhere in the Idlib zone": no setting
    }
    bracketed = {
        a for m in _PAREN_DIVISION.finditer(text) for _h, a in division_hits(m.group()) if a not in skip
    }
    if bracketed - found:
        return None  # "Vodiane (Donetsk region) ... the Luhansk direction": the article covers two provinces
    return found.pop() if len(found) == 1 and not _source_only(found) else None


def _source_only(found: set[Admin1]) -> bool:
    """Gaza, named in a story about rockets on southern Israel, is where fire came from, not where the towns
    hit lie: it never becomes the whole article's province."""
    return any(a.country == "PS" or a.name in _SEATS for a in found)


# Capitals that are divisions of their own but where briefings are held, not where a front runs.
_SEATS = frozenset({"Kyiv", "Baku", "Yerevan"})


_SETTING_OPEN = re.compile(
    r"(?:^|[.!?]\s+|\n[^\w\n]{0,4})In\s+(?:the\s+)?(?P<g>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:region|province|oblast|governorate)(?:\s*,|\s+(?=the\s+(?:militants|enemy|occupiers|invaders)\b))"
)


def _later_setting(text: str, scope: Admin1) -> int | None:
    """Where the article's single province is first named, when that is a sentence opening 'In Luhansk
    region, ...' after other places: a setting for what follows, so places before it lie elsewhere."""
    for m in division_hits(text):
        if m[1] != scope:
            continue
        so = _SETTING_OPEN.search(text, max(0, m[0].start() - 12), m[0].end() + 40)
        return so.start("g") if so is not None and so.start("g") == m[0].start() else None
    return None


def _scope(
    sentences: list[Sentence], first_incident: int, skip: set[Admin1] | frozenset[Admin1] = frozenset()
) -> Admin1 | None:
    """The one province the article's opening names, if it names exactly one (``skip`` aside)."""
    found: set[Admin1] = set()
    beside: set[Admin1] = set()
    for s in sentences:
        if s.start > first_incident:
            break
        if s.headline:
            continue
        opening = s.text[dateline_end(s.text) :]
        for m, a in division_hits(opening):
            if a in skip or _SPEECH_VENUE.search(opening, max(0, m.start() - 60), m.start()):
                continue  # "told a press conference in Benghazi that ...": where it was said
            if _BESIDE_OF.search(opening, max(0, m.start() - 40), m.start()):
                beside.add(a)  # "northwest of Damascus in the Damascus countryside": the city only locates
            else:
                found.add(a)
    if not found:
        found = beside  # "on the fronts south of Tripoli": beside the city, in the district named after it
    return found.pop() if len(found) == 1 and not _source_only(found) else None


_BESIDE_OF = re.compile(
    r"(?<!the\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.I
)
# OSCE-style reports name where the monitors were when they heard or counted violations: "while in Horlivka
# (non-government-controlled), the SMM heard 64 explosions", "Positioned near Svitlodarsk, the SMM heard",
# "The SMM camera in Shyrokyne (20km east of Mariupol) recorded 27 projectiles"
_MONITOR_VANTAGE = re.compile(
    r"(?:\b(?:[Ww]hile|[Ww]hen)\s+|\b[Pp]ositioned\s+)(?P<p>in|near|at)\s+(?P<x>(?:(?:al|el)-)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)(?P<gloss>\s*\([^()]{0,80}\))?,\s+the\s+(?:SMM|Mission)\s+(?P<v>heard|recorded)\b"
    r"|\b(?P<the>[Tt]he\s+)(?:SMM|Mission)(?:['’]s)?\s+camera\s+(?P<p2>in|near|at)\s+(?P<x2>(?:(?:al|el)-)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)(?P<gloss2>\s*\([^()]{0,80}\))?\s+(?P<v2>recorded|registered|counted)\b"
)


def _monitor_vantage(m: re.Match[str]) -> str:
    """The monitors' post as the place of the violations they recorded there (one each, as no target is named)."""
    place, gloss, verb = (m["x"], m["gloss"], m["v"]) if m["x"] else (m["x2"], m["gloss2"], m["v2"])
    lead = "the" if m["x"] else m["the"].strip()
    return f"{lead} SMM recorded ceasefire violations near {place}{gloss or ''} and {verb}"


_SHORT_QUOTED = re.compile(r"(?<=\s)[\"“](?P<w>\w[\w'’-]{0,20}(?:\s\w[\w'’-]{0,20}){0,2})[\"”](?=\s+[a-z])")


def extract(text: str, received: datetime | None, learned: Mapping[str, str]) -> Extraction:
    """Extract incidents from an English article."""
    original = text[:MAX_TEXT]
    text = text[:MAX_TEXT].replace("\r\n", "\n").replace("\r", "\n")
    text = _PICTOGRAPH.sub(lambda m: " " * len(m.group()), text)  # "Al-Bara 💥": the name ends at the emoji
    if '"' in text or "“" in text:  # 'fired mortar shells and "Fil" rockets at A': a quoted word, no quote
        text = _SHORT_QUOTED.sub(lambda m: " " + m["w"] + " ", text)
    if "،" in text:
        text = text.replace("،", ",")  # "14 September، 2016": the Arabic comma in an English dateline
    text = _PROV_ABBREV.sub("province", text)  # "Kabani, Latakia prov. - x3"
    if "dist." in text:
        text = _DIST_DOT.sub("district", text)  # "Suleimaniyeh dist. of Aleppo city (1)"
    respelled = respell_divisions(
        text
    )  # "Tavoush province" is Tavush: a known division in an unknown spelling
    renamed = respelled != text
    text = respelled
    if ") - " in text or ") – " in text or ") — " in text:
        text = _AREA_BRACKET_DASH.sub(
            _area_bracket_dash, text
        )  # "in the Eastern Ghouta (Rif Dimashq province) -"
    if "(incl" in text or "(including" in text:
        text = _figure_with_named(text)  # "11 in Latakia (incl. Kansaba, Salma)": the province's named places
    if "(" in text:
        text = _AGE.sub(lambda m: " " * len(m.group()), text)  # the person and the age: neither is a place
    if "[" in text:
        text = _EDITOR_BRACKET.sub(lambda m: " " + m[1] + " ", text)  # "shelled once [in Hama province]"
    text = _LOWER_ARTICLE.sub(_capital_article, text)  # "in al-Hasakah province" names the province
    if "-held " in text or "-controlled " in text:  # "SDF-held Um al-Kef", "government-controlled Avdiivka"
        text = _HELD_BY_SIDE.sub("", text)
    if "'s " in text or "’s " in text:
        text = _POSSESSIVE_COUNTRYSIDE.sub(_possessive_countryside, text)  # ", in Hama's western countryside"
    text = _BASED_AT.sub("", text)  # "The center, based at Hmeimim in Latakia province, said": where it sits
    text = _ALL_IN.sub(", ", text)  # "A and B, both in Rif Dimashq": the locator of the whole list
    if (
        "same province" in text
        or "same governorate" in text
        or "same district" in text
        or "same region" in text
        or "same oblast" in text
    ):
        text = _same_province(text)  # "Ard el-Wata and Beit Awan, in the same province"
    if " of them (" in text or " of these (" in text:  # "Most of them (22) were recorded near Zolote"
        text = _SHARE_IN_BRACKETS.sub(lambda m: m["n"] + " of them", text)
    if "remaining " in text:  # "the remaining seven, all bursts of small-arms fire, were heard near Popasna"
        text = _REMAINING_AT.sub(_remaining_at, text)
    text = _FIGURE_WITH_PLACES.sub(_places_of_figure, text)
    if "): " in text:
        text = _FIGURE_HEAD.sub(_figure_head, text)  # "Aleppo (10): A, B (2)"
    if ", including " in text:
        text = _SETTING_INCLUDING.sub(
            r"\g<noun>\g<of>, including ", text
        )  # "posts in the X sector, including A"
    if "attacks" in text or "breaches" in text or "violations" in text or "shellings" in text:
        text = _FIGURE_AT_PLACE.sub(_figure_at_place, text)
        text = _BREACHES_RECORDED_IN.sub(_breaches_recorded_in, text)
        if " saw " in text or " witnessed " in text:
            text = _PLACE_SAW.sub(_place_saw, text)  # "Al-Tuhaita district saw 12 violations"
        if (
            ", near " in text
            or ", among them " in text
            or ", including " in text
            or ", in the area of " in text
        ):
            text = _PROVINCE_THEN_NEAR.sub(_province_then_near, text)  # "in Idlib province, near A and B"
        if ", while " in text or " were " in text or " came " in text:
            text = _WHILE_N_CAME.sub(r", and \g<n> \g<p> ", text)
        text = text.replace("), followed by ", "), ")
    if "(" in text:
        text = _INLINE_FIGURE.sub(_inline_figure, text)  # "in Homs province - three (Talbisa, Taldahab)"
    if " - " in text or " – " in text or " — " in text:
        text = _PROVINCE_DASH_HEAD.sub(_province_dash_head, text)
        text = _DASH_FIGURE.sub(_dash_figure, text)  # "four in the province of Latakia - Ateera, Kabani"
    text = _DISTRICTS_IN_BRACKETS.sub(_districts_of_city, text)
    if "#" in text:
        text = _CAMEL_TAG.sub(_camel_words, text)  # "#JammuAndKashmir": the words of a province
        text = _TRAILING_TAGS.sub(
            r"\n\1", text
        )  # "... Khan Touman (1). #Syria #Idlib": tags close no sentence
    if "_" in text:  # "#Idlib_truce", "#Ceasefire_violations": the words of a hashtag
        text = _SNAKE_TAG.sub(lambda m: "#" + m[1].replace("_", " "), text)
    text = _HASHTAG.sub(" ", text)  # "shelled #Benin and #Maarayan": hashtags of places are the places
    text = _METONYM.sub(lambda m: " " * len(m["city"]) + m.group()[len(m["city"]) :], text)
    text = _CAPITAL_PAIR.sub(_blank_capital, text)
    if " - " in text or " – " in text or " — " in text:
        text = _ELLIPTIC_GROUP.sub(_elliptic_group, text)  # ", in Latakia province - on Kabani"
    text = _UNDER_FIRE_CAME.sub("Fire was opened at", text)  # "Under fire came A, B and C"
    if "SMM" in text or "Mission" in text:  # "while in Horlivka, the SMM heard 64 explosions": where it was
        text = _MONITOR_VANTAGE.sub(_monitor_vantage, text)
    if "From " in text:
        text = _FROM_OPENING.sub(lambda m: " " * len(m.group()), text)
    if "today, " in text or "yesterday, " in text or "tonight, " in text or "overnight, " in text:
        text = _DAY_ASIDE.sub("", text)
    if (
        "once" in text or "twice" in text or "thrice" in text or "times" in text
    ):  # the count each match opens with
        text = _COUNT_BEFORE_ON.sub(_count_before_on, text)
    if "each " in text:  # "A and B, along with C, with each of them hit at least twice": a count for each
        text = _EACH_OF_THEM_HIT.sub(r", \g<c> each", text)
    if "recorded (" in text or "registered (" in text:
        text = _RECORDED_IN_BRACKETS.sub(
            _recorded_in_brackets, text
        )  # "Shelling of A and B was recorded (Latakia)"
    if "incl." in text:
        text = _INCL.sub("including", text)  # "Targets incl. Kabbani, Mallaja": no sentence ends there
    if "(" in text:
        text = _figures_including(text)
    if ", on " in text or ", of " in text or ", against " in text:
        text = _APPOSED_TARGET.sub(r"\g<n> \g<p> \g<t> \g<v>", text)
    if ";" in text and len(_COMMA_FIGURE.findall(text)) >= 2:
        text = _COMMA_FIGURE.sub(
            r" (\g<n>)", text
        )  # "the breakdown as follows: Hays district, 12; Zabid, nine"
    if "subject" in text:
        text = _SUBJECTING_X_TO.sub(r"subject\1 to \g<w> \g<obj>", text)  # "subjecting A and B to fire"
    if " – " in text or " — " in text or " - " in text:
        text = _province_groups(text)  # "A (3), B (1) — Latakia; C (1) — Idlib", "Jobar, Damascus — twice;"
    if "and, " in text:
        text = _AND_COUNT_AT.sub(r"and \g<rest> (\g<c>)", text)  # "near A and, twice, at positions near B"
        text = _AND_ASIDE.sub(
            "and ", text
        )  # "near Krymske and, later in the evening, with small arms near B"
    if "from" in text:
        text = _AND_FROM_ON.sub(
            ", and on ", text
        )  # "fired from X on A (once), and from the Y area on B (twice)"
    text = _COUNT_BEFORE_VERB.sub(r"\g<v> \g<x> (\g<c>)", text)  # "had twice shelled al-Khallat"
    if ", which " in text:
        text = _WHICH_WAS_HIT.sub(r" (\g<c>)", text)  # "Hays, which was targeted 11 times, and of al-Tuhaita"
    if " occasions" in text or " times" in text or "once" in text or "twice" in text:
        text = _count_after_list(text)
    if (
        ", where " in text
    ):  # "Shyrokine, a village east of Mariupol, where militants attacked troops on 14 occasions"
        text = _WHERE_ATTACKED.sub(_where_attacked, text)
        text = _WHERE_FIRED_ON.sub(_where_attacked, text)
    if "Dist" in text:  # "in Krishna Ghati Sector, Dist Poonch (J&K)": the district that holds the sector
        text = _DIST_ABBREV.sub(r" in \g<d> district", text)
    if " - " in text or " – " in text or " — " in text:  # "Latakia - Bashoura (2), Rabia (1)" on its own line
        text = _PROVINCE_DASH_LINE.sub(_province_dash_line, text)
    if ("direction:" in text or "sector:" in text) and len(_FRONT_LINE.findall(text)) >= 2:
        text = _FRONT_LINE.sub(
            _front_line, text
        )  # "Gorlovka direction: A (2), B - mortars" lines: the targets
    if "ed, " in text:  # "regime forces shelled, since the early morning hours, the villages of A and B"
        text = _VERB_ASIDE.sub(lambda m: m[1] + " " * (len(m.group()) - len(m[1])), text)
    if "followed by" in text:  # "began in the A sector and was followed by firing in the B sector": both
        text = _FOLLOWED_BY_FIRING.sub(" and ", text)
    if "; near " in text:  # "positions near A were fired on five times; near B - three times": B's own count
        text = _ELLIPTIC_NEAR.sub(r"; \g<x> came under fire \g<c>", text)
    if "the latter" in text:
        text = _PASSIVE_LATTER.sub(
            lambda m: f"{m['last']} ({m['c']}){m['verb']}" + ("," if m.group().endswith(",") else ""), text
        )
        text = _THE_LATTER.sub(
            lambda m: " (" + m["c"] + ")" + ("," if m.group().endswith(",") else ""), text
        )  # "Taldou and Tasnin - the latter twice -"
    if "; in " in text:
        text = _PASSIVE_GROUPS.sub(_passive_groups, text)  # "A came under fire; in Latakia province, B and C"
    text = quiet_asides(text)  # glosses and remarks inside brackets would end lists early
    text = join_broken_lists(text)
    text = rewrite_tables(text)  # column-aligned place/count tables, one sentence per row
    published = find_published(text, received)
    article_day = published or (received.date() if received is not None else None)
    sentences = segment(text)
    if article_day is None:
        article_day = _latest_day_in(text)
    statement, day_stated = _statement_day(sentences, article_day) if article_day else (None, False)
    reporter = find_reporter(text)
    # an opposition monitor's "government artillery pounded X" is the breach it reports, not a response
    opposition = reporter is not None and _OPPOSITION.search(reporter) is not None
    state = _State()
    hits = capitalised_admin1(text)
    containers = _article_containers(text, hits)
    country = _main_country(
        tuple(h for h in hits if _rare_ok(find_admin1(h.group()), text))
    )  # "Salah al-Din" in a Tripoli story is no vote for Iraq
    ref = article_day or date(1970, 1, 1)
    stmt = statement or ref
    para_day: dict[int, date] = {}
    as_of = "as of" in text and _INFO_AS_OF.search(text) is not None
    first_incident = len(text)
    last_day: date | None = None
    lead_day: date | None = None
    para_admin: dict[int, Admin1] = {}
    city_context: Admin1 | None = None
    window = _stated_window(text)  # days a round-up says it covers; its days are no recalled reports
    prev_intro = -1  # the paragraph whose last sentence spoke of violations
    history_para = -1  # the paragraph an older year or "years ago" opened
    last_list_at = 0  # where the mentions of the last sentence with a list begin
    for si, s in enumerate(sentences):
        if s.headline:
            continue
        eday = _event_day(_DATE_LEAD.sub("", _DATELINE_FULL.sub("", s.text, count=1), count=1), ref)
        sb = _SUBJECT_BULLETIN_DAY.match(s.text) if eday is None and not day_stated else None
        if eday is None and not day_stated and (sb is not None or _OPENING_REPORT.match(s.text)):
            # "In its bulletin on Wednesday, the centre said A was shelled", deep in a longer story: the day of
            # that bulletin dates what it lists; so does "The centre, in its bulletin on Wednesday, said"
            said = [dm for dm in day_mentions(s.text[: sb.end() if sb else 60], ref) if dm.reporting]
            eday = said[0].day if said and 0 < (ref - said[0].day).days <= 6 else None
        if (
            eday is not None
            and as_of
            and (eday == stmt + timedelta(days=1) or eday == stmt - timedelta(days=1))
        ):
            # "the report, issued on 23 February, is based on information as of 22 February"; "on the evening of
            # 21 February ... the SMM heard": a monitors' report is dated by its period's end
            eday = stmt
        if eday is not None and s.paragraph not in para_day:
            para_day[s.paragraph] = eday
        if article_day is not None and _other_year(s.text, article_day.year):
            history_para = s.paragraph  # "Four years ago, on April 2, 2016, ...": the paragraph tells history
            continue
        if history_para == s.paragraph and eday is None:
            continue  # "Rockets rained down on Talish" after it: the same history, no day of its own
        if eday is not None and published is not None and (published - eday).days > 10:
            # "three weeks after the attack on September 13, shelling A and B" in a dated story: an older event
            # recalled (a forwarded story's own days are measured against its dateline, not the forwarding day)
            continue
        if (
            (
                _recalled(s, stmt, ref, day_stated)
                and not (
                    eday is not None and 0 < (stmt - eday).days <= window
                )  # "over the past three days: On Saturday"
            )
            or _turkish_side(s.text)
            or _background_sentence(s.text)
        ):
            continue
        if _QUESTION_OPEN.match(s.text) or s.text.rstrip(' "”').endswith("?"):
            continue  # "QUESTION (Interfax): Last Monday a strike hit X ...": a reporter's question reports nothing
        pl = _PARA_LEAD.match(s.text) if s.paragraph not in para_admin else None
        lead_g = (pl["g"] or pl["g2"]) if pl is not None else ""
        if lead_g[:1].isupper() and find_admin1(lead_g) is not None:
            para_admin[s.paragraph] = find_admin1(lead_g)  # type: ignore[assignment]  # "In the Luhansk sector, ..."
        if s.paragraph not in para_admin and _PARA_FIGURE.search(s.text):
            # "On Saturday four violations were recorded in Donetsk region. ... near Vodiane"
            in_para = {a for _m, a in division_hits(s.text)}
            if len(in_para) == 1:
                para_admin[s.paragraph] = in_para.pop()
        if (
            lead_day is None
            and eday is not None
            and eday < stmt
            and (_LEAD_BREACH.search(s.text) or _spans(s.text))
        ):
            lead_day = eday  # "violated the ceasefire thrice on Saturday night": the day of what follows
        tl = _THESE_LIE.match(s.text)
        if tl is not None and tl["g"][:1].isupper() and find_admin1(tl["g"]) is not None:
            para_start = min(x.start for x in sentences if x.paragraph == s.paragraph)
            for k_, m_ in enumerate(state.mentions):  # "Both towns lie in the Damascus countryside."
                if m_.name is not None and (
                    k_ >= last_list_at
                    or (m_.admin1 is None and (m_.start >= para_start or "above" in tl.group().lower()))
                ):  # "All of the above localities are in Donetsk region": every place listed so far
                    m_.admin1 = find_admin1(tl["g"])  # "All of these settlements are in Donetsk region."
            continue
        spans = _spans(s.text)
        if spans:
            last_list_at = len(state.mentions)
        cl = _COLON_LIST.search(s.text) if ":" in s.text else None
        if cl is None and ":" in s.text and "(" in s.text:
            cl = _COUNTED_COLON.search(s.text)  # "Idlib zone, last 24h (RuMoD): A (3), B (1) in Hama; C (2)"
            if cl is None:
                cl = _headed_colon().search(s.text)  # "last 24h (RuMoD): Latakia: A (3), B (1); Hama: C (2)"
        if cl is None and ("—" in s.text or " – " in s.text or " - " in s.text):
            cl = _DASH_LIST.search(s.text)  # "carried out 4 shelling attacks — Kabbani (2), Nahshibba (1)"
        if cl is not None and s.text.startswith("Attacked:", cl.end()):
            cl = None  # bullets joined under this intro: their own "Attacked:" opens the list
        if (
            cl is not None
            and spans
            and all(
                a < cl.end() and not _has_capital(s.text[a : min(b, cl.end())]) for a, b, _m, _t in spans[:1]
            )
        ):
            # "14 violations in 24h — Latakia: A (2), B": "24h" is no list of its own; "listed the targeted areas
            # as follows: A (twice)": the list starts after the colon
            spans = [(max(a, cl.end()), b, m_, t_) for a, b, m_, t_ in spans if b > cl.end()]
        if cl is not None and all(a > cl.end() for a, _b, _m, _t in spans):
            ch = _DASH_HEAD_COLON.search(s.text, cl.start(), cl.end())
            if ch is not None and find_admin1(ch["h"]) is not None:
                cl = ch  # "in 24h — Latakia: A (2), B; Hama: C": the first province heads its group too
            figures = _province_figures(s.text[cl.end() :])
            if figures:  # "distributed as follows: Marib 41, Taiz 29": figures per province, not targets
                for admin_, n_ in figures.items():
                    state.province_counts.setdefault(admin_, n_)
            else:  # "Ceasefire violations today: A (Idlib), B", up to any later clause with its own verb
                qe = _QUOTE_END.search(s.text, cl.end())  # the list ends where the quote does
                stop = min(spans[0][0] if spans else len(s.text), qe.start() if qe else len(s.text))
                spans = [(cl.end(), stop, "active", ""), *spans]
        figures_only = False
        if cl is None and _BARE_FIGURE_PAIR.search(s.text):
            # "19 attacks over the past 24h — Latakia 4, Idlib 9, Aleppo 3": the breakdown after a colon or dash
            for start_ in [0, *(sep.end() for sep in _BREAKDOWN_SEP.finditer(s.text))]:
                figures = _province_figures(
                    s.text[start_:]
                )  # a sentence of figures alone: "Hama 4; Latakia 3."
                if len(figures) >= 2:
                    for admin_, n_ in figures.items():
                        state.province_counts.setdefault(admin_, n_)
                    spans = [sp for sp in spans if sp[0] < start_]
                    figures_only = start_ == 0
                    break
        if figures_only:
            continue
        pc = _PASSIVE_COLON.search(s.text) if "following" in s.text else None
        if pc is not None:
            spans = [
                (pc.end(), len(s.text), "active", "")
            ]  # "The following settlements came under fire: A, B"
        if not spans and prev_intro == s.paragraph and _list_line(s.text):
            spans = [
                (0, len(s.text), "active", "")
            ]  # "5 shelling attacks. Kabani, Latakia province - x3; Jurin - x2."
        prev_intro = s.paragraph if _LIST_INTRO.search(s.text) else -1
        lead = _lead_span(s.text)
        if lead is not None and not any(a < lead[1] for a, _b, _m, _t in spans):
            spans = [(lead[0], lead[1], "lead", lead[2]), *spans]
        for sm in _SEMI_LEAD.finditer(s.text) if ("; " in s.text or ", " in s.text) else ():
            # "Near Pavlopil the enemy fired twice; near Vodiane and Pivdenne they used mortars"
            lead2 = _lead_span(s.text[sm.end() :])
            if lead2 is not None:
                a2, b2 = lead2[0] + sm.end(), lead2[1] + sm.end()
                # "fired at our positions; near A and B they opened fire": the first list ends at the semicolon
                spans = [(a, min(b, sm.start()) if a < sm.start() < b else b, m_, t) for a, b, m_, t in spans]
                if not any(a <= a2 < b or a2 <= a < b2 for a, b, _m, _t in spans):
                    spans = sorted([*spans, (a2, b2, "lead", lead2[2])])
        kind = sentence_kind(s.text, text) if spans or header_match(s.text) else ""
        if (
            kind
            and kind != VIOLATION
            and si + 1 < len(sentences)
            and _CALLED_BREACHES.match(sentences[si + 1].text)
        ):
            kind = VIOLATION  # "... airstrikes hit the market in Binnish. These are clear violations of the truce."
        if not spans and kind == VIOLATION and not dateline_end(s.text) and _listed_after_header(s.text):
            hm_ = header_match(s.text)
            em_ = _QUOTE_END.search(s.text, hm_.end()) if hm_ is not None else None
            spans = [
                (0, em_.start() if em_ else len(s.text), "header", "")
            ]  # "Hama province: Tell Bizam (twice)"
            eday = eday or last_day
        low = s.text.lower()
        if any(w in low for w in ("violat", "breach", "broke", "fire", "shell", "attack")):
            last_day = eday or last_day
        if not spans:
            if s.paragraph not in para_admin and _SETTING_CUE.search(s.text):
                # "The bombardment then shifted to the western Aleppo countryside." sets the scene for the
                # sentences after it in its paragraph
                settings = {a for _m, a in division_hits(s.text)}
                if len(settings) == 1:
                    para_admin[s.paragraph] = settings.pop()
            continue
        killed, injured = _casualties(s.text)
        for a, b, mode, tail in spans:
            span_kind = kind
            if mode == "active" and kind == VIOLATION and not opposition and _own_side_subject(s.text, a):
                span_kind = "attack"  # "the army targeted the launch pads in Douma": a response, not a breach
            items = _foreign_as_places(
                _fold_tails(_items_for(s.text, a, b, mode, tail, country), s.text), state.foreign, country
            )
            if mode == "active" and _THEM_IN.search(s.text, max(0, a - 30), a):
                # "12 of them in Ras al-Ain": places take the figures; "11 of them in Aleppo" is a province's,
                # and "most of them in Rafah" (displaced people) is no count of attacks at all
                ot = _OF_THEM_N.search(s.text, max(0, a - 40), a)
                counted_them = ot is not None and parse_number(ot["n"]) is not None
                items = [
                    it
                    for it in items
                    if counted_them and it.name is not None and it.own_admin is None and not it.pure_anchor
                ]
            if not items:
                continue
            fa = _FELL_N.search(s.text, max(0, a - 40), a) if mode == "active" and len(items) == 1 else None
            if fa is not None and not items[0].counted and parse_count(fa["c"]):
                items[0].count, items[0].counted = parse_count(fa["c"]) or 1, True  # "shells fell twice on X"
            ao = _ALL_OF_THEM_N.search(s.text, max(0, a - 120), a) if len(items) == 1 else None
            if ao is not None and not items[0].counted and parse_number(ao["n"]):
                items[0].count, items[0].counted = parse_number(ao["n"]) or 1, True  # "both of them near X"
            # "12 of them in Ras al-Ain", "carried out four raids on X", "three shellings of Bara": the figure
            # before the verb is the first place's
            for rx_, back in ((_OF_THEM_N, 40), (_CARRIED_N, 60), (_LEAD_NOMINAL_N, 40)):
                fm = rx_.search(s.text, max(0, a - back), a) if mode == "active" else None
                if fm is not None and not items[0].counted and parse_number(fm["n"]):
                    items[0].count, items[0].counted = parse_number(fm["n"]) or 1, True
            lf = _LEAD_FIGURE.search(s.text, max(0, a - 80), a) if mode == "active" else None
            lf_n = (lf["n"] or lf["n2"] or lf["n3"]) if lf is not None else None
            named_ = [it for it in items if it.name is not None]
            lead_item = items[0] if items[0].name is not None or len(named_) != 1 else named_[0]
            if lf_n and not lead_item.counted and parse_number(lf_n):
                # "17 of the attacks hit X", "16 of the attacks targeted troops around X", "while four hit Y"
                lead_item.count, lead_item.counted = parse_number(lf_n) or 1, True
            first_incident = min(first_incident, s.start)
            state.list_id += 1
            sentence_admin = _sentence_admin(s.text, a)
            named = [it for it in items if it.name is not None or it.part or it.position]
            for it in items:
                if it.pure_anchor and it.counted and it.anchor is not None and mode in ("active", "passive"):
                    state.province_counts.setdefault(
                        it.anchor, it.count
                    )  # the province itself was the target
            before = len(state.mentions)
            # "shelled the Tartar district and the villages of the Aghjabadi district": no place is named but
            # the divisions themselves, so they are the targets.
            only_divisions = (
                mode in ("active", "passive")
                and not _FIGURE_IN.search(
                    s.text, max(0, a - 40), a
                )  # "18 attacks were recorded in Donetsk region"
            ) and all(
                it.pure_anchor
                and not it.counted
                and re.search(r"\b(?:district|rayon|region)\b", it.text, re.I)
                for it in items
            )
            pairs = (
                [(it, it.anchor) for it in items]
                if only_divisions
                else _assign(items, sentence_admin, s.text)
            )
            sm_ = _SETTING_OPENING.match(s.text)
            semi = s.text.find(";") if ";" in s.text else len(s.text)  # the setting's own clause ends there
            if (
                sm_ is not None
                and find_admin1(sm_["x"]) is None
                and any(it.name and it.start < semi for it, _a in pairs)
            ):
                # "In Uri, shells landed in A, B and C villages": Uri holds the named targets, like an anchor
                state.anchors_used.add(place_key(sm_["x"]))
            for it, admin in pairs:
                if (
                    it.anchor_text
                    and find_admin1(it.anchor_text) is None
                    and not re.search(
                        r"(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?" + re.escape(it.anchor_text),
                        it.text,
                    )
                ):  # "Tell Halaf, west of Ras al-Ayn" locates by a landmark; it does not contain it
                    state.anchors_used.add(place_key(it.anchor_text))
                city = it.pure_anchor and _CITY_ITSELF.fullmatch(it.text.strip(" .,;")) is not None
                if it.elided or (it.pure_anchor and not only_divisions and not city):
                    continue
                name = it.name
                if it.pure_anchor and it.anchor is not None:
                    name, admin = it.anchor_text or it.anchor.name, it.anchor  # the division itself was hit
                    if city:
                        name = re.sub(r"^(?:the\s+)?city\s+of\s+|\s+city$", "", name, flags=re.I)
                if mode == "generic" and name is not None and it.own_admin is not None:
                    continue  # "broke the ceasefire in the city of Aleppo": a summary, not a target
                if (
                    name is not None
                    and it.own_admin is not None
                    and (admin is None or admin.country == it.own_admin.country)
                    and not (admin is not None and _village_list(s.text, a, it.start))
                    and not (
                        it.anchor is not None and it.anchor != it.own_admin
                    )  # "Agdam in Tovuz": a village
                ):
                    admin = it.own_admin
                if (
                    name is None
                    and it.position
                    and it.anchor is None
                    and sm_ is not None
                    and find_admin1(sm_["x"]) is None
                    and sm_["x"].lower() not in NOT_PLACES
                    and not any(x.name for x in items if x.start < it.start)
                    and it.start < semi
                ):
                    name = sm_["x"]  # "In Keran, the troops targeted Indian posts twice": posts in Keran
                if name is None:
                    if (
                        it.position
                        and it.anchor is not None
                        and admin == it.anchor
                        and mode != "generic"
                        and not any(x.name is not None for x in items)
                    ):
                        # "Positions in Gadabay district came under fire" on its own: a figure for the
                        # province, which places named elsewhere in the text may already account for.
                        n = max(state.province_counts.get(admin, 0), it.count)
                        state.province_counts[admin] = n
                        continue
                    elif it.part and admin is not None and (it.anchor is not None or mode != "generic"):
                        name = it.anchor_text if it.anchor is not None and it.anchor_text else admin.name
                        if name and find_admin1(name) is None:
                            name = admin.name
                    elif it.position and admin is not None and len(named) > 1:
                        pass
                    else:
                        continue
                if name is not None and (
                    _REPUBLIC.fullmatch(name)
                    or ((it.part or it.pure_anchor) and _PEOPLES_REPUBLIC.search(it.text) is not None)
                ):
                    if admin is not None and it.counted:  # "shelled the DPR 14 times": the republic's figure
                        state.province_counts.setdefault(admin, it.count)
                    continue
                day = eday or para_day.get(s.paragraph) or lead_day or stmt
                if name is not None and admin is None and it.anchor_text:
                    admin = containers.get(place_key(it.anchor_text))
                explicit = eday is not None or s.paragraph in para_day
                again = (  # the cheap window test first: most mentions are no repeat
                    name is not None
                    and _AGAIN.search(s.text, a, min(len(s.text), b + 40)) is not None
                    and any(
                        x.name is not None and place_key(x.name) == place_key(name) for x in state.mentions
                    )
                )
                state.mentions.append(
                    Mention(
                        name,
                        admin,
                        it.count,
                        day,
                        span_kind,
                        state.list_id,
                        s.start + it.start,
                        it.anchor_text,
                        explicit,
                        next(  # not a name the text uses as a district ("Salahuddin" in a Tripoli story)
                            (
                                g
                                for g in (sentence_admin, para_admin.get(s.paragraph), city_context)
                                if g is not None and g not in state.foreign
                            ),
                            None,
                        ),
                        from_part=it.part
                        and it.name is None
                        and bool(
                            re.search(
                                r"\b(?:areas?|homes|houses|neighbou?rhoods|districts|quarters|towns|villages|"
                                r"settlements|localities)\b",
                                it.text,
                            )
                            or re.match(
                                r"\W*(?:the\s+)?(?:north|south|east|west|central)\w*\s+[A-Z]", it.text
                            )
                        ),
                        again=again,
                    )
                )
                if it.part and it.name is None and admin is not None and _CITY_PART.search(it.text):
                    city_context = admin  # "neighborhoods of Damascus city": the districts named next are its
                if len(state.mentions) >= MAX_MENTIONS:
                    break
            if len(state.mentions) == before + 1 and (killed is not None or injured is not None):
                state.mentions[-1].killed, state.mentions[-1].injured = killed, injured  # one place: its toll
    scope = _scope(sentences, first_incident, state.foreign) or _single_division(text, state.foreign)
    if "district" in text:  # a cheap test before the scan of every capitalised word
        state.districts = {place_key(d) for d in _DISTRICT.findall(text[:MAX_TEXT])}
        # "Kashmir's Poonch district": Poonch
        state.districts |= {place_key(d) for d in _OWNED_DISTRICT.findall(text[:MAX_TEXT])}
        state.districts |= {
            place_key(d) for d in _DISTRICT_PAIR.findall(text[:MAX_TEXT])
        }  # "Kathua and Samba districts"
    if "Jabal" in text or "Jebel" in text or "Sahl" in text or "Wadi" in text:
        state.districts |= _local_landscapes(text[:MAX_TEXT])
    if "'s " in text or "’s " in text:
        # "Uri's Silikot village": the owner is a district of the article's province
        state.districts |= {place_key(d) for d in _OWNER_OF_VILLAGE.findall(text[:MAX_TEXT])}
    if (
        article_day is not None
    ):  # "On a single day in February 2018 it reported 45 ...": another year's figure
        sentences = [s for s in sentences if not _other_year(s.text, article_day.year)]
    regions = stated_province_totals(sentences) if ceasefire_context(text) else {}
    if scope is None and len(set(regions) | set(state.province_counts)) == 1:
        scope = next(iter(set(regions) | set(state.province_counts)))  # the one province with a figure
    _paragraph_fallbacks(state.mentions, sentences, state.foreign)
    setting_at = _later_setting(text, scope) if scope is not None else None
    if setting_at is not None:  # "... near Pisky and Avdiivka. In Luhansk region, ...": no scope before it
        for m in state.mentions:
            if m.start < setting_at and m.admin1 is None and m.fallback is None:
                m.outside_scope = True
    incidents = _merge(state, containers, learned, scope)
    if state.districts:
        incidents = _kashmir_districts(incidents, state.districts, country)
    for admin, n in state.province_counts.items():
        regions.setdefault(admin, n)
    total = find_reported_total(sentences, regions)
    stated = total_in_one_province(sentences, total, regions)
    incidents = _fill_by_figures(incidents, stated)
    incidents = _add_province_totals(incidents, stated, stmt, _days_of(province_days(sentences), ref))
    incidents = _unnamed_countries(incidents, text)
    if renamed:  # a respelled division that is itself a target is written as the text spells it: no place
        kept = [i for i in incidents if i.location is None or i.location in original]
        incidents = kept + [
            replace(i, location=None)
            for i in incidents
            if i.location is not None and i.location not in original
        ]
    return Extraction(
        published=published,
        reporter=reporter,
        reported_total=total,
        incidents=tuple(incidents),
        language="en",
        statement_date=statement,
    )


_LINE_COUNTRIES = ("IN", "PK")


def _kashmir_districts(incidents: list[Incident], districts: set[str], country: str | None) -> list[Incident]:
    """India's and Pakistan's reports name a district ('along the LoC in Poonch district') and then the sectors
    and villages hit in it; annotators keep those and never the district (dev-070). A place the text calls a
    district is dropped there when other places of the same kind are named; alone, it stays."""
    line = [i for i in incidents if (i.country or country) in _LINE_COUNTRIES and i.location is not None]
    district = [i for i in line if place_key(i.location or "") in districts]
    if not district:
        return incidents
    kinds = {i.kind for i in line if i not in district}
    return [i for i in incidents if not (i in district and i.kind in kinds)]


_NUM_RX = number_pattern()
_DISTRICT = re.compile(
    r"((?:[A-Z][\w'’-]{1,30}\s)?(?:(?:al|el|as|ad|ar|ash)-)?[A-Z][\w'’-]{1,30})\s+district"
)  # "Beit al-Faqih district"
_DISTRICT_PAIR = re.compile(r"\b([A-Z][\w'’-]{1,30})\s+and\s+[A-Z][\w'’-]{1,30}\s+districts\b")
_OWNED_DISTRICT = re.compile(r"(?:['’]s\s+)([A-Z][\w'’-]{1,30})\s+district")
_OWNER_OF_VILLAGE = re.compile(
    r"\b([A-Z][\w-]{1,30})['’]s\s+[A-Z][\w'’-]{1,30}\s+(?:village|town|sector|area|settlement|hamlet)\b"
)
_KILLED = re.compile(
    rf"\b(?:killing|killed)\s+(?:at\s+least\s+)?(?P<a>{_NUM_RX})\b"
    rf"|\b(?:at\s+least\s+)?(?P<b>{_NUM_RX})\s+(?:[\w-]+\s+){{0,2}}?(?:were\s+|was\s+|have\s+been\s+)?(?:killed|dead|died)\b",
    re.I,
)
_INJURED = re.compile(
    rf"\b(?:wounding|injuring|injured|wounded)\s+(?:at\s+least\s+)?(?P<a>{_NUM_RX})\b"
    rf"|\b(?:at\s+least\s+)?(?P<b>{_NUM_RX})\s+(?:[\w-]+\s+){{0,2}}?(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:injured|wounded|hurt)\b",
    re.I,
)


def _casualties(sentence: str) -> tuple[int | None, int | None]:
    """Killed and injured figures a sentence states ('killing two', '9 were wounded'), else None."""
    out: list[int | None] = []
    low = sentence.lower()
    if not any(w in low for w in ("kill", "dead", "died", "wound", "injur", "hurt")):
        return None, None
    for rx in (_KILLED, _INJURED):
        m = rx.search(sentence)
        out.append(parse_number(m["a"] or m["b"]) if m else None)
    return out[0], out[1]


_DIVISION_WORD = re.compile(r"\s+(?:region|province|oblast|governorate|countryside)\b", re.I)
_ELSEWHERE = re.compile(  # a sentence that opens a setting of its own
    r"\W*(?:elsewhere|meanwhile|separately|in\s+another|at\s+the\s+same\s+time|"
    r"in\s+the\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:sector|direction|area|district|axis|front))\b",
    re.I,
)


_OF_THESE_OPEN = re.compile(
    r"\W*(?:(?:[\w-]+\s+){1,2}of\s+(?:these|them|those)\b|(?:the\s+)?(?:majority|bulk|most|rest|remainder)\s+of\s+"
    r"(?:the\s+)?(?:ceasefire\s+)?(?:violations|breaches|attacks|explosions)\b)",
    re.I,
)


def _paragraph_fallbacks(
    mentions: list[Mention], sentences: list[Sentence], skip: set[Admin1] | frozenset[Admin1] = frozenset()
) -> None:
    """'... our strongholds in Donetsk region, where fire was recorded near A. Mortars were used against B.': a
    place left without a province takes the one province the earlier sentences of its paragraph name, after
    every other way to place it (the text's own containers, learned places) has failed. A province named in
    the place's own sentence belongs to the places it is written with. ``skip``: names the text uses as
    districts ('Salahuddin' in Tripoli)."""
    starts = [s.start for s in sentences]
    before: list[set[Admin1]] = []  # provinces named in the paragraph before each sentence
    own: list[set[Admin1]] = []  # provinces each sentence names itself
    seen: set[Admin1] = set()
    for i, s in enumerate(sentences):
        if i > 0 and s.paragraph != sentences[i - 1].paragraph and not _OF_THESE_OPEN.match(s.text):
            seen = set()  # a new paragraph, unless it opens on the last one's figure ("Twenty of these ...")
        before.append(set(seen))
        named: set[Admin1] = set()
        if not s.headline:  # "in Donetsk region": a division named as one, not a dateline city or a venue
            named = {
                a
                for m_, a in division_hits(s.text)
                if a not in skip
                and (
                    _DIVISION_WORD.match(s.text, m_.end())
                    or _DIVISION_WORD.search(" " + m_.group())
                    or re.search(
                        r"\b(?:province|governorate|region|countryside)\s+of\s+(?:the\s+)?$",
                        s.text[: m_.start()],
                    )
                )
            }
        own.append(named)
        seen |= named
    placed: set[tuple[int, Admin1]] = set()  # (sentence, province) pairs some place already took
    for m in mentions:
        if m.admin1 is not None:
            placed.add((bisect_right(starts, m.start) - 1, m.admin1))
    for m in mentions:
        if m.admin1 is not None or m.name is None or m.fallback is not None:
            continue
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and len(own[i]) == 1 and (i, next(iter(own[i]))) not in placed:
            m.fallback = next(iter(own[i]))  # "Attacks on A and B were recorded in Latakia province."
        elif i >= 0 and len(before[i]) == 1 and not _ELSEWHERE.match(sentences[i].text):
            m.fallback = next(iter(before[i]))


def _latest_day_in(text: str) -> date | None:
    """With no dateline and no received time, the latest full date printed in the text (or None)."""
    from extraction.dates import _FULL_DATES, _month_number, _safe_date

    best: date | None = None
    for rx in _FULL_DATES:
        for m in rx.finditer(text[:20000]):
            d = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
            if d is not None and (best is None or d > best):
                best = d
    return best


def _local_anchor(anchor: str) -> bool:
    """'Keran sector in Kupwara': a one-word container that is no division, country or actor lies in the
    article's single province, like a named district does."""
    if _LANDSCAPE.fullmatch(anchor):
        return True  # "Shatha in the al-Ghab Plain": a plain, valley or range inside the article's province
    return (
        bool(re.fullmatch(r"[A-Z][a-z'’-]{2,30}", anchor))
        and find_admin1(anchor) is None
        and (anchor.lower() not in NOT_PLACES)
    )


_LANDSCAPE = re.compile(
    r"(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+)?\s+(?i:plain|valley|mountains|heights|hills|range)"
)
# "Kansafra and al-Bara in Jabal al-Zawiya": an area named with the Arabic word for mountain, plain or valley
_ARABIC_LANDSCAPE = re.compile(
    r"\b(?:Jabal|Jebel|Djebel|Jabel|Sahl|Wadi)\s+(?:(?:al|el|ad|ar|as|an|at|az|ash)-)?[A-Z][\w'’-]+", re.I
)


def _local_landscapes(text: str) -> set[str]:
    """Keys of 'Jabal al-Zawiya'-like areas that lie in the article's province: never named within a few
    words of a province ('A in the eastern Idlib countryside and B in Jabal al-Zawiya' sets them apart)."""
    near: dict[str, bool] = {}
    for m in _ARABIC_LANDSCAPE.finditer(text):
        lo = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
        nl = text.find("\n", m.end())
        window = text[lo : min(m.end() + 80, nl if nl >= 0 else len(text))]  # its own line only
        key = place_key(m.group())
        near[key] = near.get(key, False) or any(h.group()[:1].isupper() for h, _a in division_hits(window))
    return {k for k, v in near.items() if not v}


_FACILITY_TAIL = re.compile(r"\s+(?:checkpoint|crossing|corridor|exit\s+point|area)$", re.I)


def _merge(
    state: _State, containers: Mapping[str, Admin1], learned: Mapping[str, str], scope: Admin1 | None
) -> list[Incident]:
    """One incident per place, kind and day: counts add up within a list and take the maximum across lists."""
    resolved: list[Mention] = []
    for m in state.mentions:
        if m.name is not None and place_key(m.name) in state.anchors_used:
            continue  # a district that only contains other named targets ("Poonch's Krishna Ghati")
        admin = m.admin1
        if admin is None and m.name is not None:
            key = place_key(m.name)
            admin = containers.get(key)
            if admin is None and key in learned:
                admin = find_admin1(learned[key])
            if admin is None:
                admin = m.fallback
            if (
                admin is None
                and not m.outside_scope
                and (
                    m.anchor_text is None
                    or place_key(m.anchor_text) in state.districts
                    or _local_anchor(m.anchor_text)
                )
            ):
                admin = scope  # "Poonch district's Krishna Ghati": a district lies in the article's province
        m.admin1 = admin
        resolved.append(m)
    known = {place_key(m.name): m.admin1 for m in resolved if m.name and m.admin1 is not None}
    for m in resolved:
        if m.admin1 is None and m.name is not None and place_key(m.name) in known:
            m.admin1 = known[place_key(m.name)]  # "the shelling of Mhardeh" after "Hama province: Mhardeh"
    # "the al-Wafideen checkpoint" in the lead and "near al-Wafideen" in the quote: one place, named as bare
    bare = {place_key(m.name): m.name for m in resolved if m.name}
    for m in resolved:
        tm = _FACILITY_TAIL.search(m.name) if m.name else None
        if tm is not None and m.name is not None and place_key(m.name[: tm.start()]) in bare:
            m.name = bare[place_key(m.name[: tm.start()])]
    # "areas of Damascus" beside named districts of Damascus in another list is the same shelling told twice.
    named_lists = {(m.admin1.name, m.list_id) for m in resolved if m.admin1 and m.name and not m.from_part}
    lists_with_names = {lid for _a, lid in named_lists}
    resolved = [
        m
        for m in resolved
        if not (
            m.from_part
            and m.admin1 is not None
            and m.list_id not in lists_with_names
            and any(a == m.admin1.name and lid != m.list_id for a, lid in named_lists)
        )
    ]
    # A place named again without a day is the same event as its dated mention ("on Monday ... Harasta").
    # Only a dated mention before it: "Keri was hit on Monday ... On Saturday a patrol in Keri" are two events.
    dated: dict[tuple[str, str], date] = {}
    for m in resolved:
        if m.name is None:
            continue
        if m.explicit_day:
            dated.setdefault((m.kind, place_key(m.name)), m.day)
        elif (m.kind, place_key(m.name)) in dated:
            m.day = dated[(m.kind, place_key(m.name))]
    groups: dict[tuple[str, str, str, date], dict[int, list[Mention]]] = {}
    order: list[tuple[str, str, str, date]] = []
    for m in resolved:
        gkey = (m.kind, place_key(m.name) if m.name else "", m.admin1.name if m.admin1 else "", m.day)
        if gkey not in groups:
            groups[gkey] = {}
            order.append(gkey)
        groups[gkey].setdefault(m.list_id, []).append(m)
    out: list[Incident] = []
    for gkey in order:
        lists = groups[gkey]
        sums = {lid: sum(x.count for x in ms) for lid, ms in lists.items()}
        count = max(sums.values())  # one list repeated elsewhere (lead and quote) is the same events
        later = [lid for lid, ms in lists.items() if all(x.again for x in ms)]
        if later and len(later) < len(lists):  # "... and fired at Kerni again in the evening": one more
            count = max(v for lid, v in sums.items() if lid not in later) + sum(sums[lid] for lid in later)
        best_list = max(lists, key=lambda lid: (sums[lid], -lid))
        first = lists[best_list][0]
        out.append(
            Incident(
                kind=first.kind,
                location=first.name,
                admin1=first.admin1.name if first.admin1 else None,
                country=first.admin1.country if first.admin1 else None,
                count=max(1, min(count, 10_000)),
                date=first.day,
                killed=first.killed,
                injured=first.injured,
            )
        )
    return out


def _days_of(
    series: Mapping[Admin1, tuple[tuple[int, str], ...]], ref: date
) -> dict[Admin1, list[tuple[int, date | None]]]:
    """Per-day figures with their days resolved against the article day ('on Tuesday' -> a date)."""
    return {admin: [(n, _event_day("on " + when, ref)) for n, when in days] for admin, days in series.items()}


def _fill_by_figures(incidents: list[Incident], stated: Mapping[Admin1, int]) -> list[Incident]:
    """'Thirteen in Donetsk region and four in Luhansk region': when every province's figure but one is made
    up by its named places, and the places left without a province make up exactly the one that is short,
    they are that province's. Only places of the days the provinces' places fall on are counted."""
    if len(stated) < 2:
        return incidents
    gaps: dict[Admin1, int] = {}
    days: set[date] = set()
    for admin, n in stated.items():
        mine = [i for i in incidents if i.kind == VIOLATION and i.admin1 == admin.name]
        have = sum(i.count for i in mine)
        if have > n:
            return incidents
        if have < n:
            gaps[admin] = n - have
        days |= {i.date for i in mine}
    if len(gaps) != 1:
        return incidents
    (admin, gap), *_ = gaps.items()
    loose = [
        k
        for k, i in enumerate(incidents)
        if i.kind == VIOLATION and i.admin1 is None and i.location is not None and i.date in days
    ]
    if not loose or sum(incidents[k].count for k in loose) != gap:
        return incidents
    out = list(incidents)
    for k in loose:
        out[k] = replace(out[k], admin1=admin.name, country=admin.country)
    return out


def _add_province_totals(
    incidents: list[Incident],
    stated: Mapping[Admin1, int],
    day: date,
    by_day: Mapping[Admin1, list[tuple[int, date | None]]],
) -> list[Incident]:
    """Stated per-province figures not covered by named places become incidents without a location;
    a figure stated day by day ('14 times on Tuesday and 22 on Wednesday') is filled day by day."""
    if not stated:
        return incidents
    out = list(incidents)
    for admin, n in stated.items():
        days = by_day.get(admin)
        if not days or sum(c for c, _d in days) != n:
            days = [(n, None)]
        theirs = {i.date for i in incidents if i.kind == VIOLATION and i.admin1 == admin.name}
        for count, when in days:
            # the rest of a province's figure falls on the day its named places do, when they share one
            on = when or (next(iter(theirs)) if len(theirs) == 1 else day)
            have = sum(
                i.count
                for i in incidents
                if i.kind == VIOLATION and i.admin1 == admin.name and (when is None or i.date == on)
            )
            if count > have:
                out.append(Incident(VIOLATION, None, admin.name, admin.country, count - have, on))
    return out


__all__ = ["extract", "most_recent_weekday", "segment"]
