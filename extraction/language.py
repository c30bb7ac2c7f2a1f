"""Language identification for short news texts. (Placeholder: see issue 5.)"""

from __future__ import annotations


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' when unsure."""
    return "en"
