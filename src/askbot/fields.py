"""Extra BM25 fields scored beside the stem index: exact forms, prefixes, openings.

The stem index (:class:`askbot.retrieval.BM25Index`) is the model of record;
each field here is another view of the same passages, indexed the same way
and added to its score with a weight (``surface_weight``, ``prefix_weight``,
``lead_weight`` in the configuration): the folded words before stemming,
their first letters, and each passage's opening stems. All views are derived with numpy from one
encoding of the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .retrieval import BM25Index, encode, renumber, run_starts

PREFIX_LENGTH = 5  # letters the prefix field keeps: supprimer/suppression, inscrire/inscription
LEAD_TERMS = 30  # terms of a passage's opening that the lead field indexes
FIELDS = ("surface", "prefix", "lead")


@dataclass(frozen=True)
class Field:
    """Extra evidence: BM25 over another view of the passages, added to the stem score with a weight.

    ``surface``: the folded words before stemming (exact forms count more);
    ``prefix``: their first :data:`PREFIX_LENGTH` letters (derivations Snowball
    keeps apart meet); ``lead``: the passage's first :data:`LEAD_TERMS` stems
    (what a passage opens with is what it is about).
    """

    name: str
    index: BM25Index
    weight: float

    def query(self, stems: Sequence[str], stem_weights: Sequence[float],
              words: Sequence[str]) -> tuple[list[str], Sequence[float] | None]:
        """The terms this field is searched with, and their weights: the lead field
        takes the question's weighted stems; surface and prefix its folded words,
        each counting once."""
        if self.name == "lead":
            return list(stems), stem_weights
        if self.name == "prefix":
            return [w[:PREFIX_LENGTH] for w in words], None
        return list(words), None


@dataclass(frozen=True)
class Fields:
    """Everything indexed from one analysis pass: the stem index, extra fields, word counts."""

    stems: BM25Index  # the model of record
    extra: tuple[Field, ...]
    word_counts: dict[str, int]  # passages containing each folded word

    def field_scores(self, stems: Sequence[str], stem_weights: Sequence[float],
                     words: Sequence[str]) -> dict[str, np.ndarray]:
        """Each field's own score per passage, the stem index's as ``stem``."""
        out = {"stem": self.stems.scores(stems, stem_weights)}
        for field in self.extra:
            out[field.name] = field.index.scores(*field.query(stems, stem_weights, words))
        return out

    def scores(self, stems: Sequence[str], stem_weights: Sequence[float], words: Sequence[str]) -> np.ndarray:
        """The stem score plus each field's score times its weight, summed in one
        pass over all their postings (one array of the corpus's size, not five)."""
        docs, contributions, base = self.stems.contributions(stems, stem_weights)
        for field in self.extra:
            more = field.index.contributions(*field.query(stems, stem_weights, words), field.weight)
            docs += more[0]
            contributions += more[1]
            base += more[2]
        if not docs:
            return np.zeros(self.stems.size, dtype=np.float64)
        scores = np.bincount(np.concatenate(docs), np.concatenate(contributions), minlength=self.stems.size)
        if base:
            scores += base
        return scores


def build_fields(docs_words: Sequence[Sequence[str]], stem: Callable[[list[str]], list[str]],
                 weights: dict[str, float], variant: str = "plus", k1: float = 1.2, b: float = 0.75,
                 delta: float = 1.0, lead_from: Sequence[int] | None = None) -> Fields:
    """Index passages given as folded content words; ``stem`` maps a list of words to their stems.

    ``lead_from`` gives, per passage, where its own text starts among its
    words (after a title and heading, say); the lead field starts there.

    Words are encoded once; every other view is derived from their ids with
    numpy: stems and prefixes through a map of the distinct words, the lead as
    a subset of positions. Each field's scores equal rank-bm25's for its own
    token lists. Fields of weight 0 are not built.
    """
    return build_fields_from_ids(*encode(docs_words), stem, weights, variant, k1, b, delta, lead_from)


def build_fields_from_ids(word_ids: np.ndarray, lengths: np.ndarray, words: Sequence[str],
                          stem: Callable[[list[str]], list[str]], weights: dict[str, float],
                          variant: str = "plus", k1: float = 1.2, b: float = 0.75, delta: float = 1.0,
                          lead_from: Sequence[int] | None = None) -> Fields:
    """:func:`build_fields` of passages already encoded (see :func:`encode`)."""
    unknown = set(weights) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}: expected among {FIELDS}")
    words = list(words)
    to_stem, stems = renumber(stem(words))
    stem_ids = to_stem[word_ids]
    params = (variant, k1, b, delta)
    views = {
        "surface": lambda: (word_ids, lengths, words),
        "prefix": lambda: _mapped(word_ids, lengths, [w[:PREFIX_LENGTH] for w in words]),
        "lead": lambda: _lead(stem_ids, lengths, stems, LEAD_TERMS, lead_from),
    }
    extra = tuple(Field(name, BM25Index.from_ids(*views[name](), *params), weights[name])
                  for name in FIELDS if weights.get(name))
    return Fields(BM25Index.from_ids(stem_ids, lengths, stems, *params), extra,
                  _document_frequencies(word_ids, lengths, words))


def _mapped(ids: np.ndarray, lengths: np.ndarray, targets: Sequence[str]) -> tuple:
    """Passages with each id replaced by the id of ``targets[id]`` (many ids may share one)."""
    mapping, terms = renumber(targets)
    return mapping[ids], lengths, terms


def _lead(ids: np.ndarray, lengths: np.ndarray, terms: Sequence[str], n: int,
          start: Sequence[int] | None) -> tuple:
    """Passages cut to ``n`` tokens from ``start`` (default: their first ``n``)."""
    start = np.zeros_like(lengths) if start is None else np.minimum(np.asarray(start, dtype=np.int64), lengths)
    position = np.arange(len(ids)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    first = np.repeat(start, lengths)
    keep = (position >= first) & (position < first + n)
    return ids[keep], np.minimum(lengths - start, n), terms


def _document_frequencies(ids: np.ndarray, lengths: np.ndarray, terms: Sequence[str]) -> dict[str, int]:
    """How many passages contain each term."""
    docs = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    pairs = np.sort(docs * len(terms) + ids)
    counts = np.bincount(pairs[run_starts(pairs)] % len(terms), minlength=len(terms))
    return dict(zip(terms, counts.tolist()))
