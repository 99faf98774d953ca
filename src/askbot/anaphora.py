"""Whether a question leans on what came before it.

A follow-up ("et la deuxième ?", "elle dure combien de temps ?") or a
question after a preamble ("J'ai entendu parler d'un programme de l'AUF. Ai
Movement y a-t-il participé ?") points back with a pronoun or "et …", or says
too little to stand alone; "Et selon quelle source ?" asks where the last
answer comes from. Owns those patterns, for the engine (preambles) and the
conversation (follow-ups).
"""

from __future__ import annotations

import re

from . import priors
from .query import Query
from .text import folded

_OPENERS = r"(?:et|mais|puis|aussi)"  # "Et quand ?", "mais pour les enfants ?"
_ANAPHORA = re.compile(
    rf"^\s*{_OPENERS}\b|\b(il|elle|ils|elles|lui|leur|leurs|son|sa|ses|celui|celle|ceux|"
    r"cette|cet|ces|ce programme|ce centre|y|premier|premiere|deuxieme|second|seconde|"
    # "en" as a pronoun ("combien en a-t-il ?", "qui en parle ?"), not the preposition ("en arabe")
    r"en(?=\s+(?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|est|sont|etait|etaient|sera|seront|parl\w*"
    r"|dis\w*|dit|dire|sai\w*|sav\w*|fai\w*|font|compt\w*|conn\w*|pens\w*|rest\w*|exist\w*|propos\w*"
    r"|organis\w*|veu\w*|faut|manqu\w*|retien\w*|sort\w*|vien\w*)\b)|"
    r"troisieme|dernier|derniere|autre|autres)\b|-t-(il|elle)\b"
    r"|^\s*c'(?:est|etait) (pour|a|en|dans|ou|quand|combien)\b",  # "c'est pour quel âge ?": "it" is the last topic
    re.IGNORECASE)


