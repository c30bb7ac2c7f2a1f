"""Article text -> incidents: the extractor's public entry point.

Picks the language, then hands the text to the English rules
(``extraction.english``) or to the rules of other languages
(``extraction.intl``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from extraction.model import Extraction

MAX_TEXT_CHARS = 200_000  # longer texts are cut: no real bulletin is longer


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
    from extraction import english, intl
    from extraction.language import detect_language

    text = text[:MAX_TEXT_CHARS]
    language = detect_language(text)
    if language == "en":
        return english.extract(text, received, learned or {})
    return intl.extract(text, language, received, learned or {})
