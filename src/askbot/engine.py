"""The engine: one object that front ends ask questions to.

It owns the searchable state built from a corpus (:class:`Knowledge`), turns
a message into a :class:`~askbot.answer.Reply`, and hands out conversations
(:class:`askbot.conversation.Conversation`) that keep the recent turns so
that follow-up questions ("Et quand a-t-il été créé ?") are understood in
context.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from . import priors, wording
from .anaphora import looks_elliptic
from .answer import Composer, Hit, Reply
from .cache import Loaded, cache_path_for, corpus_signature, load_or_build
from .config import Config
from .corpus import Corpus, load_corpus, load_synonyms
from .errors import AskbotError, CorpusError
from .intake import classify, instead_of_a_refusal, split_preamble
from .fields import Fields, build_fields_from_ids
from .indexing import analyse
from .query import Query, QueryParser
from .required import age_asked
from .retrieval import BM25Index, best
from .text import Analyzer, folded

if TYPE_CHECKING:
    from .conversation import Conversation

log = logging.getLogger(__name__)

# A year the question asks about: "en 2025", "pour 2024", "l'année 2023" (not "le communiqué
# de 2023", which names a text, nor "fin 2022", a version read somewhere).
_YEAR_ASKED = re.compile(r"\b(?:en|pour|au cours de|durant|pendant|l'année|l’année)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "Quels sont vos documents ?", "Sur quoi vous basez-vous ?", "vos sources ?": the documents.
_ASKS_DOCUMENTS = re.compile(r"^\W*(?:quels? sont vos (?:documents|sources)|quelles sont vos sources"
                             r"|sur quoi (?:vous basez[- ]vous|vous appuyez[- ]vous|vous vous basez|te bases[- ]tu)"
                             r"|(?:vos|tes|les) (?:documents|sources)|sources?|/sources?"
                             # "D'où viennent tes informations ?"
                             r"|d'ou (?:viennent|proviennent|sortent) (?:tes|vos) (?:informations|infos|donnees|sources"
                             r"|connaissances))\W*$", re.IGNORECASE)
# "Tes données datent de quand ?", "vos documents sont à jour ?": how recent the documents are.
_ASKS_DATES = re.compile(r"^\W*(?:(?:tes|vos) (?:informations|infos|donnees|documents|sources|connaissances) "
                         r"(?:datent de quand|sont(?: bien)? a jour|sont(?:-elles|-ils)? recentes?)"
                         r"|de quand datent (?:tes|vos) (?:informations|infos|donnees|documents|sources|connaissances)"
                         r"|(?:tes|vos) (?:informations|infos|donnees|documents) (?:s'arretent|vont jusqu'a) quand)\W*$",
                         re.IGNORECASE)
_COMMAND = re.compile(r"^/(\w+)")
# "C'est quoi exactement ?", "qu'est-ce que c'est ?": what the thing pointed at is.
_WHAT_IT_IS = re.compile(r"\bc'est\s+quoi\b|\bqu'est-ce\s+que\s+c'est\b")
# "J'ai entendu parler du forum de Benguerir. Pouvez-vous m'en dire plus ?": about what the
# sentence before says.
_TELLS_MORE = re.compile(r"\b(?:m'en|nous en|en)\s+(?:dire|raconter|apprendre)\s+(?:un\s+peu\s+)?plus\b"
                         r"|\ben\s+savoir\s+plus\b|\b(?:m'en|nous en)\s+parler\b|\bparlez-(?:m|nous)-en\b")
_LAST_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# (Whoever told the asker: "Une amie m'a parlé d'AI Master Junior", "mon fils nous a parlé du dôme".)
_HEARD_OF = re.compile(r"(?:j'ai|j’ai|nous avons|(?:[^\W\d_]+\s+){0,3}(?:m'a|m’a|nous a|m'ont|m’ont|nous ont))\s+"
                       r"(?:beaucoup\s+)?(?:entendu\s+parler|lu|parlé)\s+(?=d['’]|de\b|du\b|des\b)", re.IGNORECASE)
WRITTEN_NAME = re.compile(r"\b[A-Z][\w&-]*[A-Z0-9][\w&-]*\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")  # "AWITAI", "Ai Movement"
CANDIDATES = 10  # passages kept per question for "/suivant" and the margin test
_SHOWN = re.compile(r"\b(?:ce|cet|cette|ces)\s+([^\W\d_]+)", re.IGNORECASE)  # "ce centre", "cette université"
# "Une candidate indique un « master exécutif Ai Movement » sur son CV. Ce type de diplôme existe-t-il
# chez vous ?": the kind pointed at is what the preamble quotes.
_KIND_SHOWN = re.compile(r"\b(?:ce|cette)\s+(?:type|genre|sorte)\s+d(?:e\s+|['’])\s*[^\W\d_]+", re.IGNORECASE)
_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|\"([^\"]+)\"")


def _points_as_preamble_does(asked: str, preamble: str) -> bool:
    """Whether a question points only at what its preamble points at too, without naming it
    ("J'ai entendu parler de ce centre à la radio. À quoi sert ce centre ?"): the question
    then stands alone (it is about what the corpus is about)."""
    shown = {noun.lower() for noun in _SHOWN.findall(asked)}
    return bool(shown) and shown <= {noun.lower() for noun in _SHOWN.findall(preamble)}


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


def subject_of(titles: list[str]) -> str:
    """What the corpus is about: the prefix most document titles share ("Ai Movement"
    of "Ai Movement — Direction et gouvernance"), else ''."""
    heads = {t.split(" — ", 1)[0] for t in titles if " — " in t}
    if len(heads) == 1 and sum(" — " in t for t in titles) > len(titles) / 2:
        return heads.pop()
    return ""


def topics_of(titles: list[str]) -> list[str]:
    """Document titles less the prefix most of them share
    ("Ai Movement — Direction et gouvernance" → "Direction et gouvernance")."""
    head = subject_of(titles)
    if head:
        titles = [t[len(head) + 3:] if t.startswith(head + " — ") else t for t in titles]
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
        titles = [d.title for d in knowledge.corpus.documents]
        subject = subject_of(titles)
        self.parser = QueryParser(self.analyzer, doc_freqs, index.size, Counter(knowledge.fields.word_counts),
                                  synonyms, self.config.analysis.fuzzy, subject)
        self._topics = topics_of(titles)
        starts = knowledge.doc_starts
        self.composer = Composer(self.analyzer, knowledge.index, self.config.answer,
                                 lambda passage: passage.index - starts.get(passage.doc, passage.index),
                                 knowledge.corpus.passages, subject)

    @property
    def corpus(self) -> Corpus:
        return self.knowledge.corpus

    def document_titles(self) -> list[tuple[str, str]]:
        return [(d.path, d.title) for d in self.corpus.documents]

    def document_dates(self) -> list[tuple[str, object, bool]]:
        """Each dated document's title, date and whether that date is its last update
        (front matter ``updated``) or its own (``date``)."""
        return [(d.title, d.meta.get("updated") or d.meta.get("date"), "updated" in d.meta)
                for d in self.corpus.documents if d.meta.get("updated") or d.meta.get("date")]

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

    def _weights(self, query: Query) -> tuple[float, ...]:
        """The query's term weights, the alternatives of an "X ou Y ?" question brought
        to the rarer one's idf times the other's: "à Rabat ou à Benguerir ?" asks which,
        and the rarer name must not pull in whatever passage says it."""
        weights = list(query.weights)
        idf = self.knowledge.index.idf
        for pair in query.either:
            known = [idf[t] for t in pair if idf.get(t, 0) > 0]
            if len(known) == 2:
                for i, term in enumerate(query.scored_terms):
                    if term in pair:
                        weights[i] *= min(known) / idf[term]
        return tuple(weights)

    def search(self, query: Query, k: int) -> list[Hit]:
        """The ``k`` best passages for a question.

        Scores are the stem field's plus the weighted extra fields'
        (:class:`~askbot.fields.Fields`), times the answer-type priors
        (:mod:`askbot.priors`): a closed question favours passages that
        answer "Oui" or "Non", "combien de temps" durations, "comment
        faire" steps, "c'est quoi" definitions.
        """
        passages = self.corpus.passages
        scores = self.knowledge.fields.scores(query.scored_terms, self._weights(query), self.query_words(query))
        ranked = best(priors.apply(scores, self.knowledge.kinds, query.text), k)
        return [Hit(passages[r.index], r.score) for r in ranked]

    def respond(self, question: str, top_k: int | None = None, context: str = "") -> tuple[Reply, Query | None]:
        """Reply to one message; ``context`` is an earlier question to resolve a follow-up.

        The reply carries up to :data:`CANDIDATES` hits; callers trim to ``top_k``.
        """
        top_k = top_k or self.config.retrieval.top_k
        if _ASKS_DOCUMENTS.match(folded(question)):
            # "/sources" is what a refusal suggests typing; the chat and Telegram run it as a command
            # before it gets here, "askbot ask" and "chat --json" send it as a message. "Quels sont
            # vos documents ?" asks the same. (After an answer, the conversation names its source.)
            return Reply(question, "smalltalk", wording.sources_text(self.document_titles())), None
        if _ASKS_DATES.match(folded(question)):
            return Reply(question, "smalltalk", wording.documents_dates(self.document_dates())), None
        command = _COMMAND.match(question.strip())
        if command:
            # Any other command sent as a message ("/start", "/quitter" in "chat --json") is not
            # searched: its words would find some passage.
            return Reply(question, "invalid", wording.command_reply(command.group(1).lower())), None
        intake = classify(question)
        if intake.kind != "question":
            return Reply(question, intake.kind, intake.text), None
        # "Nous sommes une PME à Casablanca. Proposez-vous des formations ?": the
        # question is the last sentence; the one before steers it like an earlier turn.
        asked, preamble = split_preamble(question)
        if preamble:
            named = self._what_the_preamble_names(asked, preamble)
            if named != asked or self._stands_alone(asked):
                asked, preamble = named, ""
        age = age_asked(preamble) if preamble and age_asked(asked) is None else None
        if age is not None:
            # "Ma fille vient d'avoir 8 ans… Proposez-vous quelque chose pour les enfants de son âge ?":
            # the age the preamble gives is what is asked about.
            asked = f"{asked.rstrip(' ?')} ({age} ans) ?"
        asked = self.parser.place_as_asked(asked)
        query = self.parser.parse(asked, " ".join(filter(None, (context, preamble))))
        if query.is_empty:
            # Only question words and framing ("vous faites quoi exactement ?"): French, but about nothing.
            return Reply(question, "invalid", wording.TOO_VAGUE + wording.examples_text()), query
        reply = self.composer.compose(query, self.search(query, max(top_k, CANDIDATES)), self.topics())
        if preamble and reply.answered:
            # A question naming what it is about and answered squarely alone is not steered
            # elsewhere by the asker's words: "Je prépare un cours sur l'IA au Maroc. Quels sont
            # les piliers d'Ai Movement ?" got the pillars as told to "Industrie du Maroc".
            alone_query = self.parser.parse(asked, context)
            if alone_query.names and not looks_elliptic(asked, alone_query):
                alone = self.composer.compose(alone_query, self.search(alone_query, max(top_k, CANDIDATES)),
                                              self.topics())
                if alone.answered and alone.coverage >= self.config.answer.min_strong_coverage:
                    reply, query = alone, alone_query
        if preamble and reply.kind == "refusal":
            # What the asker says of themselves steers the question, but must not
            # sink it: "Ma fille termine son master au Sénégal. Existe-t-il un
            # programme pour les jeunes femmes africaines ?" is answered alone,
            # and "Bonjour, mon fils a 11 ans, existe-t-il un programme… ?" whole
            # (its age is what the question is about).
            for reading in (asked, question):
                again = self.parser.parse(reading, context)
                # (Not alone a question that points back at the preamble: "J'ai entendu
                # parler d'un programme de l'AUF. Ai Movement y a-t-il participé ?")
                if again.is_empty or (reading is asked and looks_elliptic(asked, again)
                                      and not _points_as_preamble_does(asked, preamble)):
                    continue
                answer = self.composer.compose(again, self.search(again, max(top_k, CANDIDATES)), self.topics())
                if answer.answered:
                    reply, query = answer, again
                    break
        instead = instead_of_a_refusal(question) if reply.kind == "refusal" else None
        if instead is not None:
            # "Bonjour, je prépare un exposé. Vous pouvez m'aider ?": what askbot can do, not a
            # refusal of the exposé; an introduction asking nothing yet: an invitation to ask.
            return Reply(question, "smalltalk", instead), query
        if reply.kind == "refusal":
            reply = self._in_another_year(asked, context, reply, top_k)
        # The reply echoes the message as sent (the JSON contract, the question log).
        return replace(reply, question=question), query

    def _stands_alone(self, asked: str) -> bool:
        """Whether a question asks what something it names is, which what the asker says of
        themselves before it does not steer ("Je prépare un cours. Expliquez simplement ce
        qu'est Ai Movement." is not about the teacher)."""
        return priors.asks_for("definition", asked) and bool(self.parser.parse(asked).terms)

    def steering(self, message: str) -> str:
        """The part of a message that steers what follows it in a conversation: the message,
        less what the asker says of themselves when the question stands alone."""
        asked, preamble = split_preamble(message)
        return asked if preamble and self._stands_alone(asked) else message

    def _what_the_preamble_names(self, asked: str, preamble: str) -> str:
        """"Je voudrais participer à AWITAI. C'est quoi exactement ?" asks what the name the
        preamble gives is: "C'est quoi AWITAI ?" (not what "participer" finds); a question of
        no words of its own ("… C'était quel jour exactement ?") asks it of the preamble, said
        with it. ``asked`` for any other question."""
        text = folded(asked)
        kind, quoted = _KIND_SHOWN.search(asked), _QUOTED.findall(preamble)
        if kind and len(quoted) == 1:
            return asked[: kind.start()] + "".join(quoted[0]) + asked[kind.end() :]
        # The preamble's last sentence, what the question points at (not "ma petite-fille… à Fès"
        # before it); none in a preamble of punctuation only ("!!! Quand ?").
        sentences = [s.strip() for s in _LAST_SENTENCE.findall(preamble) if s.strip()]
        said = sentences[-1] if sentences else ""
        # What the asker heard of, the last thing a sentence says they did ("Une amie m'a parlé d'AI
        # Master Junior… Ma fille a 10 ans : c'est pour quel âge ?"): "d'AI Master Junior…".
        heard = next(filter(None, map(_HEARD_OF.search, reversed(sentences))), None)
        heard_of = heard.string[heard.end():].rstrip(" .!") if heard else ""
        if said and _TELLS_MORE.search(text):
            return f"Parlez-moi {heard_of}" if heard_of else f"Parlez-moi de ceci : {said}"
        if self.parser.parse(asked).terms:
            return asked
        if not _WHAT_IT_IS.search(text):
            # "J'ai vu des photos de ce grand dôme. À quoi sert-il ?": the preamble names what is asked
            # ("Une amie m'a parlé d'AI Master Junior. C'est pour quel âge ?": what she spoke of).
            return f"{(heard_of or said).rstrip(' .!')}, {asked[0].lower()}{asked[1:]}" if said else asked
        names = [w for w in WRITTEN_NAME.findall(preamble)
                 if self.analyzer.terms(w) and set(self.analyzer.terms(w)) <= self.parser.vocabulary]
        return f"C'est quoi {' '.join(names)} ?" if names else asked

    def _in_another_year(self, asked: str, context: str, refusal: Reply, top_k: int) -> Reply:
        """A question refused for the year it names ("Qui dirige Ai Movement en 2025 ?",
        "le budget en 2024 ?"): still refused, but with what the documents say without that
        year, when they answer that and do not name the year (the successor unknown since
        October 2024, the 2023 budget). The refusal otherwise."""
        years = _YEAR_ASKED.findall(asked)
        if not years:
            return refusal
        again = self.parser.parse(_YEAR_ASKED.sub(" ", asked), context)
        if again.is_empty:
            return refusal
        other = self.composer.compose(again, self.search(again, max(top_k, CANDIDATES)), self.topics())
        if (not other.answered or other.coverage < self.config.answer.min_strong_coverage
                or any(year in sentence for year in years for sentence in other.sentences)):
            return refusal
        return replace(other, kind="refusal", text=wording.not_for_year(years, other.text))

    def ask(self, question: str, top_k: int | None = None) -> Reply:
        """A one-off question, with no conversation context (a message asking two
        things is answered as two turns of a new conversation)."""
        return self.conversation(top_k).ask(question)

    def conversation(self, top_k: int | None = None) -> "Conversation":
        from .conversation import Conversation  # it builds on the engine

        return Conversation(self, top_k)


def trimmed(reply: Reply, top_k: int) -> Reply:
    """The reply with its first ``top_k`` candidates only."""
    return replace(reply, hits=reply.hits[:top_k])
