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
from functools import cached_property, lru_cache
from typing import Callable, Iterable, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .framing import split_hints, without_fillers
from .lexicon import is_common_word, specificity, zipf
from .text import MONTHS, Analyzer, clean, fold

MAX_QUERY_WORDS = 48
SYNONYM_WEIGHT = 0.3  # an added synonym counts for less than a word the user typed
SPECIFICITY_POWER = 2.0  # how much everyday words are discounted in scoring
CONTEXT_WEIGHT = 0.4  # words of the previous question steer a follow-up without drowning it
FRAME_WEIGHT = 0.1  # "portait (sur quoi)": a hint for ranking, not what the question is about
NAME_ZIPF = 4.0  # a capitalised word this common in French ("France", "Parlement") is not a name to look for
COMMON_SHARE = 0.1  # a phrase in more passages than this gets no synonyms added to the search


# Question words of an open question; a question with none of them, ending in
# "?", is closed: it is answered yes or no.
_OPEN_QUESTION = re.compile(
    r"\b(comment|pourquoi|quand|combien|qui|que|qu|quoi|quel|quelle|quels|quelles|lequel|laquelle|"
    r"lesquels|lesquelles|où|ou se)\b", re.IGNORECASE)

# Question words long enough that a typo of them is recognisable ("coment", "pourqoi").
_QUESTION_WORDS = ("comment", "pourquoi", "combien", "quand", "quelle", "quelles", "lequel", "laquelle",
                   "lesquels", "lesquelles")

# "…le directeur d'Ai Movement, pas de l'UM6P": what the question is not about.
_NEGATED = re.compile(r"[,;]\s*(?:et\s+|mais\s+)?(?:pas|non)\s+(?:celui|celle|ceux|celles)?[^,;.?!]*(?=[.?!]*\s*$)",
                      re.IGNORECASE)


_OR = re.compile(r"(?<![\w'’])ou(?!\w)")  # not "d'ou" (d'où)
_ACRONYM = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý0-9&]+\b")
# A capitalised word that does not open a sentence: a name ("ChatGPT", "Shanghai").
_CAPITALISED = re.compile(r"(?<=[\w,;'’] )[A-ZÀ-Ý][\w-]*")
# A name with no article after "à", "de", "en": a city, mostly ("le forum de Rabat"),
# where organisations take one ("le budget de l'IRCAI").
_CITY = re.compile(r"\b(?:à|a|de|en|depuis|vers|f) ([A-ZÀ-Ý][\w-]*)")  # (darija "f": "kayn f Rabat")

# A where-question (also the answer layer's "place" kind). "Ai Movement, c'est
# où ?" names no word of the answer ("installé sur le campus… à Rabat"): it
# searches the words that say where, lightly.
# "le budget vient d'où ?", "d'où vient l'argent ?": where money comes from, not a place
# ("ils venaient d'où ?" is one).
# The verb is no word to find: a passage says "grâce aux contrats de recherche".
_COMES = r"\b(?:vien|ven|provien|proven)\w*"
_COMES_FROM = re.compile(rf"{_COMES}(?=\s+d['’ ]\s*o[uù]\b)|(?:(?<=où )|(?<=ou )){_COMES}", re.IGNORECASE)
MONEY_FROM = re.compile(r"(?=.*\b(?:budget|argent|fonds|financements?|revenus?|ressources|sous)\b)"
                        rf".*(?:\bd['’ ]\s*o[uù]\s+{_COMES}|{_COMES}\s+d['’ ]\s*o[uù]\b)", re.IGNORECASE)
