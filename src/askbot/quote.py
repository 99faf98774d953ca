"""What to quote once a passage is chosen.

The one to ``max_sentences`` sentences of the passage that best answer (the
question's weight each holds, more for the kind of value asked: a date for
"quand"); a neighbouring section's instead when it says it clearly better; a
sentence of a sibling section that holds question words the quoted ones
lack; the sentence before one that leans on it; every version of a section
on sources that disagree; and the addresses of the sections quoted.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .corpus import Passage
from .sentences import split_sentences
from .evidence import Evidence
from .query import CONTEXT_WEIGHT, Ordinals, Query
from .required import DAY, FULL_DATE, SOURCE_MARKER, holds_required_value, question_type, type_words
from .text import fold, folded

# Questions that ask how or why, or what something is or does: one sentence rarely
# says it all ("Comment fonctionne l'appli ?" — what it is, then how it works).
_DESCRIPTIVE = re.compile(r"\b(comment|pourquoi|c'est quoi|qu'est-ce|[aà] quoi"
                          r"|(?:fait|font|sert|servent) quoi|explique|parle|d[ée]cri)", re.IGNORECASE)
# "Aucune source ne donne le numéro…": what is not known, usually followed by what is.
_UNKNOWN = re.compile(r"Aucune?\s+(?:source|document|information)\b")
# A sentence that leans on the one before it for its source or its subject.
_BACK_REFERENCE = re.compile(r"(?:Selon|D'après|D’après)\s+(?:(?:cet|cette|ce|ces)\b|(?:le|la|les)\s+mêmes?\b)"
                             r"|(?:Cette|Cet|Ces)\s+[^\W\d_]"
                             r"|Ce\s+(?:même|mêmes|dernier|dernière|source|chiffre|chiffres)\b"
                             r"|(?:Pourtant|Cependant|Toutefois|Néanmoins|En revanche)\b")
# Words setting a sentence against the one before it in its document ("Toujours selon le site
# officiel, …", "Resilient Digital Africa parle au contraire d'un lancement…"): quoted without
# that sentence, they point at nothing, or at another source.
_SET_AGAINST = re.compile(r"^Toujours\s+(?=(?:selon|d'après|d’après)\b)|\s+(?:au contraire|pourtant|plutôt)\b(?!\s+que\b)")
# Asking whether a claim holds ("150 femmes formées, c'est vrai ?", "…, oui ou non ?"): the sentence
# saying what the figure or the event "en fait" / "en réalité" was answers it better than one
# repeating the claim.
_CHECKS_CLAIM = re.compile(r"\b(?:(?<!en )vrai|exact|correct|confirm\w*|oui ou non|tient(?: il| elle)? la route|bien c(?:a|ela)"
                           # or hedged: "…, n'est-ce pas ?", "L'UM6P existe depuis 2010 je crois ?"
                           r"|n'est-ce pas|il me semble|fact.?check\w*"
                           # or a claim reported, which intake joins to "c'est vrai ?": "J'ai lu que… ?"
                           r"|(?:j'ai|jai|g|on m'a|je l'ai|on l'a) (?:lu|entendu|dit)|(?:ecri\w*|affirm\w*|pretend\w*|di(?:t|sent)) que"
                           r"|il parait)\b|, non\W*$|\bje (?:crois|pense)(?: bien)?\W*$")
_PER_SOURCE = re.compile(r"\b(?:selon|d'apres)\b")  # "combien de salles selon Le Matin ?"
# …and a sentence setting another version against it: "… en réalité …", "L'UM6P présente pourtant…".
_CORRECTS = re.compile(r"\ben (?:fait|réalité)\b|\bpourtant\b|\bau contraire\b")
# "de quelles universités ?": the noun asked about, which the answer says itself ("des universités
# de Yaoundé I…"), not only in a name ("l'Agence universitaire de la Francophonie").
_WHICH_NOUN = re.compile(r"\bquel(?:le)?s?\s+([^\W\d_]{4,})", re.IGNORECASE)
NOUN_BONUS = 0.15
QTYPE_BONUS = 0.35
DAY_BONUS = 0.35  # …and more again, for a date question, a sentence giving the day
# Framing words weigh more in choosing a passage's sentences than in finding the
# passage: of the dôme's sentences, "à quoi sert-il ?" wants the one saying what
# it was "conçu" for, whatever else the others share with the question.
SENTENCE_FRAME_WEIGHT = 0.3
REPEAT_SHARE = 0.2  # a sentence with no more than this share of terms not said before repeats
KEEP_RATIO = 0.3  # a sentence is quoted if it scores at least this share of the best one
COMPLEMENT = 0.2  # a sibling's sentence is added when the question words only it holds weigh this share of the answer's
# …if that sibling covers this share of the question at least: below, the words it
# shares are a coincidence ("dans quelle langue ?" meeting the doctoral students'
# "traitement automatique des langues" under an answer on the reading app).
COMPLEMENT_COVERAGE = 0.25
SIBLING_COVERAGE = 0.8  # another passage of the same document may be quoted if it covers this share…
SIBLING_MARGIN = 1.1  # …and its best sentence beats the chosen passage's by this factor


def checks_claim(question: str) -> bool:
    """Whether a question asks if a claim holds ("…, c'est vrai ?", "…, oui ou non ?")."""
    return bool(_CHECKS_CLAIM.search(folded(question)))


@lru_cache(maxsize=4096)
def sentences_of(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


def unhooked(sentences: list[str], before: Callable[[str], str | None]) -> list[str]:
    """The sentences, less the words setting one against the sentence ``before`` it in its
    document when that one is not quoted just before it ("Toujours selon le site officiel"
    after a sentence from Le Monde reads "Selon le site officiel")."""
    quoted = []
    for n, sentence in enumerate(sentences):
        if _SET_AGAINST.search(sentence) and not (n and before(sentence) == sentences[n - 1]):
            sentence = _SET_AGAINST.sub("", sentence)
            sentence = sentence[:1].upper() + sentence[1:]
        quoted.append(sentence)
    return quoted


def _closes_quote(sentence: str) -> bool:
    """Whether a sentence ends a quotation opened in an earlier one (a "»" before any "«")."""
    close = sentence.find("»")
    return close >= 0 and not 0 <= sentence.find("«") < close


def links(passage: Passage, sentences: list[str], passages: list[Passage]) -> tuple[str, ...]:
    """The addresses behind the sentences, the chosen passage's first: a sibling
    section that completes the answer may have its own source, and a sentence
    naming its source ("Selon Médias24, …") is credited to that source's address
    when its section lists it, not to the section's first."""
    own, siblings = [], []
    for sentence in sentences:
        quoted = passage if sentence in passage.text else next(
            (p for p in passages if p.doc == passage.doc and sentence in p.text), None)
        if quoted is not None:
            (own if quoted is passage else siblings).extend(named_sources(sentence, quoted.sources) or (quoted.url,))
    return tuple(dict.fromkeys(url for url in (*(own or [passage.url]), *siblings) if url))


