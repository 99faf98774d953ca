"""Answer composition: decide whether to answer and from which passage, then reply.

"No answer" is an explicit decision made on evidence beyond the raw BM25
score: the share of the question's weight that the best passage matches
(see :mod:`askbot.evidence`) and, when that share is only moderate, the
margin over the best passage of another document (a long question may
instead be answered on the weight it matches). Only *eligible* passages
compete: those naming the rare names and the edition or year the question
asks about. What to quote from the chosen passage is :mod:`askbot.quote`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, NamedTuple

from . import wording
from .config import AnswerConfig
from .corpus import Passage, Passages
from .evidence import UBIQUITOUS, Evidence
from .lexicon import is_common_word, zipf
from .priors import asks_for
from .query import NAME_ZIPF, Ordinals, Query, question_kind
from .quote import Quoter, checks_claim, links, sentences_of, unhooked
from .required import (DAY, FOCUS, FULL_DATE, PERSON_NAME, YEAR, age_asked, dates_in, holds_required_value,
                       question_type, takes_age)
from .retrieval import BM25Index
from .text import Analyzer, fold, folded

# "Et la deuxième cohorte ?": a question about a thing, not a detail of it (see asks_about).
_WHAT_ABOUT = re.compile(r"\s*et\s+(?:l'|le|la|les|du|de la|des|son|sa|ses|leur|leurs)\s*[^?]*\?\s*$", re.IGNORECASE)
# "Il y a eu un forum… ?", "Existe-t-il un programme… ?": whether a thing exists.
_EXISTS = re.compile(r"\b(?:il y (?:a|avait) (?:eu )?|y a-t-il (?:eu )?|y avait-il |existe-t-il |il existe )"
                     r"(?:un|une|des)\b", re.IGNORECASE)
# "Parlez-moi d'AWITAI", "présentez-moi le centre", "des infos sur le forum": a thing to present.
_PRESENT_ME = r"\b(?:pr[ée]sente[rz]?|raconte[rz]?)[- ](?:moi|nous)\b"  # "présentez-moi", "raconte-nous"
_PRESENT = re.compile(r"\bparle[rz]?(?:[- ](?:moi|nous))?\s+(?:de|du|des|d')|\bd[ée]cri(?:s|re|vez)\s"
                      rf"|{_PRESENT_ME}"
                      r"|\b(?:infos?|informations?|renseignements?|en savoir plus)\s+(?:sur|concernant)\b",
                      re.IGNORECASE)
# "Qu'est-ce qu'un centre de catégorie 2 ?", "une volière à drones, c'est quoi ?": what a
# kind of thing is (an indefinite article), matched on the folded question.
_HEDGES = r"(?:au juste|exactement|en fait|concretement|precisement)"  # "c'est quoi exactement un…"
_DEFINES_KIND = re.compile(rf"(?:qu'est[- ]ce qu'|c'est quoi |ce qu'est |ce que c'est |que (?:signifie|veut dire) "
                           rf"|definition d'|qu'appelle[- ]t[- ]on )(?:{_HEDGES} )?(?:un|une) ([^?!.,;]+)"
                           r"|^\W*(?:un|une) ([^?!.,;]+?),? (?:c'est quoi|ca veut dire quoi)")
_FILLERS = re.compile(rf"\s+{_HEDGES}\s*$")
MIN_KIND_WORDS = 3  # words of the kind asked about a general statement must repeat ("centres de catégorie")
# "Présentez-moi Ai Movement", "parle-moi du forum", "décrivez AWITAI": a request to present a thing.
_ASKS_PRESENTATION = re.compile(rf"{_PRESENT_ME}|\b(?:parle[rz]?|r[ée]sume[rz]?)[- ](?:moi|nous)\b"
                                r"|\bd[ée]cri(?:s|vez)\b", re.IGNORECASE)
# A name asked about and what is asked of it ("a fait ses études", "pense"): the words
# besides the names weigh this much at least for a passage that holds none of them
# to be about something else.
PREDICATE_WEIGHT = 2.0
_CAPITALISED = re.compile(r"(?:(?<=[\w,;] )|(?<=['’]))[A-ZÀ-Ý][\w-]*")
_FIRST_WORD = re.compile(r"\W*([A-ZÀ-Ý][\w-]*)")
LONG_QUESTION = 7  # distinct content words from which a question is long…
LONG_EVIDENCE = 1.25  # …and may be answered on this much weight found (in rarest words' weights)
# "où…?", "dans quelle langue…?", "à quoi sert…?": a passage naming a place, a language, a purpose
PLACE_BONUS = 0.2
DATE_BONUS = 0.2  # "quand…?": a passage giving a day and month ranks higher than one naming a month
RERANK = 6  # candidates whose coverage is compared before answering
MOST = 0.5  # share of the passages from which a word is in most of them ("le centre")
SQUARELY = 0.5  # share of a heading's words that are the question's above which it is about what is asked
FOCUS_SHARE = 0.5  # …and a heading this share as squarely about it introduces it as well
ORDINAL_BONUS = 0.2  # an ordinal question: a passage numbering the very thing asked ranks higher
ROLE_BONUS = 0.2  # "qui est X ?", "quel poste occupe X ?": a passage saying what X is ("X (sous-directeur…)")
AGE_BONUS = 0.5  # "ma fille a 10 ans…": a passage on a programme for ages that hold it ("de 9 à 14 ans")
# Asking who someone is, or what post they hold.
_ASKS_ROLE = re.compile(r"\b(?:qui (?:est|était|etait)|c'est qui|c'était qui)\b"
                        r"|\bquel(?:le)?s?\s+(?:poste|fonction|r[ôo]le|titre|m[ée]tier)s?\b"
                        r"|\b(?:la fonction|le poste|le r[ôo]le|le titre|le m[ée]tier)\s+(?:de|d')\s*[A-ZÉ]",
                        re.IGNORECASE)
# "Que fait la Fondation OCP dans AWITAI ?", "quel rôle joue l'UNESCO ?": what a named body does.
_ASKS_DOING = re.compile(r"\b(?:que|qu'est-ce qu'?e?)\s+fai\w*|\bfai(?:t|s|saient|sait|ont)\s+quoi\b|\br[ôo]le\b"
                         r"|\bser(?:t|vent)\s+à\s+quoi\b|\bà quoi ser(?:t|vent)\b", re.IGNORECASE)
# "Que contient le Consensus de Rabat ?", "il dit quoi ?": what a text says, from its section's start.
_ASKS_CONTENT = re.compile(r"\bque\s+(?:contient|dit|prévoit|prevoit|énonce|enonce)\b"
                           r"|\b(?:contient|dit|prévoit|prevoit)\s+quoi\b", re.IGNORECASE)
NEAREST = 0.3  # a refusal names the nearest section when it holds this share of the question
SUMMARY_YIELD = 0.75  # a summary gives way to a detailed section covering this share of what it covers
LEAD = 0.1  # earlier passages of a document weigh a little more: sheets and news lead with the main fact


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float


class Choice(NamedTuple):
    """What :meth:`Composer.best` picked: the hit to answer from, its coverage,
    its margin over the runner-up, and every eligible candidate with its coverage
    (the quoting step compares them again; only those for the age asked when the hit is)."""

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
    """Whether a question asks what a thing is: "c'est quoi X", "et X ?", "parlez-moi de X",
    bare keywords, or whether it exists ("Il y a eu un forum sur l'IA en 2024 ?")."""
    return (asks_for("definition", question)
            or bool(_WHAT_ABOUT.match(question) or _EXISTS.search(question) or _PRESENT.search(question))
            or question_kind(question) == "other")


@lru_cache(maxsize=256)
def kind_asked(question: str) -> tuple[str, ...]:
    """The folded words of the kind of thing a question asks to define, if it does."""
    asked = _DEFINES_KIND.search(folded(question))
    return tuple(_FILLERS.sub("", (asked.group(1) or asked.group(2)).strip()).split()) if asked else ()


@lru_cache(maxsize=256)
def _general_statements(question: str) -> re.Pattern | None:
    """What a text saying in general what the kind asked about is looks like: "les centres de
    catégorie 2 sont…", "Un centre de catégorie 2 est…" (the kind's first words will do)."""
    words = kind_asked(question)
    if not words:
        return None
    kinds = []
    for n in range(len(words), min(len(words), MIN_KIND_WORDS) - 1, -1):
        head = words[0] if words[0].endswith(("s", "x", "z")) else words[0] + "s?"
        kind = r"\s+".join([head, *map(re.escape, words[1:n])])
        kinds.append(rf"\b(?:les|ces) {kind}\b[^.]{{0,40}}?\b(?:sont|designent)\b"
                     rf"|(?:^|[.!?]\s+)(?:un|une) {kind}\b[^.]{{0,40}}?\b(?:est|designe)\b")
    return re.compile("|".join(kinds))


