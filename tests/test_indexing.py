"""Corpus analysis for indexing: the same index whether analysed here or in worker processes."""

import threading

import numpy as np
import pytest

from askbot import indexing
from askbot.config import load_config
from askbot.corpus import load_corpus
from askbot.engine import build_knowledge
from askbot.text import Analyzer
from conftest import SHIPPED_CONFIG


def _index_state(index):
    return index._docs, index._weights, index._starts, index._constant, index._vocab, index.idf


def _same(a, b) -> bool:
    return all(np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y for x, y in zip(a, b))


@pytest.mark.skipif(not indexing._can_fork(), reason="needs fork and two cores")
def test_workers_build_the_same_knowledge_as_one_process(shipped_corpus, monkeypatch):
    config = load_config(SHIPPED_CONFIG)
    corpus = load_corpus(shipped_corpus, config.corpus.max_passage_chars)
    alone = build_knowledge(corpus, config, Analyzer())
    monkeypatch.setattr(indexing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(indexing, "CHUNK", 7)  # many chunks, merged in order
    told = []
    shared = build_knowledge(corpus, config, Analyzer(), lambda done, total: told.append((done, total)))
    assert _same(_index_state(alone.fields.stems), _index_state(shared.fields.stems))
    assert len(alone.fields.extra) == len(shared.fields.extra) == 3
    for one, other in zip(alone.fields.extra, shared.fields.extra):
        assert _same(_index_state(one.index), _index_state(other.index))
    assert alone.fields.word_counts == shared.fields.word_counts
    assert alone.kinds.keys() == shared.kinds.keys()
    assert all(np.array_equal(alone.kinds[k], shared.kinds[k]) for k in alone.kinds)
    assert alone.doc_starts == shared.doc_starts
    total = len(corpus.passages)
    assert told[0] == (7, total)  # a chunk done by a worker (in this process: every 64 passages from 0)
    assert told[-1] == (total, total) and all(done <= total for done, _ in told)


def test_no_worker_processes_while_other_threads_run():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not indexing._can_fork()
    finally:
        stop.set()
        thread.join()
