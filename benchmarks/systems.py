"""The systems the benchmark compares: each builds an index and returns a search function.

A system is called with the passage texts and returns ``search(question, k)``
giving passage positions, best first. Its ``prepare`` imports the libraries
(outside the measured time and memory) and ``available`` says whether they
are installed.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from typing import Callable

import numpy as np

Search = Callable[[str, int], list[int]]


class System:
    modules: tuple[str, ...] = ()
    slow = False  # timed on a capped number of questions at scale

    def available(self) -> bool:
        return all(importlib.util.find_spec(m) is not None for m in self.modules)

    def prepare(self) -> None:
        for m in self.modules:
            importlib.import_module(m)

    def __call__(self, texts: list[str]) -> Search:
        raise NotImplementedError


def top_k(scores: np.ndarray, k: int) -> list[int]:
    """Best first, ties by position (the same rule for every system)."""
    k = min(k, len(scores))
    candidates = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    kth = scores[candidates].min()
    candidates = np.flatnonzero(scores >= kth)
    return candidates[np.lexsort((candidates, -scores[candidates]))][:k].tolist()


class RankBM25Split(System):
    """rank-bm25 BM25Okapi on ``str.split`` tokens: the common default (e.g. LangChain)."""

    modules = ("rank_bm25",)
    slow = True

    def __call__(self, texts):
        from rank_bm25 import BM25Okapi

        model = BM25Okapi([t.split() for t in texts])
        return lambda q, k: top_k(model.get_scores(q.split()), k)


class BM25S(System):
    """bm25s (Lucene BM25) with its French stop words and the PyStemmer French stemmer."""

    modules = ("bm25s", "Stemmer")

    def __call__(self, texts):
        import bm25s
        import Stemmer
        from bm25s.tokenization import Tokenizer

        tokenizer = Tokenizer(stopwords="fr", stemmer=Stemmer.Stemmer("french").stemWord)
        retriever = bm25s.BM25()
        retriever.index(tokenizer.tokenize(texts, return_as="tuple", show_progress=False),
                        show_progress=False)

        def search(q: str, k: int) -> list[int]:
            ids = tokenizer.tokenize([q], update_vocab=False, return_as="ids", show_progress=False)
            docs, _ = retriever.retrieve(ids, k=k, show_progress=False)
            return docs[0].tolist()

        return search


_TANTIVY_SYNTAX = re.compile(r"[+\-&|!(){}\[\]^\"~*?:\\/'<>=]")


class Tantivy(System):
    """tantivy (Lucene-like engine in Rust) with its ``fr_stem`` tokenizer, default writer."""

    modules = ("tantivy",)

    def __call__(self, texts):
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("text", tokenizer_name="fr_stem")
        builder.add_integer_field("pos", stored=True, indexed=False)
        index = tantivy.Index(builder.build())  # in memory
        writer = index.writer()
        for i, text in enumerate(texts):
            writer.add_document(tantivy.Document(text=text, pos=i))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        searcher = index.searcher()

        def search(q: str, k: int) -> list[int]:
            # Query syntax characters (":" in "Facebook : ...") are not words here.
            query, _errors = index.parse_query_lenient(_TANTIVY_SYNTAX.sub(" ", q), ["text"])
            hits = searcher.search(query, k).hits
            return [searcher.doc(addr)["pos"][0] for _, addr in hits]

        return search


class Askbot(System):
    """askbot's own pipeline: the engine's index build, question parsing and search."""

    modules = ("askbot", "rank_bm25", "Stemmer", "rapidfuzz")

    def __init__(self, **overrides) -> None:
        self.overrides = overrides  # e.g. retrieval={"k1": 1.0}

    def config(self):
        from dataclasses import replace

        from askbot.config import Config

        config = Config()
        for section, values in self.overrides.items():
            config = replace(config, **{section: replace(getattr(config, section), **values)})
        return config

    def __call__(self, texts):
        import tempfile

        from askbot.corpus import Corpus, Passage, Passages
        from askbot.engine import Engine, build_knowledge
        from askbot.text import Analyzer

        config = self.config()
        analyzer = Analyzer(config.analysis.stemmer)
        passages = tuple(Passage(i, str(i), "", "", t, None) for i, t in enumerate(texts))
        # An empty corpus directory: no synonyms file, so no synonym expansion.
        corpus = Corpus(Path(tempfile.gettempdir()) / "askbot-bench-no-corpus", (), Passages(passages))
        engine = Engine(build_knowledge(corpus, config, analyzer), config, analyzer)
        return lambda q, k: [h.passage.index for h in engine.search(engine.parser.parse(q), k)]


SYSTEMS: dict[str, System] = {
    "askbot": Askbot(),
    "askbot +fields": Askbot(retrieval={"surface_weight": 0.5, "prefix_weight": 0.5, "lead_weight": 0.5}),
    "rank-bm25 str.split": RankBM25Split(),
    "bm25s fr": BM25S(),
    "tantivy fr_stem": Tantivy(),
}