def _names_in(question: str) -> list[str]:
    """The capitalised words of a question: after a word or an elision ("qu'André"), and its
    first word when it is an acronym or rare in French ("Hicham", not "Quel")."""
    names = _CAPITALISED.findall(question)
    first = _FIRST_WORD.match(question)
    if first and (first.group(1).isupper() or zipf(first.group(1).lower()) < NAME_ZIPF):
        names.append(first.group(1))
    return names


def _rather(hit: Hit, ranked: list, coverages: dict[int, float], accepts: Callable[[Passage], bool],
            share: float = 1.0) -> Hit:
    """The first of the ``ranked`` candidates (value, order, hit) from ``hit``'s document that
    ``accepts`` and covers at least ``share`` of what ``hit`` covers; ``hit`` when none does."""
    least = share * coverages[hit.passage.index]
    return next((h for _, _, h in ranked if h.passage.doc == hit.passage.doc and accepts(h.passage)
                 and coverages[h.passage.index] >= least), hit)


def speaks_of_kind(question: str, text: str) -> bool:
    """Whether a text says what the kind of thing a question asks to define is, in
    general: "les centres de catégorie 2 sont…", "Un centre de catégorie 2 est…"
    for "Qu'est-ce qu'un centre de catégorie 2 (de l'UNESCO) ?"."""
    pattern = _general_statements(question)
    return pattern is not None and bool(pattern.search(fold(text).lower().replace("’", "'")))


