"""BM25 retrieval: ``rank-bm25`` is the model of record, numpy does the scoring.

``rank-bm25`` defines the statistics (idf, document lengths, average length)
for the configured variant. Its constructor keeps one Python dict per
passage and its ``get_scores`` walks every passage in Python for every query
term, so instead we count term frequencies with numpy (one sort of
``(term, passage)`` keys), hand the document frequencies to rank-bm25's own
``_calc_idf``, and precompute, once, each term's contribution to each
passage that contains it (an inverted index of weights). A query adds those
up with one ``np.bincount``. For BM25+ a term also gives a constant to the
passages that do *not* contain it (rank-bm25's BM25L, unlike the paper, does
not); that constant is added to every score, so the results equal
``get_scores`` within floating-point rounding.

Formulas: Robertson & Zaragoza 2009 (Okapi); Lv & Zhai 2011 (BM25L, BM25+).
The extra fields scored beside this index are :mod:`askbot.fields`'s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, count
from typing import Iterable, Sequence

import numpy as np
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

VARIANTS = {"okapi": BM25Okapi, "l": BM25L, "plus": BM25Plus}
OKAPI_EPSILON = 0.25  # rank-bm25's default floor for negative Okapi idf, as a share of the mean


@dataclass(frozen=True)
class Ranked:
    """One scored passage, by its position in the indexed list."""

    index: int
    score: float


def make_model(docs_terms: Sequence[Sequence[str]], variant: str, k1: float, b: float, delta: float):
    """The ``rank-bm25`` object for a variant; the reference for our scores."""
    cls = VARIANTS[variant]
    if variant == "okapi":
        return cls(docs_terms, k1=k1, b=b, epsilon=OKAPI_EPSILON)
    return cls(docs_terms, k1=k1, b=b, delta=delta)


def reference_idf(variant: str, doc_freqs: dict[str, int], size: int) -> dict[str, float]:
    """idf per term from rank-bm25's own ``_calc_idf``, without its per-passage dicts.

    ``doc_freqs`` must be in order of first occurrence, as rank-bm25 builds it,
    so that the Okapi mean idf is summed in the same order.
    """
    cls = VARIANTS[variant]
    model = cls.__new__(cls)
    model.corpus_size = size
    model.idf = {}
    model.epsilon = OKAPI_EPSILON
    model._calc_idf(doc_freqs)
    return model.idf


def encode(docs_terms: Iterable[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Token ids (numbered in order of first occurrence), passage lengths, and each id's term."""
    docs_terms = list(docs_terms)
    ids: defaultdict[str, int] = defaultdict(count().__next__)
    lengths = np.fromiter(map(len, docs_terms), dtype=np.int64, count=len(docs_terms))
    token_ids = np.fromiter(map(ids.__getitem__, chain.from_iterable(docs_terms)),
                            dtype=np.int64, count=int(lengths.sum()))
    return token_ids, lengths, list(ids)


