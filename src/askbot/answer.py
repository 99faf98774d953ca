"""Answer composition: decide whether to answer, pick the sentences, cite the source.

"No answer" is an explicit decision made on evidence beyond the raw BM25
score: the share of the question's weight (idf × how specific each word is)
that the best passage matches — a word the corpus lacks weighs as much as
its rarest word, since the corpus cannot speak to it — and, when that share
is only moderate, the margin over the best passage of another document (a
long question may instead be answered on the weight it matches). Only
*eligible* passages compete: those naming the rare names and the edition or
year the question asks about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple

from . import wording
from .config import AnswerConfig
from .corpus import Passage, split_sentences
from .priors import asks_for
from .query import CONTEXT_WEIGHT, Ordinals, Query, question_kind
from .required import DAY, FOCUS, holds_required_value, question_type
from .retrieval import BM25Index
from .text import Analyzer, clean, fold

# Questions that ask how or why, or what something is or does: one sentence rarely
# says it all ("Comment fonctionne l'appli ?" — what it is, then how it works).
_DESCRIPTIVE = re.compile(r"\b(comment|pourquoi|c'est quoi|qu'est-ce|[aà] quoi|(?:fait|font|sert|servent) quoi|"
                          r"explique|parle|d[ée]cri)", re.IGNORECASE)
# "Aucune source ne donne le numéro…": what is not known, usually followed by what is.
_UNKNOWN = re.compile(r"Aucune?\s+(?:source|document|information)\b")
# "Et la deuxième cohorte ?": a question about a thing, not a detail of it (see asks_about).
_WHAT_ABOUT = re.compile(r"\s*et\s+(?:l'|le|la|les|du|de la|des)\s*[^?]*\?\s*$", re.IGNORECASE)
# "Il y a eu un forum… ?", "Existe-t-il un programme… ?": whether a thing exists.
_EXISTS = re.compile(r"\b(?:il y (?:a|avait) (?:eu )?|y a-t-il (?:eu )?|y avait-il |existe-t-il |il existe )"
                     r"(?:un|une|des)\b", re.IGNORECASE)
# A sentence that leans on the one before it for its source or its subject.
_BACK_REFERENCE = re.compile(r"(?:Selon|D'après|D’après)\s+(?:cette|ce|ces|le|la|les)\s+mêmes?\b"
                             r"|(?:Cette|Cet|Ces)\s+[^\W\d_]|Ce\s+(?:même|mêmes|dernier|dernière|source|chiffre|chiffres)\b"
                             r"|(?:Pourtant|Cependant|Toutefois|Néanmoins|En revanche)\b")
QTYPE_BONUS = 0.35
# Framing words weigh more in choosing a passage's sentences than in finding the
# passage: of the dôme's sentences, "à quoi sert-il ?" wants the one saying what
# it was "conçu" for, whatever else the others share with the question.
SENTENCE_FRAME_WEIGHT = 0.3
LONG_QUESTION = 7  # distinct content words from which a question is long…
LONG_EVIDENCE = 1.25  # …and may be answered on this much weight found (in rarest words' weights)
COMPLEMENT = 0.2  # a sibling's sentence is added when the question words only it holds weigh this share of the answer's
# …if that sibling covers this share of the question at least: below, the words it
# shares are a coincidence ("dans quelle langue ?" meeting the doctoral students'
# "traitement automatique des langues" under an answer on the reading app).
COMPLEMENT_COVERAGE = 0.25
SIBLING_COVERAGE = 0.8  # another passage of the same document may be quoted if it covers this share…
SIBLING_MARGIN = 1.1  # …and its best sentence beats the chosen passage's by this factor
PLACE_BONUS = 0.2
DATE_BONUS = 0.2  # "quand…?": a passage giving a day and month ranks higher than one naming a month
RESTATES = 0.3  # share of common terms from which two passages say the same (0.05 is typical)
RERANK = 6  # candidates whose coverage is compared before answering
CORRECTED_ABSENT = 0.5
LEAD = 0.1  # earlier passages of a document weigh a little more: sheets and news lead with the main fact
KEEP_RATIO = 0.3  # a sentence is quoted if it scores at least this share of the best one


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float


class Choice(NamedTuple):
    """What :meth:`Composer.best` picked: the hit to answer from, its coverage,
    its margin over the runner-up, and every eligible candidate with its coverage
    (the quoting step compares them again)."""

    hit: Hit | None
    coverage: float
    margin: float
    candidates: tuple[tuple[Passage, float], ...] = ()


@dataclass(frozen=True)
class Reply:
    question: str
    kind: str  # "answer" | "refusal" | "smalltalk" | "invalid"
    text: str
    hits: tuple[Hit, ...] = ()
    sentences: tuple[str, ...] = ()
    source: Passage | None = None
    matched: tuple[str, ...] = ()  # folded words of the question found in the answer
    coverage: float = 0.0  # share of the question's own weight (not its context's) the passage holds
    links: tuple[str, ...] = ()  # the addresses of the passages quoted, the main one first

    @property
    def answered(self) -> bool:
        return self.kind == "answer"

    def to_json(self) -> dict:
        """The ``askbot ask --json`` contract."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "sources": [
                {"doc": h.passage.doc, "title": h.passage.title, "score": round(h.score, 6),
                 "text": h.passage.text}
                for h in self.hits
            ],
        }


