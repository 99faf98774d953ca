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
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, count
from typing import Sequence

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


class BM25Index:
    """Scores passages for a bag of query terms, exactly as ``rank-bm25`` would."""

    def __init__(self, docs_terms: Sequence[Sequence[str]], variant: str = "plus",
                 k1: float = 1.2, b: float = 0.75, delta: float = 1.0) -> None:
        if not docs_terms:
            raise ValueError("cannot index an empty list of passages")
        if variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {variant!r}: expected one of {sorted(VARIANTS)}")
        size = len(docs_terms)
        self.size = size

        # Term ids in order of first occurrence, then renumbered alphabetically.
        first_ids: defaultdict[str, int] = defaultdict(count().__next__)
        lengths = np.fromiter(map(len, docs_terms), dtype=np.int64, count=size)
        total = int(lengths.sum())
        token_ids = np.fromiter(map(first_ids.__getitem__, chain.from_iterable(docs_terms)),
                                dtype=np.int64, count=total)
        first_terms = list(first_ids)
        alphabetical = sorted(range(len(first_terms)), key=first_terms.__getitem__)
        rank = np.empty(len(first_terms), dtype=np.int64)
        rank[alphabetical] = np.arange(len(first_terms))
        vocab = {first_terms[i]: j for j, i in enumerate(alphabetical)}

        # One sorted key per token: postings come out grouped by term, then passage.
        keys = np.sort(rank[token_ids] * size + np.repeat(np.arange(size, dtype=np.int64), lengths))
        del token_ids
        new_run = np.empty(len(keys), dtype=bool)
        new_run[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=new_run[1:])
        starts = np.flatnonzero(new_run)
        tf = np.diff(np.append(starts, len(keys))).astype(np.float64)
        unique_keys = keys[starts]
        del keys, new_run, starts
        term_arr = unique_keys // size
        doc_arr = (unique_keys - term_arr * size).astype(np.int32)
        del unique_keys
        df = np.bincount(term_arr, minlength=len(vocab))

        self.idf: dict[str, float] = reference_idf(
            variant, dict(zip(first_terms, df[rank].tolist())), size)
        self.avgdl = total / size
        idf = np.asarray([self.idf[t] for t in vocab], dtype=np.float64)

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
        factors = [1.0] * len(query_terms) if weights is None else list(weights)
        pairs = [(i, f) for i, f in zip(map(self._vocab.get, query_terms), factors) if i is not None]
        if not pairs:
            return np.zeros(self.size, dtype=np.float64)
        spans = [i for i, _ in pairs]
        docs = [self._docs[self._starts[i] : self._starts[i + 1]] for i in spans]
        contributions = [
            self._weights[self._starts[i] : self._starts[i + 1]] * f if f != 1.0
            else self._weights[self._starts[i] : self._starts[i + 1]]
            for i, f in pairs
        ]
        scores = np.bincount(np.concatenate(docs), np.concatenate(contributions), minlength=self.size)
        base = float(sum(self._constant[i] * f for i, f in pairs))
        if base:
            scores += base
        return scores

    def top(self, query_terms: Sequence[str], k: int, weights: Sequence[float] | None = None,
            favour: Sequence[int] = (), factor: float = 1.0) -> list[Ranked]:
        """The ``k`` best passages (clamped to the corpus size), ties by position.

        The scores of the passages in ``favour`` are multiplied by ``factor``.
        """
        k = max(0, min(k, self.size))
        if k == 0:
            return []
        scores = self.scores(query_terms, weights)
        if len(favour) and factor != 1.0:
            scores[np.asarray(favour, dtype=np.int64)] *= factor
        if k < self.size:
            # Take everything scoring at least the k-th value, then order exactly.
            kth = np.partition(scores, self.size - k)[self.size - k]
            candidates = np.flatnonzero(scores >= kth)
        else:
            candidates = np.arange(self.size)
        order = np.lexsort((candidates, -scores[candidates]))[:k]
        return [Ranked(int(candidates[j]), float(scores[candidates[j]])) for j in order]
