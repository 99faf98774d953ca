"""The engine: one object that front ends ask questions to.

It owns the searchable state built from a corpus (:class:`Knowledge`), turns
a message into a :class:`~askbot.answer.Reply`, and hands out
:class:`Conversation` objects that keep the recent turns so that follow-up
questions ("Et quand a-t-il été créé ?") are understood in context.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from . import priors, wording
from .answer import Composer, Hit, Reply
from .cache import Loaded, cache_path_for, corpus_signature, load_or_build
from .config import Config
from .corpus import Corpus, load_corpus, load_synonyms
from .errors import AskbotError, CorpusError
from .intake import classify, split_preamble
from .query import Query, QueryParser
from .required import person_named, question_type
from .indexing import analyse
from .fields import Fields, build_fields_from_ids
from .retrieval import BM25Index, best
from .text import Analyzer, clean, fold

log = logging.getLogger(__name__)

CANDIDATES = 10  # passages kept per question for "/suivant" and the margin test


@dataclass(frozen=True)
class Knowledge:
    """Everything derived from the corpus that answering needs."""

    corpus: Corpus  # documents keep their metadata; their text lives in the passages
    fields: Fields  # the stem index, the extra evidence fields, the passages of each folded word
    kinds: dict[str, Sequence[int]]  # passages of each kind of answer (yes/no, duration…), see priors
    doc_starts: dict[str, int]  # each document's first passage

    @property
    def index(self) -> BM25Index:
        """The stem index: the BM25 model of record."""
        return self.fields.stems


def build_knowledge(corpus: Corpus, config: Config, analyzer: Analyzer,
                    progress: Callable[[int, int], None] | None = None) -> Knowledge:
    """Analyse every passage once and build the BM25 fields; ``progress(done, total)`` is told as it goes."""
    analysed = analyse(corpus, config, analyzer, progress)
    if not len(analysed.word_ids):
        raise CorpusError("empty", path=corpus.directory)
    r = config.retrieval
    weights = {"surface": r.surface_weight, "prefix": r.prefix_weight, "lead": r.lead_weight}
    fields = build_fields_from_ids(analysed.word_ids, analysed.lengths, analysed.words, analyzer.stem_words,
                                   weights, r.variant, r.k1, r.b, r.delta, analysed.text_starts)
    doc_starts: dict[str, int] = {}
    for n, doc in enumerate(corpus.passages.docs()):
        doc_starts.setdefault(doc, n)
    documents = tuple(replace(d, text="") for d in corpus.documents)
    return Knowledge(replace(corpus, documents=documents), fields, analysed.kinds, doc_starts)


def index_settings(config: Config) -> dict:
    """What the knowledge depends on besides the corpus files and askbot's code
    (which the cache hashes, see :func:`askbot.cache.code_version`): a cache key."""
    retrieval = {k: v for k, v in asdict(config.retrieval).items() if k != "top_k"}
    return {"analysis": asdict(config.analysis), "retrieval": retrieval,
            "max_passage_chars": config.corpus.max_passage_chars}


def topics_of(titles: list[str]) -> list[str]:
    """Document titles less a prefix most of them share
    ("Ai Movement — Direction et gouvernance" → "Direction et gouvernance")."""
    heads = {t.split(" — ", 1)[0] for t in titles if " — " in t}
    if len(heads) == 1 and sum(" — " in t for t in titles) > len(titles) / 2:
        head = heads.pop() + " — "
        titles = [t[len(head):] if t.startswith(head) else t for t in titles]
    return titles


def watched_files(config: Config, directory: Path) -> tuple[Path, ...]:
    """Files besides the documents whose changes the engine must notice."""
    return (directory / config.corpus.synonyms,)


def open_knowledge(config: Config, directory: Path, analyzer: Analyzer,
                   progress: Callable[[int, int], None] | None = None, force: bool = False) -> Loaded:
    """The knowledge of a corpus folder: from the index cache when current, else built and cached."""

    def build() -> Knowledge:
        corpus = load_corpus(directory, config.corpus.max_passage_chars)
        return build_knowledge(corpus, config, analyzer, progress)

    loaded = load_or_build(cache_path_for(config, directory), directory, index_settings(config), build,
                           Knowledge, watch=watched_files(config, directory), force=force)
    knowledge = loaded.state
    if knowledge.corpus.directory != directory:  # the cache may hold another spelling of the path
        knowledge = replace(knowledge, corpus=replace(knowledge.corpus, directory=directory))
    return replace(loaded, state=knowledge)


class Engine:
    """Answers French questions from one corpus."""

    def __init__(self, knowledge: Knowledge, config: Config, analyzer: Analyzer) -> None:
        self.config = config
        self.analyzer = analyzer
        self.loaded: Loaded | None = None  # set when the knowledge came from the corpus folder
        self._use(knowledge)

    @classmethod
    def from_config(cls, config: Config, corpus_dir: Path | None = None,
                    progress: Callable[[int, int], None] | None = None) -> "Engine":
        directory = corpus_dir if corpus_dir is not None else config.corpus_dir
        analyzer = Analyzer(config.analysis.stemmer)
        loaded = open_knowledge(config, directory, analyzer, progress)
        engine = cls(loaded.state, config, analyzer)
        engine.loaded = loaded
        return engine

    def reload_if_changed(self) -> bool:
        """Take in corpus changes made since loading (``askbot add``, edits by hand).

        A stat of the corpus files when nothing changed; when they did, the
        knowledge is reloaded (through the index cache). A corpus that cannot
        be loaded right now (a file being edited) keeps the previous knowledge.
        """
        if self.loaded is None:
            return False
        directory = self.corpus.directory
        signature = corpus_signature(directory, watched_files(self.config, directory))
        if signature == self.loaded.signature:
            return False
        try:
            loaded = open_knowledge(self.config, directory, self.analyzer)
        except AskbotError as exc:
            log.warning("corpus changed but cannot be loaded; keeping the previous one: %s", exc)
            self.loaded = replace(self.loaded, signature=signature)
            return False
        # The synonyms file (last in the signature) shapes the query parser, not the index.
        changed = (loaded.fingerprint != self.loaded.fingerprint
                   or loaded.signature.entries[-1] != self.loaded.signature.entries[-1])
        if changed:
            self._use(loaded.state)
            log.info("corpus reloaded: %d documents, %d passages",
                     len(self.corpus.documents), len(self.corpus.passages))
        self.loaded = replace(loaded, state=self.knowledge)
        return changed

    def _use(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        synonyms = load_synonyms(knowledge.corpus.directory / self.config.corpus.synonyms)
        index = knowledge.index
        doc_freqs = index.document_frequencies()
        self.parser = QueryParser(self.analyzer, doc_freqs, index.size, Counter(knowledge.fields.word_counts),
                                  synonyms, self.config.analysis.fuzzy)
        self._topics = topics_of([d.title for d in knowledge.corpus.documents])
        starts = knowledge.doc_starts
        self.composer = Composer(self.analyzer, knowledge.index, self.config.answer,
                                 lambda passage: passage.index - starts.get(passage.doc, passage.index))

    @property
    def corpus(self) -> Corpus:
        return self.knowledge.corpus

    def document_titles(self) -> list[tuple[str, str]]:
        return [(d.path, d.title) for d in self.corpus.documents]

    def topics(self) -> list[str]:
        """What the corpus covers, for refusals (computed once per corpus, in ``_use``)."""
        return self._topics

    def query_words(self, query: Query) -> list[str]:
        """The question's folded words, for the surface and prefix fields.

        They are neither corrected nor expanded, and count alike: these
        fields reward the exact forms typed, while the stem field already
        discounts everyday words.
        """
        return list(query.words) if self.knowledge.fields.extra else []

    def search(self, query: Query, k: int) -> list[Hit]:
        """The ``k`` best passages for a question.

        Scores are the stem field's plus the weighted extra fields'
        (:class:`~askbot.fields.Fields`), times the answer-type priors
        (:mod:`askbot.priors`): a closed question favours passages that
        answer "Oui" or "Non", "combien de temps" durations, "comment
        faire" steps, "c'est quoi" definitions.
        """
        passages = self.corpus.passages
        scores = self.knowledge.fields.scores(query.scored_terms, query.weights, self.query_words(query))
        ranked = best(priors.apply(scores, self.knowledge.kinds, query.text), k)
        return [Hit(passages[r.index], r.score) for r in ranked]

    def respond(self, question: str, top_k: int | None = None, context: str = "") -> tuple[Reply, Query | None]:
        """Reply to one message; ``context`` is an earlier question to resolve a follow-up.

        The reply carries up to :data:`CANDIDATES` hits; callers trim to ``top_k``.
        """
        top_k = top_k or self.config.retrieval.top_k
        intake = classify(question)
        if intake.kind != "question":
            return Reply(question, intake.kind, intake.text), None
        # "Nous sommes une PME à Casablanca. Proposez-vous des formations ?": the
        # question is the last sentence; the one before steers it like an earlier turn.
        asked, preamble = split_preamble(question)
        query = self.parser.parse(asked, " ".join(filter(None, (context, preamble))))
        if query.is_empty:
            # Only question words and framing ("vous faites quoi exactement ?"): French, but about nothing.
            return Reply(question, "invalid", wording.TOO_VAGUE + wording.examples_text()), query
        hits = self.search(query, max(top_k, CANDIDATES))
        return self.composer.compose(query, hits, self.topics()), query

    def ask(self, question: str, top_k: int | None = None) -> Reply:
        """A one-off question, with no conversation context."""
        self.reload_if_changed()
        return _trim(self.respond(question, top_k)[0], top_k or self.config.retrieval.top_k)

    def conversation(self, top_k: int | None = None) -> "Conversation":
        return Conversation(self, top_k)


def _trim(reply: Reply, top_k: int) -> Reply:
    return replace(reply, hits=reply.hits[:top_k])


_ANAPHORA = re.compile(
    r"^\s*(et|mais|puis|aussi)\b|\b(il|elle|ils|elles|lui|leur|leurs|son|sa|ses|celui|celle|ceux|"
    r"cette|cet|ces|ce programme|ce centre|y|en|premier|premiere|deuxieme|second|seconde|"
    r"troisieme|dernier|derniere|autre|autres)\b|-t-(il|elle)\b"
    r"|^\s*c'est (pour|a|en|dans|ou|quand|combien)\b",  # "c'est pour quel âge ?": "it" is the last topic
    re.IGNORECASE)


# Pronouns that point at nothing: an impersonal "il" ("quel temps fait-il", "il
# faut", "y a-t-il") and the "en" of "en ce moment".
_NO_REFERENT = re.compile(r"\btemps fait-il\b|\b(?:faut|pleut|agit)-il\b|\by a-t-il\b"
                          r"|\bil (?:y a|faut|pleut|s'agit)\b|\ben ce moment\b")


# "À quoi sert la coupole ?", "c'est quoi AWITAI ?": one content word, but the
# question names what it is about.
_WHAT_IS = re.compile(r"\b(?:sert|servent)\b.*\bquoi\b|\bquoi\b.*\b(?:sert|servent)\b")


def looks_elliptic(question: str, query: Query | None) -> bool:
    """A follow-up that leans on the previous turn: pronouns, "et …", or one
    content word ("combien de pays ?") unless the question asks what that is."""
    text = _NO_REFERENT.sub(" ", fold(clean(question)))
    if _ANAPHORA.search(text) or query is None:
        return True
    return len(set(query.terms)) <= 1 and not (priors.asks_for("definition", question) or _WHAT_IS.search(text))


class Conversation:
    """Recent turns of one user, so that follow-ups are resolved in context."""

    def __init__(self, engine: Engine, top_k: int | None = None) -> None:
        self.engine = engine
        self.top_k = top_k
        self.topic = ""  # the last answered question (with the one it leaned on, if any)
        self._previous = ""
        self.last: Reply | None = None
        self._last_query: Query | None = None
        self._candidates: tuple[Hit, ...] = ()
        self._shown: set[int] = set()
        self._knowledge = engine.knowledge  # what the candidates were found in

    def ask(self, question: str) -> Reply:
        engine = self.engine
        engine.reload_if_changed()
        reply, query = engine.respond(question, self.top_k)
        leaned = False
        # Read the question again with the previous one's words (at a lower
        # weight) when it leans on the previous turn, or is answered alone (the
        # topic may cover it at least as well). A self-contained question that
        # fails alone ("Quel temps fait-il à Rabat ?" after the camp in Rabat)
        # is not rescued by the topic, so it is not read again.
        elliptic = query is not None and looks_elliptic(question, query)
        if query is not None and self.topic and (elliptic or reply.answered):
            with_context, ctx_query = engine.respond(question, self.top_k, context=self.topic)
            if with_context.answered and (elliptic or with_context.coverage > reply.coverage
                                          or self._strays(reply, query, with_context, ctx_query)):
                reply, query, leaned = with_context, ctx_query, True
        if query is not None and not query.is_empty:
            self._last_query, self._candidates = query, reply.hits
            self._knowledge = engine.knowledge
            self._shown = {reply.source.index} if reply.source else set()
            if reply.answered:
                # Keep the last question and, for a follow-up, the one it leaned on;
                # after "C'est qui la fondatrice ?", the person the answer named too:
                # the "elle" of "elle a fait ses études où ?", whom no question named.
                named = person_named(" ".join(reply.sentences)) if question_type(question)[0] == "person" else None
                self.topic = " ".join(filter(None, (self._previous if leaned else None, question, named)))
                self._previous = question
        reply = _trim(reply, self._top_k)
        if query is not None:
            self.last = reply
        return reply

    def _strays(self, alone: Reply, query: Query, with_context: Reply, ctx_query: Query) -> bool:
        """Whether the answer to a question read alone leaves the edition or year
        the conversation is about: "venues de combien de pays ?" after "la
        deuxième cohorte" quoting the first cohort's "venues de 11 pays"."""
        composer = self.engine.composer
        carried = tuple(t for t in composer.binding_pins(ctx_query, list(with_context.hits)) if t not in query.pinned)
        return alone.source is not None and not composer.evidence.names_pins(alone.source, carried)

    @property
    def _top_k(self) -> int:
        return self.top_k or self.engine.config.retrieval.top_k

    def full_passage(self) -> str | None:
        """The whole passage behind the last answer, with its source."""
        if self.last is None or self.last.source is None:
            return None
        p = self.last.source
        heading = f" — {p.heading}" if p.heading else ""
        return f"{wording.PASSAGE_HEADER}{heading} :\n\n{p.text}\n\n{wording.source_line(p.title, p.url)}"

    def next_candidate(self) -> Reply:
        """The next-best passage for the last question, as an answer."""
        if self._last_query is None:
            return Reply("", "invalid", wording.NO_PASSAGE)
        if self.engine.knowledge is not self._knowledge:
            # The corpus was reloaded (by this conversation or another one on
            # the same engine): the candidates point into the old passages.
            self._candidates, self._shown = (), set()
        for hit in self._candidates:
            if hit.passage.index not in self._shown and hit.score > 0:
                self._shown.add(hit.passage.index)
                reply = self.engine.composer.answer_from(
                    self._last_query, list(self._candidates[: self._top_k]), hit.passage, 0.0)
                self.last = reply
                return reply
        return Reply(self._last_query.text, "refusal", wording.NO_MORE)
