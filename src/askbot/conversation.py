"""Conversations: one user's recent turns, so that follow-ups are read in context.

A question that leans on the previous turn ("Et quand ?", "elle a fait ses
études où ?", "combien de pays ?") is read again with the earlier question's
words (see :func:`askbot.anaphora.looks_elliptic`); the conversation also keeps the last
question's candidates for "/suivant" and the last passage for "/passage".
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from typing import Callable

from . import wording
from .anaphora import asks_for_source, looks_elliptic, without_opener
from .answer import Hit, Reply, ordinal_pins
from .corpus import Passage
from .evidence import UBIQUITOUS
from .engine import WRITTEN_NAME, Engine, trimmed
from .intake import (asks_for_more, asks_for_passage, asks_for_summary, asks_other_sources, asks_to_clarify,
                     asks_to_confirm, is_small_talk,
                     objection_claim, objects, split_preamble, two_questions, two_sentences_asked,
                     without_small_talk_before)
from .query import Query
from .quote import cited_names, reported_words, sentences_of
from .required import comes, dates_in, holds_required_value, people_named, person_named, question_type, type_words, without_dates
from .text import folded, spelled_out

_WHO = re.compile(r"\bqui\b", re.IGNORECASE)  # "qui l'a dit ?" asks whose words, not only which source
MAX_RECAP = 8  # answers a "Résumez" goes back over
KEPT_ANSWERS = 50  # answers a conversation keeps for it (a chat may last)

_WORD = re.compile(r"[^\W_]+")
_FEMININE_BEFORE = re.compile(r"\b(?:la|une|cette)\s+$", re.IGNORECASE)  # "la 2e cohorte" made the first
# "idem CSEFRS", "pareil pour l'UM6P ?", "même question pour le Forum": the last question asked
# of something else, as "et l'UM6P ?" asks it.
_SAME_FOR = re.compile(r"^\W*(?:idem|pareil|(?:la\s+)?m[êe]me\s+(?:question|chose))"
                       r"(?:\s+(?:pour|avec|sur|concernant))?\s+(?=[^\W\d_])", re.IGNORECASE)
# A follow-up of one noun naming the kind of answer: "Lieu ?", "Et la date ?", "L'année ?".
_BARE_KIND = re.compile(r"^\W*(?:et\s+)?(?:(?:le|la|l['’])\s*)?(lieu|endroit|date|année|annee)\s*(?:exacte?\s*)?\?+\W*$",
                        re.IGNORECASE)
# "Et avant ?", "et juste après ça ?", "et ensuite ?", "et celle d'avant ?", "la promo d'après ?": the
# step before or after the last answer's date (or ordinal).
_STEP = re.compile(r"^\W*(?:et\s+)?(?:(?:celle|celui|celles|ceux|(?:la|le|les|l['’])\s*[^\W\d_]+)\s+d['’]\s*)?"
                   r"(?:juste\s+)?(avant|après|apres|ensuite)(?:\s+(?:ça|ca|cela))?\W*$", re.IGNORECASE)


# "Qui dit Salé ?", "quelle source donne 34 ?": which source says what the conversation is
# about, a follow-up however many words it has.
_WHO_SAYS = re.compile(r"^\W*(?:et\s+|mais\s+)?(?:qui|quelle\s+source|quel\s+(?:journal|média|media|site))\s+"
                       r"(?:dit|donne|avance|affirme|écrit|ecrit|parle\s+de|cite)\b", re.IGNORECASE)


# "elle fait quoi maintenant ?", "et maintenant, elle fait quoi ?", "il est devenu quoi ?", "elle est
# où aujourd'hui ?": the post a person holds now.
_NOW = r"(?:maintenant|aujourd'hui|aujourdhui|actuellement|désormais|de nos jours)"
_POST_NOW = re.compile(rf"\b(?:elle|il)\s+(?:fait\s+quoi\s+{_NOW}|est\s+devenue?\s+quoi"
                       rf"|est\s+(?:où|ou)\s+{_NOW})|\b{_NOW}\s*,?\s+(?:elle|il)\s+fait\s+quoi\b",
                       re.IGNORECASE)


# "et qui l'a remplacée ?", "qui lui a succédé ?", "qui a pris la relève ?", "son successeur ?": who
# took the place of the person just named (not whom that person replaced: "… a pris la suite de Ghita Mezzour").
_SUCCESSOR = re.compile(r"\bqui\s+(?:l['’]\s*a|la|lui\s+a)\s+(?:remplac[ée]e?|succ[ée]d[ée])\b"
                        r"|\bqui\s+a\s+pris\s+(?:sa\s+(?:place|suite)|la\s+rel[èe]ve)\b"
                        r"|\bson\s+(?:successeur|rempla[cç]ant)\b",
                        re.IGNORECASE)


_REPLACED = r"[^.;]{0,40}?\b(?:a pris la suite|a remplacé|a succédé)\b"
# "Pourquoi deux chiffres ?", "pourquoi les sources ne sont pas d'accord ?": why the versions differ.
_WHY = r"\bpourquoi\b"
_WHY_THEY_DIFFER = re.compile(
    _WHY + r".*\b(?:deux|2|ces|des|plusieurs|autant de)\s+(?:chiffres|dates|versions|nombres|titres|listes|reponses)\b"
    r"|" + _WHY + r".*\b(?:sources?|chiffres?|versions?|medias|journaux|listes?)\b.*\b(?:d'accord|differ\w*|diverg\w*"
    r"|concord\w*|contredis\w*|pareil\w*)")
# …after an answer saying they do, or telling more than one version: "varie selon les sources",
# "les sources divergent", "la plupart des sources…", "certaines sources situent…", "parlent plutôt de"…
_DISAGREE = re.compile(r"\b(?:varie(?:nt)? selon les sources|divergent|ne concordent pas|diffèrent"
                       r"|ne (?:donnent|décrivent) pas (?:toutes |tous )?(?:le même|la même|les mêmes|de la même)"
                       r"|la plupart des sources|certaines sources|d'autres sources|plutôt)\b", re.IGNORECASE)
# …unless the section says why: "correspond en fait à l'objectif", "restent compatibles, puisque…".
_EXPLAINS = re.compile(r"\b(?:en fait|en réalité|correspond\w*|puisque|parce que|car|s'explique\w*|compatibles)\b")
# Stepping through numbered things: "et avant ?", "et après ?" (_STEP), "et la plus récente ?" after
# "la 2e cohorte" (the first, the third, the last cohort). ("Et la suivante ?" the query parser counts
# itself.)
_EXTREME = re.compile(r"^\W*(?:et\s+)?(?:(?:le|la|les|l)\s+)?plus\s+(?:(?P<latest>recente?s?)|ancienne?s?)\W*$")
SHORT_FOLLOW_UP = 60  # characters: "parle-moi du premier", "et le troisième, c'est quoi ?" are short
# A list in an answer ("…plusieurs projets : une application…, des travaux…, et le projet Smart
# mobility."): its items, for "parle-moi du premier", "et le troisième ?".
_LISTED = re.compile(r"(?:\s:\s+|\b(?:sont|comprennent|incluent|regroupent)\s+)(.+?)\.?$")
# Asking about a thing rather than which it is: "parle-moi du premier", "c'est quoi le deuxième ?".
_ABOUT_IT = re.compile(r"\b(?:parle[rz]?|dis|dites|explique[rz]?|d[ée]taille[rz]?|d[ée]veloppe[rz]?|raconte[rz]?"
                       r"|c'est quoi|qu'est-ce|en quoi|consiste)\b", re.IGNORECASE)
# (Not within brackets: "la recherche appliquée (agriculture, eau, villes intelligentes) et l'éthique".)
_ITEM_SEPARATOR = re.compile(r"(?:\s*;\s+|,\s+)(?![^()]*\))")
_LAST_ITEM = re.compile(r"^(.+)\s+et\s+((?:le|la|les|l'|l’|un|une|des|du)\b.+)$")  # "…, A et le projet B"
# "et Ai Movement ?" after "Qui a fondé l'UM6P ?": the same question of another name.
_AND_NAME = re.compile(r"^\W*(?:et|mais)\s+(?:pour\s+|chez\s+)?"
                       r"(?P<said>(?:l'|le\s+|la\s+|les\s+)?(?P<name>[^?,;:]{2,40}?))\s*\?*\s*$", re.IGNORECASE)
# Moving on from the last answer rather than pointing back at it: "et la suivante ?", "l'autre ?".
_RELATIVE = re.compile(r"\b(?:suivant|suivante|suivants|suivantes|precedent|precedente|prochain|prochaine|autre|autres"
                       r"|premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|dernier|derniere)\b")
# "elle" standing alone for a woman just named: "Et à l'UNESCO, elle a eu un rôle ?", "a-t-elle…"
# (not a thing or someone the question names first: "Et la présidente, elle disait quoi… ?",
# "l'UM6P elle-même").
_SHE_ALONE = re.compile(r"^(?!.*\b(?:elle|lui)-même\b)\W*(?:(?:et|mais|alors|donc|ok|d'accord)\W+)?"
                        r"(?:(?:à|a|au|aux|en|dans|pour|avant|après|apres|sinon|ensuite|depuis|chez)\b[^,?]*,\s*"
                        r"|(?:avant|après|apres)\s+(?:ça|ca|cela)\s+|ensuite\s+)?"
                        r"(?:elle\b(?!-)|[^,?]*?\w-t-elle\b|[^,?]*?\w-elle\b(?!-))", re.IGNORECASE)
# A reply speaking of a woman by her role ("la présidente d'Ai Movement est intervenue…"): about someone.
_A_WOMAN_BY_ROLE = re.compile(r"(?:^|[.,] )la (?:présidente|fondatrice|dirigeante|directrice|chercheuse|ministre)\b"
                              r"[^.,]*?\b(?:est|a|était|avait)\b")
# A person pointed at: "sa spécialité à elle", "il est toujours en poste ?".
_PERSONAL = re.compile(r"\b(?:il|elle|lui|son|sa|ses)\b", re.IGNORECASE)


class Conversation:
    """Recent turns of one user, so that follow-ups are resolved in context."""

    def __init__(self, engine: Engine, top_k: int | None = None) -> None:
        self.engine = engine
        self.top_k = top_k
        self.topic = ""  # the last answered question (with the one it leaned on, if any)
        self._previous = ""
        self.last: Reply | None = None
        self._last_answer: Reply | None = None  # the last reply that answered (refusals since aside)
        self._last_query: Query | None = None
        self._candidates: tuple[Hit, ...] = ()
        self._shown: set[int] = set()
        self._knowledge = engine.knowledge  # what the candidates were found in
        self._answers: deque[Reply] = deque(maxlen=KEPT_ANSWERS)  # the answers given, for "Résumez"
        self._items: list[str] = []  # the list an item was last taken from ("et le troisième ?" after the first)

    def ask(self, message: str) -> Reply:
        """The reply to one message, read in the context of the previous ones."""
        typed = _as_asked(message)
        reply = self._reply(typed)
        return reply if typed == message else replace(reply, question=message)

    def _reply(self, message: str) -> Reply:
        # ("D'accord merci. Et le centre lui-même, c'est où ?" asks its last sentence; the reply
        # echoes the message as sent.)
        question = without_small_talk_before(message)
        if question != message:
            return replace(self._reply(question), question=message)
        command = question.strip().lower()
        if command == "/passage" or asks_for_passage(question):
            # (The chat and Telegram run their commands before asking; "chat --json" sends them.)
            passage = self.full_passage()
            return Reply(question, "smalltalk", passage or wording.NO_PASSAGE)
        if command == "/suivant":
            return replace(self.next_candidate(), question=question)
        if asks_for_summary(question):
            # "Résumez": what was answered so far, one sentence each, with its source.
            return Reply(question, "smalltalk", self._recap())
        objected = objects(question)
        if objected or asks_to_clarify(question):
            # "Je ne comprends pas", "Vous vous trompez": not words to search (they found the
            # pillars' section); the whole passage, or what the answer came from.
            return Reply(question, "smalltalk", self._answer_disputed(objected))
        claim = objection_claim(question)
        last = self.last
        if claim is not None and last is not None and last.answered and self._only_a_count(claim):
            # "Non c'est faux, ils en ont 5" after the seven pillars disputes the count just
            # given: what the documents say, again (searching "5" found "le mercredi 5 juin").
            return replace(last, question=question, text=wording.AS_DOCUMENTS_SAY + last.text)
        if claim is not None:
            # "Vous vous trompez, c'est en 2022": what the documents say of the claim, as
            # "c'est en 2022 ?" would get.
            return replace(self._ask_message(claim), question=question)
        items, self._items = self._items, []
        item = self._listed_item(question, items)
        if item is not None:
            return replace(item, question=question)
        another = self._of_another_name(question)
        if another is not None:
            # "et Ai Movement ?" after "Qui a fondé l'UM6P ?" asks who founded Ai Movement (read
            # with the last question's words, it found whatever says "Ai Movement" most).
            return replace(self._ask_message(another), question=question)
        numbered = self._next_numbered(question)
        if numbered is not None:
            # "Et avant ?" after "la 2e cohorte, elles étaient combien ?" asks it of the first
            # cohort, as "et la première ?" does (not what is dated before the answer).
            return replace(self._ask_message(numbered), question=question)
        return self._ask_message(question)

    def _listed_item(self, question: str, items: list[str]) -> Reply | None:
        """"Parle-moi du premier", "et le troisième ?" after an answer listing things (the
        research projects, the Consensus's principles) when the last question numbered nothing,
        or after another item of that list (``items``): what the documents say of that item, or
        the item itself as the answer listed it. None for any other question."""
        last, rank = self.last, self.engine.composer.ordinals.rank
        if (last is None or not last.answered or last.source is None or len(question) > SHORT_FOLLOW_UP
                or (self._last_query is not None and any(t in rank for t in self._last_query.pinned))):
            return None
        query = self.engine.parser.parse(question)
        last_of = self.engine.composer.ordinals.last  # "et le dernier ?": the list's last item
        ordinals = [rank[t] if t in rank else 0 for t in query.terms if t in rank or t in last_of]
        if len(ordinals) != 1 or set(query.terms) - {t for t in query.terms if t in rank or t in last_of}:
            return None
        # (A list of what was asked: "plusieurs projets de recherche : …" after "Quels projets de
        # recherche… ?", not the names of the centre after "Et ça dit quoi, en gros ?")
        asked = set(self._last_query.terms) if self._last_query is not None else set()
        listed = next((m.group(1) for s in last.sentences for m in [_LISTED.search(s)]
                       if m and asked & set(self.engine.analyzer.terms(s[: m.start()]))), None)
        items = _items_of(listed) if listed else items
        number = ordinals[0] or len(items)
        if not 2 <= len(items) or number > len(items):
            return None
        self._items = items
        item = items[number - 1]
        about = self.engine.respond(f"Parlez-moi de ceci : {item}", self.top_k)[0]
        # "Parle-moi du premier" asks about the item, and so does "et le deuxième ?" after it; "Le
        # deuxième ?" alone asks which it is, told by the list's own document ("Le troisième principe
        # du Consensus de Rabat consiste à…"), else as the list says ("l'éthique de l'IA" of Khalid
        # Baddou's axes, not the 2022 conference on ethical AI).
        asks_about = _ABOUT_IT.search(question) or (items and _ABOUT_IT.search(self._previous))
        if (not about.answered or about.source == last.source
                or (not asks_about and about.source.doc != last.source.doc)):
            about = self.engine.composer.answer_from(self._last_query or query, list(last.hits), last.source, 0.0,
                                                     [wording.listed_item(number, item)])
        # (Followed up as a leaning question is: "et le deuxième c'est quoi ?" joins the topic.)
        self.last = self._last_answer = about
        self.topic, self._previous = " ".join(filter(None, (self._previous, question))), question
        return self._remember(about)

    def _of_another_name(self, question: str) -> str | None:
        """The last answered question asked of the name a follow-up gives alone ("et Ai Movement
        ?" after "Qui a fondé l'UM6P ?": "Qui a fondé Ai Movement ?"), or None."""
        said = _AND_NAME.match(question)
        if said is None or not self._previous or self.last is None or not self.last.answered:
            return None
        parser, terms = self.engine.parser, self.engine.analyzer.terms
        name = said.group("name")
        asked = parser.parse(name)
        alone = WRITTEN_NAME.fullmatch(name) or (" " not in name and set(asked.terms) <= set(asked.names))
        if not asked.names or not alone:
            return None  # not a name alone ("et la deuxième ?", "et CIAM ça veut dire quoi ?")
        before = parser.parse(self._previous)
        # An acronym stands for an acronym first ("et CSEFRS ?" after "…Amal El Fallah
        # Seghrouchni à la COMEST ?" asks of the council, not "le mandat d'CSEFRS").
        for other in sorted(WRITTEN_NAME.findall(self._previous), key=lambda other: other.isupper() != name.isupper()):
            named = set(terms(other))
            if named & set(before.names) and named != set(asked.terms):
                # (With its article, as the asker put it: "Qui dirige l'UM6P ?")
                return re.sub(rf"(?:\b(?:l'|le\s+|la\s+|les\s+))?{re.escape(other)}", said.group("said"),
                              self._previous, count=1)
        return None

    def _next_numbered(self, question: str) -> str | None:
        """The follow-up "Et avant ?", "et après ?", "et la plus récente ?" said as the query parser
        steps through ordinals ("Et le précédent ?", "Et le dernier ?") when the last answered
        question names one ordinal, or None (no such follow-up, no such ordinal, before the first)."""
        step, extreme = _STEP.match(question), _EXTREME.match(folded(question))
        last = self._last_query
        if not (step or extreme) or last is None or self.last is None or not self.last.answered:
            return None
        ordinals = self.engine.composer.ordinals
        ranks = [ordinals.rank[t] for t in last.pinned if t in ordinals.rank]
        if not ranks and set(last.pinned) & ordinals.last:
            # "la dernière édition": the one the answer numbers ("La troisième cohorte…").
            ranks = list({ordinals.rank[t] for t in self.engine.analyzer.terms(" ".join(self.last.sentences))
                          if t in ordinals.rank})
        if len(ranks) != 1:
            return None
        # The last question asked of the next number, its question words kept ("… elle comptait
        # combien de participantes ?" of the second: "Et le précédent ?" lost the count asked).
        if extreme:
            latest = bool(extreme.group("latest"))
            return self._renumbered(self._previous, 0 if latest else 1) or ("Et le dernier ?" if latest
                                                                             else "Et le premier ?")
        before = step.group(1).lower() == "avant"
        if before and ranks[0] == 1:
            return None
        return (self._renumbered(self._previous, ranks[0] - 1 if before else ranks[0] + 1)
                or ("Et le précédent ?" if before else "Et le suivant ?"))

    def _renumbered(self, question: str, rank: int) -> str | None:
        """``question`` with its ordinal ("2e", "dernière") made the ``rank``-th (0: the last),
        or None (no ordinal in it, or a rank no word is known for)."""
        if not 0 <= rank <= len(wording.ORDINAL_NAMES):
            return None
        ordinals, terms = self.engine.composer.ordinals.terms, self.engine.analyzer.terms
        runs = self.engine.composer.ordinals.runs
        for word in _WORD.finditer(question):
            if set(terms(word.group())) & ordinals:
                said = wording.ORDINAL_NAMES[rank - 1] if rank else "dernier"
                if rank <= 1 and _FEMININE_BEFORE.search(question[: word.start()]):
                    said = "dernière" if rank == 0 else "première"
                # A programme's runs as the answer calls them: "la dernière édition d'AWITAI" was
                # answered "La troisième cohorte…", and the one before is "la deuxième cohorte" (no
                # passage numbers an "édition" of it).
                rest = question[word.end() :]
                run = _WORD.match(rest.lstrip())
                told = next((w.group().lower() for s in (self.last.sentences if self.last else ())
                             for w in _WORD.finditer(s) if set(terms(w.group())) & runs), None)
                if run and told and set(terms(run.group())) & runs:
                    rest = " " + told + rest.lstrip()[run.end() :]
                return question[: word.start()] + said + rest
        return None

    def _ask_message(self, question: str, leans: bool = False) -> Reply:
        """A message that may ask two things or more ("Qui dirige le centre, où se trouve-t-il
        et quel est son budget ?"): each question in turn, each after the first read as a
        follow-up of the one before (its "il" is the centre)."""
        parts = two_questions(question)
        if parts is None:
            whole = self._ask_one(question, leans=leans)
            parts = None if whole.answered else two_sentences_asked(question)
            if parts is None:
                return self._remember(whole)
            # "C'est quoi AWITAI ? ça s'adresse à qui ?", refused whole for the second question's
            # words: the first, then the second as its follow-up.
        # (The second question's "il", "elle" is what the first one names, not a person the
        # first answer names: "Qui dirige le centre et où se trouve-t-il ?")
        first = self._ask_one(parts[0], keep_person=False, leans=leans)
        if not first.answered:
            # The second question leans on a first one the documents do not answer
            # ("… avec Microsoft, et dans quels domaines ?"): the message is read whole.
            return self._remember(self._ask_one(question, leans=leans))
        self._remember(first)
        return _both(question, first, self._ask_message(parts[1], leans=True), parts)

    def _only_a_count(self, claim: str) -> bool:
        """Whether a claim says nothing but a number other than a year ("ils en ont 5")."""
        query = self.engine.parser.parse(claim)
        return bool(query.terms) and all(t.isdigit() and t not in query.pinned for t in query.terms)

    def _remember(self, reply: Reply) -> Reply:
        """Keep an answer, for "Résumez" (its sentence is chosen then: most turns never ask)."""
        if reply.answered and reply.sentences and reply.source is not None:
            self._answers.append(reply)
        return reply

    def _recap(self) -> str:
        """"Résumez": a sentence of each answer given, with its document, the last MAX_RECAP of them."""
        said: dict[tuple[str, str], None] = {}
        for answer in self._answers:
            gist = (self._gist(answer), answer.source.title)
            said.pop(gist, None)  # said again: it moves to its latest place
            said[gist] = None
        return wording.recap(list(said)[-MAX_RECAP:], len(said))

    def _gist(self, reply: Reply) -> str:
        """The sentence of an answer sharing most words with its question (the first of equals)."""
        terms, weight = self.engine.analyzer.terms, self.engine.composer.evidence.weight
        query = self.engine.parser.parse(reply.question)
        # Its words and their synonyms ("fondé": fondatrice), not those of a name in every
        # passage ("Ai Movement": UM6P, centre…).
        asked = {t for term in query.terms if weight(term) > UBIQUITOUS
                 for t in (term, *query.alternatives.get(term, ()))}
        return max(reply.sentences, key=lambda sentence: len(asked & set(terms(sentence))))

    def _ask_one(self, question: str, keep_person: bool = True, leans: bool = False) -> Reply:
        """The reply to one question; ``leans`` when it is known to lean on the last one
        (the second question of a message), ``keep_person`` unless the next question's
        pronouns point at what this one names."""
        engine = self.engine
        engine.reload_if_changed()
        last = self.last
        answered = self._last_answer
        if asks_other_sources(question):
            # "D'autres sources disent autre chose ?" (after the answer, or after where it comes from):
            # the versions the answer quoted (searching "sources" found the successor nobody names).
            if last is not None and last.kind == "refusal":
                return Reply(question, "smalltalk", wording.NOTHING_TO_CONFIRM + wording.examples_text())
            if answered is None:
                return Reply(question, "smalltalk", wording.NOTHING_TO_COMPARE + wording.examples_text())
            told = wording.OTHER_VERSIONS if _tells_versions(answered) else wording.ON_THIS_POINT
            return replace(answered, question=question, text=told + answered.text)
        if last is not None and last.answered and asks_to_confirm(question):
            # "C'est vrai ?", "Vous êtes sûr ?": what the documents say, again; searching
            # "vrai" or "sûr" would answer something else.
            return replace(last, question=question, text=wording.AS_DOCUMENTS_SAY + last.text)
        if last is not None and last.kind == "refusal" and asks_to_confirm(question):
            # "Vous êtes sûr ?" after a refusal: nothing was said to confirm (searching "sûr"
            # found nothing either, and the refusal came again).
            return Reply(question, "smalltalk", wording.NOTHING_TO_CONFIRM + wording.examples_text())
        # (The versions may be one answer back: "C'est faux, c'est l'OCP." came in between.)
        disputed = (next((a for a in reversed(list(self._answers)[-2:]) if _tells_versions(a)), None)
                    if _WHY_THEY_DIFFER.search(folded(question)) and last is not None and last.answered else None)
        if disputed is not None:
            # "Pourquoi deux chiffres ?" after sources that disagree: what their section says of
            # why ("le chiffre de 150 correspond en fait à l'objectif"), or, when it gives no
            # reason, that the documents do not say; not another conflict found by "chiffres"
            # (AWITAI's participants after the theses), nor a reason made up.
            last = disputed
            section = engine.composer.section_of(last.source)
            reasons = [s for p in section for s in sentences_of(p.text) if _EXPLAINS.search(s)]
            if not reasons:
                return replace(last, question=question, text=wording.WHY_THEY_DIFFER + last.text)
            reasons = reasons[: engine.config.answer.max_sentences]
            return engine.composer.answer_from(self._last_query or engine.parser.parse(question),
                                               [Hit(p, 0.0) for p in section], last.source, last.coverage,
                                               reasons)
        if asks_for_more(question):
            if last is not None and last.answered and last.source is not None:
                # "C'est-à-dire ?", "Pouvez-vous développer ?": the rest of the last answer's section.
                return self._more(question, last)
            # …before any answer, nothing to say more of (searched, "plus" found the forum's "plus
            # de 30 pays").
            return Reply(question, "smalltalk",
                         (wording.NO_MORE_YET if last is None else wording.NO_MORE_LAST) + wording.examples_text())
        # "Et avant ?" after a dated answer steps through its document: no search; "elle fait
        # quoi maintenant ?" asks the post of the person just named.
        stepped, step = self._step_in_time(question), _STEP.match(question)
        if (stepped is None and step and last is not None and last.answered and last.source
                and dates_in(" ".join(last.sentences))):
            # "Et avant ?" after the first cohort's dates: nothing is dated before them there (a
            # search of "avant" found the founder). (After an answer giving no date, "et ensuite ?"
            # may ask what a list puts next: searched.)
            return Reply(question, "refusal", wording.nothing_dated(step.group(1).lower() == "avant",
                                                                    last.source.title))
        moved = stepped or self._post_now(question)
        reply, query = moved or engine.respond(question, self.top_k)
        subject = engine.composer.subject
        if (not self.topic and reply.kind == "invalid" and query is not None and query.is_empty
                and subject and question_type(question)[0] and len(question.split()) >= 3):
            # The first question of a conversation, of a kind (where, when, who…) about nothing
            # named ("c'est dans quelle ville leur truc ?", "ils bossent sur quels sujets ?") is
            # about what the corpus is about.
            reply, query = self._ask_as(question, f"{question.rstrip(' ?')} {subject} ?")
        if asks_for_source(question, query) and not _claims(question):
            return _source_of_last(question, last, same_message=leans)
        leaned = False
        # Read the question again with the previous one's words (at a lower
        # weight) when it leans on the previous turn, or is answered alone (the
        # topic may cover it at least as well). A self-contained question that
        # fails alone ("Quel temps fait-il à Rabat ?" after the camp in Rabat)
        # is not rescued by the topic, so it is not read again.
        # "Et le dôme sert à quoi ?" after the building's size leans on nothing but
        # its "et": answered squarely alone, it keeps its own reading.
        # ("c'est quoi ?" after "awitai", no word of its own, is elliptic too.)
        elliptic = query is not None and (query.is_empty or looks_elliptic(question, query) and not (
            reply.answered and reply.coverage >= engine.config.answer.min_strong_coverage
            and not looks_elliptic(without_opener(question), query)) or bool(_WHO_SAYS.match(question)))
        on_last = moved or self._from_last_answer(question, query)
        alone_query = query
        if on_last is not None:
            # "Et quand ?" after "Qui a fondé Ai Movement ?": what was just answered
            # says when; the topic's words would find the UM6P's opening.
            (reply, query), leaned = on_last, True
        elif leans and query is not None and self.topic:
            # The second question of a message leans on the first: read with its words,
            # answered from the same passage or refused ("Quel outil… a-t-il conçu…, et
            # comment fonctionne-t-il ?": that "il" is the tool, not the dôme "conçu" as a
            # drone aviary) — unless, read with them, it leaves the first's passage while
            # its answer alone says the very word asked ("Quand a été créé le centre et qui
            # le dirige ?": "a dirigé", not the pillars that the creation's words found).
            with_context, ctx_query = engine.respond(question, self.top_k, context=self.topic)
            goes_on = with_context.answered and last is not None and with_context.source == last.source
            says_it = reply.answered and bool(set(query.terms) & engine.composer.evidence.sentence_terms(
                reply.source.text))
            if goes_on or not says_it:
                reply, query, leaned = with_context, ctx_query, with_context.answered
        elif (query is not None and query.terms and all(t in query.pinned and t.isdigit() for t in query.terms)
              and last is not None and last.answered and last.source is not None and self._previous
              and (reply.source is None or reply.source.doc != last.source.doc)):
            # "et en 2024 ?" after the budget asks the last question in that year, not whatever
            # else names 2024 (AWITAI's second cohort): "Mes documents ne donnent pas cette
            # information pour 2024", with what they say for another year.
            reply, query = self._ask_as(question, f"{self._previous.rstrip(' ?')} en {' et '.join(query.terms)} ?")
            leaned = True
        elif query is not None and self.topic and (elliptic or reply.answered):
            with_context, ctx_query = engine.respond(question, self.top_k, context=self.topic)
            if self._headed_in_last_document(reply, query, with_context, last):
                # "et en 2024" after the first AWITAI cohort's dates: read alone, the section "Deuxième
                # cohorte d'AWITAI (2024)" of the same sheet; with the topic's words, the 2024 forum.
                leaned = True
            elif with_context.answered and (elliptic or with_context.coverage > reply.coverage
                                          or self._strays(reply, query, with_context, ctx_query,
                                                          looks_elliptic(question, query))):
                reply, query, leaned = with_context, ctx_query, True
            elif with_context.answered and with_context.source == reply.source:
                # Both readings quote the same passage: the question goes on with the topic
                # ("ça a duré combien de jours ?" after "C'était quand le forum… ?" is still
                # about the forum, and so is "il y avait combien de pays ?" after it).
                leaned = True
            elif reply.kind == "invalid" and with_context.kind == "refusal":
                # "Depuis quelle date exactement ?" is about the conversation's topic:
                # not knowing is the honest reply, not "what is your question about?".
                reply = with_context
        if (on_last is None and elliptic and alone_query is not None and last is not None and last.answered
                and last.source is not None and not _RELATIVE.search(folded(question))
                and (not reply.answered or reply.source is None or reply.source.doc != last.source.doc)):
            # "Qui y participait ?" after the Paris conference: its section says who, rather than
            # whatever else says "participantes" (AWITAI's), or a refusal when the reading with
            # the topic falls short. (Not "et la suivante ?": that moves on.)
            within = self._within_last_section(question, alone_query)
            if within is not None:
                (reply, query), leaned = within, True
        reply, query = self._successor(question, last, reply, query)
        reply, query = self._of_the_person_named(question, last, reply, query)
        if query is not None and not query.is_empty:
            self._last_query, self._candidates = query, reply.hits
            self._knowledge = engine.knowledge
            self._shown = {reply.source.index} if reply.source else set()
            if reply.answered and on_last is None:
                # (A bare "à quelle époque ?" answered from the last passage adds nothing to the topic.)
                # Keep the last question and, for a follow-up, the one it leaned on;
                # after "C'est qui la fondatrice ?", the person the answer named too:
                # the "elle" of "elle a fait ses études où ?", whom no question named.
                named = (person_named(" ".join(reply.sentences), question)
                         if keep_person and question_type(question)[0] == "person" else None)
                # (Not what the asker said of themselves when it did not steer the answer: after "Je
                # suis professeur et je prépare un cours. Expliquez ce qu'est Ai Movement.", "et qui
                # la dirige ?" is not about a professor. See Engine.respond.)
                asked = engine.steering(question)
                self.topic = " ".join(filter(None, (self._previous if leaned else None, asked, named)))
                self._previous = asked
            elif stepped is not None:
                # "Et après ?" moved on to another section: what it is about joins the topic,
                # but not its date, which would then bind the next question to that year
                # ("où se trouve le centre ?" sent to the 2023 tripartite agreement).
                self.topic = " ".join(filter(None, (self.topic, without_dates(reply.source.heading))))
        reply = trimmed(reply, self._top_k)
        if query is not None:
            self.last = reply
            if reply.answered:
                self._last_answer = reply
        return reply

    def _more(self, question: str, last: Reply) -> Reply:
        """The sentences of the last answer's section not yet quoted (as many as an answer
        holds); when all were, the next candidate of the same document for the last question
        (after "Qui est X ?", her degrees once her presentation is told); else that the
        documents say no more."""
        passages = self.engine.corpus.passages
        section = [passages[i] for i in passages.section(last.source.index)]
        said = set(last.sentences)
        rest = [s for p in section for s in sentences_of(p.text) if s not in said]
        if not rest:
            # (One that answers the last question too, with the kind of value it asked: after
            # "où se trouve-t-il ?", not the English pages of the site, which "se trouvent"
            # under an address but name no place.)
            coverage = self.engine.composer.evidence.coverage
            _, pattern = question_type(self._last_query.text)

            def goes_on(passage: Passage) -> bool:
                return (passage.doc == last.source.doc and passage.heading != last.source.heading
                        and coverage(self._last_query, passage.index) >= self.engine.config.answer.min_coverage
                        and (pattern is None or bool(pattern.search(passage.text))))

            further = self._next_answer(goes_on)
            if further is None:
                return Reply(question, "refusal", wording.nothing_more(last.source.heading or last.source.title))
            self.last = further = replace(further, question=question)
            return further
        rest = rest[: self.engine.config.answer.max_sentences]
        # (Each sentence credited to its own paragraph's sources, as any answer's.)
        reply = self.engine.composer.answer_from(self._last_query, [Hit(p, 0.0) for p in section],
                                                 last.source, last.coverage, rest)
        reply = replace(reply, question=question, hits=last.hits)
        self.last = replace(reply, sentences=last.sentences + reply.sentences)  # the next "et encore ?" goes on
        return reply

    def _post_now(self, question: str) -> tuple[Reply, Query | None] | None:
        """"Elle fait quoi maintenant ?", "il est devenu quoi ?" after an answer naming one
        person: the post that person was named to, asked of that person (the documents say
        someone "a été nommé(e)" to a post), not of whoever else was named to one. None for
        any other question."""
        last = self.last
        if not _POST_NOW.search(question) or last is None or not last.answered:
            return None
        person = person_named(" ".join(last.sentences), people_only=True)
        if person is None:
            return None
        return self._ask_as(question, f"{person} a été nommé à quel poste ?")

    def _successor(self, question: str, last: Reply | None, reply: Reply,
                   query: Query | None) -> tuple[Reply, Query | None]:
        """The reply to "Et qui l'a remplacée ?" after an answer naming a person, when it says whom
        that person replaced ("… a pris la suite de Ghita Mezzour"): who replaced the person,
        asked by name. ``reply`` otherwise."""
        if not (_SUCCESSOR.search(question) and reply.answered and last is not None and last.answered):
            return reply, query
        # The person the last question named ("Qui est Ghita Mezzour ?"), else the one its answer names first.
        people = people_named(last.question) or people_named(" ".join(last.sentences))
        replaced = re.compile(re.escape(people[0]) + _REPLACED) if people else None
        if replaced is None or not any(map(replaced.search, reply.sentences)):
            return reply, query
        # ("et qui l'a remplacée à la tête du centre ?": the rest of the question stays.)
        return self._ask_as(question, _SUCCESSOR.sub(f"qui a remplacé {people[0]}", question))

    def _of_the_person_named(self, question: str, last: Reply | None, reply: Reply,
                             query: Query | None) -> tuple[Reply, Query | None]:
        """The reply to "Quelle est sa spécialité à elle ?" after an answer naming one person
        (Btissam El Khamlichi), when it is about someone else (the founder's speciality): the
        question asked of that person by name. ``reply`` otherwise."""
        if not (last is not None and last.answered and _PERSONAL.search(question)):
            return reply, query
        # The one person the last question named ("Qui était Fatima Al Fihriya ?", whose answer also
        # names who chose her name), else the one its answer names.
        asked = people_named(last.question)
        person = asked[0] if len(asked) == 1 else person_named(" ".join(last.sentences), last.question,
                                                                people_only=True)
        said = people_named(" ".join(reply.sentences)) if reply.answered else ()
        if person is not None and (person in question or person in said):
            return reply, query
        if person is not None and question_type(last.question)[0] == "person" and reply.answered and said:
            return self._ask_as(question, f"{question.rstrip(' ?')} {person} ?")
        if not _SHE_ALONE.match(question):
            return reply, query
        if person is None:
            # Of several, the one the last answer is about, named first ("Amal El Fallah Seghrouchni
            # a été nommée ministre… a pris la suite de Ghita Mezzour").
            named = people_named(" ".join(last.sentences))
            person = named[0] if named else None
        if person is None or person in question or person in said or _A_WOMAN_BY_ROLE.search(" ".join(reply.sentences)):
            return reply, query
        # After any other answer naming a person, "elle" is that woman when the reply
        # names no one ("Et à l'UNESCO, elle a eu un rôle ?" after her theses: not the label's
        # benefits), or the documents say nothing of what was asked: asked of her by name, kept
        # when that answer names her (and, instead of a refusal, covers the question squarely).
        again, again_query = self._ask_as(question, f"{question.rstrip(' ?')} {person} ?")
        if (again.answered and person in people_named(" ".join(again.sentences))
                and (reply.answered or again.coverage >= self.engine.config.answer.min_strong_coverage)):
            return again, again_query
        return reply, query

    def _ask_as(self, question: str, rephrased: str) -> tuple[Reply, Query | None]:
        """The reply to ``question`` read as ``rephrased`` ("et en 2024 ?" as "Et le budget du
        centre en 2024 ?"), echoing the message as sent (the JSON contract, the question log)."""
        reply, query = self.engine.respond(rephrased, self.top_k)
        return replace(reply, question=question), query

    def _step_in_time(self, question: str) -> tuple[Reply, Query] | None:
        """"Et avant ?", "et après ?" right after an answer giving a date: the passage
        of the same document dated nearest before (after) it ("Quand a-t-il été
        désigné ?" then "Et avant ?": the Conseil exécutif's approval a month
        earlier). None for any other question, or when nothing is dated so."""
        step = _STEP.match(question)
        last = self.last
        if step is None or last is None or not last.answered or last.source is None:
            return None
        said = dates_in(" ".join(last.sentences))
        if not said:
            return None
        before = step.group(1).lower() == "avant"
        nearest = max if before else min  # the latest date before, the earliest after
        anchor = (min if before else max)(said)  # before the earliest date said, after the latest
        passages = self.engine.corpus.passages
        candidates = []  # (its date nearest the anchor, passage), in the document's order
        for passage in map(passages.__getitem__, passages.document(last.source.index)):
            dates = [d for d in dates_in(passage.text) if comes(d, anchor, after=not before)]
            if dates and passage.index != last.source.index:
                candidates.append((nearest(dates), passage))
        if not candidates:
            return None
        date, passage = nearest(candidates, key=lambda candidate: candidate[0])  # the first of equals
        sentences = [s for s in sentences_of(passage.text) if date in dates_in(s)]
        query = self.engine.parser.parse(question, self.topic)
        return self.engine.composer.answer_from(query, list(last.hits), passage, 0.0, sentences), query

    def _from_last_answer(self, question: str, query: Query | None) -> tuple[Reply, Query] | None:
        """A bare "quand ?", "en quelle année ?", "où ?" asks about what was just
        answered: the reply from the last answer's passage, if it gives that kind
        of value ("elle a passé son HDR où ?" then "en quelle année ?": read with
        both earlier questions' words, it found nothing). None otherwise, and for
        a question with words of its own (those asking for the kind of value,
        "à quelle époque", "quel âge", are not its own). The last answer is the last reply
        that answered: "Et c'est pour quel âge ?" after the children's programme, then two
        refusals (Marrakech, the price), is still about the programme."""
        last = self._last_answer
        if query is None or last is None or last.source is None:
            return None
        if self._own_words(question, query):
            return None
        _, pattern = question_type(question)
        if pattern is None or not pattern.search(last.source.text):
            return None
        composer = self.engine.composer
        ctx_query = self.engine.parser.parse(question, self.topic)
        # Only what says it: the rest was just read.
        sentences = [s for s in composer.quoter.choose_sentences(ctx_query, last.source) if pattern.search(s)]
        if not holds_required_value(question, " ".join(sentences)):
            return None
        return composer.answer_from(ctx_query, list(last.hits), last.source, 0.0, sentences), ctx_query

    def _own_words(self, question: str, query: Query) -> set[str]:
        """A question's terms besides those asking for a kind of value ("quel âge", "à quelle époque")."""
        return set(query.terms) - set(self.engine.analyzer.terms(type_words(question)))

    def _within_last_section(self, question: str, query: Query) -> tuple[Reply, Query] | None:
        """An elliptic follow-up answered from the last answer's section, by the paragraph quoted
        or else the section's first saying every word the question asks (those asking for a kind of value aside),
        the kind of value asked and what the question must be told; None when none does."""
        own = self._own_words(question, query)
        if not own:
            return None
        composer, last = self.engine.composer, self.last
        ctx_query = self.engine.parser.parse(question, self.topic)
        _, kind = question_type(question)
        for passage in (last.source, *(p for p in composer.section_of(last.source) if p != last.source)):
            has = composer.evidence.in_passage(passage.index)
            if all(query.found(t, has) for t in own):
                sentences = composer.quoter.choose_sentences(ctx_query, passage)
                said = " ".join(sentences)
                # (The kind of value asked, said: "Où se trouve-t-il ?" after the creation's date is
                # not answered by "RFI et Le Monde situent la création… en 2021".)
                if holds_required_value(question, said) and (kind is None or kind.search(said)):
                    coverage = composer.evidence.coverage(ctx_query, passage.index, context=False)
                    return composer.answer_from(ctx_query, list(last.hits), passage, coverage, sentences), ctx_query
        return None

    def _headed_in_last_document(self, alone: Reply, query: Query, with_context: Reply, last: Reply | None) -> bool:
        """Whether a follow-up read alone is answered, squarely, from a section of the last
        answer's document headed by every word it says, while read with the topic's words it
        goes to another document."""
        return (alone.answered and alone.coverage >= self.engine.config.answer.min_strong_coverage
                and last is not None and last.answered and last.source is not None
                and alone.source.doc == last.source.doc
                and with_context.source is not None and with_context.source.doc != last.source.doc
                and self.engine.composer.evidence.heading_holds(query, alone.source))

    def _strays(self, alone: Reply, query: Query, with_context: Reply, ctx_query: Query, leaning: bool) -> bool:
        """Whether the answer to a question read alone leaves the edition or year
        the conversation is about: "venues de combien de pays ?" after "la
        deuxième cohorte" quoting the first cohort's "venues de 11 pays"."""
        composer = self.engine.composer
        carried = tuple(t for t in composer.binding_pins(ctx_query, list(with_context.hits)) if t not in query.pinned)
        if not leaning:
            # A question of its own ("Qui dirige Ai Movement ?" after "En novembre 2023, le
            # centre existait depuis combien de temps ?") keeps the edition asked about, not the year.
            carried = ordinal_pins(ctx_query, carried)
        return alone.source is not None and not composer.evidence.names_pins(alone.source, carried)

    @property
    def _top_k(self) -> int:
        return self.top_k or self.engine.config.retrieval.top_k

    def _answer_disputed(self, objected: bool) -> str:
        """The reply to "Je ne comprends pas" (``objected`` false) or "Vous vous trompez"
        about the last answer."""
        last = self.last
        if last is None or not last.answered or last.source is None:
            return wording.REPHRASE + wording.examples_text()
        if objected:
            return wording.OBJECTED.format(title=last.source.title)
        return wording.CLARIFIED + self.full_passage()

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
        return self._next_answer() or Reply(self._last_query.text, "refusal", wording.NO_MORE)

    def _next_answer(self, accepts: Callable[[Passage], bool] = lambda passage: True) -> Reply | None:
        """The last question's next candidate not yet shown that ``accepts`` takes, as an
        answer (which becomes the last reply), or None."""
        if self.engine.knowledge is not self._knowledge:
            # The corpus was reloaded (by this conversation or another one on
            # the same engine): the candidates point into the old passages.
            self._candidates, self._shown = (), set()
        for hit in self._candidates:
            if hit.score > 0 and hit.passage.index not in self._shown and accepts(hit.passage):
                self._shown.add(hit.passage.index)
                self.last = self.engine.composer.answer_from(
                    self._last_query, list(self._candidates[: self._top_k]), hit.passage, 0.0)
                return self.last
        return None


def _as_asked(message: str) -> str:
    """A message as the question it asks, whatever the conversation: shorthand written out
    (text.spelled_out), "idem X" as "Et X", and a bare "Lieu ?" or "Date ?" as "Et où ?" or "Et
    quand ?" ("Lieu ?" found AWITAI's closing ceremony, which "a eu lieu")."""
    typed = _SAME_FOR.sub("Et ", spelled_out(message), count=1)
    bare = _BARE_KIND.match(typed)
    if bare is None:
        return typed
    return "Et où ?" if bare.group(1).lower() in ("lieu", "endroit") else "Et quand ?"


def _tells_versions(reply: Reply) -> bool:
    """Whether an answer tells more than one version: from a section on sources that disagree,
    naming two sources, or saying so ("la plupart des sources", "parlent plutôt de")."""
    said = " ".join(reply.sentences)
    return reply.source is not None and (reply.source.is_conflict or len(cited_names(said)) > 1
                                         or bool(_DISAGREE.search(said)))


def _items_of(listed: str) -> list[str]:
    """The items of a list as an answer gives it: "A, B, et C" or "A, B et le projet C" (not
    "des travaux sur les robots et les essaims de drones" cut in two when a ", et" ends the list)."""
    items = [item.strip() for item in _ITEM_SEPARATOR.split(listed) if item.strip()]
    final = next((n for n, item in enumerate(items) if item.startswith("et ")), None)
    if final is not None:  # (the last item runs to the end: "…, et faire en sorte que l'IA profite à tous, dans…")
        return items[:final] + [", ".join(items[final:]).removeprefix("et ")]
    last = _LAST_ITEM.match(items[-1]) if items else None
    return items[:-1] + [last.group(1), last.group(2)] if last else items


def _claims(message: str) -> bool:
    """Whether a message says something before its question ("On lit partout que 150 femmes
    ont été formées. D'où vient ce chiffre ?": the source of that, not of the last answer)."""
    preamble = split_preamble(message)[1]
    return bool(preamble) and not is_small_talk(preamble)


def _source_of_last(question: str, last: Reply | None, same_message: bool = False) -> Reply:
    """"Et selon quelle source ?": the last answer's, not a search of the corpus."""
    if last is None or last.source is None:
        # "Donnez-moi la source" before any answer: nothing to name the source of (searched,
        # "source" finds the sentence saying all sources agree on seven pillars).
        return Reply(question, "smalltalk",
                     (wording.NO_SOURCE_YET if last is None else wording.NO_SOURCE_LAST) + wording.examples_text())
    said = reported_words(last.sentences) if _WHO.search(question) else ()
    if said:
        # "Qui l'a dit ?" after "la présidente … a déclaré à la MAP que…": the sentence
        # saying whose words they are answers.
        return replace(last, question=question, sentences=said,
                       text=wording.answer_text(list(said), last.source.title, last.links))
    cited = cited_names(" ".join(last.sentences))
    return Reply(question, "smalltalk", wording.source_of_last(last.source.title, last.links, cited, same_message))


def _both(message: str, first: Reply, second: Reply, parts: tuple[str, str]) -> Reply:
    """One reply to a message's two questions, the first answered: both answers (sentences
    merged when they come from the same passage), or the first and a word on the second."""
    if second.kind == "smalltalk":
        # "Quel est le budget et qui l'affirme ?": the second asks about the first answer
        # (its source), which is said after it.
        return replace(first, question=message, text=first.text + "\n\n" + second.text)
    if not second.answered:
        return replace(first, question=message, text=first.text + "\n\n" + wording.part_not_found(parts[1]))
    plain = second.text == wording.answer_text(list(second.sentences), second.source.title, second.links)
    if first.source == second.source and plain:
        sentences = first.sentences + tuple(s for s in second.sentences if s not in first.sentences)
        text = wording.answer_text(list(sentences), first.source.title, first.links)
    else:
        sentences, text = first.sentences + second.sentences, first.text + "\n\n" + second.text
    return replace(first, question=message, text=text, sentences=sentences,
                   matched=tuple(dict.fromkeys(first.matched + second.matched)),
                   coverage=min(first.coverage, second.coverage),
                   links=tuple(dict.fromkeys(first.links + second.links)))
