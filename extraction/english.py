"""English article rules. (Being written: see issue 2.)"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from extraction.model import Extraction


def extract(text: str, received: datetime | None, learned: Mapping[str, str]) -> Extraction:
    """Extract incidents from an English article."""
    raise NotImplementedError
