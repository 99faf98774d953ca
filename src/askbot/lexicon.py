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

from bisect import bisect_left
from functools import lru_cache
from importlib import resources

COMMON_WORD_ZIPF = 3.0  # at or above: a real French word, not a typo to correct
_FLOOR = 0.25


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    """The table's lines after its "#" header, sorted by word.

    Parsing 55,000 lines into dicts costs ~100 ms per process; splitting the
    text costs ~5 ms, and a word is then found by bisection.
    """
    text = resources.files("askbot").joinpath("data/fr_frequencies.tsv").read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    start = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return lines[start:]


@lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[str, ...]:
    lines = _lines()
    key = word + "\t"
    i = bisect_left(lines, key)
    if i < len(lines) and lines[i].startswith(key):
        return tuple(lines[i].split("\t")[1:])
    return ()


def zipf(word: str) -> float:
    """Zipf frequency of a folded French word (0 when rare or unknown)."""
    entry = _entry(word)
    return float(entry[0]) if entry else 0.0


def accented(word: str) -> str:
    """The usual spelling of a folded word (``encadrees`` → ``encadrées``), else the word."""
    entry = _entry(word)
    return entry[1] if len(entry) > 1 else word


def is_common_word(word: str) -> bool:
    return zipf(word) >= COMMON_WORD_ZIPF


def specificity(word: str) -> float:
    """1 for rare or domain words, down to 0.25 for everyday words (Zipf 6.4 and up)."""
    z = zipf(word)
    return 1.0 if z <= COMMON_WORD_ZIPF else max(_FLOOR, 1.0 - (z - COMMON_WORD_ZIPF) / 4.5)