WHERE_QUESTION = re.compile(r"\boù\b|\bc(?:'est)? ou\b|\bou\W*$|\bou (?:se trouve|est|sont|se situe)\b"
                            # "il est ou le centre ?", "elle se trouve ou la salle ?" (où unaccented)
                            r"|\b(?:est|sont|trouve|situe)(?:-(?:il|elle|ils|elles))?\s+ou\s+(?:le|la|les|l'|ce|cet|cette|"
                            r"leur|leurs|son|sa|ses|exactement)\b"
                            r"|\badresse\b|\bsitué|\bse trouve"
                            r"|\bquel(?:le)?s? (?:ville|pays|endroit|lieu|r[ée]gion)s?\b"
                            # "est-il à Rabat ou à Benguerir ?", "c a rabat ou benguerir ?": which place
                            r"|\b(?:est|sont|c'est|c)(?:-(?:il|elle|ils|elles))?\s+(?:à|a|au|en)\s+[^\W\d]\S*"
                            r"\s+ou\s+(?:à|a|au|en)?\s*[^\W\d]",
                            re.IGNORECASE)
_WHERE_WORDS = "situe situee installe installee trouve campus adresse siege locaux"
# What a question asks, said as documents say it: "Avec qui travaille Ai Movement ?" asks for its
# "partenaires"; "c'est ouvert à quelle heure ?", "les heures d'ouverture" ask for its "horaires"
# (a page on them need not say "ouvert", and "ouvert" alone finds "a ouvert ses portes en 2017").
_ASKED_AS = (
    # (The subject between them, "Avec qui Ai Movement travaille-t-il ?", put after the verb.)
    (re.compile(r"\bavec\s+qui\s+((?:[^\W\d_][\w'-]*\s+){1,3}?)(?:travaill|collabor|coop[ée]r)\w*"
                r"(?:-t)?(?:-(?:il|elle|ils|elles|on))?", re.IGNORECASE), r"avec qui travaille \1"),
    (re.compile(r"\bavec\s+qui\s+(?:travaill|collabor|coop[ée]r)\w*|\b(?:travaill|collabor|coop[ée]r)\w*"
                r"(?:[- ](?:t-)?(?:il|elle|ils|elles|on|vous))?\s+avec\s+qui\b", re.IGNORECASE), r"\g<0> partenaires"),
    # "Qui a dirigé Ai Movement et quelle est sa formation ?": a person's education, her degrees
    # (not the centre's trainings, which are "ses formations").
    (re.compile(r"\b(?:sa|son)\s+formation\b(?!\s+(?:de|des|d['’]|en|pour|sur|à|a)\b)", re.IGNORECASE),
     "ses études et diplômes"),
    (re.compile(r"\b(?:la\s+)?formation\s+(?=(?:de\s+la|du|de|d['’])\s+(?:présidente|president|président|fondatrice|fondateur"
                r"|directrice|directeur|dirigeante|dirigeant|ministre|chercheuse|chercheur|patronne|patron)\b)",
                re.IGNORECASE), "les études et diplômes "),
    # "Le centre a ouvert le 9 novembre 2022, non ?": the centre opening is its inauguration (the
    # UM6P "a ouvert ses portes" in 2017: not this).
    (re.compile(r"\b((?:le\s+centre|ai\s+movement|il)\s+(?:a|aurait)\s+)(?:été\s+)?ouvert\b(?!\s+ses\s+portes)",
                re.IGNORECASE), r"\1été inauguré"),
    # "Qui a parlé à l'inauguration ?": who spoke there, "a pris la parole" (not what a source
    # "parle de").
    (re.compile(r"\b(a|ont|avait|avaient)\s+parl[ée]e?s?\s+(?=(?:à|a|au|aux|lors|pendant|durant)\b)", re.IGNORECASE),
     r"\1 pris la parole "),
    # "Qui l'a précédée au ministère ?", "son prédécesseur ?": whom the person took over from, as the
    # documents say it ("a pris la suite de"), not what "a précédé" a summer camp.
    (re.compile(r"\bqui\s+(?:l['’]\s*|les\s+)?a\s+pr[ée]c[ée]d[ée]e?s?\b|\b(?:son|sa|leur)\s+pr[ée]d[ée]cesseur\b",
                re.IGNORECASE), "de qui a pris la suite"),
    # "Combien Ai Movement met dans le programme ?", "met combien d'argent dedans ?": what it finances.
    (re.compile(r"\b(?:met|mettent|mettre)(?:-(?:t-)?(?:il|elle|ils|elles|on))?\s+(?:combien\s+(?:d['’]argent\s+)?)?"
                r"(?:dans\b|(?=dedans\b))", re.IGNORECASE), "finance "),  # ("dedans" stays: it points back)
    # "Depuis quand le centre travaille-t-il avec l'UNESCO ?": its tie with it, as "collabore avec".
    (re.compile(r"\btravaill\w*((?:-t)?-(?:il|elle|ils|elles|on))?\s+avec\b(?!\s+qui\b)", re.IGNORECASE),
     r"collabore\1 avec"),
    (re.compile(r"\bouverte?s?\s+(?:à|a)\s+quelles?\s+heures?\b|\b(?:à|a)\s+quelle\s+heure\s+(?:ouvre|ferme)\w*"
                r"|\bheures?\s+d['’]ouverture\b|\b(?:est|sont|c['’]est|c)\s+ouverte?s?\s+quand\b", re.IGNORECASE),
     " horaires "),  # (not "elle a ouvert quand ?": when the university opened)
    # "une formation sur mesure pour nos devs ?": for a company's staff, as the documents
    # say "pour les entreprises".
    (re.compile(r"\b(?:nos|mes|leurs)\s+(?:devs?|d[ée]veloppeurs|[ée]quipes|employ[ée]s|salari[ée]s|collaborateurs"
                r"|ing[ée]nieurs|cadres)\b", re.IGNORECASE), "les entreprises"),
    # "Qui a créé / monté Ai Movement ?": who founded it (not the date of its "création"); not
    # when two founders are offered ("l'UM6P ou l'OCP qui l'a créé ?": the sources' versions).
    (re.compile(r"^(?![^?]*\bou\b)(.*?)\bqui\s+(?:l'|l’)?(?:a|ont)\s+(?:cr[ée]{2}e?|creer|cr[ée]er|mont[ée]e?)\b",
                re.IGNORECASE), r"\1qui a fondé"),
    # "Je peux faire un master chez eux ?": a master's degree, the centre's "masters exécutifs"
    # (not the children's programme named "AI Master Junior").
    (re.compile(r"\b(?:(?:un|des|mon|ton|votre|son|leurs?|vos|les|le|du)\s+|cours\s+de\s+)masters?\b"
                r"(?!\s+(?:junior|ex[ée]cutif))(?<!\bai\s\bmaster)", re.IGNORECASE), "un master exécutif"),
    # "le num de tel": the telephone number (texting).
    (re.compile(r"\bnum(?:[ée]ro)?\s+(?:de\s+)?t[ée]l\b", re.IGNORECASE), "numéro de téléphone"),
    # "Qui porte le programme ?", "qui le porte ?": who leads it, as a programme "est mené par…" (not what
    # "porte le nom" of someone).
    (re.compile(r"\bqui\s+(?:l[ea]\s+|l['’]|les\s+)?port(?:e|ent|ait|aient)\b(?!\s+(?:le\s+|son\s+)?nom\b)",
                re.IGNORECASE),
     "qui mené avec partenaires"),
)


