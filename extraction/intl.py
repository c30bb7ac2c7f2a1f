"""Rules for non-English articles. (Being written: see issue 5.)"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from extraction.model import Extraction


def extract(text: str, language: str, received: datetime | None, learned: Mapping[str, str]) -> Extraction:
    """Extract incidents from an article in ``language``."""
    raise NotImplementedError
