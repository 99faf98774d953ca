"""How common a French word is in general, from a bundled frequency table.

The table (``data/fr_frequencies.tsv``, folded words with their Zipf
frequency and usual accented spelling, derived from wordfreq, CC BY-SA 4.0)
tells real French words from typos, and lets the question words that say
nothing about the topic ("trouve", "sert", "compte") weigh less than those
that do ("superficie", "budget", "Seghrouchni") — a corpus of a hundred
passages cannot tell that from its own idf. It also gives back the accents a
folded word usually has, for the stemmer (see :mod:`askbot.text`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

COMMON_WORD_ZIPF = 3.0  # at or above: a real French word, not a typo to correct
_FLOOR = 0.25


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, str]]:
    text = resources.files("askbot").joinpath("data/fr_frequencies.tsv").read_text(encoding="utf-8")
    frequencies, spellings = {}, {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, zipf, *accented = line.split("\t")
            frequencies[word] = float(zipf)
            if accented:
                spellings[word] = accented[0]
    return frequencies, spellings


def zipf(word: str) -> float:
    """Zipf frequency of a folded French word (0 when rare or unknown)."""
    return _tables()[0].get(word, 0.0)


def accented(word: str) -> str:
    """The usual spelling of a folded word (``encadrees`` → ``encadrées``), else the word."""
    return _tables()[1].get(word, word)


def is_common_word(word: str) -> bool:
    return zipf(word) >= COMMON_WORD_ZIPF


def specificity(word: str) -> float:
    """1 for rare or domain words, down to 0.25 for everyday words (Zipf 6.4 and up)."""
    z = zipf(word)
    return 1.0 if z <= COMMON_WORD_ZIPF else max(_FLOOR, 1.0 - (z - COMMON_WORD_ZIPF) / 4.5)
