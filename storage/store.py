"""The Store: one aiosqlite connection to one SQLite file. (Being written: see issue 2.)

Interface other layers code against; the implementation fills these in.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from extraction.model import Question
from storage.models import AddResult, Answer, ArticleRow, Provenance, Stats


class Store:
    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating and migrating) the database at ``path``; WAL mode."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    async def ingest(self, text: str, received: datetime | None, provenance: Provenance) -> AddResult:
        """Extract (with learned places) and store one article in one transaction."""
        raise NotImplementedError

    async def reingest(self, article_id: int, text: str, received: datetime | None) -> AddResult:
        """Replace an edited article's text and incidents (same id, same provenance)."""
        raise NotImplementedError

    async def article_for_message(self, chat_id: int, message_id: int) -> ArticleRow | None:
        raise NotImplementedError

    async def last_article_by(self, user_id: int) -> ArticleRow | None:
        raise NotImplementedError

    async def delete_article(self, article_id: int) -> bool:
        """Remove an article and its incidents (re-pointing its statement if it led one)."""
        raise NotImplementedError

    async def answer(self, question: Question) -> Answer:
        """Totals, per place, per day and the reports, counting each statement once."""
        raise NotImplementedError

    async def stats(self) -> Stats:
        raise NotImplementedError