_WORDS = re.compile(r"[a-z0-9]+")


def _site(url: str) -> str:
    """A source address's site name: "medias24" for https://medias24.com/…, "ciomag" for cio-mag.com."""
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    labels = host.split(".")
    return labels[-2].replace("-", "") if len(labels) >= 2 else ""


_BY = {"selon", "dapres"}  # "Selon Médias24, …", "D'après L'ODJ, …"
_SUBJECT_WORDS = 5  # or as the sentence's subject: "Resilient Digital Africa (août 2023) parle…"


# "Selon Le Reporter (mai 2022), …", "D'après L'ODJ, …", "cité par Les Panafricaines": sources
# named (capitalised: "Selon une seule des sources" names none), with a date if given, and
# a list of them ("Selon Jeune Afrique, les-jaie.info, Finances News Hebdo et Green Times, …").
_CITES = re.compile(SOURCE_MARKER + r"\s+(?=(?:[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?[A-ZÉ])")
_NAME = r"[^,;:.()\s][^,;:()]*?(?:\s*\([^)]*\))?"
_CITED_LIST = re.compile(rf"({_NAME}(?:,\s+{_NAME})*\s+et\s+{_NAME})(?=\s*,)")
_CITED_ONE = re.compile(rf"({_NAME})(?=\s*[,;:.]|\s+(?:cité|repris|dont)\b)")
MAX_NAME_WORDS = 4  # a source's name is short: longer, the "list" is the sentence going on


