"""Analysing a corpus for indexing: every passage's content words, once.

Owns the step from passages to encoded words (:class:`Analysed`), which
:func:`askbot.fields.build_fields_from_ids` turns into BM25 fields, and
the passages' answer kinds (:mod:`askbot.priors`). Analysis is most of the
indexing time, so a large corpus is analysed in chunks on every core
(forked worker processes); a small one, or one being indexed where forking
is not safe (no ``fork``, other threads running), in this process.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from dataclasses import dataclass
from itertools import count
from typing import Callable

import numpy as np

from . import priors
from .config import Config
from .corpus import Corpus, Passage, asked_of
from .framing import question_words
from .retrieval import encode
from .text import Analyzer

CHUNK = 8192  # passages a worker analyses at a time
PARALLEL_FROM = 20_000  # passages from which the analysis is shared between processes


@dataclass(frozen=True)
class Analysed:
    """A corpus's passages as content words, encoded, and what else indexing needs."""

    word_ids: np.ndarray  # every passage's words, one after the other
    lengths: np.ndarray  # words per passage
    words: list[str]  # the word of each id
    text_starts: list[int]  # per passage, where its own text starts among its words
    kinds: dict[str, np.ndarray]  # passages of each kind of answer, see priors


def passage_words(passage: Passage, text: str, config: Config, analyzer: Analyzer,
                  heads: dict, asked: tuple[str, ...] = ()) -> tuple[list[str], int]:
    """The content words indexed for a passage of the given text — the document
    title, the section heading and the words of the questions ``asked`` of it
    (see :func:`askbot.frontmatter.document_questions`) count for matching — and
    where the passage's own text starts among them. ``heads`` memoises the words before it."""
    r = config.retrieval
    key = (passage.title, passage.heading, asked)
    if key not in heads:
        parts = [passage.title] * r.title_weight + [passage.heading] * r.heading_weight
        # The questions' words count once each: six questions naming the
        # president would otherwise outrank the section that says who she is.
        heads[key] = (analyzer.content_words("\n".join(p for p in parts if p))
                      + list(dict.fromkeys(w for q in asked for w in question_words(analyzer, q))))
    head = heads[key]
    return head + analyzer.content_words(text), len(head)


# What the forked workers analyse (with each document's questions by path):
# set just before forking, inherited by them.
_JOB: tuple[Corpus, Config, Analyzer, dict] | None = None


def _analyse_range(span: tuple[int, int], progress: Callable[[int], None] | None = None) -> tuple:
    """Passages ``span[0]`` to ``span[1]`` of the job: encoded words, lengths,
    words, text starts and answer kinds (positions within the span)."""
    corpus, config, analyzer, questions = _JOB
    passages = corpus.passages
    docs_words, starts, texts, heads = [], [], [], {}
    for n in range(*span):
        if progress is not None and n % 64 == 0:
            progress(n)
        passage = passages[n]
        text = passage.text  # decoded from the passages' blob once
        asked = asked_of(passage, questions[passage.doc]) if passage.doc in questions else ()
        words, start = passage_words(passage, text, config, analyzer, heads, asked)
        docs_words.append(words)
        starts.append(start)
        texts.append(text)
    word_ids, lengths, words = encode(docs_words)
    return word_ids, lengths, words, starts, priors.passage_kinds(texts)


def _can_fork() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def analyse(corpus: Corpus, config: Config, analyzer: Analyzer,
            progress: Callable[[int, int], None] | None = None) -> Analysed:
    """Every passage of ``corpus`` analysed; ``progress(done, total)`` is told as it goes."""
    global _JOB
    total = len(corpus.passages)
    spans = [(start, min(start + CHUNK, total)) for start in range(0, total, CHUNK)]
    _JOB = (corpus, config, analyzer, {d.path: d.questions for d in corpus.documents if d.questions})
    try:
        if total >= PARALLEL_FROM and _can_fork():
            # Imported here: 20 ms that answering from the cache never needs.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(os.cpu_count(), mp_context=multiprocessing.get_context("fork")) as pool:
                parts = []
                for part in pool.map(_analyse_range, spans):
                    parts.append(part)
                    if progress is not None:
                        progress(min(len(parts) * CHUNK, total), total)
        else:
            tell = None if progress is None else (lambda n: progress(n, total))
            parts = [_analyse_range(span, tell) for span in spans]
    finally:
        _JOB = None
    if progress is not None:
        progress(total, total)
    return _merge(parts, [start for start, _ in spans])


def _merge(parts: list[tuple], offsets: list[int]) -> Analysed:
    """One encoding of the chunks' words (ids in order of first occurrence)."""
    ids: defaultdict[str, int] = defaultdict(count().__next__)
    word_ids, lengths, starts, kinds = [], [], [], defaultdict(list)
    for (local_ids, local_lengths, local_words, local_starts, local_kinds), offset in zip(parts, offsets):
        mapping = np.fromiter(map(ids.__getitem__, local_words), dtype=np.int64, count=len(local_words))
        word_ids.append(mapping[local_ids])
        lengths.append(local_lengths)
        starts += local_starts
        for kind, positions in local_kinds.items():
            kinds[kind].append(np.asarray(positions) + offset)
    return Analysed(
        np.concatenate(word_ids) if word_ids else np.empty(0, dtype=np.int64),
        np.concatenate(lengths) if lengths else np.empty(0, dtype=np.int64),
        list(ids), starts,
        {kind: np.concatenate(chunks) for kind, chunks in kinds.items()},
    )