# Pronouns that point at nothing: an impersonal "il" ("quel temps fait-il", "il
# faut", "y a-t-il", "existe-t-il") and the "en" of "en ce moment".
# ("Ai Movement y a-t-il participé ?": that "y" has a referent.)
_NO_REFERENT = re.compile(r"\btemps fait-il\b|\b(?:faut|pleut|agit)-il\b|\bexiste-t-il\b"
                          r"|\bil fait (?:beau|chaud|froid|bon|mauvais|gris)\b"
                          r"|(?:^\W*|[,;:]\s*|\bet\s+)y a-t-il\b"
                          r"|\bil (?:y a|faut|pleut|s'agit)\b|\ben ce moment\b"
                          # "Et le centre lui-même, c'est où ?": the pronoun stresses the name before it.
                          r"|\b(?:le|la|les|l')\s*[^\W\d_]{3,}\s+(?:lui|elle|eux|elles)-memes?\b"
                          # "Le centre travaille-t-il sur… ?": the pronoun repeats the subject named before it.
                          r"|^\W*(?:(?:et|mais)\s+)?(?:le|la|les|l')\s*[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?"
                          r"\s+[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles)\b"
                          # …and after a question word: "Comment Ai Movement est-il financé ?"
                          r"|^\W*(?:comment|pourquoi|quand|combien|ou|depuis\s+quand)\s+"
                          r"(?!(?:son|sa|ses|leur|leurs|ce|cet|cette|ces|en|y|il|elle|ils|elles)\b)"
                          r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?\s+[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles)\b")


# "À quoi sert la coupole ?", "c'est quoi AWITAI ?", "CIAM ça veut dire quoi ?": one content
# word, but the question names what it is about.
_WHAT_IS = re.compile(r"\b(?:sert|servent)\b.*\bquoi\b|\bquoi\b.*\b(?:sert|servent)\b")
_MEANS = re.compile(r"\b(?:veut|veulent) dire\b|\bsignifi\w*\b")  # "CIAM ça veut dire quoi ?" (not "ça veut dire quoi ?")
_WHY = re.compile(r"^\W*pourquoi\b")  # "Pourquoi un dôme ?" (not "Et pourquoi ?", "pourquoi elle ?")


# What the question is about, named first, then asked of: "Et le centre lui-même, c'est où ?",
# "le dôme, il sert à quoi ?" (one word, but it names its subject).
_NAMED_FIRST = re.compile(r"^\W*(?:et\s+|mais\s+)?(?:le|la|les|l')\s*[^\W\d_]{3,}(?:\s+(?:lui|elle|eux|elles)-memes?)?"
                          r"\s*,\s*(?:c'est|c\s|ca\s|il\s|elle\s|ils\s|elles\s)")


# A pronoun opening the question and the name it stands for after it: "c'est où Ai Movement ?",
# "il est où, le centre ?" (on the folded question).
_DISLOCATED = re.compile(r"^\W*(?:et\s+|mais\s+)?(?:c'|c\s|il\s|elle\s|ca\s)"
                         # …or the name first, then the pronoun: "CIAM ça veut dire quoi ?", "AWITAI, ça dure combien ?"
                         r"|^\W*(?:et\s+|mais\s+)?[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?\s*,?\s+(?:ca|cela|c'est)\s")


def looks_elliptic(question: str, query: Query | None) -> bool:
    """A follow-up that leans on the previous turn: pronouns, "et …", or one
    content word ("combien de pays ?") unless the question asks what that is."""
    text = _NO_REFERENT.sub(" ", folded(question))
    if query is None:
        return True
    if _ANAPHORA.search(text):
        # "c'est où Ai Movement ?", "il a été créé quand, l'UM6P ?": the pronoun stands for
        # the name said with it, not for the previous turn.
        return not (query.names and _DISLOCATED.search(text))
    # (A year or an edition does not make it stand alone: "combien de participantes en 2024 ?")
    names_it = (_NAMED_FIRST.match(folded(question)) or priors.asks_for("definition", question) or _WHAT_IS.search(text)
                or (query.terms and (_WHY.search(text) or _MEANS.search(text))))
    return len(set(query.terms) - set(query.pinned)) <= 1 and not names_it


_OPENER = re.compile(rf"^\W*{_OPENERS}\b\W*", re.IGNORECASE)


def without_opener(question: str) -> str:
    """The question without an opening "et", "mais", "puis" or "aussi"."""
    return _OPENER.sub("", question)


# "Et selon quelle source ?", "Qui dit ça ?", "D'où vient cette information ?":
# about the last answer's source, not the corpus's content.
_ASKS_SOURCE = re.compile(
    r"\b(?:selon|d'apres)\s+(?:quelle|quelles|qui)\b(?:\s+sources?)?"
    r"|\b(?:selon|d'apres)\s+(?:quel|quels|quelle|quelles)\s+(?:medias?|journal|journaux|sites?|articles?|titres?(?:\s+de\s+presse)?"
    r"|quotidiens?|magazines?|publications?|agences?)\W*$|\bquelles?\s+sources?\W*$|\bvos\s+sources?\b"
    r"|\bvotre\s+source\b|\bta\s+source\b|\bqui\s+(?:dit|a\s+dit|affirme)\s+(?:ca|cela)\b"
    r"|\bqui\s+(?:l'|le\s+)(?:affirme|dit|a\s+dit|ecrit|a\s+ecrit)\W*$"
    r"|\b(?:qui|quels?\s+(?:journal|journaux|medias?))\s+en\s+(?:a|ont)\s+parle"  # "Qui en a parlé dans la presse ?"
    # (Not "d'où vient cet argent ?": where the money comes from is a question about the centre.)
    r"|\bd'ou\s+(?:vient|viennent|sort|sortent|tenez-vous|tiens-tu|sortez-vous|sors-tu|tirez-vous|tires-tu)"
    r"(?:\s+(?:ca|cela|(?:cette|cet|ces|ce|votre|vos)\s+"
    r"(?:derni\w+\s+)?(?:info\w*|reponses?|phrases?|citations?|affirmations?|donnees?|chiffres?)))?\W*$"
    r"|\bc'est\s+source\b|(?<!open\s)\bsource\s*\?"  # (not "le code est open source ?")
    # "Quelle source donne ce chiffre ?", "quelle source en parle ?"
    r"|\bquelles?\s+sources?\s+(?:en\s+)?(?:donnent|donne|avancent|avance|citent|cite|disent|dit|parlent|parle)\b"
    # "Donnez-moi la source", "pouvez-vous citer vos sources ?", "un lien vers l'article ?"
    r"|\b(?:donnez|donne|donner|indiquez|indique|citez|cite|citer|precisez|montrez|envoyez|envoyer)(?:-moi|-nous)?\s+"
    r"(?:la|les|le|l'|un|vos|votre|ta|tes|une|des|sa|ses)\s*(?:sources?|references?|liens?|articles?)\b"
    r"|^\W*(?:et\s+)?(?:le|un|l'|les|des|vos|votre)\s*(?:liens?|articles?|references?)\b"
    r"(?:\s+(?:vers|de|du)\s+(?:l'|la\s+|le\s+)?(?:article|source|texte))?\W*$"
    r"|^\W*(?:et\s+)?(?:dans\s+)?(?:quel|quels|quelle|quelles)\s+(?:journal|journaux|medias?|articles?|references?)\W*$"
    # "c'est tiré d'où ?", "vous tenez ça d'où ?", "ça vient d'où ?" (not "ils viennent d'où ?":
    # where people come from)
    r"|\b(?:tire|tiree|tires|tirees)\s+d'ou\W*$"
    r"|\b(?:ca|cela|cette\s+info\w*|ces\s+infos?|ce\s+chiffre|ces\s+chiffres|ces\s+donnees)\s+"
    r"(?:vient|viennent|provient|proviennent|sort|sortent)\s+d'ou\W*$"
    # "Quelle est la source exacte de cette information ?"
    r"|^\W*(?:(?:et|mais)\s+)?(?:quelle\s+est\s+)?la\s+source\s+(?:exacte\s+|precise\s+)?(?:de|d')\s*"
    r"(?:cette|ce|ces|cet|votre|ta)\s+[\w-]+\W*$"
    r"|\b(?:tenez|tiens|tient|sortez|sors|tirez)\s+(?:ca|cela)\s+d'ou\W*$", re.IGNORECASE)


# The words of a question that only asks for a source ("selon quelles sources", "qui l'affirme").
_SOURCE_WORDS = ("selon", "sourc", "affirm", "dit", "ecrit", "vien", "inform", "info", "parl", "press", "journal", "titr",
                 "quotidien", "magazin", "publi", "agenc", "apres",
                 "medi", "lien", "ver", "articl", "referent", "tir", "ten", "cit", "provien", "chiffr", "don", "phras",
                 "repons", "derni", "sort")


def asks_for_source(question: str, query: Query | None) -> bool:
    """Whether a follow-up asks where the last answer comes from ("Et selon quelle
    source ?", "Qui l'affirme ?"), naming nothing else ("Quelles sources datent la
    création ?" does)."""
    return bool(_ASKS_SOURCE.search(folded(question))) and (
        looks_elliptic(question, query) or all(t.startswith(_SOURCE_WORDS) for t in query.terms))