# A person's words reported: "la présidente … a déclaré à la MAP que…", "D'après sa présidente, …",
# "« … », a déclaré Mme …".
_REPORTS_WORDS = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:déclaré|affirmé|expliqué|indiqué|souligné|estimé|confié"
                            r"|précisé|dit|annoncé|lu|qualifié|rappelé)\b"
                            r"|\b(?:[Dd]['’]après|[Ss]elon)\s+(?:sa|la|leur|son|le)\s+(?:présidente?|dirigeante?|fondat(?:rice|eur)"
                            r"|direct(?:eur|rice))\b")


def reported_words(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The sentences that report what a person said ("qui l'a dit ?" is answered by them)."""
    return tuple(s for s in sentences if _REPORTS_WORDS.search(s))


def cited_names(text: str) -> tuple[str, ...]:
    """The sources a text names, once each, in order ("Le Reporter (mai 2022)", "Le Monde")."""
    names, text = [], text.replace("*", "")  # (markdown emphasis: "Selon *Le Monde*")
    for at in _CITES.finditer(text):
        rest = text[at.end():]
        listed = _CITED_LIST.match(rest)
        items = re.split(r",\s+|\s+et\s+", listed.group(1)) if listed else []
        if not items or any(len(re.sub(r"\([^)]*\)", "", item).split()) > MAX_NAME_WORDS for item in items):
            one = _CITED_ONE.match(rest)
            items = [one.group(1)] if one else []
        names += [item.strip() for item in items]
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=4096)
def named_sources(sentence: str, urls: tuple[str, ...]) -> tuple[str, ...]:
    """The addresses among ``urls`` whose sites the sentence gives as its sources
    ("Selon Jeune Afrique" names jeuneafrique.com, "D'après L'ODJ" lodj.ma); not a
    site it merely mentions ("le président de l'UM6P" is no aim.um6p.ma)."""
    words = _WORDS.findall(fold(sentence.replace("'", "").replace("’", "")).lower())
    said = {"".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)
            if i < _SUBJECT_WORDS or words[i - 1] in _BY}
    return tuple(url for url in urls if len(_site(url)) >= 3 and _site(url) in said)


class Quoter:
    """Picks the sentences of an answer."""

    def __init__(self, evidence: Evidence, ordinals: Ordinals, max_sentences: int) -> None:
        self.evidence = evidence
        self.ordinals = ordinals
        self.max_sentences = max_sentences

    def sentence_scores(self, query: Query, sentences: list[str]) -> list[tuple[float, int, str]]:
        """(score, -position, sentence) for each sentence: the question's weight it holds
        (the previous question's and framing words' at a lower weight), more for the
        kind of answer asked (a date for "quand") or, for a claim checked, the sentence
        correcting it."""
        kind, pattern = question_type(query.text)
        checks = checks_claim(query.text)
        which = _WHICH_NOUN.search(query.text)
        nouns = set(self.evidence.terms_of(which.group(1))) & set(query.terms) if which else set()
        weigh = self.evidence.weigh
        scored = []
        for i, sentence in enumerate(sentences):
            has = self.evidence.sentence_terms(sentence).__contains__
            score = (weigh(query, has, query.terms)[0]
                     + CONTEXT_WEIGHT * weigh(query, has, query.context)[0]
                     # (The frame's heaviest term found: "où" frames with every word of
                     # the place group, and one "siège" must not count for all of them.)
                     + SENTENCE_FRAME_WEIGHT * max((self.evidence.term_weight(query, t) for t in query.frame
                                                    if query.found(t, has)), default=0.0))
            if nouns and nouns & self.evidence.sentence_terms(sentence):
                score *= 1 + NOUN_BONUS
            if checks and i and _CORRECTS.search(sentence):
                # It speaks of the claim the sentence before it reports, and says what holds.
                score = max(score, scored[-1][0])
                score += QTYPE_BONUS * max(score, self.evidence.unknown_weight / 2)
            elif pattern is not None and pattern.search(sentence):
                score += QTYPE_BONUS * max(score, self.evidence.unknown_weight / 2)
                if kind == "date" and DAY.search(sentence):
                    # "le 23 octobre 2024" tells when better than "en octobre 2024", and "le 14
                    # novembre 2023" better than "hier, le 14 novembre".
                    score *= 1 + DAY_BONUS * (1 if FULL_DATE.search(sentence) else 0.5)
            scored.append((score, -i, sentence))
        return scored

    def best_sentence(self, query: Query, passage: Passage) -> tuple[float, int, str]:
        """(score, -position, sentence) of the passage's sentence that best answers."""
        return max(self.sentence_scores(query, sentences_of(passage.text)))

    def quoted_passage(self, query: Query, passage: Passage, cov: float,
                       candidates: tuple[tuple[Passage, float], ...]) -> Passage:
        """The passage to quote from: the chosen one, unless another passage of the same
        document among the eligible candidates (with their coverage), covering the
        question about as well, holds a clearly better sentence (sections of a fact
        sheet split one topic's facts) that gives what the question must be told
        (a number for "combien", see :func:`holds_required_value`) — or any sentence
        that gives it, when the chosen passage does not."""
        own = self.best_sentence(query, passage)
        best, quoted = own[0] * SIBLING_MARGIN, passage
        kind, pattern = question_type(query.text)
        dated = kind in ("date", "purpose") and bool(pattern.search(own[2]))
        cannot = not holds_required_value(query.text, passage.text)
        if cannot:
            # It cannot answer ("à partir de quel âge ?" and a summary giving no age):
            # any sibling that can is better, and any paragraph of its own section
            # (the reading app's languages, a paragraph after what it does).
            best = 0.0
        for other, covers in candidates:
            if other.is_summary and kind != "list":
                continue  # a summary says it less precisely than the section it sums up
            same_section = cannot and other.heading == passage.heading
            if (other.doc == passage.doc and other.index != passage.index
                    and (covers >= SIBLING_COVERAGE * cov or same_section)):
                score, _, sentence = self.best_sentence(query, other)
                # "Depuis quand…?" answered with "en décembre 2018": a sibling without a date is no better,
                # nor one giving a month where the chosen passage gives the day ("Le 23 octobre 2024").
                if dated and (not pattern.search(sentence)
                              or kind == "date" and DAY.search(own[2]) and not DAY.search(sentence)):
                    continue
                if score > best and holds_required_value(query.text, sentence):
                    best, quoted = score, other
        return quoted

    def choose_sentences(self, query: Query, passage: Passage) -> list[str]:
        """The one to ``max_sentences`` sentences of a passage that best answer."""
        sentences = list(sentences_of(passage.text))
        if len(sentences) <= 1:
            return sentences
        # A section headed by the question itself ("Qui a fondé Ai Movement ?
        # UM6P ou OCP") answers it as a whole, main version first.
        if self.evidence.heading_holds(query, passage):
            return self.without_repeats(sentences)[: self.max_sentences]
        _, pattern = question_type(query.text)
        scored = self.sentence_scores(query, sentences)
        best = max(scored)[0]
        keep = sorted((s for s in scored if s[0] > 0 and s[0] >= KEEP_RATIO * best), reverse=True)
        unsaid = set(self.without_repeats([s[2] for s in keep]))  # the best-scoring way of saying each thing
        keep = [s for s in keep if s[2] in unsaid][: self.max_sentences] or [max(scored)]
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
        if len(chosen) + first - opener <= self.max_sentences:
            chosen = [*range(opener, first), *chosen]
        return [sentences[i] for i in chosen]

    def versions(self, query: Query, section: list[Passage]) -> list[str]:
        """What a section on sources that disagree answers: its first sentence, which
        says what they disagree on, then the best sentence of each paragraph (each
        gives a version; a claim checked comes with the sentence correcting it), the
        best ones when there are more than ``max_sentences`` allows, in the section's order."""
        opening = sentences_of(section[0].text)[0]
        checks = checks_claim(query.text)
        # (Asked what a source says, "selon Le Matin ?", a version is what it says, uncorrected.)
        corrected = not _PER_SOURCE.search(folded(query.text))
        best = []
        for position, passage in enumerate(section):
            sentences = [s for s in sentences_of(passage.text) if s != opening]
            if sentences:
                score, at, sentence = max(self.sentence_scores(query, sentences))
                # A claim checked is answered by the claim and what corrects it, together; a
                # version is quoted with the sentence correcting it ("Femmes du Maroc affirme que
                # 150 femmes ont été formées…" and "le chiffre de 150 correspond en fait à
                # l'objectif"), which does not count as a version.
                following = sentences[1 - at] if 1 - at < len(sentences) else None  # (at: minus its position)
                if checks and at and _CORRECTS.search(sentence):
                    unit, versions = sentences[-at - 1 : -at + 1], 2
                elif corrected and following is not None and _CORRECTS.search(following):
                    unit, versions = [sentence, following], 1
                else:
                    unit, versions = [sentence], 1
                best.append((score, position, unit, versions))
        kept, room = [], self.max_sentences - 1
        for score, position, unit, versions in sorted(best, key=lambda b: (b[0], -b[1]), reverse=True):
            if versions <= room:
                kept.append((position, unit))
                room -= versions
        return [opening, *(sentence for _, unit in sorted(kept) for sentence in unit)]

    def without_repeats(self, sentences: list[str]) -> list[str]:
        """The sentences less those that only repeat earlier ones ("Le premier principe
        consiste à viser un cadre commun…" after the three principles listed)."""
        kept, said = [], set()
        for sentence in sentences:
            terms = self.evidence.sentence_terms(sentence)
            if not kept or len(terms - said) > REPEAT_SHARE * len(terms):
                kept.append(sentence)
                said |= terms
        return kept

    def complement(self, query: Query, candidates: list[Passage], passage: Passage, sentences: list[str],
                   pins: tuple[str, ...]) -> list[str]:
        """The chosen sentences, with the best sentence of another passage of the same
        document among the candidates when it holds question words they lack
        worth at least :data:`COMPLEMENT` of their own score."""
        if len(sentences) >= self.max_sentences:
            return sentences
        said = frozenset().union(*map(self.evidence.sentence_terms, sentences))
        own = max(s[0] for s in self.sentence_scores(query, sentences))
        # Once they give the kind of value asked for, the words asking for it
        # ("dans quelle langue ?" answered "en arabe") are not missing.
        _, pattern = question_type(query.text)
        gives_kind = pattern is not None and bool(pattern.search(" ".join(sentences)))
        given = self.evidence.terms_of(type_words(query.text)) if gives_kind else ()
        missing = [t for t in query.terms if t not in given and not query.found(t, said.__contains__)]
        if not missing:
            return sentences
        # (A complement about another edition misleads: the third cohort's count after the second's.)
        editions = set().union(*(self.ordinals.editions(list(self.evidence.terms_of(s))) for s in sentences))
        best, extra = 0.0, None
        for other in candidates:
            # (The answer names the names asked about already; a sibling on another
            # edition or year would mislead.)
            # (Nor a section on sources that disagree: one of its sentences alone, "Les chiffres sur
            # le nombre de participantes à AWITAI ne concordent pas.", dangles.)
            if (other.doc != passage.doc or other.index == passage.index or other.is_conflict
                    or not self.evidence.names_pins(other, pins)):
                continue
            if self.evidence.coverage(query, other.index) < COMPLEMENT_COVERAGE:
                continue
            for sentence in sentences_of(other.text):
                if _BACK_REFERENCE.match(sentence):
                    continue  # "D'après le même entretien…": which one, the reader would not know
                if editions and self.ordinals.editions(list(self.evidence.terms_of(sentence))) - editions:
                    continue
                terms = self.evidence.sentence_terms(sentence)
                gain = self.evidence.weigh(query, terms.__contains__, missing)[0]
                if gain > best and sentence not in sentences:
                    best, extra = gain, sentence
        if extra is None or best < COMPLEMENT * own:
            return sentences
        return [*sentences, extra]  # the chosen passage answers first, what it lacks after