# Where something is said to be, asked as a yes/no question: "Ai Movement c'est bien à
# Casablanca ?", "le centre n'est pas à Fès ?" (see QueryParser.place_as_asked).
_AT_PLACE = re.compile(r"\b(c['’ ]est|est|sont|se\s+trouvent?|situ[ée]e?s?|install[ée]e?s?|bas[ée]e?s?|implant[ée]e?s?)"
                       r"(?:\s+(?:bien|toujours|vraiment|pas|plus))?\s+(?:à|a|au)\s+([^\W\d_][\w-]*)", re.IGNORECASE)


# "ce programme", "cette cohorte": a thing pointed at, what the question is about.
_DEMONSTRATED = re.compile(r"\b(?:ce|cet|cette|ces)\s+([^\W\d_]{3,})", re.IGNORECASE)


# Ordinals in order, and those that mean the last one ("la dernière cohorte").
_RANKS = ("premier premiere premiers premieres", "deuxieme second seconde", "troisieme", "quatrieme", "cinquieme",
          "sixieme", "septieme", "huitieme", "neuvieme", "dixieme")
_LAST = "dernier derniere derniers dernieres"

# Words a follow-up swaps rather than adds ("et la deuxième ?" after "la
# première cohorte"), by kind; years are recognised by shape.
_SLOTS = {
    "ordinal": " ".join((*_RANKS, _LAST)),
    "month": " ".join(map(fold, MONTHS)),
}

