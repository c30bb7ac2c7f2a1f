"""One statement reported in Russian (or Arabic) and in English is stored once, through the real Store.

The reports below are written for this test. Each pair is one bulletin of the
reconciliation centre, dated by a weekday ("во вторник", "يوم الثلاثاء",
"on Tuesday") and received on different days, so the statement day must be
resolved the same way in both languages for the store to merge them; the
places are spelled in Cyrillic or Arabic script on one side and in Latin on
the other.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from extraction.question import parse_question
from storage.models import Provenance
from storage.store import Store

TUESDAY = date(2019, 4, 9)
WEEK_END = date(2019, 4, 14)
TUESDAY_EVENING = datetime(2019, 4, 9, 18, 30, tzinfo=UTC)
WEDNESDAY_MORNING = datetime(2019, 4, 10, 7, 15, tzinfo=UTC)

ENGLISH = (
    "The Russian Center for Reconciliation in Syria said on Tuesday that over the past 24 hours "
    "militants shelled the settlements of Safsafa (twice), Kabani and Jurin in Latakia province "
    "and Tell Bazam in Hama province."
)
RUSSIAN = (
    "В Российском центре по примирению враждующих сторон во вторник сообщили, что за минувшие сутки "
    "боевики обстреляли населенные пункты Сафсафа (дважды), Кабани и Джурин провинции Латакия, "
    "а также Телль-Базам провинции Хама."
)
ARABIC = (
    "أعلن المركز الروسي للمصالحة يوم الثلاثاء أن المسلحين قصفوا خلال الساعات الـ24 الماضية "
    "بلدات صفصفة (مرتين) وكباني وجورين في ريف اللاذقية وتل بازام في ريف حماة."
)
OTHER_ARABIC = (
    "أعلن المركز الروسي للمصالحة يوم الثلاثاء أن المسلحين قصفوا خلال الساعات الـ24 الماضية "
    "بلدات كفرنبودة وقلعة المضيق في ريف حماة."
)


async def _store_pair(tmp_path: Path, first: str, second: str) -> tuple[Store, list[str]]:
    """Ingest ``first`` on Tuesday evening and ``second`` on Wednesday morning; their statuses."""
    store = await Store.open(tmp_path / "merge.sqlite")
    a = await store.ingest(first, TUESDAY_EVENING, Provenance(source="first outlet"))
    b = await store.ingest(second, WEDNESDAY_MORNING, Provenance(source="second outlet"))
    return store, [a.status, b.status]


async def test_russian_then_english_report_is_one_statement(tmp_path: Path) -> None:
    store, statuses = await _store_pair(tmp_path, RUSSIAN, ENGLISH)
    try:
        assert statuses == ["added", "merged"]
        answer = await store.answer(parse_question("latakia", WEEK_END))
        assert answer.total == 4  # Safsafa twice, Kabani, Jurin: counted once, not twice
        assert sorted(r.source or "" for r in answer.reports) == ["first outlet", "second outlet"]
        assert {r.statement_day for r in answer.reports} == {TUESDAY}
        everywhere = await store.answer(parse_question("this week", WEEK_END))
        assert everywhere.total == 5
    finally:
        await store.close()


async def test_english_then_russian_report_is_one_statement(tmp_path: Path) -> None:
    store, statuses = await _store_pair(tmp_path, ENGLISH, RUSSIAN)
    try:
        assert statuses == ["added", "merged"]
        answer = await store.answer(parse_question("hama", WEEK_END))
        assert answer.total == 1
        assert len(answer.reports) == 2
    finally:
        await store.close()


async def test_arabic_and_english_reports_are_one_statement(tmp_path: Path) -> None:
    store, statuses = await _store_pair(tmp_path, ARABIC, ENGLISH)
    try:
        assert statuses == ["added", "merged"]
        answer = await store.answer(parse_question("اللاذقية", WEEK_END))
        assert answer.total == 4
        assert len(answer.reports) == 2
        town = await store.answer(parse_question("Jurin", WEEK_END))
        assert town.total == 1  # the Arabic "جورين" is found by its Latin name
    finally:
        await store.close()


async def test_all_three_languages_count_once(tmp_path: Path) -> None:
    store, statuses = await _store_pair(tmp_path, RUSSIAN, ARABIC)
    try:
        third = await store.ingest(ENGLISH, WEDNESDAY_MORNING, Provenance(source="third outlet"))
        assert statuses == ["added", "merged"]
        assert third.status == "merged"
        answer = await store.answer(parse_question("this week", WEEK_END))
        assert answer.total == 5
        assert len(answer.reports) == 3
    finally:
        await store.close()


async def test_a_different_bulletin_of_the_same_day_stays_separate(tmp_path: Path) -> None:
    store, statuses = await _store_pair(tmp_path, ARABIC, OTHER_ARABIC)
    try:
        assert statuses == ["added", "added"]
        answer = await store.answer(parse_question("hama", WEEK_END))
        assert answer.total == 3  # Tell Bazam from the first, two towns from the second
    finally:
        await store.close()
