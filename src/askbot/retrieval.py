"""BM25 retrieval: ``rank-bm25`` is the model of record, numpy does the scoring.

``rank-bm25`` computes the statistics (idf, document lengths, average
length) for the configured variant. Its ``get_scores`` walks every passage in
Python for every query term, so instead we precompute, once, each term's
contribution to each passage that contains it (an inverted index of weights)
and add those up with numpy. For BM25L and BM25+ a term also gives a constant
to the passages that do *not* contain it (BM25+ does; rank-bm25's BM25L,
unlike the paper, does not); that constant is added to every
score, so the results equal ``get_scores`` within floating-point rounding.

Formulas: Robertson & Zaragoza 2009 (Okapi); Lv & Zhai 2011 (BM25L, BM25+).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

VARIANTS = {"okapi": BM25Okapi, "l": BM25L, "plus": BM25Plus}


@dataclass(frozen=True)
class Ranked:
    """One scored passage, by its position in the indexed list."""

    index: int
    score: float


def make_model(docs_terms: Sequence[Sequence[str]], variant: str, k1: float, b: float, delta: float):
    """The ``rank-bm25`` object for a variant; the reference for our scores."""
    cls = VARIANTS[variant]
    if variant == "okapi":
        return cls(docs_terms, k1=k1, b=b)
    return cls(docs_terms, k1=k1, b=b, delta=delta)


class BM25Index:
    """Scores passages for a bag of query terms, exactly as ``rank-bm25`` would."""

    def __init__(self, docs_terms: Sequence[Sequence[str]], variant: str = "plus",
                 k1: float = 1.2, b: float = 0.75, delta: float = 1.0) -> None:
        if not docs_terms:
            raise ValueError("cannot index an empty list of passages")
        model = make_model(docs_terms, variant, k1, b, delta)
        self.size = len(docs_terms)
        self.idf: dict[str, float] = dict(model.idf)
        self.avgdl = float(model.avgdl)
        lengths = np.asarray(model.doc_len, dtype=np.float64)
        norm = k1 * (1.0 - b + b * lengths / self.avgdl)

        vocab = {term: i for i, term in enumerate(sorted(self.idf))}
        doc_ids, term_ids, freqs = [], [], []
        for d, counts in enumerate(model.doc_freqs):
            doc_ids.extend([d] * len(counts))
            term_ids.extend(vocab[t] for t in counts)
            freqs.extend(counts.values())
        doc_arr = np.asarray(doc_ids, dtype=np.int32)
        term_arr = np.asarray(term_ids, dtype=np.int32)
        tf = np.asarray(freqs, dtype=np.float64)
        idf = np.asarray([self.idf[t] for t in sorted(self.idf)], dtype=np.float64)

        tf_norm = norm[doc_arr]
        if variant == "okapi":
            weight = idf[term_arr] * tf * (k1 + 1) / (tf + tf_norm)
            constant = np.zeros_like(idf)
        elif variant == "l":
            ctd = tf / (1.0 - b + b * lengths[doc_arr] / self.avgdl)
            # rank-bm25 multiplies by tf here, so absent terms add nothing.
            weight = idf[term_arr] * tf * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
            constant = np.zeros_like(idf)
        else:
            weight = idf[term_arr] * (delta + tf * (k1 + 1) / (tf_norm + tf))
            constant = idf * delta
        weight -= constant[term_arr]

        order = np.lexsort((doc_arr, term_arr))
        self._docs = doc_arr[order]
        self._weights = weight[order]
        self._starts = np.searchsorted(term_arr[order], np.arange(len(vocab) + 1))
        self._vocab = vocab
        self._constant = constant

    def __contains__(self, term: str) -> bool:
        return term in self._vocab

    @property
    def vocabulary(self) -> dict[str, int]:
        return self._vocab

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

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """One score per passage, equal to ``rank-bm25``'s ``get_scores``."""
        scores = np.zeros(self.size, dtype=np.float64)
        base = 0.0
        for term in query_terms:
            i = self._vocab.get(term)
            if i is None:
                continue
            base += self._constant[i]
            lo, hi = self._starts[i], self._starts[i + 1]
            scores[self._docs[lo:hi]] += self._weights[lo:hi]
        if base:
            scores += base
        return scores

    def top(self, query_terms: Sequence[str], k: int) -> list[Ranked]:
        """The ``k`` best passages (clamped to the corpus size), ties by position."""
        k = max(0, min(k, self.size))
        if k == 0:
            return []
        scores = self.scores(query_terms)
        if k < self.size:
            # Take everything scoring at least the k-th value, then order exactly.
            kth = np.partition(scores, self.size - k)[self.size - k]
            candidates = np.flatnonzero(scores >= kth)
        else:
            candidates = np.arange(self.size)
        order = np.lexsort((candidates, -scores[candidates]))[:k]
        return [Ranked(int(candidates[j]), float(scores[candidates[j]])) for j in order]