# "la promo suivante", "l'édition précédente": the one after (before) the ordinal said last.
_NEXT = "suivant suivante suivants suivantes prochain prochaine prochains prochaines"
_PREVIOUS = "precedent precedente precedents precedentes"

# Words for one occurrence of something recurring: an ordinal before them numbers what follows.
_OCCURRENCES = "edition editions session sessions promotion promotions version versions saison saisons"
# What numbers a programme's runs ("la deuxième cohorte", "la 3e édition").
_RUNS = "cohorte cohortes promo promos promotion promotions edition editions session sessions"


class Ordinals:
    """Ordinal terms, and what an ordinal numbers in a run of terms."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.terms = frozenset(analyzer.stem_words(_SLOTS["ordinal"].split()))
        self._occurrences = frozenset(analyzer.stem_words(_OCCURRENCES.split()))
        self.rank = {stem: n for n, words in enumerate(_RANKS, 1) for stem in analyzer.stem_words(words.split())}
        self.last = frozenset(analyzer.stem_words(_LAST.split()))
        self.runs = frozenset(analyzer.stem_words(_RUNS.split()))

    def numbered(self, following: list[str]) -> tuple[str, ...]:
        """What an ordinal numbers, from the terms after it: the next one, and the
        one after an occurrence word ("la 2e édition du Forum" numbers the Forum)."""
        return tuple(following[: 2 if following[:1] and following[0] in self._occurrences else 1])

    def highest(self, terms: list[str], nouns: tuple[str, ...]) -> str | None:
        """The highest ordinal that numbers one of ``nouns`` in ``terms`` ("troisiem" for
        "…la deuxième cohorte… la troisième cohorte"), if any."""
        found = [t for i, t in enumerate(terms) if t in self.rank and set(self.numbered(terms[i + 1:])) & set(nouns)]
        return max(found, key=self.rank.__getitem__, default=None)

    def editions(self, terms: list[str]) -> set[int]:
        """The runs ``terms`` number, by rank ("la deuxième cohorte", "la 2e promo": {2})."""
        return {self.rank[t] for i, t in enumerate(terms) if t in self.rank and set(self.numbered(terms[i + 1:])) & self.runs}

    def numbers(self, terms: list[str], nouns: tuple[str, ...], ordinal: str | None = None) -> bool:
        """Whether ``terms`` put an ordinal (``ordinal``, if given) before one of
        ``nouns`` ("le 1er Forum")."""
        return any((t == ordinal if ordinal else t in self.terms) and set(self.numbered(terms[i + 1:])) & set(nouns)
                   for i, t in enumerate(terms))


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
    synonyms: dict = field(default_factory=dict)  # term -> its synonyms, each a tuple of terms
    expansion: tuple[str, ...] = ()  # synonym terms added to the scored bag
    specificity: dict = field(default_factory=dict)  # term -> 1 (topical) .. 0.25 (everyday word)
    context: tuple[str, ...] = ()  # terms of the earlier question a follow-up leans on
    frame: tuple[str, ...] = ()  # terms of words that frame the question ("veut dire", "portait")
    unknown_names: tuple[str, ...] = ()  # acronyms and names absent from the corpus and its synonyms
    names: tuple[str, ...] = ()  # acronyms and capitalised names the corpus knows ("icair", "unesco")
    pinned: tuple[str, ...] = ()  # ordinals and years asked for: "la 4e cohorte", "en 2025"
    ordinals: dict = field(default_factory=dict)  # pinned ordinal -> the terms it numbers ("edit", "forum")
    words: tuple[str, ...] = ()  # the question's folded content words as typed (framing ones too)
    either: tuple[tuple[str, str], ...] = ()  # terms offered as alternatives: "à Benguerir ou à Rabat ?"
    typos: dict = field(default_factory=dict)  # the term of a mistyped word -> its correction's ("cherhceur")

    @cached_property
    def other_alternative(self) -> dict[str, str]:
        """Each term of an "X ou Y" pair -> the other one (see ``either``)."""
        return {a: b for pair in self.either for a, b in (pair, pair[::-1])}

    @cached_property
    def alternatives(self) -> dict[str, frozenset[str]]:
        """Each term's synonyms' terms, in one set: what they may weigh (see the answer layer)."""
        return {term: frozenset(t for phrase in phrases for t in phrase) for term, phrases in self.synonyms.items()}

    def found(self, term: str, has: Callable[[str], bool]) -> bool:
        """Whether ``has`` holds for a term, or for every term of one of its synonyms:
        "AWITAI" is named by "African Women in Tech & AI", not by any "AI"."""
        return has(term) or any(all(map(has, phrase)) for phrase in self.synonyms.get(term, ()))

    @property
    def scored_terms(self) -> tuple[str, ...]:
        return self.terms + self.context + self.expansion + self.frame

    @property
    def weights(self) -> tuple[float, ...]:
        def typed(term: str) -> float:
            return self.specificity.get(term, 1.0) ** SPECIFICITY_POWER

        return (tuple(typed(t) for t in self.terms) + tuple(CONTEXT_WEIGHT * typed(t) for t in self.context)
                + (SYNONYM_WEIGHT,) * len(self.expansion) + (FRAME_WEIGHT,) * len(self.frame))

    @property
    def evidence_terms(self) -> tuple[str, ...]:
        """The terms an answer must cover: the question's own, else its context's."""
        return self.terms or self.context

    @property
    def is_empty(self) -> bool:
        return not self.evidence_terms


class _Reading(NamedTuple):
    """One question's words, analysed by :meth:`QueryParser._read` (memoised: not to be changed)."""

    terms: tuple[str, ...]  # stemmed, typos corrected
    specificity: dict[str, float]  # each term's, from its word
    framing: tuple[str, ...]  # terms of the words that only frame the question
    names: tuple[str, ...]  # acronyms and capitalised words the corpus may not know
    known: tuple[str, ...]  # rare names the corpus knows (not cities: see _CITY)
    typed: tuple[str, ...]  # the content words as typed
    typos: tuple[tuple[str, str], ...]  # (the term of a word as typed, its correction's)

    @property
    def corrected(self) -> frozenset[str]:
        """The terms that come from a correction."""
        return frozenset(fixed for _, fixed in self.typos)


