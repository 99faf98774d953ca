"""Question processing: from a French question to the terms BM25 scores.

Owns typo tolerance (rapidfuzz, edit distances as Elasticsearch's
``fuzziness: AUTO``) and synonym expansion. A :class:`Query` remembers which
terms the user typed, which were corrected and which were added, so that the
answer layer can weigh the evidence honestly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .lexicon import is_common_word, specificity
from .text import Analyzer

MAX_QUERY_WORDS = 48
SYNONYM_WEIGHT = 0.3  # an added synonym counts for less than a word the user typed
SPECIFICITY_POWER = 2.0  # how much everyday words are discounted in scoring
CONTEXT_WEIGHT = 0.4  # words of the previous question steer a follow-up without drowning it
COMMON_SHARE = 0.1  # a phrase in more passages than this gets no synonyms added to the search


# Question words of an open question; a question with none of them, ending in
# "?", is closed: it is answered yes or no.
_OPEN_QUESTION = re.compile(
    r"\b(comment|pourquoi|quand|combien|qui|que|qu|quoi|quel|quelle|quels|quelles|lequel|laquelle|"
    r"lesquels|lesquelles|où|ou se|ki|koi|kel|kan|kand|pk|cmt|cb)\b", re.IGNORECASE)


_ACRONYM = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý0-9&]+\b")


def question_kind(question: str) -> str:
    """``closed`` (yes/no), ``open`` (wh-word) or ``other`` (no question mark).

    Only the clause after the last colon counts: "Facebook : qui peut voir mes
    photos ?" is open, "Fichier central : puis-je le consulter ?" is closed.
    """
    clause = question.replace("\u2019", "'").rsplit(":", 1)[-1].replace("'", " ")
    if _OPEN_QUESTION.search(clause):
        return "open"
    return "closed" if question.strip().endswith("?") else "other"


def max_edits(word: str) -> int:
    """Elasticsearch ``AUTO``: 0 edits up to 2 letters, 1 for 3–5, 2 from 6."""
    if len(word) < 3 or word.isdigit():
        return 0
    return 1 if len(word) <= 5 else 2


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple[str, ...]  # one per content word typed (after correction)
    corrected: frozenset[str] = frozenset()  # terms that come from a typo correction
    alternatives: dict = field(default_factory=dict)  # term -> frozenset of synonym terms
    expansion: tuple[str, ...] = ()  # synonym terms added to the scored bag
    specificity: dict = field(default_factory=dict)  # term -> 1 (topical) .. 0.25 (everyday word)
    context: tuple[str, ...] = ()  # terms of the earlier question a follow-up leans on

    @property
    def scored_terms(self) -> tuple[str, ...]:
        return self.terms + self.context + self.expansion

    @property
    def weights(self) -> tuple[float, ...]:
        def typed(term: str) -> float:
            return self.specificity.get(term, 1.0) ** SPECIFICITY_POWER

        return (tuple(typed(t) for t in self.terms) + tuple(CONTEXT_WEIGHT * typed(t) for t in self.context)
                + (SYNONYM_WEIGHT,) * len(self.expansion))

    @property
    def evidence_terms(self) -> tuple[str, ...]:
        """The terms an answer must cover: the question's own, else its context's."""
        return self.terms or self.context

    @property
    def is_empty(self) -> bool:
        return not self.evidence_terms


class QueryParser:
    """Builds :class:`Query` objects against one index vocabulary."""

    def __init__(self, analyzer: Analyzer, doc_freqs: dict[str, int], size: int,
                 surface_counts: Counter, synonyms: Iterable[Iterable[str]] = (), fuzzy: bool = True) -> None:
        self.analyzer = analyzer
        self.vocabulary = frozenset(doc_freqs)
        self._common = frozenset(t for t, n in doc_freqs.items() if n > COMMON_SHARE * size)
        self.fuzzy = fuzzy
        # Surface words of the corpus, most frequent first, for typo correction.
        self._surface = [w for w, _ in sorted(surface_counts.items(), key=lambda kv: (-kv[1], kv[0]))
                         if not w.isdigit() and len(w) >= 3]
        self._synonyms = [
            [tuple(analyzer.terms(phrase)) for phrase in group] for group in synonyms
        ]
        self._synonyms = [[p for p in group if p] for group in self._synonyms]

    def correct(self, word: str) -> str | None:
        """The closest corpus word within the allowed edits, or None."""
        edits = max_edits(word)
        if not edits or not self.fuzzy:
            return None
        found = process.extract(word, self._surface, scorer=Levenshtein.distance,
                                score_cutoff=edits, limit=8)
        if not found:
            return None
        # Fewest edits first; among equals the more frequent corpus word (list order).
        best = min(found, key=lambda hit: (hit[1], hit[2]))
        return best[0]

    def parse(self, text: str, context: str = "") -> Query:
        """Analyse a question; ``context`` (an earlier question) adds its words at a lower weight."""
        terms, corrected, weight = self._terms(text)
        context_terms, context_corrected, context_weight = self._terms(context)
        alternatives, expansion = self._expand(terms)
        own = set(terms)
        extra = tuple(dict.fromkeys(t for t in context_terms if t not in own))
        return Query(text, tuple(terms), frozenset(corrected | (context_corrected & set(extra))),
                     alternatives, tuple(expansion), {**context_weight, **weight}, extra)

    def _terms(self, text: str) -> tuple[list[str], set[str], dict[str, float]]:
        """Stemmed terms with typo correction, the corrected ones, and each term's specificity."""
        words = self.analyzer.content_words(text)[:MAX_QUERY_WORDS]
        stems = self.analyzer.stem_words(words)
        # A word typed in capitals (ICESCO) is an acronym, not a typo of UNESCO.
        acronyms = set(self.analyzer.words(" ".join(_ACRONYM.findall(text))))
        terms, corrected, weight = [], set(), {}
        for word, stem in zip(words, stems):
            if (stem not in self.vocabulary and not word.isdigit() and not is_common_word(word)
                    and word not in acronyms):
                fixed = self.correct(word)
                if fixed is not None:
                    word, stem = fixed, self.analyzer.stem_words([fixed])[0]
                    corrected.add(stem)
            terms.append(stem)
            weight[stem] = max(weight.get(stem, 0.0), specificity(word))
        return terms, corrected, weight

    def _expand(self, terms: list[str]) -> tuple[dict, list[str]]:
        alternatives: dict[str, frozenset[str]] = {}
        expansion: list[str] = []
        present = set(terms)
        for group in self._synonyms:
            for phrase in group:
                if not _contains_run(terms, phrase):
                    continue
                others = {t for other in group if other != phrase for t in other}
                for term in phrase:
                    alternatives[term] = alternatives.get(term, frozenset()) | others
                if set(phrase) <= self._common:
                    continue  # it matches plenty already: synonyms count for coverage only
                for term in sorted(others - present):
                    expansion.append(term)
                    present.add(term)
        return alternatives, expansion


def _contains_run(terms: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(terms[i : i + n]) == phrase for i in range(len(terms) - n + 1))
