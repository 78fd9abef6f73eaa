"""Chinese search: teach the segmenter the names it must keep whole.

The search index segments Chinese text with jieba (zero-width spaces between words): the
generated pages' index (searchindex.py) always, Material's for the hand-written pages when
jieba is installed. Without help jieba may cut a person's name or a
library's name apart, and a search for the whole name would then rank poorly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import jieba

# jieba logs its dictionary loading at INFO/DEBUG on its own logger; keep builds quiet.
jieba.setLogLevel(logging.WARNING)


def keep_words_whole(words: Iterable[str]) -> None:
    """Add names to jieba's dictionary (idempotent; the order is fixed by the caller)."""
    for word in words:
        word = word.strip()
        if word and " " not in word:
            jieba.add_word(word)
