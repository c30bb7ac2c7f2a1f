"""Article text -> incidents. (Being written: see issue 2.)"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from extraction.model import Extraction


def extract_article(
    text: str,
    received: datetime | None = None,
    learned: Mapping[str, str] | None = None,
) -> Extraction:
    """Read one article.

    ``received`` is when the item was posted (a forward's original date): it
    dates articles that print no dateline. ``learned`` maps ``place_key`` of a
    town seen in earlier articles -> its province (canonical admin1 name), used
    when this article names the town without a province.
    """
    raise NotImplementedError