def renumber(terms: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """A many-to-one map of term ids (e.g. word -> its stem): the new id of each
    old id, and the new ids' terms, numbered in order of first occurrence."""
    ids: defaultdict[str, int] = defaultdict(count().__next__)
    mapping = np.fromiter(map(ids.__getitem__, terms), dtype=np.int64, count=len(terms))
    return mapping, list(ids)


class BM25Index:
    """Scores passages for a bag of query terms, exactly as ``rank-bm25`` would."""

    def __init__(self, docs_terms: Sequence[Sequence[str]], variant: str = "plus",
                 k1: float = 1.2, b: float = 0.75, delta: float = 1.0) -> None:
        self._build(*encode(docs_terms), variant, k1, b, delta)

    @classmethod
    def from_ids(cls, token_ids: np.ndarray, lengths: np.ndarray, terms: Sequence[str],
                 variant: str = "plus", k1: float = 1.2, b: float = 0.75, delta: float = 1.0) -> "BM25Index":
        """The index of passages given as term ids, passage after passage.

        ``terms[i]`` is the term of id ``i``; ids may come in any order and need
        not all occur, so a field derived from another one (a map of its ids,
        a subset of its positions) is indexed without analysing text again.
        """
        index = cls.__new__(cls)
        index._build(token_ids, lengths, terms, variant, k1, b, delta)
        return index

    def _build(self, token_ids: np.ndarray, lengths: np.ndarray, terms: Sequence[str],
               variant: str, k1: float, b: float, delta: float) -> None:
        size = len(lengths)
        if not size:
            raise ValueError("cannot index an empty list of passages")
        if variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {variant!r}: expected one of {sorted(VARIANTS)}")
        self.size = size
        total = len(token_ids)

        # One sorted key per token, (term in alphabetical rank, position): postings
        # come out grouped by term, then passage, and each term's first key is
        # its first occurrence, the order in which rank-bm25 meets terms.
        alphabetical = sorted(range(len(terms)), key=terms.__getitem__)
        rank = np.empty(len(terms), dtype=np.int64)
        rank[alphabetical] = np.arange(len(terms))
        keys = np.sort(rank[token_ids] * total + np.arange(total, dtype=np.int64))
        term_of = keys // total
        doc_of = np.repeat(np.arange(size, dtype=np.int32), lengths)[keys - term_of * total]
        first_pos = keys[run_starts(term_of)] % total
        del keys
        new_run = np.empty(total, dtype=bool)
        new_run[:1] = True
        np.not_equal(term_of[1:], term_of[:-1], out=new_run[1:])
        new_run[1:] |= doc_of[1:] != doc_of[:-1]
        starts = np.flatnonzero(new_run)
        del new_run
        tf = np.diff(np.append(starts, total)).astype(np.float64)
        term_arr, doc_arr = term_of[starts], doc_of[starts]
        del term_of, doc_of, starts

        # Keep only the terms that occur, renumbered 0..n-1 in alphabetical order.
        present = np.flatnonzero(np.bincount(term_arr, minlength=len(terms)))
        compact = np.empty(len(terms), dtype=np.int64)
        compact[present] = np.arange(len(present))
        term_arr = compact[term_arr]
        names = [terms[alphabetical[i]] for i in present.tolist()]
        vocab = {t: j for j, t in enumerate(names)}
        df = np.bincount(term_arr, minlength=len(names))
        in_order = np.argsort(first_pos, kind="stable").tolist()

        self.idf: dict[str, float] = reference_idf(
            variant, {names[j]: int(df[j]) for j in in_order}, size)
        self.avgdl = total / size
        idf = np.asarray([self.idf[t] for t in names], dtype=np.float64)

        # Same operation order as rank-bm25's get_scores, for identical rounding.
        doc_len = lengths[doc_arr].astype(np.float64)
        if variant == "okapi":
            weight = idf[term_arr] * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len / self.avgdl)))
            constant = np.zeros_like(idf)
        elif variant == "l":
            ctd = tf / (1 - b + b * doc_len / self.avgdl)
            # rank-bm25 multiplies by tf here, so absent terms add nothing.
            weight = idf[term_arr] * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
            constant = np.zeros_like(idf)
        else:
            weight = idf[term_arr] * (delta + (tf * (k1 + 1)) / (k1 * (1 - b + b * doc_len / self.avgdl) + tf))
            constant = idf * delta
            weight -= constant[term_arr]

        self._docs = doc_arr
        self._weights = weight
        self._starts = np.searchsorted(term_arr, np.arange(len(vocab) + 1))
        self._vocab = vocab
        self._constant = constant

    def __contains__(self, term: str) -> bool:
        return term in self._vocab

    @property
    def vocabulary(self) -> dict[str, int]:
        return self._vocab

    def document_frequencies(self) -> dict[str, int]:
        """How many passages contain each term."""
        # The vocabulary's insertion order is the term ids' order.
        return dict(zip(self._vocab, np.diff(self._starts).tolist()))

    def postings(self, term: str) -> np.ndarray:
        """Sorted passage indices that contain ``term``."""
        i = self._vocab.get(term)
        if i is None:
            return np.empty(0, dtype=np.int32)
        return self._docs[self._starts[i] : self._starts[i + 1]]

    def contains(self, term: str, passage: int) -> bool:
        docs = self.postings(term)
        pos = int(np.searchsorted(docs, passage))
        return pos < len(docs) and int(docs[pos]) == passage

    def scores(self, query_terms: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        """One score per passage, equal to ``rank-bm25``'s ``get_scores``.

        ``weights`` (one per term, default 1) scale each term's contribution,
        e.g. so that a synonym added to a question counts for less than a
        word the user typed.
        """
        docs, contributions, base = self.contributions(query_terms, weights)
        if not docs:
            return np.zeros(self.size, dtype=np.float64)
        scores = np.bincount(np.concatenate(docs), np.concatenate(contributions), minlength=self.size)
        if base:
            scores += base
        return scores

    def contributions(self, query_terms: Sequence[str], weights: Sequence[float] | None = None,
                      scale: float = 1.0) -> tuple[list[np.ndarray], list[np.ndarray], float]:
        """What each query term adds: the passages it occurs in, the amount it
        adds to each (times its weight and ``scale``), and what it adds to every
        passage (BM25+'s delta); summed, they are :meth:`scores`."""
        factors = [1.0] * len(query_terms) if weights is None else list(weights)
        pairs = [(i, f * scale) for i, f in zip(map(self._vocab.get, query_terms), factors) if i is not None]
        docs = [self._docs[self._starts[i] : self._starts[i + 1]] for i, _ in pairs]
        contributions = [
            self._weights[self._starts[i] : self._starts[i + 1]] * f if f != 1.0
            else self._weights[self._starts[i] : self._starts[i + 1]]
            for i, f in pairs
        ]
        return docs, contributions, float(sum(self._constant[i] * f for i, f in pairs))

    def top(self, query_terms: Sequence[str], k: int, weights: Sequence[float] | None = None) -> list[Ranked]:
        """The ``k`` best passages (clamped to the corpus size), ties by position."""
        return best(self.scores(query_terms, weights), k)


def best(scores: np.ndarray, k: int) -> list[Ranked]:
    """The ``k`` best of one score per passage (``k`` clamped to their number), ties by position."""
    size = len(scores)
    k = max(0, min(k, size))
    if k == 0:
        return []
    if k < size:
        # Take everything scoring at least the k-th value, then order exactly.
        kth = np.partition(scores, size - k)[size - k]
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(size)
    order = np.lexsort((candidates, -scores[candidates]))[:k]
    return [Ranked(int(candidates[j]), float(scores[candidates[j]])) for j in order]


def flagged(flags: Iterable[bool]) -> np.ndarray:
    """The positions of the passages flagged true, to :func:`scale` their scores."""
    return np.flatnonzero(np.fromiter(flags, dtype=bool))


def scale(scores: np.ndarray, positions: np.ndarray, factor: float) -> None:
    """Multiply, in place, the scores at ``positions`` by ``factor``."""
    if len(positions):
        scores[positions] *= factor


def run_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Positions where a new value begins in a sorted array."""
    if not len(sorted_values):
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(np.concatenate(([True], sorted_values[1:] != sorted_values[:-1])))
