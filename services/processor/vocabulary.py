"""What a chunk of text costs to check: its words, and above all the words new to the processor.

The checker caches what it learns of each word (its spelling verdict,
suggestions, tags), so a word it has met before costs a lookup and a new one
costs the analysis. Timed chunk by chunk, a new word type took about 0.9 ms
and a word already met about 0.05 ms, alike in every document measured
(``bench/bench_word_costs.py``). Weighing the analyzing stage's chunks by
``words + NEW_WORD_COST × new types`` makes its units of work alike: the first
chapters of a document, full of new terms, no longer make the rest look slow.

Each checking process keeps its own caches, so each keeps its own vocabulary.
It starts with the languages' most common words: a process new to them checks
them quickly (listed, nothing to suggest), so counting them as new would make a
fresh worker's first chapters look dearer than they are.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache

from wordfreq import top_n_list

from services.processor.checker import Block

# A new word type costs about as much as this many words already met (0.9 ms / 0.05 ms).
NEW_WORD_COST = 18.0
# Past this many types the record starts afresh, as the workers' bounded caches forget.
MAX_TYPES = 200_000
# The most common words of each language, cheap even when new.
COMMON_WORDS = 3_000
_WORD = re.compile(r"\w+")


@cache
def common_words() -> frozenset[str]:
    """Each language's most common words, small and capitalised (wordfreq, offline; ~0.3 s)."""
    words = [word for language in ("de", "en") for word in top_n_list(language, COMMON_WORDS)]
    return frozenset(words) | {word.capitalize() for word in words}


class Vocabulary:
    """The word types a checking process has met; safe to share between jobs' threads."""

    def __init__(self, known: frozenset[str] = frozenset()) -> None:
        self._known = known
        self._seen: set[str] = set(known)
        self._lock = threading.Lock()

    def weights(self, chunks: Sequence[Sequence[Block]]) -> list[float]:
        """Each chunk's cost in words, its new word types counted ``NEW_WORD_COST`` times."""
        return [max(words + NEW_WORD_COST * new, 1.0) for words, new in self.counts(chunks)]

    def counts(self, chunks: Sequence[Sequence[Block]]) -> list[tuple[int, int]]:
        """Each chunk's words and word types not met before, which it then has met."""
        counted: list[tuple[int, int]] = []
        with self._lock:
            for chunk in chunks:
                words = [word for block in chunk for word in _WORD.findall(block.text)]
                types = set(words)
                new = types - self._seen
                if len(self._seen) + len(new) > MAX_TYPES:
                    self._seen = set(self._known)
                self._seen |= types
                counted.append((len(words), len(new)))
        return counted