def asks_about(question: str) -> bool:
    """Whether a question asks what a thing is: "c'est quoi X", "et X ?", bare keywords,
    or whether it exists ("Il y a eu un forum sur l'IA en 2024 ?")."""
    return (asks_for("definition", question) or bool(_WHAT_ABOUT.match(question) or _EXISTS.search(question))
            or question_kind(question) == "other")


def _closes_quote(sentence: str) -> bool:
    """Whether a sentence ends a quotation opened in an earlier one (a "»" before any "«")."""
    close = sentence.find("»")
    return close >= 0 and not 0 <= sentence.find("«") < close




class Composer:
    """Turns ranked hits into a :class:`Reply`."""

    def __init__(self, analyzer: Analyzer, index: BM25Index, config: AnswerConfig,
                 position: Callable[[Passage], int] = lambda passage: 0) -> None:
        self.position = position  # a passage's rank within its document
        self.analyzer = analyzer
        self.index = index
        self.config = config
        self.unknown_weight = max(index.idf.values(), default=1.0)
        self.ordinals = Ordinals(analyzer)
        # Candidates recur from question to question: their texts and sentences are analysed once.
        self.terms_of = lru_cache(maxsize=4096)(lambda text: tuple(analyzer.terms(text)))
        self.sentence_terms = lru_cache(maxsize=8192)(lambda sentence: frozenset(self.terms_of(sentence)))

    def weight(self, term: str, alternatives=()) -> float:
        """A term's idf; a word the corpus lacks weighs as its rarest synonym, else as the rarest word."""
        idf = self.index.idf.get(term)
        if idf is not None:
            return max(idf, 0.0)
        known = [self.index.idf[a] for a in alternatives if a in self.index.idf]
        return max(max(known), 0.0) if known else self.unknown_weight

    def coverage(self, query: Query, passage_index: int, context: bool = True) -> float:
        """Share of the query's weight found in a passage (synonyms count).

        A term weighs its idf times its specificity (everyday words weigh less).
        For a follow-up, the earlier question's words count too, all of them
        together at most :data:`CONTEXT_WEIGHT` of the question's own: "Il est
        venu quand ?" asks about whoever the previous question named.
        """
        def has(term: str) -> bool:
            return self.index.contains(term, passage_index)

        found, total = self.evidence(query, has)
        if context and query.terms and query.context:
            more, asked = self.evidence(query, has, query.context)
            share = CONTEXT_WEIGHT * min(1.0, total / asked) if asked else 0.0
            found, total = found + share * more, total + share * asked
        return found / total if total else 0.0

    def evidence(self, query: Query, has: Callable[[str], bool], terms=None) -> tuple[float, float]:
        """(weight found, weight asked) of the question's terms, ``has(term)`` telling which are there."""
        total = found = 0.0
        for term in dict.fromkeys(query.evidence_terms if terms is None else terms):
            w = self.weight(term, query.alternatives.get(term, ())) * query.specificity.get(term, 1.0)
            if query.found(term, has):
                found += w
                total += w
            else:
                # A typo correction may have guessed wrong: its absence weighs less.
                total += w * (CORRECTED_ABSENT if term in query.corrected else 1.0)
        return found, total

    def best(self, query: Query, hits: list[Hit], pins: tuple[str, ...]) -> Choice:
        """The candidate to answer from, its coverage, and its margin over the runner-up.

        BM25 can favour a passage that repeats one word; among the first few
        candidates, the one covering more of the question is preferred.
        """
        # A passage that never names a name the question asks about is neither
        # an answer nor a rival (the AUF's 3rd edition for "la 3e édition d'AWITAI"),
        # nor one on another edition or year than the one asked about.
        scored = [h for h in hits[:RERANK] if h.score > 0 and self.eligible(query, h.passage, pins)]
        if not scored or query.is_empty:
            return Choice(None, 0.0, 0.0)
        top = scored[0].score

        coverages = {h.passage.index: self.coverage(query, h.passage.index) for h in scored}

        kind, pattern = question_type(query.text)

        def value(hit: Hit) -> float:
            v = coverages[hit.passage.index] * (hit.score / top) ** 0.5
            if kind == "place" and pattern.search(hit.passage.text):
                v *= 1 + PLACE_BONUS
            if kind == "date" and DAY.search(hit.passage.text):
                v *= 1 + DATE_BONUS
            return v

        # The document is chosen on the evidence alone; LEAD only orders its own
        # passages (a sheet leads with its main facts), or a near tie would go to
        # whichever sheet has fewer sections ("Qui a fondé Ai Movement ?" to the
        # amphitheatre named after the founder of Al Quaraouiyine).
        values = {h.passage.index: value(h) for h in scored}
        by_doc: dict[str, float] = {}
        for h in scored:
            by_doc[h.passage.doc] = max(by_doc.get(h.passage.doc, 0.0), values[h.passage.index])
        ranked = sorted(((values[h.passage.index] * (1 + LEAD / (1 + self.position(h.passage))), n, h)
                         for n, h in enumerate(scored)), key=lambda t: (-by_doc[t[2].passage.doc], -t[0], t[1]))
        best_value, _, hit = ranked[0]
        if not query.context and hit.passage.heading and not self.says_any(query, hit.passage):
            # Found by its section's heading and questions alone, the passage says
            # nothing the question asks ("Le septième pilier… n'est pas visible dans
            # l'extrait consulté" for "vous recrutez ?"): the section's first passage
            # introduces what they are about.
            hit = min((h for h in scored if h.passage.doc == hit.passage.doc
                       and h.passage.heading == hit.passage.heading), key=lambda h: h.passage.index)
        if asks_about(query.text):
            # "C'est quoi l'accord tripartite ?", "et la deuxième cohorte ?": of the
            # passages of that document that cover the question as well, the first
            # one introduces it.
            full = coverages[hit.passage.index]
            hit = min((h for h in scored if h.passage.doc == hit.passage.doc
                       and coverages[h.passage.index] >= full), key=lambda h: h.passage.index)
        # The runner-up that disagrees: a candidate from the same document
        # backs the answer up rather than competing with it.
        # Nor does one of another document that says much the same thing (a fact
        # sheet restating the press release).
        others = [(v, h) for v, _, h in ranked[1:] if h.passage.doc != hit.passage.doc]
        words = set(self.terms_of(hit.passage.text)) if others else set()
        rivals = [v for v, h in others if not self.restates(words, h.passage)]
        second = rivals[0] if rivals else 0.0
        margin = (best_value - second) / best_value if best_value else 0.0
        return Choice(hit, coverages[hit.passage.index], margin,
                      tuple((h.passage, coverages[h.passage.index]) for h in scored))

    def says_any(self, query: Query, passage: Passage) -> bool:
        """Whether a passage's own text (not its title, heading or questions) holds a word of the question."""
        own = self.sentence_terms(passage.text)
        return any(query.found(t, own.__contains__) for t in query.terms)

    def restates(self, terms: set[str], other: Passage) -> bool:
        """Whether a passage shares most of its terms with ``terms`` (another passage's; Jaccard)."""
        b = set(self.terms_of(other.text))
        return len(terms & b) >= RESTATES * len(terms | b) > 0

    def confident(self, coverage: float, margin: float, query: Query, passage: int) -> bool:
        """Whether the best passage (its coverage, its margin) is evidence enough to answer."""
        if coverage >= self.config.min_strong_coverage:
            return True
        if margin < self.config.min_margin:
            return False
        # A passage sharing a single word with a question of three or more
        # ("Quelle langue est utilisée dans les formations ?" and a project that
        # "utilise des images satellites") is about something else.
        terms = set(query.terms)
        if len(terms) >= 3 and sum(query.found(t, lambda term: self.index.contains(term, passage)) for t in terms) <= 1:
            return False
        # Middle ground: answer only when the best passage clearly stands out…
        if coverage >= self.config.min_coverage:
            return True
        # …and a long question ("Dans quel établissement parisien la fondatrice
        # d'Ai Movement a-t-elle obtenu son titre de docteur ?") when the passage
        # holds much of its weight, if not most: each paraphrased word lowers
        # the share, not what was found.
        return (len(set(query.terms)) >= LONG_QUESTION
                and self.evidence(query, lambda t: self.index.contains(t, passage))[0]
                >= LONG_EVIDENCE * self.unknown_weight)

    def sentence_scores(self, query: Query, sentences: list[str]) -> list[tuple[float, int, str]]:
        """(score, -position, sentence) for each sentence: the question's weight it holds
        (the previous question's and framing words' at a lower weight), more for the
        kind of answer asked (a date for "quand")."""
        _, pattern = question_type(query.text)
        scored = []
        for i, sentence in enumerate(sentences):
            has = self.sentence_terms(sentence).__contains__
            score = (self.evidence(query, has, query.terms)[0]
                     + CONTEXT_WEIGHT * self.evidence(query, has, query.context)[0]
                     + SENTENCE_FRAME_WEIGHT * self.evidence(query, has, query.frame)[0])
            if pattern is not None and pattern.search(sentence):
                score += QTYPE_BONUS * max(score, self.unknown_weight / 2)
            scored.append((score, -i, sentence))
        return scored

    def quoted_passage(self, query: Query, passage: Passage, cov: float,
                       candidates: tuple[tuple[Passage, float], ...]) -> Passage:
        """The passage to quote from: the chosen one, unless another passage of the same
        document among the eligible candidates (see :class:`Choice`), covering the
        question about as well, holds a clearly better sentence (sections of a fact
        sheet split one topic's facts) that gives what the question must be told
        (a number for "combien", see :func:`holds_required_value`)."""
        def best_sentence(p: Passage) -> tuple[float, int, str]:
            return max(self.sentence_scores(query, _sentences(p.text)))

        best, quoted = best_sentence(passage)[0] * SIBLING_MARGIN, passage
        for other, covers in candidates:
            if other.doc == passage.doc and other.index != passage.index and covers >= SIBLING_COVERAGE * cov:
                score, _, sentence = best_sentence(other)
                if score > best and holds_required_value(query.text, sentence):
                    best, quoted = score, other
        return quoted

    def choose_sentences(self, query: Query, passage: Passage) -> list[str]:
        """The one to ``max_sentences`` sentences of a passage that best answer."""
        sentences = list(_sentences(passage.text))
        if len(sentences) <= 1:
            return sentences
        # A section headed by the question itself ("Qui a fondé Ai Movement ?
        # UM6P ou OCP") answers it as a whole, main version first.
        heading = self.sentence_terms(passage.heading)
        if passage.heading and query.terms and all(query.found(t, heading.__contains__) for t in query.terms):
            return sentences[: self.config.max_sentences]
        _, pattern = question_type(query.text)
        scored = self.sentence_scores(query, sentences)
        best = max(scored)[0]
        keep = sorted((s for s in scored if s[0] > 0 and s[0] >= KEEP_RATIO * best), reverse=True)
        keep = keep[: self.config.max_sentences] or [max(scored)]
        chosen = sorted(-s[1] for s in keep)
        if pattern is not None and not any(pattern.search(sentences[i]) for i in chosen):
            # "Quand…?" answered by a sentence with no date: the date is usually
            # in the next sentence (or the one before); swap in the nearest.
            top = -keep[0][1]
            near = sorted((abs(i - top) + (i < top) * 0.5, i) for i, s in enumerate(sentences)
                          if pattern.search(s) and abs(i - top) <= 2)
            if near:
                chosen = sorted({top, near[0][1]})
        # A lone very short sentence reads better with its neighbour, and so
        # does the answer to "comment…?", "pourquoi…?", "c'est quoi…?".
        if (len(chosen) == 1 and (len(sentences[chosen[0]]) < 60 or _DESCRIPTIVE.search(query.text)
                                  or _UNKNOWN.match(sentences[chosen[0]]))
                and chosen[0] + 1 < len(sentences)):
            chosen.append(chosen[0] + 1)
        # "Selon cette même fiche…" needs the sentence that says which one, and
        # the end of a quotation ("…», déclare X") the sentences that open it.
        first = opener = chosen[0]
        if first > 0 and _BACK_REFERENCE.match(sentences[first]):
            opener = first - 1
        elif _closes_quote(sentences[first]):
            opener = next((i for i in range(first - 1, -1, -1) if "«" in sentences[i]), first)
        if len(chosen) + first - opener <= self.config.max_sentences:
            chosen = [*range(opener, first), *chosen]
        return [sentences[i] for i in chosen]

    def matched_words(self, question: str, sentences: list[str]) -> tuple[str, ...]:
        answer_terms = set(self.analyzer.terms(" ".join(sentences)))
        words = self.analyzer.content_words(question)
        stems = self.analyzer.stem_words(words)
        return tuple(dict.fromkeys(w for w, s in zip(words, stems) if s in answer_terms))

    def compose(self, query: Query, hits: list[Hit], topics: list[str]) -> Reply:
        pins = self.binding_pins(query, hits)
        choice = self.best(query, hits, pins)
        hit, cov = choice.hit, choice.coverage
        # A name or acronym the corpus never mentions (ICESCO) is something it knows nothing about.
        if (hit is not None and not query.unknown_names
                and self.confident(cov, choice.margin, query, hit.passage.index)):
            passage = self.quoted_passage(query, hit.passage, cov, choice.candidates)
            sentences = self.choose_sentences(query, passage)
            quoted = self.complement(query, hits, passage, sentences, pins)
            # The passage is eligible (see best()); sentences without any number
            # do not answer a "combien" question.
            if holds_required_value(query.text, " ".join(sentences)) and self.names_focus(query, passage):
                return self.answer_from(query, hits, passage, self.coverage(query, hit.passage.index, context=False),
                                        quoted)
        return Reply(query.text, "refusal", wording.refusal(topics), tuple(hits),
                     coverage=self.coverage(query, hit.passage.index, context=False) if hit else 0.0)

    def eligible(self, query: Query, passage: Passage, pins: tuple[str, ...]) -> bool:
        """Whether a passage may answer at all: it names the names and the edition or
        year the question asks about (``pins``, see :meth:`binding_pins`)."""
        return self.names_everyone(query, passage) and self.names_pins(passage, pins)

    def names_pins(self, passage: Passage, pins: tuple[str, ...]) -> bool:
        return all(self.index.contains(t, passage.index) for t in pins)

    def names_everyone(self, query: Query, passage: Passage) -> bool:
        """Whether the passage names every rare name of the question (or a synonym):
        a passage on Ai Movement's budget does not answer about the IRCAI's."""
        def has(term: str) -> bool:
            return self.index.contains(term, passage.index)

        return all(query.found(t, has) for t in query.names)

    def binding_pins(self, query: Query, hits: list[Hit]) -> tuple[str, ...]:
        """The ordinals and years the question pins that an answer must name.

        Every year binds; an ordinal only where the candidates number that thing:
        after "la première cohorte", a passage without "troisième" does not
        answer about the third cohort; but "le deuxième panel" may be the second
        of a list ("les panels « A », « B » et « C »") if no panel is ever numbered.
        """
        def numbered(nouns: tuple[str, ...]) -> bool:
            return any(self.ordinals.numbers(list(self.terms_of(h.passage.text)), nouns) for h in hits)

        return tuple(t for t in query.pinned if t not in query.ordinals or numbered(query.ordinals[t]))

    def names_focus(self, query: Query, passage: Passage) -> bool:
        """Whether the passage names what a "combien de X" question counts (X or
        one of its synonyms); true for other questions."""
        match = FOCUS.search(fold(clean(query.text)))
        terms = self.analyzer.terms(match.group(1)) if match else []
        if not terms:
            return True
        return query.found(terms[0], lambda term: self.index.contains(term, passage.index))

    def complement(self, query: Query, hits: list[Hit], passage: Passage, sentences: list[str],
                   pins: tuple[str, ...]) -> list[str]:
        """The chosen sentences, with the best sentence of another passage of the same
        document among the first candidates when it holds question words they lack
        worth at least :data:`COMPLEMENT` of their own score."""
        if len(sentences) >= self.config.max_sentences:
            return sentences
        said = frozenset().union(*map(self.sentence_terms, sentences))
        own = max(s[0] for s in self.sentence_scores(query, sentences))
        missing = [t for t in query.terms if not query.found(t, said.__contains__)]
        if not missing:
            return sentences
        best, extra, where = 0.0, None, 0
        for hit in hits[:RERANK]:
            other = hit.passage
            # (The answer names the names asked about already; a sibling on another
            # edition or year would mislead.)
            if other.doc != passage.doc or other.index == passage.index or not self.names_pins(other, pins):
                continue
            if self.coverage(query, other.index) < COMPLEMENT_COVERAGE:
                continue
            for sentence in _sentences(other.text):
                terms = self.sentence_terms(sentence)
                gain = self.evidence(query, terms.__contains__, missing)[0]
                if gain > best and sentence not in sentences:
                    best, extra, where = gain, sentence, other.index
        if extra is None or best < COMPLEMENT * own:
            return sentences
        return [extra, *sentences] if where < passage.index else [*sentences, extra]

    def answer_from(self, query: Query, hits: list[Hit], passage: Passage, cov: float,
                    sentences: list[str] | None = None) -> Reply:
        """An answer quoting ``sentences`` (by default the passage's best ones)."""
        sentences = sentences or self.choose_sentences(query, passage)
        links = self.links(passage, sentences, hits)
        text = wording.answer_text(sentences, passage.title, links)
        return Reply(query.text, "answer", text, tuple(hits), tuple(sentences), passage,
                     self.matched_words(query.text, sentences), cov, links)

    @staticmethod
    def links(passage: Passage, sentences: list[str], hits: list[Hit]) -> tuple[str, ...]:
        """The addresses of the passages the sentences are quoted from, the chosen one's
        first: a sibling section that completes the answer may have its own source."""
        urls = [passage.url]
        for sentence in sentences:
            if sentence not in passage.text:
                urls += [h.passage.url for h in hits if h.passage.doc == passage.doc and sentence in h.passage.text][:1]
        return tuple(dict.fromkeys(url for url in urls if url))
