"""Question text ("latakia last week") -> Question. (Being written: see issue 2.)"""

from __future__ import annotations

from datetime import date

from extraction.model import VIOLATION, Question


def parse_question(text: str, today: date, kind: str | None = VIOLATION) -> Question:
    """Parse the words after /violations; raises QuestionError with an example when unreadable."""
    raise NotImplementedError
