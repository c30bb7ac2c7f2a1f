"""The cheap word test in front of each trigger regex must admit every verb the regex knows.

A verb added to a regex but not to its word list would silently never fire.
"""

from __future__ import annotations

import re

from extraction import english


def _plain_words(pattern: str) -> set[str]:
    """Alternatives of the verb lists that are plain words ('shelled', 'pummell?ed' -> 'pummelled')."""
    words = set()
    for raw in re.findall(r"[a-z]+(?:l\?)?[a-z]*", pattern):
        words.add(raw.replace("l?", "l"))
    return {w for w in words if len(w) > 4}


def test_every_active_verb_passes_the_word_test() -> None:
    _rx, _mode, stems = english._TRIGGERS[0]
    pattern = english._ATTACK_VERBS
    verbs = _plain_words(pattern[pattern.index("attacked|") :])  # the finite verbs after the gerund clause
    missing = sorted(v for v in verbs if not any(s in v for s in stems))
    assert missing == []
