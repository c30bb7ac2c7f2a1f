"""A Russian and an English report of one statement give the same incidents after place keys.

The store merges statements on (place_key, admin1, count, date); this checks,
without a database, that both extractors hand it the same set.
"""

from __future__ import annotations

from datetime import UTC, datetime

from extraction.article import extract_article
from extraction.places import place_key

RECEIVED = datetime(2019, 4, 10, 9, 0, tzinfo=UTC)

ENGLISH = (
    "Over the past 24 hours, militants shelled the settlements of Safsafa (twice) and Kabani in Latakia "
    "province and Tell Bazam in Hama province, the Russian Center for Reconciliation in Syria said."
)
RUSSIAN = (
    "За минувшие сутки боевики обстреляли населенные пункты Сафсафа (дважды) и Кабани провинции Латакия, "
    "а также Телль-Базам провинции Хама, сообщили в российском Центре по примирению враждующих сторон."
)


def _keys(text: str) -> set[tuple[str, str | None, int, str]]:
    result = extract_article(text, RECEIVED)
    return {
        (place_key(i.location or ""), i.admin1, i.count, i.date.isoformat())
        for i in result.incidents
        if i.kind == "ceasefire_violation"
    }


def test_same_statement_in_two_languages_has_the_same_incident_keys() -> None:
    english, russian = _keys(ENGLISH), _keys(RUSSIAN)
    assert len(russian) == 3
    assert russian == english


def test_same_reporter_name_in_both_languages() -> None:
    assert extract_article(RUSSIAN, RECEIVED).reporter == extract_article(ENGLISH, RECEIVED).reporter


def test_scripts_meet_on_place_keys() -> None:
    assert place_key("Сафсафа") == place_key("صفصفة") == place_key("Safsafa")
    assert place_key("Зайцево") == place_key("Zaitsevo")
    assert place_key("Сафсафа") != place_key("Кабани")
