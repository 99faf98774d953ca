"""How much of a question a passage or a sentence holds.

A question's term weighs its idf times its specificity (everyday words weigh
less); a word the corpus lacks weighs as its rarest synonym, else as the
rarest corpus word, since the corpus cannot speak to it. A name of several
words weighs as its heaviest word, and of two alternatives offered with "ou"
one found is enough. This module owns
that weighing, the share of a question a passage holds (its *coverage*),
whether a passage names what the question pins, and whether two passages
say the same thing. Candidates recur from question to question: their texts
and sentences are analysed once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .corpus import Passage
from .query import CONTEXT_WEIGHT, Query
from .retrieval import BM25Index
from .text import MONTHS, Analyzer, clean, fold

CORRECTED_ABSENT = 0.5  # a typo correction may have guessed wrong: its absence weighs this share
# Adjacent question terms found in nearly the same passages (Jaccard), of at
# least this many each, name one thing ("Amal El Fallah Seghrouchni"): together
# they weigh as their heaviest, else a name of four words outweighs the detail
# asked about it ("…est-elle mariée ?").
NAME_JACCARD = 0.8
NAME_PASSAGES = 3
RESTATES = 0.3  # share of common terms from which two passages say the same (0.05 is typical)
UBIQUITOUS = 0.05  # idf at or below which a word is in nearly every passage
# A word in this share of the passages, and in this many at least, is everyday in the corpus:
# "l'IA" in a corpus on an AI centre (in 39 % of its passages), "UNESCO" (28 %).
EVERYDAY_SHARE, EVERYDAY_PASSAGES = 0.15, 10
# A role and whose it is: "le directeur d'Ai Movement", "directeur général de l'AFD"
# (on cleaned, lower-cased text; "sous-directeur" is another role).
_ROLE_WORD = (r"(?<![\w-])(directeur|directrice|pr[ée]sidente?|dirigeante?|fondat(?:eur|rice)|patronne?|"
              r"chef|cheffe|boss)")
_QUALIFIED = r"(?:\s+(?:g[ée]n[ée]rale?|ex[ée]cuti(?:f|ve)|adjointe?))?"
_OF = r"\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')"
_ROLE = re.compile(_ROLE_WORD + _QUALIFIED + _OF + r"([^\W\d_][\w-]*(?:\s+[\w-]+){0,3})")
# The same roles said without whose they are: "qui est le directeur ?".
_BARE_ROLE = re.compile(_ROLE_WORD + r"(?!" + _QUALIFIED + r"(?:" + _OF + r"|\s*d'))")


@lru_cache(maxsize=4096)
def roles(text: str) -> tuple[tuple[str, str], ...]:
    """Each role a text names with its holder's organisation: ("direc", "ai movement")
    (memoised: a question is checked against each candidate, and candidates recur)."""
    return tuple((fold(m.group(1))[:5], m.group(2)) for m in _ROLE.finditer(clean(text)))


class Evidence:
    """Weighs a question's terms and what a passage or sentence holds of them."""

    def __init__(self, analyzer: Analyzer, index: BM25Index) -> None:
        self.index = index
        self.unknown_weight = max(index.idf.values(), default=1.0)
        self.terms_of = lru_cache(maxsize=4096)(lambda text: tuple(analyzer.terms(text)))
        self.months = frozenset(t for month in MONTHS for t in analyzer.terms(month))
        self.sentence_terms = lru_cache(maxsize=8192)(lambda sentence: frozenset(self.terms_of(sentence)))
        self.name_shares = lru_cache(maxsize=1024)(self._name_shares)

    def is_everyday(self, term: str, share: float = EVERYDAY_SHARE) -> bool:
        """Whether a term is in so many passages (``share`` of them, and EVERYDAY_PASSAGES at
        least) that saying it says little."""
        count = len(self.index.postings(term))
        return count >= EVERYDAY_PASSAGES and count >= share * self.index.size

    def in_passage(self, passage_index: int) -> Callable[[str], bool]:
        """Whether a term is among a passage's indexed terms (its title, heading and questions included)."""
        return lambda term: self.index.contains(term, passage_index)

    def weight(self, term: str, alternatives=()) -> float:
        """A term's idf; a word the corpus lacks weighs as its rarest synonym, else as the rarest word."""
        idf = self.index.idf.get(term)
        if idf is not None:
            return max(idf, 0.0)
        known = [self.index.idf[a] for a in alternatives if a in self.index.idf]
        return max(max(known), 0.0) if known else self.unknown_weight

    def weigh(self, query: Query, has: Callable[[str], bool], terms=None) -> tuple[float, float]:
        """(weight found, weight asked) of the question's terms (or of ``terms``: its
        context's, its frame's, taken as they are), ``has(term)`` telling which are there."""
        total = found = 0.0
        own = terms is None and bool(query.terms)
        shares = self.name_shares(query.terms) if own else {}
        either = query.other_alternative if own else {}
        done = set()
        for term in dict.fromkeys(query.evidence_terms if terms is None else terms):
            if term in done:
                continue
            w = self.term_weight(query, term) * shares.get(term, 1.0)
            other = either.get(term)
            if other and (query.found(term, has) or query.found(other, has)):
                # "à Benguerir ou à Rabat ?": one alternative found answers, and
                # the pair weighs as its heavier term (neither found: both count).
                done.add(other)
                w = max(w, self.term_weight(query, other) * shares.get(other, 1.0))
                found += w
                total += w
                continue
            if query.found(term, has):
                found += w
                total += w
            else:
                total += w * (CORRECTED_ABSENT if term in query.corrected else 1.0)
        return found, total

    def term_weight(self, query: Query, term: str) -> float:
        """A question term's weight: its idf (see :meth:`weight`) times its specificity."""
        return self.weight(term, query.alternatives.get(term, ())) * query.specificity.get(term, 1.0)

    def _name_shares(self, terms: tuple[str, ...]) -> dict[str, float]:
        """Term -> the share of its weight it keeps, for the terms of a multi-word
        name (adjacent terms found in nearly the same passages, see NAME_JACCARD),
        so that the name weighs as its heaviest word; other terms keep all theirs."""
        runs, run = [], [terms[0]]
        for a, b in zip(terms, terms[1:]):
            pa, pb = set(self.index.postings(a).tolist()), set(self.index.postings(b).tolist())
            if a != b and min(len(pa), len(pb)) >= NAME_PASSAGES and len(pa & pb) >= NAME_JACCARD * len(pa | pb):
                run.append(b)
            else:
                runs.append(run)
                run = [b]
        runs.append(run)
        shares = {}
        for run in (r for r in runs if len(r) > 1):
            weights = [self.weight(t) for t in run]
            total = sum(weights)
            shares.update({t: max(weights) / total for t in run} if total else {})
        return shares

    def coverage(self, query: Query, passage_index: int, context: bool = True) -> float:
        """Share of the query's weight found in a passage (synonyms count).

        For a follow-up, the earlier question's words count too, all of them
        together at most :data:`CONTEXT_WEIGHT` of the question's own: "Il est
        venu quand ?" asks about whoever the previous question named.
        """
        has = self.in_passage(passage_index)
        found, total = self.weigh(query, has)
        if context and query.terms and query.context:
            more, asked = self.weigh(query, has, query.context)
            share = CONTEXT_WEIGHT * min(1.0, total / asked) if asked else 0.0
            found, total = found + share * more, total + share * asked
        return found / total if total else 0.0

    def says_any(self, query: Query, passage: Passage) -> bool:
        """Whether a passage's own text (not its title, heading or questions) holds a word of the question."""
        own = self.sentence_terms(passage.text)
        return any(query.found(t, own.__contains__) for t in query.terms)

    def restates(self, terms: set[str], other: Passage) -> bool:
        """Whether a passage says again what another does: a summary restates its
        sections by design; any other shares most of its terms with ``terms`` (the
        other passage's; Jaccard)."""
        if other.is_summary:
            return True
        b = set(self.terms_of(other.text))
        return len(terms & b) >= RESTATES * len(terms | b) > 0

    def heading_holds(self, query: Query, passage: Passage) -> bool:
        """Whether a passage's heading holds every word of the question (or a synonym)."""
        heading = self.sentence_terms(passage.heading)
        return bool(passage.heading and query.terms) and all(query.found(t, heading.__contains__) for t in query.terms)

    def heading_focus(self, query: Query, passage: Passage) -> float:
        """How squarely a passage's heading is about the question: 0 unless it holds
        every word of it (or a synonym), else the share of its words that are the
        question's, dates aside ("Qu'est-ce qu'Ai Movement ?" 1, "Les 7 piliers
        d'Ai Movement : un nombre stable…" a third, "1er Forum (3-5 juin 2024)" 1)."""
        if not self.heading_holds(query, passage):
            return 0.0
        asked = set(query.terms) | {t for term in query.terms for t in query.alternatives.get(term, ())}
        # Its numbers, ordinals and months date or count what it is about, and a word in nearly
        # every passage the question does not say ("Ai Movement": "Site web officiel d'Ai
        # Movement" for "leur site internet") names what the whole corpus is about.
        heading = [t for t in self.terms_of(passage.heading) if not t[0].isdigit() and t not in self.months
                   and (t in asked or self.weight(t) > UBIQUITOUS)]
        if not heading:
            return 0.0
        return sum(t in asked for t in heading) / len(heading)

    def gives_role_elsewhere(self, query: Query, passage: Passage, subject: str = "") -> bool:
        """Whether a passage names the role the question asks about ("le directeur
        d'Ai Movement") only as someone else's ("directeur général de l'AFD"). A role
        asked without whose it is ("qui est le directeur ?"), nor any name, is the corpus
        ``subject``'s ("directeur général AFD" names whose it is; "il est président depuis
        quand ?" after Hicham El Habti is his)."""
        asked = roles(query.text)
        if subject and not query.names and not query.context:
            asked += tuple((fold(m.group(1))[:5], subject) for m in _BARE_ROLE.finditer(clean(query.text)))
        for role, owner in asked:
            mine = self.terms_of(owner)
            theirs = [set(self.terms_of(o)) for r, o in roles(f"{passage.heading}\n{passage.text}") if r == role]
            if theirs and not any(query.found(t, o.__contains__) or t in o for o in theirs for t in mine):
                return True
        return False

    def names_pins(self, passage: Passage, pins: tuple[str, ...]) -> bool:
        """Whether a passage names every ordinal and year in ``pins``."""
        return all(self.index.contains(t, passage.index) for t in pins)

    def names_everyone(self, query: Query, passage: Passage) -> bool:
        """Whether the passage names every rare name of the question (or a synonym):
        a passage on Ai Movement's budget does not answer about the IRCAI's."""
        has = self.in_passage(passage.index)
        return all(query.found(t, has) for t in query.names)
