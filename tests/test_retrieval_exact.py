"""BM25Index scores equal rank-bm25's get_scores on a real French corpus.

Random queries (frequent, rare, repeated and unknown terms) over 60 CNIL FAQ
passages, for every variant and a few parameter settings; plus the top-k
contract: clamping, empty queries and ties broken by passage position.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np
import pytest

from askbot.retrieval import BM25Index, make_model

DATA = Path(__file__).parent / "data" / "cnil-sample.jsonl"
SETTINGS = [
    ("okapi", 1.2, 0.75, 1.0),
    ("okapi", 0.9, 0.4, 1.0),
    ("l", 1.2, 0.75, 0.5),
    ("l", 1.5, 0.3, 1.0),
    ("plus", 1.2, 0.75, 1.0),
    ("plus", 2.0, 1.0, 0.5),
]


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.fixture(scope="module")
def docs() -> list[list[str]]:
    with DATA.open(encoding="utf-8") as f:
        return [tokens(json.loads(line)["text"]) for line in f]


def random_queries(docs: list[list[str]], n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocabulary = sorted({t for d in docs for t in d})
    running_text = [t for d in docs for t in d]  # frequent terms drawn more often
    queries = []
    for _ in range(n):
        query = []
        for _ in range(rng.randint(1, 8)):
            pick = rng.random()
            if pick < 0.4:
                query.append(rng.choice(running_text))
            elif pick < 0.85:
                query.append(rng.choice(vocabulary))
            else:
                query.append(f"absent{rng.randint(0, 3)}")
        if rng.random() < 0.2:
            query.append(query[0])  # a repeated term counts twice, as in rank-bm25
        queries.append(query)
    return queries


@pytest.mark.parametrize("variant,k1,b,delta", SETTINGS)
def test_scores_equal_rank_bm25(docs, variant, k1, b, delta):
    index = BM25Index(docs, variant=variant, k1=k1, b=b, delta=delta)
    model = make_model(docs, variant, k1, b, delta)
    for query in random_queries(docs, 150, seed=len(variant)):
        expected = model.get_scores(query)
        np.testing.assert_allclose(index.scores(query), expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("variant", ["okapi", "l", "plus"])
def test_statistics_equal_rank_bm25(docs, variant):
    index = BM25Index(docs, variant=variant)
    model = make_model(docs, variant, 1.2, 0.75, 1.0)
    assert index.idf == model.idf
    assert index.avgdl == model.avgdl
    assert index.size == len(docs)
    assert sorted(index.vocabulary) == list(index.vocabulary) == sorted(model.idf)


def test_okapi_floor_is_exercised(docs):
    # Terms in more than half the passages get rank-bm25's epsilon floor.
    model = make_model(docs, "okapi", 1.2, 0.75, 1.0)
    assert "de" in model.idf and model.idf["de"] == pytest.approx(0.25 * model.average_idf)


def test_postings_and_membership(docs):
    index = BM25Index(docs)
    for term in ["cnil", "de", "données"]:
        expected = [i for i, d in enumerate(docs) if term in d]
        assert index.postings(term).tolist() == expected
        assert term in index
        assert all(index.contains(term, i) == (i in expected) for i in range(len(docs)))
    assert "absent" not in index
    assert index.postings("absent").size == 0
    assert not index.contains("absent", 0)


@pytest.mark.parametrize("variant", ["okapi", "l", "plus"])
def test_top_is_the_exact_ranking(docs, variant):
    index = BM25Index(docs, variant=variant)
    model = make_model(docs, variant, 1.2, 0.75, 1.0)
    for query in random_queries(docs, 50, seed=7):
        expected = model.get_scores(query)
        hits = index.top(query, 10)
        best = sorted(expected, reverse=True)[:10]
        assert [h.score for h in hits] == pytest.approx(best, rel=1e-12)
        # Equal scores (within rounding, e.g. identical passages) go by position.
        ours = index.scores(query)
        assert [h.index for h in hits] == sorted(range(len(docs)), key=lambda i: (-ours[i], i))[:10]


def test_top_clamps_k_and_breaks_ties_by_position():
    docs = [["chat"], ["chien"], ["chat"], ["oiseau"], ["chat"]]
    index = BM25Index(docs, variant="okapi")
    assert [h.index for h in index.top(["chat"], 2)] == [0, 2]
    assert [h.index for h in index.top(["chat"], 100)] == [0, 2, 4, 1, 3]
    assert index.top(["chat"], 0) == []
    assert index.top(["chat"], -3) == []
    # Nothing matches: every passage ties, so position decides.
    assert [h.index for h in index.top(["absent"], 3)] == [0, 1, 2]
    assert all(h.score == 0.0 for h in index.top([], 5))


def test_plus_adds_the_constant_of_absent_terms(docs):
    index = BM25Index(docs, variant="plus")
    model = make_model(docs, "plus", 1.2, 0.75, 1.0)
    scores = index.scores(["cnil", "cnil", "absent"])
    assert scores.min() == pytest.approx(2 * model.idf["cnil"], rel=1e-12)


def test_empty_corpus_is_refused():
    with pytest.raises(ValueError, match="empty"):
        BM25Index([])


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="variant"):
        BM25Index([["a"]], variant="bm42")


def test_document_frequencies_match_the_postings():
    from askbot.retrieval import BM25Index

    index = BM25Index([["a", "b", "a"], ["b", "c"], ["c", "c", "d"]])
    assert index.document_frequencies() == {t: len(index.postings(t)) for t in index.vocabulary}
    assert index.document_frequencies() == {"a": 1, "b": 2, "c": 2, "d": 1}