# Quantities said in words, which a claim may get wrong as it may a figure ("des centaines de
# chercheurs", "une trentaine") — as analysed.
_ABOUT_SO_MANY = frozenset({"dizain", "douzain", "quinzain", "vingtain", "trentain", "quarantain", "cinquantain",
                            "centain", "milli"})


def ordinal_pins(query: Query, pins: tuple[str, ...]) -> tuple[str, ...]:
    """The ordinals among the pins that bind an answer (see Composer.binding_pins)."""
    return tuple(t for t in pins if t in query.ordinals)


def numbered_nouns(query: Query, ordinal: str) -> tuple[str, ...]:
    """What a pinned ordinal numbers in the question, and its synonyms ("la 2e promo": cohorte)."""
    said = query.ordinals[ordinal]
    return (*said, *(t for noun in said for t in query.alternatives.get(noun, ())))


class Composer:
    """Turns ranked hits into a :class:`Reply`."""

    def __init__(self, analyzer: Analyzer, index: BM25Index, config: AnswerConfig,
                 position: Callable[[Passage], int] = lambda passage: 0,
                 passages: Passages = Passages(), subject: str = "") -> None:
        self.position = position  # a passage's rank within its document
        self.passages = passages  # the indexed passages, by index: a section's paragraphs
        self.subject = subject  # what the corpus is about: whose role "le directeur" asks, unsaid
        self.analyzer = analyzer
        self.config = config
        self.evidence = Evidence(analyzer, index)
        self.ordinals = Ordinals(analyzer)
        self.quoter = Quoter(self.evidence, self.ordinals, config.max_sentences)
        self.focus_of = lru_cache(maxsize=1024)(self._focus_of)

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

        coverages = {h.passage.index: self.evidence.coverage(query, h.passage.index) for h in scored}

        kind, pattern = question_type(query.text)
        numbered_pins = ordinal_pins(query, pins)
        # Of "Qui est Tawfik Jelassi ?", the passage that says what he is, not one that lists him.
        described = PERSON_NAME.findall(query.text) if _ASKS_ROLE.search(query.text) else []
        # Of "Que fait la Fondation OCP dans le programme… ?", the section headed by it
        # ("Rôle de la Fondation OCP dans AWITAI"), not the programme's that lists it.
        doer = query.names if _ASKS_DOING.search(query.text) else ()
        age = age_asked(query.text)

        def value(hit: Hit) -> float:
            v = coverages[hit.passage.index] * (hit.score / top) ** 0.5
            if kind in ("place", "language", "purpose") and pattern.search(hit.passage.text):
                v *= 1 + PLACE_BONUS
            if kind == "date" and DAY.search(hit.passage.text):
                v *= 1 + DATE_BONUS * (1 if FULL_DATE.search(hit.passage.text) else 0.5)
            if numbered_pins and self.numbers_pins(query, hit.passage, numbered_pins):
                v *= 1 + ORDINAL_BONUS
            if described and any(re.search(re.escape(name) + r"\s*(?:\(|,\s+\w)", hit.passage.text)
                                 for name in described):
                v *= 1 + ROLE_BONUS
            if doer and set(doer) <= set(self.evidence.terms_of(hit.passage.heading)):
                v *= 1 + ROLE_BONUS
            if age is not None and takes_age(hit.passage.text, age):
                v *= 1 + AGE_BONUS
            return v

        # The document is chosen on the evidence, its opening passage weighing LEAD
        # more (a sheet leads with its main fact: "Qui est la présidente ?"); LEAD
        # then orders that document's passages, fading with their rank. Fading
        # across documents, it handed near ties to whichever sheet had fewer
        # sections ("Qui a fondé Ai Movement ?" to the amphitheatre named after
        # the founder of Al Quaraouiyine).
        values = {h.passage.index: value(h) for h in scored}
        by_doc: dict[str, float] = {}
        for h in scored:
            opening = 1 + LEAD if self.position(h.passage) == 0 else 1.0
            by_doc[h.passage.doc] = max(by_doc.get(h.passage.doc, 0.0), values[h.passage.index] * opening)
        ranked = sorted(((values[h.passage.index] * (1 + LEAD / (1 + self.position(h.passage))), n, h)
                         for n, h in enumerate(scored)), key=lambda t: (-by_doc[t[2].passage.doc], -t[0], t[1]))
        best_value, _, hit = ranked[0]
        if not query.context and hit.passage.heading and not self.evidence.says_any(query, hit.passage):
            # Found by its section's heading and questions alone, the passage says
            # nothing the question asks ("Le septième pilier… n'est pas visible dans
            # l'extrait consulté" for "vous recrutez ?"): the section's first passage
            # introduces what they are about.
            hit = min((h for h in scored if h.passage.doc == hit.passage.doc
                       and h.passage.heading == hit.passage.heading), key=lambda h: h.passage.index)
        literal = {name for name in query.names if not self.evidence.is_everyday(name)}  # (not "Ai Movement")
        if literal and not literal <= set(self.evidence.terms_of(hit.passage.text)):
            # A passage saying the very name asked ("CIAM"), covering the question as well, before
            # one of its document that covers it with a synonym ("Ai Movement").
            hit = _rather(hit, ranked, coverages, lambda p: literal <= set(self.evidence.terms_of(p.text)))
        if not self.evidence.heading_holds(query, hit.passage):
            # A section headed by the very question ("Qui a fondé Ai Movement ? UM6P ou OCP"),
            # covering it as well, answers it rather than one that happens to hold its words
            # ("L'UM6P … a été fondée par la Fondation du groupe OCP").
            hit = _rather(hit, ranked, coverages, lambda p: self._headed_by_the_question(query, p))
        # The programme for the age the asker gives ("Ma fille a 10 ans, il y a un programme pour elle ?")
        # is neither introduced by another (AWITAI's "Le programme…") nor quoted from a sibling for
        # other ages (the candidates returned).
        for_age = age is not None and takes_age(hit.passage.text, age)
        if _ASKS_CONTENT.search(query.text):
            # Its section's first paragraph ("repose sur trois principes : …"), not the one on
            # its third principle, when it covers the question as well.
            first = min(self.passages.section(hit.passage.index))
            hit = next((h for h in scored if h.passage.index == first
                        and coverages[first] >= coverages[hit.passage.index]), hit)
        elif (asks_about(query.text) or kind_asked(query.text)) and not for_age:
            introduction = self.introduction(query, hit, [h for _, _, h in ranked], coverages)
            # (Not one that does not say the very name asked: "Que signifie CIAM ?")
            if not literal or literal <= set(self.evidence.terms_of(introduction.passage.text)):
                hit = introduction
        if hit.passage.is_summary and kind != "list" and self.evidence.heading_focus(query, hit.passage) < 1:
            # "Est-ce que le centre forme des enfants ?": AI Master Junior's own section,
            # not the training summary's mention of it, when it covers the question nearly
            # as well (SUMMARY_YIELD: the summary shares words with many questions). A
            # summary headed by the very question's words stays: "c'est quoi leur mission ?"
            # and "Les missions d'Ai Movement en bref".
            hit = _rather(hit, ranked, coverages, lambda p: not p.is_summary, SUMMARY_YIELD)
        # The runner-up that disagrees: a candidate from the same document
        # backs the answer up rather than competing with it.
        # Nor does one of another document that says much the same thing (a fact
        # sheet restating the press release, another sheet's summary), nor one that
        # gives the same date ("Quand a-t-il été inauguré ?": the dôme's section and
        # the conference's that "a suivi" it both say novembre 2022).
        others = [(v, h) for v, _, h in ranked[1:] if h.passage.doc != hit.passage.doc]
        words = set(self.evidence.terms_of(hit.passage.text)) if others else set()
        dates = self.dates_said(query, hit.passage) if others and kind == "date" else set()
        rivals = [v for v, h in others if not self.evidence.restates(words, h.passage)
                  and not (dates and dates & self.dates_said(query, h.passage))]
        second = rivals[0] if rivals else 0.0
        margin = (best_value - second) / best_value if best_value else 0.0
        for_age = age is not None and takes_age(hit.passage.text, age)  # (the hit may have given way to a section)
        return Choice(hit, coverages[hit.passage.index], margin,
                      tuple((h.passage, coverages[h.passage.index]) for h in scored
                            if not for_age or takes_age(h.passage.text, age)))

    def introduction(self, query: Query, hit: Hit, ranked: list[Hit], coverages: dict[int, float]) -> Hit:
        """The passage introducing what a question asks about ("C'est quoi l'accord
        tripartite ?", "parlez-moi du forum", "et la deuxième cohorte ?"), among
        those covering the question as well as ``hit``.

        A passage saying what such things are in general answers what a kind of
        thing is ("les centres de catégorie 2 sont…" for "Qu'est-ce qu'un centre
        de catégorie 2 ?", before the sections headed by it that say what Ai
        Movement became). Else a section headed squarely by it introduces it
        ("Qu'est-ce qu'Ai Movement ?", not "Les 7 piliers d'Ai Movement : un
        nombre stable…"; "Inauguration du
        dôme de l'IA le 9 novembre 2022", not the creation date's section that
        mentions the dôme in passing), or the first of its document headed nearly
        as squarely (the forum's opening section before its panels'). Else the
        first passage of ``hit``'s document.
        """
        full = coverages[hit.passage.index]
        covering = [h for h in ranked if coverages[h.passage.index] >= full]
        general = next((h for h in covering if speaks_of_kind(query.text, h.passage.text)), None)
        if general is not None:
            return general
        focus = {h.passage.index: self.evidence.heading_focus(query, h.passage) for h in covering}
        sharpest = max(focus.values(), default=0.0)
        if sharpest > SQUARELY:
            doc = next(h.passage.doc for h in covering if focus[h.passage.index] == sharpest)
            return min((h for h in covering if h.passage.doc == doc
                        and focus[h.passage.index] > FOCUS_SHARE * sharpest), key=lambda h: h.passage.index)
        return min((h for h in covering if h.passage.doc == hit.passage.doc), key=lambda h: h.passage.index)

    def _headed_by_the_question(self, query: Query, passage: Passage) -> bool:
        """Whether a section's heading asks the question: a question holding every word of it
        (its names as they are written: "CIAM" is not "Qu'est-ce qu'Ai Movement ?"), no year the
        question does not say ("Qui dirige Ai Movement depuis octobre 2024 ?" is not "C'est qui la
        patronne d'Ai Movement ?"), and asking for the same kind of value ("Qui a fondé…" is not
        "fondé en quelle année ?")."""
        said = set(self.evidence.terms_of(passage.heading))
        years = {t for t in said if t.isdigit()}
        asked = set(query.terms) | {t for term in query.terms for t in query.alternatives.get(term, ())}
        return ("?" in passage.heading and years <= set(query.terms) and set(query.names) <= said
                # and the question asks it of what the heading asks it of (not "Qui a fondé l'UM6P ?")
                and set(self.evidence.terms_of(passage.heading.split("?")[0])) <= asked
                and question_type(query.text)[0] in (None, question_type(passage.heading)[0])
                and self.evidence.heading_holds(query, passage))

    def _named_without_predicate(self, query: Query, has: Callable[[str], bool]) -> bool:
        """Whether a passage holds the names a question asks about and none of what it asks
        of them: "Hicham El Habti a fait ses études dans quelle école ?" and the passage on his
        UM6P presidency, "Qu'est-ce qu'André Azoulay pense du Consensus de Rabat ?" and the
        Consensus read before him. (What a name is: a capitalised word, the question's first
        one only when it is rare, or a name the corpus knows.)"""
        if _ASKS_PRESENTATION.search(query.text):
            return False  # "Présentez-moi Btissam El Khamlichi": nothing asked of her but herself
        named = set(self.analyzer.terms(" ".join(_names_in(query.text)))) | set(query.names)
        if not any(t in named and query.found(t, has) for t in query.terms):
            return False
        asked = [t for t in dict.fromkeys(query.terms)
                 if t not in named and t not in query.pinned and self.evidence.weight(t) > UBIQUITOUS]
        found, total = self.evidence.weigh(query, has, asked) if asked else (0.0, 0.0)
        return total >= PREDICATE_WEIGHT and not found

    def confident(self, coverage: float, margin: float, query: Query, passage: int) -> bool:
        """Whether the best passage (its coverage, its margin) is evidence enough to answer."""
        has = self.evidence.in_passage(passage)
        asked = [t for t in query.terms if t not in query.pinned and self.evidence.weight(t) > UBIQUITOUS]
        # (Words in most passages aside, when it says more: "Qui est à la tête du centre en 2025 ?"
        # and AWITAI's 2025 cohort, which names the centre.)
        asked = [t for t in asked if not self.evidence.is_everyday(t, MOST)] or asked
        if asked and not any(query.found(t, has) for t in asked):
            # Only the year or the edition matches ("Qui dirige Ai Movement en 2025 ?" and
            # AWITAI's 2025 cohort): the passage says nothing of what is asked.
            return False
        if self._named_without_predicate(query, has):
            return False
        if (asks_for("definition", query.text) and query.terms
                and all(map(self.evidence.is_everyday, query.terms))
                and self.evidence.heading_focus(query, self.passages[passage]) <= SQUARELY
                and not speaks_of_kind(query.text, self.passages[passage].text)):
            # "Qu'est-ce que l'intelligence artificielle ?": words every other passage says,
            # and no passage headed by them or saying what they are in general.
            return False
        if coverage >= self.config.min_strong_coverage:
            return True
        if margin < self.config.min_margin:
            return False
        # A passage sharing a single word with a question of three or more
        # ("Quelle langue est utilisée dans les formations ?" and a project that
        # "utilise des images satellites") is about something else.
        terms = set(query.terms)
        if len(terms) >= 3 and sum(query.found(t, self.evidence.in_passage(passage)) for t in terms) <= 1:
            return False
        # Middle ground: answer only when the best passage clearly stands out…
        if coverage >= self.config.min_coverage:
            return True
        # …and a long question ("Dans quel établissement parisien la fondatrice
        # d'Ai Movement a-t-elle obtenu son titre de docteur ?") when the passage
        # holds much of its weight, if not most: each paraphrased word lowers
        # the share, not what was found.
        return (len(set(query.terms)) >= LONG_QUESTION
                and self.evidence.weigh(query, self.evidence.in_passage(passage))[0]
                >= LONG_EVIDENCE * self.evidence.unknown_weight)

    def matched_words(self, question: str, sentences: list[str]) -> tuple[str, ...]:
        answer_terms = set(self.analyzer.terms(" ".join(sentences)))
        words = self.analyzer.content_words(question)
        stems = self.analyzer.stem_words(words)
        return tuple(dict.fromkeys(w for w, s in zip(words, stems) if s in answer_terms))

    def compose(self, query: Query, hits: list[Hit], topics: list[str]) -> Reply:
        resolved = self.resolve_last(query, hits)
        query = self.without_claimed_figures(resolved, hits)
        # (A claim's wrong figure is answered by the right one: "…des centaines de chercheurs, vrai ?"
        # is not by a sentence on researchers giving no number.)
        corrects_figure = query.terms != resolved.terms
        pins = self.binding_pins(query, hits)
        choice = self.best(query, hits, pins)
        hit, cov = choice.hit, choice.coverage
        # A name or acronym the corpus never mentions (ICESCO) is something it knows nothing about,
        # unless a claim to check says it ("…un clin d'œil à Harvard, c'est exact ?"): what the
        # documents say instead is the answer.
        if (hit is not None and (not query.unknown_names or checks_claim(query.text))
                and self.confident(cov, choice.margin, query, hit.passage.index)):
            # A sibling that does not number what the question does ("la deuxième cohorte"
            # against the totals' "les quelque 80 femmes de la deuxième") does not replace one that does.
            numbered = ordinal_pins(query, pins)
            siblings = choice.candidates
            if numbered and self.numbers_pins(query, hit.passage, numbered):
                # Nor does the totals' "les 34 femmes de la première cohorte" replace the section
                # headed "Première cohorte d'AWITAI" for "combien dans la première promo ?".
                by_heading = self.numbers_pins(query, hit.passage, numbered, heading_only=True)
                siblings = tuple((p, c) for p, c in siblings
                                 if self.numbers_pins(query, p, numbered, heading_only=by_heading))
            # (A section headed by the question answers it, better-scoring sentences elsewhere or not.)
            passage = (hit.passage if self._headed_by_the_question(query, hit.passage)
                       else self.quoter.quoted_passage(query, hit.passage, cov, siblings))
            presents = bool(_ASKS_PRESENTATION.search(query.text))
            section = self.section_of(passage) if passage.is_conflict or presents else [passage]
            if len(section) > 1 and passage.is_conflict:  # sources that disagree, one paragraph per version
                sentences = quoted = self.quoter.versions(query, section)
            elif len(section) > 1 and section[0] == passage:
                # "Présentez-moi Ai Movement", "parlez-moi du forum": the section from its start,
                # not only its first paragraph.
                sentences = quoted = [s for p in section for s in sentences_of(p.text)][: self.config.max_sentences]
            else:
                sentences = self.quoter.choose_sentences(query, passage)
                quoted = self.quoter.complement(query, [h.passage for h in hits[:RERANK]], passage, sentences, pins)
            # The passage is eligible (see best()); sentences without any number
            # do not answer a "combien" question.
            if holds_required_value(query.text, " ".join(sentences)) and not (
                    corrects_figure and not re.search(r"\d", " ".join(sentences))):
                return self.answer_from(query, hits, passage,
                                        self.evidence.coverage(query, hit.passage.index, context=False), quoted)
        return Reply(query.text, "refusal", self.refusal(query, hit, cov, hits, topics), tuple(hits),
                     coverage=self.evidence.coverage(query, hit.passage.index, context=False) if hit else 0.0)

    def sentence_before(self, sentence: str, passage: Passage) -> str | None:
        """The sentence before ``sentence`` in the passage's document (None for its first)."""
        before = None
        for index in self.passages.document(passage.index):
            for said in sentences_of(self.passages[index].text):
                if said == sentence:
                    return before
                before = said
        return None

    def section_of(self, passage: Passage) -> list[Passage]:
        """The passages of the passage's section (its paragraphs), in order."""
        return [self.passages[i] for i in self.passages.section(passage.index)]

    def refusal(self, query: Query, hit: Hit | None, cov: float, hits: list[Hit], topics: list[str]) -> str:
        """The refusal's text: the topics the candidates come from first, and the
        section that came nearest when it holds a fair share of the question."""
        def topic_of(title: str) -> str | None:
            return next((t for t in topics if title.endswith(t)), None)

        nearest = None
        if (hit is not None and hit.passage.heading and cov >= NEAREST and not query.unknown_names
                and self._headed_by_what_is_asked(query, hit.passage)):
            nearest = (hit.passage.heading, topic_of(hit.passage.title) or hit.passage.title)
        titles = ([hit.passage.title] if hit is not None else []) + [h.passage.title for h in hits]
        near = dict.fromkeys(t for t in map(topic_of, titles) if t)
        return wording.refusal([*near, *(t for t in topics if t not in near)], nearest)

    def _headed_by_what_is_asked(self, query: Query, passage: Passage) -> bool:
        """Whether a section's heading says a word the question asks about (a year aside): a
        refusal names it as the nearest. ("Qui a gagné la CAN 2025 ?" is not near the section
        "Troisième cohorte d'AWITAI (2025)", nor "une recette de tajine" near the budget's
        "recettes des formations".)"""
        heading = self.evidence.sentence_terms(passage.heading)
        return any(query.found(t, heading.__contains__) for t in query.terms
                   if t not in query.pinned and self.evidence.weight(t) > UBIQUITOUS)

    def eligible(self, query: Query, passage: Passage, pins: tuple[str, ...]) -> bool:
        """Whether a passage may answer at all: it names the names and the edition or
        year the question asks about (``pins``, see :meth:`binding_pins`), and what
        a "combien de X" question counts; it does not give the role asked about as
        another organisation's."""
        return (self.evidence.names_everyone(query, passage) and self.evidence.names_pins(passage, pins)
                and not self.evidence.gives_role_elsewhere(query, passage, self.subject) and self.names_focus(query, passage))

    def resolve_last(self, query: Query, hits: list[Hit]) -> Query:
        """The question with "dernier"/"dernière" read as the highest ordinal the
        candidates number that thing with: "la dernière cohorte" as "la troisième
        cohorte"; "et le dernier ?" after the Consensus's principles as "le
        troisième" (what it numbers is then the earlier question's)."""
        last = [t for t in query.pinned if t in self.ordinals.last]
        if not last:
            return query
        texts = [list(self.evidence.terms_of(h.passage.text)) for h in hits]
        resolved = {}
        for t in last:
            nouns = query.ordinals.get(t) or query.context
            # "la dernière promo": the corpus numbers its synonym, "cohorte".
            nouns = tuple(nouns) + tuple(a for n in nouns for a in sorted(query.alternatives.get(n, ())))
            found = [o for o in (self.ordinals.highest(terms, nouns) for terms in texts) if o]
            if found:
                resolved[t] = max(found, key=self.ordinals.rank.__getitem__)
        if not resolved:
            return query

        def swap(terms: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(resolved.get(t, t) for t in terms)

        return replace(query, terms=swap(query.terms), pinned=swap(query.pinned),
                       ordinals={resolved.get(t, t): nouns for t, nouns in query.ordinals.items()})

    def binding_pins(self, query: Query, hits: list[Hit]) -> tuple[str, ...]:
        """The ordinals and years the question pins that an answer must name.

        Every year binds; an ordinal only where the candidates number that thing:
        after "la première cohorte", a passage without "troisième" does not
        answer about the third cohort; but "le deuxième panel" may be the second
        of a list ("les panels « A », « B » et « C »") if no panel is ever numbered.
        """
        def numbered(nouns: tuple[str, ...]) -> bool:
            return any(self.ordinals.numbers(list(self.evidence.terms_of(h.passage.text)), nouns) for h in hits)

        years = {t for t in query.pinned if t not in query.ordinals}
        said = ([set(YEAR.findall(f"{h.passage.heading} {h.passage.text}")) for h in hits[:RERANK]]
                if years and years <= set(YEAR.findall(query.text)) else [])
        if said and any(years & s for s in said) and all(s <= years for s in said):
            # The candidates give no other year: the year the question says is which thing is
            # meant, not which edition ("Le consensus adopté à Rabat en 2024, il repose sur combien
            # de principes ?" and the principles' section, which names no year). (A follow-up's
            # year is the topic's, which binds: "Qui en a donné lecture ?" after the 2024 forum.)
            years = set()
        return tuple(t for t in query.pinned if t in years or t in query.ordinals and numbered(numbered_nouns(query, t)))

    def without_claimed_figures(self, query: Query, hits: list[Hit]) -> Query:
        """The question less the figures, years and ordinals of a claim to check that the
        candidate naming what it names and saying most of them does not say: they are what it
        gets wrong ("Ai Movement compte 180 doctorants, exact ?", "L'UM6P existe depuis 2010,
        vrai ?", "La troisième cohorte a été lancée le 23 juin 2024, exact ?": the third cohort's
        section says "23 juin 2025", the second's 2024), and the passage saying otherwise answers it."""
        if not checks_claim(query.text):
            return query
        figures = {t for t in (*query.terms, *query.pinned) if t.isdigit() or t in query.pinned or t in _ABOUT_SO_MANY}
        said = [figures & set(self.evidence.terms_of(f"{h.passage.heading} . {h.passage.text}")) for h in hits
                if self.evidence.names_everyone(query, h.passage)]
        wrong = figures - max(said, key=len, default=set())
        if not wrong:
            return query
        return replace(query, terms=tuple(t for t in query.terms if t not in wrong),
                       pinned=tuple(t for t in query.pinned if t not in wrong))

    def dates_said(self, query: Query, passage: Passage) -> set[tuple[int, int]]:
        """The months of a year ("novembre 2022") the passage's best sentence names."""
        return {(year, month) for year, month, _ in dates_in(self.quoter.best_sentence(query, passage)[2]) if month}

    def numbers_pins(self, query: Query, passage: Passage, pins: tuple[str, ...], heading_only: bool = False) -> bool:
        """Whether a passage's heading or text (or its heading alone) puts each pinned
        ordinal before what the question numbers with it ("Premier Centre de catégorie
        2…" for "le premier centre de ce genre", where "le premier forum…" only names
        "premier")."""
        terms = list(self.evidence.terms_of(passage.heading if heading_only else f"{passage.heading} . {passage.text}"))
        return all(self.ordinals.numbers(terms, numbered_nouns(query, p), p) for p in pins)

    def _focus_of(self, question: str) -> str | None:
        """The term of what a "combien de X" question counts, if it is one, or of what
        "combien étaient X" counts when the corpus never says it (see :meth:`focus_of`, memoised)."""
        match = FOCUS.search(folded(question))
        terms = self.analyzer.terms(match.group(1) or match.group(2)) if match else []
        if match and match.group(2) and terms and (terms[0] in self.evidence.index.idf
                                                     or is_common_word(match.group(2))):
            # "combien étaient sénégalaises ?" counts what the corpus never speaks of;
            # "combien sont venus ?" counts what a passage may say otherwise (accueilli).
            return None
        return terms[0] if terms else None

    def names_focus(self, query: Query, passage: Passage) -> bool:
        """Whether the passage names what a "combien de X" question counts (X or
        one of its synonyms); true for other questions."""
        focus = self.focus_of(query.text)
        focus = query.typos.get(focus, focus)  # "combien de cherhceurs ?" counts "chercheurs"
        return focus is None or query.found(focus, self.evidence.in_passage(passage.index))

    def answer_from(self, query: Query, hits: list[Hit], passage: Passage, cov: float,
                    sentences: list[str] | None = None) -> Reply:
        """An answer quoting ``sentences`` (by default the passage's best ones)."""
        sentences = sentences or self.quoter.choose_sentences(query, passage)
        # (A section on sources that disagree is quoted from all its paragraphs.)
        section = self.section_of(passage) if passage.is_conflict else []
        sources = links(passage, sentences, [*section, *(h.passage for h in hits)])
        # (The text reads them on their own; ``sentences`` stay as the documents say them, to
        # tell what was quoted.)
        text = wording.answer_text(unhooked(sentences, lambda sentence: self.sentence_before(sentence, passage)),
                                   passage.title, sources)
        return Reply(query.text, "answer", text, tuple(hits), tuple(sentences), passage,
                     self.matched_words(query.text, sentences), cov, sources)