class QueryParser:
    """Builds :class:`Query` objects against one index vocabulary."""

    def __init__(self, analyzer: Analyzer, doc_freqs: dict[str, int], size: int,
                 surface_counts: Counter, synonyms: Iterable[Iterable[str]] = (), fuzzy: bool = True,
                 subject: str = "") -> None:
        self.analyzer = analyzer
        self.vocabulary = frozenset(doc_freqs)
        self._common = frozenset(t for t, n in doc_freqs.items() if n > COMMON_SHARE * size)
        self.fuzzy = fuzzy
        # Surface words of the corpus, most frequent first, for typo correction.
        self._surface_set = frozenset(surface_counts)
        self._surface = [w for w, _ in sorted(surface_counts.items(), key=lambda kv: (-kv[1], kv[0]))
                         if not w.isdigit() and len(w) >= 3]
        synonyms = [tuple(group) for group in synonyms]
        self._synonyms = [[p for p in map(tuple, map(analyzer.terms, group)) if p] for group in synonyms]
        # The synonyms file's acronyms (UNESCO, UM6P, OCP…) are names however typed:
        # "le directeur général de l'unesco" asks about the UNESCO as "…de l'UNESCO" does.
        # So is what the corpus is about ("Ai Movement", the prefix its titles share): "cest ou ai
        # movement" names it as "C'est où Ai Movement ?" does.
        self._acronyms = frozenset(t for t in analyzer.terms(" ".join(
            [word for group in synonyms for member in group for word in _ACRONYM.findall(member)] + [subject]))
            if len(t) >= 3)
        # Each phrase under its first term, so a question is matched in one pass over its terms.
        self._phrases: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        for g, group in enumerate(self._synonyms):
            for n, phrase in enumerate(group):
                self._phrases.setdefault(phrase[0], []).append((g, n, phrase))
        self._slots = {term: kind for kind, words in _SLOTS.items() for term in analyzer.stem_words(words.split())}
        self._ordinals = Ordinals(analyzer)
        self._steps = {**{t: 1 for t in analyzer.stem_words(_NEXT.split())},
                       **{t: -1 for t in analyzer.stem_words(_PREVIOUS.split())}}
        self._rank_terms = [analyzer.stem_words(words.split()[:1])[0] for words in _RANKS]
        self._where = tuple(analyzer.stem_words(_WHERE_WORDS.split()))
        # A follow-up is read with the previous question, and read alone too: each
        # question's words are analysed (and typos corrected) once.
        self._read = lru_cache(maxsize=1024)(self._read)

    def _slot(self, term: str) -> str | None:
        """The kind of term a follow-up swaps rather than adds: an ordinal, a month, a year."""
        if len(term) == 4 and term.isdigit() and term[:2] in ("19", "20"):
            return "year"
        return self._slots.get(term)

    def _mistyped_question_word(self, word: str) -> bool:
        """"coment", "pourquio": a question word mistyped, not a typo of a corpus
        word ("coment" is one letter from "COMEST"). Words French or the corpus
        uses are left alone ("quant")."""
        return (len(word) >= 4 and word not in self._surface_set and not is_common_word(word)
                and any(Levenshtein.distance(word, q) <= max_edits(q) for q in _QUESTION_WORDS))

    def correct(self, word: str) -> str | None:
        """The closest corpus word within the allowed edits, or None."""
        edits = max_edits(word)
        if not edits or not self.fuzzy:
            return None
        found = process.extract(word, self._surface, scorer=Levenshtein.distance,
                                score_cutoff=edits, limit=8)
        if not found:
            return None
        # Fewest edits first, a word cut short by one or two letters counting one edit less
        # ("doctoran" is "doctorants", not "doctorat"); among equals one with the same first
        # letter (people seldom mistype it: "domme" is "dôme", not "comme"), then one the
        # word begins, then the more frequent (list order).
        def rank(hit: tuple[str, float, int]) -> tuple:
            cut_short = hit[0].startswith(word)
            return (hit[1] - (cut_short and len(hit[0]) - len(word) <= 2), hit[0][0] != word[0], not cut_short, hit[2])

        best = min(found, key=rank)
        return best[0]

    def place_as_asked(self, text: str) -> str:
        """A place the corpus never names, offered as where something is ("Ai Movement c'est bien
        à Casablanca ?"), asks where it is ("… c'est où ?"): the answer says where, which
        tells whether the asker's guess holds."""
        def where(m: re.Match) -> str:
            unknown = [t for t in self.analyzer.terms(m.group(2)) if t not in self.vocabulary]
            return f"{m.group(1)} où" if unknown else m.group(0)

        return _AT_PLACE.sub(where, text)

    def parse(self, text: str, context: str = "") -> Query:
        """Analyse a question; ``context`` (an earlier question) adds its words at a lower weight."""
        asked = _NEGATED.sub("", text)
        if MONEY_FROM.match(asked):
            asked = _COMES_FROM.sub(" ", asked)
        for said, as_documents_say in _ASKED_AS:
            asked = said.sub(as_documents_say, asked)
        read, earlier = self._read(asked), self._read(context)
        terms = self._relative_ordinal(read.terms, earlier.terms)
        synonyms, expansion = self._expand(terms)
        own = set(terms)
        # "et la deuxième ?" after "la première cohorte": the new ordinal (year,
        # month) replaces the old one instead of joining it.
        replaced = {kind for kind in map(self._slot, own) if kind}
        # Of a topic that already swapped one ("la deuxième cohorte ? et la troisième ?"),
        # the last ordinal (year, month) said is the one that holds.
        latest = {self._slot(t): t for t in earlier.terms if self._slot(t)}
        extra = tuple(dict.fromkeys(t for t in earlier.terms if t not in own and self._slot(t) not in replaced
                                    and latest.get(self._slot(t), t) == t))
        # "qui finance ce programme ?" after "la troisième cohorte": the programme, not that cohort.
        shown = {t for noun in _DEMONSTRATED.findall(asked) for t in self.analyzer.terms(noun)}
        if shown:
            numbering = {t: set(self._ordinals.numbered(list(earlier.terms[i + 1:])))
                         for i, t in enumerate(earlier.terms) if self._slot(t) == "ordinal"}
            shown |= {t for noun in shown for phrase in synonyms.get(noun, ()) for t in phrase}
            extra = tuple(t for t in extra if not numbering.get(t) or numbering[t] & shown)
        where = WHERE_QUESTION.search(text.replace("\u2019", "'")) and not MONEY_FROM.match(text)
        framing = read.framing + (self._where if where else ())
        frame = tuple(dict.fromkeys(t for t in framing if t not in own and t in self.vocabulary))
        # "à quoi sert…" is answered by what a thing was "conçu" for: frames have synonyms too.
        synonyms = {**self._expand(list(framing))[0], **synonyms}
        either = self._either(text, terms)
        # (A name offered as the alternative to a known one, "à Paris VI ou à Paris XIII ?", may be unknown.)
        offered = {t for a, b in either for t, other in ((a, b), (b, a)) if other in self.vocabulary}
        unknown = tuple(t for t in read.names if t not in self.vocabulary and t not in offered
                        and not any(w in self.vocabulary for phrase in synonyms.get(t, ()) for w in phrase))
        # "et elle venait de combien de pays ?" after "la deuxième cohorte": still the second.
        pinned = tuple(t for t in dict.fromkeys((*terms, *extra)) if self._slot(t) in ("ordinal", "year"))
        ordinals = {t: self._ordinals.numbered(said[i + 1:]) for said in (earlier.terms, terms)
                    for i, t in enumerate(said) if t in pinned and self._slot(t) == "ordinal"}
        return Query(text, terms, read.corrected | (earlier.corrected & set(extra)),
                     synonyms, tuple(expansion), {**earlier.specificity, **read.specificity}, extra, frame, unknown,
                     tuple(dict.fromkeys(read.known)), pinned, ordinals, read.typed, either,
                     dict(read.typos))

    def _relative_ordinal(self, terms: tuple[str, ...], earlier: tuple[str, ...]) -> tuple[str, ...]:
        """"Et la promo suivante ?" after "la 2e promo": the third, its ordinal put where an
        ordinal goes, before the noun. Unchanged without an earlier ordinal to count from
        ("la prochaine édition" of a conversation's first question is the next one to come)."""
        at = next((i for i, t in enumerate(terms) if t in self._steps), None)
        if at is None or any(t in self._ordinals.rank for t in terms):
            return terms
        rank, noun = 0, None  # where the conversation was last ("la deuxième… et la suivante ?": the third)
        for i, t in enumerate(earlier):
            if t in self._ordinals.rank:
                rank, noun = self._ordinals.rank[t], next(iter(self._ordinals.numbered(list(earlier[i + 1:]))), None)
            elif rank and t in self._steps:
                rank += self._steps[t]
        # Of what it counted, or of nothing named ("la prochaine édition du Forum" after
        # the cohorts is the Forum's next edition, not the fourth cohort).
        near = {t for t in terms[max(at - 1, 0) : at + 2] if t not in self._steps}
        if not rank or (near and noun not in near
                        and not near & {t for phrase in self._expand([noun])[0].get(noun, ()) for t in phrase}):
            return terms
        rank += self._steps[terms[at]]
        if not 1 <= rank <= len(self._rank_terms):
            return terms
        ordinal = self._rank_terms[rank - 1]
        if at == 0:
            return (ordinal, *terms[1:])
        return (*terms[: at - 1], ordinal, terms[at - 1], *terms[at + 1 :])

    def _either(self, text: str, terms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """Pairs of terms a question offers as alternatives ("inauguré à Benguerir
        ou à Rabat ?", "l'UNESCO ou les pays ?"): the content word before "ou"
        (not "où") and the first after it that differs from the words before
        ("à Paris VI ou à Paris XIII ?": VI or XIII)."""
        # The text between the "ou"s, analysed once: a pair is the last term before
        # an "ou" and the first new one after it, wherever they fall.
        segments = [self.analyzer.terms(part) for part in _OR.split(clean(text).lower())]
        pairs = []
        for i in range(1, len(segments)):
            said = set(next((segment for segment in reversed(segments[:i]) if segment), ()))
            before = next((segment[-1] for segment in reversed(segments[:i]) if segment), None)
            after = next((t for segment in segments[i:] for t in segment if t not in said), None)
            if before and after and before != after and {before, after} <= set(terms):
                pairs.append((before, after))
        return tuple(pairs)

    def _read(self, text: str) -> _Reading:
        """The words of a question, analysed (see :class:`_Reading`)."""
        stop = self.analyzer.stop_words
        # Fillers are not searched, not even in the surface field: "Que fait
        # Ai Movement ?" matched "fait partie" in a passage on a researcher.
        kept = without_fillers([w for w in self.analyzer.words(text) if not self._mistyped_question_word(w)])
        typed = [w for w in kept if w not in stop][:MAX_QUERY_WORDS]
        words, framing = split_hints(kept)
        words = [w for w in words if w not in stop][:MAX_QUERY_WORDS]
        framing = self.analyzer.stem_words(w for w in framing if w not in stop)
        stems = self.analyzer.stem_words(words)
        # A word typed in capitals (ICESCO) is an acronym, not a typo of UNESCO
        # (unless the whole question is typed in capitals).
        acronyms = set() if text.isupper() else set(self.analyzer.words(" ".join(_ACRONYM.findall(text))))
        names = set() if text.isupper() else set(self.analyzer.words(" ".join(_CAPITALISED.findall(text))))
        cities = set(self.analyzer.words(" ".join(_CITY.findall(text))))
        terms, weight, name_terms, known, typos = [], {}, [], [], []
        for word, stem in zip(words, stems):
            if (word in acronyms or word in names or stem in self._acronyms) and stem in self.vocabulary:
                if zipf(word) < NAME_ZIPF and word not in cities:
                    known.append(stem)
            if word in acronyms:
                name_terms.append(stem)
            # (A word of the synonyms file is known: "cheffe" is not a typo of "chiffre".)
            elif stem not in self.vocabulary and stem not in self._phrases and not word.isdigit():
                fixed = None if is_common_word(word) else self.correct(word)
                if fixed is not None:
                    typo = stem
                    word, stem = fixed, self.analyzer.stem_words([fixed])[0]
                    typos.append((typo, stem))
                elif word in names:  # "Shanghai", "ChatGPT": a name the corpus never mentions
                    name_terms.append(stem)
            terms.append(stem)
            weight[stem] = max(weight.get(stem, 0.0), specificity(word))
        return _Reading(tuple(terms), weight, tuple(framing), tuple(name_terms), tuple(known),
                        tuple(typed), tuple(typos))

    def _expand(self, terms: list[str]) -> tuple[dict, list[str]]:
        """Each term's synonyms (as phrases of terms), and the terms added to the search."""
        synonyms: dict[str, tuple[tuple[str, ...], ...]] = {}
        expansion: list[str] = []
        present = set(terms)
        found = sorted({(g, n) for i, term in enumerate(terms) for g, n, phrase in self._phrases.get(term, ())
                        if tuple(terms[i : i + len(phrase)]) == phrase})
        for g, n in found:  # in the synonyms file's order, as before
            group, phrase = self._synonyms[g], self._synonyms[g][n]
            alike = tuple(other for other in group if other != phrase)
            for term in phrase:
                synonyms[term] = tuple(dict.fromkeys((*synonyms.get(term, ()), *alike)))
            if set(phrase) <= self._common:
                continue  # it matches plenty already: synonyms count for coverage only
            for term in sorted({t for other in alike for t in other} - present):
                expansion.append(term)
                present.add(term)
        return synonyms, expansion
