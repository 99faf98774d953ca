"""Extra evidence fields: each scores exactly as rank-bm25 on its own token lists.

The fields are derived from one encoding of the words (stems and prefixes
through a map of the distinct words, the lead as a subset of positions), so
this checks the derivation against token lists built the obvious way.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from askbot.fields import LEAD_TERMS, PREFIX_LENGTH, build_fields
from askbot.retrieval import BM25Index, make_model
from askbot.text import Analyzer

DATA = Path(__file__).parent / "data" / "cnil-sample.jsonl"
ALL = {"surface": 1.0, "prefix": 1.0, "lead": 1.0}


@pytest.fixture(scope="module")
def words() -> list[list[str]]:
    analyzer = Analyzer()
    with DATA.open(encoding="utf-8") as f:
        return [analyzer.content_words(json.loads(line)["text"]) for line in f]


def views(words, stem, starts):
    stems = [stem(ws) for ws in words]
    return {
        "stem": stems,
        "surface": words,
        "prefix": [[w[:PREFIX_LENGTH] for w in ws] for ws in words],
        "lead": [s[i : i + LEAD_TERMS] for s, i in zip(stems, starts)],
    }


@pytest.mark.parametrize("variant", ["okapi", "l", "plus"])
@pytest.mark.parametrize("shifted", [False, True])
def test_every_field_scores_as_rank_bm25(words, variant, shifted):
    stem = Analyzer().stem_words
    starts = [i % 7 if shifted else 0 for i in range(len(words))]
    fields = build_fields(words, stem, ALL, variant, lead_from=starts if shifted else None)
    indexes = {"stem": fields.stems, **{f.name: f.index for f in fields.extra}}
    rng = random.Random(3)
    for name, docs in views(words, stem, starts).items():
        model = make_model(docs, variant, 1.2, 0.75, 1.0)
        assert indexes[name].idf == model.idf
        vocabulary = sorted({t for d in docs for t in d})
        for _ in range(40):
            query = rng.sample(vocabulary, rng.randint(1, 6)) + ["absent"]
            np.testing.assert_allclose(indexes[name].scores(query), model.get_scores(query),
                                       rtol=1e-12, atol=1e-12)


def test_the_sum_is_weighted_and_fields_of_weight_zero_are_not_built(words):
    stem = Analyzer().stem_words
    fields = build_fields(words, stem, {"surface": 0.5, "prefix": 0, "lead": 0.25})
    assert [f.name for f in fields.extra] == ["surface", "lead"]
    stems, query_words = stem(["donnees", "supprimer"]), ["donnees", "supprimer"]
    parts = fields.field_scores(stems, [1.0, 1.0], query_words)
    expected = parts["stem"] + 0.5 * parts["surface"] + 0.25 * parts["lead"]
    np.testing.assert_allclose(fields.scores(stems, [1.0, 1.0], query_words), expected, rtol=1e-12)


def test_word_counts_are_passages_per_word():
    fields = build_fields([["chat", "chat", "chien"], ["chien"], ["oiseau"]], list, {})
    assert fields.word_counts == {"chat": 1, "chien": 2, "oiseau": 1}


def test_from_ids_drops_terms_that_do_not_occur():
    index = BM25Index.from_ids(np.array([2, 0, 2]), np.array([2, 1]), ["b", "unused", "a"])
    assert list(index.vocabulary) == ["a", "b"]
    assert index.postings("a").tolist() == [0, 1] and "unused" not in index


def test_unknown_field_is_refused():
    with pytest.raises(ValueError, match="unknown fields"):
        build_fields([["a"]], list, {"title": 1.0})
